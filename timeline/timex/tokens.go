package timex

import "strings"

func (c *ctx) id(i int) wid {
	if i < 0 || i >= len(c.t) {
		return wNone
	}
	return c.t[i].id
}

func (c *ctx) isP(i int, p byte) bool {
	return i >= 0 && i < len(c.t) && c.t[i].k == kPunct && c.t[i].p == p
}

// adj is true when token i touches the previous one ("mid-January").
func (c *ctx) adj(i int) bool { return i >= 0 && i < len(c.t) && !c.t[i].sp }

func (c *ctx) text(i int) string { return c.s[c.t[i].s:c.t[i].e] }

func (c *ctx) isNum(i int) bool {
	return i >= 0 && i < len(c.t) && c.t[i].k == kNum && !c.t[i].grp && !c.t[i].dec
}

// dayNum is a day of the month: one or two digits, 1-31.
func (c *ctx) dayNum(i int) (int, bool) {
	if !c.isNum(i) || c.t[i].nd > 2 || c.t[i].n < 1 || c.t[i].n > 31 {
		return 0, false
	}
	// "22:00" is a clock, not a day.
	if c.isP(i+1, ':') && c.adj(i+1) && c.isNum(i+2) && c.adj(i+2) {
		return 0, false
	}
	return c.t[i].n, true
}

// year4 is a four-digit year 1000-2999.
func (c *ctx) year4(i int) (int, bool) {
	if !c.isNum(i) || c.t[i].nd != 4 || c.t[i].n < 1000 || c.t[i].n > 2999 {
		return 0, false
	}
	return c.t[i].n, true
}

// month is a capitalised month name; abbreviations must be followed by a
// number or a full stop ("Jan. 22", "Jan 22"). Returns the month and the
// token after it.
func (c *ctx) month(i int) (int, int, bool) {
	if i < 0 || i >= len(c.t) {
		return 0, 0, false
	}
	t := &c.t[i]
	if t.id < wJan || t.id > wDec || !t.up {
		return 0, 0, false
	}
	j := i + 1
	if t.ab {
		if c.isP(j, '.') && c.adj(j) {
			j++
		} else if !c.isNum(j) {
			return 0, 0, false
		}
	}
	return t.n, j, true
}

func (c *ctx) weekday(i int) (int, bool) {
	if i < 0 || i >= len(c.t) {
		return 0, false
	}
	t := &c.t[i]
	if t.id < wMon || t.id > wSun || !t.up || t.ab && !c.dayAbbreviation(i) {
		return 0, false
	}
	return t.n, true
}

// dayAbbreviation reports a weekday's abbreviation with its full stop:
// "on Tues.", "Thurs.", and the ones that are also words or names ("Sun",
// "Wed", "Sat") when capitalised inside the sentence after a lower-case
// word that is no article or possessive ("resume Wed. in Geneva", "said
// on Mon. that"; not "the Sun.", "the Toronto Sun.", "He sat.").
func (c *ctx) dayAbbreviation(i int) bool {
	t := &c.t[i]
	if !c.isP(i+1, '.') || !c.adj(i+1) {
		return false
	}
	if unambiguousDays[strings.ToLower(c.s[t.s:t.e])] {
		return true
	}
	if !t.up || i == 0 || c.t[i-1].k != kWord || c.t[i-1].up {
		return false
	}
	if n := i + 2; n < len(c.t) && c.t[n].k == kWord && c.t[n].up && !(c.t[n].id >= wJan && c.t[n].id <= wDec) {
		return false // "Sun. Ra": a name goes on
	}
	return !determiners[strings.ToLower(c.text(i-1))]
}

// determiners before a capitalised word make it a name ("the Sun").
var determiners = map[string]bool{"the": true, "a": true, "an": true, "this": true, "that": true, "his": true, "her": true,
	"its": true, "their": true, "our": true, "my": true, "your": true, "of": true}

// unambiguousDays are the weekdays' abbreviations that are no English
// word ("Sun", "Sat", "Wed", "Mon", "Fri" are, or names).
var unambiguousDays = map[string]bool{"tue": true, "tues": true, "thu": true, "thur": true, "thurs": true}

func isUnit(id wid) bool { return id >= wSecond && id <= wCentury }
