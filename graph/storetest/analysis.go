package storetest

import (
	"context"
	"errors"
	"fmt"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/storygraph/storygraph/graph"
	"github.com/storygraph/storygraph/timeline"
	"github.com/storygraph/storygraph/timeline/timex"
)

// The analysis fixture is a small graph whose answers can be worked out by
// hand (each event: date, kind, topic, who):
//
//	article one:  e1 2026-01-05 meeting   talks  Anna Kovac, Carl Berg
//	              e2 2026-01-06 meeting   talks  Anna Kovac, Carl Berg, United Nations
//	              e3 2026-01-07 statement aid    Carl Berg, Dana Holm
//	article two:  e4 2026-01    statement aid    Anna Kovac, Boris Kovac
//	              e5 (undated)  statement -      Dana Holm, Erik Lund
//	              e6 2026-02-01 meeting   -      Boris Kovac, Dana Holm
//	              e7 2026-03-01 meeting   -      Zoë Vidal, Yan Moss
//
// So Anna–Carl weighs 2, every other edge 1; "Kovac" names two people;
// Anna reaches Dana in two hops by Boris or by Carl (Boris's ID sorts
// first), Erik in three; Zoë and Yan are on their own.
const (
	idAnna  = "person:anna-kovac"
	idBoris = "person:boris-kovac"
	idCarl  = "person:carl-berg"
	idDana  = "person:dana-holm"
	idErik  = "person:erik-lund"
	idUN    = "organization:united-nations"
	idZoe   = "person:zoe-vidal"
	idYan   = "person:yan-moss"
)

var analysisPeople = map[string]timeline.Entity{
	idAnna:  {ID: idAnna, Name: "Anna Kovac", Type: timeline.Person, Role: "Foreign minister", Aliases: []string{}},
	idBoris: {ID: idBoris, Name: "Boris Kovac", Type: timeline.Person, Role: "Mayor", Aliases: []string{}},
	idCarl:  {ID: idCarl, Name: "Carl Berg", Type: timeline.Person, Aliases: []string{"Karl Berg"}},
	idDana:  {ID: idDana, Name: "Dana Holm", Type: timeline.Person, Aliases: []string{}},
	idErik:  {ID: idErik, Name: "Erik Lund", Type: timeline.Person, Aliases: []string{}},
	idUN:    {ID: idUN, Name: "United Nations", Type: timeline.Organization, Aliases: []string{"UN"}},
	idZoe:   {ID: idZoe, Name: "Zoë Vidal", Type: timeline.Person, Aliases: []string{}},
	idYan:   {ID: idYan, Name: "Yan Moss", Type: timeline.Person, Aliases: []string{}},
}

type fixtureEvent struct {
	id, date string
	kind     timeline.Kind
	topic    string
	who      []string
}

func analysisArticle(id string, evs ...fixtureEvent) *timeline.Extraction {
	x := &timeline.Extraction{Article: timeline.Article{ID: id, Title: "Analysis fixture " + id, URL: id,
		Source: "Fixture News", Published: "2026-03-02", ContentHash: "sha256:" + id}}
	seen := map[string]bool{}
	for i, fe := range evs {
		prec := timex.Day
		switch len(fe.date) {
		case 0:
			prec = timex.Unknown
		case 7:
			prec = timex.Month
		}
		ev := timeline.Event{ID: fe.id, Date: fe.date, Precision: prec, Kind: fe.kind, Status: timeline.StatusHappened,
			Certainty: timeline.CertaintyAsserted, Summary: fe.id, Start: 100 * i, End: 100*i + 50}
		var names []string
		for _, w := range fe.who {
			e := analysisPeople[w]
			ev.Participants = append(ev.Participants, timeline.Participant{Name: e.Name, Type: e.Type, Role: "agent"})
			names = append(names, e.Name)
			if !seen[w] {
				seen[w] = true
				e.Mentions = []timeline.Mention{{Text: e.Name, Start: 0, End: len(e.Name)}}
				x.Entities = append(x.Entities, e)
			}
		}
		ev.Sentence = fmt.Sprintf("Sentence of %s with %v.", fe.id, names)
		if fe.topic != "" {
			ev.Topics = []string{fe.topic}
		}
		x.Events = append(x.Events, ev)
	}
	return x
}

// AnalysisFixture is the extractions described above.
func AnalysisFixture() []*timeline.Extraction {
	return []*timeline.Extraction{
		analysisArticle("https://fixture.example/one",
			fixtureEvent{"e1", "2026-01-05", timeline.KindMeeting, "talks", []string{idAnna, idCarl}},
			fixtureEvent{"e2", "2026-01-06", timeline.KindMeeting, "talks", []string{idAnna, idCarl, idUN}},
			fixtureEvent{"e3", "2026-01-07", timeline.KindStatement, "aid", []string{idCarl, idDana}}),
		analysisArticle("https://fixture.example/two",
			fixtureEvent{"e4", "2026-01", timeline.KindStatement, "aid", []string{idAnna, idBoris}},
			fixtureEvent{"e5", "", timeline.KindStatement, "", []string{idDana, idErik}},
			fixtureEvent{"e6", "2026-02-01", timeline.KindMeeting, "", []string{idBoris, idDana}},
			fixtureEvent{"e7", "2026-03-01", timeline.KindMeeting, "", []string{idZoe, idYan}}),
	}
}

// Analysis checks a store's graph.Analysis on AnalysisFixture: names
// found by surname, alias and without diacritics, a profile, networks by
// seed, depth, weight, kind, topic and dates, and paths with a tie, too
// long a chain and no chain at all.
func Analysis(t *testing.T, open func(t *testing.T) graph.Store) {
	ctx := context.Background()
	st := open(t)
	t.Cleanup(func() { _ = st.Close() })
	a, ok := st.(graph.Analysis)
	if !ok {
		t.Fatalf("%T does not implement graph.Analysis", st)
	}
	if _, err := st.Put(ctx, AnalysisFixture()); err != nil {
		t.Fatal(err)
	}
	ref := func(id string) graph.EntityRef {
		e := analysisPeople[id]
		return graph.EntityRef{ID: id, Name: e.Name, Type: e.Type, Role: e.Role}
	}

	t.Run("FindEntities", func(t *testing.T) {
		for _, c := range []struct {
			name string
			want []graph.EntityRef
		}{
			{"Kovac", []graph.EntityRef{ref(idAnna), ref(idBoris)}},
			{"KOVAČ", []graph.EntityRef{ref(idAnna), ref(idBoris)}},
			{"anna kovac", []graph.EntityRef{ref(idAnna)}},
			{"Karl Berg", []graph.EntityRef{ref(idCarl)}},
			{"UN", []graph.EntityRef{ref(idUN)}},
			{"Zoe Vidal", []graph.EntityRef{ref(idZoe)}},
			{"Nobody", []graph.EntityRef{}},
		} {
			got, err := a.FindEntities(ctx, c.name)
			if err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(c.want, got); diff != "" {
				t.Errorf("FindEntities(%q) (-want +got):\n%s", c.name, diff)
			}
		}
		names, err := a.EntityNames(ctx)
		if err != nil {
			t.Fatal(err)
		}
		want := []string{"Anna Kovac", "Boris Kovac", "Carl Berg", "Dana Holm", "Erik Lund", "United Nations", "Yan Moss", "Zoë Vidal"}
		if diff := cmp.Diff(want, names); diff != "" {
			t.Errorf("EntityNames (-want +got):\n%s", diff)
		}
	})

	t.Run("Profile", func(t *testing.T) {
		got, err := a.Profile(ctx, idAnna)
		if err != nil {
			t.Fatal(err)
		}
		want := graph.Profile{Entity: ref(idAnna), Aliases: []string{}, FirstSeen: "2026-01-01", LastSeen: "2026-01-31",
			Articles: 2, Events: 3, Ties: []graph.Tie{{EntityRef: ref(idCarl), Events: 2}, {EntityRef: ref(idBoris), Events: 1}, {EntityRef: ref(idUN), Events: 1}}}
		if diff := cmp.Diff(want, got); diff != "" {
			t.Errorf("Profile(Anna) (-want +got):\n%s", diff)
		}
		got, err = a.Profile(ctx, idDana)
		if err != nil {
			t.Fatal(err)
		}
		want = graph.Profile{Entity: ref(idDana), Aliases: []string{}, FirstSeen: "2026-01-07", LastSeen: "2026-02-01",
			Articles: 2, Events: 3, Ties: []graph.Tie{{EntityRef: ref(idBoris), Events: 1}, {EntityRef: ref(idCarl), Events: 1}, {EntityRef: ref(idErik), Events: 1}}}
		if diff := cmp.Diff(want, got); diff != "" {
			t.Errorf("Profile(Dana) (-want +got):\n%s", diff)
		}
		if _, err := a.Profile(ctx, "person:nobody"); !errors.Is(err, graph.ErrNotFound) {
			t.Errorf("Profile of an unknown id: %v, want ErrNotFound", err)
		}
	})

	edge := func(s, t string, w int, dates ...string) graph.Edge {
		if dates == nil {
			dates = []string{}
		}
		return graph.Edge{Source: s, Target: t, Weight: w, Dates: dates}
	}
	t.Run("Network", func(t *testing.T) {
		for _, c := range []struct {
			name    string
			q       graph.NetworkQuery
			nodes   []string
			edges   []graph.Edge
			leftOut int
			hubs    []string
		}{
			{"depth 1", graph.NetworkQuery{Seeds: []string{idAnna}, Depth: 1},
				[]string{idUN, idAnna, idBoris, idCarl},
				[]graph.Edge{edge(idUN, idAnna, 1, "2026-01-06"), edge(idAnna, idBoris, 1, "2026-01"),
					edge(idAnna, idCarl, 2, "2026-01-05", "2026-01-06")}, 0, nil},
			{"depth 2", graph.NetworkQuery{Seeds: []string{idAnna}, Depth: 2},
				[]string{idUN, idAnna, idBoris, idCarl, idDana},
				[]graph.Edge{edge(idUN, idAnna, 1, "2026-01-06"), edge(idUN, idCarl, 1, "2026-01-06"),
					edge(idAnna, idBoris, 1, "2026-01"), edge(idAnna, idCarl, 2, "2026-01-05", "2026-01-06"),
					edge(idBoris, idDana, 1, "2026-02-01"), edge(idCarl, idDana, 1, "2026-01-07")}, 0, nil},
			{"min weight", graph.NetworkQuery{Seeds: []string{idAnna}, Depth: 2, MinWeight: 2},
				[]string{idAnna, idCarl},
				[]graph.Edge{edge(idAnna, idCarl, 2, "2026-01-05", "2026-01-06")}, 0, nil},
			{"undated event", graph.NetworkQuery{Seeds: []string{idErik}},
				[]string{idDana, idErik},
				[]graph.Edge{edge(idDana, idErik, 1)}, 0, nil},
			{"alone", graph.NetworkQuery{Seeds: []string{idAnna}, Kinds: []timeline.Kind{timeline.KindAttack}},
				[]string{idAnna}, []graph.Edge{}, 0, nil},
			{"kind", graph.NetworkQuery{Kinds: []timeline.Kind{timeline.KindMeeting}},
				[]string{idUN, idAnna, idBoris, idCarl, idDana, idYan, idZoe},
				[]graph.Edge{edge(idUN, idAnna, 1, "2026-01-06"), edge(idUN, idCarl, 1, "2026-01-06"),
					edge(idAnna, idCarl, 2, "2026-01-05", "2026-01-06"), edge(idBoris, idDana, 1, "2026-02-01"),
					edge(idYan, idZoe, 1, "2026-03-01")}, 0, nil},
			{"topic", graph.NetworkQuery{Topics: []string{"aid"}},
				[]string{idAnna, idBoris, idCarl, idDana},
				[]graph.Edge{edge(idAnna, idBoris, 1, "2026-01"), edge(idCarl, idDana, 1, "2026-01-07")}, 0, nil},
			{"dates", graph.NetworkQuery{From: "2026-01-06", To: "2026-01-31"},
				[]string{idUN, idAnna, idBoris, idCarl, idDana},
				[]graph.Edge{edge(idUN, idAnna, 1, "2026-01-06"), edge(idUN, idCarl, 1, "2026-01-06"),
					edge(idAnna, idBoris, 1, "2026-01"), edge(idAnna, idCarl, 1, "2026-01-06"),
					edge(idCarl, idDana, 1, "2026-01-07")}, 0, nil},
			// Carl (2 shared events) is the strongest neighbour, then UN
			// and Boris (1 each) by ID; three nodes leave Boris and Dana
			// out, and depth 2 follows only the kept Carl and UN.
			{"limit", graph.NetworkQuery{Seeds: []string{idAnna}, Depth: 2, Limit: 3},
				[]string{idUN, idAnna, idCarl},
				[]graph.Edge{edge(idUN, idAnna, 1, "2026-01-06"), edge(idUN, idCarl, 1, "2026-01-06"),
					edge(idAnna, idCarl, 2, "2026-01-05", "2026-01-06")}, 2, nil},
			{"limit depth 1", graph.NetworkQuery{Seeds: []string{idAnna}, Limit: 2},
				[]string{idAnna, idCarl},
				[]graph.Edge{edge(idAnna, idCarl, 2, "2026-01-05", "2026-01-06")}, 2, nil},
			// Carl is in three events, more than Hub: shown, not followed,
			// so Carl–Dana is not found; Dana comes by Boris.
			{"hub", graph.NetworkQuery{Seeds: []string{idAnna}, Depth: 2, Hub: 2},
				[]string{idUN, idAnna, idBoris, idCarl, idDana},
				[]graph.Edge{edge(idUN, idAnna, 1, "2026-01-06"), edge(idUN, idCarl, 1, "2026-01-06"),
					edge(idAnna, idBoris, 1, "2026-01"), edge(idAnna, idCarl, 2, "2026-01-05", "2026-01-06"),
					edge(idBoris, idDana, 1, "2026-02-01")}, 0, []string{idCarl}},
			{"limit without seeds", graph.NetworkQuery{Kinds: []timeline.Kind{timeline.KindMeeting}, Limit: 2},
				[]string{idAnna, idCarl},
				[]graph.Edge{edge(idAnna, idCarl, 2, "2026-01-05", "2026-01-06")}, 5, nil},
			// Each filter around seeds too, where the stores start from the
			// seeds' own events (their dates read from the links on Neo4j)
			// and again from the followed neighbours'.
			{"seed, kind, depth 2", graph.NetworkQuery{Seeds: []string{idCarl}, Depth: 2, Kinds: []timeline.Kind{timeline.KindStatement}},
				[]string{idCarl, idDana, idErik},
				[]graph.Edge{edge(idCarl, idDana, 1, "2026-01-07"), edge(idDana, idErik, 1)}, 0, nil},
			{"seed, topic, depth 2", graph.NetworkQuery{Seeds: []string{idAnna}, Depth: 2, Topics: []string{"talks"}},
				[]string{idUN, idAnna, idCarl},
				[]graph.Edge{edge(idUN, idAnna, 1, "2026-01-06"), edge(idUN, idCarl, 1, "2026-01-06"),
					edge(idAnna, idCarl, 2, "2026-01-05", "2026-01-06")}, 0, nil},
			// e4 is dated 2026-01, a month that overlaps the range; Dana's
			// undated e5 and her January events are outside it.
			{"seed, dates, depth 2", graph.NetworkQuery{Seeds: []string{idBoris}, Depth: 2, From: "2026-01-15", To: "2026-02"},
				[]string{idAnna, idBoris, idDana},
				[]graph.Edge{edge(idAnna, idBoris, 1, "2026-01"), edge(idBoris, idDana, 1, "2026-02-01")}, 0, nil},
			{"min weight without seeds", graph.NetworkQuery{MinWeight: 2},
				[]string{idAnna, idCarl},
				[]graph.Edge{edge(idAnna, idCarl, 2, "2026-01-05", "2026-01-06")}, 0, nil},
			{"every filter", graph.NetworkQuery{Seeds: []string{idAnna}, Depth: 2, Kinds: []timeline.Kind{timeline.KindMeeting},
				Topics: []string{"talks"}, From: "2026-01", To: "2026-01", MinWeight: 2},
				[]string{idAnna, idCarl},
				[]graph.Edge{edge(idAnna, idCarl, 2, "2026-01-05", "2026-01-06")}, 0, nil},
			{"every filter, one day", graph.NetworkQuery{Seeds: []string{idAnna}, Depth: 2, Kinds: []timeline.Kind{timeline.KindMeeting},
				Topics: []string{"talks", "aid"}, From: "2026-01-06", To: "2026-01-06"},
				[]string{idUN, idAnna, idCarl},
				[]graph.Edge{edge(idUN, idAnna, 1, "2026-01-06"), edge(idUN, idCarl, 1, "2026-01-06"),
					edge(idAnna, idCarl, 1, "2026-01-06")}, 0, nil},
		} {
			got, err := a.Network(ctx, c.q)
			if err != nil {
				t.Fatalf("%s: %v", c.name, err)
			}
			want := graph.Network{Nodes: []graph.EntityRef{}, Edges: c.edges, LeftOut: c.leftOut, Hubs: []graph.EntityRef{}}
			for _, id := range c.nodes {
				want.Nodes = append(want.Nodes, ref(id))
			}
			for _, id := range c.hubs {
				want.Hubs = append(want.Hubs, ref(id))
			}
			if diff := cmp.Diff(want, got); diff != "" {
				t.Errorf("Network %s (-want +got):\n%s", c.name, diff)
			}
		}
		if _, err := a.Network(ctx, graph.NetworkQuery{From: "last week"}); !errors.Is(err, graph.ErrNotADate) {
			t.Errorf("Network with a bad date: %v, want ErrNotADate", err)
		}
	})

	t.Run("Path", func(t *testing.T) {
		hop := func(from, to, ev, date string, kind timeline.Kind, article string, who ...string) graph.Hop {
			var names []string
			for _, w := range who {
				names = append(names, analysisPeople[w].Name)
			}
			return graph.Hop{From: ref(from), To: ref(to), Event: graph.EventRef{ID: ev, Article: "https://fixture.example/" + article, Title: "Analysis fixture https://fixture.example/" + article,
				Date: date, Kind: kind, Sentence: fmt.Sprintf("Sentence of %s with %v.", ev, names)}}
		}
		e4 := func(from, to string) graph.Hop {
			return hop(from, to, "e4", "2026-01", timeline.KindStatement, "two", idAnna, idBoris)
		}
		e6 := func(from, to string) graph.Hop {
			return hop(from, to, "e6", "2026-02-01", timeline.KindMeeting, "two", idBoris, idDana)
		}
		for _, c := range []struct {
			name     string
			from, to string
			max      int
			want     []graph.Hop
		}{
			{"one hop, earliest event", idAnna, idCarl, 4,
				[]graph.Hop{hop(idAnna, idCarl, "e1", "2026-01-05", timeline.KindMeeting, "one", idAnna, idCarl)}},
			{"tie: Boris before Carl", idAnna, idDana, 4, []graph.Hop{e4(idAnna, idBoris), e6(idBoris, idDana)}},
			{"the other way", idDana, idAnna, 4, []graph.Hop{e6(idDana, idBoris), e4(idBoris, idAnna)}},
			{"three hops", idAnna, idErik, 3, []graph.Hop{e4(idAnna, idBoris), e6(idBoris, idDana),
				hop(idDana, idErik, "e5", "", timeline.KindStatement, "two", idDana, idErik)}},
			{"itself", idAnna, idAnna, 4, []graph.Hop{}},
		} {
			got, err := a.Path(ctx, c.from, c.to, c.max)
			if err != nil {
				t.Fatalf("%s: %v", c.name, err)
			}
			if diff := cmp.Diff(c.want, got); diff != "" {
				t.Errorf("Path %s (-want +got):\n%s", c.name, diff)
			}
		}
		for _, c := range []struct {
			from, to string
			max      int
			want     error
		}{
			{idAnna, idErik, 2, graph.ErrNoPath},
			{idAnna, idZoe, 4, graph.ErrNoPath},
			{idAnna, "person:nobody", 4, graph.ErrNotFound},
		} {
			if got, err := a.Path(ctx, c.from, c.to, c.max); !errors.Is(err, c.want) {
				t.Errorf("Path(%s, %s, %d) = %v, %v; want %v", c.from, c.to, c.max, got, err, c.want)
			}
		}
	})
}

// BenchAnalysisEvents is how many events the analysis benchmarks store:
// Corpus(BenchAnalysisEvents/5, 10), so Steve Witkoff is in a tenth of them.
const BenchAnalysisEvents = 100_000

// BenchAnalysis measures a store's graph.Analysis on Corpus: st must hold
// Corpus(BenchAnalysisEvents/5, 10). Each sub-benchmark runs one query per
// iteration, cycling through entities the same way on every store, and
// reports the latencies' p50 and p99 in ms from that same run, after five
// runs on other entities to warm up:
//
//   - entity: FindEntities by a person's name, then its Profile (what the
//     entity command asks the store before its chronology), the busiest
//     person (10,000 events) every tenth time, so its p99 is theirs;
//   - entity-busiest: the same for the busiest person every time;
//   - network-depth2: Network around one person, depth 2, every event;
//   - network-depth2-month: the same within one month (--from/--to);
//   - path: Path between two people, at most 4 hops.
func BenchAnalysis(b *testing.B, st graph.Store) {
	ctx := context.Background()
	a, ok := st.(graph.Analysis)
	if !ok {
		b.Fatalf("%T does not implement graph.Analysis", st)
	}
	person := func(i int) (id, name string) {
		i = (i * 37) % 400 // the Corpus pool, in a fixed scattered order
		return fmt.Sprintf("person:%d", i), fmt.Sprintf("Person %c%c Number%d", 'A'+i%26, 'a'+i/26%26, i)
	}
	for _, c := range []struct {
		name string
		run  func(i int) error
	}{
		{"entity", func(i int) error {
			_, name := person(i)
			if i%10 == 0 {
				name = "Witkoff" // the busy one
			}
			found, err := a.FindEntities(ctx, name)
			if err != nil || len(found) != 1 {
				return fmt.Errorf("FindEntities(%q) = %v, %v", name, found, err)
			}
			_, err = a.Profile(ctx, found[0].ID)
			return err
		}},
		{"entity-busiest", func(int) error {
			found, err := a.FindEntities(ctx, "Witkoff")
			if err != nil || len(found) != 1 {
				return fmt.Errorf("FindEntities(Witkoff) = %v, %v", found, err)
			}
			_, err = a.Profile(ctx, found[0].ID)
			return err
		}},
		{"network-depth2", func(i int) error {
			id, _ := person(i)
			_, err := a.Network(ctx, graph.NetworkQuery{Seeds: []string{id}, Depth: 2})
			return err
		}},
		{"network-depth2-month", func(i int) error {
			id, _ := person(i)
			month := fmt.Sprintf("%d-%02d", 2025+i%2, 1+i%12)
			_, err := a.Network(ctx, graph.NetworkQuery{Seeds: []string{id}, Depth: 2, From: month, To: month})
			return err
		}},
		{"path", func(i int) error {
			from, _ := person(i)
			to, _ := person(i + 200)
			_, err := a.Path(ctx, from, to, 4)
			if errors.Is(err, graph.ErrNoPath) {
				err = nil
			}
			return err
		}},
	} {
		b.Run(c.name, func(b *testing.B) {
			// Warm up on other entities first: a server compiles and
			// caches a query's plan on its first runs.
			for i := range 5 {
				if err := c.run(1000 + i); err != nil {
					b.Fatal(err)
				}
			}
			var lat []time.Duration
			for i := 0; b.Loop(); i++ {
				start := time.Now()
				if err := c.run(i); err != nil {
					b.Fatal(err)
				}
				lat = append(lat, time.Since(start))
			}
			ReportLatencies(b, lat)
		})
	}
}

// SameAnalysis puts AnalysisFixture and 1,000 generated articles
// (Corpus, Witkoff in every seventh event) into two stores and checks
// that every graph.Analysis answer is the same on both: names, profiles,
// networks of each depth, weight, date and topic, and paths between
// pairs of people. The stores must be empty.
func SameAnalysis(t *testing.T, x, y graph.Store) {
	ctx := context.Background()
	batch := append(AnalysisFixture(), Corpus(1000, 7)...)
	var an [2]graph.Analysis
	for i, st := range []graph.Store{x, y} {
		for lo := 0; lo < len(batch); lo += 250 {
			if _, err := st.Put(ctx, batch[lo:min(lo+250, len(batch))]); err != nil {
				t.Fatal(err)
			}
		}
		a, ok := st.(graph.Analysis)
		if !ok {
			t.Fatalf("%T does not implement graph.Analysis", st)
		}
		an[i] = a
	}
	same := func(what string, ask func(a graph.Analysis) (any, error)) {
		t.Helper()
		var got [2]any
		for i, a := range an {
			v, err := ask(a)
			if err != nil && !errors.Is(err, graph.ErrNoPath) {
				t.Fatalf("%s: %v", what, err)
			}
			if err != nil {
				v = err.Error()
			}
			got[i] = v
		}
		if diff := cmp.Diff(got[0], got[1]); diff != "" {
			t.Errorf("%s differs (-%T +%T):\n%s", what, x, y, diff)
		}
	}
	same("EntityNames", func(a graph.Analysis) (any, error) { return a.EntityNames(ctx) })
	ids := []string{"person:steve-witkoff", idAnna, idDana, "organization:3", "place:5"}
	for i := 0; i < 400; i += 37 {
		ids = append(ids, fmt.Sprintf("person:%d", i))
	}
	for _, name := range []string{"Witkoff", "kovac", "Person N37", "Ministry Da Number3", "City Fa Number5"} {
		same("FindEntities "+name, func(a graph.Analysis) (any, error) { return a.FindEntities(ctx, name) })
	}
	for i, id := range ids {
		same("Profile "+id, func(a graph.Analysis) (any, error) { return a.Profile(ctx, id) })
		for _, q := range []graph.NetworkQuery{
			{Seeds: []string{id}},
			{Seeds: []string{id}, Depth: 2, MinWeight: 3},
			{Seeds: []string{id, ids[(i+1)%len(ids)]}, Depth: 2, From: "2025-06", To: "2025-07"},
			{Seeds: []string{id}, Topics: []string{"aid"}, Kinds: []timeline.Kind{timeline.KindMeeting, timeline.KindStatement}},
			{Seeds: []string{id}, Depth: 2, Limit: 12, Hub: 100}, // organisations and Witkoff are hubs
		} {
			same(fmt.Sprintf("Network %+v", q), func(a graph.Analysis) (any, error) { return a.Network(ctx, q) })
		}
		to := ids[(i+3)%len(ids)]
		same("Path "+id+" "+to, func(a graph.Analysis) (any, error) { return a.Path(ctx, id, to, 4) })
	}
	same("Network of a month", func(a graph.Analysis) (any, error) {
		return a.Network(ctx, graph.NetworkQuery{From: "2026-03", To: "2026-03", MinWeight: 2})
	})
}
