package timex

import "testing"

var relativeCases = []findCase{
	// relative to the reference date
	{"Two people were hurt this week in the capital.", thu, "this week", Date, "2026-01-19/2026-01-25", Week},
	{"Two people were hurt this week in the capital.", sun, "this week", Date, "2026-01-19/2026-01-25", Week},
	{"Two people were hurt this week in the capital.", "2025-12-31", "this week", Date, "2025-12-29/2026-01-04", Week},
	{"Two people were hurt last week in the capital.", mon, "last week", Date, "2026-01-19/2026-01-25", Week},
	{"Talks resume next week in Geneva.", thu, "next week", Date, "2026-01-26/2026-02-01", Week},
	{"Talks resume next week in Geneva.", monNY, "next week", Date, "2026-01-05/2026-01-11", Week},
	{"Talks resume next week in Geneva.", wed, "next week", Date, "2025-12-29/2026-01-04", Week},
	{"Sales slumped this month, the survey shows.", thu, "this month", Date, "2026-01", Month},
	{"Sales slumped last month, the survey shows.", jan5, "last month", Date, "2025-12", Month},
	{"Sales slumped last month, the survey shows.", "2025-03-31", "last month", Date, "2025-02", Month},
	{"Sales will recover next month, the survey shows.", "2025-12-15", "next month", Date, "2026-01", Month},
	{"Inflation peaked this year at 9%.", thu, "this year", Date, "2026", Year},
	{"Inflation peaked last year at 9%.", jan3, "last year", Date, "2025", Year},
	{"Inflation will ease next year, the bank said.", thu, "next year", Date, "2027", Year},
	{"Prices doubled over the past week in Kyiv.", thu, "the past week", Date, "2026-01-15/2026-01-22", Range},
	{"Prices doubled in the past 24 hours in Kyiv.", thu, "the past 24 hours", Date, "2026-01-21/2026-01-22", Range},
	// a part of the day is found in a sentence with no other time word
	{"Two men were arrested this morning in a raid on the port.", thu, "this morning", Clock, "2026-01-22TMO", Day},
	{"Gunmen stormed a hotel last night, police said.", thu, "last night", Clock, "2026-01-21TNI", Day},
	{"This afternoon the council voted to close the library.", sun, "This afternoon", Clock, "2026-01-25TAF", Day},
	{"Fans gathered outside the stadium this evening", jan3, "this evening", Clock, "2026-01-03TEV", Day},
	{"Police dispersed the protest last night.", "", "last night", Clock, "", Unknown},
	// the past weekend is the last one, not seven days; "this past" as "the past"
	{"Protests were held over the past weekend.", thu, "the past weekend", Date, "2026-01-17/2026-01-18", Range},
	{"Protests were held this past weekend.", thu, "this past weekend", Date, "2026-01-17/2026-01-18", Range},
	{"Fans will gather over the coming weekend.", thu, "the coming weekend", Date, "2026-01-24/2026-01-25", Range},
}

// TestRelative: this / last / next periods and the past or coming spans.
func TestRelative(t *testing.T) { testFind(t, relativeCases) }
