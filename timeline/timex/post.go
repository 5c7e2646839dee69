package timex

import "time"

// between reports whether the tokens [a, b) are only the given separators.
func (c *ctx) only(a, b int, ok func(k int) bool) bool {
	for k := a; k < b; k++ {
		if !ok(k) {
			return false
		}
	}
	return true
}

func (c *ctx) isDayDate(h *hit) bool {
	return h.e.Type == Date && (h.e.Precision == Day || h.e.Value == "" && h.e.Relative && h.clk == nil)
}

// mergeYearAfter joins a day or a month written without its year and
// "next year", "last year" or "this year" right after it ("on 24 May next
// year", "in March last year"): that day or month of that year.
func (c *ctx) mergeYearAfter(hs []hit) []hit {
	out := hs[:0]
	for k := 0; k < len(hs); k++ {
		h := hs[k]
		if k+1 < len(hs) && h.e.Type == Date && h.e.Relative && h.clk == nil {
			n := hs[k+1]
			day := h.m > 0 && h.e.Precision == Day
			month := h.e.Precision == Month && h.j == h.i+1
			if (day || month) && n.i == h.j && n.j == n.i+2 && n.e.Precision == Year && n.e.Relative && n.clk == nil &&
				c.id(n.i+1) == wYear && (c.id(n.i) == wNext || c.id(n.i) == wLast || c.id(n.i) == wThis) {
				y := n.e.Begin.Year()
				var e Expr
				switch {
				case month:
					e = exprMonth(y, int(h.e.Begin.Month()))
				case validDay(y, h.m, h.d):
					e = exprDay(civil(y, h.m, h.d))
				}
				if e.Type != "" {
					e.Relative = true
					h.e, h.j, h.m, h.d = e, n.j, 0, 0
					out = append(out, h)
					k++
					continue
				}
			}
		}
		out = append(out, h)
	}
	return out
}

// mergeClocks joins a day and a time written next to each other
// ("Thursday at 15:00", "6 January 2026 - 22:17", "at 3 p.m. on Monday")
// into one clock expression on that day.
func (c *ctx) mergeClocks(hs []hit) []hit {
	out := hs[:0]
	for k := 0; k < len(hs); k++ {
		h := hs[k]
		if k+1 < len(hs) {
			n := hs[k+1]
			if c.isDayDate(&h) && n.clk != nil && n.clk.part == "" && !n.clk.dated &&
				n.i-h.j <= 2 && c.only(h.j, n.i, func(q int) bool { return c.isP(q, ',') || c.isP(q, '-') || c.id(q) == wAt || c.id(q) == wFrom }) {
				n.clk.dated = true
				n.e.Begin, n.e.Last, n.e.Relative, n.e.Anchored = h.e.Begin, h.e.Last, h.e.Relative, h.e.Anchored
				n.e.Value = h.e.Value
				n.i = h.i
				out = append(out, n)
				k++
				continue
			}
			if m, ok := c.mergePart(h, n); ok {
				out = append(out, m)
				k++
				continue
			}
			if h.clk != nil && h.clk.part == "" && !h.clk.dated && c.isDayDate(&n) &&
				n.i-h.j <= 2 && c.only(h.j, n.i, func(q int) bool { return c.isP(q, ',') || c.id(q) == wOn }) {
				h.clk.dated = true
				h.e.Begin, h.e.Last, h.e.Relative, h.e.Anchored = n.e.Begin, n.e.Last, n.e.Relative, n.e.Anchored
				h.e.Value = n.e.Value
				h.j = n.j
				out = append(out, h)
				k++
				continue
			}
		}
		out = append(out, h)
	}
	return out
}

// mergePart joins a time and the part of a day written next to it: "at
// 9.15 this morning", "7:45 on Monday morning", "Tuesday evening at 8":
// one time on that part's day, an afternoon or evening hour moved past
// noon.
func (c *ctx) mergePart(h, n hit) (hit, bool) {
	clk, part := h, n
	if h.clk != nil && h.clk.part != "" {
		clk, part = n, h
		if n.i != h.j+1 || c.id(h.j) != wAt {
			return noHit, false // "Tuesday evening at 8"
		}
	} else if n.i != h.j && (n.i != h.j+1 || c.id(h.j) != wOn) {
		return noHit, false // "at 9.15 this morning", "at 7:45 on Monday morning"
	}
	if clk.clk == nil || clk.clk.part != "" || clk.clk.dated || part.clk == nil || part.clk.part == "" {
		return noHit, false
	}
	k := *clk.clk
	switch part.clk.part {
	case "AF", "EV":
		if k.h < 12 {
			k.h += 12
		}
	case "NI":
		if k.h >= 6 && k.h < 12 {
			k.h += 12
		}
	}
	k.dated = part.clk.dated
	clk.clk = &k
	clk.e.Begin, clk.e.Last, clk.e.Relative, clk.e.Anchored = part.e.Begin, part.e.Last, part.e.Relative, part.e.Anchored
	if part.clk.part == "NI" && k.h == 0 && k.m == 0 && !part.e.Begin.IsZero() {
		// "midnight tonight", "at midnight on Sunday night": the midnight
		// that ends the night's day
		clk.e.Begin = part.e.Begin.AddDate(0, 0, 1)
		clk.e.Last = clk.e.Begin
	}
	clk.i, clk.j = min(h.i, n.i), max(h.j, n.j)
	return clk, true
}

// mergeRanges joins "from A to B", "between A and B" and "A - B" where A
// and B are dates of the same precision into one range "a/b".
func (c *ctx) mergeRanges(hs []hit) []hit {
	out := hs[:0]
	for k := 0; k < len(hs); k++ {
		h := hs[k]
		if k+1 < len(hs) && h.m > 0 && hs[k+1].e.Type == Date && hs[k+1].e.Precision == Day && hs[k+1].m == 0 && hs[k+1].i == h.j+1 &&
			(c.isP(h.j, '-') || c.id(h.j) == wTo || c.id(h.j) == wUntil || c.id(h.j) == wAnd && c.id(h.i-1) == wBetween) {
			// "3 March to 6 April 2025": the first day takes its year from
			// the second.
			n := &hs[k+1]
			y := n.e.Begin.Year()
			if h.m > int(n.e.Begin.Month()) {
				y--
			}
			if validDay(y, h.m, h.d) {
				h.e = exprDay(civil(y, h.m, h.d))
				h.e.Relative = n.e.Relative
			}
		}
		if k+1 < len(hs) && h.e.Type == Date && hs[k+1].e.Type == Date && h.e.Value != "" && hs[k+1].e.Value != "" &&
			h.e.Precision == hs[k+1].e.Precision && (h.e.Precision == Day || h.e.Precision == Month || h.e.Precision == Year) && hs[k+1].i == h.j+1 {
			n := hs[k+1]
			sep := h.j
			okSep := c.isP(sep, '-') || c.id(sep) == wUntil ||
				c.id(sep) == wTo && (c.id(h.i-1) == wFrom || h.e.Precision != Year) ||
				c.id(sep) == wAnd && c.id(h.i-1) == wBetween
			if okSep && !c.movedFrom(h.i) {
				b, l := h.e.Begin, n.e.Last
				if l.Before(b) && n.e.Relative && n.e.Precision == Day {
					l = l.AddDate(0, 0, 7) // "from Friday to Monday" crosses a week
				}
				if !l.Before(b) {
					var e Expr
					switch h.e.Precision {
					case Day:
						e = exprSpan(b, l, Range)
					case Month:
						e = Expr{Type: Date, Value: h.e.Value + "/" + n.e.Value, Precision: Range, Begin: b, Last: l}
					case Year:
						e = exprYears(b.Year(), l.Year())
					}
					e.Relative = h.e.Relative || n.e.Relative
					out = append(out, hit{i: h.i, j: n.j, e: e})
					k++
					continue
				}
			}
		}
		out = append(out, h)
	}
	return out
}

// finish fills the text, offsets and the values that depend on the final
// span (clock values, the Future flag).
func (c *ctx) finish(h *hit) Expr {
	e := h.e
	e.Start, e.End = c.t[h.i].s, c.t[h.j-1].e
	e.Text = c.s[e.Start:e.End]
	if k := h.clk; k != nil {
		if !k.dated && c.hasRef && k.part == "" {
			e.Begin, e.Last, e.Relative = c.ref, c.ref, true
			if k.ahead {
				e.Begin = c.ref.AddDate(0, 0, 1)
				e.Last = e.Begin
			}
			k.dated = true
		}
		if k.dated && !e.Begin.IsZero() {
			v := appendDay(make([]byte, 0, 24), e.Begin)
			v = append(v, 'T')
			if k.part != "" {
				v = append(v, k.part...)
				e.Precision = Day
			} else {
				v = pad2(v, k.h)
				v = append(v, ':')
				v = pad2(v, k.m)
				if len(k.zone) > 0 && k.zone[0] == '+' {
					v = append(v, k.zone[1:]...)
				} else {
					v = append(v, zoneOffset(k.zone, e.Begin)...)
				}
				e.Precision = k.prec
			}
			e.Value = string(v)
		} else {
			e.Value, e.Precision, e.Begin, e.Last = "", Unknown, time.Time{}, time.Time{}
		}
	}
	if c.hasRef && !e.Begin.IsZero() {
		e.Future = e.Begin.After(c.ref)
	}
	return e
}
