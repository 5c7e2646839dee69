package timex

import (
	"strings"
	"time"
)

// metaLayouts are the date formats of article metadata (front matter,
// <meta> tags, RSS): ISO 8601 with or without time and zone, and the RFC
// 1123/822 family of feeds and HTTP headers. The date is taken as written,
// in the stated zone: a story published late evening in New York is dated
// by its own calendar day.
var metaLayouts = []string{
	time.RFC3339Nano,
	"2006-01-02T15:04:05Z0700",
	"2006-01-02T15:04:05",
	"2006-01-02T15:04Z07:00",
	"2006-01-02T15:04",
	"2006-01-02 15:04:05Z07:00",
	"2006-01-02 15:04:05 Z07:00",
	"2006-01-02 15:04:05 -0700",
	"2006-01-02 15:04:05 MST",
	"2006-01-02 15:04:05",
	"2006-01-02 15:04",
	time.RFC1123,
	time.RFC1123Z,
	"Mon, 2 Jan 2006 15:04:05 MST",
	"Mon, 2 Jan 2006 15:04:05 -0700",
	"Mon, 2 Jan 2006 15:04 MST",
	"Mon, 2 Jan 2006 15:04 -0700",
	"2 Jan 2006 15:04:05 MST",
	"2 Jan 2006 15:04:05 -0700",
	time.RFC822,
	time.RFC822Z,
	time.RFC850,
	time.ANSIC,
	time.UnixDate,
	"2006-01-02",
	"2006/01/02",
	"20060102",
}

// ParseDate reads a publication date from a metadata field: ISO 8601
// ("2026-01-22", "2026-01-22T10:15:00+02:00", "2026-01"), RFC 1123/822
// ("Thu, 22 Jan 2026 10:15:00 GMT") or written English ("January 22,
// 2026", "Thursday 22 January 2026"). Quotes, trailing spaces and a
// trailing "# comment" are ignored. The result is the day (or the month or
// year when that is all the field says); Clock and Zone are set when a time
// of day was given.
func ParseDate(s string) (Expr, bool) {
	start, end := trimField(s)
	if start >= end {
		return Expr{}, false
	}
	f := s[start:end]
	for _, layout := range metaLayouts {
		t, err := time.Parse(layout, f)
		if err != nil {
			continue
		}
		e := exprDay(civil(t.Year(), int(t.Month()), t.Day()))
		e.Text, e.Start, e.End = f, start, end
		if strings.Contains(layout, "15:04") {
			e.Clock = t.Format("15:04")
			if name, off := t.Zone(); name != "" {
				e.Zone = name
			} else if strings.Contains(layout, "Z07") || strings.Contains(layout, "-0700") || strings.Contains(layout, "Z0700") {
				e.Zone = fmtOffset(off / 60)
			}
		}
		return e, true
	}
	// "2026-01", "2026"
	if len(f) == 7 && f[4] == '-' && allDigits(f[:4]) && allDigits(f[5:]) {
		y, m := atoi(f[:4]), atoi(f[5:])
		if m >= 1 && m <= 12 {
			e := exprMonth(y, m)
			e.Text, e.Start, e.End = f, start, end
			return e, true
		}
	}
	if len(f) == 4 && allDigits(f) {
		e := exprYear(atoi(f))
		e.Text, e.Start, e.End = f, start, end
		return e, true
	}
	// Written dates: the first absolute date expression in the field.
	for _, x := range Find(f, time.Time{}) {
		if x.Type != Date && x.Type != Clock || x.Begin.IsZero() || x.Relative {
			continue
		}
		switch x.Precision {
		case Day, Month, Year, Minute, Hour:
		default:
			continue
		}
		e := x
		if x.Type == Clock {
			e = exprDay(x.Begin)
			e.Clock, e.Zone = x.Clock, x.Zone
		}
		e.Text, e.Start, e.End = f, start, end
		return e, true
	}
	return Expr{}, false
}

// trimField strips spaces, quotes and a YAML-style trailing comment.
func trimField(s string) (int, int) {
	end := len(s)
	if k := strings.Index(s, " #"); k >= 0 {
		end = k
	} else if k := strings.Index(s, "\t#"); k >= 0 {
		end = k
	}
	start := 0
	for start < end && isTrim(s[start]) {
		start++
	}
	for end > start && isTrim(s[end-1]) {
		end--
	}
	return start, end
}

func isTrim(b byte) bool {
	return b == ' ' || b == '\t' || b == '\n' || b == '\r' || b == '"' || b == '\''
}

func allDigits(s string) bool {
	if s == "" {
		return false
	}
	for i := 0; i < len(s); i++ {
		if !isDigit(s[i]) {
			return false
		}
	}
	return true
}

func atoi(s string) int {
	n := 0
	for i := 0; i < len(s); i++ {
		n = n*10 + int(s[i]-'0')
	}
	return n
}

// Interval parses a Value back into the first and last calendar day it
// covers: "2026-01-22", "2026-01-22T12:00Z", "2026-01-22TMO", "2026-01",
// "2026", "2026-W04", "2026-Q1", "2025-SU", decades "199", "a/b" ranges of
// any of these. p is the precision the value is written at (for a range,
// Week, Quarter, Season or Decade when it is exactly one of them, else
// Range). ok is false for durations, sets and PAST_REF-style values.
func Interval(value string) (begin, last time.Time, p Precision, ok bool) {
	v := strings.TrimSpace(value)
	if k := strings.IndexByte(v, '/'); k >= 0 {
		b1, _, p1, ok1 := interval1(v[:k])
		_, l2, p2, ok2 := interval1(v[k+1:])
		if !ok1 || !ok2 || l2.Before(b1) {
			return time.Time{}, time.Time{}, Unknown, false
		}
		return b1, l2, rangePrecision(b1, l2, p1, p2), true
	}
	return interval1(v)
}

func rangePrecision(b, l time.Time, p1, p2 Precision) Precision {
	if b.Equal(l) {
		return Day
	}
	if p1 == Day && p2 == Day {
		switch {
		case isoWeekday(b) == 0 && l.Equal(b.AddDate(0, 0, 6)):
			return Week
		case b.Day() == 1 && (b.Month()-1)%3 == 0 && l.Equal(b.AddDate(0, 3, -1)):
			return Quarter
		case b.Day() == 1 && b.Month() == 1 && b.Year()%10 == 0 && l.Equal(b.AddDate(10, 0, -1)):
			return Decade
		}
	}
	if p1 == Month && p2 == Month && l.Equal(b.AddDate(0, 3, -1)) && (b.Month()%3 == 0) {
		return Season
	}
	return Range
}

func interval1(v string) (time.Time, time.Time, Precision, bool) {
	bad := func() (time.Time, time.Time, Precision, bool) { return time.Time{}, time.Time{}, Unknown, false }
	n := len(v)
	if n < 3 || !allDigits(v[:3]) {
		return bad()
	}
	if n == 3 {
		y := atoi(v) * 10
		return civil(y, 1, 1), civil(y+9, 12, 31), Decade, true
	}
	if !allDigits(v[:4]) {
		return bad()
	}
	y := atoi(v[:4])
	if n == 4 {
		return civil(y, 1, 1), civil(y, 12, 31), Year, true
	}
	if v[4] != '-' || n < 7 {
		return bad()
	}
	r := v[5:]
	switch {
	case r[0] == 'W' && len(r) >= 3 && allDigits(r[1:3]):
		w := atoi(r[1:3])
		if w < 1 || w > 53 {
			return bad()
		}
		jan4 := civil(y, 1, 4)
		b := weekStart(jan4).AddDate(0, 0, 7*(w-1))
		if len(r) == 5 && r[3] == '-' && r[4] >= '1' && r[4] <= '7' {
			d := b.AddDate(0, 0, int(r[4]-'1'))
			return d, d, Day, true
		}
		if len(r) != 3 {
			return bad()
		}
		return b, b.AddDate(0, 0, 6), Week, true
	case r[0] == 'Q' && len(r) == 2 && r[1] >= '1' && r[1] <= '4':
		b := civil(y, 3*int(r[1]-'1')+1, 1)
		return b, b.AddDate(0, 3, -1), Quarter, true
	case len(r) == 2 && !allDigits(r):
		sm := map[string]int{"SP": 3, "SU": 6, "FA": 9, "AU": 9, "WI": 12}[r]
		if sm == 0 {
			return bad()
		}
		b := civil(y, sm, 1)
		return b, b.AddDate(0, 3, -1), Season, true
	}
	if len(r) < 2 || !allDigits(r[:2]) {
		return bad()
	}
	m := atoi(r[:2])
	if m < 1 || m > 12 {
		return bad()
	}
	if len(r) == 2 {
		return civil(y, m, 1), civil(y, m, daysIn(y, m)), Month, true
	}
	if len(r) < 5 || r[2] != '-' || !allDigits(r[3:5]) {
		return bad()
	}
	d := atoi(r[3:5])
	if !validDay(y, m, d) {
		return bad()
	}
	t := civil(y, m, d)
	rest := r[5:]
	switch {
	case rest == "":
		return t, t, Day, true
	case rest[0] == 'T' || rest[0] == ' ':
		p := Day
		if len(rest) >= 3 && allDigits(rest[1:3]) {
			p = Hour
			if len(rest) >= 6 && rest[3] == ':' && allDigits(rest[4:6]) {
				p = Minute
			}
		}
		return t, t, p, true
	}
	return bad()
}
