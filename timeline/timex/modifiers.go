package timex

import "strings"

// mMod: "early December", "mid-January", "late 2025", "mid-2011", "early
// next year", "late last month", "late Thursday", "late in the day",
// "early in the year".
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
		return c.partOfMonth(i, j, m, part)
	}
	if y, j, ok := c.decade(k); ok {
		e := exprHundreds(y)
		e.Mod = modOf(part)
		return c.mk(i, j, e)
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
			if h.clk != nil {
				h.e.Mod = modOf(part) // "early this morning"
			}
		}
		return h, true
	case wToday, wTonight, wYesterday, wTomorrow:
		// "late yesterday", "early today", "early tomorrow morning"
		h, ok := c.mDeictic(k)
		if !ok || h.e.Type == Date && h.e.Precision != Day && h.e.Precision != Unknown {
			return noHit, false
		}
		h.i = i
		h.e.Mod = modOf(part)
		return h, true
	case wSpring, wSummer, wAutumn, wWinter:
		h, ok := c.mSeason(k, i, 0)
		if ok {
			h.e.Mod = modOf(part)
		}
		return h, ok
	}
	if c.id(k) == wIn && c.id(k+1) == wThe && part != wMid && k+2 < len(c.t) && !c.t[k+2].pl && c.id(k+3) != wOf {
		// "late in the day" is the story's day, as "later in the day";
		// "early in the year", "late in the month": that period, the
		// part as its modifier
		switch u := c.id(k + 2); u {
		case wDay:
			return c.anchored(i, k+3, wDay, 0, "")
		case wWeek, wMonth, wYear:
			if !c.hasRef {
				return c.mk(i, k+3, unresolved(false))
			}
			e := c.periodAt(u, 0)
			e.Mod, e.Relative = modOf(part), true
			return c.mk(i, k+3, e)
		}
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

// partOfMonth is early / mid / late or the end / beginning / middle of month
// m, whose name ends before token j: in the year written after it, else the
// year the tense points to.
func (c *ctx) partOfMonth(start, j, m int, part wid) (hit, bool) {
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
		return c.partOfMonth(start, j, m, part)
	}
	if y, ok := c.year4(k); ok {
		e := exprYear(y)
		e.Mod = modOf(part)
		return c.mk(start, k+1, e)
	}
	if e, j, ok := c.fiscalYear(k); ok {
		// "the end of the financial year"
		e.Mod = modOf(part)
		return c.mk(start, j, e)
	}
	delta, ok := yearOffset(c.id(k))
	if !ok {
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
// week", "later today", "later this evening"; "earlier in the week",
// "later in the month" are the same as "this".
func (c *ctx) mEarlierLater(i int) (hit, bool) {
	k := i + 1
	if c.id(k) == wToday || c.id(k) == wTonight {
		h, ok := c.mDeictic(k)
		h.i = i
		return h, ok
	}
	inThe := c.id(k) == wIn && k+1 < len(c.t) && c.text(k+1) == "the"
	if inThe {
		k++
	} else if c.id(k) != wThis {
		return c.adverbLater(i)
	}
	u := c.id(k + 1)
	if inThe && u == wDay && !c.t[k+1].pl && c.id(k+2) != wOf {
		// "earlier in the day", "later in the day": the story's day
		return c.anchored(i, k+2, wDay, 0, "")
	}
	if p, ok := partCodes[u]; ok && c.t[k+1].k == kWord && !inThe {
		// "earlier this morning", "later this evening": that part of the
		// reference day
		h, _ := c.dayPart(i, k+2, 0, p)
		return h, true
	}
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

// mSoFar: "so far this year", "so far in March", "thus far in 2025", "so
// far this week": from the start of that period to the reference date.
func (c *ctx) mSoFar(i int) (hit, bool) {
	if c.id(i+1) != wFar {
		return noHit, false
	}
	k := i + 2
	in := c.id(k) == wIn
	if in {
		k++
	}
	if m, j, ok := c.month(k); ok && in && !c.dayNumAt(j) {
		if !c.hasRef {
			return c.mk(i, j, unresolved(false))
		}
		y := c.ref.Year()
		if m > int(c.ref.Month()) {
			y--
		}
		e := c.soFar(exprMonth(y, m))
		e.Relative = true
		return c.mk(i, j, e)
	}
	if y, ok := c.year4(k); ok && in {
		if !c.hasRef {
			return c.mk(i, k+1, exprYear(y))
		}
		return c.mk(i, k+1, c.soFar(exprYear(y)))
	}
	if c.id(k) == wThis || in && c.id(k) == wThe {
		if u := c.id(k + 1); (u == wWeek || u == wMonth || u == wQuarterU || u == wYear) && !c.t[k+1].pl {
			if !c.hasRef {
				return c.mk(i, k+2, unresolved(false))
			}
			e := c.soFar(c.periodAt(u, 0))
			e.Relative = true
			return c.mk(i, k+2, e)
		}
	}
	return noHit, false
}

// soFar is period p up to the reference date, when p has begun and not
// yet ended; p itself otherwise.
func (c *ctx) soFar(p Expr) Expr {
	if !c.ref.Before(p.Begin) && c.ref.Before(p.Last) {
		p = exprSpan(p.Begin, c.ref, Range)
		p.Relative = true
	}
	return p
}

// mRecent: "recent days", "recent weeks", "recent years" (PAST_REF).
func (c *ctx) mRecent(i int) (hit, bool) {
	u := c.id(i + 1)
	if !isUnit(u) || !c.t[i+1].pl {
		return noHit, false
	}
	return c.mk(i, i+2, exprVague(pastRef))
}

// adverbLater: "later" or "earlier" alone as an adverb of time ("He later
// said", "will decide later.", "Earlier, police had ..."): a time the
// story does not state (the value stays empty). Not the comparative ("no
// later than", "an earlier version", "sooner or later").
func (c *ctx) adverbLater(i int) (hit, bool) {
	if i > 0 && c.t[i-1].k == kWord {
		switch strings.ToLower(c.text(i - 1)) {
		case "a", "an", "the", "or", "much", "no", "even", "any", "its", "his", "her", "their":
			return noHit, false
		}
	}
	n := i + 1
	ok := n >= len(c.t) || c.t[n].k == kPunct && c.t[n].p != '-' || c.id(n) == wOn || c.id(n) == wPastVerb
	if !ok && c.t[n].k == kWord && !c.t[n].up {
		w := c.text(n)
		ok = len(w) > 3 && strings.HasSuffix(w, "ed") || c.isP(i-1, ',') && len(w) > 4 && strings.HasSuffix(w, "ing")
	}
	if !ok {
		return noHit, false
	}
	j := i + 1
	if c.id(n) == wOn && (n+1 >= len(c.t) || c.t[n+1].k == kPunct) {
		j++ // "later on"
	}
	return c.mk(i, j, unresolved(false))
}
