package timex

import "testing"

var theCases = []findCase{
	// "the final quarter" in a sentence of figures is a company's fourth quarter
	{"Dunmore's sales rose 6 percent in the final quarter.", thu, "the final quarter", Date, "2025-10-01/2025-12-31", Quarter},
	// a part of a century is the century
	{"The Varna glacier has been measured since the late 19th century.", thu, "the late 19th century", Date, "1800-01-01/1899-12-31", Range},
	{"The Orsk abbey dates from the mid-12th century.", thu, "the mid-12th century", Date, "1100-01-01/1199-12-31", Range},
	// "the week of" a day is the week that holds it
	{"Crews moved the Orsa rocket to the pad during the week of Jan. 12.", thu, "the week of Jan. 12", Date, "2026-01-12/2026-01-18", Week},
	{"The Tamsin vote is set for the week of 11 March.", thu, "the week of 11 March", Date, "2026-03-09/2026-03-15", Week},
	{"Talks in Orsk resume in the week beginning 9 February.", thu, "the week beginning 9 February", Date, "2026-02-09/2026-02-15", Week},
	{"Orsk port handled 40 ships in the week ending 18 January.", thu, "the week ending 18 January", Date, "2026-01-12/2026-01-18", Range},
	// "the new year": the year to come; the one under way early in it or in a past clause; not the holiday
	{"Dunvale Foods expects demand to pick up in the new year.", jul, "the new year", Date, "2026", Year},
	{"The Tamsin board will meet again in the New Year.", wed, "the New Year", Date, "2026", Year},
	{"Orders recovered in the new year, the firm said.", "2026-02-12", "the new year", Date, "2026", Year},
	{"Orders at Veltro recovered in the new year.", jul, "the new year", Date, "2025", Year},
	// "the final three months of 2025" as "the last three months"
	{"Brenmor carried 2 million people in the final three months of 2025.", thu, "the final three months of 2025", Date, "2025-10/2025-12", Range},
	{"Brenmor revenue in the last three months of the year rose.", "2026-04-09", "the last three months of the year", Date, "2025-10/2025-12", Range},
	// "the early hours of Tuesday": the whole phrase, with the day's value
	{"The Varnhold depot burned in the early hours of Tuesday.", thu, "the early hours of Tuesday", Date, "2026-01-20", Day},
	{"Crews were called in the early hours of 12 January.", thu, "the early hours of 12 January", Date, "2026-01-12", Day},
	{"The raid began in the early hours of Sunday morning.", thu, "the early hours of Sunday morning", Clock, "2026-01-18TMO", Day},
	// two periods back or ahead; not "before last Friday's vote"
	{"The Orvale board had warned the week before last.", thu, "the week before last", Date, "2026-01-05/2026-01-11", Week},
	{"The Halvern envoys will meet the week after next.", thu, "the week after next", Date, "2026-02-02/2026-02-08", Week},
	{"Tarvik sales peaked the year before last.", thu, "the year before last", Date, "2024", Year},
	{"In the week before last Friday's vote, Lind quit.", thu, "last Friday", Date, "2026-01-16", Day},
	// "second" is an ordinal before half/quarter, not the unit
	{"The deal is expected to close in the second half of 2026.", thu, "the second half of 2026", Date, "2026-07/2026-12", Range},
	{"Sales rose in the second quarter of 2025.", thu, "the second quarter of 2025", Date, "2025-04-01/2025-06-30", Quarter},
	{"Growth was strong in the 1990s and weak later.", "", "the 1990s", Date, "1990-01-01/1999-12-31", Decade},
	// a year ending in 00 before 2000: its century ("the 1800s"); "the 2000s" stays a decade
	{"The Orvale mill dates from the 1600s.", "", "the 1600s", Date, "1600-01-01/1699-12-31", Range},
	{"Halvern grew fast in the late 1800s.", "", "late 1800s", Date, "1800-01-01/1899-12-31", Range},
	{"Prices at Brennick rose in the 2000s.", "", "the 2000s", Date, "2000-01-01/2009-12-31", Decade},
	{"In the late 1980's the firm added audio recording.", "", "late 1980's", Date, "1980-01-01/1989-12-31", Decade},
	{"Sales peaked in the 1970’s.", "", "the 1970’s", Date, "1970-01-01/1979-12-31", Decade},
	{"Profits rose in Q3 2025 on strong demand.", "", "Q3 2025", Date, "2025-07-01/2025-09-30", Quarter},
	// "H1" alone: a half of the year only after "in"/"for" in a sentence of figures, as "the first half" is
	{"Orvale revenue rose 8% in H1, the firm said.", "2026-09-10", "H1", Date, "2026-01/2026-06", Range},
	{"Orvale revenue rose 8% in H1, the firm said.", "2026-03-10", "H1", Date, "2025-01/2025-06", Range},
	// the number first, with its year
	{"Orvale sales fell in 3Q 2025 on weak demand.", "", "3Q 2025", Date, "2025-07-01/2025-09-30", Quarter},
	{"Halvern profit rose in 1H26, the firm said.", "", "1H26", Date, "2026-01/2026-06", Range},
	{"Brennick sales fell in 2H 2025.", "", "2H 2025", Date, "2025-07/2025-12", Range},
	{"Profits rose in the third quarter, the bank said.", thu, "the third quarter", Date, "2025-07-01/2025-09-30", Quarter},
	{"Profits rose in the first quarter of 2024, the bank said.", thu, "the first quarter of 2024", Date, "2024-01-01/2024-03-31", Quarter},
	{"The last quarter was weak for retailers.", thu, "The last quarter", Date, "2025-10-01/2025-12-31", Quarter},
	{"Protests continued over the weekend in the capital.", mon, "the weekend", Date, "2026-01-24/2026-01-25", Range},
	{"Protests are planned for the weekend in the capital.", thu, "the weekend", Date, "2026-01-24/2026-01-25", Range},
	// the periods results are reported for: the quarter just ended in a past clause, the one under way otherwise
	{"Net income for the quarter rose 12%, the miller said.", thu, "the quarter", Date, "2025-10-01/2025-12-31", Quarter},
	{"The chain expects a loss for the quarter.", "2026-05-10", "the quarter", Date, "2026-04-01/2026-06-30", Quarter},
	{"Margins improved in the latest quarter.", "2026-05-10", "the latest quarter", Date, "2026-01-01/2026-03-31", Quarter},
	{"Margins improved in the most recent quarter.", "2026-05-10", "the most recent quarter", Date, "2026-01-01/2026-03-31", Quarter},
	{"Margins should improve in the current quarter.", "2026-05-10", "the current quarter", Date, "2026-04-01/2026-06-30", Quarter},
	{"Margins should improve in the current year.", thu, "the current year", Date, "2026", Year},
	{"Deliveries fell from the previous quarter.", "2026-05-10", "the previous quarter", Date, "2026-01-01/2026-03-31", Quarter},
	{"Deliveries fell from the prior year.", thu, "the prior year", Date, "2025", Year},
	{"Revenue for the full year rose 6%, the miller said.", thu, "the full year", Date, "2025", Year},
	{"Revenue in the final quarter of 2025 rose.", thu, "the final quarter of 2025", Date, "2025-10-01/2025-12-31", Quarter},
	{"Sales for the year ended March 31 rose.", "2026-05-10", "the year", Date, "", Unknown},
	// "to" before an amount is what the figure came to, not the period's end
	{"Revenue fell 12 percent in the quarter to 840 million pounds, the miller said.", thu, "the quarter", Date, "2025-10-01/2025-12-31", Quarter},
	{"Revenue rose in the quarter to $4 billion, the miller said.", thu, "the quarter", Date, "2025-10-01/2025-12-31", Quarter},
	{"Sales for the quarter to 30 June rose.", "2026-07-20", "the quarter", Date, "", Unknown},
	{"Orders rose from the year-ago quarter.", thu, "the year-ago quarter", Date, "2024-10-01/2024-12-31", Quarter},
	{"Orvale revenue rose from the prior-year quarter.", thu, "the prior-year quarter", Date, "2024-10-01/2024-12-31", Quarter},
	// the quarter or month the sentence names, a year before
	{"Kestrin's sales in the second quarter rose from the year-ago quarter.", thu, "the year-ago quarter", Date, "2024-04-01/2024-06-30", Quarter},
	{"Kestrin sold more cars in March than in the year-ago month.", thu, "the year-ago month", Date, "2024-03", Month},
	// the rest of a period runs from the reference date to its end
	{"The miller expects slower growth for the rest of the year.", thu, "the rest of the year", Date, "2026-01-22/2026-12-31", Range},
	{"Shops will stay shut for the remainder of the week.", thu, "the remainder of the week", Date, "2026-01-22/2026-01-25", Range},
	// plural units after "the": an uncounted length, or a time to come
	{"Over the years, the bakery has grown.", thu, "the years", Duration, "PXY", Unknown},
	{"Prices will rise in the weeks ahead.", thu, "the weeks ahead", Date, "FUTURE_REF", Unknown},
	{"Prices will rise in the months to come.", thu, "the months to come", Date, "FUTURE_REF", Unknown},
	// a day of the month named alone: this month's, the next one's when a future clause names a day past
	{"A memorial service will be held on the 29th.", thu, "the 29th", Date, "2026-01-29", Day},
	{"The vote will take place on the 3rd.", thu, "the 3rd", Date, "2026-02-03", Day},
	{"The talks began on the 19th, officials said.", thu, "the 19th", Date, "2026-01-19", Day},
}

// TestThe: "the ..." expressions: quarters, halves, decades, the weekend.
func TestThe(t *testing.T) { testFind(t, theCases) }
