package timex

import "strings"

// mMonthFirst: "January 22", "Jan. 22, 2026", "January 19-25", "January
// 2026", "January of 2026", and a bare "January" where it is clearly a month.
func (c *ctx) mMonthFirst(i int) (hit, bool) {
	m, k, ok := c.month(i)
	if !ok {
		return noHit, false
	}
	if h, ok := c.monthQuarter(i, k, m); ok {
		return h, true
	}
	if h, ok := c.monthToMonth(i, k, m); ok {
		return h, true
	}
	if d, k2, ok := c.dayAfterMonth(k); ok {
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
			return c.dayWithYear(i, k3, y, m, d)
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
	// "no earlier than April", "no later than June": a bound
	if !cued && c.textAt(i-1) == "than" && (c.id(i-2) == wEarlier || c.id(i-2) == wLater) {
		cued = true
	}
	if !cued && c.boundBefore(i) {
		cued = true // "as early as June", "until at least May"
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
	tn := c.tense(i, j)
	if c.figuresFor(i, j) {
		tn = 0 // "the figures for January will be released": the nearest
	}
	e := exprMonth(c.nearMonthYear(m, tn), m)
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
	tn := c.tense(i, j)
	y := c.nearYear(m, d, tn)
	if tn == 0 && c.yearlyCustom(i) {
		y = c.nearestYear(m, d)
	}
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

// monthQuarter: "the December quarter", "the June 2007 quarter": the
// quarter a company names by its last month (or any of its months), in
// the year the tense points to when none is written. k is after the month.
func (c *ctx) monthQuarter(i, k, m int) (hit, bool) {
	y, q := 0, (m+2)/3
	if yy, ok := c.year4(k); ok && c.id(k+1) == wQuarterU {
		y, k = yy, k+1
	}
	if c.id(k) != wQuarterU || c.t[k].pl {
		return noHit, false
	}
	rel := y == 0
	if rel {
		if !c.hasRef {
			return c.mk(i, k+1, unresolved(false))
		}
		y = c.nearMonthYear(3*q, c.tense(i, k+1))
	}
	e := exprQuarter(y, q)
	e.Relative = rel
	return c.mk(i, k+1, e)
}

// monthToMonth: "the April-June quarter", "the July-September period",
// "January-March 2025": the months from one to the other, a quarter when
// they are one; the year the tense points to for the last month when none
// is written. k is after the first month.
func (c *ctx) monthToMonth(i, k, m int) (hit, bool) {
	if c.t[i].ab || !c.isP(k, '-') || !c.adj(k) || !c.adj(k+1) {
		return noHit, false
	}
	m2, j, ok := c.month(k + 1)
	if !ok || c.t[k+1].ab || m2 == m {
		return noHit, false
	}
	n := (m2-m+12)%12 + 1
	y, rel := 0, true
	if yy, ok := c.year4(j); ok {
		y, rel, j = yy, false, j+1
	}
	if c.id(j) == wQuarterU && !c.t[j].pl || c.textAt(j) == "period" {
		j++
	}
	if rel {
		if !c.hasRef {
			return c.mk(i, j, unresolved(false))
		}
		y = c.nearMonthYear(m2, c.tense(i, j))
	}
	if m2 < m {
		y-- // "the November-January period" begins the year before
	}
	p := Range
	if n == 3 && m%3 == 1 {
		p = Quarter
	}
	e := exprMonths(y, m, n, p)
	if p == Quarter {
		e = exprQuarter(y, (m+2)/3)
	}
	e.Relative = rel
	return c.mk(i, j, e)
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
		return c.dayWithYear(i, k2, y, m, d)
	}
	if d2 > 0 {
		return c.mk(i, k, c.monthDayRange(m, d, d2, i, k))
	}
	return c.dayWithoutYear(i, k, m, d)
}

// dayWithYear is the hit of day d of month m in year y, tokens [i, j);
// none when no such day is.
func (c *ctx) dayWithYear(i, j, y, m, d int) (hit, bool) {
	if !validDay(y, m, d) {
		return noHit, false
	}
	return c.mk(i, j, exprDay(civil(y, m, d)))
}

// dayWithoutYear is the hit of day d of month m with no year written,
// tokens [i, j): its year comes from the reference date (monthDay).
func (c *ctx) dayWithoutYear(i, j, m, d int) (hit, bool) {
	e := c.monthDay(m, d, i, j)
	if e.Type == "" {
		return noHit, false
	}
	h, _ := c.mk(i, j, e)
	h.m, h.d = m, d
	return h, true
}

// oldYear: a year before 1900 needs a stronger cue than a recent one
// ("founded in 1887", "since 1850", "in the late 1700s" is a decade's):
// a preposition of time right before it, and no plural noun after it ("in
// 1500 stores" is a count).
func (c *ctx) oldYear(i int) bool {
	switch c.id(i - 1) {
	case wIn, wSince, wUntil, wDuring, wThroughout, wEarly, wMid, wLate:
	default:
		return false
	}
	n := i + 1
	return !(n < len(c.t) && c.t[n].k == kWord && !c.t[n].up && strings.HasSuffix(c.text(n), "s") && c.id(n) == wNone &&
		!notPlural[c.text(n)])
}

// notPlural are words in -s that are no plural noun: "founded in 1887 as a
// mill", "in 1850 his father ...".
var notPlural = map[string]bool{"as": true, "is": true, "was": true, "has": true, "his": true, "its": true, "this": true,
	"thus": true, "plus": true, "us": true, "whereas": true, "always": true, "perhaps": true, "across": true, "unless": true}

// yearCue: the words after which a bare four-digit number is a year.
func (c *ctx) yearCue(i int) bool {
	switch c.id(i - 1) {
	case wIn, wSince, wBy, wOf, wUntil, wFrom, wTo, wDuring, wBefore, wAfter, wThroughout, wBetween, wAround, wFiscal, wYear, wEarly, wMid, wLate, wFor:
		return true
	case wAnd:
		_, ok := c.year4(i - 2)
		return ok
	case wThe:
		// "the 2024 election", "the 2008 Olympics"
		n := i + 1
		return n < len(c.t) && c.t[n].k == kWord && (!c.t[n].up || c.t[i].n >= 1900) && !isUnit(c.t[n].id)
	case wOver, wOn:
		// "up 5% on 2007", "a rise over 2006": a year compared with
		return c.yearEndsPhrase(i)
	case wA:
		// "in a 2019 interview", "its 2025 report": a year before a noun
		// says when the thing was
		return c.yearBeforeNoun(i)
	}
	if i > 0 && c.t[i-1].k == kWord {
		switch strings.ToLower(c.text(i - 1)) {
		case "an", "its", "their", "his", "her", "our":
			return c.yearBeforeNoun(i)
		case "calendar":
			// "calendar 2008 revenue", as against a fiscal year
			return !c.countAfter(i)
		case "or":
			// "in 2010 or 2011"
			_, ok := c.year4(i - 2)
			return ok && !c.countAfter(i)
		case "with", "than", "against", "versus", "vs", "beyond", "into", "toward", "towards":
			return c.yearEndsPhrase(i)
		case "s":
			// "the firm's 2008 profit"
			return c.isP(i-2, '\'') && c.adj(i-1) && c.yearBeforeNoun(i)
		}
	}
	if c.isP(i-1, ',') {
		// "in 2006, 2007 and 2008": the middle of a list of years
		_, ok := c.year4(i - 2)
		return ok && !c.countAfter(i)
	}
	if c.yearOpens(i) {
		return true
	}
	if c.boundBefore(i) {
		return !c.countAfter(i)
	}
	if c.isP(i-1, '-') {
		// "mid-2025"
		return c.id(i-2) == wMid
	}
	return c.nameYear(i)
}

// boundBefore: the words before token i bound a time: "as early as",
// "as late as", "as recently as", "as soon as", "as far back as", "as
// long ago as", or "at least" after a preposition of time ("until at
// least 2030", "by at least June"; not "at least 2000 people").
func (c *ctx) boundBefore(i int) bool {
	if i < 3 || c.t[i-1].k != kWord {
		return false
	}
	switch c.text(i - 1) {
	case "as":
		switch c.id(i - 2) {
		case wEarly, wLate, wRecently, wSoon, wAgo:
			return c.text(i-3) == "as" || c.text(i-4) == "as" && c.text(i-3) == "long"
		}
		return c.text(i-2) == "back" && c.text(i-3) == "far" && i >= 4 && c.text(i-4) == "as"
	case "least":
		if c.text(i-2) != "at" {
			return false
		}
		switch c.id(i - 3) {
		case wUntil, wBy, wIn, wSince, wTo, wFrom, wAfter, wBefore:
			return true
		}
	}
	return false
}

// yearEndsPhrase: the year at token i, 1900-2099, ends its phrase: a
// punctuation mark, the sentence's end or a keyword ("and", "in") follows:
// "compared with 2007", "up 5% on 2007" (not "with 2000 people", "based on
// 2000 interviews": counts).
func (c *ctx) yearEndsPhrase(i int) bool {
	if y := c.t[i].n; y < 1900 || y > 2099 {
		return false
	}
	n := i + 1
	if n >= len(c.t) {
		return true
	}
	if c.t[n].k == kPunct {
		return c.t[n].p != '-' && c.t[n].p != '%' && !(c.t[n].p == ',' && c.isNum(n+1))
	}
	switch c.id(n) {
	case wAnd, wIn, wOn, wAt, wFor, wFrom, wTo, wUntil, wBy, wPastVerb, wPresentVerb, wWill:
		return true
	}
	return false
}

// countAfter: a plural noun follows the number at token i that is no
// dated thing ("1999 or 2000 people"), so the number counts.
func (c *ctx) countAfter(i int) bool {
	n := i + 1
	if n >= len(c.t) || c.t[n].k != kWord || c.t[n].up || c.t[n].id != wNone {
		return false
	}
	w := c.text(n)
	return len(w) > 2 && w[len(w)-1] == 's' && !datedNouns[strings.ToLower(w)]
}

// yearOpens: a year, 1900-2099, opens the sentence as its subject ("2008
// was a hard year", "2009 will be better") or is a possessor anywhere
// ("2008's results").
func (c *ctx) yearOpens(i int) bool {
	if y := c.t[i].n; y < 1900 || y > 2099 {
		return false
	}
	n := i + 1
	if c.isP(n, '\'') && c.adj(n) && c.id(n+1) == wS && c.adj(n+1) {
		return true
	}
	if i > 0 && !(i == 1 && c.t[0].k == kPunct) {
		return false
	}
	switch c.id(n) {
	case wPastVerb, wPresentVerb, wWill:
		return true
	}
	return false
}

// yearBeforeNoun: the year at token i, 1900-2099, stands before a noun
// of something that happens or is made at a time ("a 2019 interview",
// "its 2025 report"; not "a 2000 increase", a count).
func (c *ctx) yearBeforeNoun(i int) bool {
	if y := c.t[i].n; y < 1900 || y > 2099 || i+1 >= len(c.t) {
		return false
	}
	return datedNouns[strings.ToLower(c.text(i+1))]
}

// nameYear: a year that ends a name, "WWDC 2005", "Euro 2024", "Expo
// 2025": the word before is capitalised, not the sentence's first and no
// label ("Flight 2024"), and punctuation, a preposition, a verb or a
// time word ("last week") follows (not a noun that makes the
// number a count, "Lyon 2000 fans", or more of a name, "Acme 2024 Ltd").
func (c *ctx) nameYear(i int) bool {
	p := i - 1
	if p < 1 || c.t[p].k != kWord || !c.t[p].up || c.t[p].id != wNone || !c.t[i].sp {
		return false
	}
	if y := c.t[i].n; y < 1950 || y > 2099 {
		return false
	}
	if labelNouns[strings.ToLower(c.text(p))] {
		return false // "Flight 2024", "Room 2012": a number on a label
	}
	n := i + 1
	if n >= len(c.t) || c.t[n].k == kPunct {
		return n >= len(c.t) || c.t[n].p != '-' && c.t[n].p != '%'
	}
	switch c.id(n) {
	case wIn, wOn, wAt, wAnd, wFor, wTo, wWill, wPastVerb, wPresentVerb, wLast, wThis, wNext:
		return true
	}
	// "Expo 2027 opened": a verb in the past
	w := c.text(n)
	return c.t[n].k == kWord && !c.t[n].up && len(w) >= 5 && strings.HasSuffix(w, "ed")
}

// labelNouns number things ("Flight 2024", "Room 2012", "Resolution
// 2019"): a year-like number after them is no year.
var labelNouns = map[string]bool{"flight": true, "room": true, "route": true, "model": true, "article": true, "section": true,
	"chapter": true, "resolution": true, "platform": true, "gate": true, "highway": true, "bus": true, "line": true, "unit": true,
	"suite": true, "page": true, "exit": true, "number": true, "no": true, "version": true, "code": true, "bill": true,
	"decree": true, "order": true, "item": true, "case": true, "lot": true, "block": true, "building": true, "row": true}

// decade reads a decade written with its year at token i, "1990s" or
// "1990's" as many writers spell it, and returns its first year and the
// token after it.
func (c *ctx) decade(i int) (y, j int, ok bool) {
	y, ok = c.year4(i)
	if !ok || y%10 != 0 {
		return 0, 0, false
	}
	switch {
	case c.id(i+1) == wS && c.adj(i+1):
		return y, i + 2, true
	case c.isP(i+1, '\'') && c.adj(i+1) && c.id(i+2) == wS && c.adj(i+2):
		return y, i + 3, true
	}
	return 0, 0, false
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
				// 04/03/2026 could be either: the reading the reference
				// date and the tense point to.
				if validDay(y, a, b) && validDay(y, b, a) {
					return c.mk(i, i+5, c.eitherDay(y, a, b, i, i+5))
				}
				return hit{i: i, j: i + 5}, true
			}
		}
	}
	y, ok := c.year4(i)
	if !ok {
		return noHit, false
	}
	if y, j, ok := c.decade(i); ok {
		return c.mk(i, j, exprHundreds(y))
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
	if y < 1000 || y > 2099 || y < 1900 && !c.oldYear(i) {
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

// eitherDay is a numeric date that reads as month a, day b (US) or day
// a, month b (most other places), both valid: the one inside the window
// the clause's tense gives around the reference date (as nearYear's),
// else the nearer. News gives numeric dates of days close to its own; the
// sentence alone does not say which convention the writer follows.
// Without a reference date the date is found, its value left unknown.
func (c *ctx) eitherDay(y, a, b, i, j int) Expr {
	if !c.hasRef {
		return Expr{Type: Date}
	}
	us, eu := civil(y, a, b), civil(y, b, a)
	lo, hi := dayWindow(c.tense(i, j))
	du, de := int(us.Sub(c.ref).Hours()/24), int(eu.Sub(c.ref).Hours()/24)
	inU, inE := du > lo && du <= hi, de > lo && de <= hi
	if inU != inE {
		if inU {
			return exprDay(us)
		}
		return exprDay(eu)
	}
	if abs(du) <= abs(de) {
		return exprDay(us)
	}
	return exprDay(eu)
}

func abs(n int) int {
	if n < 0 {
		return -n
	}
	return n
}

// figuresFor: the month at [i, j) names the period of figures ("the
// figures for January", "the January sales"), whose release the clause's
// tense tells of, not the month's.
func (c *ctx) figuresFor(i, j int) bool {
	if j < len(c.t) && figureNouns[strings.ToLower(c.text(j))] {
		return true
	}
	return i >= 2 && c.id(i-1) == wFor && figureNouns[strings.ToLower(c.text(i-2))]
}

// figureNouns are figures counted over a period.
var figureNouns = map[string]bool{"figures": true, "data": true, "results": true, "numbers": true, "statistics": true, "sales": true,
	"earnings": true, "revenue": true, "revenues": true, "payrolls": true, "output": true, "report": true, "reports": true, "readings": true}

// dayAfterMonth reads the day after a month name at k: "4", "4th", and
// spoken British "the 4th" or "the fifth" ("March the 4th"). Returns the day and the
// token after it.
func (c *ctx) dayAfterMonth(k int) (int, int, bool) {
	the := c.id(k) == wThe
	if the {
		k++
	}
	d, ok := c.dayNum(k)
	if !ok {
		if d, k2, ok := c.spokenDay(k); ok && the && c.dayEnds(k2) {
			return d, k2, true // "March the fifth"
		}
		return 0, k, false
	}
	k++
	if c.id(k) == wSuffix && c.adj(k) {
		return d, k + 1, true
	}
	return d, k, !the // "March the 4" is no date
}

// spokenDay reads a day of the month written as an ordinal word at k:
// "fifth", "twenty-first", "thirty first". Returns the day and the token
// after it.
func (c *ctx) spokenDay(k int) (int, int, bool) {
	if k >= len(c.t) || c.t[k].k != kWord {
		return 0, k, false
	}
	tens := 0
	switch c.lower(k) {
	case "twenty":
		tens = 20
	case "thirty":
		tens = 30
	}
	if tens > 0 {
		k++
		if c.isP(k, '-') && c.adj(k) {
			k++
		}
		if k >= len(c.t) || c.t[k].k != kWord {
			return 0, k, false
		}
	}
	w := c.lower(k)
	if w == "thirtieth" && tens == 0 {
		return 30, k + 1, true
	}
	for d := 1; d < len(ordinalDays); d++ {
		if w == ordinalDays[d] && (tens == 0 || d < 10) && tens+d <= 31 {
			return tens + d, k + 1, true
		}
	}
	return 0, k, false
}

// ordinalDays are the ordinal words of the days 1-20 (index = day; the
// thirtieth is read apart).
var ordinalDays = [...]string{"", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth",
	"ninth", "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth",
	"seventeenth", "eighteenth", "nineteenth", "twentieth"}

// dayEnds: the token at k can follow a day written in words ("on March the
// fifth, at noon"), which a noun cannot ("in March the first results").
func (c *ctx) dayEnds(k int) bool {
	if k >= len(c.t) || c.t[k].k != kWord {
		return true
	}
	switch c.id(k) {
	case wAt, wAnd, wIn, wOn, wBy, wFor, wTo, wUntil, wBefore, wAfter, wFrom, wWill, wPastVerb, wPresentVerb, wThis, wNext, wLast:
		return true
	}
	switch c.text(k) {
	case "when", "or", "but", "with", "as":
		return true
	}
	return false
}

// mTheDayOf: "the fifth of March", "the twenty-first of June 2025": a day
// written in words before "of" and a month.
func (c *ctx) mTheDayOf(i int) (hit, bool) {
	if c.id(i+2) != wOf && c.id(i+4) != wOf {
		return noHit, false
	}
	d, k, ok := c.spokenDay(i + 1)
	if !ok || c.id(k) != wOf {
		return noHit, false
	}
	m, k, ok := c.month(k + 1)
	if !ok {
		return noHit, false
	}
	if y, k2, ok := c.yearAfter(k); ok {
		return c.dayWithYear(i, k2, y, m, d)
	}
	return c.dayWithoutYear(i, k, m, d)
}
