package storetest

import (
	"context"
	"fmt"
	"slices"
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
// and that an update and Reset leave nothing stale in the index. The
// expected hits are spelled out, so every store that passes gives the same
// answers.
func Search(t *testing.T, open func(t *testing.T) graph.Store) {
	ctx := context.Background()
	st := open(t)
	t.Cleanup(func() { _ = st.Close() })
	s, ok := st.(graph.Searcher)
	if !ok {
		t.Fatalf("%T does not implement graph.Searcher", st)
	}
	search := func(t *testing.T, text string, limit int) []string {
		t.Helper()
		q, err := graph.ParseSearch(text)
		if err != nil {
			t.Fatalf("ParseSearch(%q): %v", text, err)
		}
		hits, err := s.Search(ctx, q, limit)
		if err != nil {
			t.Fatalf("Search(%q): %v", text, err)
		}
		out := []string{}
		for _, h := range hits {
			out = append(out, fmt.Sprintf("%d %s %s", h.Score, h.Event.Date, h.Event.ID))
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
	t.Run("hit carries its article", func(t *testing.T) {
		q, _ := graph.ParseSearch("heating")
		hits, err := s.Search(ctx, q, 0)
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
				if _, err := s.Search(ctx, q, 20); err != nil {
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
				got, err := s.Search(ctx, q, 20)
				lat = append(lat, time.Since(start))
				if err != nil {
					b.Fatal(err)
				}
				if len(got) == 0 {
					b.Fatalf("Search(%q) found nothing", q.Text)
				}
			}
			slices.Sort(lat)
			at := func(p float64) float64 {
				return float64(lat[min(len(lat)-1, int(p*float64(len(lat))))].Microseconds()) / 1000
			}
			b.ReportMetric(at(0.50), "p50-ms")
			b.ReportMetric(at(0.99), "p99-ms")
		})
	}
}
