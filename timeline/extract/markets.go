package extract

import (
	"slices"
	"strings"

	"github.com/storygraph/storygraph/timeline"
	"github.com/storygraph/storygraph/timeline/text"
)

// Markets. A stock market index ("the Hang Seng index", "the Nasdaq
// Composite", "the FTSE 100") rises and falls but neither acts nor speaks:
// it is no person, organisation or place (MEANTIME annotates it as a
// financial entity, which is none of the three), so the names found
// inside an index's name ("Hang Seng" read as someone's) are dropped
// (marketIndices). A market's move in the past tense ("Stock markets fell
// sharply on Monday", "Shares of Kestrel plunged 38%") is a happening of
// its own (marketMove), the news of a trading day, dated by its own time
// rather than by one of the clause that explains it ("..., as investors
// worried that a plan passed on Friday would not be enough").

// marketIndices drops the mentions inside the name of a market index, and
// so the entities named only there.
func (st *docState) marketIndices() {
	var drop []span
	for b := range st.blocks {
		drop = append(drop, indexSpans(st.text, st.blocks[b].toks)...)
	}
	if len(drop) == 0 {
		return
	}
	st.mentions = slices.DeleteFunc(st.mentions, func(m mention) bool {
		if !slices.ContainsFunc(drop, func(d span) bool { return m.start >= d.Start && m.end <= d.End }) {
			return false
		}
		if e := st.entities[m.id]; e != nil {
			e.Mentions = slices.DeleteFunc(e.Mentions, func(x timeline.Mention) bool { return x.Start == m.start && x.End == m.end })
		}
		return true
	})
}

// indexSpans returns where the tokens name a market index: a name of
// indexNames ("FTSE 100"; an ambiguous one only before a market's move),
// or a capitalised run that an index's head word ends ("Shanghai
// Composite", "Dow Jones Industrial Average") or is followed by ("the
// Kessa 40 index").
func indexSpans(txt string, toks []text.Token) []span {
	var out []span
	for i := 0; i < len(toks); i++ {
		if !toks[i].Upper {
			continue
		}
		if n := indexNameAt(txt, toks, i); n > 0 {
			out = append(out, span{toks[i].Start, toks[i+n-1].End})
			i += n - 1
			continue
		}
		j := i + 1
		for j < len(toks) && !toks[j-1].Possessive && joined(txt, toks[j-1], toks[j]) && (toks[j].Upper || isDigit(toks[j].Key[0])) {
			j++
		}
		// (a run that is none is read again from its next word: "The Dow
		// closed")
		switch {
		case j-1 > i && indexHeads[toks[j-1].Key]:
			out = append(out, span{toks[i].Start, toks[j-1].End})
			i = j - 1
		case j < len(toks) && (toks[j].Key == "index" || toks[j].Key == "indices") && !toks[j-1].Possessive && joined(txt, toks[j-1], toks[j]):
			out = append(out, span{toks[i].Start, toks[j].End})
			i = j
		}
	}
	return out
}

// indexFirstWords are the first words of indexNames, to try a name only
// where one can start.
var indexFirstWords = func() map[string]bool {
	m := map[string]bool{}
	for name := range indexNames {
		first, _, _ := strings.Cut(name, " ")
		m[first] = true
	}
	return m
}()

// indexNameAt returns how many tokens from i name an index of indexNames,
// the longest name first, or 0.
func indexNameAt(txt string, toks []text.Token, i int) int {
	if !indexFirstWords[toks[i].Key] {
		return 0
	}
	for n := min(5, len(toks)-i); n > 0; n-- {
		keys := make([]string, n)
		for q := range n {
			keys[q] = toks[i+q].Key
			if q > 0 && !joined(txt, toks[i+q-1], toks[i+q]) {
				keys = nil
				break
			}
		}
		ambiguous, ok := indexNames[strings.Join(keys, " ")]
		if keys == nil || !ok {
			continue
		}
		if ambiguous && !slices.ContainsFunc(toks[i+n:min(i+n+4, len(toks))], func(t text.Token) bool { return marketMoves[t.Key] }) {
			return 0
		}
		return n
	}
	return 0
}

// joined reports whether two tokens are written as one name: a space, an
// ampersand, a hyphen or a slash between them ("S&P/ASX 200").
func joined(txt string, a, b text.Token) bool {
	return indexJoins[txt[a.End:b.Start]]
}

// marketMove reports whether token k is a market's move in the past
// tense: a marketVerbs word after a market's words (marketSubjects, or a
// capitalised index word) within the six words before it. A running
// total ("The index has gained 12% so far this year") is no move of a
// day.
func marketMove(toks []text.Token, k int) bool {
	if !marketVerbs[toks[k].Key] || toks[k].Upper || k > 0 && (toks[k-1].Key == "has" || toks[k-1].Key == "have") {
		return false
	}
	return slices.ContainsFunc(toks[max(0, k-6):k], func(t text.Token) bool {
		return marketSubjects[t.Key] || t.Upper && indexWords[t.Key]
	})
}
