package extract

import (
	"slices"
	"strings"

	"github.com/storygraph/storygraph/timeline"
	"github.com/storygraph/storygraph/timeline/article"
	"github.com/storygraph/storygraph/timeline/text"
)

// Happening or not: each reason a sentence reports no happening is a
// named rule, and the rules are tried in the order of their list.

// rule is one reason a sentence reports no happening.
type rule struct {
	name    string
	applies func(st *docState, s *sentence) bool
}

// unreadRules turn a sentence away before it is read at all: nothing of
// it is remembered for the sentences after it.
var unreadRules = []rule{
	{"too short", tooShort},
	{"lead-in", isLeadIn},
	{"cut off", isCutOff},
}

// notHappening are tried, in this order, on a sentence read through the
// cast and dating stages (its people and its date are remembered whatever
// they decide).
var notHappening = []rule{
	{"no trigger", noTrigger},
	{"question", isQuestion},
	{"no actor", noActor},
	{"unattributed statement", unattributedStatement},
	{"not said", notSaid},
	{"agreed in a readout", agreedInReadout},
	{"hypothetical", isHypothetical},
	{"opinion", isOpinion},
	{"stance", isStance},
	{"request", isRequest},
	{"caption", isCaption},
	{"ranked", isRanked},
	{"habitual", isHabitual},
	{"in progress", inProgress},
	{"tally", isTally},
}

// firstRule returns the name of the first rule that applies, or "".
func (st *docState) firstRule(rules []rule, s *sentence) string {
	for _, r := range rules {
		if r.applies(st, s) {
			return r.name
		}
	}
	return ""
}

// inProgress: "Technicians are inspecting the cracked valves and drawing
// up plans to repair them", "The crawler is slowly moving it": work
// going on as the article is written, with no time of its own, is the
// state of things, not a happening a chronology can place. A journey or
// talks under way ("Witkoff is heading to Moscow"), fighting, and
// anything the sentence dates stay.
func inProgress(_ *docState, s *sentence) bool {
	if s.timed || s.trig < 0 || ongoingKinds[s.kind] {
		return false
	}
	for k := 0; k+1 <= s.trig && k+1 < len(s.toks); k++ {
		if !progressiveAux[s.toks[k].Key] || k > 0 && s.toks[k-1].Key == "that" || s.aside[k] {
			continue // (a quote's "We are going to ..." is what was said)
		}
		q := k + 1
		if strings.HasSuffix(s.toks[q].Key, "ly") && q+1 < len(s.toks) {
			q++ // "is slowly moving"
		}
		if q <= s.trig && strings.HasSuffix(s.toks[q].Key, "ing") && len(s.toks[q].Key) > 4 && s.toks[q].Key != "going" {
			return true
		}
	}
	return false
}

// isQuestion: "Wikinews: Will you go back next year?", "Who ordered the
// strike on Monday?": an interviewer's or a writer's question asks, and
// reports no happening (a question quoted inside a saying, "“Why now?”
// she asked on Monday.", ends on the saying).
func isQuestion(_ *docState, s *sentence) bool {
	return strings.HasSuffix(strings.TrimRight(s.text, " \"”’'"), "?")
}

// tooShort: fewer than four words make no report.
func tooShort(_ *docState, s *sentence) bool { return len(s.toks) < 4 }

// isLeadIn: "So let me tell you that, following a truce," or "The
// leaders agreed the following:" lead in to what follows, not a happening
// of its own. (A dash can end a whole clause: "Yesterday's joint statement
// laid that out in plain words –".)
//
// So does "The militia not only broke the truce." without its "but": the
// sentence after says what it leads to.
func isLeadIn(_ *docState, s *sentence) bool {
	return strings.HasSuffix(s.text, ",") || strings.HasSuffix(s.text, ":") ||
		strings.Contains(s.text, " not only ") && !strings.Contains(s.text, " but ")
}

// isCutOff: a sentence that stops on a word no sentence ends with, with
// no full stop ("Additionally, the agency has set aside 45 minutes of", an excerpt
// cut at a line break) says nothing whole.
func isCutOff(_ *docState, s *sentence) bool {
	if len(s.toks) == 0 || strings.TrimSpace(s.text[s.toks[len(s.toks)-1].End-s.span.Start:]) != "" {
		return false // punctuation after the last word
	}
	return cutOffWords[s.toks[len(s.toks)-1].Key]
}

// noTrigger: without a trigger word, only a date or a time of day of the
// sentence's own with someone named involved makes a happening. A time of
// day ("The rehearsal began at 6:52 a.m.", "At 10 a.m., the panel will be
// joined ...") marks a happening as surely as a date, though a bare one does not
// date the sentences after it. A speaker's "we" or "I" alone is not
// enough: "We went even further today", "So we're here today to keep
// driving that effort forward" are a speech's rhetoric.
func noTrigger(_ *docState, s *sentence) bool {
	return s.trig < 0 && !namedSubjectActs(s) && !membersVoted(s) && (!s.timed || !s.hasActor && !craftActs(s) || len(s.parts) == 0 && firstPersonOpens(s.toks))
}

// namedSubjectActs: "Kerevic took 54.2 percent of the vote", "Astronaut
// Lena Varga monitored the docking from the cupola": a verb in the past
// right after a person or an organisation the sentence names as its
// subject is something done, trigger word or not, and the paragraph dates
// it. A verb of a state ("Varga remained in orbit", "Tesko owned two
// mills") or one of having or being is none.
func namedSubjectActs(s *sentence) bool {
	start := openingPhraseEnd(s)
	if start >= len(s.toks) {
		return false
	}
	for _, m := range s.mentions {
		if m.start < s.toks[start].Start {
			continue
		}
		k := slices.IndexFunc(s.toks, func(t text.Token) bool { return t.Start >= m.end })
		if k < 1 || k > start+6 || s.aside[k] {
			return false // the subject is among the first words
		}
		if m.typ != timeline.Person && m.typ != timeline.Organization || s.toks[k].Start-m.end > 1 {
			continue // ("NASA astronaut Lena Varga monitored")
		}
		if w := s.toks[k].Key; strings.HasSuffix(w, "ed") || irregularPast[w] || actedPast[w] {
			_, judged := triggers[w] // (a trigger word the trigger stage turned away in its context: "lost 6 percent of its value")
			return !stateVerbsPast[w] && !judged
		}
	}
	return false
}

// craftActs: "On Sol 1610, the rover drove 31 meters", "The orbiter
// imaged the landing site on March 3": a machine of a mission as the
// subject, among the first words of the main clause, acts.
func craftActs(s *sentence) bool {
	start := openingPhraseEnd(s)
	for k := start; k < len(s.toks) && k < start+4; k++ {
		if craftNouns[s.toks[k].Key] && !s.aside[k] {
			return k+1 < len(s.toks) && s.toks[k+1].Key != "of"
		}
	}
	return false
}

// firstPersonOpens reports whether "I" or "we" is among the first words
// of the sentence (its subject).
func firstPersonOpens(toks []text.Token) bool {
	for k := 0; k < len(toks) && k < 4; k++ {
		if firstPerson[toks[k].Key] {
			return true
		}
	}
	return false
}

// noActor: without an actor, only violence at a place, a dated happening,
// or a point of a declaration's list counts: "While Davos buzzes with
// talk of a deal" is scene-setting.
func noActor(st *docState, s *sentence) bool {
	return !s.hasActor && !namesOffice(s) && !(len(s.places) > 0 && (s.kind == timeline.KindAttack || s.kind == timeline.KindCasualty)) &&
		!(s.timed && s.kind != timeline.KindStatement) && !st.listItem(s.block) && !happeningDone(s) && !countBefallen(s) && !groupSpeaker(s) && !craftActs(s) && !victimBefallen(s) && !bodyActs(s) && !membersVoted(s)
}

// membersVoted: "Fifty-three of the 101 lawmakers backed the motion",
// "Shareholders rejected the bid": the members of a body that votes,
// named by a plural common noun as the subject right before a verb in
// the past, act, named or not.
func membersVoted(s *sentence) bool {
	start := openingPhraseEnd(s)
	for k := start + 1; k < len(s.toks) && k <= start+6; k++ {
		if w := s.toks[k].Key; !s.aside[k] && voterNouns[s.toks[k-1].Key] && (strings.HasSuffix(w, "ed") || irregularPast[w]) && !stateVerbsPast[w] {
			return true
		}
	}
	return false
}

// bodyActs: "For the first time, the coalition agreed on ...", "The
// cabinet decided to ...": a body named by a common noun, as the
// subject right before a hard happening, is who acts, named or not.
func bodyActs(s *sentence) bool {
	k := s.trig
	if k < 2 || !joinKinds[s.kind] || s.aside[k] {
		return false
	}
	if k >= 3 && joinAdverbs[s.toks[k-1].Key] {
		k-- // "the coalition also agreed"
	}
	return bodyNouns[s.toks[k-1].Key] && determiners[s.toks[k-2].Key]
}

// victimBefallen: "A 72-year-old man died when his car was swept away",
// "Two children were killed": a loss of life befalls the one the subject
// names by a noun of people, named or not.
func victimBefallen(s *sentence) bool {
	if s.kind != timeline.KindCasualty || s.trig < 1 || s.trig > 6 {
		return false
	}
	return slices.ContainsFunc(s.toks[:s.trig], func(t text.Token) bool { return victimNouns[t.Key] })
}

// groupSpeaker: "Insurers said on Friday ...", "Shipping companies told
// reporters ...": people named by a plural common noun opening the
// sentence, right before a reporting verb in the past, say it. They are
// no one a chronology can name (no participant), but the saying is a
// happening. ("Analysts say" is a view held now: presentView.)
func groupSpeaker(s *sentence) bool {
	k := s.trig
	if k < 1 || k > 3 || !saidVerbs[s.toks[k].Key] {
		return false
	}
	for q := 1; q < k; q++ {
		if s.toks[q].Upper || isDigit(s.toks[q].Key[0]) {
			return false // a name, or a number
		}
	}
	w := s.toks[k-1].Key
	return len(w) > 4 && strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") && !strings.HasSuffix(w, "us") && !strings.HasSuffix(w, "is") &&
		!pronounsMany[w] && !firstPerson[w] && !pronounsOne[w]
}

// isTally: "Since 2023, the UK has sanctioned more than 1,800
// individuals", "Belarus has released over 300 prisoners since 2024": a
// count of what was done again and again since a time sums many
// happenings, none of which a chronology can place.
func isTally(_ *docState, s *sentence) bool {
	if !s.since || s.trig < 1 || !perfectAux[s.toks[s.trig-1].Key] {
		return false
	}
	for k := s.trig + 1; k < len(s.toks) && k <= s.trig+3; k++ {
		if key := s.toks[k].Key; isDigit(key[0]) || countWords[key] && key != "several" && key != "many" {
			return true
		}
	}
	return false
}

// countBefallen: "More than 40 people were detained", "Dozens of
// protesters were injured": a count of people a passive befalls is who
// takes part, named or not.
func countBefallen(s *sentence) bool {
	if !passiveTrigger(s.toks, s.trig) || s.trig >= 2 && (modalsOfPossibility[s.toks[s.trig-2].Key] || s.toks[s.trig-2].Key == "can") {
		return false // ("while the Max can be ordered with a 15 inch ...")
	}
	// (the count opens the sentence: its subject)
	for k := 0; k < s.trig-1 && k <= 3; k++ {
		if isDigit(s.toks[k].Key[0]) || countWords[s.toks[k].Key] {
			return true
		}
	}
	return false
}

// happeningDone: a happening named as the subject of a passive that
// says it was done, called off or put off ("The summit has been
// postponed", "A decision was made to ...", "The talks were held behind
// closed doors"), or that "took place", needs no one named doing it.
func happeningDone(s *sentence) bool {
	start := openingPhraseEnd(s)
	if s.trig < start {
		start = 0 // "The summit of Nordic leaders, which ..., has been postponed"
	}
	if s.trig < 0 || s.trig > start+2 || s.trig > 0 && !determiners[s.toks[s.trig-1].Key] || pastTense(s.toks[s.trig].Key) {
		return false
	}
	for k := s.trig + 1; k+1 < len(s.toks); k++ {
		// ("The exchange took place on the border": it happened)
		if w := s.toks[k].Key; !s.aside[k] && (w == "took" || w == "take" || w == "takes") && s.toks[k+1].Key == "place" {
			return true
		}
		if s.aside[k] || !passiveAux[s.toks[k].Key] {
			continue
		}
		q := k + 1
		if strings.HasSuffix(s.toks[q].Key, "ly") && q+1 < len(s.toks) {
			q++ // "was formally adopted"
		}
		if w := s.toks[q].Key; doneWords[w] || cancelWords[w] || postponeWords[w] || w == "called" && q+1 < len(s.toks) && s.toks[q+1].Key == "off" {
			return true
		}
	}
	return false
}

// unattributedStatement: a statement needs someone who says it.
func unattributedStatement(_ *docState, s *sentence) bool {
	return s.kind == timeline.KindStatement && !s.hasActor && !namesOffice(s) && !groupSpeaker(s)
}

// notSaid: "Rebel leaders have not yet responded", "The ministry never
// replied": a saying the text says did not come is no happening (a
// negation in a quote before the verb is what was said, and a saying
// later in the sentence is one: "has not yet mentioned why, but said").
func notSaid(_ *docState, s *sentence) bool {
	if s.kind != timeline.KindStatement || s.trig < 2 {
		return false
	}
	for k := s.trig + 1; k < len(s.toks); k++ {
		if triggers[s.toks[k].Key] == timeline.KindStatement && !s.toks[k].Upper {
			return false // ("had not addressed the problem, Jobs said": the saying is later)
		}
	}
	for q := max(0, s.trig-3); q < s.trig; q++ {
		if negations[s.toks[q].Key] && !s.aside[q] && s.toks[q+1].Key != "only" {
			return true
		}
	}
	return false
}

// namesOffice reports whether an office title after "the" ("the Foreign
// Secretary", "the Prime Minister") stands before the trigger: whoever
// held it acts, even when the gazetteer does not know who did on the
// publication day (a GOV.UK release after its roles end).
func namesOffice(s *sentence) bool {
	end := s.trig
	if end < 0 {
		end = len(s.toks)
	}
	// (or in a closing ", the rail operator said")
	if v := trailingAttribution(s.text, s.span.Start, s.toks); v > 0 {
		for k := max(v-5, 0); k < v; k++ {
			if s.toks[k].Key == "the" && bodyAfter(s.toks[:v], k) {
				return true
			}
		}
	}
	for k := 0; k+1 < end; k++ {
		// ("Vesta's defence ministry said": a possessive opens it too)
		if s.toks[k].Key != "the" && !(s.toks[k].Upper && possessive(s.text, s.toks[k].End-s.span.Start)) {
			continue
		}
		if bodyAfter(s.toks[:end], k) {
			return true // "The ministry said", "The meteorological institute issued"
		}
		for _, t := range titles {
			if k+1+len(t) <= end && slices.EqualFunc(s.toks[k+1:k+1+len(t)], t, func(tok text.Token, w string) bool { return tok.Key == w }) {
				return true
			}
		}
	}
	return false
}

// bodyAfter reports an acting body after "the" at token k: one of
// actingBodies, after at most two words that qualify it ("The army said
// it had shot down", "The meteorological institute issued a warning",
// "The Portmere harbour council votes"), and no name going on after it
// ("the Council of Europe" is a name, found or not as one).
func bodyAfter(toks []text.Token, k int) bool {
	for h := k + 1; h < len(toks) && h <= k+3; h++ {
		if actingBodies[toks[h].Key] {
			return h+1 >= len(toks) || !toks[h+1].Upper && toks[h+1].Key != "of"
		}
		if notNouns[toks[h].Key] || determiners[toks[h].Key] || prepositions[toks[h].Key] {
			return false
		}
	}
	return false
}

// agreedInReadout: "They agreed that ...", "Both leaders agreed to ...":
// in a readout these are what the meeting already reported concluded, not
// new happenings; a named party agreeing ("Kyiv agreed to ...") still is,
// and so are the speakers announcing their own agreement ("We have agreed
// to deepen ...": weAgreed).
//
// Those who met, named by no name ("They", "The leaders"), agree in the
// readout's words, when nothing is dated, whatever their object names
// ("They agreed to keep working with President Tarvo Mets"), and a
// clause of what would be is as much an outcome as "that ..." ("The
// ministers agreed their countries should keep talking").
func agreedInReadout(st *docState, s *sentence) bool {
	if s.kind != timeline.KindAgreement || s.trig < 0 || s.trig+1 >= len(s.toks) || weAgreed(s) {
		return keepInTouch(s)
	}
	outcome := agreedWhat[s.toks[s.trig+1].Key] || wouldClause(s.toks, s.trig)
	return outcome && (s.onlyAntecedents || len(s.found) == 0 && st.whoMetAgreed(s)) || keepInTouch(s)
}

// whoMetAgreed reports whether the subject of "agreed" at s.trig is
// those who met, named by no name: "They", "Both leaders", "The
// leaders", "The two presidents" (lineContinuers).
func (st *docState) whoMetAgreed(s *sentence) bool {
	if s.trig > 3 || !continuesLine(s.text) || len(st.mentionsIn(span{s.span.Start, s.toks[s.trig].Start})) > 0 {
		return false
	}
	return !s.aside[s.trig]
}

// wouldClause reports whether "agreed" at k takes a clause of what would
// be: a modal within four words ("agreed their countries should keep
// talking").
func wouldClause(toks []text.Token, k int) bool {
	for q := k + 1; q < len(toks) && q <= k+4; q++ {
		if toks[q].Key == "would" || toks[q].Key == "will" || toks[q].Key == "should" {
			return true
		}
	}
	return false
}

// keepInTouch: "Halden and Sirko agreed to stay in close contact", "to
// keep in touch": agreeing, whoever agrees, to go on talking is no
// happening of its own (unless the sentence dates something: "to stay in
// contact ahead of the summit in Rome next week").
func keepInTouch(s *sentence) bool {
	k := s.trig
	return s.kind == timeline.KindAgreement && len(s.found) == 0 && k >= 0 && k+3 < len(s.toks) && s.toks[k+1].Key == "to" && stayVerbs[s.toks[k+2].Key] && s.toks[k+3].Key == "in"
}

// weAgreed reports whether the agreeing at s.trig is told by those who
// agreed, "we" as its subject outside a quote ("We agreed to ...", "We
// have also agreed that ...").
func weAgreed(s *sentence) bool {
	for k := s.trig - 1; k >= 0 && k >= s.trig-4; k-- {
		switch key := s.toks[k].Key; {
		case key == "we":
			return !s.aside[k]
		case !agreeingAux[key]:
			return false
		}
	}
	return false
}

// isHypothetical: "in the unlikely event of a fire, the pumps would
// ..." is no happening, unless the sentence dates it.
func isHypothetical(_ *docState, s *sentence) bool { return !s.explicit && hypothetical(s.toks) }

// isOpinion: "We condemn these attacks" states a view, and so do
// "European officials worry that ...", "Diplomats say a deal is unlikely"
// when nothing in them is dated (presentView).
func isOpinion(_ *docState, s *sentence) bool {
	// ("“We think it is the future,” said Jobs": a view quoted is what
	// was said, a saying that took place)
	if s.trig > 0 && s.aside[0] && !s.aside[s.trig] && s.kind == timeline.KindStatement {
		return false
	}
	return opinion(s.toks) || !s.timed && (presentView(s.toks) || saysState(s))
}

// saysState: "Russia says it is ready for peace", "Kyiv insists it
// remains open to talks": a saying in the present of a state in the
// present, with no time, is a position held, not a saying that took
// place ("Zelenskyy says the talks were productive" reports).
func saysState(s *sentence) bool {
	k := s.trig
	if s.kind != timeline.KindStatement || k < 1 || len(s.found) > 0 || !presentSayings[s.toks[k].Key] {
		return false
	}
	for q := k + 1; q < len(s.toks) && q <= k+4; q++ {
		switch w := s.toks[q].Key; {
		case w == "is" || w == "are" || w == "remains" || w == "remain":
			return true
		case verbLike(w):
			return false
		}
	}
	return false
}

// presentView reports a view held now as the main clause, among the
// first words: a verb of belief in the present ("analysts believe",
// "officials fear", "Kyiv insists"), or "say" after a group with no name
// ("Diplomats say ...", "Analysts say ..."; "Zelenskyy says" reports).
func presentView(toks []text.Token) bool {
	for k := 1; k < len(toks) && k <= 5; k++ {
		w := toks[k].Key
		if verbMarkers[toks[k-1].Key] || toks[k-1].Key == "to" {
			return false // "will say", "to think"
		}
		if viewVerbs[w] {
			return true
		}
		if (w == "say" || w == "says") && groupActors[toks[k-1].Key] {
			return true
		}
	}
	return false
}

// isStance: "The Prime Minister reiterated the UK's steadfast support
// for Ukraine", "The leaders underlined that Europe must ...", "Both
// leaders expressed their support": a readout's or a declaration's
// restated position is a view, however it is reported, unless the
// sentence dates it ("On Friday, the minister welcomed the outcome"). A
// verb that only restates (stanceActs) is a view whatever follows it; one
// that may greet a happening ("welcomed the adoption of the package")
// only with a view as its object (stanceObjects: "welcomed the
// progress", "expressed support").
func isStance(_ *docState, s *sentence) bool {
	// ("“We will bring everyone home,” the President emphasised": words
	// quoted are a saying)
	if s.kind != timeline.KindStatement || s.trig < 0 || s.timed || strings.ContainsAny(s.text, "\"“”") {
		return false
	}
	key := s.toks[s.trig].Key
	// "I can say with confidence that ...", "we must note": what one is
	// able or bound to say is a view, not a saying that took place
	if stanceActs[key] || s.trig > 0 && sayingModals[s.toks[s.trig-1].Key] {
		return true
	}
	// "Minister Karol Wenz thanked the hosts": a courtesy; thanks "for"
	// something ("for hosting the summit") may tell of it
	if key == "thanked" || key == "thanks" {
		return !slices.ContainsFunc(s.toks[s.trig+1:], func(t text.Token) bool { return t.Key == "for" })
	}
	if !stanceGreetings[key] {
		return false
	}
	for q := s.trig + 1; q < len(s.toks) && q <= s.trig+4; q++ {
		if stanceObjects[s.toks[q].Key] {
			return true
		}
		if prepositions[s.toks[q].Key] {
			return false
		}
	}
	return false
}

// isRequest: "Mr Reshetnikov, please tell us how the work is going"
// asks for a happening; it reports none.
func isRequest(_ *docState, s *sentence) bool {
	for k := 0; k < len(s.toks) && k <= max(s.trig, 0); k++ {
		if s.toks[k].Key == "please" {
			return true
		}
	}
	// "I would like to ask Mr Novak to report ...": a chair handing over,
	// in a transcript; "I would like to say a few words about ...": a
	// speaker announcing what they will speak of
	for k := 0; k+4 < len(s.toks); k++ {
		if firstPerson[s.toks[k].Key] && s.toks[k+1].Key == "would" && s.toks[k+2].Key == "like" && s.toks[k+3].Key == "to" && (askWords[s.toks[k+4].Key] || metaSpeech[s.toks[k+4].Key]) {
			return true
		}
	}
	return false
}

// isRanked: "The strike was the third on Odesa's ports this week", "It
// was the largest attack since the summer": a happening told before,
// ranked among others, is no new one. The happening is the subject (or
// the noun after "It was the ..."), then a form of "be" and an ordinal or
// a superlative.
func isRanked(_ *docState, s *sentence) bool {
	toks := s.toks
	if s.trig < 0 || len(toks) < 4 {
		return false
	}
	k := 0
	if determiners[toks[0].Key] {
		k = 1
	}
	switch {
	case toks[0].Key == "it" && beForms[toks[1].Key]:
		k = 2
	case k == s.trig && beForms[toks[k+1].Key]:
		k += 2
	default:
		return false
	}
	return k+1 < len(toks) && determiners[toks[k].Key] && (rankWords[toks[k+1].Key] || strings.HasSuffix(toks[k+1].Key, "est") && s.trig >= k)
}

// isHabitual: "Every day, Russia launches dozens of drones against our
// cities": what happens again and again, in the present, is the state of
// things, not a happening a chronology can place.
func isHabitual(_ *docState, s *sentence) bool {
	if s.trig < 0 || pastTense(s.toks[s.trig].Key) || s.explicit {
		return false
	}
	for k := 0; k+1 < len(s.toks); k++ {
		if (s.toks[k].Key == "every" || s.toks[k].Key == "each") && (timeUnits[s.toks[k+1].Key] || s.toks[k+1].Key == "night" || s.toks[k+1].Key == "morning") {
			return true
		}
	}
	return false
}

// isCaption: "... is seen inside" describes a photo.
func isCaption(_ *docState, s *sentence) bool { return caption(s.toks) }

// hypothetical reports a conditional frame: "in the event of", "in the
// case of", "in case of".
func hypothetical(toks []text.Token) bool {
	for k := 0; k+2 < len(toks); k++ {
		if toks[k].Key != "in" {
			continue
		}
		// "in the event of", "in the unlikely event of", "in case of"
		for q := k + 1; q < len(toks) && q <= k+5; q++ {
			if (toks[q].Key == "event" || toks[q].Key == "case") && q+1 < len(toks) && toks[q+1].Key == "of" {
				return true
			}
		}
	}
	return false
}

// opinion reports a speaker's present-tense stance in the first person
// ("We condemn these attacks", "I believe ..."): a view, not a happening.
func opinion(toks []text.Token) bool {
	for k := 0; k+1 < len(toks) && k < 3; k++ {
		if firstPerson[toks[k].Key] {
			next := toks[k+1].Key
			if stanceAdverbs[next] {
				if k+2 >= len(toks) {
					return false
				}
				next = toks[k+2].Key
			}
			return stanceVerbs[next]
		}
	}
	return false
}

// caption reports the language of a photo caption ("... is seen inside").
func caption(toks []text.Token) bool {
	for k := 0; k+1 < len(toks); k++ {
		if (toks[k].Key == "is" || toks[k].Key == "are") && toks[k+1].Key == "seen" {
			return true
		}
	}
	return false
}

// listItem reports whether block bi is a point of a list: marked as one,
// numbered ("1. Participation in ..."), or following a paragraph that
// announces a list ("This would include commitments to:"). A
// declaration's points are commitments of its signatories, who are named
// before the list, not in each point.
func (st *docState) listItem(bi int) bool {
	bl := &st.blocks[bi]
	if bl.kind == article.KindListItem {
		return true
	}
	text := st.text[bl.start:bl.end]
	if n := strings.IndexByte(text, '.'); n > 0 && n <= 3 && strings.Trim(text[:n], "0123456789") == "" && strings.HasPrefix(text[n:], ". ") {
		return true
	}
	for p := bi - 1; p >= 0; p-- {
		prev := &st.blocks[p]
		if prev.kind == article.KindHeading || prev.kind == article.KindTitle {
			return false
		}
		if strings.HasSuffix(strings.TrimSpace(st.text[prev.start:prev.end]), ":") {
			return true
		}
		// earlier points of the same list count too
		if !st.startsLikeAPoint(prev) {
			return false
		}
	}
	return false
}

// startsLikeAPoint: a paragraph of a list without markers starts with a
// capitalised noun phrase or an imperative and is a single sentence or two.
func (st *docState) startsLikeAPoint(bl *block) bool {
	return len(bl.sentences) <= 3 && len(bl.toks) > 0 && bl.toks[0].Upper
}
