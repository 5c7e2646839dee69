package timex

import "testing"

var seasonCases = []findCase{
	{"The dam was finished in summer 2025 after delays.", "", "summer 2025", Date, "2025-06/2025-08", Season},
	{"Fighting intensified this summer near the border.", jul, "this summer", Date, "2025-06/2025-08", Season},
	{"Fighting intensified last winter near the border.", thu, "last winter", Date, "2024-12/2025-02", Season},
}

// TestSeason: seasons with and without a year.
func TestSeason(t *testing.T) { testFind(t, seasonCases) }
