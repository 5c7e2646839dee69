package timex

import "time"

func unresolved(fut bool) Expr { return Expr{Type: Date, Relative: true, Future: fut} }

// nearYear picks the year for a month and day written without one: the
// candidate inside a one-year window around the reference date that the
// tense points to (news mostly reports the past ~10 months and announces
// the near future).
func (c *ctx) nearYear(m, d, tense int) int {
	lo, hi := dayWindow(tense)
	ry := c.ref.Year()
	for y := ry - 1; y <= ry+1; y++ {
		dd := d
		if dd > daysIn(y, m) {
			dd = daysIn(y, m)
		}
		diff := int(civil(y, m, dd).Sub(c.ref).Hours() / 24)
		if diff > lo && diff <= hi {
			return y
		}
	}
	return ry
}

// dayWindow is the window of days, (lo, hi] from the reference date, in
// which a tense looks for a day written without its year.
func dayWindow(tense int) (lo, hi int) {
	switch {
	case tense < 0:
		return -358, 7
	case tense > 0:
		return -7, 358
	}
	return -305, 60
}

// nearMonthYear is the same for a month alone, counted in months.
func (c *ctx) nearMonthYear(m, tense int) int {
	lo, hi := -8, 3
	switch {
	case tense < 0:
		lo, hi = -11, 0
	case tense > 0:
		lo, hi = 0, 11
	}
	ry, rm := c.ref.Year(), int(c.ref.Month())
	for y := ry - 1; y <= ry+1; y++ {
		diff := (y*12 + m) - (ry*12 + rm)
		if diff >= lo && diff <= hi {
			return y
		}
	}
	return ry
}

// weekdayFrom resolves a weekday. mode 0 follows the tense: past and
// neutral give the most recent such day (the reference day itself when it
// is that weekday: news dates events by weekday even on the same day),
// future gives the next one after the reference day. 'l' is "last"
// (strictly before), 'n' "next" (strictly after), 't' "this" (in the
// reference day's ISO week).
func (c *ctx) weekdayFrom(wd int, mode byte, tense int) time.Time {
	rw := isoWeekday(c.ref)
	switch mode {
	case 'l':
		d := (rw - wd + 7) % 7
		if d == 0 {
			d = 7
		}
		return c.ref.AddDate(0, 0, -d)
	case 'n':
		d := (wd - rw + 7) % 7
		if d == 0 {
			d = 7
		}
		return c.ref.AddDate(0, 0, d)
	case 't':
		return weekStart(c.ref).AddDate(0, 0, wd)
	}
	if tense > 0 {
		// "will meet on Thursday" written on a Thursday is next week's:
		// the same day would be "today" or "later on Thursday".
		d := (wd - rw + 7) % 7
		if d == 0 {
			d = 7
		}
		return c.ref.AddDate(0, 0, d)
	}
	return c.ref.AddDate(0, 0, -((rw - wd + 7) % 7))
}

// yearlyCustom: a present-tense verb of a yearly custom stands in the
// words before i ("Ukraine marks Independence Day on August 24", "the town
// celebrates its founding on June 2"). The sentence tells a habit, not a
// past report, so its day is the nearest occurrence (nearestYear), which
// is the one a story about the custom is written around, before or after.
func (c *ctx) yearlyCustom(i int) bool {
	for k := i - 1; k >= 0 && k >= i-8; k-- {
		if c.t[k].k != kWord {
			continue
		}
		switch c.lower(k) {
		case "since", "ago", "after", "years":
			return false // "marks ten years since the flood on May 2": a past day
		}
		if customVerbs[c.lower(k)] {
			return true
		}
	}
	return false
}

// nearestYear is the year that puts month m, day d nearest the reference
// date, on either side.
func (c *ctx) nearestYear(m, d int) int {
	ry := c.ref.Year()
	best, bd := ry, 1<<30
	for y := ry - 1; y <= ry+1; y++ {
		dd := min(d, daysIn(y, m))
		diff := int(civil(y, m, dd).Sub(c.ref).Hours() / 24)
		if diff < 0 {
			diff = -diff
		}
		if diff < bd {
			best, bd = y, diff
		}
	}
	return best
}
