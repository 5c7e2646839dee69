package timex

// ampm reads "a.m.", "p.m.", "am", "pm", "AM" at k: +1 for pm, -1 for am.
func (c *ctx) ampm(k int) (int, int) {
	if k >= len(c.t) || c.t[k].k != kWord {
		return 0, k
	}
	w := c.text(k)
	switch len(w) {
	case 2:
		switch w[0] | 0x20 {
		case 'a':
			if w[1]|0x20 == 'm' {
				return -1, k + 1
			}
		case 'p':
			if w[1]|0x20 == 'm' {
				return 1, k + 1
			}
		}
	case 1:
		v := 0
		switch w[0] | 0x20 {
		case 'a':
			v = -1
		case 'p':
			v = 1
		}
		if v != 0 && c.isP(k+1, '.') && c.adj(k+1) && k+2 < len(c.t) && c.adj(k+2) && (c.text(k+2) == "m" || c.text(k+2) == "M") {
			j := k + 3
			if c.isP(j, '.') && c.adj(j) {
				j++
			}
			return v, j
		}
	}
	return 0, k
}

// zone reads a zone after a time: "GMT", "UTC+2", "Kyiv time", "New York
// time", "local time", "Eastern Standard Time". Returns the text as written,
// the table key and the token after it.
func (c *ctx) zone(k int) (string, string, int) {
	if k >= len(c.t) {
		return "", "", k
	}
	t := &c.t[k]
	if t.id == wZone && t.allUp {
		key := c.lower(k)
		j := k + 1
		// "GMT+2", "UTC+03:00"
		if (key == "gmt" || key == "utc") && (c.isP(j, '+') || c.isP(j, '-')) && c.adj(j) && c.isNum(j+1) && c.adj(j+1) && c.t[j+1].n <= 14 {
			sign := 1
			if c.isP(j, '-') {
				sign = -1
			}
			off := c.t[j+1].n * 60
			j += 2
			if c.isP(j, ':') && c.isNum(j+1) && c.adj(j) {
				off += c.t[j+1].n
				j += 2
			}
			zt := c.s[t.s:c.t[j-1].e]
			return zt, "+" + fmtOffset(sign*off), j
		}
		return c.text(k), key, j
	}
	if t.id == wNew && t.up && c.textAt(k+1) == "York" && c.id(k+2) == wTimeW {
		// "New" is a holiday's word (New Year's Day) before a city's
		return c.s[t.s:c.t[k+2].e], "york", k + 3
	}
	if t.id == wLocal && c.id(k+1) == wTimeW {
		return c.s[t.s:c.t[k+1].e], "", k + 2
	}
	if (t.id == wCityTime || t.id == wZone) && t.up {
		j := k + 1
		if c.id(j) == wStandard {
			j++
		}
		if c.id(j) == wTimeW {
			s := t.s
			if c.text(k) == "York" && k > 0 && c.text(k-1) == "New" {
				s = c.t[k-1].s
			}
			if c.id(k+1) == wCityTime && c.t[k+1].up {
				// "Central European Time": the second word names the zone.
				return c.s[s:c.t[j].e], c.lower(k + 1), j + 1
			}
			return c.s[s:c.t[j].e], c.lower(k), j + 1
		}
		if t.id == wCityTime && c.id(j) == wCityTime && c.id(j+1) == wTimeW {
			return c.s[t.s:c.t[j+1].e], c.lower(j), j + 2
		}
	}
	return "", "", k
}

func (c *ctx) lower(k int) string {
	w := c.text(k)
	for i := 0; i < len(w); i++ {
		if w[i] >= 'A' && w[i] <= 'Z' {
			b := []byte(w)
			for j := range b {
				if b[j] >= 'A' && b[j] <= 'Z' {
					b[j] += 'a' - 'A'
				}
			}
			return string(b)
		}
	}
	return w
}

// mClock: "12:00 GMT", "15:30 Kyiv time", "3 p.m.", "9:30am", "noon",
// "midnight", "0900 GMT".
func (c *ctx) mClock(i int) (hit, bool) {
	t := &c.t[i]
	h, m, j := -1, 0, i+1
	prec := Minute
	cued := false
	switch t.id {
	case wNoon:
		h = 12
	case wMidnight:
		h = 0
	}
	if h >= 0 {
		cued = true
	} else {
		if !c.isNum(i) && !(c.clockDecimal(i)) || c.isP(i-1, ':') && c.adj(i) {
			return noHit, false // "2:04:35" is a race time, not "04:35"
		}
		switch {
		case t.dec:
			// "3.30pm", "10.15 GMT": British style, only with am/pm or a zone
			h, m, j = t.n, c.clockMinutes(i), i+1
			if ap, _ := c.ampm(j); ap == 0 {
				if zt, _, _ := c.zone(j); zt == "" && !c.atDayCue(i) {
					return noHit, false
				}
			}
		case t.nd <= 2 && c.isP(i+1, ':') && c.adj(i+1) && c.isNum(i+2) && c.adj(i+2) && c.t[i+2].nd == 2:
			h, m, j = t.n, c.t[i+2].n, i+3
			if c.isP(j, ':') && c.adj(j) && c.isNum(j+1) && c.t[j+1].nd == 2 {
				j += 2 // seconds
			}
			cued = t.nd == 2
		case t.nd <= 2:
			h, prec = t.n, Hour
		case t.nd == 4 && !t.grp:
			h, m = t.n/100, t.n%100
		default:
			return noHit, false
		}
		if h > 24 || m > 59 {
			return noHit, false
		}
	}
	ap, k := c.ampm(j)
	if ap != 0 {
		if h == 0 || h > 12 {
			return noHit, false
		}
		if ap > 0 && h < 12 {
			h += 12
		}
		if ap < 0 && h == 12 {
			h = 0
		}
		j, cued = k, true
	} else if prec == Hour {
		// A bare number is a time only with "a.m."/"p.m." or "o'clock".
		if j+2 < len(c.t) && c.text(j) == "o" && c.isP(j+1, '\'') && c.text(j+2) == "clock" {
			j, cued = j+3, true
		} else if pm, ok := c.partAfterHour(j); ok && h >= 1 && h <= 12 {
			// "at 8 in the morning", "at 3 in the afternoon" (after a
			// preposition of time, below: not "scored 2 in the morning")
			if pm && h < 12 || !pm && h == 12 {
				h = (h + 12) % 24
			}
			j = j + 3
		} else {
			return noHit, false
		}
	}
	zt, zk, k := c.zone(j)
	if zt != "" {
		j, cued = k, true
	} else if c.id(j) == wHrs || (t.nd == 4 && c.id(j) == wHour && c.t[j].pl && c.t[j].allUp) {
		j, cued = j+1, true
	}
	if t.nd == 4 && zt == "" && !cued {
		return noHit, false
	}
	if !cued {
		switch c.id(i - 1) {
		case wAt, wFrom, wUntil, wTo, wBy, wBefore, wAfter, wAround, wBetween, wAnd, wSince:
			cued = true
		}
		if c.isP(i-1, '-') || c.isP(i-1, ',') {
			cued = true
		}
	}
	if !cued {
		return noHit, false
	}
	if h == 24 {
		h = 0
	}
	cb := pad2(make([]byte, 0, 5), h)
	cb = append(cb, ':')
	e := Expr{Type: Clock, Clock: string(pad2(cb, m)), Zone: zt}
	// "the offer expires at midnight", "talks will run until midnight":
	// the midnight ahead ends the day, the next day's first minute
	ahead := t.id == wMidnight && c.tense(i, j) > 0
	return hit{i: i, j: j, e: e, clk: &clock{h: h, m: m, prec: prec, zone: zk, ahead: ahead}}, true
}

// partAfterHour reads "in the morning" (am), "in the afternoon" or "in
// the evening" (pm) at j, after a bare hour.
func (c *ctx) partAfterHour(j int) (pm, ok bool) {
	if c.id(j) != wIn || c.id(j+1) != wThe {
		return false, false
	}
	switch c.id(j + 2) {
	case wMorning:
		return false, true
	case wAfternoon, wEvening:
		return true, true
	}
	return false, false
}

// clockDecimal: token i is a number written "3.30", one or two digits, a
// full stop and two more, as British news writes a time.
func (c *ctx) clockDecimal(i int) bool {
	if i < 0 || i >= len(c.t) || c.t[i].k != kNum || !c.t[i].dec || c.t[i].grp || c.t[i].nd > 2 {
		return false
	}
	t := &c.t[i]
	return t.e-t.s == t.nd+3 && c.clockMinutes(i) <= 59
}

// clockMinutes is the two digits after the full stop of "3.30".
func (c *ctx) clockMinutes(i int) int {
	t := &c.t[i]
	d := c.s[t.s+t.nd+1 : t.e]
	return int(d[0]-'0')*10 + int(d[1]-'0')
}

// atDayCue: the British "7.30" at i follows "at" and a day follows it ("at
// 7.30 on Friday", "at 12.30 today", "at 9.15 this morning"), or a verb
// of starting or arriving comes before it ("began at 12.30"), or it
// closes a pair ("began at 12.30 and ended at 14.15"): a clock without
// am/pm. Alone, "at 4.25" is as often a price or a rate.
func (c *ctx) atDayCue(i int) bool {
	if c.id(i-1) != wAt {
		return false
	}
	if c.secondClock(i) && !c.valueAfter(i+1) {
		return true
	}
	if c.valueBefore(i) {
		return false // "shares closed at 12.30 on Friday": a price
	}
	if clockVerbs[c.lower(i-2)] && !c.valueAfter(i+1) {
		return true // "the meeting began at 12.30"
	}
	j := i + 1
	switch c.id(j) {
	case wOn:
		id := c.id(j + 1)
		return id >= wMon && id <= wSun || id >= wJan && id <= wDec && c.t[j+1].up || c.isNum(j+1)
	case wToday, wTonight, wYesterday, wTomorrow:
		return true
	case wThis, wThat:
		switch c.id(j + 1) {
		case wMorning, wAfternoon, wEvening:
			return true
		}
	}
	id := c.id(j)
	_, ok := c.partAfterHour(j)
	return ok || id >= wMon && id <= wSun && c.t[j].up
}

// valueBefore: a word of prices or rates stands in the few words before
// "at" and the number at i ("shares closed at 12.30").
func (c *ctx) valueBefore(i int) bool {
	for k := max(i-5, 0); k < i-1; k++ {
		if c.t[k].k == kWord && valueWords[c.lower(k)] {
			return true
		}
	}
	return false
}

// valueAfter: the token at j makes the number before it an amount ("2.35
// percent", "4.25 a share", "1.20 pence").
func (c *ctx) valueAfter(j int) bool {
	if c.isP(j, '%') {
		return true
	}
	if j >= len(c.t) || c.t[j].k != kWord {
		return false
	}
	w := c.lower(j)
	return c.id(j) == wA || c.id(j) == wPer || amountWords[w] || unitAfter[w]
}

// secondClock: the "14.15" at i, after "at", ends a pair whose first time
// a verb of starting cues within the six tokens before ("began at 12.30
// and ended at 14.15", "arrived at 9.05, left at 11.40").
func (c *ctx) secondClock(i int) bool {
	for q := i - 3; q >= 2 && q >= i-7; q-- {
		if c.clockDecimal(q) && c.id(q-1) == wAt && clockVerbs[c.lower(q-2)] && !c.valueBefore(q) {
			return true
		}
	}
	return false
}

// mPastTo: "half past three", "a quarter past nine", "quarter to ten": a
// clock time without am/pm; a quarter only after a preposition of time ("at
// a quarter to nine"), since "cut by a quarter to 12 jobs" is a fraction.
func (c *ctx) mPastTo(i int) (hit, bool) {
	k := i
	if c.id(k) == wA && c.t[k].n == 1 {
		k++
	}
	m := 15
	switch {
	case c.id(k) == wHalf && k == i:
		m = 30
	case c.id(k) == wQuarterU && !c.t[k].pl:
	default:
		return noHit, false
	}
	to := c.id(k+1) == wTo
	if !to && c.id(k+1) != wPast || to && m == 30 {
		return noHit, false
	}
	h, j := c.hourAt(k + 2)
	if h < 1 || (to || m == 15) && !c.timePrep(i-1) {
		return noHit, false
	}
	if to {
		h, m = (h+10)%12+1, 45
	}
	if pm, ok := c.partAfterHour(j); ok {
		if pm && h < 12 {
			h += 12
		}
		j += 3
	}
	cb := pad2(make([]byte, 0, 5), h)
	cb = append(cb, ':')
	e := Expr{Type: Clock, Clock: string(pad2(cb, m))}
	return hit{i: i, j: j, e: e, clk: &clock{h: h, m: m, prec: Minute}}, true
}

// hourAt reads an hour 1-12 at k, "three" or "3"; -1 when there is none.
func (c *ctx) hourAt(k int) (int, int) {
	if (c.id(k) == wNumWord || c.isNum(k) && c.t[k].nd <= 2) && c.t[k].n >= 1 && c.t[k].n <= 12 {
		if c.isP(k+1, ':') || c.isP(k+1, '-') && c.adj(k+1) || c.isP(k+1, '%') || c.id(k+1) == wPer || c.textAt(k+1) == "percent" {
			return -1, k // "twenty-four", "3:15", "9 percent"
		}
		return c.t[k].n, k + 1
	}
	return -1, k
}

// timePrep: the word at i is a preposition that governs a clock time.
func (c *ctx) timePrep(i int) bool {
	switch c.id(i) {
	case wAt, wFrom, wUntil, wBefore, wAfter, wAround, wSince:
		return true
	}
	return false
}
