package storetest

import (
	"context"
	"encoding/json"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/storygraph/storygraph/graph"
	"github.com/storygraph/storygraph/timeline"
)

// Search checks a store's graph.Searcher on the fixtures: words, phrases,
// prefixes, possessives, titles, what must not match (a term in the title
// and another in the sentence; operators of FTS5 or Lucene typed as text),
// the order graph.Rank defines (score, date, article, position), the limit,
// the cap of a broad search (only the first matches by date ranked, and
// said), and that an update and Reset leave nothing stale in the index.
// The expected hits are spelled out, or on a generated corpus Rank's
// answer over every event, so every store that passes gives the same
// answers.
func Search(t *testing.T, open func(t *testing.T) graph.Store) {
	ctx := context.Background()
	st := open(t)
	t.Cleanup(func() { _ = st.Close() })
	s, ok := st.(graph.Searcher)
	if !ok {
		t.Fatalf("%T does not implement graph.Searcher", st)
	}
	searchCapped := func(t *testing.T, text string, o graph.SearchOptions) ([]string, bool) {
		t.Helper()
		q, err := graph.ParseSearch(text)
		if err != nil {
			t.Fatalf("ParseSearch(%q): %v", text, err)
		}
		res, err := s.Search(ctx, q, o)
		if err != nil {
			t.Fatalf("Search(%q): %v", text, err)
		}
		out := []string{}
		for _, h := range res.Hits {
			out = append(out, fmt.Sprintf("%d %s %s", h.Score, h.Event.Date, h.Event.ID))
		}
		return out, res.Capped
	}
	search := func(t *testing.T, text string, limit int) []string {
		t.Helper()
		out, capped := searchCapped(t, text, graph.SearchOptions{Limit: limit})
		if capped {
			t.Errorf("Search(%q) without a cap says it was capped", text)
		}
		return out
	}
	if got := search(t, "witkoff", 0); len(got) != 0 {
		t.Errorf("Search on an empty store = %v, want none", got)
	}
	put(t, st, corpus()...)
	talks := []string{"3 2026-01-23/2026-01-24 " + eAbuDhabiTalks, "3  " + eZelenskyPutin, "2 2026-01-23 " + ePeskov,
		"1 2026-01 " + eStrikes, "1 2026-01-22 " + eDavosMeeting, "1 2026-01-22 " + eKyivHeating,
		"1 2026-01-22 " + eKremlinMeeting, "1 2026-01-22 " + eAbuDhabiAgreed}
	for _, c := range []struct {
		name, query string
		limit       int
		want        []string
	}{
		{"word", "heating", 0, []string{"2 2026-01-22 " + eKyivHeating}},
		{"case", "HEATING", 0, []string{"2 2026-01-22 " + eKyivHeating}},
		{"word in titles and texts", "talks", 0, talks},
		{"possessive", "zelensky", 0, []string{"2 2026-01-22 " + eDavosMeeting, "2 2026-01-22 " + eKyivHeating, "1  " + eZelenskyPutin}},
		{"phrase", `"security talks"`, 0, []string{"1 2026-01-22 " + eAbuDhabiAgreed}},
		{"phrase across words", `"ran past midnight"`, 0, []string{"1 2026-01-22 " + eKremlinMeeting}},
		{"phrase not in a row", `"talks security"`, 0, []string{}},
		{"prefix", "zelensk*", 0, []string{"3 2026-01-22 " + eDavosMeeting, "3 2026-01-22 " + eKyivHeating, "2  " + eZelenskyPutin}},
		{"prefix and word", "kre* putin", 0, []string{"6 2026-01-22 " + eKremlinMeeting, "3 2026-01-22 " + eAbuDhabiAgreed, "3 2026-01-23 " + ePeskov}},
		{"title only", "trilateral grid", 0, []string{"2 2026-01 " + eStrikes, "2 2026-01-23/2026-01-24 " + eAbuDhabiTalks, "2  " + eZelenskyPutin}},
		{"title and sentence apart", "heating kushner", 0, []string{}},
		{"stop words dropped", "the talks in the Kremlin", 0, []string{"4 2026-01-22 " + eKremlinMeeting, "4 2026-01-23 " + ePeskov}},
		{"operators are text", `witkoff^ OR -kushner~ (putin) AND`, 0, []string{"9 2026-01-22 " + eKremlinMeeting, "5 2026-01-22 " + eAbuDhabiAgreed, "3 2026-01-23 " + ePeskov}},
		{"field syntax is text", "title:kremlin", 0, []string{}},
		{"limit", "talks", 3, talks[:3]},
	} {
		t.Run(c.name, func(t *testing.T) {
			if diff := cmp.Diff(c.want, search(t, c.query, c.limit)); diff != "" {
				t.Errorf("Search(%q) (-want +got):\n%s", c.query, diff)
			}
		})
	}
	// "talks" matches 8 events; by date, article and position the first 3
	// are the strikes (2026-01), then Davos's meeting and Kyiv's heating
	// (2026-01-22, one article, positions 0 and 1).
	for _, c := range []struct {
		name   string
		o      graph.SearchOptions
		want   []string
		capped bool
	}{
		{"capped", graph.SearchOptions{Limit: 2, Cap: 3}, []string{"1 2026-01 " + eStrikes, "1 2026-01-22 " + eDavosMeeting}, true},
		{"capped, no limit", graph.SearchOptions{Cap: 3}, []string{"1 2026-01 " + eStrikes, "1 2026-01-22 " + eDavosMeeting, "1 2026-01-22 " + eKyivHeating}, true},
		{"cap of every match", graph.SearchOptions{Limit: 3, Cap: 8}, talks[:3], false},
	} {
		t.Run(c.name, func(t *testing.T) {
			got, capped := searchCapped(t, "talks", c.o)
			if diff := cmp.Diff(c.want, got); diff != "" || capped != c.capped {
				t.Errorf("Search(talks, %+v) capped %v, want %v (-want +got):\n%s", c.o, capped, c.capped, diff)
			}
		})
	}
	t.Run("hit carries its article", func(t *testing.T) {
		q, _ := graph.ParseSearch("heating")
		res, err := s.Search(ctx, q, graph.SearchOptions{})
		hits := res.Hits
		if err != nil || len(hits) != 1 {
			t.Fatalf("Search(heating) = %v, %v; want one hit", hits, err)
		}
		want := timeline.Record{Event: davos().Events[1], Article: timeline.SourceOf(davos().Article)}
		if diff := cmp.Diff(want, hits[0].Record); diff != "" {
			t.Errorf("hit (-want +got):\n%s", diff)
		}
	})
	t.Run("update", func(t *testing.T) {
		put(t, st, davosUpdated())
		for q, want := range map[string][]string{
			"heating":       {},
			"kushner davos": {},
			"wednesday":     {"1 2026-01-21 " + eDavosArrival},
		} {
			if diff := cmp.Diff(want, search(t, q, 0)); diff != "" {
				t.Errorf("after an update, Search(%q) (-want +got):\n%s", q, diff)
			}
		}
	})
	t.Run("reset", func(t *testing.T) {
		if err := st.Reset(ctx); err != nil {
			t.Fatal(err)
		}
		if got := search(t, "witkoff", 0); len(got) != 0 {
			t.Errorf("Search after Reset = %v, want none", got)
		}
	})
	// On 100 generated events, every answer is Rank's over all of them:
	// broad and narrow queries, capped above and below the number of
	// matches (the embedded store reads a broad capped search by date).
	t.Run("generated", func(t *testing.T) {
		corpus := Corpus(20, 0)
		put(t, st, corpus...)
		all := Candidates(corpus)
		for _, text := range []string{"officials", "proposals officials", "number1*", `"met person"`, "report 7", "envoys number3*", "proposals report"} {
			q, err := graph.ParseSearch(text)
			if err != nil {
				t.Fatal(err)
			}
			for _, o := range []graph.SearchOptions{{Limit: 3}, {Limit: 3, Cap: 7}, {Cap: 7}, {Limit: 3, Cap: 30}, {Limit: 0, Cap: 200}} {
				ranked, wantCapped := graph.RankCapped(q, all, o)
				want := []string{}
				for _, r := range ranked {
					want = append(want, fmt.Sprintf("%d %s %s", r.Score, r.Date, r.Key))
				}
				got, capped := searchCapped(t, text, o)
				if diff := cmp.Diff(want, got); diff != "" || capped != wantCapped {
					t.Errorf("Search(%q, %+v) capped %v, want %v (-Rank over every event +got):\n%s", text, o, capped, wantCapped, diff)
				}
			}
		}
	})
}

// LoadBenchCorpus makes st hold exactly Corpus(BenchAnalysisEvents/5, 10),
// the store the search and analysis benchmarks measure: it is left as it
// is when it holds that many articles and events already (a second run
// measures at once), else reset and loaded in batches of the store's
// BatchSize (500 when it has none).
func LoadBenchCorpus(b *testing.B, st graph.Store) {
	ctx := context.Background()
	corpus := Corpus(BenchAnalysisEvents/5, 10)
	stats, err := st.Stats(ctx)
	if err != nil {
		b.Fatal(err)
	}
	if stats.Events == BenchAnalysisEvents && stats.Articles == len(corpus) {
		return
	}
	if err := st.Reset(ctx); err != nil {
		b.Fatal(err)
	}
	size := 500
	if bs, ok := st.(graph.BatchSizer); ok {
		size = bs.BatchSize()
	}
	for lo := 0; lo < len(corpus); lo += size {
		if _, err := st.Put(ctx, corpus[lo:min(lo+size, len(corpus))]); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchSearch measures a store's graph.Searcher on Corpus: st must hold
// Corpus(BenchAnalysisEvents/5, 10) (100,000 events). Each sub-benchmark
// runs one search (the CLI's default limit, 20) per iteration, cycling
// through the corpus's people and articles the same way on every store,
// and reports the latencies' p50 and p99 in ms from that same run, and how
//
//   - name: a person's full name (about 500 events);
//   - phrase: "met" and a person's name in a row (about 250);
//   - prefix: a number prefix, number12* (Number12, Number120–129: 11
//     people, about 5,500 events);
//   - title: "report" and an article's number (its 5 events);
//   - common: two words in every sentence (all 100,000 events: the worst
//     case, every event a candidate to rank).
func BenchSearch(b *testing.B, st graph.Store) { BenchSearchWarm(b, st, 0) }

// BenchSearchWarm is BenchSearch after warm searches of each kind, untimed:
// a server compiles and caches the plans of its first queries.
func BenchSearchWarm(b *testing.B, st graph.Store, warm int) {
	ctx := context.Background()
	s, ok := st.(graph.Searcher)
	if !ok {
		b.Fatalf("%T does not implement graph.Searcher", st)
	}
	name := func(i int) string {
		i = (i * 37) % 400 // the Corpus pool, in a fixed scattered order
		return fmt.Sprintf("Person %c%c Number%d", 'A'+i%26, 'a'+i/26%26, i)
	}
	for _, c := range []struct {
		name  string
		query func(i int) string
	}{
		{"name", func(i int) string { return name(i) }},
		{"phrase", func(i int) string { return `"met ` + name(i) + `"` }},
		{"prefix", func(i int) string { return fmt.Sprintf("number%d*", 10+i%30) }},
		{"title", func(i int) string { return fmt.Sprintf("report %d", (i*7919)%(BenchAnalysisEvents/5)) }},
		{"common", func(int) string { return "proposals officials" }},
	} {
		b.Run(c.name, func(b *testing.B) {
			for i := range warm {
				q, _ := graph.ParseSearch(c.query(i))
				if _, err := s.Search(ctx, q, graph.SearchOptions{Limit: 20, Cap: graph.SearchCap}); err != nil {
					b.Fatal(err)
				}
			}
			var lat []time.Duration
			for i := 0; b.Loop(); i++ {
				q, err := graph.ParseSearch(c.query(i))
				if err != nil {
					b.Fatal(err)
				}
				start := time.Now()
				got, err := s.Search(ctx, q, graph.SearchOptions{Limit: 20, Cap: graph.SearchCap})
				lat = append(lat, time.Since(start))
				if err != nil {
					b.Fatal(err)
				}
				if len(got.Hits) == 0 {
					b.Fatalf("Search(%q) found nothing", q.Text)
				}
			}
			ReportLatencies(b, lat)
		})
	}
}

// storyArticle is an article of untopiced events for the unnamed stories:
// each event names its people; dates are days.
func storyArticle(id string, events ...[3]string) *timeline.Extraction {
	x := &timeline.Extraction{Article: timeline.Article{ID: id, Title: "Story " + id, ContentHash: "h-" + id, Published: "2025-06-01"}}
	seen := map[string]bool{}
	for i, e := range events {
		ev := timeline.Event{ID: fmt.Sprintf("%s-%d", id, i), Date: e[0], Precision: "day", Kind: timeline.KindMeeting,
			Summary: e[1] + " met " + e[2], Sentence: e[1] + " met " + e[2] + "."}
		for _, name := range []string{e[1], e[2]} {
			for _, n := range strings.Split(name, " and ") {
				ev.Participants = append(ev.Participants, timeline.Participant{Name: n, Type: timeline.Person, Role: "agent"})
				if !seen[n] {
					seen[n] = true
					x.Entities = append(x.Entities, timeline.Entity{ID: "person:" + strings.ToLower(n), Name: n, Type: timeline.Person,
						Mentions: []timeline.Mention{{Text: n, Start: 0, End: len(n)}}})
				}
			}
		}
		x.Events = append(x.Events, ev)
	}
	return x
}

// Stories checks a store's graph.Storyteller through BuildStories with the
// store's Catalog.ListTopics: the fixtures' topics with counts, spans and
// main entities, and unnamed stories of untopiced events linked by two
// shared people within a week (a chain counts; one shared person, or two
// weeks apart, does not).
func Stories(t *testing.T, open func(t *testing.T) graph.Store) {
	ctx := context.Background()
	st := open(t)
	t.Cleanup(func() { _ = st.Close() })
	s, ok := st.(graph.Storyteller)
	if !ok {
		t.Fatalf("%T does not implement graph.Storyteller", st)
	}
	c, ok := st.(graph.Catalog)
	if !ok {
		t.Fatalf("%T does not implement graph.Catalog", st)
	}
	stories := func() graph.Stories {
		t.Helper()
		topics, err := c.ListTopics(ctx)
		if err != nil {
			t.Fatal(err)
		}
		rows, err := s.StoryRows(ctx)
		if err != nil {
			t.Fatal(err)
		}
		return graph.BuildStories(topics, rows)
	}
	if diff := cmp.Diff(graph.Stories{Topics: []graph.Story{}, Unnamed: []graph.Story{}}, stories()); diff != "" {
		t.Errorf("stories of an empty store (-want +got):\n%s", diff)
	}
	put(t, st, corpus()...)
	put(t, st,
		storyArticle("s1", [3]string{"2025-06-01", "Ann Lee", "Bo Chan"}, [3]string{"2025-06-05", "Ann Lee and Bo Chan", "Cy Dunn"}),
		storyArticle("s2", [3]string{"2025-06-11", "Bo Chan", "Cy Dunn"}, // linked to s1's second by Bo and Cy, 6 days on
			[3]string{"2025-06-30", "Bo Chan", "Cy Dunn"}, // 19 days after: a story of its own, alone, so none
			[3]string{"2025-06-12", "Ann Lee", "Di Fox"}), // one person shared: not linked
		storyArticle("s3", [3]string{"2025-09-01", "Eve Gray", "Fay Hu"}, [3]string{"2025-09-08", "Fay Hu", "Eve Gray"}),
	)
	got := stories()
	ent := func(id, name, typ string, n int) graph.StoryEntity {
		return graph.StoryEntity{ID: id, Name: name, Type: typ, Events: n}
	}
	zelenskyy := ent("person:volodymyr-zelenskyy", "Volodymyr Zelenskyy", "person", 1)
	want := graph.Stories{
		Topics: []graph.Story{
			{Topic: "energy-strikes", Events: 2, Articles: 2, First: "2026-01-01", Last: "2026-01-31",
				Entities: []graph.StoryEntity{ent("place:kyiv", "Kyiv", "place", 2), zelenskyy}},
			{Topic: "peace-negotiations", Events: 7, Articles: 3, First: "2026-01-01", Last: "2026-01-31",
				Entities: []graph.StoryEntity{ent("person:steve-witkoff", "Steve Witkoff", "person", 4),
					ent("person:jared-kushner", "Jared Kushner", "person", 2), ent("person:vladimir-putin", "Vladimir Putin", "person", 2),
					ent("person:volodymyr-zelenskyy", "Volodymyr Zelenskyy", "person", 2), ent("person:dmitry-peskov", "Dmitry Peskov", "person", 1)}},
		},
		Unnamed: []graph.Story{
			{Events: 3, Articles: 2, First: "2025-06-01", Last: "2025-06-11",
				Entities: []graph.StoryEntity{ent("person:bo chan", "Bo Chan", "person", 3), ent("person:ann lee", "Ann Lee", "person", 2),
					ent("person:cy dunn", "Cy Dunn", "person", 2)}},
			{Events: 2, Articles: 1, First: "2025-09-01", Last: "2025-09-08",
				Entities: []graph.StoryEntity{ent("person:eve gray", "Eve Gray", "person", 2), ent("person:fay hu", "Fay Hu", "person", 2)}},
		},
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("stories (-want +got):\n%s", diff)
	}
}

// AnalystQueries checks a store's graph.QueryRunner: every analyst query
// on the fixtures, its table spelled out, so the Cypher and its SQL twin
// give the same table.
func AnalystQueries(t *testing.T, open func(t *testing.T) graph.Store) {
	ctx := context.Background()
	st := open(t)
	t.Cleanup(func() { _ = st.Close() })
	r, ok := st.(graph.QueryRunner)
	if !ok {
		t.Fatalf("%T does not implement graph.QueryRunner", st)
	}
	put(t, st, corpus()...)
	run := func(t *testing.T, name string, params map[string]string) string {
		t.Helper()
		q, err := graph.FindAnalystQuery(name)
		if err != nil {
			t.Fatal(err)
		}
		bound, err := q.Bind(params)
		if err != nil {
			t.Fatal(err)
		}
		table, err := r.RunAnalyst(ctx, q, bound)
		if err != nil {
			t.Fatalf("RunAnalyst(%s): %v", name, err)
		}
		data, _ := json.Marshal(table)
		return string(data)
	}
	for _, c := range []struct {
		name   string
		params map[string]string
		want   string
	}{
		{"entity-events", map[string]string{"key": "Witkoff", "from": "2026-01-22", "to": "2026-01-22"}, `{"columns":["date","precision","kind","role","summary","article"],"rows":[["2026-01-22","day","meeting","agent","Witkoff and Kushner met Zelenskyy in Davos","Witkoff and Kushner meet Zelensky in Davos as talks gather pace"],["2026-01-22","day","meeting","counterpart","Putin received Witkoff and Kushner at the Kremlin","Putin receives Witkoff and Kushner at the Kremlin"],["2026-01-22","day","agreement","agent","Putin and Witkoff agreed to trilateral security talks in Abu Dhabi","Putin receives Witkoff and Kushner at the Kremlin"]]}`},
		{"entity-events", map[string]string{"key": "Zelenskyy"}, `{"columns":["date","precision","kind","role","summary","article"],"rows":[["2026-01-22","day","meeting","counterpart","Witkoff and Kushner met Zelenskyy in Davos","Witkoff and Kushner meet Zelensky in Davos as talks gather pace"],["2026-01-22","day","statement","agent","Zelenskyy said Russian strikes had left much of Kyiv without heating","Witkoff and Kushner meet Zelensky in Davos as talks gather pace"]]}`},
		{"meetings", nil, `{"columns":["one","other","meetings","dates"],"rows":[["Jared Kushner","Steve Witkoff",2,["2026-01-22"]],["Jared Kushner","Vladimir Putin",1,["2026-01-22"]],["Jared Kushner","Volodymyr Zelenskyy",1,["2026-01-22"]],["Rustem Umerov","Steve Witkoff",1,["2026-01-23"]],["Steve Witkoff","Vladimir Putin",1,["2026-01-22"]],["Steve Witkoff","Volodymyr Zelenskyy",1,["2026-01-22"]]]}`},
		{"meetings", map[string]string{"limit": "1"}, `{"columns":["one","other","meetings","dates"],"rows":[["Jared Kushner","Steve Witkoff",2,["2026-01-22"]]]}`},
		{"text", map[string]string{"query": "talks OR heating"}, `{"columns":["date","summary","sentence","places","source"],"rows":[["2026-01-22","Zelenskyy said Russian strikes had left much of Kyiv without heating","Zelensky's office said Russian strikes had left much of Kyiv without heating.",["Kyiv"],"The Kyiv Independent"],["2026-01-22","Putin received Witkoff and Kushner at the Kremlin","Putin received Witkoff and Kushner at the Kremlin in Moscow late on Thursday, talks that ran past midnight.",["Moscow"],"Reuters"],["2026-01-22","Putin and Witkoff agreed to trilateral security talks in Abu Dhabi","They agreed that a trilateral security working group would meet in Abu Dhabi.",[],"Reuters"],["2026-01-23","Peskov called the talks useful and constructive","Kremlin spokesman Dmitry Peskov called the talks useful and constructive.",["Moscow"],"Reuters"],["2026-01-23","Umerov led Ukraine's delegation at two days of talks with Witkoff in Abu Dhabi","Rustem Umerov led Ukraine's delegation at talks with Witkoff in Abu Dhabi on Friday and Saturday.",["Abu Dhabi"],"Liabooks PRISM News"],[null,"Zelenskyy could meet Putin if the talks succeed","Zelensky could meet Putin if the talks succeed, officials said.",[],"Liabooks PRISM News"]]}`},
		{"text", map[string]string{"query": `"security talks"`, "limit": "5"}, `{"columns":["date","summary","sentence","places","source"],"rows":[["2026-01-22","Putin and Witkoff agreed to trilateral security talks in Abu Dhabi","They agreed that a trilateral security working group would meet in Abu Dhabi.",[],"Reuters"]]}`},
	} {
		t.Run(c.name, func(t *testing.T) {
			got := run(t, c.name, c.params)
			if diff := cmp.Diff(c.want, got); diff != "" {
				t.Errorf("query %s %v (-want +got):\n%s", c.name, c.params, diff)
			}
		})
	}
	if len(graph.AnalystQueries()) != 3 {
		t.Errorf("%d analyst queries; this suite checks 3: add the new one here", len(graph.AnalystQueries()))
	}
}

// SearchByDate checks a store whose capped searches are all read by date
// (the store's tests make every capped search walk the date groups): each
// answer is Rank's over every event, across date groups, dates shorter
// than a group's 7 characters ("2025", "2025-W0" is not one), week and
// range dates, and the undated, which come last.
func SearchByDate(t *testing.T, st graph.Store) {
	ctx := context.Background()
	searcher, ok := st.(graph.Searcher)
	if !ok {
		t.Fatalf("%T does not implement graph.Searcher", st)
	}
	if err := st.Reset(ctx); err != nil {
		t.Fatal(err)
	}
	corpus := Corpus(40, 0)
	for i, x := range corpus {
		for k := range x.Events {
			switch ev := &x.Events[k]; (i*5 + k) % 9 {
			case 0:
				ev.Date = ""
			case 1:
				ev.Date = "2025"
			case 2:
				ev.Date = "2025-W07"
			case 3:
				ev.Date = ev.Date + "/2026-12-31"
			}
		}
	}
	if _, err := st.Put(ctx, corpus); err != nil {
		t.Fatal(err)
	}
	all := Candidates(corpus)
	for _, text := range []string{"officials", "proposals officials", "number1*", `"met person"`, "report 7", "proposals report", "envoys"} {
		q, err := graph.ParseSearch(text)
		if err != nil {
			t.Fatal(err)
		}
		for _, c := range []int{1, 7, 50, 150, 199, 200, 1000} {
			o := graph.SearchOptions{Limit: 5, Cap: c}
			ranked, wantCapped := graph.RankCapped(q, all, o)
			want := []string{}
			for _, r := range ranked {
				want = append(want, fmt.Sprintf("%d %q %s", r.Score, r.Date, r.Key))
			}
			res, err := searcher.Search(ctx, q, o)
			if err != nil {
				t.Fatal(err)
			}
			got := []string{}
			for _, h := range res.Hits {
				got = append(got, fmt.Sprintf("%d %q %s", h.Score, h.Event.Date, h.Event.ID))
			}
			if diff := cmp.Diff(want, got); diff != "" || res.Capped != wantCapped {
				t.Errorf("Search(%q, %+v) capped %v, want %v (-Rank over every event +got):\n%s", text, o, res.Capped, wantCapped, diff)
			}
		}
	}
}

// Candidates are the search candidates of every event of corpus, as a
// store reads them: what Rank over every event is computed from, to
// compare a store's answers with.
func Candidates(corpus []*timeline.Extraction) []graph.SearchCandidate {
	var all []graph.SearchCandidate
	for _, x := range corpus {
		for i, ev := range x.Events {
			all = append(all, graph.SearchCandidate{Key: ev.ID, ArticleID: x.Article.ID, Ord: i, Date: ev.Date,
				Sentence: ev.Sentence, Summary: ev.Summary, Title: x.Article.Title})
		}
	}
	return all
}
