package storetest

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"

	"github.com/storygraph/storygraph/graph"
	"github.com/storygraph/storygraph/timeline"
)

// Catalog checks a store's graph.Catalog on the fixtures and an undated
// fourth article: every list with its counts and order, each filter of
// the lists, the names a filter gives that the store does not know, and
// that --as-of leaves the undated article out. Every case compares whole
// values, so both stores are held to the same bytes.
func Catalog(t *testing.T, open func(t *testing.T) graph.Store) {
	ctx := context.Background()
	catalogOf := func(t *testing.T) (graph.Store, graph.Catalog) {
		t.Helper()
		st := open(t)
		t.Cleanup(func() { _ = st.Close() })
		c, ok := st.(graph.Catalog)
		if !ok {
			t.Fatalf("%T does not implement graph.Catalog", st)
		}
		return st, c
	}

	t.Run("Empty", func(t *testing.T) {
		_, c := catalogOf(t)
		ents, err := c.ListEntities(ctx, graph.EntityQuery{})
		if err != nil || ents == nil || len(ents) != 0 {
			t.Errorf("ListEntities on an empty store = %#v, %v; want an empty list", ents, err)
		}
		arts, err := c.ListArticles(ctx, graph.ArticleQuery{})
		if err != nil || arts == nil || len(arts) != 0 {
			t.Errorf("ListArticles on an empty store = %#v, %v; want an empty list", arts, err)
		}
		tops, err := c.ListTopics(ctx)
		if err != nil || tops == nil || len(tops) != 0 {
			t.Errorf("ListTopics on an empty store = %#v, %v; want an empty list", tops, err)
		}
		f := graph.Filter{Entities: []string{"Witkoff"}, Places: []string{"Kyiv"}}
		got, err := c.UnknownNames(ctx, f)
		want := []graph.FilterName{{Field: "entity", Value: "Witkoff"}, {Field: "place", Value: "Kyiv"}}
		if err != nil || !cmp.Equal(got, want) {
			t.Errorf("UnknownNames on an empty store = %v, %v; want %v", got, err, want)
		}
	})

	st, c := catalogOf(t)
	put(t, st, append(corpus(), undated())...)

	t.Run("Entities", func(t *testing.T) {
		for _, tc := range []struct {
			name string
			q    graph.EntityQuery
			want []string // ids, in order
		}{
			// most events first, then most articles, then by name
			{"all", graph.EntityQuery{}, []string{
				"person:steve-witkoff",       // 5 events, 4 articles
				"person:volodymyr-zelenskyy", // 3, 2
				"person:jared-kushner",       // 2, 2
				"place:kyiv",                 // 2, 2: a participant and the place of the same two events
				"place:moscow",               // 2, 1
				"person:vladimir-putin",      // 2, 1
				"place:abu-dhabi",            // 1, 1 each from here
				"place:davos", "person:dmitry-peskov", "place:kharkiv", "organization:kremlin", "person:rustem-umerov"}},
			{"people", graph.EntityQuery{Type: timeline.Person}, []string{
				"person:steve-witkoff", "person:volodymyr-zelenskyy", "person:jared-kushner",
				"person:vladimir-putin", "person:dmitry-peskov", "person:rustem-umerov"}},
			{"organizations", graph.EntityQuery{Type: timeline.Organization}, []string{"organization:kremlin"}},
			{"a surname's start", graph.EntityQuery{Prefix: "zel"}, []string{"person:volodymyr-zelenskyy"}},
			{"an alias, other case and script", graph.EntityQuery{Prefix: "КИЇВ"}, []string{"place:kyiv"}},
			{"a name's start, folded", graph.EntityQuery{Prefix: "  Vla"}, []string{"person:vladimir-putin"}},
			{"prefix and type", graph.EntityQuery{Type: timeline.Place, Prefix: "k"}, []string{"place:kyiv", "place:kharkiv"}},
			{"prefix of the wrong type", graph.EntityQuery{Type: timeline.Place, Prefix: "witkoff"}, []string{}},
			{"no such prefix", graph.EntityQuery{Prefix: "zz"}, []string{}},
		} {
			t.Run(tc.name, func(t *testing.T) {
				got, err := c.ListEntities(ctx, tc.q)
				if err != nil {
					t.Fatal(err)
				}
				ids := []string{}
				for _, x := range got {
					ids = append(ids, x.ID)
				}
				if diff := cmp.Diff(tc.want, ids); diff != "" {
					t.Errorf("ListEntities(%+v) ids (-want +got):\n%s", tc.q, diff)
				}
			})
		}
		// whole values of a few: counts, aliases as merged, role and country
		got, err := c.ListEntities(ctx, graph.EntityQuery{Prefix: "k"})
		if err != nil {
			t.Fatal(err)
		}
		want := []graph.EntityCount{
			{ID: "person:jared-kushner", Name: "Jared Kushner", Type: timeline.Person, Aliases: []string{}, Events: 2, Articles: 2},
			{ID: "place:kyiv", Name: "Kyiv", Type: timeline.Place, Aliases: []string{"Kiev", "Київ"}, Country: "UA", Events: 2, Articles: 2},
			{ID: "place:kharkiv", Name: "Kharkiv", Type: timeline.Place, Aliases: []string{"Kharkov"}, Country: "UA", Events: 1, Articles: 1},
			{ID: "organization:kremlin", Name: "Kremlin", Type: timeline.Organization, Aliases: []string{"the Kremlin"}, Events: 1, Articles: 1},
		}
		if diff := cmp.Diff(want, got); diff != "" {
			t.Errorf("ListEntities(prefix k) (-want +got):\n%s", diff)
		}
	})

	t.Run("Articles", func(t *testing.T) {
		for _, tc := range []struct {
			name string
			q    graph.ArticleQuery
			want []string
		}{
			{"all, undated last", graph.ArticleQuery{}, []string{davosID, moscowID, abuID, undatedID}},
			{"one source, any case", graph.ArticleQuery{Sources: []string{"reuters"}}, []string{moscowID, undatedID}},
			{"sources folded", graph.ArticleQuery{Sources: []string{"the kyiv  INDEPENDENT", "liabooks prism news"}}, []string{davosID, abuID}},
			{"no such source", graph.ArticleQuery{Sources: []string{"Pravda"}}, []string{}},
			{"from a day", graph.ArticleQuery{From: "2026-01-23"}, []string{moscowID, abuID}},
			{"to a day", graph.ArticleQuery{To: "2026-01-22"}, []string{davosID}},
			{"a month", graph.ArticleQuery{From: "2026-01", To: "2026-01"}, []string{davosID, moscowID, abuID}},
			{"source and dates", graph.ArticleQuery{Sources: []string{"Reuters"}, From: "2026"}, []string{moscowID}},
		} {
			t.Run(tc.name, func(t *testing.T) {
				got, err := c.ListArticles(ctx, tc.q)
				if err != nil {
					t.Fatal(err)
				}
				ids := []string{}
				for _, a := range got {
					ids = append(ids, a.ID)
				}
				if diff := cmp.Diff(tc.want, ids); diff != "" {
					t.Errorf("ListArticles(%+v) ids (-want +got):\n%s", tc.q, diff)
				}
			})
		}
		got, err := c.ListArticles(ctx, graph.ArticleQuery{Sources: []string{"REUTERS"}})
		if err != nil {
			t.Fatal(err)
		}
		want := []graph.ArticleCount{
			{ID: moscowID, Title: "Putin receives Witkoff and Kushner at the Kremlin", URL: moscowID, Source: "Reuters", Published: "2026-01-23", Events: 3},
			{ID: undatedID, Title: "Talks to resume, officials say", Source: "REUTERS", Events: 1},
		}
		if diff := cmp.Diff(want, got); diff != "" {
			t.Errorf("ListArticles(REUTERS) (-want +got):\n%s", diff)
		}
		if _, err := c.ListArticles(ctx, graph.ArticleQuery{From: "soon"}); !errors.Is(err, graph.ErrNotADate) {
			t.Errorf("ListArticles(From: soon) error = %v, want graph.ErrNotADate", err)
		}
	})

	t.Run("Topics", func(t *testing.T) {
		got, err := c.ListTopics(ctx)
		if err != nil {
			t.Fatal(err)
		}
		want := []graph.TopicCount{
			{ID: "energy-strikes", Events: 2, Articles: 2, First: "2026-01-01", Last: "2026-01-31"},
			{ID: "peace-negotiations", Events: 8, Articles: 4, First: "2026-01-01", Last: "2026-01-31"},
		}
		if diff := cmp.Diff(want, got); diff != "" {
			t.Errorf("ListTopics (-want +got):\n%s", diff)
		}
	})

	t.Run("UnknownNames", func(t *testing.T) {
		for _, tc := range []struct {
			name string
			f    graph.Filter
			want []graph.FilterName
		}{
			{"none asked", graph.Filter{Topics: []string{"nothing-checks-topics"}}, nil},
			{"all known: name, surname, alias, other script", graph.Filter{
				Entities: []string{"Steve Witkoff", "zelenskyy", "Kiev", "Владимир Путин"},
				Places:   []string{"Kharkov", "abu dhabi", "Moscow"}}, nil},
			{"a misspelt name and an unknown place", graph.Filter{
				Entities: []string{"Witkoff", "Zelenskiyy"}, Places: []string{"Atlantis", "Davos"}},
				[]graph.FilterName{{Field: "entity", Value: "Zelenskiyy"}, {Field: "place", Value: "Atlantis"}}},
			{"a person is no place", graph.Filter{Places: []string{"Witkoff"}},
				[]graph.FilterName{{Field: "place", Value: "Witkoff"}}},
		} {
			t.Run(tc.name, func(t *testing.T) {
				got, err := c.UnknownNames(ctx, tc.f)
				if err != nil {
					t.Fatal(err)
				}
				if diff := cmp.Diff(tc.want, got, cmpopts.EquateEmpty()); diff != "" {
					t.Errorf("UnknownNames(%+v) (-want +got):\n%s", tc.f, diff)
				}
			})
		}
	})

	t.Run("AsOfLeavesOutUndated", func(t *testing.T) {
		for _, tc := range []struct {
			asOf string
			want []string
		}{
			{"2026-01-23", []string{eAbuDhabiAgreed, eDavosMeeting, eKremlinMeeting, eKyivHeating, ePeskov}},
			{"2026", allEvents},
		} {
			got := ids(events(t, st, graph.Filter{AsOf: tc.asOf}))
			if diff := cmp.Diff(tc.want, got); diff != "" {
				t.Errorf("Events(AsOf %s) ids (-want +got):\n%s", tc.asOf, diff)
			}
		}
		got := ids(events(t, st, graph.Filter{Sources: []string{"Reuters"}, Statuses: []timeline.Status{timeline.StatusScheduled}}))
		if diff := cmp.Diff([]string{eUndatedTalks}, got); diff != "" {
			t.Errorf("Events(Reuters, scheduled) ids (-want +got):\n%s", diff)
		}
	})

	// Last: on a server store, opening another resets the one above.
	t.Run("CountsFollowUpdates", func(t *testing.T) { countsFollowUpdates(t, catalogOf) })
}

// countsFollowUpdates checks that the lists' counts and days follow
// updates (a store may keep them at write time): articles are put, then
// revised (events dropped, topics and participants changed, a topic
// emptied, Witkoff gone from some), and every count, day and profile must
// equal those of the same store reset and given only the final versions.
func countsFollowUpdates(t *testing.T, catalogOf func(t *testing.T) (graph.Store, graph.Catalog)) {
	ctx := context.Background()
	st, c := catalogOf(t)
	first := append(append(corpus(), undated()), Corpus(60, 7)...)
	final := make([]*timeline.Extraction, len(first))
	var revised []*timeline.Extraction
	for i, x := range first {
		final[i] = x
		if i%3 == 0 {
			final[i] = revise(x)
			revised = append(revised, final[i])
		}
	}
	// A topic whose first and last events leave it: its days move in.
	for i, day := range []string{"2024-03-01", "2024-06-01", "2024-09-01"} {
		x := storyArticle(fmt.Sprintf("https://example.org/moving-%d", i), [3]string{day, "Anna Kovac", "Erik Berg"})
		x.Events[0].Topics = []string{"moving"}
		first, final = append(first, x), append(final, x)
		if i != 1 {
			y := *x
			y.Article.ContentHash += "-revised"
			y.Events = []timeline.Event{x.Events[0]}
			y.Events[0].Topics = []string{"still"}
			revised, final[len(final)-1] = append(revised, &y), &y
		}
	}
	put(t, st, first...)
	put(t, st, revised...)
	type counts struct {
		Entities []graph.EntityCount
		Topics   []graph.TopicCount
		Profiles []graph.Profile
	}
	read := func() counts {
		t.Helper()
		var out counts
		ents, err := c.ListEntities(ctx, graph.EntityQuery{})
		if err != nil {
			t.Fatal(err)
		}
		for _, x := range ents {
			x.Aliases = nil // kept from every version ever put, by design
			out.Entities = append(out.Entities, x)
		}
		if out.Topics, err = c.ListTopics(ctx); err != nil {
			t.Fatal(err)
		}
		if a, ok := st.(graph.Analysis); ok {
			for _, x := range ents {
				p, err := a.Profile(ctx, x.ID)
				if err != nil {
					t.Fatal(err)
				}
				p.Aliases = nil
				out.Profiles = append(out.Profiles, p)
			}
		}
		return out
	}
	got := read()
	if err := st.Reset(ctx); err != nil {
		t.Fatal(err)
	}
	put(t, st, final...)
	want := read()
	if len(want.Entities) == 0 || len(want.Topics) == 0 {
		t.Fatalf("the final versions give %d entities and %d topics", len(want.Entities), len(want.Topics))
	}
	moving := graph.TopicCount{ID: "moving", Events: 1, Articles: 1, First: "2024-06-01", Last: "2024-06-01"}
	if i := slices.IndexFunc(want.Topics, func(tc graph.TopicCount) bool { return tc.ID == "moving" }); i < 0 || want.Topics[i] != moving {
		t.Errorf("topics of the final versions %+v, want among them %+v", want.Topics, moving)
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("counts after updates differ from those of the final versions alone (-want +got):\n%s", diff)
	}
}

// revise is a new version of x: its first event gone, the second about
// another topic and without its last participant, the places of the third
// dropped, and Witkoff out of every event.
func revise(x *timeline.Extraction) *timeline.Extraction {
	y := *x
	y.Article.ContentHash = x.Article.ContentHash + "-revised"
	y.Events = nil
	for i, ev := range x.Events {
		if i == 0 && len(x.Events) > 1 {
			continue
		}
		ev.Participants = slices.DeleteFunc(slices.Clone(ev.Participants), func(p timeline.Participant) bool {
			return p.Name == "Steve Witkoff" || p.Name == "Witkoff"
		})
		switch i {
		case 1:
			ev.Topics = []string{"revised"}
			if n := len(ev.Participants); n > 1 {
				ev.Participants = ev.Participants[:n-1]
			}
		case 2:
			ev.Places = nil
		}
		y.Events = append(y.Events, ev)
	}
	return &y
}

const (
	undatedID     = "https://www.reuters.com/world/talks-to-resume/"
	eUndatedTalks = "evt-talks-to-resume"
)

// undated is an article without a publication date, from an outlet
// spelt as another article spells it but in capitals.
func undated() *timeline.Extraction {
	return &timeline.Extraction{
		Article: timeline.Article{
			ID: undatedID, Title: "Talks to resume, officials say", URL: "", Source: "REUTERS",
			PublishedBasis: "unknown", ContentHash: "sha256:9e01", Format: "html",
		},
		Entities: []timeline.Entity{witkoff()},
		Events: []timeline.Event{{
			ID: eUndatedTalks, DateBasis: timeline.BasisNone, Kind: timeline.KindNegotiation,
			Status: timeline.StatusScheduled, Certainty: timeline.CertaintyClaimed, Verb: "resume",
			Summary:      "Talks with Witkoff will resume",
			Participants: []timeline.Participant{{Name: "Witkoff", Type: timeline.Person, Role: "counterpart"}},
			Topics:       []string{"peace-negotiations"},
			Sentence:     "Talks with Witkoff will resume, officials said.", Start: 0, End: 47,
		}},
	}
}

// LoadBench makes st hold Corpus(BenchAnalysisEvents/5, 10), the store of
// the query benchmarks: it resets and loads st unless it holds exactly
// that already (a reused SQLite file or Neo4j database), so a second run
// measures at once.
func LoadBench(b *testing.B, st graph.Store) {
	ctx := context.Background()
	corpus := Corpus(BenchAnalysisEvents/5, 10)
	have, err := st.Stats(ctx)
	if err != nil {
		b.Fatal(err)
	}
	if have.Events == BenchAnalysisEvents && have.Articles == len(corpus) {
		return
	}
	if err := st.Reset(ctx); err != nil {
		b.Fatal(err)
	}
	batch := 500
	if bs, ok := st.(graph.BatchSizer); ok {
		batch = bs.BatchSize()
	}
	for lo := 0; lo < len(corpus); lo += batch {
		if _, err := st.Put(ctx, corpus[lo:min(lo+batch, len(corpus))]); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchCatalog measures a store's graph.Catalog and the filters of this
// issue on the store LoadBench builds (100,000 events, 20,000 articles of
// one outlet, 491 entities), one query per iteration, reporting p50 and
// p99 in ms from the same run:
//
//   - entities: ListEntities of everything, with counts;
//   - entities-prefix: people whose key starts with "person a";
//   - articles-month: ListArticles of the outlet in one month (about 840);
//   - topics: ListTopics;
//   - unknown-names: UnknownNames of a misspelt person and a place no
//     event names (the worst case for places: nothing stops the search);
//   - events-entity: Events of one person (a timeline --entity);
//   - events-source-as-of: the same by outlet, as of a month.
func BenchCatalog(b *testing.B, st graph.Store) {
	ctx := context.Background()
	c, ok := st.(graph.Catalog)
	if !ok {
		b.Fatalf("%T does not implement graph.Catalog", st)
	}
	month := func(i int) string { return fmt.Sprintf("%d-%02d", 2025+i%2, 1+i%12) }
	person := func(i int) string {
		i = (i * 37) % 400 // the Corpus pool, in a fixed scattered order
		return fmt.Sprintf("Person %c%c Number%d", 'A'+i%26, 'a'+i/26%26, i)
	}
	for _, bc := range []struct {
		name string
		run  func(i int) (int, error) // how many things it found
	}{
		{"entities", func(int) (int, error) {
			l, err := c.ListEntities(ctx, graph.EntityQuery{})
			return len(l), err
		}},
		{"entities-prefix", func(int) (int, error) {
			l, err := c.ListEntities(ctx, graph.EntityQuery{Type: timeline.Person, Prefix: "person a"})
			return len(l), err
		}},
		{"articles-month", func(i int) (int, error) {
			l, err := c.ListArticles(ctx, graph.ArticleQuery{Sources: []string{"example news"}, From: month(i), To: month(i)})
			return len(l), err
		}},
		{"topics", func(int) (int, error) {
			l, err := c.ListTopics(ctx)
			return len(l), err
		}},
		{"unknown-names", func(i int) (int, error) {
			l, err := c.UnknownNames(ctx, graph.Filter{Entities: []string{person(i) + "x"}, Places: []string{"Atlantis"}})
			return len(l), err
		}},
		// the same person's timeline without the new filters, for their cost
		{"events-entity", func(i int) (int, error) {
			l, err := st.Events(ctx, graph.Filter{Entities: []string{person(i)}})
			return len(l), err
		}},
		{"events-source-as-of", func(i int) (int, error) {
			l, err := st.Events(ctx, graph.Filter{Entities: []string{person(i)}, Sources: []string{"EXAMPLE NEWS"}, AsOf: month(i)})
			return len(l), err
		}},
	} {
		b.Run(bc.name, func(b *testing.B) {
			var lat []time.Duration
			for i := 0; b.Loop(); i++ {
				start := time.Now()
				n, err := bc.run(i)
				lat = append(lat, time.Since(start))
				if err != nil {
					b.Fatal(err)
				}
				if n == 0 {
					b.Fatalf("%s %d found nothing", bc.name, i)
				}
			}
			ReportLatencies(b, lat)
		})
	}
}

// ReportLatencies reports the p50 and p99 of one benchmark's latencies,
// in ms, as the p50-ms and p99-ms metrics.
func ReportLatencies(b *testing.B, lat []time.Duration) {
	slices.Sort(lat)
	at := func(p float64) float64 {
		return float64(lat[min(len(lat)-1, int(p*float64(len(lat))))].Microseconds()) / 1000
	}
	b.ReportMetric(at(0.50), "p50-ms")
	b.ReportMetric(at(0.99), "p99-ms")
}
