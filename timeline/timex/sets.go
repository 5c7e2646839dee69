package timex

import "strconv"

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
