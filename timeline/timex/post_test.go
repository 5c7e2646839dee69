package timex

import "testing"

var rangeCases = []findCase{
	{"The strikes continued from Monday to Wednesday.", thu, "Monday to Wednesday", Date, "2026-01-19/2026-01-21", Range},
	{"The strikes continued between Monday and Wednesday.", thu, "Monday and Wednesday", Date, "2026-01-19/2026-01-21", Range},
	// ranges
	{"The show ran from 3 March to 6 April 2025.", "", "3 March to 6 April 2025", Date, "2025-03-03/2025-04-06", Range},
	{"The show ran from 3 March to 6 April 2025.", thu, "3 March to 6 April 2025", Date, "2025-03-03/2025-04-06", Range},
	{"The show ran from March 2024 to April 2025.", "", "March 2024 to April 2025", Date, "2024-03/2025-04", Range},
	{"The mission lasted from 2019 to 2023 in Mali.", "", "2019 to 2023", Date, "2019/2023", Range},
}

// TestRanges: ranges joined from two dates.
func TestRanges(t *testing.T) { testFind(t, rangeCases) }
