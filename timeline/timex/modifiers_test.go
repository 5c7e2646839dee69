package timex

import "testing"

var modifierCases = []findCase{
	// "late in the day" as "later in the day"; "early in the year" that period with its part
	{"Brenna shares fell on Monday and recovered late in the day.", thu, "late in the day", Date, "2026-01-19", Day},
	{"Halvik usually hires early in the year.", thu, "early in the year", Date, "2026", Year},
	{"The Osterby deal was signed late in the month.", thu, "late in the month", Date, "2026-01", Month},
	{"Talks stalled in mid-January over the border.", thu, "mid-January", Date, "2026-01-11/2026-01-20", Range},
	{"Talks stalled in early December over the border.", thu, "early December", Date, "2025-12-01/2025-12-10", Range},
	{"Talks stalled in late December over the border.", thu, "late December", Date, "2025-12-21/2025-12-31", Range},
	{"Talks stalled in late February 2024 over the border.", thu, "late February 2024", Date, "2024-02-21/2024-02-29", Range},
	{"The factory reopened in early 2025, the firm said.", thu, "early 2025", Date, "2025", Year},
	{"A deal is expected by the end of the month, aides say.", thu, "the end of the month", Date, "2026-01-21/2026-01-31", Range},
	{"A deal is expected by the end of the year, aides say.", thu, "the end of the year", Date, "2026", Year},
	{"Sales slumped earlier this month, the survey shows.", thu, "earlier this month", Date, "2026-01-01/2026-01-21", Range},
	{"Dozens were killed in recent days in the region.", thu, "recent days", Date, "PAST_REF", Unknown},
	// early / late and earlier / later with a part of a day or a deictic day
	{"Two men were arrested early this morning near the border.", thu, "early this morning", Clock, "2026-01-22TMO", Day},
	{"The bill cleared the senate late yesterday after a long debate.", thu, "late yesterday", Date, "2026-01-21", Day},
	{"Markets fell sharply early today as traders fled to bonds.", mon, "early today", Date, "2026-01-26", Day},
	{"Results are expected later this evening, the commission says.", thu, "later this evening", Clock, "2026-01-22TEV", Day},
	{"She landed in Rome earlier this afternoon.", fri, "earlier this afternoon", Clock, "2026-01-23TAF", Day},
	{"The pilots will strike early tomorrow unless a deal is reached.", "2025-12-31", "early tomorrow", Date, "2026-01-01", Day},
	// "so far": from the start of the period to the reference date
	{"So far this year, 120 people have died on the roads.", "2026-03-18", "So far this year", Date, "2026-01-01/2026-03-18", Range},
	{"So far in March, rainfall is twice the average.", "2026-03-18", "So far in March", Date, "2026-03-01/2026-03-18", Range},
	{"The index has gained 4% so far this month.", thu, "so far this month", Date, "2026-01-01/2026-01-22", Range},
	{"Sales have been slow this year so far.", jul, "this year so far", Date, "2025-01-01/2025-07-15", Range},
	{"Thus far this week the fund has lost 2%.", fri, "Thus far this week", Date, "2026-01-19/2026-01-23", Range},
	{"Exports have risen 3% so far in 2025, the office said.", jul, "so far in 2025", Date, "2025-01-01/2025-07-15", Range},
	{"So far this quarter, orders are up.", "2025-05-20", "So far this quarter", Date, "2025-04-01/2025-05-20", Range},
	{"So far this year, 120 people have died on the roads.", "", "So far this year", Date, "", Unknown},
	{"Exports have risen 3% so far in 2025, the office said.", "", "so far in 2025", Date, "2025", Year},
	// already handled before issue 8; pinned here
	{"The two leaders spoke by phone earlier this week.", fri, "earlier this week", Date, "2026-01-19/2026-01-22", Range},
	{"Earlier in the week, the two leaders spoke by phone.", fri, "Earlier in the week", Date, "2026-01-19/2026-01-22", Range},
	{"Talks resume later in the month, aides say.", thu, "later in the month", Date, "2026-01-23/2026-01-31", Range},
	{"A draft is due later this week, officials said.", thu, "later this week", Date, "2026-01-23/2026-01-25", Range},
	// "later", "earlier" alone as adverbs: a time the story does not state
	{"The miller later said it would appeal.", thu, "later", Date, "", Unknown},
	{"The board will decide later.", thu, "later", Date, "", Unknown},
	{"Earlier, police had sealed the road.", thu, "Earlier", Date, "", Unknown},
	{"The miller denied the claim, later admitting a loss.", thu, "later", Date, "", Unknown},
}

// TestModifiers: early / mid / late, the end of, earlier / later this, recent.
func TestModifiers(t *testing.T) { testFind(t, modifierCases) }
