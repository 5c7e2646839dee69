package extract

import (
	"math"
	"regexp"
	"slices"
	"sort"
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/storygraph/storygraph/timeline"
	"github.com/storygraph/storygraph/timeline/text"
	"github.com/storygraph/storygraph/timeline/timex"
)

// dated is an event's date with its precision and where it came from.
type dated struct {
	date      string
	precision timex.Precision
	basis     timeline.DateBasis
}

func (st *docState) publishedDate() dated {
	if st.ref.IsZero() {
		return dated{basis: timeline.BasisNone}
	}
	return dated{date: st.ref.Format(time.DateOnly), precision: timex.Day, basis: timeline.BasisPublished}
}

func (d dated) relativeWeek() bool { return d.precision == timex.Week }

// dateSentence dates the happening: from the sentence, else from the
// paragraph so far (paraDate, from the memory), else the publication
// date. It orders the sentence's time expressions by relevance (the
// summary drops the first if it leads), sets timed when the sentence has
// a date or time of day of its own, and datesParagraph when that date
// dates the sentences after it.
func (st *docState) dateSentence(s *sentence, paraDate dated) {
	s.date = paraDate
	s.date.basis = timeline.BasisContext
	if paraDate.basis == timeline.BasisPublished || paraDate.basis == timeline.BasisNone {
		s.date.basis = paraDate.basis
	}
	s.exprs = ownExprs(s, st.ref)
	st.dateFromExprs(s)
	// a date or a time of day of the sentence's own ("at 7:04 a.m.", "last
	// Thursday night"); the vague spans below do not count
	s.timed = s.explicit || s.clock != "" || s.dateText != ""
	s.datesParagraph = s.explicit && !s.date.relativeWeek() && !s.since && !backstory(s) && !st.spanFromNow(s.date) && !tellsBirth(s)
	// "The crawler is slowly moving it": the present progressive happens
	// now, whatever date the sentence before gave the paragraph; and a
	// happening told in the past tense did not happen on a date still to
	// come ("the switch would happen next year. Jobs said ..."), nor one
	// in the present perfect long before ("He fought cancer in 2004. Jobs
	// has not said what prompted his decision").
	if !s.explicit && s.dateText == "" && s.trig >= 0 && s.date.basis == timeline.BasisContext &&
		(progressive(s.toks, s.trig) || st.pastOnFutureDate(s) || perfect(s.toks, s.trig) || st.futureOnPastDate(s) || st.sayingLongAfter(s) || st.sayingNowOfBackstory(s) || saysNow(s)) {
		s.date = st.publishedDate()
	}
	st.cameBefore(s)
	st.missionDay(s)
	// "in the coming days", "over the past weeks": no date, but a span on
	// one side of the publication date is what the text says; the day of
	// publication would claim a precision it does not have. A time of day
	// ("this evening") dates the sentence better.
	if !s.explicit && s.dateText == "" {
		for _, e := range s.exprs {
			if v, ok := vagueSpan(e, st.ref); ok && s.span.Start+e.Start < s.clauseEnd {
				s.date = dated{date: v, precision: timex.Range, basis: timeline.BasisText}
				s.dateText = e.Text
				break
			}
		}
	}
}

// spanFromNow reports whether d is a range that starts or ends on the
// publication day ("will cost €4.8 billion over the next four years",
// "have doubled over the past decade"): the span of a forecast or a
// trend, not a time the sentences after it are about.
func (st *docState) spanFromNow(d dated) bool {
	if d.precision != timex.Range || st.ref.IsZero() {
		return false
	}
	from, to, _ := strings.Cut(d.date, "/")
	day := st.ref.Format(time.DateOnly)
	return from == day || to == day
}

// cameBefore dates the happening after "<X> came (comes) a week after":
// the span given before the date X has ("The ruling comes a week after
// the government approved a rail link": the approval, a week before
// publication; "came two days after workers rejected" two days before
// the day the paragraph has reached). Days give a day, weeks the week,
// months the month, hours X's own day.
func (st *docState) cameBefore(s *sentence) {
	if s.came <= 0 || s.explicit || s.dateText != "" {
		return
	}
	base := s.date
	if s.toks[s.came].Key == "comes" || base.basis == timeline.BasisNone {
		base = st.publishedDate()
	}
	first, _, ok := timeline.Span(base.date)
	day, err := time.Parse(time.DateOnly, first)
	if !ok || err != nil || base.precision != timex.Day {
		return
	}
	lo, hi := s.toks[s.came].End-s.span.Start, s.toks[s.came+1].Start-s.span.Start
	for _, e := range s.exprs {
		if e.Type != timex.Duration || e.Start < lo || e.Start > hi+len(e.Text) {
			continue
		}
		d, ok := backBy(day, e.Value)
		if !ok {
			return
		}
		s.date = d
		s.dateText = s.text[s.toks[s.came].Start-s.span.Start : s.toks[s.came+1].Start-s.span.Start+len(e.Text)]
		return
	}
}

// backBy is day less an ISO 8601 duration of days, weeks, months or hours
// ("P2D", "P1W", "P3M", "PT5H"), at the precision the unit has.
func backBy(day time.Time, value string) (dated, bool) {
	unit := value[len(value)-1]
	n, err := strconv.Atoi(strings.TrimPrefix(strings.TrimPrefix(value[:len(value)-1], "P"), "T"))
	if err != nil || !strings.HasPrefix(value, "P") {
		return dated{}, false
	}
	var d dated
	switch {
	case unit == 'D' && !strings.Contains(value, "T"):
		d = dated{date: day.AddDate(0, 0, -n).Format(time.DateOnly), precision: timex.Day}
	case unit == 'W':
		w := day.AddDate(0, 0, -7*n)
		mon := w.AddDate(0, 0, -((int(w.Weekday()) + 6) % 7))
		d = dated{date: mon.Format(time.DateOnly) + "/" + mon.AddDate(0, 0, 6).Format(time.DateOnly), precision: timex.Week}
	case unit == 'M' && !strings.Contains(value, "T"):
		d = dated{date: day.AddDate(0, -n, 0).Format("2006-01"), precision: timex.Month}
	case unit == 'H' && strings.HasPrefix(value, "PT"):
		// ("28 hours after": the day before, for a day or more of hours)
		d = dated{date: day.AddDate(0, 0, -n/24).Format(time.DateOnly), precision: timex.Day}
	default:
		return dated{}, false
	}
	d.basis = timeline.BasisText
	return d, true
}

// pastWeek ends a happening dated "this week" on the publication day:
// what "has filed a lawsuit ... this week" says of a Tuesday article is
// Monday or Tuesday, not the days to come (a week straddling two months
// would otherwise not lie in either).
func (st *docState) pastWeek(s *sentence) {
	if s.status != timeline.StatusHappened || s.date.precision != timex.Week || st.ref.IsZero() {
		return
	}
	first, last, ok := timeline.Span(s.date.date)
	ref := st.ref.Format(time.DateOnly)
	if !ok || ref < first || ref >= last {
		return
	}
	s.date.date, s.date.precision = first+"/"+ref, timex.Range
}

// newVoiceNow dates at publication a statement with no date of its own
// whose paragraph has gone back years, when someone other than the one
// the backstory is about says it: "She retired in 2010. “She was
// fearless,” said her former colleague Pavel Drozd." is said now, not in
// 2010 ("She said she wanted to write", the retired one herself, stays in
// the backstory; so does a saying after a company's backstory: "Norland
// Bank moved to Oslo in 2019. Solberg said the move would save money").
// one is the person named last before the sentence.
func (st *docState) newVoiceNow(s *sentence, one string) {
	who := s.assertedBy
	for _, p := range s.parts {
		if who == "" && p.Type == timeline.Person {
			who = p.Name // "said her former colleague Pavel Drozd"
		}
	}
	if s.kind != timeline.KindStatement || s.explicit || s.dateText != "" || s.date.basis != timeline.BasisContext ||
		who == "" || one == "" || who == one || st.ref.IsZero() {
		return
	}
	if _, last, ok := timeline.Span(s.date.date); ok && last < st.ref.AddDate(-1, 0, 0).Format(time.DateOnly) {
		s.date = st.publishedDate()
	}
}

// futureOnPastDate reports whether the sentence tells a happening still
// to come ("NASA will provide live coverage beginning at 8 a.m.") while
// the date it would inherit, the story's, ended before the publication
// day: what is to come is not on a day gone by. A sentence that also
// tells something past ("will not be lowered before the coming
// trial, after technicians showed ...") keeps the story's day.
func (st *docState) futureOnPastDate(s *sentence) bool {
	if st.ref.IsZero() || !futureIn(s.modalTokens()) {
		return false // (first: most sentences are not future, and Span allocates)
	}
	_, last, ok := timeline.Span(s.date.date)
	if !ok || last >= st.ref.Format(time.DateOnly) {
		return false
	}
	attribution := trailingAttribution(s.text, s.span.Start, s.toks)
	for q := range s.toks {
		if q != attribution && pastVerb(s.toks, q) && !(q > 0 && passiveAux[s.toks[q-1].Key]) {
			return false
		}
	}
	return true
}

// markerPastTimes moves a reported clause's opener q past a time
// expression it opens: in "told NRK the previous day that she would
// appeal", "the" opens the saying's time and "that" the clause.
func (s *sentence) markerPastTimes(q int) int {
	for q > 0 {
		at := s.toks[q].Start - s.span.Start
		k := 0
		for k < len(s.exprs) && s.exprs[k].Start != at {
			k++
		}
		if k == len(s.exprs) {
			return q
		}
		end := tokIndex(s.toks, s.span.Start+s.exprs[k].End-1)
		next := clauseMarker(s.toks[end:], 0)
		if next <= 0 {
			return -1
		}
		q = end + next
	}
	return q
}

// sayingLongAfter reports whether the sentence is a saying ("Eni-Sud
// said the three were in good health") whose inherited date is recent
// news, ended a week to 90 days before publication: news says what
// someone said lately, and a saying with no time of its own after "were
// seized on August 3" or "lost $1.7 billion in the fourth quarter" is not
// told as one made then. (A story's background years back keeps its
// date: "She retired in 2010. She said she wanted to write books".)
func (st *docState) sayingLongAfter(s *sentence) bool {
	if s.kind != timeline.KindStatement || s.speaker < 0 || !saidVerbs[s.toks[s.speaker].Key] || st.ref.IsZero() {
		return false
	}
	// (one with a time of its own the story could not place, "said the
	// previous day", stays in the story)
	for k := range s.exprs {
		if s.exprs[k].Type == timex.Date {
			return false
		}
	}
	if st.newsFrom == "" {
		st.newsFrom, st.newsTo = st.ref.AddDate(0, 0, -90).Format(time.DateOnly), st.ref.AddDate(0, 0, -7).Format(time.DateOnly)
	}
	_, last, ok := timeline.Span(s.date.date)
	return ok && last < st.newsTo && last >= st.newsFrom
}

// saysNow reports a saying in the present ("The airline says higher
// fuel prices have hurt its margins"): said as the story is written, not
// on the day of the news the paragraph tells.
func saysNow(s *sentence) bool {
	return s.kind == timeline.KindStatement && s.speaker >= 0 && s.speaker == s.trig && presentSayings[s.toks[s.speaker].Key]
}

// sayingNowOfBackstory reports a saying with no time of its own after a
// sentence that took the paragraph back to a past year or further
// ("Pella Mining opened its first mine in 1998. Its chief said output
// will rise"; "Dara Kell joined the bank in 2004. “We are in good
// shape,” she said"): said of what is or will be, it is said now, not
// then (and one in the present always is: saysNow). One in the past of
// the past, "She retired in 2010. She said she wanted to write books",
// stays in the backstory.
func (st *docState) sayingNowOfBackstory(s *sentence) bool {
	if s.kind != timeline.KindStatement || s.speaker < 0 || st.ref.IsZero() || !slices.ContainsFunc(s.toks, func(t text.Token) bool { return nowTense[t.Key] }) {
		return false // (first: Span and Format allocate)
	}
	_, last, ok := timeline.Span(s.date.date)
	yearBefore := s.date.precision == timex.Year && last < st.ref.Format("2006")
	return ok && (yearBefore || last < st.ref.AddDate(-1, 0, 0).Format(time.DateOnly))
}

// pastOnFutureDate reports whether the sentence tells its happening in
// the past tense while the date it would inherit begins after the
// publication day.
//
// Nor is a saying in the past said over the year still running that a
// forecast gave the paragraph ("It now expects to deliver 60 jets in
// 2026. Chief financial officer Luiza Matos blamed engine shortages":
// she said it at the news, not some time in 2026).
func (st *docState) pastOnFutureDate(s *sentence) bool {
	first, last, ok := timeline.Span(s.date.date)
	w := s.toks[s.trig].Key
	day := st.ref.Format(time.DateOnly)
	if ok && !st.ref.IsZero() && s.kind == timeline.KindStatement && s.date.precision == timex.Year && first <= day && last > day && pastTense(w) {
		return true
	}
	return ok && !st.ref.IsZero() && first > day && (pastTense(w) || saidVerbs[w] || didBefore(s.toks, s.trig))
}

// didBefore reports "did" or "did not" before token k: the past of "did
// not discuss sanctions", "did meet".
func didBefore(toks []text.Token, k int) bool {
	return k > 0 && toks[k-1].Key == "did" || k > 1 && toks[k-2].Key == "did" && (toks[k-1].Key == "not" || toks[k-1].Key == "never")
}

// anchorOnStory resolves "one year later", "the next day", which timex
// leaves unresolved when the sentence gives nothing to count from, on the
// date the story has reached (a date a sentence gave the paragraph, not
// the publication date): "In 1984 Jobs launched the Mac. One year later he
// was fired." (timex.FindInStory; an anchor coarser than what it counts,
// "in 1984 ... two days later", places nothing).
func anchorOnStory(sentence string, e timex.Expr, story dated, ref time.Time) timex.Expr {
	if story.basis != timeline.BasisText && story.basis != timeline.BasisContext {
		return e
	}
	first, last, ok := timeline.Span(story.date)
	if !ok {
		return e
	}
	f, err1 := time.Parse(time.DateOnly, first)
	l, err2 := time.Parse(time.DateOnly, last)
	if err1 != nil || err2 != nil {
		return e
	}
	// (a story's date coarser than what it counts places nothing: "last
	// month ... the previous day" is no day before publication)
	for _, r := range timex.FindInStory(sentence, ref, f, l) {
		if r.Start == e.Start && r.End == e.End {
			return r
		}
	}
	return e
}

// comparedWith reports whether the expression at offset start is the
// baseline of a comparison ("turnout was 52 percent, up from 48 percent in
// the 2021 vote", "sales were higher than in 2019"): a date the figure is
// compared with, not the date of anything the sentence reports.
func comparedWith(sentence string, start int) bool {
	before := strings.ToLower(sentence[max(0, start-48):start])
	for _, markers := range [][]string{comparisonMarkers, baselineMarkers} {
		for _, m := range markers {
			if i := lastIndex(before, m); i >= 0 && !strings.ContainsAny(before[i:], ",;") {
				return true
			}
		}
	}
	// "fell to 412 million kroner from 502 million kroner a year earlier",
	// "against $2.6 billion in 2025": a figure's baseline
	for _, m := range figureBaselines {
		if i := lastIndex(before, m); i >= 0 && startsWithFigure(before[i+len(m):]) && !strings.ContainsAny(before[i:], ",;") {
			return true
		}
	}
	// "the strongest storm to hit the region since Storm Dagmar in
	// December 2011", "the highest since 1989": a record's baseline
	if i := lastIndex(before, " since "); i >= 0 && !strings.ContainsAny(before[i:], ",;") {
		for _, w := range strings.Fields(strings.ToLower(sentence[:max(0, start-48)+i])) {
			if superlatives[strings.Trim(w, ",.;:\"'")] {
				return true
			}
		}
	}
	return false
}

// startsWithFigure reports text opening with an amount: "$2.6 billion",
// "€40", "502 million", "4.1 percent", "12%" (not "9 a.m." nor a year).
func startsWithFigure(text string) bool {
	r, _ := utf8.DecodeRuneInString(text)
	if unicode.Is(unicode.Sc, r) {
		return true
	}
	num, rest, _ := strings.Cut(text, " ")
	if !unicode.IsDigit(r) || strings.ContainsFunc(strings.TrimSuffix(num, "%"), func(r rune) bool { return !unicode.IsDigit(r) && r != '.' && r != ',' }) {
		return false
	}
	return strings.HasSuffix(num, "%") || amountUnits[firstWord(rest)]
}

// priceOfTheDay reports a time named as the day of a price ("a premium of
// 31 percent to Monday's closing price", "above Friday's close"): the
// expression ending at offset end dates the price, not the happening.
func priceOfTheDay(sentence string, end int) bool {
	rest, ok := strings.CutPrefix(sentence[end:], "'s ")
	if !ok {
		rest, ok = strings.CutPrefix(rest, "’s ")
	}
	return ok && priceOfDayWords[strings.Trim(firstWord(rest), ",.;:")]
}

// rescheduledTo finds the date a happening was put off or moved to ("The
// vote, planned for March 3, was moved to April 14"; "postponed until
// July 9"; "pushed back to May"): the new date is the happening's, and
// the one it had before dates nothing. (What a saying reports, "Halden
// said the vote was moved to April 14", is not the saying's date.)
func rescheduledTo(s *sentence) (timex.Expr, bool) {
	toks := s.toks
	for q := 1; q+1 < len(toks); q++ {
		if !postponeWords[toks[q].Key] && !rescheduleWords[toks[q].Key] || s.speaker >= 0 && s.speaker < q {
			continue
		}
		k := q + 1
		if rescheduleParticles[toks[k].Key] && k+1 < len(toks) {
			k++ // "pushed back to", "brought forward to"
		}
		if !postponedTo[toks[k].Key] {
			continue
		}
		for _, e := range s.exprs {
			at := s.span.Start + e.Start
			if e.Type == timex.Date && at > toks[k].Start && at <= toks[k].End+len(" the ") && e.Value != "" {
				return e, true
			}
		}
	}
	return timex.Expr{}, false
}

// earlierInClause reports a time in a "that" clause after the trigger
// whose verb is in the pluperfect ("The judges found that the bank had
// misled customers between 2015 and 2019", "ruled that Velder had broken
// the law in 2021"): the time of what had happened before, not of the
// finding. (A saying's reported times have rules of their own.)
func earlierInClause(s *sentence, start int) bool {
	if s.trig < 0 || s.speaker >= 0 {
		return false
	}
	toks, at := s.toks, s.span.Start+start
	that := s.trig + 1
	for that < len(toks) && that <= s.trig+4 && toks[that].Key != "that" {
		that++
	}
	if that >= len(toks) || toks[that].Key != "that" || toks[that].Start > at {
		return false
	}
	for q := that + 1; q+1 < len(toks) && toks[q+1].Start < at; q++ {
		if toks[q].Key == "had" && (pastTense(toks[q+1].Key) || toks[q+1].Key == "been" || strings.HasSuffix(toks[q+1].Key, "en")) {
			return true
		}
	}
	return false
}

// ownExprs orders the sentence's time expressions by relevance to the
// trigger and drops those that date something else: a participle phrase
// ("agreements reached ... in November 2025"), what a statement reports
// ("Nadella told analysts the deal would close by the end of June": the
// date of what was said is not the date of the saying), and the object
// of a saying ("congratulated Putin on the holding of the forum last
// week", "thanked them for the support given last year": an object
// brought in by on/for/about/over carries its own time).
func ownExprs(s *sentence, ref time.Time) []timex.Expr {
	toks, base := s.toks, s.span.Start
	if e, ok := rescheduledTo(s); ok {
		return []timex.Expr{e}
	}
	exprs := orderByRelevance(s.text, s.exprs, base, s.rel, toks, s.trig)
	exprs = slices.DeleteFunc(exprs, func(e timex.Expr) bool {
		// a joined happening's date is its own (joinPoint)
		// (with no trigger, a relative clause's time is its own: "The
		// cancellation is a blow to Veltro, which has struggled since
		// its maiden flight in June")
		return inside(s.reduced, base+e.Start, base+e.End) || s.trig >= 0 && aboutSomethingElse(s.rel, toks[s.trig], base+e.Start, base+e.End) && !s.whichDatesTrigger() ||
			s.trig < 0 && inside(s.rel, base+e.Start, base+e.End) || s.join > 0 && !s.joinShared && base+e.Start >= toks[s.join].Start ||
			comparedWith(s.text, e.Start) || priceOfTheDay(s.text, e.End) || namesYear(s.text, e) || gameHalf(s.toks, e) || figurePeriod(s.text, e) && !s.periodMoves(e) || s.speaker >= 0 && monthPeriodEnd(s.text, e) || deadline(s.text, e.Start) && !s.trigAhead() && (s.trig < 0 || s.stayUntil(s.trig) != e.Start) || s.rankingAside(e) ||
			s.trig >= 0 && lookedForward(s.text, toks[s.trig].End-base, e.Start) || promisedLater(s, e, ref) || commitmentBy(s, e.Start) || consequenceFrom(s, e.Start) ||
			s.trig >= 0 && ofTheTopic(s, toks[s.trig].End-base, e.Start) || earlierInClause(s, e.Start) || s.saidAfterOwnDay(e) || s.reportOfPeriodFigure(e)
	})
	if s.kind != timeline.KindStatement || s.speaker < 0 {
		return exprs
	}
	// "“We will meet in Geneva next week,” Rubio said on Tuesday": the
	// quote's times are what was said, the saying is on Tuesday
	if !s.aside[s.speaker] {
		exprs = slices.DeleteFunc(exprs, func(e timex.Expr) bool { return s.aside[tokIndex(toks, base+e.Start)] })
	}
	// "This switch, he said, would happen next year": the words around a
	// reporting clause set off by commas are what was said
	if lo, hi, ok := parenthetical(s.text, base, toks, s.speaker); ok {
		exprs = slices.DeleteFunc(exprs, func(e timex.Expr) bool { return e.Start < lo || e.End > hi })
	}
	// ("will address the nation on 20 May": an address has an audience,
	// not a clause)
	if q := s.markerPastTimes(clauseMarker(toks, s.speaker)); q > 0 && !sayingNouns[toks[s.speaker].Key] && !s.quoteBefore() && !objectNotClause(s, q) {
		var own, reported []timex.Expr
		for _, e := range exprs {
			switch {
			case base+e.Start < toks[q].Start:
				own = append(own, e)
			case reportedPastDay(s, q, e) || ownDoing(s, q, e):
				reported = append(reported, e)
			}
		}
		// "Officials said the fire broke out on Monday": a saying with no
		// time of its own is dated by the past day it reports, and by the
		// time of what the speaker tells of doing
		if len(own) == 0 {
			own = reported
		}
		exprs = own
	}
	at := toks[s.speaker].End - base
	return slices.DeleteFunc(exprs, func(e timex.Expr) bool {
		// (a vague span stays: "welcomed the close work over the recent
		// days and weeks" tells when, if only roughly)
		if e.Start < at || e.Value == "PAST_REF" || e.Value == "FUTURE_REF" {
			return false
		}
		between := strings.ToLower(s.text[at:e.Start])
		for _, p := range objectLinks {
			for from := 0; ; {
				i := strings.Index(between[from:], p)
				if i < 0 {
					break
				}
				i += from
				if !linksTime(s.exprs, at+i, at+i+len(p)) && !periodThenTime(between[i+len(p):]) {
					return true
				}
				from = i + 1
			}
		}
		return false
	})
}

// saidAfterOwnDay reports whether the expression is the time of a
// closing ", X said on Monday" when the happening's object names its own
// day right after its verb in the past: "won Sunday's run-off, the
// commission said on Monday" was won on Sunday (a possessive alone is
// put after other times: orderByRelevance).
func (s *sentence) saidAfterOwnDay(e timex.Expr) bool {
	toks, base := s.toks, s.span.Start
	// (a toll is of the happening a possessive day names anywhere before
	// the saying: "The death toll from Tuesday's earthquake has risen to
	// 40, officials said on Thursday")
	toll := s.kind == timeline.KindCasualty
	if s.trig < 0 || !toll && !pastTense(toks[s.trig].Key) {
		return false
	}
	k := trailingAttribution(s.text, base, toks)
	if k <= s.trig || base+e.Start < toks[k].Start {
		return false
	}
	return slices.ContainsFunc(s.exprs, func(o timex.Expr) bool {
		at := tokIndex(toks, base+o.Start)
		day := o.Type == timex.Date || o.Type == timex.Clock && namesDay(o.Text) // ("Tuesday night's")
		return day && possessive(s.text, o.End) && (at > s.trig && at <= s.trig+2 || toll && at < k)
	})
}

// reportOfPeriodFigure reports whether e is the day of a trailing
// attribution after a figure's move the sentence dates by its period
// ("Profit fell 18 percent in the first half, the company said on
// Tuesday"). The convention for results: the period the figure is for
// dates the sentence, not the day it was reported, because the move
// happened over the period and the sentence reports the move (the day
// still dates the paragraph's report when a verb of reporting carries the
// figure: "Norland Bank reported a 30 percent fall in first-quarter
// profit on Thursday", "posted a loss on Tuesday"). "Revenue fell 12
// percent in the quarter, the company said" was already dated so; naming
// the day of the saying no longer changes that.
func (s *sentence) reportOfPeriodFigure(e timex.Expr) bool {
	toks, base := s.toks, s.span.Start
	k := trailingAttribution(s.text, base, toks)
	if k <= 0 || base+e.Start < toks[k].Start || e.Precision != timex.Day {
		return false
	}
	move := slices.IndexFunc(toks[:k], func(t text.Token) bool { return marketVerbs[t.Key] })
	if move < 0 || move+1 >= k || !isDigit(toks[move+1].Key[0]) {
		return false // a move by a figure: "fell 18 percent"
	}
	return slices.ContainsFunc(s.exprs, func(o timex.Expr) bool {
		at := base + o.Start
		return at > toks[move].Start && at < toks[k].Start && o.Precision != timex.Day && o.Precision != timex.Unknown ||
			at < toks[move].Start && s.periodMoves(o)
	})
}

// periodThenTime reports whether the words between an object's link and
// a time name the period a figure covers, right before the time ("reported
// a net loss for the April-June quarter last month"): the time is not the
// period's but the saying's.
func periodThenTime(between string) bool {
	w := strings.Fields(between)
	return len(w) > 0 && len(w) <= 3 && periodNouns[strings.Trim(w[len(w)-1], ",")]
}

// objectNotClause reports whether what a saying's verb takes at token q
// is its object, not a reported clause: a determiner opens it ("announced
// the closure of two routes on Wednesday") and no verb follows up to the
// end of its part of the sentence (a comma, "and", "but"), so a time in it
// is the saying's own. "said the fire on Monday destroyed 40 homes" has
// its verb, and reports.
func objectNotClause(s *sentence, q int) bool {
	if !determiners[s.toks[q].Key] {
		return false
	}
	return !s.verbInPart(q+1, true)
}

// verbLike reports a word that is a verb wherever it stands: a past
// tense, an auxiliary or a modal ("would", "has", "will").
func verbLike(w string) bool {
	return pastTense(w) || reportedPast[w] || w == "will" || w == "shall" || modalsOfPossibility[w] || negationAux[w] || passiveAux[w]
}

// reportedPastDay reports whether the expression is the day of what a
// reported clause (opening at token q) tells in the past tense: a past
// verb after the opener, before the expression, and no word of the future
// ("said the fire broke out on Monday", not "said the deal would close
// on Friday").
func reportedPastDay(s *sentence, q int, e timex.Expr) bool {
	if e.Type != timex.Date || e.Precision != timex.Day || e.Future || e.Value == "" {
		return false
	}
	past := false
	for k := q; k < len(s.toks); k++ {
		t := s.toks[k]
		if t.Start >= s.span.Start+e.Start {
			break
		}
		if futureWords[t.Key] || modalsOfPossibility[t.Key] {
			return false
		}
		past = past || pastVerb(s.toks, k)
	}
	return past
}

// ownDoing reports whether the expression dates what the speaker tells
// of doing: the reported clause (opening at token q, after a "that")
// has a pronoun for its subject, which news uses for the speaker ("The
// federation said it would name the squad on August 1", "Marsh said she
// had moved to Oslo in March"), and a verb before the expression. The
// happening is the speaker's own, so its time is the sentence's; a
// clause about someone or something else ("said the plant would close
// on Monday") leaves the saying on its own day.
func ownDoing(s *sentence, q int, e timex.Expr) bool {
	if e.Type != timex.Date || e.Value == "" || e.Precision == timex.Unknown {
		return false
	}
	if s.toks[q].Key == "that" {
		q++
	}
	if q+1 >= len(s.toks) || !subjectPronouns[s.toks[q].Key] || s.toks[q].Key == "you" {
		return false
	}
	for k := q + 1; k < len(s.toks) && s.toks[k].Start < s.span.Start+e.Start; k++ {
		if verbLike(s.toks[k].Key) || pastVerb(s.toks, k) {
			return true
		}
	}
	return false
}

// parenthetical returns the sentence offsets of a reporting clause set
// off by commas inside the sentence (", he said,", ", Rubio said on
// Monday,"), the verb at token k: a comma at most four words before the
// verb and one at most five words after it, with words before and after
// both.
func parenthetical(sentence string, base int, toks []text.Token, k int) (lo, hi int, ok bool) {
	lo, hi = -1, -1
	for q := k; q > 0 && q >= k-4; q-- {
		if strings.Contains(sentence[toks[q-1].End-base:toks[q].Start-base], ",") {
			lo = toks[q-1].End - base
			break
		}
	}
	for q := k; q+1 < len(toks) && q <= k+5; q++ {
		if strings.Contains(sentence[toks[q].End-base:toks[q+1].Start-base], ",") {
			hi = toks[q+1].Start - base
			break
		}
	}
	return lo, hi, lo > 0 && hi > 0
}

// linksTime reports whether a link word at [start, end) of the sentence
// brings in a time expression ("reported a profit for the first quarter
// on Thursday": "for the" opens a period, not an object with a time of
// its own; nor "for the three months to June 30", the time right after).
func linksTime(exprs []timex.Expr, start, end int) bool {
	return slices.ContainsFunc(exprs, func(x timex.Expr) bool { return x.Start > start && x.Start <= end })
}

// dateFromExprs takes the first date and the first time of day of the
// ordered expressions; a future expression in the trigger's clause makes
// the happening future. A weekday of something to come is the next one;
// "since October" runs from then until publication.
func (st *docState) dateFromExprs(s *sentence) {
	toks := s.toks
	// what "a year later" counts from: the paragraph's date so far, else
	// the last date the sentence before named, across a paragraph break
	// (a text written a sentence a line: "... in 1984 the first Macintosh
	// was released.\nOne year later he was fired")
	story := s.date
	if s.lastNamed.date != "" && (s.paraIsNews || story.basis != timeline.BasisText && story.basis != timeline.BasisContext) {
		story = s.lastNamed
	}
	futureEnd := s.clauseEnd // a future time before it makes the happening future
	if q := s.settledClause(); q > 0 {
		futureEnd = s.toks[q].Start // not a time of what an agreement settles
	}
	// nor a time of what the happening came ahead of ("arrived ... ahead of
	// a launch targeted for April 5")
	if i := strings.Index(strings.ToLower(s.text), " ahead of "); i >= 0 && s.trig >= 0 && s.toks[s.trig].Start < s.span.Start+i {
		futureEnd = min(futureEnd, s.span.Start+i)
	}
	for _, e := range s.exprs {
		if e.Future && s.span.Start+e.Start < futureEnd {
			s.future = true
		}
		if e.Anchored {
			// "the previous day" counts from the story's date when the
			// paragraph has reached one ("arrived on Sunday. They had met
			// Dmitriev the previous day": Saturday), else from publication
			e = anchorOnStory(s.text, e, story, st.ref)
		}
		switch e.Type {
		case timex.Date:
			if !s.explicit && e.Value != "" && e.Precision != timex.Unknown {
				e = st.pastOrComing(s, e)
				if f := forwardIfPresent(e, st.ref, s); f.Future != e.Future {
					e, s.future = f, true
				}
				if f, ok := nearestYear(e, st.ref); ok && discussedMeeting(s, e.Start) {
					e, s.future = f, true
				}
				s.date = dated{date: e.Value, precision: e.Precision, basis: timeline.BasisText}
				s.dateText = e.Text
				s.explicit = true
				// "has been under way since October": from then until
				// publication, and the next sentence is not in October
				if k := tokIndex(toks, s.span.Start+e.Start); k > 0 && toks[k-1].Key == "since" {
					if v, ok := sinceSpan(e, st.ref); ok {
						s.date = dated{date: v, precision: timex.Range, basis: timeline.BasisText}
						s.since = true
					}
				}
			}
		case timex.Clock:
			if s.clock == "" {
				s.clock, s.zone = e.Clock, e.Zone
				// "at 11:13 p.m. Thursday" names its day: a date later in
				// the sentence ("... during the Feb. 2 rehearsal") is
				// another's. An hour alone ("at 6 p.m.") keeps the day the
				// story has reached: timex put it on the publication day.
				// "early this morning" names the publication day, and "the
				// following night" the day after the story's (anchored).
				if !s.explicit && !e.Begin.IsZero() && (namesDay(e.Text) || e.Anchored) {
					// "would have power back by Tuesday evening": the
					// coming Tuesday, as for a weekday alone
					e = forwardIfScheduled(e, st.ref, s.modalTokens())
					if f := forwardIfPresent(e, st.ref, s); f.Future != e.Future {
						e, s.future = f, true
					}
					s.date = dated{date: e.Begin.Format(time.DateOnly), precision: timex.Day, basis: timeline.BasisText}
					s.dateText = e.Text
					s.explicit = true
				}
			}
		}
	}
}

// pastOrComing sets right a date the sentence's tense misread: forward
// when what it dates is still to come (forwardIfScheduled), back when a
// past verb governs it and timex read the sentence's "will" or "expected"
// as its own.
func (st *docState) pastOrComing(s *sentence, e timex.Expr) timex.Expr {
	switch {
	case invitedTo(s, e) && yearOpen(e) && !st.ref.IsZero() && e.Last.Before(st.ref):
		// "invited the President to the opening of the hospital in
		// September": what one is invited to is still to come
		s.future = true
		return comingYear(e, st.ref)
	case !pastGoverns(s, e):
		return forwardIfScheduled(e, st.ref, s.modalTokens())
	case e.Future && e.Relative && e.Precision == timex.Day && weekday(e.Text):
		s.future = false
		return pastWeekday(e, st.ref)
	case e.Future && e.Relative && yearOpen(e) && s.trig+1 < len(s.toks) && s.toks[s.trig+1].Key == "to" && agreedThen(s, e, st.ref):
		// "agreed to buy Lindqvist in January", written in June
		s.future = false
		return pastYear(e, st.ref)
	case e.Future && e.Relative && !st.ref.IsZero() && e.Begin.After(st.ref) && (yearless[e.Precision] || e.Precision == timex.Day && monthNamed(e.Text)) && pastVerbNear(s, e):
		// "Chrysler, which filed for bankruptcy on April 30, is expected
		// to emerge": the filing's April 30 has passed
		s.future = false
		return pastYear(e, st.ref)
	}
	return e
}

// namesDay reports whether a time of day's text names its day ("11:13
// p.m. Thursday", "9 a.m. on Jan. 5") rather than the hour alone.
func namesDay(t string) bool {
	for _, w := range strings.FieldsFunc(strings.ToLower(t), func(r rune) bool { return r == ' ' || r == '.' || r == ',' }) {
		if dayWords[w] || clockDeictics[w] || len(w) == 4 && w[0] >= '1' && w[0] <= '2' && strings.Trim(w, "0123456789") == "" {
			return true
		}
	}
	return false
}

// orderByRelevance puts first the time expressions that date the main
// happening: outside relative clauses and not possessive, then nearest to
// the trigger word. A possessive ("at this year's conference", "last
// week's vote") names a thing, not the time of the happening: "Yesterday,
// at this year's WWDC, Jobs unveiled ..." happened yesterday. Expression
// offsets are relative to the sentence (sentence) starting at base.
func orderByRelevance(sentence string, exprs []timex.Expr, base int, rel []span, toks []text.Token, trig int) []timex.Expr {
	// a copy: the callers delete from it, and the sentence keeps the
	// expressions as found (s.found)
	if len(exprs) < 2 {
		return slices.Clone(exprs)
	}
	inRel := func(e timex.Expr) bool {
		return inside(rel, base+e.Start, base+e.End) || possessive(sentence, e.End) || attributiveYear(sentence, e.Start, e.End)
	}
	at := -1
	if trig >= 0 && trig < len(toks) {
		at = toks[trig].Start - base
	}
	dist := func(e timex.Expr) int {
		if at < 0 {
			return e.Start
		}
		if e.Start >= at {
			return e.Start - at
		}
		return at - e.End
	}
	out := append([]timex.Expr(nil), exprs...)
	sort.SliceStable(out, func(i, j int) bool {
		ri, rj := inRel(out[i]), inRel(out[j])
		if ri != rj {
			return !ri
		}
		return dist(out[i]) < dist(out[j])
	})
	return out
}

// aboutSomethingElse reports whether [start, end) is inside a relative
// clause that does not hold the trigger ("Solberg visited the plant,
// which opened in 2019,"): it dates what the clause says of someone or
// something, not the happening.
func aboutSomethingElse(rel []span, trig text.Token, start, end int) bool {
	for _, r := range rel {
		if start >= r.Start && end <= r.End {
			return trig.Start < r.Start || trig.End > r.End
		}
	}
	return false
}

// whichDatesTrigger reports whether the trigger is a happening's noun
// that a ", which" clause right after it dates by its start or end ("The
// tests, which began on Feb. 9, exposed the rover to ..."): the clause's
// time is the happening's own.
func (s *sentence) whichDatesTrigger() bool {
	k, toks := s.trig, s.toks
	if k < 0 || pastTense(toks[k].Key) {
		return false
	}
	// (after the noun's own phrase, set off by the clause's comma: "the
	// talks between Pannonia and its neighbours, which resumed in Vienna
	// on Monday")
	w := k + 1
	for w < len(toks) && w <= k+6 && toks[w].Key != "which" && !verbLike(toks[w].Key) && !strings.ContainsAny(s.between(w), ",;:") {
		w++
	}
	if w+2 >= len(toks) || toks[w].Key != "which" || w > k+1 && !strings.Contains(s.between(w), ",") {
		return false
	}
	v := w + 1
	if toks[v].Key == "was" || toks[v].Key == "were" {
		v++
	}
	return durationVerbs[toks[v].Key] || toks[v].Key == "held" || toks[v].Key == "took" && v+1 < len(toks) && toks[v+1].Key == "place"
}

// backstory reports whether the sentence tells what happened before the
// story ("The leaders last met in July 2024", "Orbán had visited Kyiv in
// 2019"): its date is its own, not the paragraph's from then on.
func backstory(s *sentence) bool {
	if s.trig < 1 {
		return false
	}
	// "had been accused", "had already signed": the pluperfect with a
	// word between
	return backstoryWords[s.toks[s.trig-1].Key] || s.trig >= 2 && s.toks[s.trig-2].Key == "had" && pluperfectBetween[s.toks[s.trig-1].Key]
}

// tellsBirth reports whether the sentence tells someone's birth ("Kord
// was born in 1961", "who were born in March 1990"): a life starts then,
// and what the paragraph tells of it next ("She joined the Post", "She
// said ...") came later, not in that year.
//
// So does a firm's founding, told as its state ("was founded in 1952")
// or in commas after its name ("Nakamura Lines, founded in Kobe in 1952,
// operates 48 vessels. Its chief executive said ...": said now, not in
// 1952).
func tellsBirth(s *sentence) bool {
	for k := 1; k < len(s.toks); k++ {
		switch w := s.toks[k].Key; {
		case w == "born" && beForms[s.toks[k-1].Key]:
			return true
		case foundingWords[w] && (beForms[s.toks[k-1].Key] || strings.HasSuffix(strings.TrimSpace(s.text[:s.toks[k].Start-s.span.Start]), ",")):
			return true
		}
	}
	return false
}

// lookedForward reports whether the words between the trigger (ending at
// from) and a time expression (starting at to) look forward to something ("agreed ... and looked forward to
// seeing each other at the summit in July"): the time is that thing's.
func lookedForward(sentence string, from, to int) bool {
	return from < to && strings.Contains(strings.ToLower(sentence[from:to]), "forward to ")
}

// ofTheTopic reports whether a time after the trigger (ending at from)
// is inside what the happening is about, brought in by "including",
// "involving", "regarding" ("discussed the situation in the strait,
// including the incident involving a fishing vessel on February 27"):
// the time is that thing's, not the talk's. When that thing is an attack
// or a loss of life ("including the brutal strikes on the
// port city overnight"), it is what the sentence reports, and its time
// stays.
func ofTheTopic(s *sentence, from, to int) bool {
	if from >= to {
		return false
	}
	between := s.text[from:to] // (the links are lower case mid-sentence)
	for _, l := range topicLinks {
		if i := strings.Index(between, l); i >= 0 && i+len(l) < len(between) {
			at := s.span.Start + from + i
			for k := s.trig + 1; k < len(s.toks) && s.toks[k].Start < s.span.Start+to; k++ {
				if s.toks[k].Start > at && strongKinds[triggers[s.toks[k].Key]] {
					return false
				}
			}
			return true
		}
	}
	return false
}

// discussedMeeting reports whether the expression at offset start is the
// time of a meeting, talks or a visit a discussion is about ("discussed
// the preparations for the commission meeting in Kazan in September"):
// a noun of a meeting in the object, before it in the same part of the
// sentence. The past tense of "discussed" is not that meeting's.
func discussedMeeting(s *sentence, start int) bool {
	if s.trig < 0 || !strings.HasPrefix(s.toks[s.trig].Key, "discuss") {
		return false
	}
	found := false
	for k := s.trig + 1; k < len(s.toks) && s.toks[k].Start < s.span.Start+start; k++ {
		w := s.toks[k].Key
		if w == "and" || w == "that" || strings.ContainsAny(s.between(k), ",;") {
			return false
		}
		if kind := triggers[w]; (kind == timeline.KindMeeting || kind == timeline.KindNegotiation || kind == timeline.KindTravel) &&
			!pastTense(w) && s.toks[k-1].Key != "to" {
			found = true
		}
	}
	return found
}

// promisedLater reports whether the expression at offset start is the
// time of what a saying promises ("has promised to hold a referendum
// within a year", "vowed to rebuild the bridge by March"): the saying's
// verb, then "to" and a verb before it. Its time is the promised thing's,
// up to a source named after it (", the company announced on Monday":
// that time is the news's).
func promisedLater(s *sentence, e timex.Expr, ref time.Time) bool {
	start := e.Start
	if s.trig < 0 || !promiseVerbs[s.toks[s.trig].Key] || s.trig+2 >= len(s.toks) || s.toks[s.trig+1].Key != "to" {
		return false
	}
	if s.span.Start+start <= s.toks[s.trig+1].End || agreedThen(s, e, ref) {
		return false
	}
	k := trailingAttribution(s.text, s.span.Start, s.toks)
	return k <= s.trig+1 || s.span.Start+start < s.toks[k].End
}

// agreedThen reports whether the expression is the day or month an
// agreement or a decision in the past was made, though "to" and a verb
// come between ("Orvane agreed to buy Lindqvist in January", written in
// June): a month or day of the year of publication that has gone by, or
// one with its year, not a deadline ("by", "until", "before").
func agreedThen(s *sentence, e timex.Expr, ref time.Time) bool {
	switch {
	case !e.Future || !e.Relative || ref.IsZero():
	case yearOpen(e):
		e = pastYear(e, ref) // timex read "to buy" as to come
	case e.Precision == timex.Day && weekday(e.Text):
		e = pastWeekday(e, ref) // "agreed to buy Velm Holdings on Monday"
	}
	if s.kind != timeline.KindAgreement && s.kind != timeline.KindDecision || !pastTense(s.toks[s.trig].Key) ||
		e.Type != timex.Date || e.Precision != timex.Month && e.Precision != timex.Day || e.Future || ref.IsZero() || !e.Last.Before(ref) ||
		e.Relative && e.Begin.Year() != ref.Year() {
		return false
	}
	k := tokIndex(s.toks, s.span.Start+e.Start)
	return k < 1 || !boundWords[s.toks[k-1].Key]
}

// commitmentBy reports whether the expression at offset start is the
// deadline of what a commitment made commits to ("set out plans to raise
// spending to 3% by 2029", "Agreement to deliver 300 missiles by June",
// "agreed to cut emissions by 2030"): a "by" after an agreement, a
// proposal, a decision or a saying that is not itself still to come. The
// commitment is made on its own day, not the deadline's.
func commitmentBy(s *sentence, start int) bool {
	if s.trig < 0 || !commitKinds[s.kind] || s.span.Start+start <= s.toks[s.trig].End ||
		!endsWithWord(s.text[:start], "by") {
		return false
	}
	for k := max(0, s.trig-3); k < s.trig; k++ {
		if futureWords[s.toks[k].Key] || s.toks[k].Key == "to" {
			return false // "will provide 500 shells by June"
		}
	}
	return true
}

// consequenceFrom reports whether the expression at offset start opens
// what a done happening brings about ("signed a treaty, committing both
// countries to joint exercises from next year", "opened the bridge,
// allowing trucks to cross from June"): the state that follows begins
// then, the happening is on its own day.
func consequenceFrom(s *sentence, start int) bool {
	k := s.consequenceAt()
	return k > 0 && s.toks[k].Start < s.span.Start+start && endsWithWord(s.text[:start], "from")
}

// endsWithWord reports whether text, spaces trimmed at its end, ends
// with the word w (lower case) after a space, in any case: the word
// before an expression, without a lower-cased copy of the sentence up
// to it.
func endsWithWord(text, w string) bool {
	text = strings.TrimRight(text, " ")
	n := len(text) - len(w) - 1
	return n >= 0 && text[n] == ' ' && strings.EqualFold(text[n+1:], w)
}

// consequenceAt is the participle after a comma that tells what a
// happening in the past brought about (", committing", ", allowing"), or
// -1.
func (s *sentence) consequenceAt() int {
	if s.trig < 0 || !pastTense(s.toks[s.trig].Key) {
		return -1
	}
	for k := s.trig + 2; k < len(s.toks); k++ {
		if w := s.toks[k].Key; strings.HasSuffix(w, "ing") && len(w) > 5 && !ingLinks[w] && strings.Contains(s.between(k), ",") {
			return k
		}
	}
	return -1
}

// deadline reports whether the expression at offset start is what the
// happening came before ("discussed energy security ahead of next
// winter", "talks in the run-up to the March vote"): not its date.
func deadline(sentence string, start int) bool {
	before := strings.ToLower(sentence[max(0, start-24):start])
	for _, m := range deadlineMarkers {
		if strings.HasSuffix(before, m) {
			return true
		}
	}
	// "coordination ahead of the meeting of the Coalition in London on
	// March 24": the time is still the thing ahead of which, further on
	// in its phrase
	// (the markers are lower case mid-sentence: no lower-cased copy)
	before = sentence[:start]
	for _, m := range aheadMarkers {
		if i := lastIndex(before, m); i >= 0 && !strings.ContainsAny(before[i:], ",;") {
			return true
		}
	}
	return false
}

// rankingAside reports whether the expression stands in an aside set off
// by commas after the sentence's subject that ranks what it follows ("The talks,
// the third round this year, brought together ...", "The strike, the
// largest this month, hit ..."): the span the rank counts in, not the
// happening's date.
func (s *sentence) rankingAside(e timex.Expr) bool {
	open := strings.LastIndexByte(s.text[:e.Start], ',')
	if open < 0 || len(s.toks) < 5 || s.span.Start+open > s.toks[4].Start || !strings.HasPrefix(strings.TrimLeft(s.text[e.End:], " "), ",") {
		return false // (an aside after the subject: "The talks, ...")
	}
	w := strings.Fields(strings.ToLower(s.text[open+1 : e.Start]))
	if len(w) < 2 || len(w) > 4 || w[0] != "the" && w[0] != "its" && w[0] != "a" {
		return false
	}
	return asideRanks[w[1]] || strings.HasSuffix(w[1], "est")
}

// trigAhead reports whether the trigger itself stands in a phrase of
// what a happening came ahead of ("We coordinated our positions ahead
// of the summit in Evian on June 14": the summit is the happening the
// sentence names, and its time is its own, not a deadline).
func (s *sentence) trigAhead() bool {
	if s.trig < 0 {
		return false
	}
	before := s.text[:s.toks[s.trig].Start-s.span.Start]
	for _, m := range aheadMarkers[:3] {
		if i := lastIndex(before, m); i >= 0 && !strings.ContainsAny(before[i:], ",;") {
			return true
		}
	}
	return false
}

// figurePeriod reports whether the expression is the period a figure
// covers ("a loss of €210 million for 2025", "revenue for the third
// quarter", "growth of 3 percent in fiscal 2026"): it says what the number
// counts, not when anything was done, so it dates neither the sentence nor
// the paragraph.
func figurePeriod(sentence string, e timex.Expr) bool {
	// "in the quarter ended June 30", "the year ending March 31": the
	// day a period a figure covers ends; "a second-quarter profit",
	// "its first-quarter results": the period named before the figure
	if e.Precision == timex.Day && periodEnd(sentence[:e.Start]) || e.Precision != timex.Unknown && figureNext(sentence[e.End:]) {
		return true
	}
	if e.Precision == timex.Day || e.Precision == timex.Unknown {
		return false
	}
	before := strings.ToLower(sentence[max(0, e.Start-64):e.Start])
	var lead string
	for _, p := range figurePeriodLeads {
		if strings.HasSuffix(before, p) {
			lead = before[:len(before)-len(p)]
			break
		}
	}
	if lead == "" {
		return false
	}
	if i := strings.LastIndexAny(lead, ",;:"); i >= 0 {
		lead = lead[i+1:]
	}
	for _, w := range strings.Fields(lead) {
		if figureWords[strings.Trim(w, ".()\"'")] || strings.ContainsAny(w, "$€£¥%") {
			return true
		}
	}
	return false
}

// periodMoves reports whether the period named before a figure is when
// the figure moved, the verb of the move right after the figure ("Norland
// Bank's fourth-quarter profit fell 35 percent", "first-half sales
// rose"): that period dates the move.
func (s *sentence) periodMoves(e timex.Expr) bool {
	toks := s.toks
	k, n := tokIndex(toks, s.span.Start+e.End), 0
	for k < len(toks) && n < 3 && figureWords[toks[k].Key] {
		k, n = k+1, n+1
	}
	return n > 0 && k < len(toks) && marketVerbs[toks[k].Key]
}

// monthPeriodEnd reports a month a figure's period ends in ("Net profit
// for the three months to December fell ..., the company said"): it
// dates the figure, not the saying. (A figure no one is said to report,
// "Sales fell 22 percent in the year to March", keeps it.)
func monthPeriodEnd(sentence string, e timex.Expr) bool {
	return e.Precision == timex.Month && periodEnd(sentence[:e.Start])
}

// periodEnd reports whether text ends on a period's end ("the quarter
// ended ", "the three months to "): what follows is the day it ends.
func periodEnd(text string) bool {
	w := strings.Fields(strings.ToLower(text[max(0, len(text)-32):]))
	return len(w) >= 2 && periodEnders[w[len(w)-1]] && periodNouns[w[len(w)-2]]
}

// figureNext reports a figure's word right after a period ("a
// second-quarter profit"), or after a word that qualifies it
// ("second-quarter operating profit", "first-half net income").
func figureNext(rest string) bool {
	w := firstWord(rest)
	if figureModifiers[w] {
		_, after, _ := strings.Cut(strings.TrimLeft(rest, "- "), " ")
		w = firstWord(after)
	}
	return figureWords[w]
}

// firstWord is the first word of text, lower case, without a leading
// hyphen or trailing punctuation.
func firstWord(text string) string {
	w, _, _ := strings.Cut(strings.TrimLeft(text, "- "), " ")
	return strings.ToLower(strings.Trim(w, ".,;:()\"'"))
}

// gameHalf reports whether the expression is a half named without its
// year ("the second half") in a sentence about no figure: a match's half
// ("added two more goals in the second half"), not the year's. Business
// copy names the year's half with a figure ("sales will grow in the
// second half").
func gameHalf(toks []text.Token, e timex.Expr) bool {
	t := strings.ToLower(e.Text)
	if !strings.HasSuffix(t, " half") || strings.ContainsAny(t, "0123456789") {
		return false
	}
	return !slices.ContainsFunc(toks, func(tok text.Token) bool { return figureWords[tok.Key] || tok.Key == "year" || tok.Key == "fiscal" })
}

// namesYear reports whether the expression is the year of a name ("keynote
// to WWDC 2005", "talks at Davos 2026", as timex finds them): it says which
// conference, not when the happening was.
func namesYear(sentence string, e timex.Expr) bool {
	if e.Precision != timex.Year || len(e.Text) != 4 || e.Start < 2 || sentence[e.Start-1] != ' ' {
		return false
	}
	before := strings.TrimRight(sentence[:e.Start], " ")
	w := before[strings.LastIndexByte(before, ' ')+1:]
	return w != "" && w[0] >= 'A' && w[0] <= 'Z' && len(w) < len(before)
}

// possessive reports whether the expression ending at offset end is a
// possessive ("this year's", "Monday’s").
func possessive(sentence string, end int) bool {
	rest := sentence[end:]
	return strings.HasPrefix(rest, "'s") || strings.HasPrefix(rest, "’s")
}

// attributiveYear reports whether sentence[start:end] is a bare year
// between a determiner and the noun it describes ("their 1966 album was
// reissued in 2009", "the 2008 election"): like a possessive, it names a
// thing, not the time of the happening, which another time gives first.
func attributiveYear(sentence string, start, end int) bool {
	y := sentence[start:end]
	if len(y) != 4 || strings.Trim(y, "0123456789") != "" || end+2 > len(sentence) || sentence[end] != ' ' || !unicode.IsLower(rune(sentence[end+1])) {
		return false
	}
	before := strings.TrimRight(sentence[:start], " ")
	return determiners[strings.ToLower(before[strings.LastIndexByte(before, ' ')+1:])]
}

// forwardIfScheduled moves a bare weekday that was read as the past one
// to the next one when the sentence is about something to come ("is
// expected to take place on Friday, officials said": the reporting verb's
// past tense is not the happening's).
func forwardIfScheduled(e timex.Expr, ref time.Time, toks []text.Token) timex.Expr {
	// (a day named by its month, "due back in court May 4", as a month;
	// and a part of a month, "will step down at the end of June")
	if (yearless[e.Precision] || (e.Precision == timex.Day && !weekday(e.Text) || e.Precision == timex.Range) && monthNamed(e.Text)) && e.Relative && !e.Future &&
		!ref.IsZero() && e.Last.Before(ref) && futureIn(toks) {
		return comingYear(e, ref)
	}
	if !e.Relative || e.Future || e.Precision != timex.Day || ref.IsZero() || !e.Begin.Before(ref) || !weekday(e.Text) {
		return e
	}
	if !futureIn(toks) {
		return e
	}
	return comingWeekday(e, ref)
}

// yearOpen reports a period or a day named by its month without its
// year ("in March", "the fourth quarter", "on January 12").
func yearOpen(e timex.Expr) bool {
	return yearless[e.Precision] || e.Precision == timex.Day && !weekday(e.Text) && monthNamed(e.Text)
}

// yearless are the precisions of a period named without its year ("the
// fourth quarter", "in March", "next spring"), which timex puts in the
// past when a verb of the sentence is ("expects sales to recover in the
// fourth quarter, she told analysts").
var yearless = map[timex.Precision]bool{timex.Month: true, timex.Quarter: true, timex.Season: true}

// invitedTo reports whether the expression stands in what an invitation
// invites to: "invited" before it, then "to", in the same clause.
func invitedTo(s *sentence, e timex.Expr) bool {
	at := tokIndex(s.toks, s.span.Start+e.Start)
	to := false
	for k := at - 1; k >= 0 && k >= at-15; k-- {
		switch w := s.toks[k].Key; {
		case w == "to":
			to = true
		case inviteVerbs[w]:
			return to
		}
	}
	return false
}

// pastGoverns reports whether the nearest verb before the expression is
// in the past, with no word of the future between them: "A clinic opened
// on Monday and will run until May 3" is last Monday's, though the
// sentence goes on into the future. A participle after "is" or "be"
// ("is expected to take place on Friday") is no past.
func pastGoverns(s *sentence, e timex.Expr) bool {
	at := tokIndex(s.toks, s.span.Start+e.Start)
	for k := at - 1; k >= 0; k-- {
		w := s.toks[k].Key
		switch {
		case s.toks[k].Upper && k > 0:
			continue // a name ("the United States") is no verb
		case futureWords[w] || modalsOfPossibility[w] || futureBeforeTo[w] || w == "would":
			return false
		case pastVerb(s.toks, k) && !(k > 0 && (passiveAux[s.toks[k-1].Key] || stayVerbs[s.toks[k-1].Key] || s.toks[k-1].Key == "has" || s.toks[k-1].Key == "have")):
			// ("will stay closed until Monday": a state, no past)
			return true
		case saidVerbs[w]:
			// "Borealis will buy 40 jets, the airline said at a press
			// conference on Monday": the saying's Monday, gone by
			return true
		}
	}
	return false
}

// pastVerb reports a past tense at token q: not a capitalised word past
// the first, which is a name ("the United States", "Ahmed").
func pastVerb(toks []text.Token, q int) bool {
	return (q == 0 || !toks[q].Upper) && (pastTense(toks[q].Key) || reportedPast[toks[q].Key])
}

// pastWeekday moves a weekday read as the coming one to the last one
// (the publication day's own when it is that weekday).
func pastWeekday(e timex.Expr, ref time.Time) timex.Expr {
	for e.Begin.After(ref) {
		e.Begin = e.Begin.AddDate(0, 0, -7)
	}
	e.Last = e.Begin
	e.Value = e.Begin.Format(time.DateOnly)
	e.Future = false
	return e
}

// monthNamed reports whether a time's text names a month ("May 4",
// "4 May", "Jan. 5"), not only a day counted from another ("the 29th").
func monthNamed(t string) bool {
	for i := 0; i < len(t); {
		j := i
		for j < len(t) && ('a' <= t[j]|0x20 && t[j]|0x20 <= 'z') {
			j++
		}
		if j > i && j-i <= len("september") {
			var buf [9]byte
			for k := i; k < j; k++ {
				buf[k-i] = t[k] | 0x20
			}
			if monthWords[string(buf[:j-i])] {
				return true
			}
		}
		i = j + 1
	}
	return false
}

// pastVerbNear reports an active past-tense verb within five words
// before e, with no "to" between them: "which filed for bankruptcy on
// April 30" (not "agreed to hold talks in spring", "is now targeted for
// April", nor "accused them of playing politics before the autumn vote").
func pastVerbNear(s *sentence, e timex.Expr) bool {
	at := tokIndex(s.toks, s.span.Start+e.Start)
	for k := at - 1; k >= max(0, at-5); k-- {
		switch {
		case s.toks[k].Key == "to" || s.toks[k].Key == "of":
			return false
		case pastVerb(s.toks, k):
			return !slices.ContainsFunc(s.toks[max(0, k-2):k], func(t text.Token) bool {
				return passiveAux[t.Key] || t.Key == "has" || t.Key == "have"
			})
		}
	}
	return false
}

// pastYear is comingYear the other way: the latest year in which e
// begins on or before ref.
func pastYear(e timex.Expr, ref time.Time) timex.Expr {
	years := 0
	for e.Begin.AddDate(years, 0, 0).After(ref) {
		years--
	}
	return shiftYears(e, years, false)
}

// comingYear moves a period read as the past one to the coming one: the
// same months a year (or years) on, until it has not ended by ref.
func comingYear(e timex.Expr, ref time.Time) timex.Expr {
	years := 0
	for !e.Last.AddDate(years, 0, 0).After(ref) {
		years++
	}
	return shiftYears(e, years, true)
}

// shiftYears moves e by a number of years, its value too.
func shiftYears(e timex.Expr, years int, future bool) timex.Expr {
	e.Begin, e.Last = e.Begin.AddDate(years, 0, 0), e.Last.AddDate(years, 0, 0)
	e.Value = yearDigits.ReplaceAllStringFunc(e.Value, func(m string) string {
		sep, y := m[:len(m)-4], m[len(m)-4:]
		n, _ := strconv.Atoi(y)
		return sep + strconv.Itoa(n+years)
	})
	e.Future = future
	return e
}

// nearestYear moves a period named without its year that was read as
// the past one ("in September", written in July) to the coming one when
// that is nearer to ref.
func nearestYear(e timex.Expr, ref time.Time) (timex.Expr, bool) {
	if !yearless[e.Precision] || !e.Relative || e.Future || ref.IsZero() || !e.Last.Before(ref) {
		return e, false
	}
	f := comingYear(e, ref)
	return f, f.Begin.Sub(ref) < ref.Sub(e.Last)
}

// yearDigits are the years of an ISO value ("2025-10-01/2025-12-31").
var yearDigits = regexp.MustCompile(`(^|/)\d{4}`)

// forwardIfPresent moves a bare weekday read as the past one to the
// coming one when the verb it dates is in the present simple and nothing
// in the sentence (but its closing ", the union said") is in the past:
// "Crews return to work on Friday", "The launch window opens on Friday".
// In news copy the present simple of a dated happening is a timetable,
// still to come (the corpus: "the launch window ... opens on Friday,
// Feb. 6", published on a Saturday); the past is told in the past. The
// nearest weekday in either direction would put a Friday named on a
// Monday three days back, though the copy says it is to come.
func forwardIfPresent(e timex.Expr, ref time.Time, s *sentence) timex.Expr {
	yearlessPast := yearless[e.Precision] && e.Relative && !e.Future && !ref.IsZero() && e.Last.Before(ref)
	if !yearlessPast && (!e.Relative || e.Future || e.Precision != timex.Day || ref.IsZero() || !e.Begin.Before(ref) || !weekday(e.Text)) {
		return e
	}
	toks := s.toks
	at, attribution := tokIndex(toks, s.span.Start+e.Start), trailingAttribution(s.text, s.span.Start, toks)
	for q, t := range toks {
		if q != attribution && (pastVerb(toks, q) || pastMarkers[t.Key]) {
			return e
		}
	}
	present := false
	for q := at - 1; q > 0 && q >= at-6 && !present; q-- {
		present = presentSimple(toks, q) || yearlessPast && presentStates[toks[q].Key]
	}
	switch {
	case !present:
		return e
	case yearlessPast:
		// "Kovac's government faces an election in September", written
		// in February: the coming September, not the last
		return comingYear(e, ref)
	}
	return comingWeekday(e, ref)
}

// presentSimple reports a verb of a happening in the present simple at
// token q: "opens", "resumes", "meets" (its -s form, whose base or past
// is a trigger), or the base after a plural or pronoun subject ("Crews
// return", "they meet"); not a noun after an article ("the talks").
func presentSimple(toks []text.Token, q int) bool {
	w, prev := toks[q].Key, toks[q-1].Key
	if toks[q].Upper || determiners[prev] || prepositions[prev] || prev == "to" || reportVerbs[w] || triggers[w] == timeline.KindStatement {
		return false
	}
	isVerb := func(base string) bool {
		_, t := triggers[base]
		_, ed := triggers[base+"ed"]
		_, d := triggers[base+"d"]
		_, phrasal := phrasalTriggers[base]
		return t || ed || d || verbOnly[base] || phrasal
	}
	if b, ok := strings.CutSuffix(w, "s"); ok && len(b) > 2 && !strings.HasSuffix(b, "s") && isVerb(b) {
		return true
	}
	// (a plural subject right before, or opening the sentence a few words
	// back: "Voters in Norland go to the polls")
	return isVerb(w) && !strings.HasSuffix(w, "ed") && !irregularPast[w] && (pluralSubjects[prev] || strings.HasSuffix(prev, "s") && !toks[q-1].Upper && q == 1 ||
		q <= 4 && len(toks[0].Key) > 3 && strings.HasSuffix(toks[0].Key, "s") && !strings.HasSuffix(toks[0].Key, "ss"))
}

// comingWeekday moves a weekday read as the past one to the coming one.
func comingWeekday(e timex.Expr, ref time.Time) timex.Expr {
	for !e.Begin.After(ref) {
		e.Begin = e.Begin.AddDate(0, 0, 7)
	}
	e.Last = e.Begin
	e.Value = e.Begin.Format(time.DateOnly)
	e.Future = true
	return e
}

func weekday(text string) bool {
	t := strings.ToLower(text)
	for _, d := range weekdays {
		if strings.Contains(t, d) {
			return true
		}
	}
	return false
}

// sinceSpan reads "since October" as the span from the start of October
// to the reference date (a civil day, as timex gives it).
func sinceSpan(e timex.Expr, ref time.Time) (string, bool) {
	if ref.IsZero() || e.Begin.IsZero() || !e.Begin.Before(ref) {
		return "", false
	}
	return e.Begin.Format(time.DateOnly) + "/" + ref.Format(time.DateOnly), true
}

// vagueSpan reads "the coming days" (FUTURE_REF) or "recent weeks"
// (PAST_REF) as a span beside the reference date, as long as the unit
// suggests: days two weeks, weeks six ("a few weeks"), months a year,
// years five; "recently", "lately" four weeks.
func vagueSpan(e timex.Expr, ref time.Time) (string, bool) {
	if e.Type != timex.Date || ref.IsZero() || e.Value != "FUTURE_REF" && e.Value != "PAST_REF" {
		return "", false
	}
	text := strings.ToLower(e.Text)
	var y, d int
	switch {
	case strings.Contains(text, "day"):
		d = 14
	case strings.Contains(text, "week"):
		d = 42
	case strings.Contains(text, "month"):
		y = 1
	case strings.Contains(text, "year"):
		y = 5
	case e.Value == "PAST_REF" && recentWords[text]:
		// "recently visited Oslo": the weeks before, not the day
		d = 28
	default:
		return "", false
	}
	first, last := ref.AddDate(0, 0, 1), ref.AddDate(y, 0, d)
	if e.Value == "PAST_REF" {
		first, last = ref.AddDate(-y, 0, -d), ref
	}
	return first.Format(time.DateOnly) + "/" + last.Format(time.DateOnly), true
}

// solAt is the number of a mission day named at token k ("Sol 1610",
// "Sols 1601-1605": the first), or 0.
func solAt(toks []text.Token, k int) int {
	if !toks[k].Upper || toks[k].Key != "sol" && toks[k].Key != "sols" || k+1 >= len(toks) {
		return 0
	}
	return leadingNumber(toks[k+1].Key)
}

// leadingNumber is the number a word starts with, or 0.
func leadingNumber(w string) int {
	n := 0
	for i := 0; i < len(w) && isDigit(w[i]) && n < 1e6; i++ {
		n = n*10 + int(w[i]-'0')
	}
	return n
}

// latestSol is the latest mission day the article names ("Sols
// 1610-1612": 1610 or later), or 0.
func (st *docState) latestSol() int {
	last := 0
	all := make([][]text.Token, 0, len(st.blocks)+1)
	for bi := range st.blocks {
		all = append(all, st.blocks[bi].toks)
	}
	if strings.Contains(st.doc.Title, "Sol") {
		all = append(all, text.Tokenize(st.doc.Title))
	}
	for _, toks := range all {
		for k := range toks {
			if n := solAt(toks, k); n > last {
				last = n
			}
			// (the end of a span of sols: "Sols 1601-1605")
			if k+2 < len(toks) && solAt(toks, k) > 0 && toks[k+2].Start-toks[k+1].End == 1 {
				last = max(last, leadingNumber(toks[k+2].Key))
			}
		}
	}
	return last
}

// missionDay dates a sentence that names a mission day of a rover's
// update ("On Sol 1611, the team imaged the outcrop") and no date of
// its own: the update is written about the latest sol it names, and a
// Martian sol is 1.0275 days, so an earlier sol is as many of them
// before publication ("last drilled on Sol 1580": a month back).
func (st *docState) missionDay(s *sentence) {
	if s.explicit || s.dateText != "" || s.clock != "" || st.lastSol == 0 || st.ref.IsZero() {
		return
	}
	for k := range s.toks {
		n := solAt(s.toks, k)
		if n == 0 || n > st.lastSol {
			continue
		}
		back := int(math.Round(float64(st.lastSol-n) * 1.0275))
		s.date = dated{date: st.ref.AddDate(0, 0, -back).Format(time.DateOnly), precision: timex.Day, basis: timeline.BasisContext}
		s.dateText = st.text[s.toks[k].Start:s.toks[k+1].End]
		s.timed = true
		return
	}
}
