package timex

import (
	"strings"
	"time"
)

// Expressions TIMEX3 marks that name their time rather than count it:
// "the same day" and "that week" (the story's time), holidays ("Christmas
// Day", "New Year's Eve"), "year-end", "year to date", fiscal years
// ("fiscal 2008", "FY2008": not calendar years, so their value is the
// TIMEX3 "FY2008" with no days), centuries ("the 19th century"), "the first
// nine months of 2025", "the first week of April", "at a later date" and
// "the holiday season".

// mSameThat: "the same day", "that week", "that morning": the time the
// story has reached, counted zero units from it (see anchored). i is at
// "the" (k at "same") or at "that" (k = i).
func (c *ctx) mSameThat(i, k int) (hit, bool) {
	if h, ok := c.mSameLastYear(i, k); ok {
		return h, true
	}
	u := k + 1
	if u >= len(c.t) || c.t[u].k != kWord || c.t[u].pl || c.isP(u+1, '-') {
		return noHit, false // "that day-to-day work", "the same days"
	}
	if p, ok := partCodes[c.id(u)]; ok {
		return c.anchored(i, u+1, wDay, 0, p)
	}
	switch c.id(u) {
	case wDay, wWeek, wMonth, wYear:
		// "the same year as the merger" compares, it does not date
		if c.textAt(u+1) == "as" {
			return noHit, false
		}
		return c.anchored(i, u+1, c.id(u), 0, "")
	}
	if c.id(k) == wSame && (c.textAt(u) == "period" || c.id(u) == wQuarterU) && c.textAt(u+1) != "as" {
		// "the same period last year", "the same quarter of 2007": a
		// period the story compares with, whose dates the sentence need
		// not give
		e := unresolved(false)
		e.Anchored = true
		return c.mk(i, u+1, e)
	}
	return noHit, false
}

// mSameLastYear: "the same period last year", "the same quarter a year
// earlier", "the same month of last year": the period the sentence has
// just named ("sales in the second quarter ..."), a year before
// (anchorHits); with none named, last year, or for a quarter the last
// ended a year before. The hit is marked au = wSame.
func (c *ctx) mSameLastYear(i, k int) (hit, bool) {
	u := k + 1
	if c.id(k) != wSame || u >= len(c.t) || c.t[u].pl {
		return noHit, false
	}
	switch c.id(u) {
	case wQuarterU, wMonth, wWeek, wDay, wHalf:
	default:
		if w := c.textAt(u); w != "period" && w != "time" && w != "season" {
			return noHit, false
		}
	}
	j := u + 1
	if c.id(j) == wOf || c.id(j) == wIn {
		j++
		if c.id(j) == wThe && c.id(j+1) == wLast {
			j++ // "the same period of the last year"
		}
	}
	switch {
	case c.id(j) == wLast && c.id(j+1) == wYear && !c.t[j+1].pl:
		j += 2
	case c.id(j) == wA && c.id(j+1) == wYear && (c.id(j+2) == wEarlier || c.id(j+2) == wAgo || c.id(j+2) == wBefore):
		j += 3
	default:
		return noHit, false
	}
	return hit{i: i, j: j, e: c.sameLastYear(c.id(u) == wQuarterU), au: wSame, an: -1}, true
}

// sameLastYear is "the same quarter (period) last year" when the sentence
// names none (anchorHits gives the one it names): a quarter is the one a
// company reports, the last ended, a year before; anything else last
// year.
func (c *ctx) sameLastYear(quarter bool) Expr {
	e := unresolved(false)
	if c.hasRef {
		e = exprYear(c.ref.Year() - 1)
		if quarter {
			e = lastQuarterYearAgo(c.ref)
		}
		e.Relative = true
	}
	e.Anchored = true
	return e
}

// lastQuarterYearAgo is the quarter last ended before ref, a year before.
func lastQuarterYearAgo(ref time.Time) Expr {
	q := (int(ref.Month())-1)/3 + 1
	if q == 1 {
		return exprQuarter(ref.Year()-2, 4)
	}
	return exprQuarter(ref.Year()-1, q-1)
}

// yearBefore is the period a, a year earlier: the day, week, month or
// quarter u of a's first day ("the same week last year"), or, for "the
// same period", a itself at its own precision.
func yearBefore(a Expr, u wid) Expr {
	return yearsFrom(a, u, -1)
}

// yearsFrom is yearBefore n years on (back when n < 0).
func yearsFrom(a Expr, u wid, n int) Expr {
	b, l := a.Begin.AddDate(n, 0, 0), a.Last.AddDate(n, 0, 0)
	switch u {
	case wDay:
		return exprDay(b)
	case wWeek:
		return exprWeek(b)
	case wMonth:
		return exprMonth(b.Year(), int(b.Month()))
	case wQuarterU:
		return exprQuarter(b.Year(), int(b.Month()-1)/3+1)
	}
	switch a.Precision {
	case Day:
		return exprDay(b)
	case Week:
		return exprWeek(b)
	case Year:
		return exprYear(b.Year())
	case Quarter:
		return exprQuarter(b.Year(), int(b.Month()-1)/3+1)
	}
	if b.Day() == 1 && l.AddDate(0, 0, 1).Day() == 1 {
		n := (l.Year()-b.Year())*12 + int(l.Month()) - int(b.Month()) + 1
		if n == 1 {
			return exprMonth(b.Year(), int(b.Month()))
		}
		return exprMonths(b.Year(), int(b.Month()), n, a.Precision)
	}
	return exprSpan(b, l, a.Precision)
}

// holidays are the fixed-date holidays of English news, by their first word.
var holidays = map[wid]struct{ m, d int }{
	wChristmas: {12, 25},
	wHalloween: {10, 31},
	wValentine: {2, 14},
	wBoxing:    {12, 26},
}

// mHoliday: "Christmas", "Christmas Day", "Christmas Eve", "Boxing Day", "Halloween",
// "Valentine's Day", "New Year's Day", "New Year's Eve", "Thanksgiving"
// (the fourth Thursday of November). The year is the one the tense points
// to, as for "June 30".
func (c *ctx) mHoliday(i int) (hit, bool) {
	if !c.t[i].up {
		return noHit, false
	}
	var m, d, j int
	var movable func(y int) time.Time // a feast whose day moves with the year
	switch id := c.id(i); id {
	case wGood, wBlack, wCyber:
		// "Good Friday", "Black Friday", "Cyber Monday"
		day := map[wid]wid{wGood: wMon + 4, wBlack: wMon + 4, wCyber: wMon}[id]
		if c.id(i+1) != day || !c.t[i+1].up {
			return noHit, false
		}
		j, m = i+2, 4
		movable = map[wid]func(int) time.Time{
			wGood:  func(y int) time.Time { return easter(y).AddDate(0, 0, -2) },
			wBlack: func(y int) time.Time { return thanksgiving(y).AddDate(0, 0, 1) },
			wCyber: func(y int) time.Time { return thanksgiving(y).AddDate(0, 0, 4) },
		}[id]
		if id != wGood {
			m = 11
		}
	case wEaster:
		// "Easter", "Easter Sunday", "Easter Monday"
		j, m, movable = i+1, 4, easter
		switch {
		case c.id(j) == wMon+6 && c.t[j].up, c.id(j) == wDay && c.t[j].up:
			j++
		case c.id(j) == wMon && c.t[j].up:
			j, movable = j+1, func(y int) time.Time { return easter(y).AddDate(0, 0, 1) }
		case !c.holidayCued(i, j):
			return noHit, false // "Easter eggs"
		}
	case wNew:
		// "New Year's Day", "New Year's Eve", "New Year" alone
		if c.id(i+1) != wYear || !c.t[i+1].up || c.t[i+1].pl {
			return noHit, false
		}
		if i > 0 && c.t[i-1].up && c.t[i-1].id == wNone {
			return noHit, false // "Lunar New Year", "Persian New Year"
		}
		m, d, j = 1, 1, i+2
		if c.isP(j, '\'') && c.id(j+1) == wS {
			j += 2
		}
		switch {
		case c.id(j) == wDay && c.t[j].up:
			j++
		case c.id(j) == wEve && c.t[j].up:
			m, d, j = 12, 31, j+1
		case !c.holidayCued(i, j):
			return noHit, false // "New Year celebrations"
		}
	case wThanksgiving:
		j = i + 1
		if c.id(j) == wDay && c.t[j].up {
			j++
		}
		m, movable = 11, thanksgiving
	default:
		hd, ok := holidays[id]
		if !ok {
			return noHit, false
		}
		m, d, j = hd.m, hd.d, i+1
		if c.isP(j, '\'') && c.id(j+1) == wS {
			j += 2
		}
		switch {
		case c.id(j) == wDay && c.t[j].up:
			j++
		case c.id(j) == wEve && c.t[j].up && id == wChristmas:
			d, j = 24, j+1
		case id == wValentine || id == wBoxing:
			return noHit, false // "Valentine" alone is a name, "boxing" a sport
		case !c.holidayCued(i, j):
			return noHit, false // "Christmas trees", "the Halloween party"
		}
	}
	y, j, hasYear, ok := c.yearOfMonth(i, j, m, max(d, 22))
	if !ok {
		return c.mk(i, j, unresolved(false))
	}
	day := civil(y, m, d)
	if movable != nil {
		day = movable(y)
	}
	e := exprDay(day)
	e.Relative = !hasYear
	return c.mk(i, j, e)
}

// thanksgiving is the fourth Thursday of November of year y.
func thanksgiving(y int) time.Time {
	t := civil(y, 11, 1)
	return civil(y, 11, 1+(3-isoWeekday(t)+7)%7+21)
}

// easter is Easter Sunday of year y in the Gregorian calendar (the
// anonymous Gregorian algorithm, Meeus/Jones/Butcher).
func easter(y int) time.Time {
	a, b, c := y%19, y/100, y%100
	d, e := b/4, b%4
	f := (b + 8) / 25
	g := (b - f + 1) / 3
	h := (19*a + b - d - g + 15) % 30
	i, k := c/4, c%4
	l := (32 + 2*e + 2*i - h - k) % 7
	m := (a + 11*h + 22*l) / 451
	month := (h + l - 7*m + 114) / 31
	return civil(y, month, (h+l-7*m+114)%31+1)
}

// holidayCued reports whether a holiday's bare name at [i, j) is a time:
// after a preposition ("before Christmas", "over Christmas") or closing
// its clause ("sales at Christmas." is cued anyway), not a noun's
// modifier ("Christmas trees").
func (c *ctx) holidayCued(i, j int) bool {
	// ("for Easter eggs", "after Christmas sales": a plural noun it
	// qualifies)
	if j < len(c.t) && c.t[j].k == kWord && !c.t[j].up && c.id(j) == wNone && strings.HasSuffix(c.text(j), "s") {
		return false
	}
	switch c.id(i - 1) {
	case wIn, wOn, wAt, wBy, wBefore, wAfter, wUntil, wSince, wOver, wFor, wTo, wDuring, wAround, wFrom, wThroughout, wBetween:
		return true
	}
	return j >= len(c.t) || c.t[j].k == kPunct && c.t[j].p != '-' && c.t[j].p != '\''
}

// mYearWord: "year-end", "year end" and "year's end" (the year, TIMEX3 mod END, as for
// "the end of the year"), "year to date" and "year-to-date" (from 1
// January to the reference date). i is at "year".
func (c *ctx) mYearWord(i int) (hit, bool) {
	if c.t[i].pl {
		return noHit, false
	}
	j := i + 1
	if c.isP(j, '-') && c.adj(j) {
		j++
	} else if c.isP(j, '\'') && c.adj(j) && c.id(j+1) == wS && c.adj(j+1) {
		j += 2 // "by year's end"
	}
	switch {
	case c.id(j) == wEnd:
		if !c.hasRef {
			return c.mk(i, j+1, unresolved(false))
		}
		e := exprYear(c.ref.Year())
		e.Relative, e.Mod = true, "END"
		return c.mk(i, j+1, e)
	case c.id(j) == wTo && c.textAt(j+1) == "date":
		j += 2
		if !c.hasRef {
			return c.mk(i, j, unresolved(false))
		}
		e := exprSpan(civil(c.ref.Year(), 1, 1), c.ref, Range)
		e.Relative = true
		return c.mk(i, j, e)
	}
	return noHit, false
}

// mFiscal: "fiscal 2008", "fiscal year 2008", "financial year 2008",
// "FY2008", "FY 2008", "FY08". A fiscal year is the company's, not the
// calendar's, so its value is the TIMEX3 "FY2008" with no days: it is
// found, but dates nothing.
func (c *ctx) mFiscal(i int) (hit, bool) {
	j := i + 1
	if c.id(i) == wFiscal && c.id(j) == wYear && !c.t[j].pl {
		j++
	}
	y, ok := c.year4(j)
	if !ok && c.id(i) == wFY && c.isNum(j) && c.t[j].nd == 2 {
		y, ok = 2000+c.t[j].n, true
	}
	if !ok && c.id(i) == wFiscal && j == i+1 {
		// "its fiscal first quarter", "fiscal second-half sales": the
		// company's part of a year nobody named; found, no value
		if code, k := c.fiscalPart(j); code != "" {
			return c.mk(i, k, Expr{Type: Date})
		}
	}
	if !ok || c.id(i) == wFY && !c.t[i].allUp {
		return noHit, false
	}
	v := "FY" + fmtYear(y)
	code, k := c.fiscalPart(j + 1) // "fiscal 2008 first-quarter results"
	if code == "" && c.isP(j+1, '\'') && c.adj(j+1) && c.id(j+2) == wS {
		code, k = c.fiscalPart(j + 3) // "fiscal 2024's third quarter"
	}
	if code != "" {
		return c.mk(i, k, Expr{Type: Date, Value: v + code})
	}
	return c.mk(i, j+1, Expr{Type: Date, Value: v})
}

// fiscalPart reads "first quarter", "fourth-quarter", "second half" at j:
// the TIMEX3 suffix ("-Q1", "-H2") and the token after, or "".
func (c *ctx) fiscalPart(j int) (string, int) {
	n := 0
	switch c.id(j) {
	case wOrdinal:
		n = c.t[j].n
	case wSecond:
		n = 2
	default:
		return "", j
	}
	k := j + 1
	if c.isP(k, '-') && c.adj(k) {
		k++
	}
	switch {
	case c.id(k) == wQuarterU && !c.t[k].pl:
		return "-Q" + string(rune('0'+n)), k + 1
	case c.id(k) == wHalf && n <= 2:
		return "-H" + string(rune('0'+n)), k + 1
	}
	return "", j
}

// fiscalYear reads a company's year named by its place, at k: "the
// fiscal year", "this financial year", "the current fiscal year", "last
// fiscal year", "the next financial year" (TIMEX3 "FY2026", counted from
// the reference year; no days, as a company's year need not be the
// calendar's). It returns the expression and the token after it.
func (c *ctx) fiscalYear(k int) (Expr, int, bool) {
	j, d := k, 0
	switch c.id(j) {
	case wThe, wThis:
		j++
	}
	switch c.id(j) {
	case wCurrent:
		j++
	case wLast, wPrevious:
		j, d = j+1, -1
	case wNext, wComing:
		j, d = j+1, 1
	}
	if j == k || c.id(j) != wFiscal || c.id(j+1) != wYear || c.t[j+1].pl || c.isNum(j+2) {
		return Expr{}, 0, false
	}
	if !c.hasRef || c.periodEndsAt(j+2) {
		// ("the fiscal year ended June 30" is whichever that date ends)
		return unresolved(d > 0), j + 2, true
	}
	return Expr{Type: Date, Value: "FY" + fmtYear(c.ref.Year()+d), Relative: true, Future: d > 0}, j + 2, true
}

// mYearFiscal: "the 2026 fiscal year", "its 2025 financial year": a
// company's year named by its number before the words (FY2026).
func (c *ctx) mYearFiscal(i int) (hit, bool) {
	y, ok := c.year4(i)
	if !ok || c.id(i+1) != wFiscal || c.id(i+2) != wYear || c.t[i+2].pl {
		return noHit, false
	}
	return c.mk(i, i+3, Expr{Type: Date, Value: "FY" + fmtYear(y)})
}

// fiscalOf reads "fiscal 2008" or "fiscal year 2008" at k (after "the
// third quarter of"), returning the year and the token after it.
func (c *ctx) fiscalOf(k int) (int, int, bool) {
	if c.id(k) != wFiscal {
		return 0, 0, false
	}
	k++
	if c.id(k) == wYear && !c.t[k].pl {
		k++
	}
	y, ok := c.year4(k)
	return y, k + 1, ok
}

// mCentury: "the 19th century", "the 21st century" (a range of years:
// 1800-1899, as news means it).
func (c *ctx) mCentury(i, k int) (hit, bool) {
	if !c.isNum(k) || c.t[k].nd > 2 || c.t[k].n < 1 || c.id(k+1) != wSuffix || !c.adj(k+1) {
		return noHit, false
	}
	if c.id(k+2) != wCentury || c.t[k+2].pl {
		return noHit, false
	}
	y := (c.t[k].n - 1) * 100
	if y < 1 {
		return noHit, false // the first century has no four-digit years
	}
	return c.mk(i, k+3, exprSpan(civil(y, 1, 1), civil(y+99, 12, 31), Range))
}

// mTurnOf: "the turn of the century" (about the reference date's century
// year, 2000 for news written in 2026; the next one in a future clause),
// "the turn of the millennium" (2000), "the turn of the decade", and "the
// turn of the 20th century" (1900). k is at "turn".
func (c *ctx) mTurnOf(i, k int) (hit, bool) {
	if c.textAt(k) != "turn" || c.id(k+1) != wOf || c.id(k+2) != wThe {
		return noHit, false
	}
	q := k + 3
	if n, ok := c.centuryNum(q); ok {
		e := exprYear(n)
		e.Mod = "APPROX"
		return c.mk(i, q+3, e)
	}
	span := 0
	switch {
	case c.id(q) == wCentury && !c.t[q].pl:
		span = 100
	case c.id(q) == wDecade && !c.t[q].pl:
		span = 10
	case strings.EqualFold(c.textAt(q), "millennium"):
		span = 1000
	default:
		return noHit, false
	}
	if !c.hasRef {
		return c.mk(i, q+1, unresolved(false))
	}
	y := c.ref.Year() / span * span
	if c.tense(i, q+1) > 0 && y < c.ref.Year() {
		y += span
	}
	e := exprYear(y)
	e.Mod = "APPROX"
	e.Relative = true
	return c.mk(i, q+1, e)
}

// centuryNum reads "20th century" at k: the year the century's number
// turns to (1900 for the 20th).
func (c *ctx) centuryNum(k int) (int, bool) {
	if !c.isNum(k) || c.t[k].nd > 2 || c.t[k].n < 2 || c.id(k+1) != wSuffix || !c.adj(k+1) {
		return 0, false
	}
	if c.id(k+2) != wCentury || c.t[k+2].pl {
		return 0, false
	}
	return (c.t[k].n - 1) * 100, true
}

// mFirstMonths: "the first nine months of 2025", "the first six months of
// the year", "the last three months of last year". k is at first/last.
func (c *ctx) mFirstMonths(i, k int) (hit, bool) {
	n := k + 1
	if c.id(n) != wNumWord && !c.isNum(n) || c.id(n+1) != wMonth || !c.t[n+1].pl {
		return noHit, false
	}
	cnt := c.t[n].n
	if cnt < 2 || cnt > 11 {
		return noHit, false
	}
	if c.id(n+2) != wOf {
		return c.firstMonthsThisYear(i, k, n+2, cnt)
	}
	y, j, ok := c.yearOf(n + 3)
	if !ok {
		return noHit, false
	}
	if !c.hasRef && y == 0 {
		return c.mk(i, j, unresolved(false))
	}
	m := 1
	if c.id(k) == wLast || c.id(k) == wFinal {
		m = 13 - cnt
	}
	if c.id(n+3) == wThe && y > 0 && civil(y, m, 1).After(c.ref) && c.tense(i, j) < 0 {
		y-- // "sales in the last three months of the year rose", told in April
	}
	e := exprMonths(y, m, cnt, Range)
	e.Relative = y == 0
	return c.mk(i, j, e)
}

// firstMonthsThisYear: "the first nine months" (or six, or three: the
// periods companies report) with no year written:
// this year's when it has passed or lies ahead, else last year's
// ("revenue in the first nine months rose", told in January); only in a
// sentence that reports figures. j is after "months".
func (c *ctx) firstMonthsThisYear(i, k, j, cnt int) (hit, bool) {
	if c.id(k) != wOrdinal || c.t[k].n != 1 || cnt%3 != 0 || !c.figuresInSentence() {
		// "the last three months" counts back from today (relative.go);
		// only a reporting period (three, six, nine months) is the year's
		return noHit, false
	}
	if !c.hasRef {
		return c.mk(i, j, unresolved(false))
	}
	y := c.ref.Year()
	if tn := c.tense(i, j); tn <= 0 && cnt >= int(c.ref.Month()) {
		y--
	}
	e := exprMonths(y, 1, cnt, Range)
	e.Relative = true
	return c.mk(i, j, e)
}

// figuresInSentence: the sentence reports figures (a percentage or a
// figure noun: "revenue", "sales", "profit"), as a company reports a
// period of its year ("in the first six months, the baby grew" does not).
func (c *ctx) figuresInSentence() bool {
	for k := range c.t {
		if c.isP(k, '%') || c.t[k].k == kWord && (figureNouns[strings.ToLower(c.text(k))] || c.textAt(k) == "profit" || c.textAt(k) == "loss" || c.textAt(k) == "percent") {
			return true
		}
	}
	return false
}

// yearOf reads the year after "of": "2025", "the year" or "this year"
// (the reference year), "last year", "next year". A relative year without
// a reference date gives y 0 and ok.
func (c *ctx) yearOf(k int) (y, j int, ok bool) {
	if yy, ok := c.year4(k); ok {
		return yy, k + 1, true
	}
	off, ok := yearOffset(c.id(k))
	if !ok {
		return 0, 0, false
	}
	if c.id(k+1) != wYear || c.t[k+1].pl {
		return 0, 0, false
	}
	if !c.hasRef {
		return 0, k + 2, true
	}
	return c.ref.Year() + off, k + 2, true
}

// mWeekOfMonth: "the first week of April", "the second week of March
// 2026": its seven days from the 1st, 8th, 15th or 22nd. k is at the
// ordinal.
func (c *ctx) mWeekOfMonth(i, k int) (hit, bool) {
	nth := c.t[k].n
	if c.id(k) == wSecond {
		nth = 2
	}
	if c.id(k+1) != wWeek || c.t[k+1].pl || c.id(k+2) != wOf {
		return noHit, false
	}
	m, j, ok := c.month(k + 3)
	if !ok || c.t[k+3].ab {
		return noHit, false
	}
	y, j, hasYear, ok := c.yearOfMonth(i, j, m, 7*nth)
	if !ok {
		return c.mk(i, j, unresolved(false))
	}
	b := civil(y, m, 7*(nth-1)+1)
	e := exprSpan(b, b.AddDate(0, 0, 6), Range)
	e.Relative = !hasYear
	return c.mk(i, j, e)
}

// mNthWeekday: "the first Monday of March", "the last Friday of June
// 2026", and the set "the first Monday of every month". k is at the
// ordinal or "last".
func (c *ctx) mNthWeekday(i, k int) (hit, bool) {
	nth := c.t[k].n
	switch c.id(k) {
	case wSecond:
		nth = 2
	case wLast:
		nth = -1
	}
	wd, ok := c.weekday(k + 1)
	weekend := !ok && c.id(k+1) == wWeekend && !c.t[k+1].pl
	if weekend {
		wd, ok = 5, true // "the second weekend of August": its Saturday and Sunday
	}
	if !ok || c.id(k+2) != wOf && c.id(k+2) != wIn {
		return noHit, false // ("the first Monday in July" as "of July")
	}
	q := k + 3
	if (c.id(q) == wEvery || strings.EqualFold(c.textAt(q), "each")) && c.id(q+1) == wMonth && !c.t[q+1].pl {
		return c.mk(i, q+2, Expr{Type: Set, Value: "P1M"})
	}
	if c.id(q+1) == wMonth && !c.t[q+1].pl && !weekend {
		return c.nthWeekdayOfTheMonth(i, q, nth, wd)
	}
	m, j, ok := c.month(q)
	if !ok || c.t[q].ab {
		return noHit, false
	}
	y, j, hasYear, ok := c.yearOfMonth(i, j, m, 7*max(nth, 1))
	if !ok {
		return c.mk(i, j, unresolved(false))
	}
	d := nthWeekday(y, m, nth, wd)
	e := exprDay(d)
	if weekend {
		e = exprSpan(d, d.AddDate(0, 0, 1), Range)
	}
	e.Relative = !hasYear
	return c.mk(i, j, e)
}

// nthWeekdayOfTheMonth: "the first Monday of this month" (of last, of
// next month), and "the first Monday of the month": in a clause without
// past or future it is a habit ("the club meets on the first Monday of
// the month"), a set as "of every month" is; with one, the reference
// date's month. q is at the word before "month".
func (c *ctx) nthWeekdayOfTheMonth(i, q, nth, wd int) (hit, bool) {
	off, ok := yearOffset(c.id(q))
	if !ok {
		return noHit, false
	}
	j := q + 2
	tn := c.tense(i, j)
	if c.id(q) == wThe && (tn == 0 || tn == presentSchedule) {
		return c.mk(i, j, Expr{Type: Set, Value: "P1M"})
	}
	if !c.hasRef {
		return c.mk(i, j, unresolved(off > 0 || tn > 0))
	}
	y, m := addMonths(c.ref.Year(), int(c.ref.Month()), off)
	e := exprDay(nthWeekday(y, m, nth, wd))
	e.Relative = true
	return c.mk(i, j, e)
}

// nthWeekday is the nth weekday wd (Monday=0) of month m, the last one
// when nth < 0.
func nthWeekday(y, m, nth, wd int) time.Time {
	d := civil(y, m, 1)
	if nth < 0 {
		d = civil(y, m+1, 1).AddDate(0, 0, -7)
	}
	return d.AddDate(0, 0, (wd-isoWeekday(d)+7)%7+7*(max(nth, 1)-1))
}

// mLaterDate: "a later date", "a later time", "a later stage" (TIMEX3
// FUTURE_REF). i is at "a".
func (c *ctx) mLaterDate(i int) (hit, bool) {
	if c.id(i+1) != wLater {
		return noHit, false
	}
	switch c.textAt(i + 2) {
	case "date", "time", "stage":
		return c.mk(i, i+3, exprVague(futureRef))
	}
	return noHit, false
}

// mHolidaySeason: "the holiday season", "the Christmas season": a time
// whose days TIMEX3 leaves unresolved. k is at "holiday" or "Christmas".
func (c *ctx) mHolidaySeason(i, k int) (hit, bool) {
	if c.textAt(k+1) != "season" {
		return noHit, false
	}
	return c.mk(i, k+2, Expr{Type: Date})
}

// textAt is token i's text, "" past either end of the sentence.
func (c *ctx) textAt(i int) string {
	if i < 0 || i >= len(c.t) {
		return ""
	}
	return c.text(i)
}

// yearOffset is the year "the"/"this" (0), "last" (-1) or "next" (+1)
// points to, from the reference year.
func yearOffset(w wid) (int, bool) {
	switch w {
	case wThe, wThis:
		return 0, true
	case wLast:
		return -1, true
	case wNext:
		return 1, true
	}
	return 0, false
}

// yearOfMonth is the year of month m, named by tokens i to j: the year
// written after it ("the first Monday of March 2026"; end is then past
// it), else the one nearest the reference date on the side the tense
// says, day being the day of the month that decides. ok is false without
// a reference date: the expression is found but unresolved.
func (c *ctx) yearOfMonth(i, j, m, day int) (y, end int, written, ok bool) {
	if y, yj, has := c.yearAfter(j); has {
		return y, yj, true, true
	}
	if !c.hasRef {
		return 0, j, false, false
	}
	return c.nearYear(m, day, c.tense(i, j)), j, false, true
}
