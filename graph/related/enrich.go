package related

import (
	"context"
	"math"
	"runtime"
	"slices"
	"strings"
	"sync"
	"time"

	"github.com/storygraph/storygraph/graph"
)

// Lists ranks for each of ids (indexed articles), on workers goroutines
// (GOMAXPROCS when 0 or less), and returns the lists in the order of ids.
// It looks at ctx between articles: when ctx is done it returns ctx's
// error and no lists, within one article's ranking per worker.
func (ix *Index) Lists(ctx context.Context, ids []string, o Options, workers int) ([]List, error) {
	out := make([]List, len(ids))
	if err := parallel(ctx, len(ids), workers, func(i int) { out[i], _ = ix.Rank(ids[i], o) }); err != nil {
		return nil, err
	}
	return out, nil
}

// parallel calls do(i) for i from 0 to n-1 on workers goroutines
// (GOMAXPROCS when 0 or less). It hands out no more i once ctx is done,
// and then returns ctx's error (nil when every i was done).
func parallel(ctx context.Context, n, workers int, do func(i int)) error {
	if workers <= 0 {
		workers = runtime.GOMAXPROCS(0)
	}
	var wg sync.WaitGroup
	next := make(chan int)
	for range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range next {
				do(i)
			}
		}()
	}
	var err error
	for i := range n {
		if err = ctx.Err(); err != nil {
			break
		}
		next <- i
	}
	close(next)
	wg.Wait()
	return err
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

// Neighbours returns the articles whose stored lists change because the
// articles changed did (new or updated), sorted, without the changed ones
// themselves. Ranking is local, so it need not rank them all to know:
//
//   - a changed article a enters the candidates of an article b that it
//     shares a name with only when what they share by names and topics
//     reaches b's Floor (the score is symmetric, so a's side counts it);
//     b's list then changes only when a scores there at least b's worst
//     link (or the list is not full), or when more than b's Slack enter
//     and push out one it links;
//   - a list found by a busy name too (Floor -1) changes with any
//     article sharing a name, and a name that becomes busy changes the
//     lists of all its articles;
//   - a list linking to a changed article (linking,
//     graph.Relations.RelatedLinking) changes with it.
//
// With the lists of a full run stored, recomputing the changed ones and
// these gives the lists a full run gives (TestIncrementalIsFull); an
// updated article that leaves candidates it was not linked from is the one
// change it cannot see, as the old version is no longer stored.
func (ix *Index) Neighbours(ctx context.Context, changed []string, states map[string]graph.RelatedState, o Options,
	linking func(context.Context, []string) ([]string, error), workers int) ([]string, error) {
	// by article.n: what Neighbours asks of every posting it reads
	is, set := make([]bool, len(ix.ids)), make([]bool, len(ix.ids))
	stored, has := make([]graph.RelatedState, len(ix.ids)), make([]bool, len(ix.ids))
	for i, id := range ix.ids {
		stored[i], has[i] = states[id]
	}
	var arts []*article
	for _, id := range changed {
		if a := ix.arts[id]; a != nil && !is[a.n] {
			is[a.n] = true
			arts = append(arts, a)
		}
	}
	slices.SortFunc(arts, func(x, y *article) int { return strings.Compare(x.src.ID, y.src.ID) })
	// a name the changed ones made busy: its articles read other names
	added := map[string]int{}
	for _, a := range arts {
		for k := range a.names {
			added[k]++
		}
	}
	for k, c := range added {
		if n := len(ix.postings[k]); n > busyPosting && n-c <= busyPosting {
			for _, h := range ix.postings[k] {
				set[h.b.n] = true
			}
		}
	}
	keep := keeper(o)
	var kept []*article
	for _, a := range arts {
		if keep(a) { // else a candidate of no list
			kept = append(kept, a)
		}
	}
	// a list without a state, or found by a busy name too (Floor -1),
	// changes with any article sharing a name: each name read once
	names := map[string]bool{}
	for _, a := range kept {
		for k, n := range a.names {
			if !n.country && !names[k] {
				names[k] = true
				for _, h := range ix.postings[k] {
					if b := h.b.n; !is[b] && (!has[b] || stored[b].Floor < 0) {
						set[b] = true
					}
				}
			}
		}
	}
	type pair struct{ a, b *article }
	var enter []pair
	entrants := map[*article]int{}
	acc := ix.accum()
	for _, a := range kept {
		for k, n := range a.names {
			if n.country || len(ix.postings[k]) > busyPosting {
				continue
			}
			for _, h := range ix.postings[k] {
				if b := h.b; !is[b.n] && !set[b.n] {
					if a.about[k] && h.about {
						acc.add(b, About)
					} else {
						acc.add(b, Mention)
					}
				}
			}
		}
		// what they share by names, and a's every topic at most: the
		// decay only lowers it
		topics := Topic * float64(len(a.topics))
		for _, b := range acc.touched {
			w, floor := acc.w[b.n], stored[b.n].Floor
			if w+topics < floor {
				continue
			}
			w += Topic * float64(sharedTopics(a, b))
			if decay(w, a, b) >= floor {
				entrants[b]++
				enter = append(enter, pair{a, b})
			}
		}
		ix.done(acc)
		acc = ix.accum()
	}
	ix.done(acc)
	// does an entering article score in b's list? b's side, as Rank does
	scores := make([]bool, len(enter))
	err := parallel(ctx, len(enter), workers, func(i int) {
		a, b := enter[i].a, enter[i].b
		if set[b.n] {
			return // recomputed anyway
		}
		s := ix.shared(b, a)
		if s.happenings, s.copy = ix.happenings(b, a); s.copy {
			return
		}
		st := stored[b.n]
		sc := s.score(b, a)
		scores[i] = sc > 0 && (o.Limit <= 0 || st.Links < o.Limit || math.Round(sc*100)/100 >= st.Worst)
	})
	if err != nil {
		return nil, err
	}
	for i, p := range enter {
		if scores[i] {
			set[p.b.n] = true
		}
	}
	for b, n := range entrants {
		if n > stored[b.n].Slack {
			set[b.n] = true
		}
	}
	linked, err := linking(ctx, changed)
	if err != nil {
		return nil, err
	}
	for _, id := range linked {
		if b := ix.arts[id]; b != nil {
			set[b.n] = true
		}
	}
	var out []string
	for i, id := range ix.ids {
		if set[i] && !is[i] {
			out = append(out, id)
		}
	}
	return out, nil
}

// Stored is the list as graph.Relations stores it: ranked from 1,
// stamped with the article's fingerprint and at.
func (ix *Index) Stored(l List, at time.Time) graph.RelatedList {
	out := graph.RelatedList{ArticleID: l.Article.ID, Fingerprint: ix.Fingerprint(l.Article.ID), ComputedAt: at, Links: []graph.RelatedLink{},
		Floor: l.Floor, Slack: l.Slack}
	for i, k := range l.Related {
		out.Links = append(out.Links, graph.RelatedLink{Article: k.Article, Rank: i + 1, Score: k.Score, Reasons: k.Reasons})
	}
	return out
}
