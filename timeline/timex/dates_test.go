package timex

import "testing"

var dateCases = []findCase{
	// a year before 1900 followed by a word in -s that is no plural
	{"Mirovna was founded in 1887 as a sawmill.", thu, "1887", Date, "1887", Year},
	{"The Lusk bridge opened in 1868 and was rebuilt in 1931.", thu, "1868", Date, "1868", Year},
	// a day or month without its year before "next year", "last year": that year's
	{"The Orsk final is on 24 May next year.", thu, "24 May next year", Date, "2027-05-24", Day},
	{"Prices at Tesk rose in March last year.", thu, "March last year", Date, "2025-03", Month},
	// two months joined by a dash: the months between, a quarter when they are one
	{"Tellavik's profit fell in the April-June quarter.", "2025-08-06", "April-June quarter", Date, "2025-04-01/2025-06-30", Quarter},
	{"Bookings rose in the November-January period, Orsa said.", thu, "November-January period", Date, "2025-11/2026-01", Range},
	{"Output at Hanlo grew in March-May 2024.", thu, "March-May 2024", Date, "2024-03/2024-05", Range},
	// a bound: "no earlier than April", "no later than June"
	{"The Tarvik plant will reopen no earlier than April.", thu, "April", Date, "2026-04", Month},
	{"The Orvale deal must close no later than June.", thu, "June", Date, "2026-06", Month},
	// the month of figures is the nearest, whatever the tense of their release
	{"The Orvale figures for January will be released next month.", "2026-02-10", "January", Date, "2026-01", Month},
	{"The Tarvik January sales figures will be released on Friday.", "2026-02-10", "January", Date, "2026-01", Month},
	{"Tarvik will report sales in June.", "2026-02-10", "June", Date, "2026-06", Month},
	// absolute dates
	{"The ceasefire took effect on January 22, 2026, officials said.", thu, "January 22, 2026", Date, "2026-01-22", Day},
	{"The ceasefire took effect on January 22, 2026, officials said.", "", "January 22, 2026", Date, "2026-01-22", Day},
	{"Voting ended on 22 January 2026 after a long campaign.", "", "22 January 2026", Date, "2026-01-22", Day},
	{"The report, dated Thursday 22 January 2026, was leaked.", "", "Thursday 22 January 2026", Date, "2026-01-22", Day},
	{"The company said sales rose on Jan. 12 after the launch.", thu, "Jan. 12", Date, "2026-01-12", Day},
	{"Prices fell on 6 January, the ministry said.", thu, "6 January", Date, "2026-01-06", Day},
	// a yearly custom told in the present: the nearest occurrence, either side
	{"Norvania marks its founding on August 24.", "2026-05-19", "August 24", Date, "2026-08-24", Day},
	{"Every village in Kessland celebrates the harvest on October 3.", "2026-05-19", "October 3", Date, "2026-10-03", Day},
	{"Norvania marks its founding on March 2.", "2026-05-19", "March 2", Date, "2026-03-02", Day},
	// ... but a past report of it keeps the past
	{"Norvania marked its founding on August 24.", "2026-05-19", "August 24", Date, "2025-08-24", Day},
	// spoken British "March the 4th"
	{"The Dornveld talks were held on January the 12th.", thu, "January the 12th", Date, "2026-01-12", Day},
	{"The Kelso summit opens on March the 4th, 2027.", thu, "March the 4th, 2027", Date, "2027-03-04", Day},
	// and in words: "March the fifth", "the twenty-first of June"
	{"The Kelso vote was held on January the fifth.", thu, "January the fifth", Date, "2026-01-05", Day},
	{"The Kelso summit opens on March the twenty-first.", thu, "March the twenty-first", Date, "2026-03-21", Day},
	{"The Orlova talks open on the twenty-first of June 2026.", thu, "the twenty-first of June 2026", Date, "2026-06-21", Day},
	{"The Orlova talks opened on the fifth of January.", thu, "the fifth of January", Date, "2026-01-05", Day},
	// (an ordinal before a noun is not the day: "in March the first results")
	{"In January the first Orvale results came in.", thu, "January", Date, "2026-01", Month},
	{"The tariff takes effect in July.", thu, "July", Date, "2026-07", Month},
	{"The minister urged progress ahead of talks in Doha on 2 June.", thu, "2 June", Date, "2026-06-02", Day},
	{"A further exchange could happen in October, the minister said.", thu, "October", Date, "2026-10", Month},
	{"The tariff took effect in July.", thu, "July", Date, "2025-07", Month},
	// a year before 1900 after a preposition of time
	{"The company was founded in 1887 in Ohio.", thu, "1887", Date, "1887", Year},
	{"The bridge opened in 1850 and closed in 1998.", thu, "1850", Date, "1850", Year},
	// an ordinal quarter after a determiner and adjectives is a quarter too (a fiscal one is the company's)
	{"The retailer expects a weaker fourth quarter.", thu, "fourth quarter", Date, "2026-10-01/2026-12-31", Quarter},
	{"Prices fell on 6 January, the ministry said.", jan3, "6 January", Date, "2026-01-06", Day},
	{"The strike began on December 28 and lasted a week.", jan5, "December 28", Date, "2025-12-28", Day},
	{"The summit will open on January 4 in Geneva.", "2025-12-20", "January 4", Date, "2026-01-04", Day},
	{"The law was passed on March 3rd by parliament.", thu, "March 3rd", Date, "2025-03-03", Day},
	{"He was born on the 4th of July 1990 in Ohio.", thu, "4th of July 1990", Date, "1990-07-04", Day},
	{"The file is stamped 2026-01-22 in the header.", "", "2026-01-22", Date, "2026-01-22", Day},
	{"The order was signed on 1/22/2026 in Washington.", "", "1/22/2026", Date, "2026-01-22", Day},
	{"The order was signed on 22/01/2026 in Brussels.", "", "22/01/2026", Date, "2026-01-22", Day},
	// a quarter named by a month; a calendar year
	{"Orvale spending fell in the December quarter.", thu, "December quarter", Date, "2025-10-01/2025-12-31", Quarter},
	{"Halvern sales rose in the September 2025 quarter.", thu, "September 2025 quarter", Date, "2025-07-01/2025-09-30", Quarter},
	{"Brennick expects calendar 2026 revenue of $3 billion.", thu, "2026", Date, "2026", Year},
	// a bound before a year or month: "until at least 2030", "as early as 2027"
	{"The Orvale mission is expected to last until at least 2030.", thu, "2030", Date, "2030", Year},
	{"The Halvern plant could open as early as 2027.", thu, "2027", Date, "2027", Year},
	{"The Halvern plant could open as early as June.", thu, "June", Date, "2026-06", Month},
	{"Brennick was profitable as recently as 2019.", thu, "2019", Date, "2019", Year},
	{"The Corvale dispute goes as far back as 1998.", thu, "1998", Date, "1998", Year},
	// either reading valid: the one the tense and the reference date point to, else the nearer
	{"The Orvale accord was signed on 04/01/2026 in Leeds.", thu, "04/01/2026", Date, "2026-01-04", Day},
	{"The Orvale accord was signed on 01/04/2026 in Leeds.", thu, "01/04/2026", Date, "2026-01-04", Day},
	{"The Halvern hearing is set for 02/03/2026.", thu, "02/03/2026", Date, "2026-02-03", Day},
	{"The Halvern hearing is set for 03/02/2026.", thu, "03/02/2026", Date, "2026-02-03", Day},
	{"The Brennick form dated 01/02/2026 was lost.", "", "01/02/2026", Date, "", Unknown},
	{"Revenue peaked in January 2025 before falling.", thu, "January 2025", Date, "2025-01", Month},
	{"Exports grew in January, the agency said.", thu, "January", Date, "2026-01", Month},
	{"Exports collapsed in December, the agency said.", jan3, "December", Date, "2025-12", Month},
	{"Exports collapsed in October, the agency said.", thu, "October", Date, "2025-10", Month},
	{"Elections will be held in March, the commission said.", thu, "March", Date, "2026-03", Month},
	{"The plant closed in 2025 after decades of losses.", thu, "2025", Date, "2025", Year},
	{"The dispute has run since 1998 without a settlement.", "", "1998", Date, "1998", Year},
	{"The budget for 2024-25 was cut again.", "", "2024-25", Date, "2024/2025", Range},
	{"The plan covers the years 2025–2026 in full.", "", "2025–2026", Date, "2025/2026", Range},
	// a year with no preposition before it: in a list, compared with, owned, opening the sentence
	{"The firm expects to break even in 2027 or 2028.", thu, "2028", Date, "2028", Year},
	{"Margins shrank in 2021, 2022 and 2023.", thu, "2022", Date, "2022", Year},
	{"Orders were up 7% on 2024, the bakery said.", thu, "2024", Date, "2024", Year},
	{"Deliveries rose sharply compared with 2023.", thu, "2023", Date, "2023", Year},
	{"The brewer's 2025 profit beat forecasts.", thu, "2025", Date, "2025", Year},
	{"Its 2024 revenue fell 4% to $2 billion.", thu, "2024", Date, "2024", Year},
	{"2025 was a hard year for carmakers.", thu, "2025", Date, "2025", Year},
	{"2024's results were the weakest in a decade.", thu, "2024", Date, "2024", Year},
	{"The 2028 Olympics will be held in Los Angeles.", thu, "2028", Date, "2028", Year},
	// ranges
	{"The festival runs from 19 to 25 January in Davos.", thu, "19 to 25 January", Date, "2026-01-19/2026-01-25", Range},
	{"The festival runs January 19-25 in Davos.", thu, "January 19-25", Date, "2026-01-19/2026-01-25", Range},
	{"The festival ran 19–25 January 2025 in Davos.", "", "19–25 January 2025", Date, "2025-01-19/2025-01-25", Range},
}

// TestDates: calendar dates written out: month and day, numeric dates, years, decades, day ranges in one month.
func TestDates(t *testing.T) { testFind(t, dateCases) }
