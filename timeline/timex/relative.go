package timex

// mThisLastNext: "this week", "last month", "next year", "last Thursday",
// "next March", "this summer", "last night", "this morning", "the past
// week" (called from mThe), "past two weeks", "next 10 days".
func (c *ctx) mThisLastNext(i int) (hit, bool) {
	if e, j, ok := c.fiscalYear(i); ok {
		return c.mk(i, j, e) // "last fiscal year"
	}
	h, ok := c.thisLastNext(i, i)
	if ok && c.id(i) == wThis && c.id(h.j) == wSo && c.id(h.j+1) == wFar && h.e.Type == Date {
		// "this year so far": up to the reference date
		switch h.e.Precision {
		case Week, Month, Quarter, Year:
			h.e = c.soFar(h.e)
			h.e.Relative = true
			h.j += 2
		case Unknown:
			h.j += 2
		}
	}
	return h, ok
}

func (c *ctx) thisLastNext(start, i int) (hit, bool) {
	kw := c.id(i)
	mode := byte('t')
	switch kw {
	case wLast, wPast:
		mode = 'l'
	case wNext, wComing:
		mode = 'n'
	}
	k := i + 1
	if kw == wLast && c.id(i-1) == wThe && c.id(i-2) == wAt && c.id(k) == wMinute && !c.t[k].pl {
		return noHit, false // "at the last minute": an idiom
	}
	if kw == wThis && start == i && (c.id(k) == wPast || c.id(k) == wComing) {
		// "this past weekend", "this coming week": as with "the"
		return c.thisLastNext(start, k)
	}
	if kw == wPast || kw == wComing || (kw == wLast && c.id(i-1) == wThe) || (kw == wNext && c.id(i-1) == wThe) {
		// A span ending or starting at the reference date: "the past week",
		// "the last two years", "the coming days".
		if kw == wPast && c.id(start) != wThe && c.id(start) != wThis && c.id(start-1) != wIn && c.id(start-1) != wOver {
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
		if u == wWeekend && !ok && !c.t[k2].pl && mode != 't' {
			// "the past weekend" is the last one, not seven days
			if !c.hasRef {
				return c.mk(start, k2+1, unresolved(mode == 'n'))
			}
			delta, rw := 0, isoWeekday(c.ref)
			if mode == 'l' && rw < 5 {
				delta = -1
			}
			if mode == 'n' && rw >= 5 {
				delta = 1
			}
			e := c.periodAt(wWeekend, delta)
			e.Relative = true
			return c.mk(start, k2+1, e)
		}
		if !ok && (c.id(k2+1) == wOf || u == wDay && kw != wPast && kw != wComing) {
			// "the last day of the talks": anchored on the story, not on
			// the publication date ("the next day" is mTheAnchored's).
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
			v := pastRef
			if mode == 'n' {
				v = futureRef
			}
			return c.mk(start, k2+1, exprVague(v))
		}
		return c.thisLastNextSpan(start, k2+1, u, n, mode)
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
		// "last two weeks", "next 10 days" without "the"; not the verb
		// ("the strike will last 48 hours").
		if kw == wLast && c.lastIsVerb(i) {
			return noHit, false
		}
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

// thisLastNextSpan is the span of n units ending (mode 'l') or starting at
// the reference date: "the past two weeks", "next 10 days".
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

// lastIsVerb: "last" at token i follows a modal or "to", as the verb does
// ("will last", "could last", "is expected to last").
func (c *ctx) lastIsVerb(i int) bool {
	switch c.id(i - 1) {
	case wWill, wLL, wShall, wTo:
		return true
	}
	switch c.textAt(i - 1) {
	case "can", "could", "may", "might", "must", "should", "not", "usually", "typically", "normally":
		return true
	}
	return false
}
