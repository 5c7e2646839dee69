package timex

import (
	"strconv"
	"time"
)

// Calendar arithmetic. All dates are civil days: midnight UTC, so that
// AddDate never crosses a daylight-saving change and two days compare equal
// whatever zone the reference date came in.

func civil(y, m, d int) time.Time { return time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC) }

func dayOf(t time.Time) time.Time {
	y, m, d := t.Date()
	return civil(y, int(m), d)
}

func daysIn(y, m int) int { return civil(y, m+1, 0).Day() }

func validDay(y, m, d int) bool { return m >= 1 && m <= 12 && d >= 1 && d <= daysIn(y, m) }

// isoWeekday is 0 for Monday .. 6 for Sunday.
func isoWeekday(t time.Time) int { return (int(t.Weekday()) + 6) % 7 }

// weekStart is the Monday of t's ISO week.
func weekStart(t time.Time) time.Time { return t.AddDate(0, 0, -isoWeekday(t)) }

func pad2(b []byte, n int) []byte {
	return append(b, byte('0'+n/10%10), byte('0'+n%10))
}

func pad4(b []byte, n int) []byte {
	if n < 0 || n > 9999 {
		return strconv.AppendInt(b, int64(n), 10)
	}
	return append(b, byte('0'+n/1000), byte('0'+n/100%10), byte('0'+n/10%10), byte('0'+n%10))
}

func appendDay(b []byte, t time.Time) []byte {
	y, m, d := t.Date()
	b = pad4(b, y)
	b = append(b, '-')
	b = pad2(b, int(m))
	b = append(b, '-')
	return pad2(b, d)
}

func fmtDay(t time.Time) string { return string(appendDay(make([]byte, 0, 10), t)) }

func fmtMonth(y, m int) string {
	b := pad4(make([]byte, 0, 7), y)
	b = append(b, '-')
	return string(pad2(b, m))
}

func fmtYear(y int) string { return string(pad4(make([]byte, 0, 4), y)) }

// Expression constructors. They fill Type, Value, Precision, Begin and Last;
// the matcher fills Text, offsets and flags.

func exprDay(t time.Time) Expr {
	return Expr{Type: Date, Value: fmtDay(t), Precision: Day, Begin: t, Last: t}
}

func exprMonth(y, m int) Expr {
	// Normalise month overflow from arithmetic such as "last month" in January.
	t := civil(y, m, 1)
	y, m = t.Year(), int(t.Month())
	return Expr{Type: Date, Value: fmtMonth(y, m), Precision: Month, Begin: t, Last: civil(y, m, daysIn(y, m))}
}

func exprYear(y int) Expr {
	return Expr{Type: Date, Value: fmtYear(y), Precision: Year, Begin: civil(y, 1, 1), Last: civil(y, 12, 31)}
}

// Vague references (TIMEX3 PAST_REF, PRESENT_REF, FUTURE_REF): "recently",
// "now", "in the coming days". They have no Precision and no days, so that
// nothing downstream reads them as a date.
const (
	pastRef    = "PAST_REF"
	presentRef = "PRESENT_REF"
	futureRef  = "FUTURE_REF"
)

func exprVague(v string) Expr {
	return Expr{Type: Date, Value: v, Relative: true, Future: v == futureRef}
}

// exprSpan is a range of whole days written "a/b".
func exprSpan(b, l time.Time, p Precision) Expr {
	if l.Before(b) {
		b, l = l, b
	}
	if b.Equal(l) {
		return exprDay(b)
	}
	v := appendDay(make([]byte, 0, 21), b)
	v = append(v, '/')
	v = appendDay(v, l)
	return Expr{Type: Date, Value: string(v), Precision: p, Begin: b, Last: l}
}

func exprWeek(t time.Time) Expr {
	s := weekStart(t)
	return exprSpan(s, s.AddDate(0, 0, 6), Week)
}

func exprQuarter(y, q int) Expr {
	b := civil(y, 3*(q-1)+1, 1)
	return exprSpan(b, b.AddDate(0, 3, -1), Quarter)
}

// exprMonths is a range of whole months ("summer 2025" = 2025-06/2025-08).
func exprMonths(y, m, n int, p Precision) Expr {
	b := civil(y, m, 1)
	l := b.AddDate(0, n, -1)
	return Expr{Type: Date, Value: fmtMonth(b.Year(), int(b.Month())) + "/" + fmtMonth(l.Year(), int(l.Month())),
		Precision: p, Begin: b, Last: l}
}

func exprYears(a, b int) Expr {
	if a == b {
		return exprYear(a)
	}
	return Expr{Type: Date, Value: fmtYear(a) + "/" + fmtYear(b), Precision: Range, Begin: civil(a, 1, 1), Last: civil(b, 12, 31)}
}

func exprDecade(y int) Expr {
	return exprSpan(civil(y, 1, 1), civil(y+9, 12, 31), Decade)
}

// exprHundreds is "the 1990s" (a decade) or, for a year that ends in 00
// before 2000, "the 1800s", "the early 1900s": the century those years
// begin, as writers mean it (not 1800-1809). "The 2000s" stays the decade.
func exprHundreds(y int) Expr {
	if y%100 == 0 && y < 2000 {
		return exprSpan(civil(y, 1, 1), civil(y+99, 12, 31), Range)
	}
	return exprDecade(y)
}

// exprPartOfMonth is early (1-10), mid (11-20) or late (21-end) in a month:
// the thirds newsrooms mean by those words.
func exprPartOfMonth(y, m int, part wid) Expr {
	switch part {
	case wEarly, wBeginning:
		return exprSpan(civil(y, m, 1), civil(y, m, 10), Range)
	case wMid, wMiddle:
		return exprSpan(civil(y, m, 11), civil(y, m, 20), Range)
	}
	return exprSpan(civil(y, m, 21), civil(y, m, daysIn(y, m)), Range)
}

func modOf(part wid) string {
	switch part {
	case wEarly, wBeginning:
		return "START"
	case wMid, wMiddle:
		return "MID"
	}
	return "END"
}

// Zones. Offsets of named zones, with daylight saving computed from the
// date so that "15:30 Kyiv time" in July is +03:00 and in January +02:00.

type zoneRule struct {
	std int  // minutes east of UTC in winter
	dst int  // minutes east of UTC in summer; 0 = no DST
	eu  bool // EU rule (last Sunday of March to last Sunday of October), else US rule
}

var zoneRules = map[string]zoneRule{
	"gmt": {std: 0}, "utc": {std: 0}, "z": {std: 0}, "greenwich": {std: 0},
	"bst": {std: 60}, "wet": {std: 0}, "west": {std: 60},
	"cet": {std: 60}, "cest": {std: 120}, "eet": {std: 120}, "eest": {std: 180},
	"msk": {std: 180}, "moscow": {std: 180}, "moscow's": {std: 180},
	"est": {std: -300}, "edt": {std: -240}, "cst": {std: -360}, "cdt": {std: -300},
	"mst": {std: -420}, "mdt": {std: -360}, "pst": {std: -480}, "pdt": {std: -420},
	"et": {std: -300, dst: -240}, "ct": {std: -360, dst: -300}, "mt": {std: -420, dst: -360}, "pt": {std: -480, dst: -420},
	"eastern": {std: -300, dst: -240}, "central": {std: -360, dst: -300}, "mountain": {std: -420, dst: -360}, "pacific": {std: -480, dst: -420},
	"washington": {std: -300, dst: -240}, "york": {std: -300, dst: -240}, "florida": {std: -300, dst: -240}, "houston": {std: -360, dst: -300},
	"jst": {std: 540}, "kst": {std: 540}, "tokyo": {std: 540}, "japan": {std: 540}, "seoul": {std: 540},
	"ist": {std: 330}, "india": {std: 330}, "delhi": {std: 330},
	"aest": {std: 600}, "aedt": {std: 660}, "sydney": {std: 600, dst: 660},
	"hkt": {std: 480}, "sgt": {std: 480}, "beijing": {std: 480}, "china": {std: 480},
	"kyiv": {std: 120, dst: 180, eu: true}, "kiev": {std: 120, dst: 180, eu: true}, "ukraine": {std: 120, dst: 180, eu: true}, "ukrainian": {std: 120, dst: 180, eu: true},
	"london": {std: 0, dst: 60, eu: true}, "uk": {std: 0, dst: 60, eu: true}, "british": {std: 0, dst: 60, eu: true},
	"paris": {std: 60, dst: 120, eu: true}, "berlin": {std: 60, dst: 120, eu: true}, "brussels": {std: 60, dst: 120, eu: true},
	"geneva": {std: 60, dst: 120, eu: true}, "rome": {std: 60, dst: 120, eu: true}, "madrid": {std: 60, dst: 120, eu: true},
	"warsaw": {std: 60, dst: 120, eu: true}, "european": {std: 60, dst: 120, eu: true},
	"istanbul": {std: 180}, "ankara": {std: 180}, "dubai": {std: 240}, "riyadh": {std: 180}, "tehran": {std: 210},
	"israel": {std: 120, dst: 180, eu: true}, "jerusalem": {std: 120, dst: 180, eu: true},
}

func lastSunday(y, m int) time.Time {
	t := civil(y, m, daysIn(y, m))
	return t.AddDate(0, 0, -int(t.Weekday()))
}

func nthSunday(y, m, n int) time.Time {
	t := civil(y, m, 1)
	t = t.AddDate(0, 0, (7-int(t.Weekday()))%7)
	return t.AddDate(0, 0, 7*(n-1))
}

// zoneOffset is the ISO suffix for a zone word on a given day: "Z" for UTC,
// "+02:00" otherwise; "" when the zone is unknown (the value then has no
// suffix, as for a local time).
func zoneOffset(name string, day time.Time) string {
	r, ok := zoneRules[name]
	if !ok {
		return ""
	}
	off := r.std
	if r.dst != 0 && !day.IsZero() {
		y := day.Year()
		var from, to time.Time
		if r.eu {
			from, to = lastSunday(y, 3), lastSunday(y, 10)
		} else {
			from, to = nthSunday(y, 3, 2), nthSunday(y, 11, 1)
		}
		if !day.Before(from) && day.Before(to) {
			off = r.dst
		}
	}
	return fmtOffset(off)
}

func fmtOffset(off int) string {
	if off == 0 {
		return "Z"
	}
	b := make([]byte, 0, 6)
	if off < 0 {
		b = append(b, '-')
		off = -off
	} else {
		b = append(b, '+')
	}
	b = pad2(b, off/60)
	b = append(b, ':')
	return string(pad2(b, off%60))
}
