package timex

import "strings"

// mDeictic: today, tonight, yesterday, tomorrow (with a part of the day),
// now, nowadays, currently, recently, lately, soon, overnight.
func (c *ctx) mDeictic(i int) (hit, bool) {
	t := &c.t[i]
	off := 0
	j := i + 1
	switch t.id {
	case wToday:
		// "USA Today", "Russia Today": a title, not a day.
		if t.up && i > 0 && c.t[i-1].k == kWord && c.t[i-1].up {
			return noHit, false
		}
	case wTonight:
		return c.dayPart(i, j, 0, "NI")
	case wYesterday:
		off = -1
	case wTomorrow:
		off = 1
	case wNow, wCurrently:
		return c.mk(i, j, exprVague(presentRef))
	case wRecently, wLately:
		if c.asAs(i) {
			return noHit, false // "as recently as 2019": the bound is the time
		}
		return c.mk(i, j, exprVague(pastRef))
	case wSoon:
		if c.asAs(i) && c.textAt(i+2) != "possible" {
			return noHit, false // "as soon as she could": a conjunction
		}
		return c.mk(i, j, exprVague(futureRef))
	case wOvernight:
		if !c.hasRef {
			return c.mk(i, j, unresolved(false))
		}
		// The night before the reference date, or the coming one in a
		// future-tense clause ("they will stay overnight").
		var e Expr
		if c.tense(i, j) > 0 {
			e = exprSpan(c.ref, c.ref.AddDate(0, 0, 1), Range)
		} else {
			e = exprSpan(c.ref.AddDate(0, 0, -1), c.ref, Range)
		}
		e.Relative = true
		return c.mk(i, j, e)
	}
	if p, ok := partCodes[c.id(j)]; ok && c.t[j].k == kWord {
		return c.dayPart(i, j+1, off, p)
	}
	return c.mk(i, j, c.dayOff(off))
}

func (c *ctx) dayOff(off int) Expr {
	if !c.hasRef {
		return unresolved(off > 0)
	}
	e := exprDay(c.ref.AddDate(0, 0, off))
	e.Relative = true
	return e
}

// dayPart is a part of a day relative to the reference date ("this
// morning", "last night", "tomorrow evening"): TIMEX3 writes 2026-01-22TMO.
func (c *ctx) dayPart(i, j, off int, part string) (hit, bool) {
	e := c.dayOff(off)
	e.Type = Clock
	return hit{i: i, j: j, e: e, clk: &clock{part: part, h: -1, dated: c.hasRef}}, true
}

// mAt: "at present", "at the moment" (PRESENT_REF). "At the moment of the
// blast" and "at the moment when ..." name another time: no match.
func (c *ctx) mAt(i int) (hit, bool) {
	k := i + 1
	switch c.id(k) {
	case wPresent:
		return c.mk(i, k+1, exprVague(presentRef))
	case wThe, wThat:
		if c.id(k+1) == wTimeW && !c.t[k+1].pl {
			return c.atTheTime(i, k+2) // ("at that time" as "at the time")
		}
		if c.id(k) == wThat {
			return noHit, false
		}
		if c.id(k+1) != wMoment {
			return noHit, false
		}
		if n := k + 2; c.id(n) == wOf || n < len(c.t) && c.t[n].k == kWord && (c.text(n) == "when" || c.text(n) == "that") {
			return noHit, false
		}
		return c.mk(i, k+2, exprVague(presentRef))
	}
	return noHit, false
}

// mThese: "these days" (PRESENT_REF), but not "these days of crisis".
func (c *ctx) mThese(i int) (hit, bool) {
	if c.id(i+1) != wDay || !c.t[i+1].pl || c.id(i+2) == wOf {
		return noHit, false
	}
	return c.mk(i, i+2, exprVague(presentRef))
}

// mTrading: "in morning trading", "during afternoon trading": that part of
// the reference day, when the market news is written.
func (c *ctx) mTrading(i int) (hit, bool) {
	if i+1 >= len(c.t) || c.text(i+1) != "trading" || c.t[i].up || c.id(i+2) == wOn {
		return noHit, false // ("afternoon trading on Monday": Monday's)
	}
	switch c.id(i - 1) {
	case wIn, wDuring, wEarly, wLate, wBy:
	default:
		return noHit, false
	}
	return c.dayPart(i, i+1, 0, partCodes[c.id(i)])
}

// asAs: the word at i stands in "as ... as" ("as soon as", "as
// recently as").
func (c *ctx) asAs(i int) bool {
	return strings.EqualFold(c.textAt(i-1), "as") && c.textAt(i+1) == "as"
}

// atTheTime: "at the time" standing alone in a past sentence ("At the
// time, ...", "... at the time.") is a vague past (PAST_REF); "at the time
// of the blast", "at the time agreed" name another time, and "is not
// available at the time" means now.
func (c *ctx) atTheTime(i, j int) (hit, bool) {
	if j < len(c.t) && c.t[j].k != kPunct {
		return noHit, false
	}
	if c.tense(i, j) >= 0 {
		return noHit, false
	}
	return c.mk(i, j, exprVague(pastRef))
}

// mBackThen: "back then" is a vague past (PAST_REF) where it stands alone,
// opening the clause or closing it ("Back then, ...", "... back then.");
// "pulled back then regrouped" is a verb's "back".
func (c *ctx) mBackThen(i int) (hit, bool) {
	if i+1 >= len(c.t) || !strings.EqualFold(c.text(i+1), "then") {
		return noHit, false
	}
	if i > 0 && c.t[i-1].k != kPunct && (i+2 < len(c.t) && c.t[i+2].k != kPunct) {
		return noHit, false
	}
	return c.mk(i, i+2, exprVague(pastRef))
}
