package timex

import (
	"strconv"
	"time"
)

// Find returns every time expression in one sentence, in order and without
// overlaps (at each position the longest reading wins), with byte offsets
// into sentence. ref is the publication date; when it is the zero time,
// absolute expressions still resolve but relative ones ("on Thursday", "last
// month") are returned with an empty Value and Precision Unknown.
//
// The matcher is hand-written over a token stream rather than built from
// regular expressions: a sentence without a digit or a time keyword costs
// one allocation-free pass, and the rules can look at neighbouring words
// (tense, capitalisation, "on"/"in" cues) that a regexp cannot weigh.
func Find(sentence string, ref time.Time) []Expr {
	tp := tokPool.Get().(*[]tok)
	ts, cand := tokenize(sentence, (*tp)[:0])
	defer func() {
		if cap(ts) <= 4096 {
			*tp = ts[:0]
			tokPool.Put(tp)
		}
	}()
	if !cand {
		return nil
	}
	c := ctx{s: sentence, t: ts}
	// A reference outside years 1000-2999 cannot be written as a four-digit
	// ISO value: treat it as unknown rather than emit "-1-03-10".
	if y := ref.Year(); !ref.IsZero() && y >= 1001 && y <= 2998 {
		c.ref, c.hasRef = dayOf(ref), true
	}
	var hits []hit
	for i := 0; i < len(ts); {
		h, ok := c.match(i)
		if !ok {
			i++
			continue
		}
		if h.e.Type != "" {
			hits = append(hits, h)
		}
		i = h.j
	}
	if len(hits) == 0 {
		return nil
	}
	hits = c.mergeClocks(hits)
	hits = c.mergeRanges(hits)
	out := make([]Expr, len(hits))
	for k := range hits {
		out[k] = c.finish(&hits[k])
	}
	return out
}

// hit is one match: tokens [i, j), the expression, and for clock times the
// parts needed to write the value once the day is known.
type hit struct {
	i, j int
	e    Expr
	clk  *clock
	m, d int // month and day of a date written without a year
}

type clock struct {
	h, m  int
	prec  Precision
	zone  string // zone table key ("gmt", "kyiv"); "" when none or local
	part  string // "MO", "AF", "EV", "NI" for a part of the day
	dated bool   // the day was written next to the time
}

type ctx struct {
	s      string
	t      []tok
	ref    time.Time
	hasRef bool
}

// --- token helpers -------------------------------------------------------

func (c *ctx) id(i int) wid {
	if i < 0 || i >= len(c.t) {
		return wNone
	}
	return c.t[i].id
}

func (c *ctx) isP(i int, p byte) bool {
	return i >= 0 && i < len(c.t) && c.t[i].k == kPunct && c.t[i].p == p
}

// adj is true when token i touches the previous one ("mid-January").
func (c *ctx) adj(i int) bool { return i >= 0 && i < len(c.t) && !c.t[i].sp }

func (c *ctx) text(i int) string { return c.s[c.t[i].s:c.t[i].e] }

func (c *ctx) isNum(i int) bool {
	return i >= 0 && i < len(c.t) && c.t[i].k == kNum && !c.t[i].grp && !c.t[i].dec
}

// dayNum is a day of the month: one or two digits, 1-31.
func (c *ctx) dayNum(i int) (int, bool) {
	if !c.isNum(i) || c.t[i].nd > 2 || c.t[i].n < 1 || c.t[i].n > 31 {
		return 0, false
	}
	// "22:00" is a clock, not a day.
	if c.isP(i+1, ':') && c.adj(i+1) && c.isNum(i+2) && c.adj(i+2) {
		return 0, false
	}
	return c.t[i].n, true
}

// year4 is a four-digit year 1000-2999.
func (c *ctx) year4(i int) (int, bool) {
	if !c.isNum(i) || c.t[i].nd != 4 || c.t[i].n < 1000 || c.t[i].n > 2999 {
		return 0, false
	}
	return c.t[i].n, true
}

// month is a capitalised month name; abbreviations must be followed by a
// number or a full stop ("Jan. 22", "Jan 22"). Returns the month and the
// token after it.
func (c *ctx) month(i int) (int, int, bool) {
	if i < 0 || i >= len(c.t) {
		return 0, 0, false
	}
	t := &c.t[i]
	if t.id < wJan || t.id > wDec || !t.up {
		return 0, 0, false
	}
	j := i + 1
	if t.ab {
		if c.isP(j, '.') && c.adj(j) {
			j++
		} else if !c.isNum(j) {
			return 0, 0, false
		}
	}
	return t.n, j, true
}

func (c *ctx) weekday(i int) (int, bool) {
	if i < 0 || i >= len(c.t) {
		return 0, false
	}
	t := &c.t[i]
	if t.id < wMon || t.id > wSun || !t.up || t.ab {
		return 0, false
	}
	return t.n, true
}

func isUnit(id wid) bool { return id >= wSecond && id <= wCentury }

// --- tense ---------------------------------------------------------------

// cue is +1 for a future-tense marker at token k, -1 for a past one.
func (c *ctx) cue(k int) int {
	t := &c.t[k]
	// "an event to be held on October 12", "is to be signed": a scheduled
	// thing, whatever the tense of the sentence's reporting verb
	if c.passive(k) && k >= 2 && c.text(k-2) == "to" {
		return 1
	}
	switch t.id {
	case wWill, wShall, wScheduled, wExpected, wUpcoming:
		return 1
	case wLL:
		if c.isP(k-1, '\'') && c.adj(k) {
			return 1
		}
	case wDue, wPlans, wGoing:
		if c.id(k+1) == wTo {
			return 1
		}
	case wSet:
		if c.id(k+1) == wTo {
			return 1
		}
		return -1
	case wPastVerb:
		if c.text(k) == "won" && c.isP(k+1, '\'') {
			return 1
		}
		if c.passive(k) {
			return 0
		}
		return -1
	case wNone:
		if t.k == kWord && !t.up && t.e-t.s >= 5 {
			w := c.s[t.s:t.e]
			n := len(w)
			if w[n-2] == 'e' && w[n-1] == 'd' && w[n-3] != 'e' && !c.passive(k) {
				return -1
			}
		}
	}
	return 0
}

// passive is true for a participle after "be" ("will be held"): the
// auxiliary before it, not the participle, gives the tense.
func (c *ctx) passive(k int) bool {
	if k == 0 || c.t[k-1].k != kWord {
		return false
	}
	w := c.text(k - 1)
	return w == "be" || w == "being"
}

// tense of the clause around tokens [i, j): the nearest tense cue, before
// or after, wins; a tie goes to the one before. 0 when there is none. A
// clause joined after it (", and is expected to ...") has a tense of its
// own and is not looked at.
func (c *ctx) tense(i, j int) int {
	bd, bv := 1<<30, 0
	for k := i - 1; k >= 0 && i-k <= 12; k-- {
		if c.isP(k, ';') {
			break
		}
		if v := c.cue(k); v != 0 {
			bd, bv = i-k, v
			break
		}
	}
	ad, av := 1<<30, 0
	for k := j; k < len(c.t) && k-j < 10; k++ {
		if c.isP(k, ';') || c.isP(k, ',') && c.id(k+1) == wAnd {
			break
		}
		if v := c.cue(k); v != 0 {
			ad, av = k-j+1, v
			break
		}
	}
	if bv != 0 && bd <= ad {
		return bv
	}
	return av
}

// --- resolution against the reference date -----------------------------

func unresolved(fut bool) Expr { return Expr{Type: Date, Relative: true, Future: fut} }

// nearYear picks the year for a month and day written without one: the
// candidate inside a one-year window around the reference date that the
// tense points to (news mostly reports the past ~10 months and announces
// the near future).
func (c *ctx) nearYear(m, d, tense int) int {
	lo, hi := -305, 60
	switch {
	case tense < 0:
		lo, hi = -358, 7
	case tense > 0:
		lo, hi = -7, 358
	}
	ry := c.ref.Year()
	for y := ry - 1; y <= ry+1; y++ {
		dd := d
		if dd > daysIn(y, m) {
			dd = daysIn(y, m)
		}
		diff := int(civil(y, m, dd).Sub(c.ref).Hours() / 24)
		if diff > lo && diff <= hi {
			return y
		}
	}
	return ry
}

// nearMonthYear is the same for a month alone, counted in months.
func (c *ctx) nearMonthYear(m, tense int) int {
	lo, hi := -8, 3
	switch {
	case tense < 0:
		lo, hi = -11, 0
	case tense > 0:
		lo, hi = 0, 11
	}
	ry, rm := c.ref.Year(), int(c.ref.Month())
	for y := ry - 1; y <= ry+1; y++ {
		diff := (y*12 + m) - (ry*12 + rm)
		if diff >= lo && diff <= hi {
			return y
		}
	}
	return ry
}

// weekdayFrom resolves a weekday. mode 0 follows the tense: past and
// neutral give the most recent such day (the reference day itself when it
// is that weekday: news dates events by weekday even on the same day),
// future gives the next one after the reference day. 'l' is "last"
// (strictly before), 'n' "next" (strictly after), 't' "this" (in the
// reference day's ISO week).
func (c *ctx) weekdayFrom(wd int, mode byte, tense int) time.Time {
	rw := isoWeekday(c.ref)
	switch mode {
	case 'l':
		d := (rw - wd + 7) % 7
		if d == 0 {
			d = 7
		}
		return c.ref.AddDate(0, 0, -d)
	case 'n':
		d := (wd - rw + 7) % 7
		if d == 0 {
			d = 7
		}
		return c.ref.AddDate(0, 0, d)
	case 't':
		return weekStart(c.ref).AddDate(0, 0, wd)
	}
	if tense > 0 {
		// "will meet on Thursday" written on a Thursday is next week's:
		// the same day would be "today" or "later on Thursday".
		d := (wd - rw + 7) % 7
		if d == 0 {
			d = 7
		}
		return c.ref.AddDate(0, 0, d)
	}
	return c.ref.AddDate(0, 0, -((rw - wd + 7) % 7))
}

// --- matching ------------------------------------------------------------

// match tries every rule at token i and keeps the longest reading.
func (c *ctx) match(i int) (hit, bool) {
	best := hit{j: -1}
	try := func(h hit, ok bool) {
		if ok && h.j > best.j {
			best = h
		}
	}
	t := &c.t[i]
	switch t.k {
	case kNum:
		try(c.mDayFirst(i))
		try(c.mNumeric(i))
		try(c.mClock(i))
		try(c.mCount(i))
	case kWord:
		switch {
		case t.id >= wJan && t.id <= wDec:
			try(c.mMonthFirst(i))
		case t.id >= wMon && t.id <= wSun:
			try(c.mWeekday(i, 0, i))
		}
		switch t.id {
		case wThe:
			try(c.mThe(i))
		case wToday, wTonight, wYesterday, wTomorrow, wNow, wCurrently, wRecently, wLately, wSoon, wOvernight:
			try(c.mDeictic(i))
		case wThis, wLast, wNext, wPast, wComing:
			try(c.mThisLastNext(i))
		case wEarlier, wLater:
			try(c.mEarlierLater(i))
		case wEarly, wMid, wLate:
			try(c.mMod(i))
		case wEnd, wBeginning, wMiddle:
			try(c.mEndOf(i, i))
		case wIn, wWithin:
			try(c.mIn(i))
		case wEvery, wDaily, wWeekly, wMonthly, wYearly, wQuarterly, wHourly, wNightly, wOnce, wTwice:
			try(c.mSet(i))
		case wNoon, wMidnight:
			try(c.mClock(i))
		case wQ, wH:
			try(c.mQuarterCode(i))
		case wSpring, wSummer, wAutumn, wWinter, wFall:
			try(c.mSeason(i, i, 0))
		case wRecent:
			try(c.mRecent(i))
		case wA, wNumWord, wFew, wDozen, wHundred:
			try(c.mCount(i))
		}
		if isUnit(t.id) && t.pl {
			try(c.mBareUnits(i))
		}
	case kPunct:
		if t.p == '\'' {
			try(c.mNumeric(i)) // '90s
		}
	}
	return best, best.j > i
}

// mk makes a hit of tokens i..j. A date outside years 1-9999 ("the last
// 8107 quarters") is no hit: ISO 8601 cannot write it and no story needs it.
func (c *ctx) mk(i, j int, e Expr) (hit, bool) {
	if e.Type == Date && e.Precision != Unknown && (outOfRange(e.Begin) || outOfRange(e.Last)) {
		return noHit, false
	}
	return hit{i: i, j: j, e: e}, true
}

func outOfRange(t time.Time) bool { return !t.IsZero() && (t.Year() < 1 || t.Year() > 9999) }

var noHit = hit{}

// mMonthFirst: "January 22", "Jan. 22, 2026", "January 19-25", "January
// 2026", "January of 2026", and a bare "January" where it is clearly a month.
func (c *ctx) mMonthFirst(i int) (hit, bool) {
	m, k, ok := c.month(i)
	if !ok {
		return noHit, false
	}
	if d, ok := c.dayNum(k); ok {
		k2 := k + 1
		if c.id(k2) == wSuffix && c.adj(k2) {
			k2++
		}
		// A day range inside one month: "January 19-25", "January 19 to 25".
		if d2, k3, ok := c.dayTail(k2); ok && d2 > d {
			if _, _, isMonth := c.month(k3); !isMonth {
				if y, k4, ok := c.yearAfter(k3); ok && validDay(y, m, d2) {
					return c.mk(i, k4, exprSpan(civil(y, m, d), civil(y, m, d2), Range))
				}
				return c.mk(i, k3, c.monthDayRange(m, d, d2, i, k3))
			}
		}
		if y, k3, ok := c.yearAfter(k2); ok {
			if validDay(y, m, d) {
				return c.mk(i, k3, exprDay(civil(y, m, d)))
			}
			return noHit, false
		}
		h, ok := c.mk(i, k2, c.monthDay(m, d, i, k2))
		h.m, h.d = m, d
		return h, ok
	}
	// "January 2026", "January, 2026", "January of 2026"
	k2 := k
	if c.isP(k2, ',') || c.id(k2) == wOf {
		k2++
	}
	if y, ok := c.year4(k2); ok && !(c.isP(k2+1, '-') && c.adj(k2+1) && c.t[k2+1].k == kNum) {
		return c.mk(i, k2+1, exprMonth(y, m))
	}
	if c.t[i].ab {
		return noHit, false
	}
	// A bare month name. "May" and "March" are also a verb, "April",
	// "June" and "August" also names: they need a preposition in front.
	prev := c.id(i - 1)
	cued := false
	switch prev {
	case wIn, wOf, wSince, wUntil, wBy, wFrom, wTo, wDuring, wBefore, wAfter, wBetween, wAnd, wThroughout, wFor, wOn, wAround:
		cued = true
	}
	if !cued {
		switch m {
		case 3, 4, 5, 6, 8:
			return noHit, false
		}
	}
	// "June Carter", "January Jones": a month before a capitalised word is
	// a first name.
	if n := i + 1; n < len(c.t) && c.t[n].k == kWord && c.t[n].up && !(c.t[n].id >= wJan && c.t[n].id <= wSun) {
		return noHit, false
	}
	return c.mk(i, k, c.monthAlone(m, i, k))
}

func (c *ctx) monthAlone(m, i, j int) Expr {
	if !c.hasRef {
		return unresolved(false)
	}
	e := exprMonth(c.nearMonthYear(m, c.tense(i, j)), m)
	e.Relative = true
	return e
}

func (c *ctx) monthDay(m, d, i, j int) Expr {
	if !c.hasRef {
		if d > daysIn(2024, m) {
			return Expr{}
		}
		return unresolved(false)
	}
	y := c.nearYear(m, d, c.tense(i, j))
	if !validDay(y, m, d) {
		return Expr{}
	}
	e := exprDay(civil(y, m, d))
	e.Relative = true
	return e
}

func (c *ctx) monthDayRange(m, d, d2, i, j int) Expr {
	if !c.hasRef {
		return unresolved(false)
	}
	y := c.nearYear(m, d, c.tense(i, j))
	if !validDay(y, m, d2) {
		return Expr{}
	}
	e := exprSpan(civil(y, m, d), civil(y, m, d2), Range)
	e.Relative = true
	return e
}

// dayTail reads "-25", "to 25", "until 25", "and 25" after a day.
func (c *ctx) dayTail(k int) (int, int, bool) {
	if !(c.isP(k, '-') || c.id(k) == wTo || c.id(k) == wUntil || c.id(k) == wAnd) {
		return 0, 0, false
	}
	d2, ok := c.dayNum(k + 1)
	if !ok {
		return 0, 0, false
	}
	k2 := k + 2
	if c.id(k2) == wSuffix && c.adj(k2) {
		k2++
	}
	return d2, k2, true
}

// yearAfter reads an optional comma and a four-digit year.
func (c *ctx) yearAfter(k int) (int, int, bool) {
	if c.isP(k, ',') {
		k++
	}
	y, ok := c.year4(k)
	if !ok {
		return 0, 0, false
	}
	// "January 22, 2026-27" is odd; "22 January 2026 - 22:17" is fine.
	return y, k + 1, true
}

// mDayFirst: "22 January 2026", "6 January", "the 22nd of January",
// "19-25 January", "19 to 25 January 2026".
func (c *ctx) mDayFirst(i int) (hit, bool) {
	d, ok := c.dayNum(i)
	if !ok {
		return noHit, false
	}
	k := i + 1
	if c.id(k) == wSuffix && c.adj(k) {
		k++
	}
	d2 := 0
	if dd, k2, ok := c.dayTail(k); ok && dd > d {
		if _, _, isMonth := c.month(k2); isMonth || (c.id(k2) == wOf) {
			d2, k = dd, k2
		}
	}
	if c.id(k) == wOf {
		k++
	}
	m, k, ok := c.month(k)
	if !ok {
		return noHit, false
	}
	if y, k2, ok := c.yearAfter(k); ok {
		if d2 > 0 {
			if !validDay(y, m, d2) {
				return noHit, false
			}
			return c.mk(i, k2, exprSpan(civil(y, m, d), civil(y, m, d2), Range))
		}
		if !validDay(y, m, d) {
			return noHit, false
		}
		return c.mk(i, k2, exprDay(civil(y, m, d)))
	}
	if d2 > 0 {
		return c.mk(i, k, c.monthDayRange(m, d, d2, i, k))
	}
	e := c.monthDay(m, d, i, k)
	if e.Type == "" {
		return noHit, false
	}
	h, _ := c.mk(i, k, e)
	h.m, h.d = m, d
	return h, true
}

// yearCue: the words after which a bare four-digit number is a year.
func (c *ctx) yearCue(i int) bool {
	switch c.id(i - 1) {
	case wIn, wSince, wBy, wOf, wUntil, wFrom, wTo, wDuring, wBefore, wAfter, wThroughout, wBetween, wAround, wFiscal, wYear, wEarly, wMid, wLate, wFor:
		return true
	case wAnd:
		_, ok := c.year4(i - 2)
		return ok
	case wThe:
		// "the 2024 election"
		n := i + 1
		return n < len(c.t) && c.t[n].k == kWord && !c.t[n].up && !isUnit(c.t[n].id)
	}
	if c.isP(i-1, '-') {
		// "mid-2025"
		return c.id(i-2) == wMid
	}
	return false
}

// mNumeric: ISO and numeric dates, years, year ranges and decades.
func (c *ctx) mNumeric(i int) (hit, bool) {
	t := &c.t[i]
	if t.k == kPunct {
		// "'90s": the decade of the last century (the '20s would be ambiguous).
		if c.isNum(i+1) && c.adj(i+1) && c.t[i+1].nd == 2 && c.t[i+1].n%10 == 0 && c.t[i+1].n >= 30 && c.id(i+2) == wS && c.adj(i+2) {
			return c.mk(i, i+3, exprDecade(1900+c.t[i+1].n))
		}
		return noHit, false
	}
	if !c.isNum(i) {
		return noHit, false
	}
	// ISO 2026-01-22 and 2026/01/22; numeric d/m/y only when unambiguous.
	if c.adj(i+1) && c.adj(i+2) && c.adj(i+3) && c.adj(i+4) && c.isNum(i+2) && c.isNum(i+4) {
		p := c.t[i+1].p
		if c.isP(i+1, p) && c.isP(i+3, p) && (p == '-' || p == '/' || p == '.') {
			a, b, d := c.t[i].n, c.t[i+2].n, c.t[i+4].n
			if c.t[i].nd == 4 && p != '.' && c.t[i+2].nd <= 2 && c.t[i+4].nd <= 2 {
				if validDay(a, b, d) {
					return c.mk(i, i+5, exprDay(civil(a, b, d)))
				}
				return noHit, false
			}
			if c.t[i].nd <= 2 && c.t[i+2].nd <= 2 && (c.t[i+4].nd == 4 || c.t[i+4].nd == 2) && p != '-' {
				y := d
				if c.t[i+4].nd == 2 {
					y += 2000
				}
				switch {
				case p == '.' || (a > 12 && b <= 12): // European day first
					if validDay(y, b, a) {
						return c.mk(i, i+5, exprDay(civil(y, b, a)))
					}
				case b > 12 && a <= 12 || a == b: // US month first, or both readings agree
					if validDay(y, a, b) {
						return c.mk(i, i+5, exprDay(civil(y, a, b)))
					}
				}
				// 01/02/2026 could be either: not a date we can state.
				return hit{i: i, j: i + 5}, true
			}
		}
	}
	y, ok := c.year4(i)
	if !ok {
		return noHit, false
	}
	// Decade: "1990s".
	if c.id(i+1) == wS && c.adj(i+1) && y%10 == 0 {
		return c.mk(i, i+2, exprDecade(y))
	}
	// "2026-01" (a month) or "2024-25" / "2011-12" (a year span).
	if c.isP(i+1, '-') || c.isP(i+1, '/') {
		k := i + 2
		if c.isNum(k) && c.t[k].nd == 2 && c.adj(i+1) && c.adj(k) && !c.isP(k+1, '-') {
			n := c.t[k].n
			if n > y%100 && n-y%100 <= 10 {
				return c.mk(i, k+1, exprYears(y, y/100*100+n))
			}
			if c.isP(i+1, '-') && n >= 1 && n <= 12 {
				return c.mk(i, k+1, exprMonth(y, n))
			}
		}
		if y2, ok := c.year4(k); ok && y2 > y && y2-y <= 100 && y >= 1900 && !(c.isP(k+1, '-') && c.adj(k+1)) {
			return c.mk(i, k+1, exprYears(y, y2))
		}
		if c.adj(i+1) && i+2 < len(c.t) && c.t[i+2].k == kWord && c.adj(i+2) {
			// "2000-year-old", "2024-style": a modifier, not a date.
			return noHit, false
		}
	}
	if y < 1900 || y > 2099 {
		return noHit, false
	}
	if !c.yearCue(i) {
		return noHit, false
	}
	if n := i + 1; n < len(c.t) {
		nt := &c.t[n]
		if isUnit(nt.id) || (nt.k == kPunct && nt.p == '%') || nt.id == wPer || (nt.k == kWord && c.text(n) == "percent") {
			return noHit, false
		}
		if nt.k == kPunct && nt.p == ',' && c.isNum(n+1) && c.adj(n+1) {
			return noHit, false
		}
	}
	return c.mk(i, i+1, exprYear(y))
}

// --- clock times ----------------------------------------------------------

// ampm reads "a.m.", "p.m.", "am", "pm", "AM" at k: +1 for pm, -1 for am.
func (c *ctx) ampm(k int) (int, int) {
	if k >= len(c.t) || c.t[k].k != kWord {
		return 0, k
	}
	w := c.text(k)
	switch len(w) {
	case 2:
		switch w[0] | 0x20 {
		case 'a':
			if w[1]|0x20 == 'm' {
				return -1, k + 1
			}
		case 'p':
			if w[1]|0x20 == 'm' {
				return 1, k + 1
			}
		}
	case 1:
		v := 0
		switch w[0] | 0x20 {
		case 'a':
			v = -1
		case 'p':
			v = 1
		}
		if v != 0 && c.isP(k+1, '.') && c.adj(k+1) && k+2 < len(c.t) && c.adj(k+2) && (c.text(k+2) == "m" || c.text(k+2) == "M") {
			j := k + 3
			if c.isP(j, '.') && c.adj(j) {
				j++
			}
			return v, j
		}
	}
	return 0, k
}

// zone reads a zone after a time: "GMT", "UTC+2", "Kyiv time", "New York
// time", "local time", "Eastern Standard Time". Returns the text as written,
// the table key and the token after it.
func (c *ctx) zone(k int) (string, string, int) {
	if k >= len(c.t) {
		return "", "", k
	}
	t := &c.t[k]
	if t.id == wZone && t.allUp {
		key := c.lower(k)
		j := k + 1
		// "GMT+2", "UTC+03:00"
		if (key == "gmt" || key == "utc") && (c.isP(j, '+') || c.isP(j, '-')) && c.adj(j) && c.isNum(j+1) && c.adj(j+1) && c.t[j+1].n <= 14 {
			sign := 1
			if c.isP(j, '-') {
				sign = -1
			}
			off := c.t[j+1].n * 60
			j += 2
			if c.isP(j, ':') && c.isNum(j+1) && c.adj(j) {
				off += c.t[j+1].n
				j += 2
			}
			zt := c.s[t.s:c.t[j-1].e]
			return zt, "+" + fmtOffset(sign*off), j
		}
		return c.text(k), key, j
	}
	if t.id == wLocal && c.id(k+1) == wTimeW {
		return c.s[t.s:c.t[k+1].e], "", k + 2
	}
	if (t.id == wCityTime || t.id == wZone) && t.up {
		j := k + 1
		if c.id(j) == wStandard {
			j++
		}
		if c.id(j) == wTimeW {
			s := t.s
			if c.text(k) == "York" && k > 0 && c.text(k-1) == "New" {
				s = c.t[k-1].s
			}
			if c.id(k+1) == wCityTime && c.t[k+1].up {
				// "Central European Time": the second word names the zone.
				return c.s[s:c.t[j].e], c.lower(k + 1), j + 1
			}
			return c.s[s:c.t[j].e], c.lower(k), j + 1
		}
		if t.id == wCityTime && c.id(j) == wCityTime && c.id(j+1) == wTimeW {
			return c.s[t.s:c.t[j+1].e], c.lower(j), j + 2
		}
	}
	return "", "", k
}

func (c *ctx) lower(k int) string {
	w := c.text(k)
	for i := 0; i < len(w); i++ {
		if w[i] >= 'A' && w[i] <= 'Z' {
			b := []byte(w)
			for j := range b {
				if b[j] >= 'A' && b[j] <= 'Z' {
					b[j] += 'a' - 'A'
				}
			}
			return string(b)
		}
	}
	return w
}

// mClock: "12:00 GMT", "15:30 Kyiv time", "3 p.m.", "9:30am", "noon",
// "midnight", "0900 GMT".
func (c *ctx) mClock(i int) (hit, bool) {
	t := &c.t[i]
	h, m, j := -1, 0, i+1
	prec := Minute
	cued := false
	switch t.id {
	case wNoon:
		h = 12
	case wMidnight:
		h = 0
	}
	if h >= 0 {
		cued = true
	} else {
		if !c.isNum(i) {
			return noHit, false
		}
		switch {
		case t.nd <= 2 && c.isP(i+1, ':') && c.adj(i+1) && c.isNum(i+2) && c.adj(i+2) && c.t[i+2].nd == 2:
			h, m, j = t.n, c.t[i+2].n, i+3
			if c.isP(j, ':') && c.adj(j) && c.isNum(j+1) && c.t[j+1].nd == 2 {
				j += 2 // seconds
			}
			cued = t.nd == 2
		case t.nd <= 2:
			h, prec = t.n, Hour
			// "3.30pm"
			if t.dec {
				return noHit, false
			}
		case t.nd == 4 && !t.grp:
			h, m = t.n/100, t.n%100
		default:
			return noHit, false
		}
		if h > 24 || m > 59 {
			return noHit, false
		}
	}
	ap, k := c.ampm(j)
	if ap != 0 {
		if h == 0 || h > 12 {
			return noHit, false
		}
		if ap > 0 && h < 12 {
			h += 12
		}
		if ap < 0 && h == 12 {
			h = 0
		}
		j, cued = k, true
	} else if prec == Hour {
		// A bare number is a time only with "a.m."/"p.m." or "o'clock".
		if j+2 < len(c.t) && c.text(j) == "o" && c.isP(j+1, '\'') && c.text(j+2) == "clock" {
			j, cued = j+3, true
		} else {
			return noHit, false
		}
	}
	zt, zk, k := c.zone(j)
	if zt != "" {
		j, cued = k, true
	} else if c.id(j) == wHrs || (t.nd == 4 && c.id(j) == wHour && c.t[j].pl && c.t[j].allUp) {
		j, cued = j+1, true
	}
	if t.nd == 4 && zt == "" && !cued {
		return noHit, false
	}
	if !cued {
		switch c.id(i - 1) {
		case wAt, wFrom, wUntil, wTo, wBy, wBefore, wAfter, wAround, wBetween, wAnd, wSince:
			cued = true
		}
		if c.isP(i-1, '-') || c.isP(i-1, ',') {
			cued = true
		}
	}
	if !cued {
		return noHit, false
	}
	if h == 24 {
		h = 0
	}
	cb := pad2(make([]byte, 0, 5), h)
	cb = append(cb, ':')
	e := Expr{Type: Clock, Clock: string(pad2(cb, m)), Zone: zt}
	return hit{i: i, j: j, e: e, clk: &clock{h: h, m: m, prec: prec, zone: zk}}, true
}

// --- weekdays ---------------------------------------------------------------

var partCodes = map[wid]string{wMorning: "MO", wAfternoon: "AF", wEvening: "EV", wNight: "NI"}

// mWeekday: "Thursday", "Thursday night", "Thursday, January 22" (a full
// date after a weekday is read as that date). mode is 0, 'l', 'n' or 't'
// (see weekdayFrom); start is where the text begins ("last Thursday").
func (c *ctx) mWeekday(i int, mode byte, start int) (hit, bool) {
	t := &c.t[i]
	if t.ab {
		// "Thu, 22 Jan 2026"
		k := i + 1
		if c.isP(k, '.') || c.isP(k, ',') {
			k++
		}
		if h, ok := c.mDayFirst(k); ok {
			h.i = start
			return h, true
		}
		if h, ok := c.mMonthFirst(k); ok {
			h.i = start
			return h, true
		}
		return noHit, false
	}
	wd, ok := c.weekday(i)
	if !ok {
		return noHit, false
	}
	k := i + 1
	if c.isP(k, ',') {
		k++
	}
	if mode == 0 {
		if h, ok := c.mDayFirst(k); ok && h.e.Precision == Day {
			h.i = start
			return h, true
		}
		if h, ok := c.mMonthFirst(k); ok && h.e.Precision == Day {
			h.i = start
			return h, true
		}
	}
	j := i + 1
	if mode == 0 {
		// "the Sunday Times", "Monday Night Football": a weekday followed
		// by a capitalised word is a name unless a preposition says it is
		// a day ("On Monday Trump said").
		if n := i + 1; n < len(c.t) && c.t[n].k == kWord && c.t[n].up && partCodes[c.t[n].id] == "" {
			switch c.id(i - 1) {
			case wOn, wSince, wUntil, wBy, wFrom, wBetween, wAnd, wBefore, wAfter, wTo, wDuring:
			default:
				return noHit, false
			}
		}
		if c.id(i-1) == wThe {
			// "the Monday after the vote", "the Sunday Times": anchored
			// elsewhere, or a name.
			return noHit, false
		}
	}
	part := ""
	if p, ok := partCodes[c.id(j)]; ok && c.t[j].k == kWord {
		part, j = p, j+1
	}
	if !c.hasRef {
		fut := mode == 'n'
		e := unresolved(fut)
		if part != "" {
			e.Type = Clock
			return hit{i: start, j: j, e: e, clk: &clock{part: part, h: -1}}, true
		}
		return c.mk(start, j, e)
	}
	tense := 0
	if mode == 0 {
		tense = c.tense(start, j)
		if c.id(start-1) == wLater || c.id(start-1) == wOn && c.id(start-2) == wLater {
			tense = 0 // "later on Thursday": the same day
		}
		if c.isP(j, '\'') && c.adj(j) && j+1 < len(c.t) && c.text(j+1) == "s" {
			tense = c.possessiveTense(start, j+2)
		}
	}
	d := c.weekdayFrom(wd, mode, tense)
	e := exprDay(d)
	e.Relative = true
	if part != "" {
		e.Type = Clock
		return hit{i: start, j: j, e: e, clk: &clock{part: part, h: -1, dated: true}}, true
	}
	return c.mk(start, j, e)
}

// possessiveTense is the tense of a possessive weekday ("Monday's") from
// start to j (past the "'s"). News names a past day so ("Monday's closing
// price", "Sunday's attack", even in a sentence about the future), unless
// the day is ahead ("ahead of Friday's vote", "before Monday's deadline")
// or its own clause says it will be ("Thursday's meeting will ...").
func (c *ctx) possessiveTense(start, j int) int {
	if c.id(start-1) == wBefore || c.id(start-1) == wUntil || c.id(start-1) == wOf && c.text(start-2) == "ahead" {
		return 1
	}
	for k := j; k < len(c.t) && k < j+4; k++ {
		if c.isP(k, ',') || c.isP(k, '.') || c.isP(k, ';') {
			break
		}
		if v := c.cue(k); v != 0 {
			return v
		}
	}
	return -1
}

// --- deictic words ----------------------------------------------------------

// mDeictic: today, tonight, yesterday, tomorrow (with a part of the day),
// now, currently, recently, lately, soon, overnight.
func (c *ctx) mDeictic(i int) (hit, bool) {
	t := &c.t[i]
	off := 0
	j := i + 1
	switch t.id {
	case wToday:
		// "USA Today", "Russia Today": a title, not a day.
		if t.up && i > 0 && c.t[i-1].k == kWord && c.t[i-1].up {
			return noHit, false
		}
	case wTonight:
		return c.dayPart(i, j, 0, "NI")
	case wYesterday:
		off = -1
	case wTomorrow:
		off = 1
	case wNow, wCurrently:
		return c.mk(i, j, Expr{Type: Date, Value: "PRESENT_REF", Relative: true})
	case wRecently, wLately:
		return c.mk(i, j, Expr{Type: Date, Value: "PAST_REF", Relative: true})
	case wSoon:
		return c.mk(i, j, Expr{Type: Date, Value: "FUTURE_REF", Relative: true, Future: true})
	case wOvernight:
		if !c.hasRef {
			return c.mk(i, j, unresolved(false))
		}
		// The night before the reference date, or the coming one in a
		// future-tense clause ("they will stay overnight").
		var e Expr
		if c.tense(i, j) > 0 {
			e = exprSpan(c.ref, c.ref.AddDate(0, 0, 1), Range)
		} else {
			e = exprSpan(c.ref.AddDate(0, 0, -1), c.ref, Range)
		}
		e.Relative = true
		return c.mk(i, j, e)
	}
	if p, ok := partCodes[c.id(j)]; ok && c.t[j].k == kWord {
		return c.dayPart(i, j+1, off, p)
	}
	return c.mk(i, j, c.dayOff(off))
}

func (c *ctx) dayOff(off int) Expr {
	if !c.hasRef {
		return unresolved(off > 0)
	}
	e := exprDay(c.ref.AddDate(0, 0, off))
	e.Relative = true
	return e
}

// dayPart is a part of a day relative to the reference date ("this
// morning", "last night", "tomorrow evening"): TIMEX3 writes 2026-01-22TMO.
func (c *ctx) dayPart(i, j, off int, part string) (hit, bool) {
	e := c.dayOff(off)
	e.Type = Clock
	return hit{i: i, j: j, e: e, clk: &clock{part: part, h: -1, dated: c.hasRef}}, true
}

// --- this / last / next ------------------------------------------------------

// mThisLastNext: "this week", "last month", "next year", "last Thursday",
// "next March", "this summer", "last night", "this morning", "the past
// week" (called from mThe), "past two weeks", "next 10 days".
func (c *ctx) mThisLastNext(i int) (hit, bool) {
	return c.thisLastNext(i, i)
}

func (c *ctx) thisLastNext(start, i int) (hit, bool) {
	kw := c.id(i)
	mode := byte('t')
	switch kw {
	case wLast, wPast, wPrevious:
		mode = 'l'
	case wNext, wComing, wFollowing:
		mode = 'n'
	}
	k := i + 1
	if kw == wPast || kw == wComing || (kw == wLast && c.id(i-1) == wThe) || (kw == wNext && c.id(i-1) == wThe) {
		// A span ending or starting at the reference date: "the past week",
		// "the last two years", "the coming days".
		if kw == wPast && c.id(start) != wThe && c.id(start-1) != wIn && c.id(start-1) != wOver {
			return noHit, false
		}
		n, x, k2, ok := c.count(k)
		if !ok {
			n, k2 = 1, k
		}
		if c.id(k2) == wMore {
			k2++
		}
		u := c.id(k2)
		if !isUnit(u) && u != wWeekend {
			return noHit, false
		}
		if !ok && (c.id(k2+1) == wOf || u == wDay && kw != wPast && kw != wComing) {
			// "the last day of the talks", "the next day": anchored on the
			// story, not on the publication date.
			return noHit, false
		}
		if !ok && kw == wLast && u == wQuarterU && !c.t[k2].pl {
			// "the last quarter" is the previous calendar quarter.
			if !c.hasRef {
				return c.mk(start, k2+1, unresolved(false))
			}
			e := c.periodAt(wQuarterU, -1)
			e.Relative = true
			return c.mk(start, k2+1, e)
		}
		if u == wSecond || u == wMinute || u == wHour {
			// "the past 24 hours": today and yesterday.
			if !c.hasRef {
				return c.mk(start, k2+1, unresolved(mode == 'n'))
			}
			var e Expr
			if mode == 'l' {
				e = exprSpan(c.ref.AddDate(0, 0, -1), c.ref, Range)
			} else {
				e = exprSpan(c.ref, c.ref.AddDate(0, 0, 1), Range)
			}
			e.Relative = true
			return c.mk(start, k2+1, e)
		}
		if x || (!ok && c.t[k2].pl) {
			// "the past few days", "the coming weeks": no stated length.
			v := "PAST_REF"
			if mode == 'n' {
				v = "FUTURE_REF"
			}
			return c.mk(start, k2+1, Expr{Type: Date, Value: v, Relative: true, Future: mode == 'n'})
		}
		if !c.hasRef {
			return c.mk(start, k2+1, unresolved(mode == 'n'))
		}
		y, m, d := unitYMD(u, n)
		var e Expr
		if mode == 'l' {
			e = exprSpan(c.ref.AddDate(-y, -m, -d), c.ref, Range)
		} else {
			e = exprSpan(c.ref, c.ref.AddDate(y, m, d), Range)
		}
		e.Relative = true
		return c.mk(start, k2+1, e)
	}
	if kw == wPrevious || kw == wFollowing {
		// "the previous day", "the following week" are anchored on the
		// story's own time line, not on the publication date.
		return noHit, false
	}
	u := c.id(k)
	j := k + 1
	if c.t[i].up && kw == wNext && start == i && i > 0 && c.t[i-1].k == kWord && c.t[i-1].up {
		return noHit, false
	}
	var e Expr
	switch {
	case u >= wMon && u <= wSun:
		if _, ok := c.weekday(k); !ok {
			return noHit, false
		}
		return c.mWeekday(k, mode, start)
	case u >= wJan && u <= wDec:
		m, j2, ok := c.month(k)
		if !ok {
			return noHit, false
		}
		if !c.hasRef {
			return c.mk(start, j2, unresolved(mode == 'n'))
		}
		y := c.ref.Year()
		rm := int(c.ref.Month())
		switch mode {
		case 'l':
			if m >= rm {
				y--
			}
		case 'n':
			if m <= rm {
				y++
			}
		}
		e = exprMonth(y, m)
		j = j2
	case u == wSpring || u == wSummer || u == wAutumn || u == wWinter || u == wFall:
		return c.mSeason(k, start, mode)
	case kw == wThis && (u == wMorning || u == wAfternoon || u == wEvening):
		return c.dayPart(start, j, 0, partCodes[u])
	case kw == wLast && (u == wNight || u == wEvening):
		return c.dayPart(start, j, -1, partCodes[u])
	case kw == wThis && u == wNight:
		return c.dayPart(start, j, 0, "NI")
	case u == wWeek || u == wMonth || u == wYear || u == wWeekend || u == wQuarterU || u == wDecade || u == wCentury:
		if c.t[k].pl {
			return noHit, false
		}
		if !c.hasRef {
			return c.mk(start, j, unresolved(mode == 'n'))
		}
		delta := 0
		switch mode {
		case 'l':
			delta = -1
		case 'n':
			delta = 1
		}
		if kw == wThis && c.id(i-1) == wAround {
			return noHit, false
		}
		e = c.periodAt(u, delta)
		if e.Type == "" {
			return noHit, false
		}
	default:
		// "last two weeks", "next 10 days" without "the".
		if kw == wLast || kw == wNext {
			n, x, k2, ok := c.count(k)
			if ok && !x && n > 1 && isUnit(c.id(k2)) && c.t[k2].pl {
				return c.thisLastNextSpan(start, k2+1, c.id(k2), n, mode)
			}
		}
		return noHit, false
	}
	e.Relative = true
	return c.mk(start, j, e)
}

func (c *ctx) thisLastNextSpan(start, j int, u wid, n int, mode byte) (hit, bool) {
	if !c.hasRef {
		return c.mk(start, j, unresolved(mode == 'n'))
	}
	y, m, d := unitYMD(u, n)
	var e Expr
	if mode == 'l' {
		e = exprSpan(c.ref.AddDate(-y, -m, -d), c.ref, Range)
	} else {
		e = exprSpan(c.ref, c.ref.AddDate(y, m, d), Range)
	}
	e.Relative = true
	return c.mk(start, j, e)
}

// periodAt is the calendar week, month, quarter, year, weekend or decade
// containing the reference date, moved by delta of them.
func (c *ctx) periodAt(u wid, delta int) Expr {
	r := c.ref
	switch u {
	case wWeek:
		return exprWeek(r.AddDate(0, 0, 7*delta))
	case wWeekend:
		s := weekStart(r).AddDate(0, 0, 5+7*delta)
		return exprSpan(s, s.AddDate(0, 0, 1), Range)
	case wMonth:
		return exprMonth(r.Year(), int(r.Month())+delta)
	case wQuarterU:
		q := (int(r.Month())-1)/3 + delta
		y := r.Year()
		for q < 0 {
			q += 4
			y--
		}
		for q > 3 {
			q -= 4
			y++
		}
		return exprQuarter(y, q+1)
	case wYear:
		return exprYear(r.Year() + delta)
	case wDecade:
		return exprDecade(r.Year()/10*10 + 10*delta)
	}
	return Expr{}
}

// unitYMD converts n units into years, months and days for AddDate.
func unitYMD(u wid, n int) (int, int, int) {
	switch u {
	case wWeek:
		return 0, 0, 7 * n
	case wFortnight:
		return 0, 0, 14 * n
	case wWeekend:
		return 0, 0, 7 * n
	case wMonth:
		return 0, n, 0
	case wQuarterU:
		return 0, 3 * n, 0
	case wYear:
		return n, 0, 0
	case wDecade:
		return 10 * n, 0, 0
	case wCentury:
		return 100 * n, 0, 0
	}
	return 0, 0, n
}

// --- "the ..." -----------------------------------------------------------

// mThe: "the weekend", "the 1990s", "the past week", "the third quarter
// (of 2025)", "the first half of 2025", "the end of the month", "the summer
// of 2025", "the day before yesterday".
func (c *ctx) mThe(i int) (hit, bool) {
	k := i + 1
	if k >= len(c.t) {
		return noHit, false
	}
	switch c.id(k) {
	case wWeekend:
		if c.t[k].pl {
			return noHit, false
		}
		if !c.hasRef {
			return c.mk(i, k+1, unresolved(false))
		}
		// The weekend just past, or the coming one in a future clause or
		// late in the week.
		delta := -1
		rw := isoWeekday(c.ref)
		tn := c.tense(i, k+1)
		if rw >= 5 || tn > 0 || (tn == 0 && rw >= 3) {
			delta = 0
		}
		e := c.periodAt(wWeekend, delta)
		e.Relative = true
		return c.mk(i, k+1, e)
	case wPast, wLast, wNext, wComing:
		return c.thisLastNext(i, k)
	case wEnd, wBeginning, wMiddle:
		return c.mEndOf(i, k)
	case wSpring, wSummer, wAutumn, wWinter, wFall:
		return c.mSeason(k, i, 0)
	case wDay:
		// "the day before yesterday", "the day after tomorrow"
		if c.id(k+1) == wBefore && c.id(k+2) == wYesterday {
			return c.mk(i, k+3, c.dayOff(-2))
		}
		if c.id(k+1) == wAfter && c.id(k+2) == wTomorrow {
			return c.mk(i, k+3, c.dayOff(2))
		}
	case wOrdinal:
		return c.mQuarterWords(i, k)
	case wSecond:
		// "second" is also the unit: "the second half", "the second quarter"
		if u := c.id(k + 1); u == wHalf || u == wQuarterU {
			return c.mQuarterWords(i, k)
		}
	case wFiscal:
		return noHit, false
	}
	if y, ok := c.year4(k); ok && c.id(k+1) == wS && c.adj(k+1) && y%10 == 0 {
		return c.mk(i, k+2, exprDecade(y))
	}
	if c.isP(k, '\'') {
		if h, ok := c.mNumeric(k); ok {
			h.i = i
			return h, true
		}
	}
	return noHit, false
}

// mQuarterWords: "the third quarter", "the third quarter of 2025", "the
// fourth quarter of last year", "the first half of 2025", "the last quarter".
func (c *ctx) mQuarterWords(i, k int) (hit, bool) {
	q := c.t[k].n
	if c.id(k) == wSecond {
		q = 2
	}
	u := c.id(k + 1)
	if u != wQuarterU && u != wHalf {
		return noHit, false
	}
	if u == wQuarterU && c.t[k+1].pl {
		return noHit, false
	}
	if u == wHalf && q > 2 {
		return noHit, false
	}
	j := k + 2
	y, yok, rel := 0, false, false
	if c.id(j) == wOf {
		if yy, ok := c.year4(j + 1); ok {
			y, yok, j = yy, true, j+2
		} else if (c.id(j+1) == wThis || c.id(j+1) == wLast || c.id(j+1) == wNext || c.id(j+1) == wThe) && c.id(j+2) == wYear && !c.t[j+2].pl {
			if c.hasRef {
				y, yok = c.ref.Year(), true
				switch c.id(j + 1) {
				case wLast:
					y--
				case wNext:
					y++
				}
			}
			rel = true
			j += 3
		}
	} else if yy, ok := c.year4(j); ok {
		y, yok, j = yy, true, j+1
	}
	if !yok {
		if !c.hasRef {
			return c.mk(i, j, unresolved(false))
		}
		rel = true
		// A quarter without a year is the latest such quarter that has
		// begun, or the next one in a future clause.
		y = c.ref.Year()
		start := 3*(q-1) + 1
		if u == wHalf {
			start = 6*(q-1) + 1
		}
		tn := c.tense(i, j)
		if tn > 0 {
			if start+2 < int(c.ref.Month()) {
				y++
			}
		} else if start > int(c.ref.Month()) {
			y--
		}
	}
	var e Expr
	if u == wHalf {
		e = exprMonths(y, 6*(q-1)+1, 6, Range)
	} else {
		e = exprQuarter(y, q)
	}
	e.Relative = rel
	return c.mk(i, j, e)
}

// mQuarterCode: "Q3 2025", "Q3", "H1 2026".
func (c *ctx) mQuarterCode(i int) (hit, bool) {
	t := &c.t[i]
	if !t.up || !c.isNum(i+1) || !c.adj(i+1) || c.t[i+1].nd != 1 {
		return noHit, false
	}
	q := c.t[i+1].n
	half := t.id == wH
	if q < 1 || q > 4 || half && q > 2 {
		return noHit, false
	}
	j := i + 2
	y, ok := c.year4(j)
	if !ok {
		if c.isP(j, '\'') && c.isNum(j+1) && c.t[j+1].nd == 2 {
			y, ok, j = 2000+c.t[j+1].n, true, j+2
		} else if c.isNum(j) && c.adj(j) {
			return noHit, false
		}
	} else {
		j++
	}
	if !ok {
		if half {
			return noHit, false // "H1" alone is too often something else
		}
		if !c.hasRef {
			return c.mk(i, j, unresolved(false))
		}
		y = c.ref.Year()
		if 3*(q-1)+1 > int(c.ref.Month()) && c.tense(i, j) <= 0 {
			y--
		}
		e := exprQuarter(y, q)
		e.Relative = true
		return c.mk(i, j, e)
	}
	if half {
		return c.mk(i, j, exprMonths(y, 6*(q-1)+1, 6, Range))
	}
	return c.mk(i, j, exprQuarter(y, q))
}

// --- seasons ---------------------------------------------------------------

var seasonStart = map[wid]int{wSpring: 3, wSummer: 6, wAutumn: 9, wFall: 9, wWinter: 12}

// mSeason: "summer 2025", "the summer of 2025", "this summer", "last
// winter", "in spring". Seasons are the meteorological ones of the northern
// hemisphere; winter Y runs from December Y to February Y+1.
func (c *ctx) mSeason(k, start int, mode byte) (hit, bool) {
	u := c.id(k)
	sm := seasonStart[u]
	j := k + 1
	y, ok := c.year4(j)
	if ok {
		j++
	} else if c.id(j) == wOf {
		if y, ok = c.year4(j + 1); ok {
			j += 2
		}
	}
	if !ok {
		if u == wFall && mode == 0 {
			return noHit, false // the verb or noun "fall"
		}
		if mode == 0 && start == k {
			switch c.id(k - 1) {
			case wIn, wThe, wDuring, wSince, wBy, wUntil, wThroughout, wOver:
			default:
				return noHit, false
			}
		}
		if !c.hasRef {
			return c.mk(start, j, unresolved(mode == 'n'))
		}
		ry, rm := c.ref.Year(), int(c.ref.Month())
		// The season containing the reference date or, if it is not in
		// season, the latest one (the next one in a future clause).
		cur := ry
		if u == wWinter && rm <= 2 {
			cur = ry - 1
		}
		b := civil(cur, sm, 1)
		inSeason := !c.ref.Before(b) && c.ref.Before(b.AddDate(0, 3, 0))
		switch mode {
		case 'l':
			if !c.ref.Before(b.AddDate(0, 3, 0)) {
				y = cur
			} else {
				y = cur - 1
			}
		case 'n':
			if c.ref.Before(b) {
				y = cur
			} else {
				y = cur + 1
			}
		default:
			tn := 0
			if mode == 0 {
				tn = c.tense(start, j)
			}
			switch {
			case inSeason:
				y = cur
			case tn < 0 && c.ref.Before(b):
				y = cur - 1
			case tn > 0 && !c.ref.Before(b.AddDate(0, 3, 0)):
				y = cur + 1
			default:
				y = cur
			}
		}
		e := exprMonths(y, sm, 3, Season)
		e.Relative = true
		return c.mk(start, j, e)
	}
	return c.mk(start, j, exprMonths(y, sm, 3, Season))
}

// --- modifiers ---------------------------------------------------------------

// mMod: "early December", "mid-January", "late 2025", "mid-2011", "early
// next year", "late last month", "late Thursday".
func (c *ctx) mMod(i int) (hit, bool) {
	part := c.id(i)
	k := i + 1
	if c.isP(k, '-') && c.adj(k) {
		k++
	} else if part == wMid {
		// "mid" stands alone only before a hyphen or a space and a month.
		if _, _, ok := c.month(k); !ok {
			return noHit, false
		}
	}
	if m, j, ok := c.month(k); ok {
		if c.dayNumAt(j) {
			return noHit, false // "late January 22" does not occur; let the date win
		}
		if y, j2, ok := c.yearAfter(j); ok {
			return c.mk(i, j2, exprPartOfMonth(y, m, part))
		}
		if !c.hasRef {
			return c.mk(i, j, unresolved(false))
		}
		e := exprPartOfMonth(c.nearMonthYear(m, c.tense(i, j)), m, part)
		e.Relative = true
		return c.mk(i, j, e)
	}
	if y, ok := c.year4(k); ok && c.id(k+1) == wS && c.adj(k+1) && y%10 == 0 {
		e := exprDecade(y)
		e.Mod = modOf(part)
		return c.mk(i, k+2, e)
	}
	if y, ok := c.year4(k); ok {
		e := exprYear(y)
		e.Mod = modOf(part)
		return c.mk(i, k+1, e)
	}
	switch c.id(k) {
	case wThis, wLast, wNext:
		h, ok := c.thisLastNext(k, k)
		if !ok {
			return noHit, false
		}
		h.i = i
		switch h.e.Precision {
		case Month:
			m := int(h.e.Begin.Month())
			e := exprPartOfMonth(h.e.Begin.Year(), m, part)
			e.Relative = true
			h.e = e
		case Year, Week, Quarter, Season, Decade:
			h.e.Mod = modOf(part)
		case Unknown:
		default:
			if h.e.Type == Date && h.e.Precision != Day {
				return noHit, false
			}
		}
		return h, true
	case wSpring, wSummer, wAutumn, wWinter:
		h, ok := c.mSeason(k, i, 0)
		if ok {
			h.e.Mod = modOf(part)
		}
		return h, ok
	}
	if _, ok := c.weekday(k); ok && part != wMid {
		h, ok := c.mWeekday(k, 0, i)
		if ok && h.e.Type == Date {
			return h, true
		}
	}
	return noHit, false
}

func (c *ctx) dayNumAt(j int) bool { _, ok := c.dayNum(j); return ok }

// mEndOf: "the end of the month", "the beginning of the year", "the end
// of January", "the end of 2025", "the start of next week", "the middle of
// the month". start is where the text begins (at "the" if there is one).
func (c *ctx) mEndOf(start, k int) (hit, bool) {
	part := c.id(k)
	if c.id(k+1) != wOf {
		return noHit, false
	}
	k += 2
	if m, j, ok := c.month(k); ok {
		if y, j2, ok := c.yearAfter(j); ok {
			return c.mk(start, j2, exprPartOfMonth(y, m, part))
		}
		if !c.hasRef {
			return c.mk(start, j, unresolved(false))
		}
		e := exprPartOfMonth(c.nearMonthYear(m, c.tense(start, j)), m, part)
		e.Relative = true
		return c.mk(start, j, e)
	}
	if y, ok := c.year4(k); ok {
		e := exprYear(y)
		e.Mod = modOf(part)
		return c.mk(start, k+1, e)
	}
	delta := 0
	switch c.id(k) {
	case wThe, wThis:
	case wLast:
		delta = -1
	case wNext:
		delta = 1
	default:
		return noHit, false
	}
	u := c.id(k + 1)
	if u != wWeek && u != wMonth && u != wYear && u != wQuarterU && u != wDecade || c.t[k+1].pl {
		return noHit, false
	}
	j := k + 2
	if !c.hasRef {
		return c.mk(start, j, unresolved(delta > 0))
	}
	e := c.periodAt(u, delta)
	if u == wMonth {
		e = exprPartOfMonth(e.Begin.Year(), int(e.Begin.Month()), part)
	} else {
		e.Mod = modOf(part)
	}
	e.Relative = true
	return c.mk(start, j, e)
}

// mEarlierLater: "earlier this month", "later this year", "earlier this
// week", "later today".
func (c *ctx) mEarlierLater(i int) (hit, bool) {
	k := i + 1
	if c.id(k) == wToday || c.id(k) == wTonight {
		h, ok := c.mDeictic(k)
		h.i = i
		return h, ok
	}
	if c.id(k) != wThis {
		return noHit, false
	}
	u := c.id(k + 1)
	if u != wWeek && u != wMonth && u != wYear || c.t[k+1].pl {
		return noHit, false
	}
	j := k + 2
	if !c.hasRef {
		return c.mk(i, j, unresolved(c.id(i) == wLater))
	}
	p := c.periodAt(u, 0)
	var e Expr
	if c.id(i) == wEarlier {
		l := c.ref.AddDate(0, 0, -1)
		if l.Before(p.Begin) {
			l = p.Begin
		}
		e = exprSpan(p.Begin, l, Range)
	} else {
		b := c.ref.AddDate(0, 0, 1)
		if b.After(p.Last) {
			b = p.Last
		}
		e = exprSpan(b, p.Last, Range)
	}
	e.Relative = true
	return c.mk(i, j, e)
}

// mRecent: "recent days", "recent weeks", "recent years" (PAST_REF).
func (c *ctx) mRecent(i int) (hit, bool) {
	u := c.id(i + 1)
	if !isUnit(u) || !c.t[i+1].pl {
		return noHit, false
	}
	return c.mk(i, i+2, Expr{Type: Date, Value: "PAST_REF", Relative: true})
}

// --- counts, durations, "ago", "in two weeks" --------------------------------

// count reads a number of units: digits, "five", "twenty-four", "a", "an",
// "a few", "several", "a couple of", "dozens of". x is true when the
// number is not stated.
func (c *ctx) count(k int) (n int, x bool, j int, ok bool) {
	if k >= len(c.t) {
		return 0, false, k, false
	}
	t := &c.t[k]
	switch {
	case t.k == kNum:
		if t.dec || t.nd > 7 {
			return 0, false, k, false
		}
		return t.n, false, k + 1, true
	case t.id == wNumWord:
		n = t.n
		j = k + 1
		if n >= 20 && c.isP(j, '-') && c.adj(j) && c.id(j+1) == wNumWord && c.t[j+1].n < 10 && c.adj(j+1) {
			n += c.t[j+1].n
			j += 2
		}
		return n, false, j, true
	case t.id == wA:
		if c.id(k+1) == wFew || c.id(k+1) == wDozen {
			j = k + 2
			if c.id(j) == wOf {
				j++
			}
			if c.id(k+1) == wDozen {
				return 12, false, j, true
			}
			return 0, true, j, true
		}
		return 1, false, k + 1, true
	case t.id == wFew || t.id == wDozen || t.id == wHundred:
		j = k + 1
		if c.id(j) == wOf {
			j++
		}
		return 0, true, j, true
	}
	return 0, false, k, false
}

var unitCode = map[wid]string{wSecond: "S", wMinute: "M", wHour: "H", wDay: "D", wWeek: "W", wFortnight: "W", wMonth: "M", wQuarterU: "M", wYear: "Y", wDecade: "DE", wCentury: "CE"}

// durValue writes an ISO 8601 / TIMEX3 duration: P5D, P2W, PXY; hours,
// minutes and seconds take the time designator (PT5H, PT30M), as the
// standard requires, so PT30M cannot be read as thirty months.
func durValue(u wid, n int, x bool, dec string) string {
	num := dec
	if x {
		num = "X"
	} else if num == "" {
		switch u {
		case wFortnight:
			n *= 2
		case wQuarterU:
			n *= 3
		}
		num = strconv.Itoa(n)
	}
	if u == wSecond || u == wMinute || u == wHour {
		return "PT" + num + unitCode[u]
	}
	return "P" + num + unitCode[u]
}

// mCount: "five hours", "24 hours", "1,000 days", "three-day", "a week",
// "several months", "two weeks ago"; ages ("a 17-year-old", "17 years old")
// are consumed and dropped: they are not times of events.
func (c *ctx) mCount(i int) (hit, bool) {
	n, x, k, ok := c.count(i)
	if !ok {
		return noHit, false
	}
	article := c.id(i) == wA && !x && n == 1
	dec := ""
	if t := &c.t[i]; t.k == kNum && t.dec {
		return noHit, false
	}
	hyph := false
	if c.isP(k, '-') && c.adj(k) && c.adj(k+1) {
		hyph = true
		k++
	} else if c.id(k) == wMore {
		k++
	}
	u := c.id(k)
	if !isUnit(u) && u != wFortnight {
		return noHit, false
	}
	if c.t[k].k != kWord {
		return noHit, false
	}
	if article && (u == wSecond || u == wMinute || c.t[k].pl) {
		return noHit, false // "a second round"
	}
	if u == wQuarterU && !c.t[k].pl && !article {
		return noHit, false // "one quarter of the vote"
	}
	j := k + 1
	// Ages: "17-year-old", "17 years old", "a 17-year-old".
	if u == wYear || u == wMonth || u == wWeek || u == wDay {
		if c.isP(j, '-') && c.id(j+1) == wOld {
			return hit{i: i, j: j + 2}, true
		}
		if c.id(j) == wOld {
			return hit{i: i, j: j + 1}, true
		}
	}
	if c.id(j) == wAgo {
		j++
		if x {
			return c.mk(i, j, Expr{Type: Date, Value: "PAST_REF", Relative: true})
		}
		return c.mk(i, j, c.ago(u, n))
	}
	if hyph && c.t[k].pl {
		return noHit, false
	}
	if c.isNum(i) && c.t[i].nd == 4 && c.t[i].n >= 1900 && c.t[i].n <= 2099 && c.yearCue(i) && !c.t[k].pl {
		return noHit, false // "in 2025 year" is odd English; keep the year
	}
	// "in two weeks" and "within two weeks" are handled by mIn; here the
	// words are a length of time.
	e := Expr{Type: Duration, Value: durValue(u, n, x, dec)}
	if u == wDay && !c.t[k].pl && !hyph && !x && n == 1 && c.id(i) == wNumWord && i == 0 {
		return noHit, false // "One day, ..." is a story opener
	}
	return c.mk(i, j, e)
}

// ago is a date n units before the reference date, as precise as the
// unit: "three days ago" a day, "two weeks ago" a week, "a year ago" a year.
func (c *ctx) ago(u wid, n int) Expr {
	if !c.hasRef {
		return unresolved(false)
	}
	r := c.ref
	var e Expr
	switch u {
	case wSecond, wMinute, wHour:
		e = exprDay(r)
	case wDay:
		e = exprDay(r.AddDate(0, 0, -n))
	case wWeek, wFortnight:
		y, m, d := unitYMD(u, n)
		e = exprWeek(r.AddDate(-y, -m, -d))
	case wMonth:
		e = exprMonth(r.Year(), int(r.Month())-n)
	case wQuarterU:
		e = exprMonth(r.Year(), int(r.Month())-3*n)
	case wYear:
		e = exprYear(r.Year() - n)
	case wDecade:
		e = exprYear(r.Year() - 10*n)
	case wCentury:
		e = exprYear(r.Year() - 100*n)
	}
	e.Relative = true
	return e
}

// mIn: "in two weeks" (a date that far after the reference date, unless
// the clause is past tense or it is "the first time in two years"),
// "within two weeks" (the span up to then), "in the coming days", "in the
// future", "in the past".
func (c *ctx) mIn(i int) (hit, bool) {
	k := i + 1
	if c.id(i) == wIn && c.id(k) == wThe {
		switch c.id(k + 1) {
		case wFuture:
			return c.mk(i, k+2, Expr{Type: Date, Value: "FUTURE_REF", Relative: true, Future: true})
		case wPast:
			if !isUnit(c.id(k+2)) && c.t[k+1].k == kWord {
				if _, _, _, ok := c.count(k + 2); !ok {
					return c.mk(i, k+2, Expr{Type: Date, Value: "PAST_REF", Relative: true})
				}
			}
		}
		return noHit, false
	}
	n, x, k2, ok := c.count(k)
	if !ok {
		return noHit, false
	}
	if c.isNum(k) && c.t[k].nd == 4 {
		return noHit, false // "in 2025 ..." is a year
	}
	if c.id(k2) == wMore {
		k2++
	}
	u := c.id(k2)
	if !isUnit(u) && u != wFortnight || c.t[k2].k != kWord {
		return noHit, false
	}
	if c.id(k) == wA && !x && c.t[k2].pl || c.id(k2+1) == wAgo || c.id(k2+1) == wOf || c.id(k2+1) == wOld || c.isP(k2+1, '-') {
		return noHit, false
	}
	j := k2 + 1
	if c.id(i) == wIn {
		// "the first time in two years", "the highest in a decade": a length.
		for b := i - 1; b >= 0 && b >= i-4; b-- {
			switch c.text(b) {
			case "time", "first", "highest", "lowest", "biggest", "largest", "worst", "best", "most", "least", "fastest", "only":
				return noHit, false
			}
		}
		if c.tense(i, j) < 0 {
			return noHit, false
		}
	}
	if x {
		return c.mk(i, j, Expr{Type: Date, Value: "FUTURE_REF", Relative: true, Future: true})
	}
	if !c.hasRef {
		return c.mk(i, j, unresolved(true))
	}
	y, m, d := unitYMD(u, n)
	var e Expr
	switch u {
	case wSecond, wMinute, wHour:
		e = exprDay(c.ref)
		if c.id(i) == wIn && u == wHour && n >= 12 {
			e = exprDay(c.ref.AddDate(0, 0, (n+12)/24))
		}
	default:
		t := c.ref.AddDate(y, m, d)
		if c.id(i) == wWithin {
			e = exprSpan(c.ref, t, Range)
		} else {
			switch u {
			case wWeek, wFortnight:
				e = exprWeek(t)
			case wMonth, wQuarterU:
				e = exprMonth(t.Year(), int(t.Month()))
			case wYear, wDecade, wCentury:
				e = exprYear(t.Year())
			default:
				e = exprDay(t)
			}
		}
	}
	e.Relative = true
	return c.mk(i, j, e)
}

// mBareUnits: "after years of conflict", "for months", "hours of talks":
// a plural unit without a number is a duration of unknown length.
func (c *ctx) mBareUnits(i int) (hit, bool) {
	u := c.id(i)
	switch c.id(i - 1) {
	case wFor, wAfter, wOver, wWithin:
	default:
		if c.id(i+1) != wOf || i > 0 && c.t[i-1].k == kWord && c.id(i-1) != wAnd && c.id(i-1) != wIn {
			return noHit, false
		}
	}
	if u == wQuarterU {
		return noHit, false
	}
	return c.mk(i, i+1, Expr{Type: Duration, Value: durValue(u, 0, true, "")})
}

// --- sets --------------------------------------------------------------------

var setValue = map[wid]string{wDaily: "P1D", wWeekly: "P1W", wMonthly: "P1M", wYearly: "P1Y", wQuarterly: "P3M", wHourly: "P1H", wNightly: "XXXX-XX-XXTNI"}

// mSet: "every Monday", "each year", "every two weeks", "every other day",
// "weekly", "daily", "twice a week", "once a year".
func (c *ctx) mSet(i int) (hit, bool) {
	t := &c.t[i]
	if v, ok := setValue[t.id]; ok {
		// "the Daily Mail": a title.
		if t.up && i > 0 && (c.id(i-1) == wThe || c.t[i-1].up && c.t[i-1].k == kWord) {
			return noHit, false
		}
		if i+1 < len(c.t) && c.t[i+1].k == kWord && c.t[i+1].up && t.up {
			return noHit, false
		}
		return c.mk(i, i+1, Expr{Type: Set, Value: v})
	}
	k := i + 1
	if t.id == wOnce || t.id == wTwice {
		if (c.id(k) == wA && c.t[k].n == 1 || c.id(k) == wPer || c.id(k) == wEvery) && isUnit(c.id(k+1)) && !c.t[k+1].pl {
			return c.mk(i, k+2, Expr{Type: Set, Value: durValue(c.id(k+1), 1, false, "")})
		}
		return noHit, false
	}
	// every / each
	every := c.text(i)
	if every == "each" || every == "Each" {
		// "each day" yes; "each other" no.
		if c.id(k) == wOther {
			return noHit, false
		}
	}
	n := 1
	if c.id(k) == wOther {
		n, k = 2, k+1
	} else if nn, x, k2, ok := c.count(k); ok && !x && c.id(k) != wA {
		n, k = nn, k2
	}
	if wd, ok := c.weekday(k); ok {
		return c.mk(i, k+1, Expr{Type: Set, Value: "XXXX-WXX-" + strconv.Itoa(wd+1)})
	}
	if m, j, ok := c.month(k); ok && n == 1 {
		return c.mk(i, j, Expr{Type: Set, Value: "XXXX-" + string(pad2(nil, m))})
	}
	u := c.id(k)
	if p, ok := partCodes[u]; ok {
		return c.mk(i, k+1, Expr{Type: Set, Value: "XXXX-XX-XXT" + p})
	}
	if u == wWeekend {
		return c.mk(i, k+1, Expr{Type: Set, Value: "XXXX-WXX-WE"})
	}
	if !isUnit(u) && u != wFortnight {
		return noHit, false
	}
	return c.mk(i, k+1, Expr{Type: Set, Value: durValue(u, n, false, "")})
}

// --- post-processing --------------------------------------------------------

// between reports whether the tokens [a, b) are only the given separators.
func (c *ctx) only(a, b int, ok func(k int) bool) bool {
	for k := a; k < b; k++ {
		if !ok(k) {
			return false
		}
	}
	return true
}

func (c *ctx) isDayDate(h *hit) bool {
	return h.e.Type == Date && (h.e.Precision == Day || h.e.Value == "" && h.e.Relative && h.clk == nil)
}

// mergeClocks joins a day and a time written next to each other
// ("Thursday at 15:00", "6 January 2026 - 22:17", "at 3 p.m. on Monday")
// into one clock expression on that day.
func (c *ctx) mergeClocks(hs []hit) []hit {
	out := hs[:0]
	for k := 0; k < len(hs); k++ {
		h := hs[k]
		if k+1 < len(hs) {
			n := hs[k+1]
			if c.isDayDate(&h) && n.clk != nil && n.clk.part == "" && !n.clk.dated &&
				n.i-h.j <= 2 && c.only(h.j, n.i, func(q int) bool { return c.isP(q, ',') || c.isP(q, '-') || c.id(q) == wAt || c.id(q) == wFrom }) {
				n.clk.dated = true
				n.e.Begin, n.e.Last, n.e.Relative = h.e.Begin, h.e.Last, h.e.Relative
				n.e.Value = h.e.Value
				n.i = h.i
				out = append(out, n)
				k++
				continue
			}
			if h.clk != nil && h.clk.part == "" && !h.clk.dated && c.isDayDate(&n) &&
				n.i-h.j <= 2 && c.only(h.j, n.i, func(q int) bool { return c.isP(q, ',') || c.id(q) == wOn }) {
				h.clk.dated = true
				h.e.Begin, h.e.Last, h.e.Relative = n.e.Begin, n.e.Last, n.e.Relative
				h.e.Value = n.e.Value
				h.j = n.j
				out = append(out, h)
				k++
				continue
			}
		}
		out = append(out, h)
	}
	return out
}

// mergeRanges joins "from A to B", "between A and B" and "A - B" where A
// and B are dates of the same precision into one range "a/b".
func (c *ctx) mergeRanges(hs []hit) []hit {
	out := hs[:0]
	for k := 0; k < len(hs); k++ {
		h := hs[k]
		if k+1 < len(hs) && h.m > 0 && hs[k+1].e.Type == Date && hs[k+1].e.Precision == Day && hs[k+1].m == 0 && hs[k+1].i == h.j+1 &&
			(c.isP(h.j, '-') || c.id(h.j) == wTo || c.id(h.j) == wUntil || c.id(h.j) == wAnd && c.id(h.i-1) == wBetween) {
			// "3 March to 6 April 2025": the first day takes its year from
			// the second.
			n := &hs[k+1]
			y := n.e.Begin.Year()
			if h.m > int(n.e.Begin.Month()) {
				y--
			}
			if validDay(y, h.m, h.d) {
				h.e = exprDay(civil(y, h.m, h.d))
				h.e.Relative = n.e.Relative
			}
		}
		if k+1 < len(hs) && h.e.Type == Date && hs[k+1].e.Type == Date && h.e.Value != "" && hs[k+1].e.Value != "" &&
			h.e.Precision == hs[k+1].e.Precision && (h.e.Precision == Day || h.e.Precision == Month || h.e.Precision == Year) && hs[k+1].i == h.j+1 {
			n := hs[k+1]
			sep := h.j
			okSep := c.isP(sep, '-') || c.id(sep) == wUntil ||
				c.id(sep) == wTo && (c.id(h.i-1) == wFrom || h.e.Precision != Year) ||
				c.id(sep) == wAnd && c.id(h.i-1) == wBetween
			if okSep {
				b, l := h.e.Begin, n.e.Last
				if l.Before(b) && n.e.Relative && n.e.Precision == Day {
					l = l.AddDate(0, 0, 7) // "from Friday to Monday" crosses a week
				}
				if !l.Before(b) {
					var e Expr
					switch h.e.Precision {
					case Day:
						e = exprSpan(b, l, Range)
					case Month:
						e = Expr{Type: Date, Value: h.e.Value + "/" + n.e.Value, Precision: Range, Begin: b, Last: l}
					case Year:
						e = exprYears(b.Year(), l.Year())
					}
					e.Relative = h.e.Relative || n.e.Relative
					out = append(out, hit{i: h.i, j: n.j, e: e})
					k++
					continue
				}
			}
		}
		out = append(out, h)
	}
	return out
}

// finish fills the text, offsets and the values that depend on the final
// span (clock values, the Future flag).
func (c *ctx) finish(h *hit) Expr {
	e := h.e
	e.Start, e.End = c.t[h.i].s, c.t[h.j-1].e
	e.Text = c.s[e.Start:e.End]
	if k := h.clk; k != nil {
		if !k.dated && c.hasRef && k.part == "" {
			e.Begin, e.Last, e.Relative = c.ref, c.ref, true
			k.dated = true
		}
		if k.dated && !e.Begin.IsZero() {
			v := appendDay(make([]byte, 0, 24), e.Begin)
			v = append(v, 'T')
			if k.part != "" {
				v = append(v, k.part...)
				e.Precision = Day
			} else {
				v = pad2(v, k.h)
				v = append(v, ':')
				v = pad2(v, k.m)
				if len(k.zone) > 0 && k.zone[0] == '+' {
					v = append(v, k.zone[1:]...)
				} else {
					v = append(v, zoneOffset(k.zone, e.Begin)...)
				}
				e.Precision = k.prec
			}
			e.Value = string(v)
		} else {
			e.Value, e.Precision, e.Begin, e.Last = "", Unknown, time.Time{}, time.Time{}
		}
	}
	if c.hasRef && !e.Begin.IsZero() {
		e.Future = e.Begin.After(c.ref)
	}
	return e
}
