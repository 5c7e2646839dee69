package timex

import (
	"strconv"
	"strings"
)

// mThe: "the weekend", "the 1990s", "the past week", "the third quarter
// (of 2025)", "the first half of 2025", "the end of the month", "the summer
// of 2025", "the day before yesterday".
func (c *ctx) mThe(i int) (hit, bool) {
	k := i + 1
	if k >= len(c.t) {
		return noHit, false
	}
	if c.t[k].pl && isUnit(c.id(k)) {
		return c.mTheYears(i, k)
	}
	if e, j, ok := c.fiscalYear(i); ok {
		return c.mk(i, j, e)
	}
	if h, ok := c.earlyHoursOf(i, k); ok {
		return h, true
	}
	if h, ok := c.mTheDayOf(i); ok {
		return h, true
	}
	switch c.id(k) {
	case wWeekend:
		if c.t[k].pl || weekendNouns[c.textAt(k+1)] {
			return noHit, false // ("the weekend edition", "the weekend shift": a kind of thing)
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
	case wNext:
		// "the next day", "the next morning"; "the next week" is a span
		if h, ok := c.mTheAnchored(i, k); ok {
			return h, true
		}
		return c.thisLastNext(i, k)
	case wFollowing, wPrevious:
		if h, ok := c.mYearAgoPeriod(i, k); ok {
			return h, true
		}
		return c.mTheAnchored(i, k)
	case wLast:
		if h, ok := c.mFirstMonths(i, k); ok {
			return h, true
		}
		if h, ok := c.mNthWeekday(i, k); ok {
			return h, true
		}
		return c.thisLastNext(i, k)
	case wPast, wComing:
		return c.thisLastNext(i, k)
	case wSame:
		return c.mSameThat(i, k)
	case wChristmas, wHoliday:
		return c.mHolidaySeason(i, k)
	case wNew:
		return c.mTheNewYear(i, k)
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
		return c.mTheBeforeAfter(i, k)
	case wNight, wWeek, wMonth:
		if h, ok := c.mWeekOf(i, k); ok {
			return h, true
		}
		if h, ok := c.mBeforeLast(i, k); ok {
			return h, true
		}
		return c.mTheBeforeAfter(i, k)
	case wYear:
		if h, ok := c.mBeforeLast(i, k); ok {
			return h, true
		}
		if h, ok := c.mTheBeforeAfter(i, k); ok {
			return h, true
		}
		if h, ok := c.mYearAgoPeriod(i, k); ok {
			return h, true
		}
		return c.mReportPeriod(i, k)
	case wOrdinal:
		if h, ok := c.mFiscalNth(i, k); ok {
			return h, true
		}
		if h, ok := c.mFirstMonths(i, k); ok {
			return h, true
		}
		if h, ok := c.mWeekOfMonth(i, k); ok {
			return h, true
		}
		if h, ok := c.mNthWeekday(i, k); ok {
			return h, true
		}
		return c.mQuarterWords(i, k)
	case wSecond:
		if h, ok := c.mFiscalNth(i, k); ok {
			return h, true
		}
		// "second" is also the unit: "the second half", "the second quarter"
		if u := c.id(k + 1); u == wHalf || u == wQuarterU {
			return c.mQuarterWords(i, k)
		}
		if h, ok := c.mNthWeekday(i, k); ok {
			return h, true
		}
		return c.mWeekOfMonth(i, k)
	case wFiscal:
		return noHit, false
	case wQuarterU, wLatest, wCurrent, wFinal:
		if h, ok := c.mFirstMonths(i, k); ok {
			return h, true // "the final three months of 2025"
		}
		return c.mReportPeriod(i, k)
	case wMore:
		// "for the full year", "the whole quarter"
		if h, ok := c.mReportPeriod(i, k+1); ok {
			return h, true
		}
	case wMost:
		if c.id(k+1) == wRecent {
			return c.mReportPeriod(i, k+1)
		}
	case wNear:
		// "for the foreseeable future"
		if c.id(k+1) == wFuture {
			return c.mk(i, k+2, exprVague(futureRef))
		}
	}
	if h, ok := c.mRestOf(i, k); ok {
		return h, true
	}
	if h, ok := c.mCentury(i, k); ok {
		return h, true
	}
	if p := c.id(k); p == wEarly || p == wMid || p == wLate {
		// "the late 19th century", "the mid-12th century": the century,
		// the part as its modifier
		q := k + 1
		if c.isP(q, '-') && c.adj(q) {
			q++
		}
		if h, ok := c.mCentury(i, q); ok {
			h.e.Mod = modOf(p)
			return h, true
		}
	}
	if h, ok := c.mTurnOf(i, k); ok {
		return h, true
	}
	if h, ok := c.mTheDay(i, k); ok {
		return h, true
	}
	if y, j, ok := c.decade(k); ok {
		return c.mk(i, j, exprHundreds(y))
	}
	if c.isP(k, '\'') {
		if h, ok := c.mNumeric(k); ok {
			h.i = i
			return h, true
		}
	}
	return noHit, false
}

// mTheDay: "on the 29th", "by the 3rd, when ...": a day of the month
// named alone, in the publication month; the next month when the clause
// looks forward to a day already past, the month before when it looks
// back to one still to come. Only where nothing follows the ordinal but
// punctuation or "at"/"and"/"until" ("the 29th minute", "the 3rd floor",
// "the 22nd of January" are not it).
func (c *ctx) mTheDay(i, k int) (hit, bool) {
	d, ok := c.dayNum(k)
	if !ok || c.id(k+1) != wSuffix || !c.adj(k+1) {
		return noHit, false
	}
	j := k + 2
	if j < len(c.t) && c.t[j].k == kWord && c.id(j) != wAt && c.id(j) != wAnd && c.id(j) != wUntil {
		return noHit, false
	}
	if !c.hasRef {
		return c.mk(i, j, unresolved(false))
	}
	y, m := c.ref.Year(), int(c.ref.Month())
	switch tn := c.tense(i, j); {
	case tn > 0 && d < c.ref.Day():
		y, m = addMonths(y, m, 1)
	case tn < 0 && d > c.ref.Day():
		y, m = addMonths(y, m, -1)
	}
	if !validDay(y, m, d) {
		return noHit, false
	}
	e := exprDay(civil(y, m, d))
	e.Relative = true
	return c.mk(i, j, e)
}

// addMonths is year and month n months on (n may be negative).
func addMonths(y, m, n int) (int, int) {
	t := civil(y, m, 1).AddDate(0, n, 0)
	return t.Year(), int(t.Month())
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
	return c.quarterFrom(i, k+2, q, u)
}

// determinedBefore reports whether a determiner other than "the" stands
// at most three words before token i, with only lower-case words between:
// "a weaker fourth quarter" ("the" opens mThe; "its fiscal third quarter"
// is the company's own).
func (c *ctx) determinedBefore(i int) bool {
	for k := i - 1; k >= 0 && k >= i-3; k-- {
		if c.t[k].k != kWord || c.t[k].up && k > 0 {
			return false
		}
		switch strings.ToLower(c.text(k)) {
		case "a", "an", "its", "their", "his", "her", "our", "this":
			return true
		case "the", "fiscal", "financial":
			return false // (a fiscal quarter is the company's, no calendar one)
		}
	}
	return false
}

// mQuarterAdjective: "fourth-quarter profit", "first-half results": the
// ordinal and the unit joined by a hyphen, before a noun, as business news
// names the period a figure covers.
func (c *ctx) mQuarterAdjective(i int) (hit, bool) {
	if !c.isP(i+1, '-') || !c.adj(i+1) || !c.adj(i+2) {
		return noHit, false
	}
	q := c.t[i].n
	if c.id(i) == wSecond {
		q = 2
	}
	u := c.id(i + 2)
	if u != wQuarterU && u != wHalf || u == wQuarterU && c.t[i+2].pl || q < 1 || q > 4 || u == wHalf && q > 2 {
		return noHit, false
	}
	return c.quarterFrom(i, i+3, q, u)
}

// quarterFrom reads the year of quarter (or half) q of an expression
// from token i whose words end before token j, and resolves it.
func (c *ctx) quarterFrom(i, j, q int, u wid) (hit, bool) {
	y, yok, rel := 0, false, false
	if c.id(j) == wOf {
		if fe, fj, ok := c.fiscalYear(j + 1); ok && fe.Value != "" {
			// "the first quarter of the financial year": "FY2026-Q1"
			code := "-Q"
			if u == wHalf {
				code = "-H"
			}
			fe.Value += code + string(rune('0'+q))
			return c.mk(i, fj, fe)
		}
		// "the fourth quarter of fiscal 2008": the company's quarter,
		// TIMEX3 "FY2008-Q4", with no days
		if fy, fj, ok := c.fiscalOf(j + 1); ok {
			code := "-Q"
			if u == wHalf {
				code = "-H"
			}
			return c.mk(i, fj, Expr{Type: Date, Value: "FY" + fmtYear(fy) + code + string(rune('0'+q))})
		}
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
		if !yok && !rel {
			return noHit, false // "the first half of the match"
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
		end := start + 2
		if u == wHalf {
			end = start + 5
		}
		// in a past clause, one that has ended ("first-half sales fell",
		// told in January, are last year's)
		switch tn, m := c.tense(i, j), int(c.ref.Month()); {
		case tn > 0:
			if end < m {
				y++
			}
		case tn < 0 && end >= m, tn == 0 && start > m:
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

// mCodeFirst: the number-first codes "3Q 2025", "2H 2025", "4Q25", "1H26":
// only with their year (a bare "2H" is too often something else).
func (c *ctx) mCodeFirst(i int) (hit, bool) {
	k := i + 1
	if c.t[i].nd != 1 || !c.adj(k) || k >= len(c.t) || c.t[k].e-c.t[k].s != 1 || (c.id(k) != wQ && c.id(k) != wH) || !c.t[k].up {
		return noHit, false
	}
	q, half := c.t[i].n, c.id(k) == wH
	if q < 1 || q > 4 || half && q > 2 {
		return noHit, false
	}
	j := k + 1
	y, ok := c.year4(j)
	if !ok && c.isNum(j) && c.adj(j) && c.t[j].nd == 2 {
		y, ok = 2000+c.t[j].n, true
	}
	if !ok || c.isNum(j+1) && c.adj(j+1) {
		return noHit, false
	}
	if half {
		return c.mk(i, j+1, exprMonths(y, 6*(q-1)+1, 6, Range))
	}
	return c.mk(i, j+1, exprQuarter(y, q))
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
	if c.id(j) == wFY || c.id(j) == wFiscal {
		// "Q3 FY24", "Q1 fiscal 2026": the company's quarter of that year
		if h, ok := c.mFiscal(j); ok && strings.HasPrefix(h.e.Value, "FY") && len(h.e.Value) == 6 {
			code := "-Q"
			if half {
				code = "-H"
			}
			return c.mk(i, h.j, Expr{Type: Date, Value: h.e.Value + code + strconv.Itoa(q)})
		}
	}
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
		if half && !(c.figuresInSentence() && (c.id(i-1) == wIn || c.id(i-1) == wFor || c.id(i-1) == wDuring)) {
			// "H1" alone is too often something else ("the H1 visa"):
			// a half of the year only after "in"/"for" in a sentence of
			// figures ("revenue rose 8% in H1")
			return noHit, false
		}
		if !c.hasRef {
			return c.mk(i, j, unresolved(false))
		}
		if half {
			return c.quarterFrom(i, j, q, wHalf) // as "the first half"
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

// mReportPeriod: the periods business news reports figures for, k at the
// word after "the": "the quarter" (the latest that has ended in a past
// clause, else the current one), "the latest quarter", "the most recent
// quarter" (the latest ended), "the current quarter", "the current year"
// (the one under way), "the final quarter (of 2025)" (the fourth).
func (c *ctx) mReportPeriod(i, k int) (hit, bool) {
	kw, u := c.id(k), k+1
	if kw == wQuarterU || kw == wYear {
		u = k
	}
	if u >= len(c.t) || c.t[u].pl || c.t[u].up || !c.periodEnds(u+1) {
		return noHit, false
	}
	switch c.id(u) {
	case wQuarterU:
	case wYear:
		// "for the year", "in the current year"; not "the year of the
		// dragon", "person of the year"
		if kw == wYear && !c.periodPrep(i-1) || c.id(u+1) == wOf {
			return noHit, false
		}
	case wMonth, wWeek:
		if kw != wCurrent {
			return noHit, false
		}
	default:
		return noHit, false
	}
	if kw == wFinal {
		// "the final quarter of 2025" (not "the final quarter of the match")
		h, ok := c.quarterFrom(i, u+1, 4, wQuarterU)
		if !ok || h.j == u+1 && (c.id(u) != wQuarterU || !c.figuresInSentence()) {
			return noHit, false // ("sales rose 4% in the final quarter": a sentence of figures is a company's)
		}
		return h, true
	}
	if c.id(u+1) == wOf || c.id(u+1) == wTo && c.textAt(u+2) == "date" {
		return noHit, false // "the quarter of a million", "the year to date"
	}
	if !c.hasRef || c.periodEndsAt(u+1) {
		// "the year ended March 31" is a fiscal year, not a calendar one
		return c.mk(i, u+1, unresolved(false))
	}
	delta := 0
	if kw == wLatest || kw == wRecent || (kw == wQuarterU || kw == wYear || kw == wMore) && c.tense(i, u+1) < 0 {
		delta = -1
	}
	e := c.periodAt(c.id(u), delta)
	e.Relative = true
	return c.mk(i, u+1, e)
}

// periodEnds: token j can follow a period's name ("the quarter ended
// ...", "for the quarter.", "in the quarter to March"), unlike a noun that
// makes it a modifier ("the quarter point", "the quarter-final").
func (c *ctx) periodEnds(j int) bool {
	if j >= len(c.t) {
		return true
	}
	t := &c.t[j]
	if t.k == kPunct {
		return t.p != '-' && t.p != '\''
	}
	switch t.id {
	case wIn, wOn, wAt, wTo, wFor, wFrom, wUntil, wAnd, wBy, wAfter, wBefore, wSince, wOf, wPastVerb, wPresentVerb, wWill, wEnd, wThat, wThe:
		return true
	}
	w := c.text(j)
	return strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "ing") || w == "ends" || w == "which" || w == "when"
}

// periodPrep: token p is a preposition a reported period follows ("for
// the year", "over the year").
func (c *ctx) periodPrep(p int) bool {
	switch c.id(p) {
	case wFor, wIn, wDuring, wOver, wThroughout:
		return true
	}
	return false
}

// periodEndsAt: token j says when the period ends ("ended", "ending",
// "to", "through").
func (c *ctx) periodEndsAt(j int) bool {
	switch c.id(j) {
	case wTo, wUntil:
		return !c.figureAt(j + 1)
	}
	w := c.textAt(j)
	return w == "ended" || w == "ending" || w == "ends"
}

// figureAt: token k opens an amount, not a day ("fell 12 percent in the
// quarter to 840 million pounds", "to $4 billion", "to €3.1 billion"): a
// number that is no day before its month ("to 30 June"), or a currency
// sign.
func (c *ctx) figureAt(k int) bool {
	if k >= len(c.t) {
		return false
	}
	if _, ok := c.dayNum(k); ok {
		if _, _, month := c.month(k + 1); month {
			return false
		}
	}
	t := c.t[k]
	return t.k == kNum || t.k == kPunct && (t.p == '$' || t.p == '?')
}

// mYearAgoPeriod: "the year-ago quarter", "the year-earlier period", "the
// prior-year quarter": the
// same period a year before the one the story reports, whose dates the
// sentence need not give (the value stays empty).
func (c *ctx) mYearAgoPeriod(i, k int) (hit, bool) {
	if !c.isP(k+1, '-') || !c.adj(k+1) || !c.adj(k+2) {
		return noHit, false
	}
	switch {
	case c.id(k) == wYear && (c.id(k+2) == wAgo || c.id(k+2) == wEarlier):
	case c.textAt(k) == "prior" && c.id(k+2) == wYear && !c.t[k+2].pl: // "the prior-year quarter"
	default:
		return noHit, false
	}
	switch n := k + 3; {
	case c.id(n) == wQuarterU && !c.t[n].pl, c.id(n) == wMonth && !c.t[n].pl, c.textAt(n) == "period":
		// the period the sentence names, a year before, as "the same
		// quarter last year"
		return hit{i: i, j: n + 1, e: c.sameLastYear(c.id(n) == wQuarterU), au: wSame, an: -1}, true
	}
	return noHit, false
}

// mRestOf: "the rest of the year", "the remainder of this month", "the
// balance of 2026": from the reference date to the end of the period.
func (c *ctx) mRestOf(i, k int) (hit, bool) {
	switch c.textAt(k) {
	case "rest", "remainder", "balance":
	default:
		return noHit, false
	}
	if c.id(k+1) != wOf {
		return noHit, false
	}
	d, u := k+2, k+3
	var p Expr
	if y, ok := c.year4(d); ok {
		if !c.hasRef || c.ref.Year() != y {
			return noHit, false
		}
		p, u = exprYear(y), d
	} else {
		if c.id(d) != wThe && c.id(d) != wThis || u >= len(c.t) || c.t[u].pl {
			return noHit, false
		}
		switch c.id(u) {
		case wDay, wWeek, wMonth, wQuarterU, wYear, wDecade:
		default:
			return noHit, false
		}
		if !c.hasRef {
			return c.mk(i, u+1, unresolved(false))
		}
		if c.id(u) == wDay {
			p = exprDay(c.ref)
		} else {
			p = c.periodAt(c.id(u), 0)
		}
	}
	e := exprSpan(c.ref, p.Last, Range)
	e.Relative = true
	return c.mk(i, u+1, e)
}

// mTheYears: "over the years", "through the years", "in the years
// since": a length nobody counted; "in the weeks ahead", "the months to
// come": a time still to come.
func (c *ctx) mTheYears(i, k int) (hit, bool) {
	if k >= len(c.t) || !c.t[k].pl {
		return noHit, false
	}
	switch u := c.id(k); u {
	case wDay, wWeek, wMonth, wYear, wDecade:
		n := c.textAt(k + 1)
		if n == "ahead" || n == "to" && c.textAt(k+2) == "come" {
			j := k + 2
			if n == "to" {
				j++
			}
			return c.mk(i, j, exprVague(futureRef))
		}
		switch c.id(i - 1) {
		case wOver, wThroughout, wUntil:
		case wIn:
			if c.id(k+1) != wSince {
				return noHit, false
			}
		default:
			return noHit, false
		}
		if c.textAt(i-1) == "until" || c.textAt(i-1) == "till" {
			return noHit, false
		}
		return c.mk(i, k+1, Expr{Type: Duration, Value: durValue(u, 0, true, "")})
	}
	return noHit, false
}

// mBeforeLast: "the week before last", "the year after next": two periods
// back or ahead of the reference date's.
func (c *ctx) mBeforeLast(i, k int) (hit, bool) {
	u := c.id(k)
	if u == wNight || c.t[k].pl {
		return noHit, false
	}
	delta := 0
	switch {
	case c.id(k+1) == wBefore && c.id(k+2) == wLast:
		delta = -2
	case c.id(k+1) == wAfter && c.id(k+2) == wNext:
		delta = 2
	default:
		return noHit, false
	}
	// not "the week before last Friday's vote", "before last year's"
	if n := k + 3; n < len(c.t) && c.t[n].k == kWord && (c.t[n].up || isUnit(c.id(n)) || c.id(n) == wWeekend || c.id(n) >= wSpring && c.id(n) <= wFall) {
		return noHit, false
	}
	if !c.hasRef {
		return c.mk(i, k+3, unresolved(false))
	}
	e := c.periodAt(u, delta)
	e.Relative = true
	return c.mk(i, k+3, e)
}

// earlyHoursOf: "the early hours of Tuesday", "the early hours of 12 May":
// the whole phrase, with the day's value (the night before it is still
// that day's).
func (c *ctx) earlyHoursOf(i, k int) (hit, bool) {
	if c.id(k) != wEarly || c.id(k+1) != wHour || !c.t[k+1].pl || c.id(k+2) != wOf || k+3 >= len(c.t) {
		return noHit, false
	}
	h, ok := c.match(k + 3)
	if !ok || h.i != k+3 || h.e.Type != Date && h.e.Type != Clock {
		return noHit, false
	}
	h.i = i
	return h, true
}

// mTheNewYear: "in the new year", "into the New Year": the year that comes
// next; the one just begun in its first two months or in a past clause
// ("sales recovered in the new year"). Not "the new year's budget", "the
// new year celebrations", nor "New Year's Day" (a holiday). i is at "the",
// k at "new".
func (c *ctx) mTheNewYear(i, k int) (hit, bool) {
	if c.id(k+1) != wYear || c.t[k+1].pl {
		return noHit, false
	}
	j := k + 2
	if j < len(c.t) && (c.t[j].k == kWord || c.isP(j, '\'') || c.isP(j, '-')) {
		switch c.id(j) {
		case wNone, wS:
			return noHit, false // "the new year celebrations", "the New Year's Eve"
		}
	}
	if c.t[k].up && !(c.id(i-1) == wIn || c.textAt(i-1) == "into") {
		return noHit, false // "over the New Year": the holiday
	}
	if !c.hasRef {
		return c.mk(i, j, unresolved(true))
	}
	y := c.ref.Year()
	if c.ref.Month() > 2 && c.tense(i, j) >= 0 {
		y++ // (a past clause's new year is the one under way: "sales recovered in the new year")
	}
	e := exprYear(y)
	e.Relative = true
	e.Future = y > c.ref.Year()
	return c.mk(i, j, e)
}

// mFiscalNth: "the third fiscal quarter", "the second financial half": a
// company's part of a year nobody named; found, no value (as "its fiscal
// first quarter"). k is at the ordinal.
func (c *ctx) mFiscalNth(i, k int) (hit, bool) {
	if c.id(k+1) != wFiscal && c.textAt(k+1) != "financial" {
		return noHit, false
	}
	if u := c.id(k + 2); (u != wQuarterU && u != wHalf) || c.t[k+2].pl {
		return noHit, false
	}
	return c.mk(i, k+3, Expr{Type: Date})
}

// mWeekOf: "the week of Jan. 12", "the week beginning 9 March 2026": the
// week (Monday to Sunday) that holds the day, or that a Sunday opens; "the
// week ending 7 December": the seven days up to the day. k is at "week".
func (c *ctx) mWeekOf(i, k int) (hit, bool) {
	if c.id(k) != wWeek || c.t[k].pl {
		return noHit, false
	}
	back := false
	switch c.textAt(k + 1) {
	case "of", "beginning", "starting", "commencing":
	case "ending", "ended", "to":
		back = true // "the week ending 7 December": the seven days up to it
	default:
		return noHit, false
	}
	h, ok := c.mMonthFirst(k + 2)
	if !ok {
		h, ok = c.mDayFirst(k + 2)
	}
	if !ok || h.e.Type != Date || h.e.Precision != Day {
		return noHit, false
	}
	if back {
		e := exprSpan(h.e.Begin.AddDate(0, 0, -6), h.e.Begin, Range)
		e.Relative = h.e.Relative
		h.i, h.e, h.m, h.d = i, e, 0, 0
		return h, true
	}
	d := h.e.Begin
	if isoWeekday(d) == 6 {
		d = d.AddDate(0, 0, 1) // "the week of Sunday, March 1": the week it opens
	}
	e := exprWeek(d)
	e.Relative = h.e.Relative
	h.i, h.e, h.m, h.d = i, e, 0, 0
	return h, true
}

// weekendNouns after "the weekend" make it a kind of thing, no time ("the
// weekend edition sold out").
var weekendNouns = map[string]bool{"edition": true, "editions": true, "paper": true, "papers": true, "newspaper": true,
	"supplement": true, "magazine": true, "show": true, "programme": true, "program": true, "bulletin": true,
	"shift": true, "shifts": true, "staff": true, "desk": true, "editor": true, "crew": true, "team": true}
