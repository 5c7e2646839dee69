package extract

import (
	"slices"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/storygraph/storygraph/timeline"
	"github.com/storygraph/storygraph/timeline/gazetteer"
	"github.com/storygraph/storygraph/timeline/text"
	"github.com/storygraph/storygraph/timeline/timex"
)

// joinPoint finds where a second happening joins the sentence's main
// one, and returns the token of the joining word ("and", "as", "while"),
// or 0:
//   - "and" before a verb in the past tense (perhaps after "then",
//     "later") with a date of its own that differs from a date before it:
//     "She fought a long illness in 2003 and took four months off in
//     late 2008" reports two happenings five years apart;
//   - "and" before an undated past-tense trigger of another kind of hard
//     happening: "met Zelenskyy and signed a memorandum" is a meeting and
//     an agreement, "arrived in Kyiv and met Zelenskyy" a journey and a
//     meeting (the same kind twice, "met X and met Y", stays one);
//   - ", as" or ", while" before a clause with a subject of its own whose
//     past-tense trigger is another kind of hard happening: "envoys met in
//     Riyadh, as drones struck Sumy" is a meeting and an attack, when the
//     main clause is dated before the comma or neither is dated after it;
//   - after a comma, a clause with its own subject and such a trigger, when
//     the main trigger stands in an opening "As ...", "While ..." clause:
//     "As envoys met in Riyadh, drones struck Sumy";
//   - a happening still to come that a past one is about, named by a noun
//     and dated only in its own relative clause: "discussed the summit to
//     be held in Minsk in May", "exchanged views on the meeting of the
//     council, which will take place in May" (plannedRelative);
//   - ", a day after" or ", which" before a clause with a subject of its
//     own, or a bare "after" when each side has a date of its own
//     (subjectJoin).
//
// It also sets s.joinVerb and, for a clause with a subject of its own,
// s.joinSubject: the token its subject starts at.
func (st *docState) joinPoint(s *sentence) int {
	toks, base := s.toks, s.span.Start
	opening := s.trig > 0 && st.openedBySubordinate(toks, s.trig)
	for k := max(s.trig, 0) + 1; k+1 < len(toks); k++ {
		if v := st.plannedRelative(s, k); v > 0 {
			s.joinVerb, s.joinSubject, s.joinPlanned = v, v, true
			return k
		}
		if v := st.plannedAhead(s, k); v > 0 {
			s.joinVerb, s.joinSubject, s.joinPlanned = v, v, true
			return k
		}
		comma := strings.Contains(st.text[toks[k-1].End:toks[k].Start], ",")
		if opening && comma && !subordinators[toks[k].Key] {
			// "As envoys met in Riyadh, drones struck Sumy"
			if v := clauseVerb(toks, k, k+1); v > 0 && joinedKind(s, toks, v) {
				s.joinVerb, s.joinSubject = v, k
				return k
			}
		}
		if toks[k].Key == "after" || toks[k].Key == "which" || toks[k].Key == "where" {
			if toks[k].Key == "where" && st.whereJoin(s, k, comma) || toks[k].Key != "where" && st.subjectJoin(s, k, comma) {
				return k
			}
			continue
		}
		switch toks[k].Key {
		case "and":
		case "who":
			// "met Solberg, who arrived in Kyiv on a visit": a hard
			// happening of another kind that the one named did; or one of
			// any kind on a date of its own ("raised the case of Nora
			// Whitfield, who was detained in Damascus in February")
			if v := clauseVerb(toks, k, k+1); comma && v > 0 && v <= k+2 && (joinedKind(s, toks, v) || st.ownDateAfter(s, k)) {
				s.joinVerb, s.joinSubject = v, k
				return k
			}
			continue
		case "as", "while":
			if !strings.Contains(st.text[toks[k-1].End:toks[k].Start], ",") {
				continue
			}
			v := clauseVerb(toks, k+1, k+2)
			if v < 0 || !joinedKind(s, toks, v) {
				continue
			}
			_, ok1 := st.dateIn(s, 0, toks[k].Start-base)
			_, ok2 := st.dateIn(s, toks[k].Start-base, len(s.text))
			if ok1 || !ok2 {
				s.joinVerb, s.joinSubject = v, k+1
				return k
			}
			continue
		default:
			continue
		}
		v := joinVerb(toks, k)
		if toks[v].Upper || !pastTense(toks[v].Key) && !reportedPast[toks[v].Key] {
			continue
		}
		// "killed and injured civilians": two verbs of one happening
		if _, ok := triggers[toks[k-1].Key]; ok && pastTense(toks[k-1].Key) {
			continue
		}
		before, ok1 := st.dateIn(s, 0, toks[k].Start-base)
		after, ok2 := st.dateIn(s, toks[k].Start-base, len(s.text))
		if ok1 && ok2 && before.Value != after.Value || (!ok1 || !ok2) && joinedKind(s, toks, v) {
			// "met Trump and signed an agreement on Friday": one date
			// after "and" dates both
			s.joinVerb, s.joinShared = v, !ok1 && ok2
			return k
		}
		return 0
	}
	return 0
}

// plannedRelative returns the noun of a happening still to come whose
// relative clause opens at token k ("to be held", ", which will", ",
// which is scheduled"), when the sentence's main trigger is in the past
// and only the relative clause is dated, with a date after publication:
// "The leaders discussed the summit to be held in Minsk in May" happened
// on its own day, and the summit is in May. 0 when there is none.
func (st *docState) plannedRelative(s *sentence, k int) int {
	toks, base := s.toks, s.span.Start
	if s.trig < 0 || !pastTense(toks[s.trig].Key) || k+2 >= len(toks) {
		return 0
	}
	switch {
	case toks[k].Key == "to" && toks[k+1].Key == "be" && participle(toks[k+2].Key) && !notNouns[toks[k-1].Key]:
	case (toks[k].Key == "which" || toks[k].Key == "that") && strings.Contains(st.text[toks[k-1].End:toks[k].Start], ",") &&
		(toks[k+1].Key == "will" || (toks[k+1].Key == "is" || toks[k+1].Key == "are") && futureBeforeTo[toks[k+2].Key] || futureWords[toks[k+2].Key]):
	default:
		return 0
	}
	if _, ok := st.dateIn(s, 0, toks[k].Start-base); ok {
		return 0
	}
	e, ok := st.dateIn(s, toks[k].Start-base, len(s.text))
	if !ok || st.ref.IsZero() || !e.Begin.After(st.ref) {
		return 0
	}
	// the happening's noun, a few words before: "the meeting of the
	// Supreme Eurasian Economic Council, to be held"
	for v := k - 1; v > s.trig && v >= k-8; v-- {
		if kind, ok := triggers[toks[v].Key]; ok && !toks[v].Upper && !pastTense(toks[v].Key) && joinKinds[kind] {
			return v
		}
	}
	return 0
}

// plannedAhead returns the noun of a happening still to come that a
// past one was held ahead of, opening at token k ("ahead of", "in the
// run-up to"), when its phrase has a date of its own not before the
// day of publication: "spoke to Rutte this afternoon ahead of the
// meeting in Berlin this evening", "coordinated positions ahead of the
// summit in Evian on June 14" are a call and a meeting still to come.
// 0 when there is none (dateSentence keeps the date from the call:
// deadline).
func (st *docState) plannedAhead(s *sentence, k int) int {
	toks, base := s.toks, s.span.Start
	if s.trig < 0 || !pastTense(toks[s.trig].Key) || k+3 >= len(toks) || st.ref.IsZero() {
		return 0
	}
	from := 0
	switch {
	case toks[k].Key == "ahead" && toks[k+1].Key == "of":
		from = k + 2
	case toks[k].Key == "in" && toks[k+1].Key == "the" && toks[k+2].Key == "run" && k+4 < len(toks) && toks[k+4].Key == "to":
		from = k + 5
	default:
		return 0
	}
	var e timex.Expr // its date, or its time of day ("this evening")
	for _, f := range s.found {
		if f.Start >= toks[k].Start-base && (f.Type == timex.Date || f.Type == timex.Clock) && !f.Begin.IsZero() {
			e = f
			break
		}
	}
	if e.Begin.IsZero() || e.Begin.Before(st.ref) {
		return 0
	}
	// the happening's noun, a few words on: "the G7 summit", "next
	// week's meeting"; not one inside a name ("the Summit Hotel")
	for v := from; v < len(toks) && v <= from+3 && toks[v].Start-base < e.Start; v++ {
		if kind, ok := triggers[toks[v].Key]; ok && !toks[v].Upper && !pastTense(toks[v].Key) && joinKinds[kind] {
			return v
		}
	}
	return 0
}

// joinedKind reports whether the trigger at v is a hard happening in the
// past of another kind than the sentence's main one, both kinds being
// ones a chronology keeps apart (joinKinds).
func joinedKind(s *sentence, toks []text.Token, v int) bool {
	kind, ok := triggers[toks[v].Key]
	// "discussed the plan and agreed to meet again": what the talks
	// concluded, not a happening of its own (agreedInReadout)
	if kind == timeline.KindAgreement && v+1 < len(toks) && agreedWhat[toks[v+1].Key] {
		return false
	}
	return ok && kind != s.kind && joinKinds[kind] && joinKinds[s.kind] && pastTense(toks[v].Key) && triggerInContext(toks, v)
}

// subjectJoin reports whether a clause with a subject of its own joins
// at token k, "after" or "which", and sets s.joinVerb and s.joinSubject:
//   - ", a day after Halvard agreed to buy the company": a hard happening
//     of its own, the span before the main one's day (dateBackFrom);
//   - ", which Ukraine reopened in April": what someone named did to the
//     thing the clause is about, on a date of its own.
func (st *docState) subjectJoin(s *sentence, k int, comma bool) bool {
	toks := s.toks
	v := clauseVerb(toks, k+1, k+2)
	switch toks[k].Key {
	case "after":
		v = st.afterJoinVerb(s, k, v)
	case "which":
		if w := st.happeningWhich(s, k, comma); w > 0 {
			s.joinVerb, s.joinSubject = w, nounPhraseStart(toks, k)
			return true
		}
		if v <= 0 || !comma || v > k+4 || !toks[k+1].Upper || !st.ownDateAfter(s, k) {
			return false
		}
	}
	if v <= 0 {
		return false
	}
	s.joinVerb, s.joinSubject = v, k+1
	return true
}

// happeningWhich is the noun of the happening named right before a ",
// which" clause at k that dates it on a day of its own, or 0: "reported
// on the talks in Geneva, which ended yesterday", "The tests, which
// began on Feb. 9, exposed the rover ...": the talks ended, the tests
// began, then (the clause's verb straight after "which", or after "was",
// "had").
func (st *docState) happeningWhich(s *sentence, k int, comma bool) int {
	toks := s.toks
	if !comma || k < 1 || k+2 >= len(toks) || !st.ownDateAfter(s, k) {
		return 0
	}
	named := 0 // a happening's noun in the phrase before: "the talks in Geneva"
	from := nounPhraseStart(toks, k)
	if from >= 2 && toks[from-1].Key == "of" {
		// "the successful launch of the Baiterek rocket complex, which
		// took place on April 6": the phrase the "of" phrase is part of
		from = nounPhraseStart(toks, from-1)
	}
	for q := k - 1; q >= from && q > s.trig && named == 0; q-- {
		_, trig := triggers[toks[q].Key]
		_, noun := happeningNouns[toks[q].Key]
		if (trig || noun) && !toks[q].Upper && !pastTense(toks[q].Key) {
			named = q
		}
	}
	if named == 0 {
		return 0
	}
	v := k + 1
	if toks[v].Key == "was" || toks[v].Key == "were" || toks[v].Key == "had" {
		v++
	}
	if toks[v].Upper || !durationVerbs[toks[v].Key] && !(toks[v].Key == "took" && toks[v+1].Key == "place") && toks[v].Key != "held" {
		return 0
	}
	return named
}

// nounPhraseStart is where the noun phrase ending before token k starts:
// its article or possessive within five words ("the talks in Geneva"),
// else the word before k.
func nounPhraseStart(toks []text.Token, k int) int {
	for q := k - 1; q >= 0 && q >= k-5; q-- {
		if determiners[toks[q].Key] {
			return q
		}
	}
	return k - 1
}

// afterJoinVerb is the verb of a happening of its own after "after" at
// token k, or -1 (v is the clause's trigger, clauseVerb's): one of
// another hard kind after ", a day after" ("..., a day after Halvard
// agreed to buy ...") or before a clause dated on its own ("rose on
// Tuesday after authorities closed the port on Monday"); after a bare
// "after", between two clauses each dated to a day of its own, any verb
// in the past, trigger or not ("fell on Tuesday after the company posted
// a loss on Monday").
func (st *docState) afterJoinVerb(s *sentence, k, v int) int {
	spanned := spanBefore(st.text, s.toks, k) > 0
	if v > 0 && afterKind(s, s.toks, v) && (spanned || st.eachDated(s, k)) {
		return v
	}
	// ", about 28 hours after lifting off from Kennedy": a happening of
	// the main one's subject, a span before it
	if g := k + 1; spanned && g < len(s.toks) && !s.toks[g].Upper && len(s.toks[g].Key) > 5 && strings.HasSuffix(s.toks[g].Key, "ing") && !ingLinks[s.toks[g].Key] {
		return g
	}
	if spanned {
		return happeningAfter(s.toks, k)
	}
	if !st.eachDated(s, k) {
		return -1
	}
	before, _ := st.dateIn(s, 0, s.toks[k].Start-s.span.Start)
	after, _ := st.dateIn(s, s.toks[k].Start-s.span.Start, len(s.text))
	if before.Precision != timex.Day || after.Precision != timex.Day {
		return -1
	}
	for q := k + 2; q < len(s.toks) && q <= k+6; q++ {
		switch t := s.toks[q]; {
		case t.Key == "and" || t.Key == "to":
			return -1
		case !t.Upper && pastTense(t.Key) && !determiners[s.toks[q-1].Key]:
			return q
		}
	}
	return -1
}

// happeningAfter is the noun of a happening that a span before "after"
// at k dates, named in the noun phrase right after it, or -1: "sacked
// the manager on Monday, a day after a 3-0 home defeat to Castleford"
// reports the defeat too, a day before the sacking.
func happeningAfter(toks []text.Token, k int) int {
	for q := k + 1; q < len(toks) && q <= k+5; q++ {
		w := toks[q].Key
		if _, ok := happeningNouns[w]; ok || contestNouns[w] {
			return q
		}
		if toks[q].Upper || w == "of" || w == "to" || w == "and" || pastTense(w) {
			return -1 // the phrase ends
		}
	}
	return -1
}

// spanBefore is the first token of the span of time a comma sets
// before "after" at k (", a day after", ", two weeks after", ", hours
// after", ", just days after"), or 0.
func spanBefore(text string, toks []text.Token, k int) int {
	if k < 2 || !spanUnits[toks[k-1].Key] {
		return 0
	}
	for q := k - 1; q > 0 && q >= k-3; q-- {
		if strings.Contains(text[toks[q-1].End:toks[q].Start], ",") {
			return q
		}
	}
	return 0
}

// afterKind reports whether the trigger at v, after ", a day after", is a
// hard happening in the past of another kind than the main one
// (joinedKind; "agreed to buy" is one here).
func afterKind(s *sentence, toks []text.Token, v int) bool {
	kind, ok := triggers[toks[v].Key]
	return ok && kind != s.kind && joinKinds[kind] && pastTense(toks[v].Key) && triggerInContext(toks, v)
}

// clauseVerb is the trigger of a clause whose subject starts at token
// from: a lower-case trigger in the past tense from token first (after a
// subject of at least one word, "drones struck") to five words after
// from, or -1.
func clauseVerb(toks []text.Token, from, first int) int {
	for v := first; v < len(toks) && v <= from+5; v++ {
		if toks[v].Key == "and" || toks[v].Key == "to" {
			return -1
		}
		if _, ok := triggers[toks[v].Key]; ok && !toks[v].Upper && pastTense(toks[v].Key) {
			return v
		}
	}
	return -1
}

// whereJoin reports whether a ", where" clause at k is a happening of
// its own on a date of its own, and sets s.joinVerb and s.joinSubject:
// "the situation in the Caspian region, where an oil platform caught
// fire last week" (not what a visit to the place took in: "visited
// Velm, where she met workers on Monday").
func (st *docState) whereJoin(s *sentence, k int, comma bool) bool {
	v := whereVerb(s.toks, k)
	if !comma || v < 0 || s.kind == timeline.KindTravel || s.kind == timeline.KindMeeting || !st.ownDateAfter(s, k) || !st.datedNear(s, v) {
		return false
	}
	s.joinVerb, s.joinSubject = v, k+1
	return true
}

// datedNear reports a date within five words after the verb at v, with
// no relative clause opening between ("caught fire last week", not
// "replaced a seal that leaked during the Jan. 2 rehearsal").
func (st *docState) datedNear(s *sentence, v int) bool {
	e, ok := st.dateIn(s, s.toks[v].End-s.span.Start, len(s.text))
	if !ok {
		return false
	}
	at := tokIndex(s.toks, s.span.Start+e.Start)
	return at > v && at <= v+5 && !slices.ContainsFunc(s.toks[v:at], func(t text.Token) bool { return relativeWords[t.Key] })
}

// whereVerb is the verb of a ", where" clause at k with a subject of its
// own: a lower-case trigger or phrasal verb in the past after one word
// of its subject at least, within six words; or -1.
func whereVerb(toks []text.Token, k int) int {
	for v := k + 2; v < len(toks) && v <= k+6; v++ {
		if toks[v].Upper || !pastTense(toks[v].Key) {
			continue
		}
		_, trig := triggers[toks[v].Key]
		if _, phrasal := phrasalKind(toks, v); trig || phrasal {
			return v
		}
		return -1 // the clause's verb is no happening's
	}
	return -1
}

// openedBySubordinate reports whether the sentence opens with "As",
// "While" or "When" (perhaps after a date: "On 4 March, as envoys met
// ...") before the trigger at trig.
func (st *docState) openedBySubordinate(toks []text.Token, trig int) bool {
	for k := 0; k < trig && k < 6; k++ {
		if subordinators[toks[k].Key] && (k == 0 || strings.Contains(st.text[toks[k-1].End:toks[k].Start], ",")) {
			return true
		}
	}
	return false
}

// joinVerb is the token of the verb after "and" at k: the next one, or
// the one after "then", "later" ("and then took", "and later returned").
func joinVerb(toks []text.Token, k int) int {
	if v := k + 1; joinAdverbs[toks[v].Key] && v+1 < len(toks) {
		return v + 1
	}
	return k + 1
}

// joinedEvents is the happening joined at s.join (joinPoint): the main
// event's agents (its verb has no subject of its own), the people and
// places named after "and", and its own date, kind and status.
func (st *docState) joinedEvents(articleID string, s *sentence, main timeline.Event) []timeline.Event {
	if s.join == 0 {
		return nil
	}
	toks, base := s.toks, s.span.Start
	v := s.joinVerb
	rest := span{toks[v].Start, s.span.End}
	if s.joinSubject > 0 {
		rest.Start = toks[s.joinSubject].Start // the clause's own subject takes part
	}
	ev := main
	ev.ID = main.ID + ".and"
	ev.Kind = timeline.KindOther
	if kind, ok := triggers[toks[v].Key]; ok {
		ev.Kind = kind
	}
	ev.Verb = st.text[toks[v].Start:toks[v].End]
	// its own date, or the main happening's ("met X on Monday and signed Y")
	if e, ok := st.dateIn(s, toks[s.join].Start-base, len(s.text)); ok {
		ev.Date, ev.Precision, ev.DateBasis, ev.DateText, ev.Time, ev.Timezone = e.Value, e.Precision, timeline.BasisText, e.Text, "", ""
	} else if toks[s.join].Key == "after" {
		st.dateBackFrom(s, &ev)
	}
	ev.Status, ev.Certainty, ev.AssertedBy = timeline.StatusHappened, main.Certainty, main.AssertedBy
	if s.joinPlanned || futureIn(tokensIn(toks, rest)) {
		ev.Status = timeline.StatusScheduled
	}
	phrase := st.text[rest.Start:rest.End]
	r, size := utf8.DecodeRuneInString(phrase)
	ev.Summary = string(unicode.ToUpper(r)) + phrase[size:]
	subjectEnd := -1 // where the joined clause's own subject ends
	if s.joinSubject > 0 {
		subjectEnd = toks[v].Start
	}
	ev.Participants, ev.Places = st.joinedCast(main, rest, subjectEnd)
	if toks[s.join].Key == "who" {
		// ", who arrived in Kyiv": the one named last before it did (or,
		// ", who was detained", underwent)
		var who []timeline.Participant
		role := timeline.RoleAgent
		if passiveTrigger(toks, v) {
			role = timeline.RoleSubject
		}
		for _, m := range st.mentionsIn(span{base, toks[s.join].Start}) {
			if m.typ == timeline.Person {
				who = []timeline.Participant{{Name: st.entities[m.id].Name, Type: m.typ, Role: role}}
			}
		}
		ev.Participants = append(who, ev.Participants...)
		if len(who) > 0 {
			ev.Summary = who[0].Name + " " + st.text[toks[s.join+1].Start:rest.End] // "Nora Whitfield was detained ..."
		}
	}
	if len(ev.Places) == 0 && s.joinSubject == 0 {
		ev.Places = main.Places // "arrived in Kyiv and met Zelenskyy": in Kyiv
	}
	return []timeline.Event{ev}
}

// dateBackFrom dates a happening joined by ", a day after": the span
// before the main happening's day ("two days after": two days before;
// "hours after": that day; "weeks after": no day to give, the main one's
// kept).
func (st *docState) dateBackFrom(s *sentence, ev *timeline.Event) {
	toks := s.toks
	from := spanBefore(st.text, toks, s.join)
	day, err := time.Parse(time.DateOnly, ev.Date)
	if from == 0 || err != nil || ev.Precision != timex.Day {
		return
	}
	ev.DateText, ev.Time, ev.Timezone = st.text[toks[from].Start:toks[s.join].End], "", ""
	if toks[from].Key == "the" && toks[from+1].Key == "day" {
		ev.Date, ev.DateBasis = day.AddDate(0, 0, -1).Format(time.DateOnly), timeline.BasisText // "the day after"
		return
	}
	for _, e := range s.found {
		if e.Type != timex.Duration || s.span.Start+e.Start < toks[from].Start || s.span.Start+e.End > toks[s.join].Start {
			continue
		}
		if d, ok := backBy(day, e.Value); ok {
			ev.Date, ev.Precision, ev.DateBasis = d.date, d.precision, timeline.BasisText
		}
		return
	}
}

// ownDateAfter reports whether the clause from token k has a date of
// its own and the words before it none, or another.
func (st *docState) ownDateAfter(s *sentence, k int) bool {
	at := s.toks[k].Start - s.span.Start
	after, ok := st.dateIn(s, at, len(s.text))
	before, ok0 := st.dateIn(s, 0, at)
	return ok && (!ok0 || before.Value != after.Value)
}

// eachDated reports whether the clauses before and from token k each
// have a date of their own, and not the same one.
func (st *docState) eachDated(s *sentence, k int) bool {
	_, ok := st.dateIn(s, 0, s.toks[k].Start-s.span.Start)
	return ok && st.ownDateAfter(s, k)
}

// dateIn is the sentence's first dated expression within [from, to)
// (offsets in the sentence), in the order written.
func (st *docState) dateIn(s *sentence, from, to int) (timex.Expr, bool) {
	for _, e := range s.found {
		if e.Start >= from && e.End <= to && e.Type == timex.Date && e.Value != "" && e.Precision != timex.Unknown {
			return e, true
		}
	}
	return timex.Expr{}, false
}

// joinedCast is who takes part in a joined happening and where: the main
// event's agents (unless its clause has a subject of its own, which
// ends at subjectEnd, else -1: a nationality in it is an agent), then the people and organisations named in rest; the
// places named in rest.
func (st *docState) joinedCast(main timeline.Event, rest span, subjectEnd int) ([]timeline.Participant, []string) {
	parts := []timeline.Participant{}
	seen := map[string]bool{}
	for _, p := range main.Participants {
		if subjectEnd < 0 && p.Role == timeline.RoleAgent && !seen[p.Name] {
			seen[p.Name] = true
			parts = append(parts, p)
		}
	}
	places := []string{}
	for _, m := range st.mentionsIn(rest) {
		name := st.entities[m.id].Name
		switch {
		case (m.via == gazetteer.ViaDemonym || m.typ == timeline.Place) && m.start < subjectEnd && !seen[name]:
			// "as Russian drones struck", "which Ukraine reopened": the
			// country acts
			seen[name] = true
			parts = append(parts, timeline.Participant{Name: name, Type: m.typ, Role: timeline.RoleAgent})
		case m.typ == timeline.Place && m.via != gazetteer.ViaDemonym:
			places = append(places, name)
		case (m.typ == timeline.Person || m.typ == timeline.Organization) && !seen[name]:
			seen[name] = true
			parts = append(parts, timeline.Participant{Name: name, Type: m.typ, Role: timeline.RoleCounterpart})
		}
	}
	return parts, places
}

// bornEvents are the births a sentence tells in passing, in a participle
// phrase about someone: "Halvorsen, born in Trondheim on March 11,
// 1961, has built ..." was born on that day in that place, whatever the
// sentence's own happening (the phrase dates nothing else:
// appositiveParticiples).
// main is the sentence's event, or nil when the sentence reports no
// happening of its own (the birth is still one).
func (st *docState) bornEvents(articleID string, s *sentence, main *timeline.Event) []timeline.Event {
	var out []timeline.Event
	base := s.span.Start
	for _, r := range s.reduced {
		k := tokIndex(s.toks, r.Start)
		if k < 0 || s.toks[k].Key != "born" {
			continue
		}
		e, ok := st.dateIn(s, r.Start-base, r.End-base)
		if !ok {
			continue
		}
		// who: the person named right before the phrase
		var who *timeline.Participant
		for _, m := range st.mentionsIn(span{base, r.Start}) {
			if m.typ == timeline.Person && strings.TrimSpace(strings.Trim(st.text[m.end:r.Start], ", ")) == "" {
				who = &timeline.Participant{Name: st.entities[m.id].Name, Type: m.typ, Role: timeline.RoleAgent}
			}
		}
		// ("Born in 1950 in Leeds, she joined ...": the subject after it)
		for _, p := range s.parts {
			if who == nil && k == 0 && p.Type == timeline.Person {
				who = &timeline.Participant{Name: p.Name, Type: p.Type, Role: timeline.RoleAgent}
			}
		}
		if who == nil {
			continue
		}
		if main == nil {
			m := st.buildEvent(articleID, s)
			main = &m
		}
		ev := *main
		ev.ID = main.ID + ".born"
		ev.Kind, ev.Verb, ev.Status, ev.Certainty, ev.AssertedBy = timeline.KindOther, "born", timeline.StatusHappened, timeline.CertaintyAsserted, ""
		ev.Date, ev.Precision, ev.DateBasis, ev.DateText, ev.Time, ev.Timezone = e.Value, e.Precision, timeline.BasisText, e.Text, "", ""
		ev.Participants = []timeline.Participant{*who}
		ev.Places = []string{}
		for _, m := range st.mentionsIn(r) {
			if m.typ == timeline.Place && m.via != gazetteer.ViaDemonym {
				ev.Places = append(ev.Places, st.entities[m.id].Name)
			}
		}
		ev.Summary = who.Name + ", " + st.text[r.Start:r.End]
		out = append(out, ev)
	}
	return out
}
