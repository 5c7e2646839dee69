package timex

import "testing"

func TestParseDate(t *testing.T) {
	for _, tc := range []struct {
		in, value string
		prec      Precision
		clock     string
	}{
		{"2026-01-22", "2026-01-22", Day, ""},
		{"  2026-01-22  # inferred from the dateline", "2026-01-22", Day, ""},
		{"'2026-01-22'", "2026-01-22", Day, ""},
		{"2026-01-22T10:15:00Z", "2026-01-22", Day, "10:15"},
		{"2026-01-22T10:15:00+02:00", "2026-01-22", Day, "10:15"},
		{"2026-01-22T23:30:00-05:00", "2026-01-22", Day, "23:30"},
		{"2026-01-22T10:15:00.123Z", "2026-01-22", Day, "10:15"},
		{"2026-01-22 10:15:00", "2026-01-22", Day, "10:15"},
		{"Thu, 22 Jan 2026 10:15:00 GMT", "2026-01-22", Day, "10:15"},
		{"Thu, 22 Jan 2026 10:15:00 +0000", "2026-01-22", Day, "10:15"},
		{"22 Jan 26 10:15 GMT", "2026-01-22", Day, "10:15"},
		{"January 22, 2026", "2026-01-22", Day, ""},
		{"22 January 2026", "2026-01-22", Day, ""},
		{"Thursday 22 January 2026", "2026-01-22", Day, ""},
		{"Thursday, January 22, 2026 - 10:15", "2026-01-22", Day, "10:15"},
		{"2026-01", "2026-01", Month, ""},
		{"January 2026", "2026-01", Month, ""},
		{"2026", "2026", Year, ""},
	} {
		e, ok := ParseDate(tc.in)
		if !ok || e.Value != tc.value || e.Precision != tc.prec || e.Clock != tc.clock {
			t.Errorf("ParseDate(%q) = %q %s clock %q ok=%v; want %q %s %q", tc.in, e.Value, e.Precision, e.Clock, ok, tc.value, tc.prec, tc.clock)
		}
	}
	for _, in := range []string{"", "   ", "yesterday", "not a date", "2026-13-01", "Thursday"} {
		if e, ok := ParseDate(in); ok {
			t.Errorf("ParseDate(%q) = %+v; want failure", in, e)
		}
	}
}

func TestInterval(t *testing.T) {
	for _, tc := range []struct {
		in          string
		begin, last string
		prec        Precision
	}{
		{"2026-01-22", "2026-01-22", "2026-01-22", Day},
		{"2026-01-22T12:00Z", "2026-01-22", "2026-01-22", Minute},
		{"2026-01-22T12", "2026-01-22", "2026-01-22", Hour},
		{"2026-01-22TMO", "2026-01-22", "2026-01-22", Day},
		{"2026-01", "2026-01-01", "2026-01-31", Month},
		{"2024-02", "2024-02-01", "2024-02-29", Month},
		{"2026", "2026-01-01", "2026-12-31", Year},
		{"2026-W04", "2026-01-19", "2026-01-25", Week},
		{"2026-W01", "2025-12-29", "2026-01-04", Week},
		{"2026-01-19/2026-01-25", "2026-01-19", "2026-01-25", Week},
		{"2026-01-01/2026-03-31", "2026-01-01", "2026-03-31", Quarter},
		{"2026-Q2", "2026-04-01", "2026-06-30", Quarter},
		{"2025-06/2025-08", "2025-06-01", "2025-08-31", Season},
		{"2025-SU", "2025-06-01", "2025-08-31", Season},
		{"2020-01-01/2029-12-31", "2020-01-01", "2029-12-31", Decade},
		{"199", "1990-01-01", "1999-12-31", Decade},
		{"2025-12-21/2025-12-31", "2025-12-21", "2025-12-31", Range},
		{"2025/2026", "2025-01-01", "2026-12-31", Range},
		{"2024-11/2025-11", "2024-11-01", "2025-11-30", Range},
	} {
		b, l, p, ok := Interval(tc.in)
		if !ok || !b.Equal(day(tc.begin)) || !l.Equal(day(tc.last)) || p != tc.prec {
			t.Errorf("Interval(%q) = %v %v %s %v; want %s %s %s", tc.in, b.Format("2006-01-02"), l.Format("2006-01-02"), p, ok, tc.begin, tc.last, tc.prec)
		}
	}
	for _, in := range []string{"", "P5H", "PXY", "PAST_REF", "XXXX-WXX-1", "2026-13", "2026-02-30", "2026-01-25/2026-01-19", "20", "abcd"} {
		if _, _, _, ok := Interval(in); ok {
			t.Errorf("Interval(%q) ok; want failure", in)
		}
	}
}

func FuzzParseDate(f *testing.F) {
	for _, s := range []string{"2026-01-22", "2026-01-22T10:15:00+02:00", "Thu, 22 Jan 2026 10:15:00 GMT", "January 22, 2026", "2026-01 # c", "2026"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		e, ok := ParseDate(s)
		if !ok {
			return
		}
		if e.Start < 0 || e.End > len(s) || e.Start > e.End || s[e.Start:e.End] != e.Text {
			t.Fatalf("ParseDate(%q): bad span %d:%d %q", s, e.Start, e.End, e.Text)
		}
		b, l, _, iok := Interval(e.Value)
		if !iok || !b.Equal(e.Begin) || !l.Equal(e.Last) {
			t.Fatalf("ParseDate(%q) = %q does not parse back", s, e.Value)
		}
	})
}
