package timex

import "strconv"

var partCodes = map[wid]string{wMorning: "MO", wAfternoon: "AF", wEvening: "EV", wNight: "NI"}

// namedDayWords before a capitalised weekday make a name ("Black Monday",
// "Bloody Sunday", "Super Tuesday", "Ash Wednesday"), no day of the week.
var namedDayWords = map[string]bool{"Black": true, "Bloody": true, "Super": true, "Blue": true, "Ash": true,
	"Holy": true, "Maundy": true, "Fat": true, "Shrove": true, "Palm": true, "Whit": true, "Manic": true}

// mWeekday: "Thursday", "Thursday night", "Thursday, January 22" (a full
// date after a weekday is read as that date). mode is 0, 'l', 'n' or 't'
// (see weekdayFrom); start is where the text begins ("last Thursday").
func (c *ctx) mWeekday(i int, mode byte, start int) (hit, bool) {
	t := &c.t[i]
	if t.ab {
		// "Thu, 22 Jan 2026", "Tues., May 11"
		k := i + 1
		if c.isP(k, '.') {
			k++
		}
		if c.isP(k, ',') {
			k++
		}
		if h, ok := c.mDayFirst(k); ok {
			h.i = start
			return h, true
		}
		if h, ok := c.mMonthFirst(k); ok {
			h.i = start
			return h, true
		}
		if !c.dayAbbreviation(i) {
			return noHit, false
		}
	}
	wd, ok := c.weekday(i)
	if !ok {
		return noHit, false
	}
	k := i + 1
	if c.isP(k, ',') {
		k++
	}
	if mode == 0 {
		if h, ok := c.mDayFirst(k); ok && h.e.Precision == Day {
			h.i = start
			return h, true
		}
		if h, ok := c.mMonthFirst(k); ok && h.e.Precision == Day {
			h.i = start
			return h, true
		}
	}
	j := i + 1
	if mode == 0 {
		// "the Sunday Times", "Monday Night Football": a weekday followed
		// by a capitalised word is a name unless a preposition says it is
		// a day ("On Monday Trump said").
		if n := i + 1; n < len(c.t) && c.t[n].k == kWord && c.t[n].up && partCodes[c.t[n].id] == "" {
			switch c.id(i - 1) {
			case wOn, wSince, wUntil, wBy, wFrom, wBetween, wAnd, wBefore, wAfter, wTo, wDuring:
			default:
				return noHit, false
			}
		}
		if c.id(i-1) == wThe {
			// "the Monday after the vote", "the Sunday Times": anchored
			// elsewhere, or a name.
			return noHit, false
		}
		if i > 0 && c.t[i-1].up && namedDayWords[c.text(i-1)] {
			return noHit, false // "Black Monday", "Bloody Sunday", "Super Tuesday": a day in history or a name
		}
		if n := i + 2; n < len(c.t) && c.t[i+1].up && partCodes[c.id(i+1)] != "" && c.t[n].k == kWord && c.t[n].up && c.id(n) == wNone {
			// "Saturday Morning Breakfast Cereal", "Monday Night
			// Football": a title, unless a preposition says it is a day
			switch c.id(i - 1) {
			case wOn, wSince, wUntil, wBy, wFrom, wBetween, wAnd, wBefore, wAfter, wTo, wDuring:
			default:
				return noHit, false
			}
		}
		if c.id(i-1) == wA && c.id(i-2) == wOn {
			// "we pick the stories on a Monday": any Monday, each week
			return c.mk(i-1, i+1, Expr{Type: Set, Value: "XXXX-WXX-" + strconv.Itoa(wd+1)})
		}
	}
	part := ""
	if p, ok := partCodes[c.id(j)]; ok && c.t[j].k == kWord {
		part, j = p, j+1
	}
	if !c.hasRef {
		fut := mode == 'n'
		e := unresolved(fut)
		if part != "" {
			e.Type = Clock
			return hit{i: start, j: j, e: e, clk: &clock{part: part, h: -1}}, true
		}
		return c.mk(start, j, e)
	}
	if mode == 0 && part == "" && c.hasRef && c.id(j) == wWeek && !c.t[j].pl && c.t[j].k == kWord && !c.t[j].up &&
		(j+1 >= len(c.t) || c.t[j+1].k == kPunct && c.t[j+1].p != '\'' && c.t[j+1].p != '-') {
		// "Rovers host Leeds on Saturday week": a week after the coming Saturday
		e := exprDay(c.weekdayFrom(wd, 'n', 0).AddDate(0, 0, 7))
		e.Relative, e.Future = true, true
		return c.mk(start, j+1, e)
	}
	if mode == 0 && part == "" {
		if off, ok := c.weekAfter(j); ok {
			// "on Tuesday last week", "Friday this week": that week's day
			e := exprDay(weekStart(c.ref).AddDate(0, 0, 7*off+wd))
			e.Relative = true
			return c.mk(start, j+2, e)
		}
	}
	tense := 0
	if mode == 0 {
		tense = c.weekdayTense(start, j)
		if c.isP(j, '\'') && c.adj(j) && j+1 < len(c.t) && c.text(j+1) == "s" {
			tense = c.possessiveTense(start, j+2)
		}
	}
	d := c.weekdayFrom(wd, mode, tense)
	e := exprDay(d)
	e.Relative = true
	if part != "" {
		e.Type = Clock
		return hit{i: start, j: j, e: e, clk: &clock{part: part, h: -1, dated: true}}, true
	}
	return c.mk(start, j, e)
}

// weekdayTense is the tense of a weekday at [start, j): the clause's,
// but "later on Thursday" on a Thursday is the same day (another day
// goes the clause's way: "will open later on Wednesday" is ahead), what
// "is on Friday" is ahead,
// and the second of "on Tuesday and Wednesday" goes the first's way.
func (c *ctx) weekdayTense(start, j int) int {
	switch {
	case c.id(start-1) == wLater || c.id(start-1) == wOn && c.id(start-2) == wLater:
		if wd, ok := c.weekday(start); ok && c.hasRef && wd != isoWeekday(c.ref) {
			return c.tense(start, j)
		}
		return 0
	case c.id(start-1) == wOn && (c.textAt(start-2) == "is" || c.textAt(start-2) == "are"):
		return 1
	case (c.id(start-1) == wAnd || c.textAt(start-1) == "or") && start >= 2 && c.id(start-2) >= wMon && c.id(start-2) <= wSun && !c.t[start-2].ab:
		return c.weekdayTense(start-2, start-1)
	}
	return c.tense(start, j)
}

// possessiveTense is the tense of a possessive weekday ("Monday's") from
// start to j (past the "'s"). News names a past day so ("Monday's closing
// price", "Sunday's attack", even in a sentence about the future), unless
// the day is ahead ("ahead of Friday's vote", "before Monday's deadline")
// or its own clause says it will be ("Thursday's meeting will ...").
func (c *ctx) possessiveTense(start, j int) int {
	if c.id(start-1) == wBefore || c.id(start-1) == wUntil || c.id(start-1) == wOf && c.text(start-2) == "ahead" {
		return 1
	}
	if c.id(start-1) == wOf {
		return -1 // "the count of Sunday's vote would be delayed": the verb is the count's
	}
	for k := j; k < len(c.t) && k < j+4; k++ {
		if c.isP(k, ',') || c.isP(k, '.') || c.isP(k, ';') {
			break
		}
		if v := c.cue(k); v != 0 {
			return v
		}
	}
	return -1
}

// weekAfter reads "last week", "this week" or "next week" at j, after a
// weekday, and returns the week's offset from the reference date's.
func (c *ctx) weekAfter(j int) (int, bool) {
	if c.id(j+1) != wWeek || c.t[j+1].pl {
		return 0, false
	}
	switch c.id(j) {
	case wLast:
		return -1, true
	case wThis:
		return 0, true
	case wNext:
		return 1, true
	}
	return 0, false
}
