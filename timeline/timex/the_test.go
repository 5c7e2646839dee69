package timex

import "testing"

var theCases = []findCase{
	// "second" is an ordinal before half/quarter, not the unit
	{"The deal is expected to close in the second half of 2026.", thu, "the second half of 2026", Date, "2026-07/2026-12", Range},
	{"Sales rose in the second quarter of 2025.", thu, "the second quarter of 2025", Date, "2025-04-01/2025-06-30", Quarter},
	{"Growth was strong in the 1990s and weak later.", "", "the 1990s", Date, "1990-01-01/1999-12-31", Decade},
	{"In the late 1980's the firm added audio recording.", "", "late 1980's", Date, "1980-01-01/1989-12-31", Decade},
	{"Sales peaked in the 1970’s.", "", "the 1970’s", Date, "1970-01-01/1979-12-31", Decade},
	{"Profits rose in Q3 2025 on strong demand.", "", "Q3 2025", Date, "2025-07-01/2025-09-30", Quarter},
	{"Profits rose in the third quarter, the bank said.", thu, "the third quarter", Date, "2025-07-01/2025-09-30", Quarter},
	{"Profits rose in the first quarter of 2024, the bank said.", thu, "the first quarter of 2024", Date, "2024-01-01/2024-03-31", Quarter},
	{"The last quarter was weak for retailers.", thu, "The last quarter", Date, "2025-10-01/2025-12-31", Quarter},
	{"Protests continued over the weekend in the capital.", mon, "the weekend", Date, "2026-01-24/2026-01-25", Range},
	{"Protests are planned for the weekend in the capital.", thu, "the weekend", Date, "2026-01-24/2026-01-25", Range},
	// a day of the month named alone: this month's, the next one's when a future clause names a day past
	{"A memorial service will be held on the 29th.", thu, "the 29th", Date, "2026-01-29", Day},
	{"The vote will take place on the 3rd.", thu, "the 3rd", Date, "2026-02-03", Day},
	{"The talks began on the 19th, officials said.", thu, "the 19th", Date, "2026-01-19", Day},
}

// TestThe: "the ..." expressions: quarters, halves, decades, the weekend.
func TestThe(t *testing.T) { testFind(t, theCases) }
