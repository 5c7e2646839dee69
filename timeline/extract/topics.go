package extract

import (
	"slices"
	"sort"

	"github.com/storygraph/storygraph/timeline"
	"github.com/storygraph/storygraph/timeline/article"
	"github.com/storygraph/storygraph/timeline/text"
)

// topicsOf returns the sorted topic ids of a sentence: its keywords, its
// section heading's keywords, topic entities among its participants, and
// the article's main topic (every happening an article on the peace talks
// reports belongs to that story's chronology) when the happening's kind
// is one the main topic is made of (a meeting told in an article on air
// strikes is no attack; gazetteer.Topic.Kinds).
func (st *docState) topicsOf(bi int, toks []text.Token, parts []timeline.Participant, kind timeline.Kind) []string {
	g := st.x.Gazetteer
	found := map[string]bool{}
	for _, m := range g.Keywords(toks) {
		found[m.Topic.ID] = true
	}
	if h := st.blocks[bi].heading; h >= 0 {
		for _, m := range g.Keywords(st.blocks[h].toks) {
			found[m.Topic.ID] = true
		}
	}
	if st.mainTopic != "" && (len(st.mainKinds) == 0 || slices.Contains(st.mainKinds, string(kind))) {
		found[st.mainTopic] = true
	}
	for _, t := range g.Topics {
		for _, name := range t.Entities {
			for _, p := range parts {
				if p.Name == name {
					found[t.ID] = true
				}
			}
		}
	}
	out := make([]string, 0, len(found))
	for id := range found {
		out = append(out, id)
	}
	sort.Strings(out)
	return out
}

// findMainTopic picks the article's dominant topic: the one with most
// keyword hits, title hits counting three times, if it has at least three.
// Ties go to the topic listed first in the gazetteer.
func (st *docState) findMainTopic() {
	g := st.x.Gazetteer
	score := map[string]int{}
	for _, b := range st.blocks {
		w := 1
		if b.kind == article.KindTitle {
			w = 3
		}
		for _, m := range g.Keywords(b.toks) {
			score[m.Topic.ID] += w
		}
	}
	best := 0
	for _, t := range g.Topics {
		if sc := score[t.ID]; sc > best {
			best, st.mainTopic, st.mainKinds = sc, t.ID, t.Kinds
		}
	}
	if best < 3 {
		st.mainTopic, st.mainKinds = "", nil
	}
}
