package timex

import "testing"

var countCases = []findCase{
	// "from now", "from today": ahead as "ago" is behind
	{"The Orvale vote comes three days from today.", thu, "three days from today", Date, "2026-01-25", Day},
	{"Ten years from now, Halvern will be different.", thu, "Ten years from now", Date, "2036", Year},
	{"Years from now, Brennick voters will ask why.", thu, "Years from now", Date, "FUTURE_REF", Unknown},
	// "a quarter to midnight" is a time of day, no three months
	{"The Orvale results came in at a quarter to midnight.", thu, "midnight", Clock, "2026-01-22T00:00", Minute},
	// relative to the reference date
	{"Three soldiers died three days ago in the east.", thu, "three days ago", Date, "2026-01-19", Day},
	{"The accord was signed two years ago in Minsk.", thu, "two years ago", Date, "2024", Year},
	{"The accord was signed a month ago in Minsk.", jan5, "a month ago", Date, "2025-12", Month},
	{"The new rules take effect in two weeks.", thu, "in two weeks", Date, "2026-02-02/2026-02-08", Week},
	{"The new rules take effect in ten days.", thu, "in ten days", Date, "2026-02-01", Day},
	// durations
	{"The talks lasted for five hours in Riyadh.", thu, "five hours", Duration, "PT5H", Unknown},
	{"The town was rebuilt after years of conflict.", thu, "years", Duration, "PXY", Unknown},
	{"The president began a three-day visit to Paris.", thu, "three-day", Duration, "P3D", Unknown},
	{"The talks lasted two weeks without progress.", thu, "two weeks", Duration, "P2W", Unknown},
	{"The power was off for 24 hours in the east.", thu, "24 hours", Duration, "PT24H", Unknown},
	{"The siege has lasted 1,000 days.", thu, "1,000 days", Duration, "P1000D", Unknown},
	{"It was the first rise in two years for the index.", thu, "two years", Duration, "P2Y", Unknown},
	{"The truce held for several weeks in the south.", thu, "several weeks", Duration, "PXW", Unknown},
	// halves: "one and a half years", "a year and a half", "half an hour"
	{"The Orvale project took one and a half years.", thu, "one and a half years", Duration, "P1.5Y", Unknown},
	{"Talks in Brennick went on for a year and a half.", thu, "a year and a half", Duration, "P1.5Y", Unknown},
	{"The repair will take two and a half hours.", thu, "two and a half hours", Duration, "PT2.5H", Unknown},
	{"The Halvern envoys met for half an hour.", thu, "half an hour", Duration, "PT30M", Unknown},
	{"The crew waited half a day at the dock.", thu, "half a day", Duration, "PT12H", Unknown},
	{"Two and a half years ago, the Tarvik plant closed.", thu, "Two and a half years ago", Date, "2023-07", Month},
	{"The Orvale mill opened half a century ago.", thu, "half a century ago", Date, "1976", Year},
	{"The search went on for twenty-four hours.", thu, "twenty-four hours", Duration, "PT24H", Unknown},
	{"The debate lasted 90 minutes on Tuesday.", thu, "90 minutes", Duration, "PT90M", Unknown},
	// a plural unit without a number before "ago" is a vague past
	{"The company announced just days ago that it would expand.", thu, "days ago", Date, "PAST_REF", Unknown},
	{"Only weeks ago the bridge was declared safe.", thu, "weeks ago", Date, "PAST_REF", Unknown},
	{"Years ago the village had three schools.", "", "Years ago", Date, "PAST_REF", Unknown},
	// nor before "later"/"earlier" (counted from the story's time) or a clause's "after"/"before"
	{"Hours later, the crew left the harbour.", thu, "Hours later", Date, "", Unknown},
	{"The mill closed months later.", thu, "months later", Date, "", Unknown},
	{"Days after the vote, the mayor resigned.", thu, "Days", Duration, "PXD", Unknown},
	{"The mayor resigned just weeks before the vote.", thu, "weeks", Duration, "PXW", Unknown},
	// "last" the verb is no span back from today
	{"The strike will last 48 hours, the union said.", thu, "48 hours", Duration, "PT48H", Unknown},
	{"The works could last three weeks.", thu, "three weeks", Duration, "P3W", Unknown},
	// already handled before issue 8; pinned here
	{"The mill burned down a year ago.", "2025-03-10", "a year ago", Date, "2024", Year},
	{"The strike began a few days ago at the port.", thu, "a few days ago", Date, "PAST_REF", Unknown},
	// an amount in a time is a rate: the time is a length, not a day to come
	{"Petra Voss, 34, became the first person to swim the length of Lake Morrow last month, covering 72 kilometres in 31 hours.", thu, "31 hours", Duration, "PT31H", Unknown},
}

// TestCounts: counted units: "ago", "in two weeks", durations.
func TestCounts(t *testing.T) { testFind(t, countCases) }
