package timex

import "testing"

var setCases = []findCase{
	// sets
	{"The board meets every Monday in the capital.", thu, "every Monday", Set, "XXXX-WXX-1", Unknown},
	{"The figures are published weekly by the agency.", thu, "weekly", Set, "P1W", Unknown},
	{"The fair is held each year in Leipzig.", thu, "each year", Set, "P1Y", Unknown},
	{"The trains run daily between the cities.", thu, "daily", Set, "P1D", Unknown},
	{"The board meets twice a week in the capital.", thu, "twice a week", Set, "P1W", Unknown},
	{"The board meets every two weeks in the capital.", thu, "every two weeks", Set, "P2W", Unknown},
	{"The brewer's annual revenue reached $3 billion.", thu, "annual", Set, "P1Y", Unknown},
}

// TestSets: sets: every, each, weekly, twice a week.
func TestSets(t *testing.T) { testFind(t, setCases) }
