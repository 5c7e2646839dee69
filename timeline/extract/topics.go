package extract

import (
	"slices"
	"sort"

	"github.com/storygraph/storygraph/timeline"
	"github.com/storygraph/storygraph/timeline/article"
	"github.com/storygraph/storygraph/timeline/gazetteer"
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
	for _, m := range st.keywordsIn(bi, toks) {
		found[m.Topic.ID] = true
	}
	if h := st.blocks[bi].heading; h >= 0 {
		for _, m := range st.blockKeywords(h) {
			found[m.Topic.ID] = true
		}
	}
	if st.mainTopic != "" && (len(st.mainKinds) == 0 || slices.Contains(st.mainKinds, string(kind))) {
		found[st.mainTopic] = true
	}
	for _, p := range parts {
		for _, t := range g.EntityTopics(p.Name) {
			found[t.ID] = true
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
	for bi, b := range st.blocks {
		w := 1
		if b.kind == article.KindTitle {
			w = 3
		}
		for _, m := range st.blockKeywords(bi) {
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

// blockKeywords are the topic keywords of block bi, found once per block
// (st.keywords): the main topic reads every block, and each sentence
// reads its own and its section heading's again.
func (st *docState) blockKeywords(bi int) []gazetteer.Match {
	if st.keywords == nil {
		st.keywords = make([][]gazetteer.Match, len(st.blocks))
	}
	if st.keywords[bi] == nil {
		st.keywords[bi] = st.x.Gazetteer.Keywords(st.blocks[bi].toks)
		if st.keywords[bi] == nil {
			st.keywords[bi] = []gazetteer.Match{} // found: none
		}
	}
	return st.keywords[bi]
}

// keywordsIn is Keywords(toks) for toks a run of block bi's tokens, with
// FirstTok counted in the block: the block's keywords that lie inside the
// run (Keywords tries every word on its own, so a keyword inside the run
// is found the same in the block).
func (st *docState) keywordsIn(bi int, toks []text.Token) []gazetteer.Match {
	bt := st.blocks[bi].toks
	if len(toks) == 0 {
		return nil
	}
	lo := tokIndex(bt, toks[0].Start)
	hi := lo + len(toks)
	if hi > len(bt) || bt[lo].Start != toks[0].Start || bt[hi-1].Start != toks[len(toks)-1].Start {
		return st.x.Gazetteer.Keywords(toks) // not the block's own tokens
	}
	// (the block's keywords are in the order of their first words)
	all := st.blockKeywords(bi)
	i := sort.Search(len(all), func(i int) bool { return all[i].FirstTok >= lo })
	j := sort.Search(len(all), func(j int) bool { return all[j].FirstTok >= hi })
	in := all[i:j:j]
	if !slices.ContainsFunc(in, func(m gazetteer.Match) bool { return m.FirstTok+m.NTok > hi }) {
		return in
	}
	return slices.DeleteFunc(slices.Clone(in), func(m gazetteer.Match) bool { return m.FirstTok+m.NTok > hi })
}
