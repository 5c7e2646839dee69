package related

import (
	"context"
	"runtime"
	"slices"
	"sync"
	"time"

	"github.com/storygraph/storygraph/graph"
	"github.com/storygraph/storygraph/timeline"
)

// Lists ranks for each of ids (indexed articles), on workers goroutines
// (GOMAXPROCS when 0 or less), and returns the lists in the order of ids.
func (ix *Index) Lists(ids []string, o Options, workers int) []List {
	if workers <= 0 {
		workers = runtime.GOMAXPROCS(0)
	}
	out := make([]List, len(ids))
	var wg sync.WaitGroup
	next := make(chan int)
	for range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range next {
				out[i], _ = ix.Rank(ids[i], o)
			}
		}()
	}
	for i := range ids {
		next <- i
	}
	close(next)
	wg.Wait()
	return out
}

// Stale returns the indexed articles whose stored list is missing or was
// computed from another version of the article (states are the stored
// fingerprints, graph.Relations.RelatedStates), sorted.
func (ix *Index) Stale(states map[string]graph.RelatedState) []string {
	var out []string
	for _, id := range ix.ids {
		if states[id].Fingerprint != ix.arts[id].print {
			out = append(out, id)
		}
	}
	return out
}

// neighbourLinks is how many of a changed article's best related are
// looked at, for each link of a list: since the score is symmetric, an
// article whose list a changed one now enters ranks among that one's best.
const neighbourLinks = 4

// Neighbours returns the articles whose stored lists change because the
// articles changed did (new or updated): each article a changed one now
// ranks among its best neighbourLinks×limit, when it scores there at
// least the worst of that article's stored list (or the list is not
// full), and the articles whose stored lists link to a changed one
// (linking, graph.Relations.RelatedLinking), which may drop it; sorted,
// without the changed ones themselves.
func (ix *Index) Neighbours(ctx context.Context, changed []string, states map[string]graph.RelatedState, o Options,
	linking func(context.Context, []string) ([]string, error), workers int) ([]string, error) {
	wide := o
	wide.Limit = max(1, o.Limit) * neighbourLinks
	if o.Limit <= 0 {
		wide.Limit = 0
	}
	is := map[string]bool{}
	for _, id := range changed {
		is[id] = true
	}
	set := map[string]bool{}
	for _, l := range ix.Lists(changed, wide, workers) {
		for _, k := range l.Related {
			// a copy grouped under a link scores about as it does
			for _, a := range append([]timeline.Source{k.Article}, k.Copies...) {
				st, ok := states[a.ID]
				if !ok || o.Limit <= 0 || st.Links < o.Limit || k.Score >= st.Worst {
					set[a.ID] = true
				}
			}
		}
	}
	linked, err := linking(ctx, changed)
	if err != nil {
		return nil, err
	}
	for _, id := range linked {
		set[id] = true
	}
	var out []string
	for id := range set {
		if !is[id] && ix.Has(id) {
			out = append(out, id)
		}
	}
	slices.Sort(out)
	return out, nil
}

// Stored is the list as graph.Relations stores it: ranked from 1,
// stamped with the article's fingerprint and at.
func (ix *Index) Stored(l List, at time.Time) graph.RelatedList {
	out := graph.RelatedList{ArticleID: l.Article.ID, Fingerprint: ix.Fingerprint(l.Article.ID), ComputedAt: at, Links: []graph.RelatedLink{}}
	for i, k := range l.Related {
		out.Links = append(out.Links, graph.RelatedLink{Article: k.Article, Rank: i + 1, Score: k.Score, Reasons: k.Reasons})
	}
	return out
}
