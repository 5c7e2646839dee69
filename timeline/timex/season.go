package timex

var seasonStart = map[wid]int{wSpring: 3, wSummer: 6, wAutumn: 9, wFall: 9, wWinter: 12}

// mSeason: "summer 2025", "the summer of 2025", "this summer", "last
// winter", "in spring". Seasons are the meteorological ones of the northern
// hemisphere; winter Y runs from December Y to February Y+1.
func (c *ctx) mSeason(k, start int, mode byte) (hit, bool) {
	u := c.id(k)
	sm := seasonStart[u]
	j := k + 1
	y, ok := c.year4(j)
	rel := false
	if ok {
		j++
	} else if c.id(j) == wOf {
		if y, ok = c.year4(j + 1); ok {
			j += 2
		} else if yy, jj, rel := c.yearOf(j + 1); rel {
			// "the spring of last year", "the summer of this year"
			if yy == 0 {
				return c.mk(start, jj, unresolved(false))
			}
			y, ok, j, rel = yy, true, jj, true
		}
	}
	if !ok {
		if c.t[k].up && j < len(c.t) && c.t[j].k == kWord && c.t[j].up && c.id(j) == wNone {
			return noHit, false // "the Winter Olympics", "the Autumn Statement": a name
		}
		if u == wFall && mode == 0 && !c.theFall(start, j) {
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
	if u == wWinter {
		j = c.nextYearSuffix(j, y)
	}
	e := exprMonths(y, sm, 3, Season)
	e.Relative = rel
	return c.mk(start, j, e)
}

// nextYearSuffix: "-09", "/2009" after year y at j-1, the second year a
// winter runs into ("the winter of 2008-09"): the end of the text.
func (c *ctx) nextYearSuffix(j, y int) int {
	if !(c.isP(j, '-') || c.isP(j, '/')) || !c.adj(j) || j+1 >= len(c.t) || c.t[j+1].k != kNum || !c.adj(j+1) {
		return j
	}
	n := &c.t[j+1]
	if n.nd == 2 && n.n == (y+1)%100 || n.nd == 4 && n.n == y+1 {
		return j + 2
	}
	return j
}

// theFall: "in the fall", "by the fall," as American news names autumn:
// "the" after a preposition of time, and nothing after it that makes it
// a drop ("the fall in prices", "the fall of the wall").
func (c *ctx) theFall(start, j int) bool {
	if c.id(start) != wThe || j < len(c.t) && !(c.t[j].k == kPunct && c.t[j].p != '-') {
		return false
	}
	switch c.id(start - 1) {
	case wIn, wDuring, wBy, wUntil, wSince, wThroughout:
		return true
	}
	return false
}
