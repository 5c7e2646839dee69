package extract

import (
	"maps"
	"slices"
	"strings"

	"github.com/storygraph/storygraph/timeline"
	"github.com/storygraph/storygraph/timeline/text"
	"github.com/storygraph/storygraph/timeline/timex"
)

// pickTrigger finds the word that says what kind of happening the
// sentence reports: the first trigger word (see triggers) in its sense,
// lower-case unless it opens the sentence, and outside the asides unless
// every trigger is inside one. A reporting verb followed by a hard
// happening in the past ("X said Russian drones struck ...") gives way to
// that happening, claimed by the speaker; the reporting verb stays the
// speaker's. A sentence without a trigger is of kind other, and a
// happening only when dated with an actor (noTrigger).
func pickTrigger(s *sentence) {
	toks := s.toks
	s.toldAbout = 0
	// an aside: a quote, a relative clause, a leading phrase, or the
	// setting of an opening "During the call," phrase
	aside := func(k int) bool { return s.aside[k] || k < s.settingEnd }
	outside := false
	for k, t := range toks {
		if (!t.Upper || k == 0) && !aside(k) {
			if _, ok := triggerAt(s, k); ok {
				outside = true
				break
			}
		}
	}
	var kind timeline.Kind
	trig, speaker := -1, -1
	for k, t := range toks {
		if t.Upper && k > 0 || outside && aside(k) {
			continue
		}
		w, ok := triggerAt(s, k)
		if !ok {
			continue
		}
		if futureBeforeTo[t.Key] || t.Key == "scheduled" {
			// "is scheduled to arrive": the happening is the arrival
			if k+2 < len(toks) && toks[k+1].Key == "to" && triggers[toks[k+2].Key] != "" {
				continue
			}
		}
		// "agreed to meet again in Amman in June": the meeting they
		// agreed on, when it has a time of its own
		if w == timeline.KindAgreement && agreedOn(s, k) {
			continue
		}
		w = kindInContext(toks, k, w)
		if kind == "" {
			kind, trig = w, k
			if w == timeline.KindStatement {
				speaker = k
			}
			continue
		}
		// "X said Russian drones struck ...": the claim is the happening
		if kind == timeline.KindStatement && strongKinds[w] && speaker >= 0 && k > speaker+1 && pastTense(t.Key) {
			kind, trig = w, k
			break
		}
		// "briefed the minister on the drone attack on the dam two days
		// ago", "informed him about the attack on Kyiv on January 20": a
		// hard happening the saying is about, with a time of its own, is
		// the news
		if kind == timeline.KindStatement && (w == timeline.KindAttack || w == timeline.KindCasualty) && speaker >= 0 && s.timedAfter(k, 8) {
			if link := toldAbout(toks, speaker, k); link > 0 {
				kind, trig, s.toldAbout = w, k, link
				break
			}
		}
		if kind == timeline.KindStatement && speaker >= 0 && s.sayingReports(speaker, k, w) {
			kind, trig = w, k
			break
		}
	}
	if k, c := cameAfter(toks, trig); k > 0 {
		s.came = c
		// "The attacks came hours after U.S. and Russian negotiators met
		// in Istanbul": the attacks were told before; the meeting is new
		kind, trig, speaker = kindInContext(toks, k, triggers[toks[k].Key]), k, -1
		if kind == timeline.KindStatement {
			speaker = k
		}
	}
	if kind == "" {
		kind = timeline.KindOther
	}
	s.kind, s.trig, s.speaker = kind, trig, speaker
}

// triggerAt returns the kind of happening token k reports, if it is a
// trigger in its sense there (triggerInContext): a trigger word; a
// happening verb in the present simple that a time goes on to date ("The
// council votes on Thursday", "The court rules on the appeal next week"),
// as news tells a timetable; or the noun of a happening with its own time
// ("A protest on 14 February drew 300 people", "a hearing set for June
// 3"). Without the time such words are nouns or states as often ("the
// votes", "new rules", "the protest movement").
func triggerAt(s *sentence, k int) (timeline.Kind, bool) {
	t := s.toks[k]
	if !maybeTrigger[t.Key] {
		return "", false // (one lookup for the many words that are none)
	}
	if marketMove(s.toks, k) {
		return timeline.KindOther, true // "Stock markets fell sharply on Monday" (markets.go)
	}
	if naturalForces[t.Key] && k+1 < len(s.toks) && !s.toks[k+1].Upper && pastTense(s.toks[k+1].Key) {
		return timeline.KindOther, true // "Floods forced thousands from their homes", "An earthquake struck"
	}
	// "any ceasefire must be backed by guarantees", "monitoring of any
	// ceasefire": whichever there may be, none that happened
	if returnedToTopic(s.toks, k) || k > 0 && s.toks[k-1].Key == "any" || committedTo(s.toks, k) {
		return "", false
	}
	if w, ok := triggers[t.Key]; ok && triggerInContext(s.toks, k) {
		return w, true
	}
	if w, ok := happeningNouns[t.Key]; ok && (s.timedAfter(k, 2) || s.plannedFor(k)) {
		return w, true
	}
	if t.Key == "set" && k+1 < len(s.toks) && s.toks[k+1].Key == "for" && s.timedAfter(k, 3) {
		return timeline.KindOther, true // "is set for June 3": what is set is still to come
	}
	if t.Key == "targeted" && k+1 < len(s.toks) && s.toks[k+1].Key == "for" && s.timedAfter(k, 5) {
		return timeline.KindOther, true // "is targeted for no earlier than May"
	}
	// "A memorial service will be held on the 29th", "The vote took place
	// on Sunday": something happens, whatever its name
	// ("took place" is a phrasal trigger, time or not)
	if t.Key == "held" && k > 0 && passiveAux[s.toks[k-1].Key] && s.timedAfter(k, 6) {
		return timeline.KindOther, true
	}
	if (t.Key == "named" || t.Key == "names") && namedToPost(s.toks, k) {
		return timeline.KindDecision, true // "named Deepa Nair as chief executive"
	}
	if w, ok := phrasalKind(s.toks, k); ok {
		return w, true
	}
	if s.stayUntil(k) >= 0 {
		return timeline.KindOther, true // "will stay as an adviser until September"
	}
	// ("sold 40 million phones last year": a count makes it a noun)
	w, ok := presentKinds[t.Key]
	if ok && k > 0 && !quantifiers[s.toks[k-1].Key] && !isDigit(s.toks[k-1].Key[0]) && presentSimple(s.toks, k) && (s.timedAfter(k, 6) || s.datedEntry()) && !s.verbAfter(k) {
		return w, true
	}
	// "will close the plant", "to resign": the base form of a verb whose
	// past is a trigger ("closed", "resigned"), where it is a verb
	// (not "was not present": after a form of "be", an adjective)
	if w, ok := pastKinds[t.Key]; ok && k > 0 && verbMarkers[s.toks[k-1].Key] && !(k > 1 && s.toks[k-1].Key == "not" && beForms[s.toks[k-2].Key]) {
		return w, true
	}
	return "", false
}

// stayUntil is the offset in the sentence of the time that ends a
// state a stay verb at k says will last ("will stay closed until Monday",
// "is to remain at the station until mid-April"): the verb after "will"
// or "to", a state (stayedStates) and "until" or "till" right before a
// time within six words; or -1.
func (s *sentence) stayUntil(k int) int {
	toks := s.toks
	if !stayVerbs[toks[k].Key] || k == 0 || !verbMarkers[toks[k-1].Key] || k+1 >= len(toks) || !stayedStates[toks[k+1].Key] {
		return -1
	}
	for q := k + 2; q+1 < len(toks) && q <= k+6; q++ {
		if toks[q].Key != "until" && toks[q].Key != "till" {
			continue
		}
		for _, e := range s.exprs {
			if e.Type == timex.Date && !e.Begin.IsZero() && tokIndex(toks, s.span.Start+e.Start) == q+1 {
				return e.Start
			}
		}
		return -1
	}
	return -1
}

// pastKind returns the kind of the happening whose past tense is w's
// ("close": "closed" is a decision), not a saying's.
func pastKind(w string) (timeline.Kind, bool) {
	if len(w) < 3 || statementOnly(w) {
		return "", false
	}
	for _, form := range []string{w + "ed", w + "d"} {
		if k, ok := triggers[form]; ok {
			return k, true
		}
	}
	return "", false
}

// between is the sentence's text between token k-1 and token k: the
// spaces and punctuation that part them.
func (s *sentence) between(k int) string {
	return s.text[s.toks[k-1].End-s.span.Start : s.toks[k].Start-s.span.Start]
}

// verbAfter reports a verb after token k in its part of the sentence (up
// to a comma): "The Halvern rules on Monday were strict" has its verb
// after the -s word, which is a noun.
func (s *sentence) verbAfter(k int) bool { return s.verbInPart(k+1, false) }

// verbInPart reports a verb (verbLike) from token from on, in its part of
// the sentence: up to a comma, semicolon or colon, and with joins also
// up to a clause join ("and", "but", "while", ...).
func (s *sentence) verbInPart(from int, joins bool) bool {
	for q := from; q < len(s.toks); q++ {
		if q > 0 && strings.ContainsAny(s.between(q), ",;:") || joins && clauseJoins[s.toks[q].Key] {
			return false
		}
		if verbLike(s.toks[q].Key) {
			return true
		}
	}
	return false
}

// phrasalKind returns the kind of a happening a verb reports only with
// the word after it ("stepped down", "took office", "left the company",
// "underwent surgery"; phrasalTriggers), a determiner or possessive
// between them passed over.
func phrasalKind(toks []text.Token, k int) (timeline.Kind, bool) {
	next, ok := phrasalTriggers[toks[k].Key]
	if !ok {
		return "", false
	}
	// ("kept interest rates unchanged", "went to the polls": up to four
	// words on, none a verb)
	for q := k + 1; q < len(toks) && q <= k+4; q++ {
		if w, ok := next[toks[q].Key]; ok {
			return w, true
		}
		if verbLike(toks[q].Key) || clauseJoins[toks[q].Key] {
			break
		}
	}
	return "", false
}

// timedAfter reports a date or a time of day that starts after token k,
// at most n tokens on ("for two months" is no time a happening has).
func (s *sentence) timedAfter(k, n int) bool {
	for _, e := range s.exprs {
		// (a date is a day or span, not "soon" or "recently")
		if at := s.span.Start + e.Start; (e.Type == timex.Date && !e.Begin.IsZero() || e.Type == timex.Clock) && at > s.toks[k].End && tokIndex(s.toks, at) <= k+n {
			return true
		}
	}
	return false
}

// plannedFor reports whether the noun at k is the subject of "is planned
// for", "is scheduled for", "is targeted for" a time ("Docking is planned
// for about 10:30 a.m. Saturday"): a happening still to come.
func (s *sentence) plannedFor(k int) bool {
	toks := s.toks
	return k+3 < len(toks) && beForms[toks[k+1].Key] && plannedWords[toks[k+2].Key] && toks[k+3].Key == "for" && s.timedAfter(k+3, 6)
}

// wordsInPart is how many of the n words after token k come before a
// comma or a semicolon.
func (s *sentence) wordsInPart(k, n int) int {
	for q := k + 1; q < len(s.toks) && q <= k+n; q++ {
		if strings.ContainsAny(s.between(q), ",;") {
			return q - 1 - k
		}
	}
	return n
}

// toldAbout is the token of "on" or "about" when token k is in what the
// saying at speaker is about, within eight words ("informed his
// counterpart about the attack"), else 0.
func toldAbout(toks []text.Token, speaker, k int) int {
	if k-speaker > 8 {
		return 0
	}
	for q := speaker + 1; q < k; q++ {
		if toks[q].Key == "about" || toks[q].Key == "on" {
			return q
		}
	}
	return 0
}

// sayingReports reports whether the trigger at k, of kind w, is the news
// a saying at speaker reports, dated on its own:
//   - the act a statement judges: "condemns the missile attack on the
//     port of Odesa on the night of 6 October";
//   - a hard happening still to come: "informed his counterpart that
//     Daniyar Omarov would visit Moscow on January 27".
func (s *sentence) sayingReports(speaker, k int, w timeline.Kind) bool {
	toks := s.toks
	if (w == timeline.KindAttack || w == timeline.KindCasualty) && judgingVerbs[toks[speaker].Key] && objectOf(toks, speaker, k) && s.timedAfter(k, 12) {
		return true
	}
	return (strongKinds[w] || w == timeline.KindMeeting || w == timeline.KindNegotiation) && k > speaker+2 &&
		(toks[k-1].Key == "would" || toks[k-1].Key == "will") && s.timedAfter(k, 6)
}

// objectOf reports whether the noun at k heads the object of the verb at
// v: only articles, possessives and modifiers between ("condemned the
// Russian missile attack", "deplores yesterday's strike"), no verb, no
// comma.
func objectOf(toks []text.Token, v, k int) bool {
	if k-v > 5 {
		return false
	}
	for q := v + 1; q < k; q++ {
		if _, ok := triggers[toks[q].Key]; ok || toks[q].Key == "that" || toks[q].Key == "and" {
			return false
		}
	}
	return true
}

// datedEntry reports whether the sentence is an entry of a chronology:
// a date, then a colon or a dash, then what happened, told in the
// present ("18 November 2025: Washington presents a peace plan").
func (s *sentence) datedEntry() bool {
	if len(s.exprs) == 0 || s.exprs[0].Start != 0 || s.exprs[0].Begin.IsZero() {
		return false
	}
	rest := strings.TrimLeft(s.text[s.exprs[0].End:], " ")
	return strings.HasPrefix(rest, ":") || strings.HasPrefix(rest, "–") || strings.HasPrefix(rest, "—") || strings.HasPrefix(rest, "- ")
}

// presentKind returns the kind of a happening verb's -s form ("votes":
// "voted" is a decision), if w is one.
func presentKind(w string) (timeline.Kind, bool) {
	b, ok := strings.CutSuffix(w, "s")
	if !ok || len(b) < 3 || strings.HasSuffix(b, "s") || statementOnly(b) {
		return "", false
	}
	for _, form := range []string{b + "ed", b + "d", b} {
		if k, ok := triggers[form]; ok {
			return k, true
		}
	}
	return "", false
}

// maybeTrigger are the words triggerAt may take for a trigger, by any of
// its ways.
var maybeTrigger = func() map[string]bool {
	m := maps.Clone(contextTriggers)
	for _, words := range []map[string]timeline.Kind{triggers, happeningNouns, presentKinds, pastKinds} {
		for w := range words {
			m[w] = true
		}
	}
	for w := range phrasalTriggers {
		m[w] = true
	}
	for w := range marketVerbs {
		m[w] = true
	}
	for w := range naturalForces {
		m[w] = true
	}
	for w := range stayVerbs {
		m[w] = true
	}
	return m
}()

// presentKinds and pastKinds are presentKind and pastKind for every word
// they know, read once: triggerAt asks about every word of every
// sentence, and each question built two or three strings.
var presentKinds, pastKinds = kindsOfForms()

func kindsOfForms() (present, past map[string]timeline.Kind) {
	present, past = map[string]timeline.Kind{}, map[string]timeline.Kind{}
	for t := range triggers {
		bases := []string{t}
		if b, ok := strings.CutSuffix(t, "ed"); ok {
			bases = append(bases, b, t[:len(t)-1])
		}
		for _, b := range bases {
			if k, ok := presentKind(b + "s"); ok {
				present[b+"s"] = k
			}
			if k, ok := pastKind(b); ok {
				past[b] = k
			}
		}
	}
	return present, past
}

// statementOnly reports a base whose -s form is no timetable: a saying
// ("reports", "claims") is dated where it is made.
func statementOnly(b string) bool {
	return triggers[b+"ed"] == timeline.KindStatement || triggers[b+"d"] == timeline.KindStatement
}

// cameAfter returns the trigger of the clause after "<happening> came
// (hours) after" and the token of "came", or 0: the happening named first
// is one the story told already ("The verdict came a day after the jury
// heard ...": the verdict need be no trigger), the one after "after" is
// what the sentence adds.
func cameAfter(toks []text.Token, trig int) (int, int) {
	c := trig + 1
	if c >= len(toks) || toks[c].Key != "came" && toks[c].Key != "comes" {
		c = slices.IndexFunc(toks[:min(len(toks), 6)], func(t text.Token) bool { return t.Key == "came" || t.Key == "comes" })
	}
	if c <= 0 || c >= len(toks) || toks[c].Key != "came" && toks[c].Key != "comes" {
		return 0, 0
	}
	for q := c + 1; q < len(toks) && q <= c+4; q++ {
		if toks[q].Key != "after" {
			continue
		}
		for v := q + 1; v < len(toks) && v <= q+8; v++ {
			if _, ok := triggers[toks[v].Key]; ok && !toks[v].Upper && triggerInContext(toks, v) {
				return v, c
			}
		}
		return 0, 0
	}
	return 0, 0
}

// pastTense reports whether a trigger word is a past-tense verb, so that
// "X said Russian drones struck Y" is a claimed attack while "X warned
// that the attacks continue" stays X's statement.
func pastTense(w string) bool {
	return irregularPast[w] || strings.HasSuffix(w, "ed")
}

// kindInContext reads a trigger whose kind its company decides: a strike
// by workers is a walkout, not an attack; "fired
// missiles at" and "launched a drone attack" are attacks, "fired its
// thrusters" and "launched the spacecraft" not; "was fired from the
// company" is a dismissal (weaponWords within a few words, or "at"/"on"
// right after the verb's object).
func kindInContext(toks []text.Token, k int, w timeline.Kind) timeline.Kind {
	key := toks[k].Key
	if w == timeline.KindAttack && (key == "strike" || key == "strikes" || key == "striking") &&
		(k > 0 && toks[k-1].Key == "on" || slices.ContainsFunc(toks[:k], func(t text.Token) bool { return labourWords[t.Key] })) {
		// "unions called a strike", "went on strike": a walkout ("a
		// strike on Kharkiv killed two workers" is still an attack)
		return timeline.KindOther
	}
	if key == "strike" && k+1 < len(toks) && durationVerbs[toks[k+1].Key] {
		// "The strike began on March 24", "the strike entered its third
		// week": a walkout lasts, an attack hits
		return timeline.KindOther
	}
	if w == timeline.KindAttack && (key == "struck" || key == "hit" || key == "hits" || key == "strikes") {
		// "An earthquake struck the region", "Oil prices hit a two-year
		// high", "profits would be hit hard": nature's blow, a market's
		// level or a business's fortunes, no attack
		// ("Oil hit $100", "hit 5 percent": a level)
		if noBlow(toks, k) {
			return timeline.KindOther
		}
	}
	if (key == "summit" || key == "summits") && k+2 < len(toks) && toks[k+1].Key == "of" && mountainAt(toks, k+2) {
		// "reached the summit of Mount Kessa": a peak climbed, no meeting
		return timeline.KindOther
	}
	if w == timeline.KindTravel && k+2 < len(toks) && toks[k+1].Key == "to" && stateNouns[toks[k+2].Key] {
		// "returned to profit", "return to growth": a state, no journey
		return timeline.KindOther
	}
	if w == timeline.KindTravel && slices.ContainsFunc(toks[k+1:min(k+4, len(toks))], func(t text.Token) bool { return t.Key == "flag" || t.Key == "flags" }) {
		// "flew its flags at half-mast": a mark of mourning, no journey
		return timeline.KindOther
	}
	if key == "called" && k+1 < len(toks) && toks[k+1].Key == "off" || cancelWords[key] || postponeWords[key] {
		// "called off the visit", "has scrapped its merger": the kind of
		// what is called off (calledOff makes it cancelled), else a decision
		return calledOffKind(toks, k)
	}
	if w == timeline.KindAttack && (key == "fired" || key == "fires" || key == "sacked") && firedStaff(toks, k) {
		// "fired its chief executive", "sacked the coach": a dismissal
		return timeline.KindDecision
	}
	if key == "welcomed" && k+2 < len(toks) && (determiners[toks[k+1].Key] && !toks[k+2].Upper || welcomedOutcome(toks, k)) {
		// "welcomed the outcome", "welcomed the decision", "welcomed
		// significant progress": a statement; "welcomed Zelenskyy to
		// London" is a meeting
		return timeline.KindStatement
	}
	if key == "received" || key == "receives" || key == "receive" {
		// "received suspended sentences", "received the Nobel Prize": a
		// decision about them, not a visit received
		for q := k + 1; q < len(toks) && q <= k+4; q++ {
			if receivedDecisions[toks[q].Key] {
				return timeline.KindDecision
			}
		}
		return w
	}
	if (key == "recalled" || key == "recalls") && k+1 < len(toks) && (isDigit(toks[k+1].Key[0]) || approximators[toks[k+1].Key] || toks[k+1].Key == "its") {
		// "recalled 40,000 vehicles", "recalled its ambassador": a recall
		// decided, not a memory told
		return timeline.KindDecision
	}
	if key != "fired" && key != "launched" {
		return w
	}
	if key == "fired" && k > 0 && (toks[k-1].Key == "was" || toks[k-1].Key == "were" || toks[k-1].Key == "been") {
		return timeline.KindDecision // "was fired from the company"
	}
	for q := k + 1; q < len(toks) && q <= k+4; q++ {
		if weaponWords[toks[q].Key] || key == "fired" && (toks[q].Key == "at" || toks[q].Key == "on" || toks[q].Key == "upon") {
			return timeline.KindAttack
		}
	}
	if key == "fired" {
		return timeline.KindOther // "fired its thrusters", "fired the chef"
	}
	return timeline.KindDecision // "launched an inquiry", "launched the spacecraft"
}

// noBlow reports whether "hit" or "struck" at k is no attack: a level
// after it ("hit 5 percent", "a two-year high") or nature, a market or a
// business's fortunes before it.
func noBlow(toks []text.Token, k int) bool {
	return k+1 < len(toks) && isDigit(toks[k+1].Key[0]) ||
		slices.ContainsFunc(toks[max(0, k-6):k], func(t text.Token) bool {
			return naturalForces[t.Key] || marketWords[t.Key] || fortuneWords[t.Key]
		}) ||
		slices.ContainsFunc(toks[k+1:min(k+5, len(toks))], func(t text.Token) bool { return levelWords[t.Key] })
}

// singularPast reports whether a verb that is its own past ("cut",
// "shut", "quit") at k is in the past: after a singular subject, which
// in the present would take "cuts", and before its object ("The company
// cut 400 jobs", "Harrowgate shut two plants", "he quit the board").
func singularPast(toks []text.Token, k int) bool {
	if k == 0 || k+1 >= len(toks) {
		return false
	}
	prev, next := toks[k-1], toks[k+1].Key
	// a name, "he", or a noun with no plural -s ("company", "carmaker")
	singular := prev.Upper && (k > 1 || !strings.HasSuffix(prev.Key, "s") && !subjectPronouns[prev.Key]) || prev.Key == "he" || prev.Key == "she" || prev.Key == "it" ||
		!prev.Upper && len(prev.Key) > 3 && !strings.HasSuffix(prev.Key, "s") && !subjectPronouns[prev.Key] && !verbLike(prev.Key) &&
			!determiners[prev.Key] && !prepositions[prev.Key] && !strings.HasSuffix(prev.Key, "ly")
	return singular && (isDigit(next[0]) || determiners[next] || countWords[next])
}

// contestAt reports a word of a contest at token q (contestWords, or
// "run-off": "run" then "off").
func contestAt(toks []text.Token, q int) bool {
	return contestWords[toks[q].Key] || toks[q].Key == "run" && q+1 < len(toks) && toks[q+1].Key == "off"
}

// wonBy reports the margin of a contest after "won" at k ("held off a
// late challenge to win by two seconds", "won by a landslide").
func wonBy(toks []text.Token, k int) bool {
	return k+2 < len(toks) && toks[k+1].Key == "by" && (isDigit(toks[k+2].Key[0]) || countWords[toks[k+2].Key] || toks[k+2].Key == "a")
}

// triggerInContext rules out trigger words used in another sense: "offer"
// and "draft" as verbs rather than nouns of a proposal, "a round of
// applause", "the launch pad"; "the life" and "lives" are a casualty's.
func triggerInContext(toks []text.Token, k int) bool {
	prev := ""
	if k > 0 {
		prev = toks[k-1].Key
	}
	// Bare verb forms ("call", "meet", "sign", "strike") count after "to",
	// modals and pronouns ("to meet", "will sign"), like any other form.
	switch w := toks[k].Key; {
	case w == "won" || w == "wins" || w == "lost" || w == "loses" || (w == "win" || w == "lose") && verbMarkers[prev]:
		for q := k + 1; q < len(toks) && q <= k+5; q++ {
			if contestAt(toks, q) {
				return true
			}
		}
		return wonBy(toks, k)
	case verbOnly[w]:
		// ("We do not threaten anyone": a stance in the present, no
		// happening denied)
		// ("will be shut", "was cut": a base that is its own participle)
		return verbMarkers[prev] && !(k >= 2 && presentNegation[toks[k-2].Key] && (prev == "not" || prev == "t")) ||
			passiveAux[prev] && pastOnly[w] || pastOnly[w] && singularPast(toks, k)
	case pastOnly[w] && (determiners[prev] || prepositions[prev]):
		return false // "of occupied territories", "the damaged line": a noun's quality
	case sayingNouns[w] && k >= 2 && determiners[prev] && prepositions[toks[k-2].Key]:
		// "Participants in the teleconference include ...", "Audio of the
		// briefing": the saying as a setting, not one reported
		return false
	case w == "exchange" && (prev == "stock" || prev == "foreign"):
		return false // "the Oslo stock exchange": a market, not a swap
	case (w == "head" || w == "heads") && k+1 < len(toks) && toks[k+1].Key == "of":
		return false // "the head of state spoke", "heads of delegation": who, not a journey
	case w == "joined" && k+1 < len(toks) && toks[k+1].Key == "by":
		return false // "will be joined by Marco Rubio": company, not a joining
	case nounTriggers[w]:
		return !verbMarkers[prev]
	case nearnessBefore(toks, k):
		// "We are nearer to an agreement than ever", "close to a deal":
		// how far off it is, not a happening
		return false
	case (w == "closed" || w == "opened" || w == "closes" || w == "opens") && marketWords[prev]:
		// "Airbus shares closed 1.8 percent higher": a market's day
		return false
	case tradeVerbs[w] && (k+1 < len(toks) && isDigit(toks[k+1].Key[0]) || k+2 < len(toks) && approximators[toks[k+1].Key] && isDigit(toks[k+2].Key[0])):
		// "sold 8.2 million tablets last year": a sales figure, not a deal
		return false
	case prev == "the" && peopleParticiples[w]:
		// "the injured had been taken to hospitals", "the wounded":
		// people, not the happening that hurt them
		return false
	case periodEnders[w] && periodNouns[prev]:
		// "profit rose in the quarter ended June 30": a period's end
		return false
	case w == "deal" && quantityOfDeal[prev]:
		// "We have achieved a great deal together": an amount, not a deal
		return false
	case w == "life" || w == "lives":
		// ("over the life of the deal": a span, no death)
		return lifeOwners[prev] && !(prev == "the" && k >= 2 && spanPreps[toks[k-2].Key])
	case w == "set":
		return k+1 < len(toks) && toks[k+1].Key == "out"
	case w == "showed":
		return k+1 < len(toks) && toks[k+1].Key == "off" // "showed off the phone", not "data showed"
	case w == "round":
		// "a third round", "the next round of talks", not "a round of
		// applause" or "artillery rounds"
		next := ""
		if k+1 < len(toks) {
			next = toks[k+1].Key
		}
		return roundOrdinals[prev] && next != "of" || next == "of" && k+2 < len(toks) && roundsOf[toks[k+2].Key]
	case modifierTriggers[w]:
		// a noun modifying a noun is no happening: "the launch pad",
		// "the launch window", "test flight"
		// ("During the test, engineers loaded": a comma between, no compound)
		return k+1 >= len(toks) || !modifiedNouns[toks[k+1].Key] || toks[k+1].Start != toks[k].End+1
	case w == "clear":
		return clearMarkers[prev]
	}
	return true
}

// welcomedOutcome reports whether what is welcomed at k is an outcome
// named within three words, with no one welcomed to a place before it:
// "welcomed significant progress", "welcomed Tuesday's agreement".
func welcomedOutcome(toks []text.Token, k int) bool {
	for q := k + 1; q < len(toks) && q <= k+3; q++ {
		if toks[q].Key == "to" {
			return false
		}
		if outcomeNouns[toks[q].Key] {
			return true
		}
	}
	return false
}

// committedTo reports "is committed to", "remain committed to": a state
// of mind ("Norland is committed to dialogue"), no commitment made.
func committedTo(toks []text.Token, k int) bool {
	return toks[k].Key == "committed" && k > 0 && k+1 < len(toks) && toks[k+1].Key == "to" &&
		(beForms[toks[k-1].Key] || toks[k-1].Key == "remains" || toks[k-1].Key == "remain" || toks[k-1].Key == "fully")
}

// returnedToTopic reports whether token k returns to a topic or a state,
// not a place: "We will return to this issue next week", "returned to
// profit" (no journey).
func returnedToTopic(toks []text.Token, k int) bool {
	w := toks[k].Key
	if w != "return" && w != "returns" && w != "returned" || k+2 >= len(toks) || toks[k+1].Key != "to" {
		return false
	}
	return returnedTo[toks[k+2].Key] || k+3 < len(toks) && determiners[toks[k+2].Key] && returnedTo[toks[k+3].Key]
}

// nearnessBefore reports "closer to", "nearer to", "close to", "far
// from" within the three words before token k.
func nearnessBefore(toks []text.Token, k int) bool {
	for q := max(0, k-3); q+1 < k; q++ {
		if nearnessWords[toks[q].Key] && (toks[q+1].Key == "to" || toks[q+1].Key == "from") {
			return true
		}
		// "a real chance of a deal", "hopes for a ceasefire": a possibility
		if chanceWords[toks[q].Key] && (toks[q+1].Key == "of" || toks[q+1].Key == "for") {
			return true
		}
	}
	return false
}

// firedStaff reports whether the people "fired" at k dismisses follow it
// (a role, staff or a pronoun within four words), and no weapon does.
func firedStaff(toks []text.Token, k int) bool {
	for q := k + 1; q < len(toks) && q <= k+4; q++ {
		switch key := toks[q].Key; {
		case weaponWords[key]:
			return false
		case staffWords[key] || roleWords[key] || titleWords[key]:
			return true
		}
	}
	return false
}

// namedToPost reports whether "named" at k appoints someone: a post
// follows it, at once ("was named chief executive") or after "as" ("named
// Deepa Nair as Iyer's successor"), within eight words; not "a man named
// Tom", "named after her grandmother".
func namedToPost(toks []text.Token, k int) bool {
	post := func(q int) bool {
		key := toks[q].Key
		return staffWords[key] || roleWords[key] || titleWords[key] || successorWords[key]
	}
	if k+1 < len(toks) && post(k+1) {
		return true
	}
	for q := k + 1; q < len(toks) && q <= k+8; q++ {
		if toks[q].Key != "as" {
			continue
		}
		for r := q + 1; r < len(toks) && r <= q+4; r++ {
			if post(r) {
				return true
			}
		}
		return false
	}
	return false
}

// agreedOn reports whether "agreed" at k is followed by "to" and a
// meeting, talks or a journey ("to meet", "to hold intergovernmental
// consultations") the sentence dates, within sixteen words of its part
// (where and on what margins they will meet come first): that is the
// happening.
func agreedOn(s *sentence, k int) bool {
	toks := s.toks
	if toks[k].Key != "agreed" && toks[k].Key != "agree" || k+2 >= len(toks) || toks[k+1].Key != "to" {
		return false
	}
	for q := k + 2; q < len(toks) && q <= k+5; q++ {
		if kind, ok := triggers[toks[q].Key]; ok {
			// (its time may come after its setting: "to meet on the
			// sidelines of the summit in Tashkent in October", "to meet in
			// person on the margins of the OSCE Ministerial Council in
			// Vienna early next month", up to a comma)
			return joinKinds[kind] && kind != timeline.KindAgreement && (s.timedAfter(q, 8) || s.timedAfter(q, s.wordsInPart(q, 16)))
		}
		if q > k+2 && !lightVerbs[toks[q-1].Key] && !determiners[toks[q-1].Key] {
			return false // past "to hold", "to hold the"
		}
	}
	return false
}

// calledOffKind is the kind of the happening a word of calling off at k
// names within four words either side ("the visit was cancelled",
// "called off its merger"): a meeting, talks, a journey or an agreement;
// else a decision.
func calledOffKind(toks []text.Token, k int) timeline.Kind {
	for d := 1; d <= 4; d++ {
		for _, q := range []int{k + d, k - d} {
			if q < 0 || q >= len(toks) {
				continue
			}
			if kind, ok := happeningNouns[toks[q].Key]; ok {
				return kind
			}
			if kind := triggers[toks[q].Key]; joinKinds[kind] && kind != timeline.KindDecision && !pastTense(toks[q].Key) {
				return kind
			}
		}
	}
	return timeline.KindDecision
}

// mountainAt reports whether the words at k name a mountain: "Mount
// Kessa", "Kessa Peak", "the mountain" (a peak's bare name is not told
// apart from a body's: "the summit of the Council").
func mountainAt(toks []text.Token, k int) bool {
	for q := k; q < len(toks) && q <= k+3; q++ {
		if mountainWords[toks[q].Key] {
			return true
		}
	}
	return false
}
