package extract

import (
	"slices"
	"strings"

	"github.com/storygraph/storygraph/timeline"
	"github.com/storygraph/storygraph/timeline/text"
)

// The clause stage, in two steps around the trigger stage: markAsides
// finds what the trigger must look past (quotes, relative clauses, a
// leading phrase), cutClause what the trigger's own clause leaves out (a
// clause joined after a past happening, participle phrases).

// markAsides marks the tokens a trigger outside them outranks: words
// inside a direct quote ("“They struck our cities,” Zelenskyy said" is his
// statement), inside a relative clause (", who hosted the previous rounds
// in May," is about someone, not the happening the sentence reports) and
// inside a leading phrase ("Following the visit ..., X answered": the
// phrase names earlier happenings, see leadingEvents; the main clause
// decides).
func markAsides(s *sentence) {
	toks, base := s.toks, s.span.Start
	s.aside = quotedTokens(s.text, base, toks)
	s.rel = append(relativeClauses(s.text, base), thatlessClauses(s.text, base)...)
	for i := range s.rel {
		s.rel[i].End = restrictiveEnd(s, s.rel[i])
	}
	for k, t := range toks {
		if inside(s.rel, t.Start, t.End) {
			if s.aside == nil {
				s.aside = map[int]bool{}
			}
			s.aside[k] = true
		}
	}
	// "During the conversation, the Head of State thanked ...": the
	// phrase names the setting; the main clause says what happened
	s.settingEnd = 0
	if len(toks) > 0 && toks[0].Key == "during" {
		s.settingEnd = openingPhraseEnd(s)
	}
	s.leadEnd = base
	if lead := leadPhraseEnd(s.text, toks, base); lead > 0 {
		if comma := lead - base; comma > 0 {
			s.leadEnd = base + comma
			if s.aside == nil {
				s.aside = map[int]bool{}
			}
			for k := range toks {
				if toks[k].Start < base+comma {
					s.aside[k] = true
				}
			}
		}
	}
}

// cutClause ends the trigger's clause where a clause joined after a past
// happening with ", and" begins: the happening keeps its date, status,
// certainty, places and names whatever that clause says ("The march began
// at 6:52 a.m. on Monday, and is expected to last about nine hours" began
// last Monday; it is not scheduled or speculative). Participle phrases
// after the happening ("agreements reached during the state visit to
// Astana in November 2025") describe something else, like a relative
// clause, except in a statement.
func (st *docState) cutClause(s *sentence) {
	toks, trig := s.toks, s.trig
	s.clause = toks
	past := false
	for k := max(trig, 0); trig >= 0 && k < len(toks); k++ {
		// "Nordvik agreed to sell ...; the sale is expected to close in
		// May": a semicolon ends the happening's clause
		if k > trig && strings.Contains(st.text[toks[k-1].End:toks[k].Start], ";") {
			s.clause = toks[:k]
			break
		}
		// (", and to Prime Minister Mette Frederiksen": the same verb's
		// second object, no clause)
		if toks[k].Key == "and" && past && k > 0 && (strings.Contains(st.text[toks[k-1].End:toks[k].Start], ",") ||
			k+1 < len(toks) && toks[k+1].Key == "will") && !(k+1 < len(toks) && (toks[k+1].Key == "to" || toks[k+1].Key == "with")) {
			// ("opened on Monday and will run until May 3": what is to
			// come is another clause)
			s.clause = toks[:k]
			break
		}
		if _, ok := triggers[toks[k].Key]; ok && pastTense(toks[k].Key) {
			past = true
		}
	}
	if j := st.joinPoint(s); j > 0 && j < len(s.clause) {
		s.clause, s.join = toks[:j], j
	}
	s.clauseEnd = s.span.End
	if len(s.clause) < len(toks) {
		s.clauseEnd = toks[len(s.clause)].Start
	}
	if s.kind != timeline.KindStatement {
		s.reduced = reducedRelatives(s.text, s.span.Start, toks, trig)
	}
	s.reduced = append(s.reduced, appositiveParticiples(s.text, s.span.Start, toks, trig)...)
	s.rel = append(s.rel, s.reduced...)
}

// appositiveParticiples finds participle phrases set off by commas before
// the trigger (anywhere when there is none), about the one named before them: "Halvorsen, born in
// Trondheim on March 11, 1961, has built ...", "The firm, led by Mara
// Lindqvist since June 2014, unveiled ...". Their dates and places are that
// one's, not the happening's. The phrase runs to the next comma that is
// not inside a date ("March 11, 1961").
func appositiveParticiples(sentence string, base int, toks []text.Token, trig int) []span {
	var out []span
	if trig < 0 {
		trig = len(toks)
	}
	// (one opening the sentence too: "Born in 1950 in Leeds, she joined
	// the paper in 1974", "Founded in 1998, the firm ...")
	for k := 0; k < trig && k+1 < len(toks); k++ {
		if !participle(toks[k].Key) || !participlePreps[toks[k+1].Key] || k > 0 && strings.TrimSpace(sentence[toks[k-1].End-base:toks[k].Start-base]) != "," {
			continue
		}
		start, end := toks[k].Start-base, len(sentence)
		for i := start; i < len(sentence); i++ {
			if sentence[i] == ',' && !(i+2 < len(sentence) && sentence[i+1] == ' ' && sentence[i+2] >= '0' && sentence[i+2] <= '9') {
				end = i
				break
			}
		}
		out = append(out, span{base + start, base + end})
	}
	return out
}

// quotedTokens marks the tokens inside quotation marks (straight or curly)
// of a sentence that starts at offset base of the text.
func quotedTokens(sentence string, base int, toks []text.Token) map[int]bool {
	// (no opening quote, no quotation: most sentences are told so at a
	// glance rather than rune by rune)
	if !strings.Contains(sentence, "“") && strings.IndexByte(sentence, '"') < 0 && strings.IndexByte(sentence, '`') < 0 {
		return nil
	}
	var spans [][2]int
	open := -1
	for i, r := range sentence {
		// (`` and '' are the quotes of text tokenised as the Penn
		// Treebank does: the MEANTIME and TimeLine texts)
		switch {
		case r == '“' || (r == '"' || r == '`' && strings.HasPrefix(sentence[i:], "``")) && open < 0:
			open = i
		case (r == '”' || r == '"' || r == '\'' && strings.HasPrefix(sentence[i:], "''")) && open >= 0:
			spans = append(spans, [2]int{base + open, base + i})
			open = -1
		}
	}
	if len(spans) == 0 {
		return nil
	}
	q := map[int]bool{}
	for k, t := range toks {
		for _, sp := range spans {
			if t.Start > sp[0] && t.End <= sp[1] {
				q[k] = true
			}
		}
	}
	return q
}

// restrictiveEnd ends a "who" clause no comma opened where the
// sentence's own verb begins: "The chief executive who founded the firm
// stepped down on Wednesday" (not the founding), "A director who joined
// the board last year resigned on Tuesday" (not last year). That verb is
// the first trigger after the clause's own, its auxiliary with it ("was
// arrested"); one after a new subject ("who said he attacked") is still
// the clause's.
func restrictiveEnd(s *sentence, sp span) int {
	toks := s.toks
	at := tokIndex(toks, sp.Start)
	if at < 1 || at+2 >= len(toks) || toks[at].Key != "who" && toks[at].Key != "whose" || strings.HasSuffix(strings.TrimRight(s.text[:toks[at].Start-s.span.Start], " "), ",") {
		return sp.End
	}
	own := at + 1 // the clause's own verb, after its auxiliaries ("who had been held")
	if toks[at].Key == "whose" {
		// after the clause's own subject: "The carmaker whose shares fell
		// in March announced a buyback", "A farmer whose barn burned down
		// in 2019 sued the council"
		own = at + 2
		for own+1 < len(toks) && own < at+5 && !verbLike(toks[own].Key) {
			if _, ok := triggerAt(s, own); ok && !toks[own].Upper && pastTense(toks[own].Key) {
				break
			}
			own++
		}
	}
	for own+1 < len(toks) && clauseAux[toks[own].Key] {
		own++
	}
	for k := own + 1; k < len(toks) && toks[k].End <= sp.End; k++ {
		if subjectPronouns[toks[k].Key] {
			return sp.End
		}
		if _, ok := triggerAt(s, k); !ok || toks[k].Upper || determiners[toks[k-1].Key] {
			continue
		}
		if passiveAux[toks[k-1].Key] || toks[k-1].Key == "has" || toks[k-1].Key == "have" {
			k--
		}
		return toks[k-1].End
	}
	return sp.End
}

// relativeClauses returns the spans of ", who ...," and ", which ...,"
// clauses, and of "that was ..." after a noun ("a valve that was
// identified during Thursday's test"), to the next comma or the end.
func relativeClauses(sentence string, base int) []span {
	var out []span
	for _, w := range relativeOpeners {
		from := 0
		for {
			i := strings.Index(sentence[from:], w)
			if i < 0 {
				break
			}
			start := from + i + len(w) - len(strings.TrimLeft(w, ", "))
			end := toComma(sentence, start)
			// (", whose" is found by " whose " too: one clause)
			if !slices.ContainsFunc(out, func(sp span) bool { return sp.Start == base+start }) {
				out = append(out, span{base + start, base + end})
			}
			from = end
			if from >= len(sentence) {
				break
			}
		}
	}
	return out
}

// leadPhraseEnd returns the offset of the comma closing a leading
// "Following ..., " or "After ..., " phrase, or -1. The phrase must be a
// noun phrase: a past-tense verb in it ("After the summit Putin met
// Zelenskyy in Geneva, officials said") makes it a clause, not a phrase.
func leadPhraseEnd(sentence string, toks []text.Token, base int) int {
	if len(toks) == 0 || !leadWords[toks[0].Key] {
		return -1
	}
	comma := strings.IndexByte(sentence, ',')
	if comma < 0 {
		return -1
	}
	n := 0
	for _, t := range toks {
		if t.Start >= base+comma {
			break
		}
		n++
		if _, ok := triggers[t.Key]; ok && pastTense(t.Key) {
			return -1
		}
	}
	if n > 14 {
		return -1
	}
	return base + comma
}

// reducedRelatives finds participle phrases after the trigger that qualify
// a noun: "agreements reached during ...", "progress made in ...". The
// participle follows a lowercase noun (not an auxiliary, pronoun or
// conjunction) and a preposition follows it; the phrase runs to the next
// comma.
func reducedRelatives(sentence string, base int, toks []text.Token, trig int) []span {
	var out []span
	// (", the airline announced on Monday" closes the sentence with its
	// source: a verb, not a participle)
	attribution := trailingAttribution(sentence, base, toks)
	for k := max(trig+2, 1); trig >= 0 && k+1 < len(toks); k++ {
		w, prev := toks[k].Key, toks[k-1]
		if !participle(w) || prev.Upper || notNouns[prev.Key] || !participlePreps[toks[k+1].Key] || k == attribution {
			continue
		}
		start := toks[k].Start - base
		out = append(out, span{base + start, base + toComma(sentence, start)})
	}
	return out
}

// inside reports whether [start, end) lies within one of the spans.
func inside(spans []span, start, end int) bool {
	for _, r := range spans {
		if start >= r.Start && end <= r.End {
			return true
		}
	}
	return false
}

// thatlessClauses finds relative clauses with no "that" in a noun phrase
// after a comma: ", the music label it bought in 2019", ", a firm she
// founded in 1998": what the clause tells is about the thing, not the
// happening the sentence reports, up to the next comma.
func thatlessClauses(sentence string, base int) []span {
	var out []span
	for from := 0; ; {
		i := strings.Index(sentence[from:], ", ")
		if i < 0 {
			return out
		}
		start := from + i + 2
		end := toComma(sentence, start)
		w := strings.Fields(sentence[start:end])
		// the, one to three words, a pronoun, a verb in the past; not a
		// noun that renames the happening itself ("will cut 500 jobs, a
		// move it announced on Monday": its time is the cut's)
		if len(w) >= 4 && (w[0] == "the" || w[0] == "a" || w[0] == "an") {
			for k := 2; k <= 4 && k+1 < len(w); k++ {
				if renamesHappening(w[1:k]) {
					break
				}
				if subjectPronouns[w[k]] && pastTense(strings.ToLower(w[k+1])) {
					out = append(out, span{base + start, base + end})
					break
				}
			}
		}
		from = start
	}
}

// renamesHappening reports whether the words of a noun phrase name a
// happening or an outcome ("a move", "a decision", "the deal"), not a
// thing or a party.
func renamesHappening(words []string) bool {
	for _, w := range words {
		w = strings.ToLower(w)
		if _, ok := triggers[w]; ok || outcomeNouns[w] {
			return true
		}
	}
	return false
}

// toComma is the offset of the first comma at or after start, or the end.
func toComma(sentence string, start int) int {
	if end := strings.IndexByte(sentence[start:], ','); end >= 0 {
		return start + end
	}
	return len(sentence)
}

func participle(w string) bool {
	return len(w) > 4 && strings.HasSuffix(w, "ed") && !unAdjectives[w] || irregularParticiples[w]
}
