package timex

import "testing"

var seasonCases = []findCase{
	// a season "of last year", "of next year"
	{"The Orvale decision was made in the spring of last year.", thu, "the spring of last year", Date, "2025-03/2025-05", Season},
	{"The Halvern plant opens in the summer of next year.", thu, "the summer of next year", Date, "2027-06/2027-08", Season},
	{"The dam was finished in summer 2025 after delays.", "", "summer 2025", Date, "2025-06/2025-08", Season},
	{"Fighting intensified this summer near the border.", jul, "this summer", Date, "2025-06/2025-08", Season},
	{"Fighting intensified last winter near the border.", thu, "last winter", Date, "2024-12/2025-02", Season},
	// American "fall": after this/last/next, or "in the fall" ending its phrase
	{"The mill will reopen this fall.", jul, "this fall", Date, "2025-09/2025-11", Season},
	{"The mill closed last fall.", thu, "last fall", Date, "2025-09/2025-11", Season},
	{"The mill will reopen in the fall.", jul, "the fall", Date, "2025-09/2025-11", Season},
	// a winter runs into the next year: "2008-09" names both
	{"The Brennick lake froze in the winter of 2008-09.", thu, "the winter of 2008-09", Date, "2008-12/2009-02", Season},
	{"The Brennick lake froze in winter 2008/2009.", thu, "winter 2008/2009", Date, "2008-12/2009-02", Season},
	{"The Brennick lake froze in the winter of 2008 - 10 boats sank.", thu, "the winter of 2008", Date, "2008-12/2009-02", Season},
}

// TestSeason: seasons with and without a year.
func TestSeason(t *testing.T) { testFind(t, seasonCases) }
