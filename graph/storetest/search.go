package storetest

import (
	"context"
	"fmt"
	"testing"

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
