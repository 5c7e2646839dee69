package related_test

import (
	"context"
	"errors"
	"fmt"
	"path/filepath"
	"slices"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/storygraph/storygraph/graph"
	"github.com/storygraph/storygraph/graph/related"
	"github.com/storygraph/storygraph/graph/sqlite"
	"github.com/storygraph/storygraph/graph/storetest"
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
	for _, l := range rankAll(t, ix, ix.IDs(), related.Options{Limit: 2}) {
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

// TestIncrementalIsFull stores the lists of a full run over generated
// articles, adds more (and updates one, which lists link to), and checks
// that the incremental run (the stale lists and their Neighbours) leaves
// every stored list as a full run over the grown store computes it, while
// recomputing fewer than all when names are not busy. Names are made busy at several sizes, so
// that lists found by busy names (Floor -1), names that become busy as
// articles are added, and lists found by names alone are all met.
func TestIncrementalIsFull(t *testing.T) {
	ctx := context.Background()
	gen := storetest.Corpus(700, 10)
	for _, busy := range []int{2000, 18, 6} {
		t.Run(fmt.Sprint("busy=", busy), func(t *testing.T) {
			defer related.SetBusy(busy)()
			st, err := sqlite.Open(ctx, filepath.Join(t.TempDir(), "story.db"))
			if err != nil {
				t.Fatal(err)
			}
			defer st.Close()
			o := related.Options{Limit: 5}
			at := time.Date(2026, 2, 10, 8, 0, 0, 0, time.UTC)
			store := func(ix *related.Index, ids []string) {
				t.Helper()
				var lists []graph.RelatedList
				for _, l := range rankAll(t, ix, ids, o) {
					lists = append(lists, ix.Stored(l, at))
				}
				if err := st.PutRelated(ctx, lists); err != nil {
					t.Fatal(err)
				}
			}
			if _, err := st.Put(ctx, gen[:600]); err != nil {
				t.Fatal(err)
			}
			ix, err := related.Load(ctx, st, nil)
			if err != nil {
				t.Fatal(err)
			}
			store(ix, ix.IDs())
			// 100 new articles, and one stored article told again
			updated := *gen[5]
			updated.Article.ContentHash += "-2"
			updated.Events = slices.Clone(updated.Events[:3])
			if _, err := st.Put(ctx, append(slices.Clone(gen[600:]), &updated)); err != nil {
				t.Fatal(err)
			}
			if ix, err = related.Load(ctx, st, nil); err != nil {
				t.Fatal(err)
			}
			states, err := st.RelatedStates(ctx)
			if err != nil {
				t.Fatal(err)
			}
			stale := ix.Stale(states)
			if len(stale) != 101 {
				t.Fatalf("%d stale lists, want 101", len(stale))
			}
			more, err := ix.Neighbours(ctx, stale, states, o, st.RelatedLinking, 2)
			if err != nil {
				t.Fatal(err)
			}
			t.Logf("recomputed %d changed and %d neighbours of %d", len(stale), len(more), len(ix.IDs()))
			if busy == 2000 && len(stale)+len(more) >= len(ix.IDs()) { // with few busy names, most lists are found by them
				t.Errorf("the incremental run recomputes all %d lists", len(ix.IDs()))
			}
			store(ix, append(stale, more...))
			for _, l := range rankAll(t, ix, ix.IDs(), o) {
				want := ix.Stored(l, at)
				got, err := st.Related(ctx, l.Article.ID)
				if err != nil {
					t.Fatal(err)
				}
				if diff := cmp.Diff(linkRows(want), linkRows(got)); diff != "" {
					t.Errorf("incremental list of %s differs from the full run's (-full +incremental):\n%s", l.Article.ID, diff)
				}
			}
		})
	}
}

type linkRow struct {
	ID      string
	Score   float64
	Reasons []string
}

func linkRows(l graph.RelatedList) []linkRow {
	out := []linkRow{}
	for _, k := range l.Links {
		out = append(out, linkRow{k.Article.ID, k.Score, k.Reasons})
	}
	return out
}

// rankAll ranks ids on two goroutines.
func rankAll(t *testing.T, ix *related.Index, ids []string, o related.Options) []related.List {
	t.Helper()
	out, err := ix.Lists(context.Background(), ids, o, 2)
	if err != nil {
		t.Fatal(err)
	}
	return out
}

// Lists stops when its context is done: an interrupted enrich ends within
// an article's ranking rather than after ranking them all.
func TestListsStopsWhenDone(t *testing.T) {
	ix := related.New(generated(300), nil)
	o := related.Options{Limit: 5}
	ctx := &doneAfter{Context: context.Background(), n: 10}
	got, err := ix.Lists(ctx, ix.IDs(), o, 2)
	if !errors.Is(err, context.Canceled) || got != nil {
		t.Errorf("Lists done after 10 articles = %d lists, %v; want none and context.Canceled", len(got), err)
	}
	if ctx.asked > 11 {
		t.Errorf("Lists looked at its context %d times after it was done, want once", ctx.asked-10)
	}
	whole, err := ix.Lists(context.Background(), ix.IDs(), o, 2)
	if err != nil || len(whole) != len(ix.IDs()) {
		t.Errorf("Lists = %d lists, %v; want %d", len(whole), err, len(ix.IDs()))
	}
}

// doneAfter is a context that is done from its n+1st look at Err.
type doneAfter struct {
	context.Context
	n, asked int
}

func (c *doneAfter) Err() error {
	c.asked++
	if c.asked > c.n {
		return context.Canceled
	}
	return nil
}
