package timex

import "strings"

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
	case wNext:
		// "the next day", "the next morning"; "the next week" is a span
		if h, ok := c.mTheAnchored(i, k); ok {
			return h, true
		}
		return c.thisLastNext(i, k)
	case wFollowing, wPrevious:
		return c.mTheAnchored(i, k)
	case wLast:
		if h, ok := c.mFirstMonths(i, k); ok {
			return h, true
		}
		return c.thisLastNext(i, k)
	case wPast, wComing:
		return c.thisLastNext(i, k)
	case wSame:
		return c.mSameThat(i, k)
	case wChristmas, wHoliday:
		return c.mHolidaySeason(i, k)
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
	case wNight, wWeek, wMonth, wYear:
		return c.mTheBeforeAfter(i, k)
	case wOrdinal:
		if h, ok := c.mFirstMonths(i, k); ok {
			return h, true
		}
		if h, ok := c.mWeekOfMonth(i, k); ok {
			return h, true
		}
		return c.mQuarterWords(i, k)
	case wSecond:
		// "second" is also the unit: "the second half", "the second quarter"
		if u := c.id(k + 1); u == wHalf || u == wQuarterU {
			return c.mQuarterWords(i, k)
		}
		return c.mWeekOfMonth(i, k)
	case wFiscal:
		return noHit, false
	case wNear:
		// "for the foreseeable future"
		if c.id(k+1) == wFuture {
			return c.mk(i, k+2, exprVague(futureRef))
		}
	}
	if h, ok := c.mCentury(i, k); ok {
		return h, true
	}
	if h, ok := c.mTheDay(i, k); ok {
		return h, true
	}
	if y, j, ok := c.decade(k); ok {
		return c.mk(i, j, exprDecade(y))
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
