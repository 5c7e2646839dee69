package timex

// Expressions counted from the story's own time line rather than from the
// publication date: "the following day", "the previous year", "the next
// morning", "the day before", "two weeks later", "a year earlier". Each is
// resolved first against the reference date (when the clause's tense
// allows), then, in anchorHits, against the nearest earlier date of the
// same sentence when there is one.

// mTheAnchored: "the following day", "the previous night", "the next
// morning", "the following week / month / year" ("the next week" is the
// span after the reference date, left to thisLastNext). k is at
// following / previous / next.
func (c *ctx) mTheAnchored(i, k int) (hit, bool) {
	u := k + 1
	if u >= len(c.t) || c.t[u].k != kWord || c.t[u].pl {
		return noHit, false // "the following days", "the following:"
	}
	n := 1
	if c.id(k) == wPrevious {
		n = -1
	}
	if p, ok := partCodes[c.id(u)]; ok {
		return c.anchored(i, u+1, wDay, n, p)
	}
	switch c.id(u) {
	case wDay:
		return c.anchored(i, u+1, wDay, n, "")
	case wWeek, wMonth, wQuarterU, wYear, wWeekend:
		if c.id(k) != wNext {
			return c.anchored(i, u+1, c.id(u), n, "")
		}
	}
	return noHit, false
}

// mTheBeforeAfter: "the day before", "the night before", "the year
// after", where nothing follows to anchor them ("the day before the vote"
// is anchored on the vote, whose date the sentence need not give). k is
// at the unit.
func (c *ctx) mTheBeforeAfter(i, k int) (hit, bool) {
	if c.t[k].pl {
		return noHit, false
	}
	n := 1
	switch c.id(k + 1) {
	case wBefore:
		n = -1
	case wAfter:
	default:
		return noHit, false
	}
	if e := k + 2; e < len(c.t) && !(c.t[e].k == kPunct && c.t[e].p != '\'' || c.id(e) == wAnd || c.text(e) == "but") {
		return noHit, false
	}
	if c.id(k) == wNight {
		return c.anchored(i, k+2, wDay, n, "NI")
	}
	return c.anchored(i, k+2, c.id(k), n, "")
}

// anchored makes the hit of tokens [i, j) counted n units (a part of a day
// when part is set) from its anchor. Against the reference date it stands
// only when the tense agrees: a past clause cannot count forward from the
// publication date, nor a future one backward; the story's own anchor is
// then unknown and the value is left empty.
func (c *ctx) anchored(i, j int, u wid, n int, part string) (hit, bool) {
	var e Expr
	tn := c.tense(i, j)
	switch {
	case c.story != nil:
		// the story's date, not publication: tense says nothing against it
		base := c.story.last
		if n < 0 {
			base = c.story.first
		}
		if int(c.story.last.Sub(c.story.first).Hours()/24) > unitDays(u) || outOfRange(base) {
			e = unresolved(false)
		} else {
			e = shiftBy(base, u, n)
			e.Relative = true
		}
	case !c.hasRef || n > 0 && tn < 0 || n < 0 && tn > 0 || n == 0:
		// "the same day" is the story's day, never the publication's
		e = unresolved(false)
	default:
		e = shiftBy(c.ref, u, n)
		e.Relative = true
	}
	e.Anchored = true
	h := hit{i: i, j: j, e: e, au: u, an: int32(n)}
	if part != "" {
		h.e.Type = Clock
		h.clk = &clock{part: part, h: -1, dated: !e.Begin.IsZero()}
	}
	return h, true
}

// unitDays is the widest anchor, in days after its first, that an
// anchored unit can count from: a day needs a day, a week a week, ...
func unitDays(u wid) int {
	switch u {
	case wWeek, wFortnight, wWeekend:
		return 6
	case wMonth:
		return 30
	case wQuarterU:
		return 91
	case wYear, wDecade, wCentury:
		return 365
	}
	return 0
}

// anchorHits counts each anchored hit from the nearest earlier hit of the
// sentence that has days ("on Monday ... the following day"), forward from
// its last day or back from its first. An anchor wider than the unit ("in
// 2019 ... the following day"), or an earlier anchored hit left
// unresolved, leaves the hit unresolved: the sentence anchors it on a time
// that cannot place it.
func (c *ctx) anchorHits(hs []hit) []hit {
	for k := range hs {
		h := &hs[k]
		if h.au == wNone {
			continue
		}
		for p := k - 1; p >= 0; p-- {
			a := &hs[p]
			if a.e.Begin.IsZero() {
				if a.au != wNone {
					c.unanchor(h)
					break
				}
				continue
			}
			if a.e.Type != Date && a.e.Type != Clock {
				continue
			}
			if h.au == wSame {
				// "the same period last year": the anchor's period, a year before
				e := yearBefore(a.e, c.id(h.i+2))
				e.Relative, e.Anchored = a.e.Relative, true
				h.e = e
				break
			}
			if h.au == wYear && (h.an == 1 || h.an == -1) && c.id(h.i) != wThe && periodOfMonths(a.e) {
				// "fell in November from a year earlier", "in the second
				// quarter, up from a year before": the same months a year off
				// ("the following year" is the whole year)
				e := yearsFrom(a.e, wNone, int(h.an))
				e.Relative, e.Anchored = a.e.Relative, true
				h.e = e
				break
			}
			if int(a.e.Last.Sub(a.e.Begin).Hours()/24) > unitDays(h.au) {
				c.unanchor(h)
				break
			}
			base := a.e.Begin
			if h.an > 0 {
				base = a.e.Last
			}
			e := shiftBy(base, h.au, int(h.an))
			if outOfRange(e.Begin) || outOfRange(e.Last) {
				c.unanchor(h)
				break
			}
			e.Relative, e.Anchored = a.e.Relative, true
			if h.clk != nil {
				e.Type = Clock
				h.clk.dated = true
			}
			h.e = e
			break
		}
	}
	return hs
}

// periodOfMonths: e is a month, a quarter, a season or another run of
// whole months shorter than a year ("the April-June period", "the first
// half").
func periodOfMonths(e Expr) bool {
	switch e.Precision {
	case Month, Quarter, Season:
		return true
	case Range:
		return e.Begin.Day() == 1 && e.Last.AddDate(0, 0, 1).Day() == 1 && e.Last.Sub(e.Begin).Hours()/24 < 300
	}
	return false
}

func (c *ctx) unanchor(h *hit) {
	t := h.e.Type
	h.e = unresolved(false)
	h.e.Type, h.e.Anchored = t, true
	if h.clk != nil {
		h.clk.dated = false
	}
}

// listInOrder: a bare month in a list after a month or day ahead runs on
// from it ("Italy in November, Las Vegas in December, Mexico in January,
// Tampa in February": February after January, not the February gone by).
// The two are parted by a comma and no verb of their own, nor a word that
// turns back ("after", "since", "from").
func (c *ctx) listInOrder(hs []hit) {
	for k := 1; k < len(hs); k++ {
		h, p := &hs[k], &hs[k-1]
		if !h.e.Relative || h.e.Precision != Month || h.j != h.i+1 || c.id(h.i-1) != wIn ||
			!p.e.Relative || p.e.Begin.IsZero() || !p.e.Begin.After(c.ref) || h.e.Type != Date ||
			!h.e.Begin.Before(p.e.Begin) || !h.e.Begin.AddDate(1, 0, 0).After(p.e.Begin) {
			continue
		}
		comma := false
		for q := p.j; q < h.i; q++ {
			if c.isP(q, ',') {
				comma = true
			}
			switch c.id(q) {
			case wAfter, wSince, wFrom, wBefore:
				comma = false
				q = h.i
				continue
			}
			if c.cue(q) != 0 {
				comma = false
				break
			}
		}
		if comma {
			y, m := h.e.Begin.Year()+1, int(h.e.Begin.Month())
			e := exprMonth(y, m)
			e.Relative = true
			h.e = e
		}
	}
}
