package chronology

import (
	"sort"

	"github.com/storygraph/storygraph/timeline"
)

// Importance is how much an entry matters in its chronology, for picking
// the key entries of a story (Key):
//
//   - Sources: how many articles report it (each once). A happening many
//     outlets covered is a milestone; one line in one article is detail.
//   - Connections: how connected its participants are, the sum over its
//     participants (each once, folded) of the other entries of the same
//     chronology they take part in. A meeting of the story's main actors
//     outranks one of a person who appears once.
//
// Entries compare by Sources, then Connections; Key breaks remaining ties
// by chronological order (the earlier entry first), so the choice never
// depends on a store or a map's order.
type Importance struct {
	Sources, Connections int
}

// Score is the Importance of each entry of entries, in their order.
func Score(entries []Entry) []Importance {
	keys := make([][]string, len(entries))
	count := map[string]int{}
	for i, e := range entries {
		seen := map[string]bool{}
		for _, p := range e.Participants {
			k := string(p.Type) + ":" + timeline.Fold(p.Name)
			if !seen[k] {
				seen[k] = true
				keys[i] = append(keys[i], k)
				count[k]++
			}
		}
	}
	out := make([]Importance, len(entries))
	for i, e := range entries {
		out[i].Sources = len(e.Articles())
		for _, k := range keys[i] {
			out[i].Connections += count[k] - 1
		}
	}
	return out
}

// Key keeps the n most important entries (see Importance) of a
// chronology, in their chronological order: the 12 to 20 slides a
// TimelineJS embed or a briefing wants. n < 1 or n >= len(entries) keeps
// them all.
func Key(entries []Entry, n int) []Entry {
	if n < 1 || n >= len(entries) {
		return entries
	}
	score := Score(entries)
	rank := make([]int, len(entries))
	for i := range rank {
		rank[i] = i
	}
	sort.SliceStable(rank, func(a, b int) bool {
		sa, sb := score[rank[a]], score[rank[b]]
		if sa.Sources != sb.Sources {
			return sa.Sources > sb.Sources
		}
		return sa.Connections > sb.Connections
	})
	keep := rank[:n]
	sort.Ints(keep)
	out := make([]Entry, 0, n)
	for _, i := range keep {
		out = append(out, entries[i])
	}
	return out
}
