package related_test

import (
	"context"
	"path/filepath"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/storygraph/storygraph/graph"
	"github.com/storygraph/storygraph/graph/related"
	"github.com/storygraph/storygraph/graph/sqlite"
	"github.com/storygraph/storygraph/timeline"
)

// extractions turns records back into articles to put.
func extractions(recs []timeline.Record) []*timeline.Extraction {
	by := map[string]*timeline.Extraction{}
	var out []*timeline.Extraction
	for _, r := range recs {
		x := by[r.Article.ID]
		if x == nil {
			x = &timeline.Extraction{Article: timeline.Article{ID: r.Article.ID, Title: r.Article.Title, URL: r.Article.URL,
				Source: r.Article.Source, Published: r.Article.Published, ContentHash: "h-" + r.Article.ID}}
			by[r.Article.ID] = x
			out = append(out, x)
		}
		x.Events = append(x.Events, r.Event)
	}
	return out
}

// Stored lists are stale only when their article changed; a new article's
// neighbours are those it ranks and those whose lists link to it.
func TestStaleAndNeighbours(t *testing.T) {
	ctx := context.Background()
	st, err := sqlite.Open(ctx, filepath.Join(t.TempDir(), "story.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	var old, added []timeline.Record
	for _, r := range corpus() {
		if r.Article.ID == "b" {
			added = append(added, r)
		} else {
			old = append(old, r)
		}
	}
	if _, err := st.Put(ctx, extractions(old)); err != nil {
		t.Fatal(err)
	}
	ix, err := related.Load(ctx, st, countries)
	if err != nil {
		t.Fatal(err)
	}
	if got := ix.Stale(nil); !cmp.Equal(got, ix.IDs()) {
		t.Fatalf("Stale with nothing stored = %v, want every article", got)
	}
	at := time.Date(2026, 2, 10, 8, 0, 0, 0, time.UTC)
	var lists []graph.RelatedList
	for _, l := range ix.Lists(ix.IDs(), related.Options{Limit: 2}, 2) {
		lists = append(lists, ix.Stored(l, at))
	}
	if err := st.PutRelated(ctx, lists); err != nil {
		t.Fatal(err)
	}
	states, _ := st.RelatedStates(ctx)
	if got := ix.Stale(states); len(got) != 0 {
		t.Errorf("Stale after storing every list = %v, want none", got)
	}
	if _, err := st.Put(ctx, extractions(added)); err != nil {
		t.Fatal(err)
	}
	if ix, err = related.Load(ctx, st, countries); err != nil {
		t.Fatal(err)
	}
	stale := ix.Stale(states)
	if !cmp.Equal(stale, []string{"b"}) {
		t.Fatalf("Stale after adding b = %v, want b", stale)
	}
	got, err := ix.Neighbours(ctx, stale, states, related.Options{Limit: 2}, st.RelatedLinking, 1)
	if err != nil {
		t.Fatal(err)
	}
	// b is about Zelenskyy as q, q2 and a are; c and d share nothing
	if want := []string{"a", "q", "q2"}; !cmp.Equal(got, want) {
		t.Errorf("Neighbours(b) = %v, want %v", got, want)
	}
}
