package extract

import (
	"strings"

	"github.com/storygraph/storygraph/timeline"
	"github.com/storygraph/storygraph/timeline/text"
)

// modality decides how the happening stands: its status (happened,
// scheduled, ongoing, cancelled, postponed), its certainty (asserted, claimed, speculative, denied) and
// who asserts it.
func (st *docState) modality(s *sentence) {
	s.status = statusOf(s)
	s.certainty = hedgeOf(s)
	if s.speaker >= 0 {
		st.speakerOf(s)
	}
	// "Drones struck Odesa, the governor said": attributed after the fact
	// (", according to ..." is claimed already, but says by whom)
	if s.kind != timeline.KindStatement && s.speaker < 0 && s.certainty != timeline.CertaintySpeculative {
		st.trailingSpeaker(s)
	}
	if s.kind != timeline.KindStatement && s.speaker < 0 && s.certainty == timeline.CertaintyAsserted {
		st.leadingAccording(s)
	}
}

// leadingAccording reads an opening "According to the Kremlin, ...": the
// happening after it is claimed, by the name in the phrase, who is its
// source and not one who acts.
func (st *docState) leadingAccording(s *sentence) {
	toks := s.toks
	if len(toks) < 3 || toks[0].Key != "according" || toks[1].Key != "to" || s.trig < 3 {
		return
	}
	s.certainty = timeline.CertaintyClaimed
	s.speaker = 0
	for _, m := range s.mentions {
		ti := tokIndex(toks, m.start)
		if ti >= s.trig || strings.Contains(st.text[toks[0].Start:m.start], ",") {
			break
		}
		if m.typ == timeline.Person || m.typ == timeline.Organization {
			s.assertedBy = st.entities[m.id].Name
			break
		}
	}
}

// statusOf: scheduled for a future time or word in the trigger's clause
// (or travel in the present progressive), ongoing for a continuing
// happening, else happened.
func statusOf(s *sentence) timeline.Status {
	kind, toks, trig := s.kind, s.toks, s.trig
	status := timeline.StatusHappened
	own := s.modalTokens()
	if trig >= 0 && pastTense(toks[trig].Key) && !s.aside[trig] {
		// "agreed on the command of a force, which will be based in
		// Kyiv": what a relative clause says is to come is the thing's,
		// not the happening's
		own = s.outsideAsides(own)
	}
	switch {
	case s.future || futureIn(own) || (kind == timeline.KindTravel && progressive(toks, trig)):
		status = timeline.StatusScheduled
	case kind != timeline.KindStatement && (anyKey(own, ongoingWords) || s.since || kind != timeline.KindTravel && progressive(toks, trig) ||
		((kind == timeline.KindAttack || kind == timeline.KindCasualty) && perfect(toks, trig))):
		status = timeline.StatusOngoing
	}
	if kind == timeline.KindMeeting && strings.Contains(s.text, "scheduled") {
		status = timeline.StatusScheduled
	}
	if off := calledOff(s, own); kind != timeline.KindStatement && off != "" {
		status = off
	}
	return status
}

// outsideAsides are the tokens of toks outside a relative clause, a
// quote or a leading phrase (s.aside).
func (s *sentence) outsideAsides(toks []text.Token) []text.Token {
	first := len(s.toks)
	for k := range s.aside {
		first = min(first, k)
	}
	if first == len(s.toks) {
		return toks
	}
	out := make([]text.Token, 0, len(toks))
	for _, t := range toks {
		if k := tokIndex(s.toks, t.Start); k < 0 || !s.aside[k] {
			out = append(out, t)
		}
	}
	return out
}

// pastBefore reports a past-tense verb before token k.
func pastBefore(toks []text.Token, k int) bool {
	for _, t := range toks[:k] {
		if !t.Upper && pastTense(t.Key) {
			return true
		}
	}
	return false
}

// calledOff is the status of a happening called off or put off in its
// own clause (toks), or "": cancelled for "The summit was cancelled",
// "called off the visit"; postponed for "The summit has been postponed",
// "postponed the talks until further notice" (but "postponed to June" is
// put off to a new date: scheduled, as its date says).
func calledOff(s *sentence, toks []text.Token) timeline.Status {
	for k, t := range toks {
		switch {
		case t.Upper:
		case k > 0 && negations[toks[k-1].Key]:
			// "The talks were not cancelled": they stand
		case cancelWords[t.Key]:
			return timeline.StatusCancelled
		case postponeWords[t.Key] && !(k > 0 && determiners[toks[k-1].Key]) && !(k+1 < len(toks) && postponedTo[toks[k+1].Key] && s.dateAt(toks[k+1].End)):
			return timeline.StatusPostponed
		case t.Key == "called" && k+1 < len(toks) && toks[k+1].Key == "off":
			return timeline.StatusCancelled
		}
	}
	return ""
}

// dateAt reports whether one of the sentence's time expressions opens
// right after text offset off ("to March", "until 14 April").
func (s *sentence) dateAt(off int) bool {
	for _, e := range s.found {
		if gap := s.span.Start + e.Start - off; gap >= 0 && gap <= 5 && e.Precision != "" && !strings.HasPrefix(e.Value, "P") {
			return true
		}
	}
	return false
}

// quoteBefore reports whether a quote stands before the statement's verb.
func (s *sentence) quoteBefore() bool {
	for k := 0; k < s.speaker; k++ {
		if s.aside[k] && !inside(s.rel, s.toks[k].Start, s.toks[k].End) {
			return true
		}
	}
	return false
}

// modalTokens are the words that tell the happening's status: its
// clause, less a quote or the reported clause when the happening is the
// saying of it ("“We will win,” said Zelenskyy", "Verhoeven said the
// company would close two plants": she said it; what will be is what she
// said).
func (s *sentence) modalTokens() []text.Token {
	if q := s.settledClause(); q > 0 {
		return s.clause[:q]
	}
	if s.kind != timeline.KindStatement || s.speaker < 0 || s.aside[s.speaker] {
		return s.clause
	}
	// (a stance, "has been clear: he'll only sign if ...", is the
	// position it states)
	// (not when a quote before the verb is what was said: "“We agreed
	// ...,” the President said after the meeting" has no clause after it)
	if q := clauseMarker(s.clause, s.speaker); q > 0 && s.toks[s.speaker].Key != "clear" && !s.quoteBefore() {
		return s.clause[:q]
	}
	// "The plan, Rubio said on Monday, would be ready next week": the
	// reporting clause alone
	if lo, hi, ok := parenthetical(s.text, s.span.Start, s.toks, s.speaker); ok {
		var own []text.Token
		for _, t := range s.clause {
			if t.Start-s.span.Start >= lo && t.End-s.span.Start <= hi {
				own = append(own, t)
			}
		}
		return own
	}
	own := make([]text.Token, 0, len(s.clause))
	for k, t := range s.clause {
		if !s.aside[k] {
			own = append(own, t)
		}
	}
	return own
}

// settledClause is where the clause an agreement or decision in the past
// settles, or a participle what it brings about, begins ("We agreed last
// year that the programme would be extended": the agreement happened,
// what it settles is to come), or 0.
func (s *sentence) settledClause() int {
	if s.trig < 0 || s.kind != timeline.KindAgreement && s.kind != timeline.KindDecision || !pastTense(s.toks[s.trig].Key) {
		return 0
	}
	if q := clauseMarker(s.clause, s.trig); q > 0 && q < len(s.clause) {
		return q
	}
	// "signed a treaty, committing both countries to exercises from next
	// year": what it brings about is to come
	if q := s.consequenceAt(); q > 0 && q < len(s.clause) {
		return q
	}
	return 0
}

// futureIn reports a word of the future among the tokens: one of
// futureWords, one of futureBeforeTo before "to", or a modal of
// possibility before a verb.
func futureIn(toks []text.Token) bool {
	for k, t := range toks {
		// "arrived ... ahead of a launch targeted for April 5": what comes
		// after "ahead of" is the deadline, not the happening
		if t.Key == "ahead" && k+1 < len(toks) && toks[k+1].Key == "of" {
			return false
		}
		next := ""
		if k+1 < len(toks) {
			next = toks[k+1].Key
		}
		switch {
		case (t.Key == "upcoming" || t.Key == "next") && k >= 2 && determiners[toks[k-1].Key] && prepositions[toks[k-2].Key]:
			// "congratulated him on the upcoming holiday", "discussed
			// preparations for the next summit": a thing to come is the
			// object, not the happening
			continue
		case (t.Key == "next" || t.Key == "following") && k >= 1 && toks[k-1].Key == "the" && (timeUnits[next] || anchoredDayParts[next]):
			// "met officials there the next day": a day counted from the
			// story, afterwards, not still to come
			continue
		case (t.Key == "next" || t.Key == "upcoming") && k >= 2 && determiners[toks[k-1].Key] && pastTense(toks[k-2].Key):
			// "discussed the next steps": what comes next is the object of
			// a happening in the past
			continue
		case futureBeforeTo[t.Key] && next == "to" && k+3 < len(toks) && (toks[k+3].Key == "has" || toks[k+3].Key == "have"):
			// "Each text they planned to sign has been signed": the plan
			// names what the perfect says is done
			continue
		case t.Key == "later" && (k >= 1 && timeUnits[toks[k-1].Key] || pastTense(next) || saidVerbs[next] || next == "that" || pastBefore(toks, k) && !untilWords[toks[k-1].Key]):
			// "two days later", "later wrote", "later that day", "joined
			// them later": afterwards, in a story told in the past (not
			// "postponed until later in the month")
			continue
		case (t.Key == "upcoming" || t.Key == "next") && k >= 1 && (toks[k-1].Key == "before" || k >= 2 && toks[k-1].Key == "of" && toks[k-2].Key == "ahead"):
			// "discussed energy security ahead of next winter": what
			// comes next is the deadline, not the happening
			continue
		case futureBeforeTo[t.Key] && next == "to" && k >= 1 && (prepositions[toks[k-1].Key] || determiners[toks[k-1].Key] || toks[k-1].Key == "over" || toks[k-1].Key == "out"):
			// "over plans to automate two terminals", "its plan to", "set
			// out plans to": a noun, the plan's object still to come, not
			// the happening
			continue
		case futureWords[t.Key], futureBeforeTo[t.Key] && next == "to", aheadTo(toks, k):
			return true
		case modalsOfPossibility[t.Key] && !t.Upper && next != "" && next != "have" && next != "be" && next != "not":
			// "could meet", "might sign": a possibility still to come
			// ("could have met" is past; "may be" describes)
			return true
		}
	}
	return false
}

// aheadTo reports an intention or expectation in the present at token k
// whose "to" and verb follow ("hopes to reopen", "is to resume", "expect
// the channel to reopen", "intends the plant to open"): the verb after
// "to" is still to come. Lower-case words only, and the verb after "to"
// no noun's article or number ("expect sales to the US").
func aheadTo(toks []text.Token, k int) bool {
	w := toks[k].Key
	if toks[k].Upper || !futureIntentTo[w] && !futureObjectTo[w] {
		return false
	}
	// "unveiled a plan to halve costs", "its aim to": after a determiner
	// the word is a noun, the object of the happening, not an intention
	// in the present
	if k > 0 && determiners[toks[k-1].Key] {
		return false
	}
	upto := k + 1
	if futureObjectTo[w] {
		upto = k + 5
	}
	for q := k + 1; q <= upto && q+1 < len(toks); q++ {
		switch {
		case toks[q].Key == "to":
			// "is to resume", not "is to blame": after a bare "is" the
			// verb must be a happening
			v := toks[q+1]
			_, happening := triggers[v.Key]
			return !v.Upper && !determiners[v.Key] && !isDigit(v.Key[0]) && (happening || !passiveAux[w])
		case objectStops[toks[q].Key]:
			return false
		}
	}
	return false
}

// hedgeOf: speculative for a hedge word in the trigger's clause (in a
// statement that reports a clause, before the reporting verb: "Kallas
// said the bloc would ..." is what she said), claimed for a happening
// that is attributed ("reportedly", "X said drones struck").
func hedgeOf(s *sentence) timeline.Certainty {
	hedged := s.clause
	if s.kind == timeline.KindStatement && s.speaker >= 0 && reportsClause(s.toks, s.speaker) {
		hedged = s.toks[:s.speaker] // "Kallas said the bloc would ...": she said it
	} else if q := s.settledClause(); q > 0 {
		hedged = s.clause[:q] // "agreed that the programme would be extended": agreed
	} else if q := s.becauseClause(); q > 0 {
		hedged = s.toks[:q] // "fell on Monday, as investors feared the plan would fail": fell
	}
	switch {
	case s.kind != timeline.KindStatement && negated(s):
		return timeline.CertaintyDenied
	case anyKeyLower(hedged, speculativeWords):
		return timeline.CertaintySpeculative
	case s.kind != timeline.KindStatement && (claimed(s.toks) || s.speaker >= 0 && s.trig > s.speaker):
		return timeline.CertaintyClaimed
	}
	return timeline.CertaintyAsserted
}

// becauseClause returns the token after the trigger that opens, after a
// comma, a clause of why or amid what it happened (", as investors
// worried ...", ", because ..."), or 0: a hedge there is the clause's,
// not the happening's.
func (s *sentence) becauseClause() int {
	if s.trig < 0 {
		return 0
	}
	for q := s.trig + 1; q < len(s.toks); q++ {
		if causeOpeners[s.toks[q].Key] && strings.HasSuffix(strings.TrimSpace(s.between(q)), ",") {
			return q
		}
	}
	return 0
}

// speakerOf names who says it: a person or organisation acting, else a
// country named before the reporting verb, else a name right after it
// ("..., said Zelenskyy", who then acts: speakerNamedAfter). A denial
// disputes what it reports.
func (st *docState) speakerOf(s *sentence) {
	toks, speaker := s.toks, s.speaker
	for _, p := range s.parts {
		if p.Role == "agent" && p.Type != timeline.Place {
			s.assertedBy = p.Name
			break
		}
	}
	for _, p := range s.parts {
		if s.assertedBy == "" && p.Role == "agent" && p.Type == timeline.Place && tokIndexOfName(st, toks, p.Name) < speaker {
			s.assertedBy = p.Name
		}
	}
	if s.assertedBy == "" {
		for _, m := range s.mentions {
			if ti := tokIndex(toks, m.start); (m.typ == timeline.Person || m.typ == timeline.Organization) && ti > speaker && ti <= speaker+3 {
				s.assertedBy = st.entities[m.id].Name
				s.speakerNamedAfter = true
				break
			}
		}
	}
	// "Ukraine denied that its forces had struck a hotel": the strike is
	// reported only as denied, by the one who denies it
	if s.kind != timeline.KindStatement && denials[toks[speaker].Key] {
		s.certainty = timeline.CertaintyDenied
	}
}

// trailingSpeaker reads a closing ", the governor said": the happening is
// claimed, by the name nearest the reporting verb. Not one inside a
// clause joined after a past happening: "X opened an inquiry last month,
// and analysts said ...".
func (st *docState) trailingSpeaker(s *sentence) {
	k := trailingAttribution(s.text, s.span.Start, s.toks)
	if k <= s.trig || k >= len(s.clause) {
		return
	}
	if s.certainty != timeline.CertaintyDenied {
		s.certainty = timeline.CertaintyClaimed // ("did not launch any drones, the spokesperson said": still denied)
	}
	s.speaker = k
	from, to := k-4, k+3
	if s.toks[k].Key == "according" {
		from, to = k, k+6 // (", according to a statement from X": who is after it)
	}
	for _, m := range s.mentions {
		if ti := tokIndex(s.toks, m.start); (m.typ == timeline.Person || m.typ == timeline.Organization) && ti > from && ti <= to && ti != k {
			s.assertedBy = st.entities[m.id].Name
			break
		}
	}
}

// claimed reports a hedge word of attribution ("reportedly", "allegedly",
// "according to"), but not the idiom "claimed the life".
func claimed(toks []text.Token) bool {
	for k, t := range toks {
		if !claimWords[t.Key] || t.Upper {
			continue
		}
		if k+2 < len(toks) && toks[k+1].Key == "the" && (toks[k+2].Key == "life" || toks[k+2].Key == "lives") {
			continue
		}
		if k+1 < len(toks) && (toks[k+1].Key == "lives" || toks[k+1].Key == "responsibility") {
			continue
		}
		return true
	}
	return false
}

// negated reports whether the text tells the happening as one that did
// not happen: a negation just before the trigger ("did not attend", "had
// not struck", "never met", "No agreement was signed") or, after a noun
// trigger, before its verb ("The talks did not take place"); not "not
// only".
func negated(s *sentence) bool {
	toks, k := s.toks, s.trig
	if k < 0 {
		return false
	}
	if k > 0 && toks[k-1].Key == "no" || k > 1 && toks[k-1].Key == "to" && refusals[toks[k-2].Key] {
		return true
	}
	last := k - 1
	if !pastTense(toks[k].Key) {
		last = min(k+5, len(s.clause)-1)
	}
	for q := max(0, k-3); q <= last; q++ {
		// (after the trigger, only a verb's negation: "did not", not
		// "struck Kharkiv, not Sumy")
		// (not "not only", nor "were not cancelled": the calling off is
		// what is denied)
		if q != k && negations[toks[q].Key] && !(q+1 < len(toks) && (toks[q+1].Key == "only" || cancelWords[toks[q+1].Key])) && (q < k || negationAux[toks[q-1].Key] || toks[q].Key == "never") {
			return true
		}
	}
	return false
}

// progressive: "is heading", "are flying".
func progressive(toks []text.Token, trig int) bool {
	if trig < 1 || !strings.HasSuffix(toks[trig].Key, "ing") {
		return false
	}
	for k := trig - 1; k >= 0 && k >= trig-2; k-- {
		if progressiveAux[toks[k].Key] {
			return true
		}
	}
	return false
}

// perfect: "have left", "has killed".
func perfect(toks []text.Token, trig int) bool {
	for k := max(0, trig-1); k < len(toks) && k <= trig+3; k++ {
		if (toks[k].Key == "have" || toks[k].Key == "has") && k+1 < len(toks) && strings.HasSuffix(toks[k+1].Key, "ed") || toks[k].Key == "left" && k > 0 && (toks[k-1].Key == "have" || toks[k-1].Key == "has") {
			return true
		}
	}
	return false
}

// reportsClause: the reporting verb at k introduces reported speech ("said
// that", "said the bloc would", "told reporters that"), so hedges after it
// belong to what was said, not to the saying.
func reportsClause(toks []text.Token, k int) bool { return clauseMarker(toks, k) > 0 }

// clauseMarker returns the token that opens the reported clause after
// the reporting verb at k ("that", a pronoun or determiner), or -1.
func clauseMarker(toks []text.Token, k int) int {
	// "the issue Witkoff mentioned likely involves ...": the hedge follows
	// the verb directly, so the verb sits in a relative clause and the
	// hedge is the article's own
	if k+1 < len(toks) && speculativeWords[toks[k+1].Key] {
		return -1
	}
	verb := subjectVerb(toks, k)
	// ("told analysts on a conference call that": up to eight words on)
	for q := k + 1; q < len(toks) && q <= k+8; q++ {
		// "said inflation would rise above its target": past a subject
		// and its verb, the clause began after the reporting verb
		if verb >= 0 && verb < q {
			return k + 1
		}
		// "said in his nightly address": a preposition's object, not a clause
		if p := toks[q-1].Key; p != "and" && prepositions[p] {
			continue
		}
		// "informed the Authority on 31 August", "told the court ...": the
		// object of a verb that takes one, not a clause
		if q == k+1 && objectVerbs[toks[k].Key] && determiners[toks[q].Key] {
			continue
		}
		if clauseOpeners[toks[q].Key] {
			return q
		}
	}
	// "said most customers would have power back", "said orders from
	// North American operators had slowed": a subject and its verb with
	// no word to open them ("said on Monday", "told analysts on a call"
	// have none)
	if k+1 >= len(toks) || prepositions[toks[k+1].Key] || toks[k+1].Key == "to" {
		return -1
	}
	for q := k + 2; q < len(toks) && q <= k+8; q++ {
		if clauseJoins[toks[q].Key] {
			break
		}
		if verbLike(toks[q].Key) {
			return k + 1
		}
	}
	return -1
}

// subjectVerb finds a verb among the words from k+2 on (of the eight
// clauseMarker reads), before any word that joins another clause
// ("pleaded guilty last year and is serving"), that the word after the
// reporting verb at k can be the subject of (not a preposition nor "to"):
// the reported clause began at k+1 if clauseMarker reads past it. -1 when
// there is none. (Found once per clauseMarker: read again for each word
// it reads, as subjectVerbFrom did, it cost three times as much.)
func subjectVerb(toks []text.Token, k int) int {
	if k+2 >= len(toks) || prepositions[toks[k+1].Key] || toks[k+1].Key == "to" {
		return -1
	}
	for q := k + 2; q < len(toks) && q <= k+7; q++ {
		if clauseJoins[toks[q].Key] {
			return -1
		}
		if verbLike(toks[q].Key) {
			return q
		}
	}
	return -1
}

// trailingAttribution finds a reporting verb in a closing ", X said" or
// ", said X" clause and returns its token index, or -1.
func trailingAttribution(sentence string, base int, toks []text.Token) int {
	// a comma, then within six words a reporting verb: ", the governor
	// said", ", Ukraine's foreign minister Andrii Sybiha said on Tuesday, as";
	// or the verb first with the name after it: ", said Volodymyr
	// Zelenskyy", ", according to the governor"
	for i := 0; i < len(sentence); i++ {
		if sentence[i] != ',' {
			continue
		}
		first := tokIndex(toks, base+i)
		for k := first; k < len(toks) && k < first+7; k++ {
			if toks[k].Upper {
				continue
			}
			if reportVerbs[toks[k].Key] && (k > first || k+1 < len(toks) && toks[k+1].Upper) {
				return k
			}
			if k == first && toks[k].Key == "according" && k+1 < len(toks) && toks[k+1].Key == "to" {
				return k
			}
		}
	}
	return -1
}

// tokIndexOfName is the token index where a participant's name (or a
// name of its entity) is first mentioned in the sentence, or len(toks).
func tokIndexOfName(st *docState, toks []text.Token, name string) int {
	if len(toks) == 0 {
		return 0
	}
	for _, m := range st.mentionsIn(span{toks[0].Start, toks[len(toks)-1].End}) {
		e := st.entities[m.id]
		if e.Name == name || m.entry != nil && m.entry.Country == name {
			return tokIndex(toks, m.start)
		}
	}
	return len(toks)
}

func anyKey(toks []text.Token, words map[string]bool) bool {
	for _, t := range toks {
		if words[t.Key] {
			return true
		}
	}
	return false
}

// anyKeyLower is anyKey for lower-case words only, so the month "May" is
// not the modal "may".
func anyKeyLower(toks []text.Token, words map[string]bool) bool {
	for _, t := range toks {
		if words[t.Key] && !t.Upper {
			return true
		}
	}
	return false
}
