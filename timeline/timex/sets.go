package timex

import (
	"strconv"
	"strings"
)

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
		if i+1 < len(c.t) && c.t[i+1].k == kWord && (c.t[i+1].up || c.text(i+1) == "et") && t.up {
			return noHit, false // ("Image: Daily et al.": a surname)
		}
		if c.isP(i-1, '-') && c.adj(i) {
			return noHit, false // "semi-annual", "bi-weekly": not once a period
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

// mTimes: "eight times a year", "three times per week": a set of the unit.
func (c *ctx) mTimes(i int) (hit, bool) {
	n, x, k, ok := c.count(i)
	if !ok || x || n < 2 || k >= len(c.t) || c.text(k) != "times" {
		return noHit, false
	}
	return c.rate(i, k+1)
}

// mPer: "20 euros per year": a set of the unit.
func (c *ctx) mPer(i int) (hit, bool) {
	if !c.priced(i) {
		return noHit, false
	}
	return c.rate(i, i)
}

// rate: "a", "per" or "every" and a unit at k, once a unit: the set from
// token i.
func (c *ctx) rate(i, k int) (hit, bool) {
	if !(c.id(k) == wA && c.t[k].n == 1 || c.id(k) == wPer) || k+1 >= len(c.t) {
		return noHit, false
	}
	u := c.id(k + 1)
	if !isUnit(u) || c.t[k+1].pl || c.t[k+1].k != kWord || u == wSecond || u == wQuarterU {
		return noHit, false
	}
	switch c.id(k + 2) {
	case wAgo, wLater, wEarlier, wOf, wAfter, wBefore, wSince:
		return noHit, false // "three times a year ago", "3% a day after"
	}
	return c.mk(i, k+2, Expr{Type: Set, Value: durValue(u, 1, false, "")})
}

// priced: the token before i is an amount ("$10 a month", "5% a year",
// "2 million euros a year"), so "a" unit at i is a rate, not a length.
func (c *ctx) priced(i int) bool {
	if i == 0 {
		return false
	}
	p := &c.t[i-1]
	if p.k == kNum {
		return !(p.nd == 4 && p.n >= 1900 && p.n <= 2099) // "In 2025 a year of"
	}
	if p.k == kPunct {
		return p.p == '%'
	}
	if p.k != kWord || p.up {
		return false
	}
	w := strings.ToLower(c.text(i - 1))
	if amountWords[w] {
		return true
	}
	// "5,000 cars a day", "two meals a day" (not a speed: "60 miles per hour")
	return i >= 2 && strings.HasSuffix(w, "s") && !lengthWords[w] && (c.t[i-2].k == kNum || c.id(i-2) == wNumWord)
}

// lengthWords measure distance: "miles per hour" is a speed, no set.
var lengthWords = map[string]bool{"miles": true, "kilometres": true, "kilometers": true, "metres": true, "meters": true, "feet": true, "km": true}

// amountWords end an amount of money or a share.
var amountWords = map[string]bool{"dollars": true, "euros": true, "pounds": true, "cents": true, "percent": true, "yen": true,
	"million": true, "billion": true, "thousand": true, "apiece": true, "each": true, "rubles": true, "roubles": true, "hryvnias": true, "francs": true}

// mWeekdays: "on Tuesdays", "Councillors meet Thursdays", "at weekends":
// a weekday or the weekend that comes back every week (XXXX-WXX-2). A
// plural weekday must be capitalised, and not follow "the" or a name
// ("the Fridays", "Happy Mondays"); "weekends" needs "at", "on" or
// "over" before it ("two weekends" is a count).
func (c *ctx) mWeekdays(i int) (hit, bool) {
	t := &c.t[i]
	if t.id == wWeekend {
		switch c.textAt(i - 1) {
		case "at", "on", "over", "during":
			return c.mk(i, i+1, Expr{Type: Set, Value: "XXXX-WXX-WE"})
		}
		return noHit, false
	}
	if !t.up || c.id(i-1) == wThe || i > 1 && c.t[i-1].k == kWord && c.t[i-1].up {
		return noHit, false // "the Fridays", "Happy Mondays": a name
	}
	return c.mk(i, i+1, Expr{Type: Set, Value: "XXXX-WXX-" + strconv.Itoa(t.n+1)})
}
