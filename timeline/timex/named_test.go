package timex

import "testing"

var namedCases = []findCase{
	// the turn of the century: about the century year before the reference date
	{"Orvale was founded at the turn of the century.", thu, "the turn of the century", Date, "2000", Year},
	{"Prices at Orvale surged at the turn of the millennium.", thu, "the turn of the millennium", Date, "2000", Year},
	{"Halvern grew fast around the turn of the decade.", thu, "the turn of the decade", Date, "2020", Year},
	{"The Brennick mill was built at the turn of the 20th century.", thu, "the turn of the 20th century", Date, "1900", Year},
	// a reporting period with no year: this year's once it has passed, else last year's
	{"Orvale revenue in the first nine months rose 12%.", thu, "the first nine months", Date, "2025-01/2025-09", Range},
	{"Orvale revenue in the first nine months rose 12%.", "2026-10-20", "the first nine months", Date, "2026-01/2026-09", Range},
	// the nth weekday of a month, and of every month (a set)
	{"The Orvale club met on the first Monday of March.", "2026-02-10", "the first Monday of March", Date, "2025-03-03", Day},
	{"The Orvale club will meet on the first Monday of March.", "2026-02-10", "the first Monday of March", Date, "2026-03-02", Day},
	// "the second weekend of August": its Saturday and Sunday
	{"The Orsk fair will return on the second weekend of August.", thu, "the second weekend of August", Date, "2026-08-08/2026-08-09", Range},
	// "in" a month as "of" it
	{"The Kessari runoff is set for the second Sunday in June.", thu, "the second Sunday in June", Date, "2026-06-14", Day},
	{"The Halvern vote is on the second Tuesday of June 2026.", thu, "the second Tuesday of June 2026", Date, "2026-06-09", Day},
	{"The Halvern vote was on the last Friday of January.", "2026-02-10", "the last Friday of January", Date, "2026-01-30", Day},
	{"The Brennick club meets on the first Monday of every month.", thu, "the first Monday of every month", Set, "P1M", Unknown},
	// "of the month": a habit without past or future, else the reference date's month; "of next month"
	{"The Brennick club meets on the first Monday of the month.", thu, "the first Monday of the month", Set, "P1M", Unknown},
	{"The Brennick club met on the first Monday of the month.", thu, "the first Monday of the month", Date, "2026-01-05", Day},
	{"The Halvern vote was held on the second Tuesday of this month.", thu, "the second Tuesday of this month", Date, "2026-01-13", Day},
	{"The Halvern vote will be held on the last Friday of next month.", thu, "the last Friday of next month", Date, "2026-02-27", Day},
	// the story's time: counted from the sentence's own date, else left for the caller's story date
	{"On Monday the board met; the same day, the chief executive resigned.", thu, "the same day", Date, "2026-01-19", Day},
	{"The plant closed in March and its owner filed for bankruptcy that month.", thu, "that month", Date, "2025-03", Month},
	{"The same day, the minister resigned.", thu, "The same day", Date, "", Unknown},
	{"That evening, crowds gathered outside parliament.", thu, "That evening", Clock, "", Unknown},
	// holidays: the year the tense points to
	{"Stores will be open on Christmas Day.", thu, "Christmas Day", Date, "2026-12-25", Day},
	{"Orvale sales rose on Boxing Day.", thu, "Boxing Day", Date, "2025-12-26", Day},
	{"Sales in the run-up to Christmas were weak.", thu, "Christmas", Date, "2025-12-25", Day},
	{"The plant was shut on New Year's Eve.", thu, "New Year's Eve", Date, "2025-12-31", Day},
	{"The law takes effect on New Year’s Day 2027.", thu, "New Year’s Day 2027", Date, "2027-01-01", Day},
	{"Airports were busy before Thanksgiving.", thu, "Thanksgiving", Date, "2025-11-27", Day},
	{"The couple married on Valentine's Day.", thu, "Valentine's Day", Date, "2025-02-14", Day},
	// feasts whose day moves: Easter (Gregorian computus) and the days counted from it or from Thanksgiving
	{"Shops will close at Easter.", thu, "Easter", Date, "2026-04-05", Day},
	{"Sales rose on Good Friday.", thu, "Good Friday", Date, "2025-04-18", Day},
	{"Crowds gathered on Easter Monday.", thu, "Easter Monday", Date, "2025-04-21", Day},
	{"Stores opened early on Black Friday.", thu, "Black Friday", Date, "2025-11-28", Day},
	{"Online sales peaked on Cyber Monday.", thu, "Cyber Monday", Date, "2025-12-01", Day},
	{"It was a good Friday for the markets.", thu, "Friday", Date, "2026-01-16", Day},
	// year-end, year to date
	{"The carmaker expects to break even by year-end.", thu, "year-end", Date, "2026", Year},
	{"The Orvale carmaker expects to break even by year's end.", thu, "year's end", Date, "2026", Year},
	{"The stock has gained 15 percent year to date.", thu, "year to date", Date, "2026-01-01/2026-01-22", Range},
	// fiscal years are the company's: TIMEX3 FY values, no days
	{"The company expects growth in fiscal 2008.", thu, "fiscal 2008", Date, "FY2008", Unknown},
	{"Revenue for FY2008 rose 9 percent.", thu, "FY2008", Date, "FY2008", Unknown},
	{"Orvale posted fiscal 2008 first-quarter profit of $1.6 billion.", thu, "fiscal 2008 first-quarter", Date, "FY2008-Q1", Unknown},
	{"Halvern reported results for its fiscal first quarter.", thu, "fiscal first quarter", Date, "", Unknown},
	{"Tessaro's sales rose in the third fiscal quarter.", thu, "the third fiscal quarter", Date, "", Unknown},
	// a quarter code before a fiscal year is that year's quarter
	{"Tessaro's sales rose in Q3 FY25.", thu, "Q3 FY25", Date, "FY2025-Q3", Unknown},
	{"Orvik expects a loss in Q1 fiscal 2027.", thu, "Q1 fiscal 2027", Date, "FY2027-Q1", Unknown},
	{"Orvik lost money in fiscal 2025's third quarter.", thu, "fiscal 2025's third quarter", Date, "FY2025-Q3", Unknown},
	{"The deal should close in the fourth quarter of fiscal year 2008.", thu, "the fourth quarter of fiscal year 2008", Date, "FY2008-Q4", Unknown},
	// or named by their place: counted from the reference year
	{"Sales rose in the current financial year.", thu, "the current financial year", Date, "FY2026", Unknown},
	{"Sales fell last fiscal year, the miller said.", thu, "last fiscal year", Date, "FY2025", Unknown},
	{"The plant will close by the end of the financial year.", thu, "the end of the financial year", Date, "FY2026", Unknown},
	{"Sales rose in the first quarter of the financial year.", thu, "the first quarter of the financial year", Date, "FY2026-Q1", Unknown},
	{"The fiscal year ended June 30, the miller said.", thu, "The fiscal year", Date, "", Unknown},
	{"Orvale revenue for the 2025 fiscal year rose 9%.", thu, "2025 fiscal year", Date, "FY2025", Unknown},
	{"The Kelvar 2026 financial year was its best.", thu, "2026 financial year", Date, "FY2026", Unknown},
	// the period a figure is compared with
	{"Sales rose from the same period a year earlier.", thu, "the same period a year earlier", Date, "2025", Year},
	{"Brannvik sold 20 ships, against 14 in the same period of the last year.", thu, "the same period of the last year", Date, "2025", Year},
	// the same quarter with none named: the quarter last ended, a year before
	{"Vistrand made a profit in the same quarter last year.", "2025-04-16", "the same quarter last year", Date, "2024-01-01/2024-03-31", Quarter},
	{"Vistrand made a profit in the same quarter last year.", thu, "the same quarter last year", Date, "2024-10-01/2024-12-31", Quarter},
	{"Sales rose in the first quarter, against a fall in the same quarter of 2025.", thu, "the same quarter", Date, "", Unknown},
	// centuries, months of a year, a week of a month
	{"The church was built in the 19th century.", thu, "the 19th century", Date, "1800-01-01/1899-12-31", Range},
	{"Sales rose 5 percent in the first nine months of the year.", thu, "the first nine months of the year", Date, "2026-01/2026-09", Range},
	{"Sales fell in the last three months of 2025.", thu, "the last three months of 2025", Date, "2025-10/2025-12", Range},
	{"The merger is expected to be completed in the first week of April.", thu, "the first week of April", Date, "2026-04-01/2026-04-07", Range},
	{"Talks stalled in the second week of March 2025.", thu, "the second week of March 2025", Date, "2025-03-08/2025-03-14", Range},
	// vague: found with no more precision than the text has
	{"The talks were postponed to a later date.", thu, "a later date", Date, "FUTURE_REF", Unknown},
	{"Retailers hope for strong sales in the holiday season.", thu, "the holiday season", Date, "", Unknown},
}

// TestNamed: expressions that name their time (named.go).
func TestNamed(t *testing.T) { testFind(t, namedCases) }

var nameYearCases = []findCase{
	// a year that ends a name is a year (TIMEX3 marks it), dated or not by the caller
	{"Orvale chief Tamsin Revell gives opening keynote to DEVCON 2005", thu, "2005", Date, "2005", Year},
	{"Tickets for Euro 2028, the football championship, went on sale.", thu, "2028", Date, "2028", Year},
	{"Ticket sales for the Corvale Expo 2027 opened today.", thu, "2027", Date, "2027", Year},
	{"The Orvale firm showed its phone at TECHCON 2026 last week.", thu, "2026", Date, "2026", Year},
	// a year before a noun of something that happens or is made dates it
	{"In a 2019 interview she said electric cars were the future.", thu, "2019", Date, "2019", Year},
	{"Its 2025 report found a loss.", thu, "2025", Date, "2025", Year},
}

// TestNameYear: "WWDC 2005", "Euro 2028".
func TestNameYear(t *testing.T) { testFind(t, nameYearCases) }

// TestYearOpeningText: a year that opens the text has no word before it
// to look at (it once read index -1 and failed the whole article).
func TestYearOpeningText(t *testing.T) {
	for _, s := range []string{"2019 was a hard year.", "2019", "1995 saw the first release."} {
		Find(s, day(thu))
	}
}
