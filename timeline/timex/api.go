package timex

import "time"

// Type is the TIMEX3-like type of an expression.
type Type string

const (
	Date     Type = "date"     // a calendar day, week, month, season, quarter or year, or a range of them
	Clock    Type = "time"     // a time of day, possibly with a zone
	Duration Type = "duration" // "for five hours", "after years of conflict"
	Set      Type = "set"      // "every Monday", "weekly"
)

// Precision is how precisely a value is known.
type Precision string

const (
	Unknown Precision = ""        // no value
	Minute  Precision = "minute"  // 2026-01-22T12:00
	Hour    Precision = "hour"    // 2026-01-22T12
	Day     Precision = "day"     // 2026-01-22
	Week    Precision = "week"    // 2026-01-19/2026-01-25 (ISO week, Monday to Sunday)
	Month   Precision = "month"   // 2026-01
	Quarter Precision = "quarter" // 2026-01-01/2026-03-31
	Season  Precision = "season"  // a range of months
	Year    Precision = "year"    // 2026
	Decade  Precision = "decade"  // 2020-01-01/2029-12-31
	Range   Precision = "range"   // any other "a/b" range, e.g. late December = 2025-12-21/2025-12-31
)

// Expr is one time expression found in a sentence.
type Expr struct {
	Text       string // exactly sentence[Start:End]
	Start, End int    // byte offsets in the sentence passed to Find
	Type       Type
	// Value is the normalised ISO 8601 value: "2026-01-22", "2026-01",
	// "2026", "2026-01-19/2026-01-25", "2026-01-22T12:00" (with "Z" or an
	// offset when the zone is known), "PT5H" / "PXY" for durations,
	// "XXXX-WXX-1" style or "P1W" for sets. "" when it cannot be resolved
	// (relative expression without a reference date).
	Value     string
	Precision Precision
	// Begin and Last are the first and last calendar day the value covers
	// (equal for a day); zero when Value is "" or not a date.
	Begin, Last time.Time
	// Clock is "HH:MM" and Zone the zone as written ("GMT", "Kyiv time"),
	// when the expression states a time of day.
	Clock, Zone string
	// Relative is true when the value was computed from the reference date
	// ("on Thursday", "this week", "last month") rather than read whole.
	Relative bool
	// Future is true when the expression points after the reference date
	// ("next week", "on Friday" in a future-tense sentence, "tomorrow").
	Future bool
	// Anchored is true when the text counts from a time the story itself
	// sets ("the following day", "the day before", "two weeks later"). The
	// value is counted from the nearest earlier date in the same sentence;
	// failing that, from the reference date when the clause's tense agrees
	// (a past clause cannot count forward from publication); otherwise it
	// is left unresolved. A caller that knows the story's current date may
	// prefer it to the reference date.
	Anchored bool
	// Mod is the TIMEX3 modifier of a value that is coarser than the text:
	// "START" for "early 2025", "MID" for "mid-2025", "END" for "late 2025"
	// or "the end of the year" (the value stays the year, as TIMEX3 has it).
	Mod string
}
