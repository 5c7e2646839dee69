package timex

import (
	"strconv"
	"time"
)

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
	half := !x && c.andAHalf(k) // "one and a half years"
	if half {
		k += 3
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
	if u == wQuarterU && (c.id(k+1) == wTo || c.textAt(k+1) == "past") && (c.isNum(k+2) || c.id(k+2) == wNoon || c.id(k+2) == wMidnight) {
		return noHit, false // "a quarter to midnight": a time of day, not three months
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
	if !half && !x && !hyph && c.andAHalf(j) {
		half, j = true, j+3 // "a year and a half"
	}
	if half {
		return c.halfHit(i, j, u, n)
	}
	if w := c.id(j); (w == wLater || w == wEarlier) && !x && !hyph && !(j+1 < len(c.t) && c.text(j+1) == "than") {
		// "two days later", "a year earlier" (but "earlier than planned"
		// compares)
		if w == wEarlier {
			n = -n
		}
		return c.anchored(i, j+1, u, n, "")
	}
	if c.id(j) == wAgo {
		j++
		if x {
			return c.mk(i, j, exprVague(pastRef))
		}
		return c.mk(i, j, c.ago(u, n))
	}
	if c.id(j) == wFrom && (c.id(j+1) == wNow || c.id(j+1) == wToday) && !hyph && !c.isP(j+2, '\'') {
		// "two weeks from today", "ten years from now": ahead of the
		// reference date as "ago" is behind it
		j += 2
		if x {
			return c.mk(i, j, exprVague(futureRef))
		}
		e := c.ago(u, -n)
		e.Future = e.Value != ""
		return c.mk(i, j, e)
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

// ago is a date n units before the reference date (see shiftBy).
func (c *ctx) ago(u wid, n int) Expr {
	if !c.hasRef {
		return unresolved(false)
	}
	e := shiftBy(c.ref, u, -n)
	e.Relative = true
	return e
}

// shiftBy is the date n units after day t (before it when n < 0), as
// precise as the unit: "three days ago" a day, "two weeks ago" a week, "a
// year later" a year; seconds, minutes and hours stay on t's day.
func shiftBy(t time.Time, u wid, n int) Expr {
	switch u {
	case wSecond, wMinute, wHour:
		return exprDay(t)
	case wDay:
		return exprDay(t.AddDate(0, 0, n))
	case wWeek, wFortnight:
		y, m, d := unitYMD(u, n)
		return exprWeek(t.AddDate(y, m, d))
	case wMonth:
		return exprMonth(t.Year(), int(t.Month())+n)
	case wQuarterU:
		// the calendar quarter n quarters from t's
		q := civil(t.Year(), (int(t.Month())-1)/3*3+1+3*n, 1)
		return exprQuarter(q.Year(), int(q.Month()-1)/3+1)
	case wYear:
		return exprYear(t.Year() + n)
	case wDecade:
		return exprYear(t.Year() + 10*n)
	case wCentury:
		return exprYear(t.Year() + 100*n)
	case wWeekend:
		// the weekend after t's (or its own week's), or the one before
		wd := isoWeekday(t)
		sat := t.AddDate(0, 0, 5-wd) // the Saturday of t's week
		if n > 0 && wd >= 5 || n < 0 && wd < 5 {
			sat = sat.AddDate(0, 0, 7*n)
		} else if n < 0 {
			sat = sat.AddDate(0, 0, -7)
		}
		return exprSpan(sat, sat.AddDate(0, 0, 1), Range)
	}
	return Expr{}
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
			if c.id(k+2) == wOf {
				return noHit, false // "in the future of the alliance"
			}
			return c.mk(i, k+2, exprVague(futureRef))
		case wNear:
			// "in the near future", "in the foreseeable future"
			if c.id(k+2) == wFuture {
				return c.mk(i, k+3, exprVague(futureRef))
			}
		case wPast:
			if !isUnit(c.id(k+2)) && c.t[k+1].k == kWord {
				if _, _, _, ok := c.count(k + 2); !ok {
					return c.mk(i, k+2, exprVague(pastRef))
				}
			}
		}
		return noHit, false
	}
	if c.id(i) == wIn && c.id(k) == wFuture && (k+1 >= len(c.t) || c.t[k+1].k == kPunct && c.t[k+1].p != '-') {
		// British "in future": from now on
		return c.mk(i, k+1, exprVague(futureRef))
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
		// "covering 72 kilometres in 31 hours", "three goals in ten
		// minutes": an amount in a time is a rate, the time a length
		if i >= 2 && c.t[i-1].k == kWord && (c.isNum(i-2) || c.id(i-2) == wNumWord) {
			return noHit, false
		}
	}
	if x {
		return c.mk(i, j, exprVague(futureRef))
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
// a plural unit without a number is a duration of unknown length; before
// "ago" ("days ago") it is a vague past (PAST_REF).
func (c *ctx) mBareUnits(i int) (hit, bool) {
	u := c.id(i)
	switch c.id(i + 1) {
	case wAgo:
		// "days ago", "just weeks ago": no count, a vague past
		return c.mk(i, i+2, exprVague(pastRef))
	case wFrom:
		// "years from now": a vague future
		if c.id(i+2) == wNow || c.id(i+2) == wToday {
			return c.mk(i, i+3, exprVague(futureRef))
		}
	case wLater, wEarlier:
		// "Hours later, ...", "weeks earlier": counted from the story's
		// time by a count nobody gave
		if c.id(i-1) != wThe {
			e := unresolved(false)
			e.Anchored = true
			return c.mk(i, i+2, e)
		}
	case wAfter, wBefore:
		// "Days after the vote, ...", "weeks before the election"
		if k := i - 1; k < 0 || c.t[k].k == kPunct || c.textAt(k) == "just" || c.textAt(k) == "only" {
			return c.mk(i, i+1, Expr{Type: Duration, Value: durValue(u, 0, true, "")})
		}
	}
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

// andAHalf: "and a half" at k.
func (c *ctx) andAHalf(k int) bool {
	return c.id(k) == wAnd && c.id(k+1) == wA && c.t[k+1].n == 1 && c.id(k+2) == wHalf
}

// halfOf is half a unit in a smaller one: half an hour is 30 minutes.
var halfOf = map[wid]struct {
	u wid
	n int
}{wHour: {wMinute, 30}, wDay: {wHour, 12}, wYear: {wMonth, 6}, wMinute: {wSecond, 30}, wDecade: {wYear, 5}, wCentury: {wDecade, 5}}

// mHalf: "half an hour", "half a day", "half a century ago".
func (c *ctx) mHalf(i int) (hit, bool) {
	k := i + 1
	if c.id(k) != wA || c.t[k].n != 1 || k+1 >= len(c.t) || c.t[k+1].k != kWord || c.t[k+1].pl {
		return noHit, false
	}
	_, ok := halfOf[c.id(k+1)]
	if !ok {
		return noHit, false
	}
	return c.halfHit(i, k+2, c.id(k+1), 0)
}

// halfHit is n and a half units from token i to j: a length of time, or,
// before "ago", "later" or "earlier", a date counted in the smaller unit
// ("two and a half years ago" is 30 months ago).
func (c *ctx) halfHit(i, j int, u wid, n int) (hit, bool) {
	if h, ok := halfOf[u]; ok {
		m := n*2*h.n + h.n
		switch c.id(j) {
		case wAgo:
			return c.mk(i, j+1, c.ago(h.u, m))
		case wLater:
			return c.anchored(i, j+1, h.u, m, "")
		case wEarlier:
			if j+1 >= len(c.t) || c.text(j+1) != "than" {
				return c.anchored(i, j+1, h.u, -m, "")
			}
		}
		if n == 0 {
			return c.mk(i, j, Expr{Type: Duration, Value: durValue(h.u, m, false, "")})
		}
	}
	return c.mk(i, j, Expr{Type: Duration, Value: durValue(u, n, false, strconv.Itoa(n)+".5")})
}
