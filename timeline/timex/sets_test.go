package timex

import "testing"

var setCases = []findCase{
	// "on a Monday": any Monday, each week
	{"At the Tarvik Review we choose the stories on a Monday.", thu, "a Monday", Set, "XXXX-WXX-1", Unknown},
	// sets
	{"The board meets every Monday in the capital.", thu, "every Monday", Set, "XXXX-WXX-1", Unknown},
	{"The Orvale council meets on Tuesdays in the town hall.", thu, "Tuesdays", Set, "XXXX-WXX-2", Unknown},
	{"Fridays are busy at the Kelso port.", thu, "Fridays", Set, "XXXX-WXX-5", Unknown},
	{"The Halvern beach is busy at weekends.", thu, "weekends", Set, "XXXX-WXX-WE", Unknown},
	{"The figures are published weekly by the agency.", thu, "weekly", Set, "P1W", Unknown},
	{"The fair is held each year in Leipzig.", thu, "each year", Set, "P1Y", Unknown},
	{"The trains run daily between the cities.", thu, "daily", Set, "P1D", Unknown},
	{"The board meets twice a week in the capital.", thu, "twice a week", Set, "P1W", Unknown},
	{"The board meets every two weeks in the capital.", thu, "every two weeks", Set, "P2W", Unknown},
	{"The brewer's annual revenue reached $3 billion.", thu, "annual", Set, "P1Y", Unknown},
	// "eight times a year"; "a month" after an amount is a rate, not a length
	{"The Orvale board meets eight times a year.", thu, "eight times a year", Set, "P1Y", Unknown},
	{"Halvern subscribers pay $10 a month.", thu, "a month", Set, "P1M", Unknown},
	{"Brennick members pay 20 euros per year.", thu, "per year", Set, "P1Y", Unknown},
	{"The Tarvik plant makes 5,000 cars a day.", thu, "a day", Set, "P1D", Unknown},
	{"The Orvale fund grew 5% a year.", thu, "a year", Set, "P1Y", Unknown},
	{"The Orvale shares fell 3% a day after the report.", thu, "a day", Duration, "P1D", Unknown},
	{"In 2025 a year of growth ended for Tarvik.", thu, "a year", Duration, "P1Y", Unknown},
}

// TestSets: sets: every, each, weekly, twice a week.
func TestSets(t *testing.T) { testFind(t, setCases) }
