package timex

import (
	"fmt"
	"strings"
	"testing"
	"time"
)

func day(s string) time.Time {
	t, err := time.Parse("2006-01-02", s)
	if err != nil {
		panic(err)
	}
	return t
}

// Reference dates used below, with their weekdays.
const (
	thu   = "2026-01-22" // Thursday
	fri   = "2026-01-23" // Friday
	sun   = "2026-01-25" // Sunday
	mon   = "2026-01-26" // Monday
	monNY = "2025-12-29" // Monday before New Year
	jan5  = "2026-01-05" // Monday
	jan3  = "2026-01-03" // Saturday
	wed   = "2025-12-24" // Wednesday
	jul   = "2025-07-15" // Tuesday, summer time
)

type findCase struct {
	sentence string
	ref      string // "" = unknown publication date
	text     string // the expression expected somewhere in the sentence
	typ      Type
	value    string
	prec     Precision
}

var findCases = []findCase{
	// "to be held" schedules, even after a past reporting verb
	{"The company announced today another event to be held on October 12.", "2005-10-04", "October 12", Date, "2005-10-12", Day},
	{"The company announced the event was held on October 12.", "2005-10-04", "October 12", Date, "2004-10-12", Day},
	// absolute dates
	{"The ceasefire took effect on January 22, 2026, officials said.", thu, "January 22, 2026", Date, "2026-01-22", Day},
	{"The ceasefire took effect on January 22, 2026, officials said.", "", "January 22, 2026", Date, "2026-01-22", Day},
	{"Voting ended on 22 January 2026 after a long campaign.", "", "22 January 2026", Date, "2026-01-22", Day},
	{"The report, dated Thursday 22 January 2026, was leaked.", "", "Thursday 22 January 2026", Date, "2026-01-22", Day},
	{"The company said sales rose on Jan. 12 after the launch.", thu, "Jan. 12", Date, "2026-01-12", Day},
	{"Prices fell on 6 January, the ministry said.", thu, "6 January", Date, "2026-01-06", Day},
	{"Prices fell on 6 January, the ministry said.", jan3, "6 January", Date, "2026-01-06", Day},
	{"The strike began on December 28 and lasted a week.", jan5, "December 28", Date, "2025-12-28", Day},
	// a possessive weekday is past unless it is ahead or its own clause is future
	{"Shareholders will receive $38 a share, a premium to Monday's closing price.", thu, "Monday", Date, "2026-01-19", Day},
	{"Leaders will meet ahead of Friday's vote.", thu, "Friday", Date, "2026-01-23", Day},
	{"Saturday's meeting will decide the matter.", thu, "Saturday", Date, "2026-01-24", Day},
	{"Officials assessed Sunday's attack on the port.", thu, "Sunday", Date, "2026-01-18", Day},
	// "second" is an ordinal before half/quarter, not the unit
	{"The deal is expected to close in the second half of 2026.", thu, "the second half of 2026", Date, "2026-07/2026-12", Range},
	{"Sales rose in the second quarter of 2025.", thu, "the second quarter of 2025", Date, "2025-04-01/2025-06-30", Quarter},
	// a clause joined after (", and is expected") keeps its tense to itself
	{"The convoy began its slow and careful crossing on Monday, and is expected to arrive within a day.", thu, "Monday", Date, "2026-01-19", Day},
	{"The convoy will leave on Monday, and officials said it was ready.", thu, "Monday", Date, "2026-01-26", Day},
	{"The summit will open on January 4 in Geneva.", "2025-12-20", "January 4", Date, "2026-01-04", Day},
	{"The law was passed on March 3rd by parliament.", thu, "March 3rd", Date, "2025-03-03", Day},
	{"He was born on the 4th of July 1990 in Ohio.", thu, "4th of July 1990", Date, "1990-07-04", Day},
	{"The file is stamped 2026-01-22 in the header.", "", "2026-01-22", Date, "2026-01-22", Day},
	{"The order was signed on 1/22/2026 in Washington.", "", "1/22/2026", Date, "2026-01-22", Day},
	{"The order was signed on 22/01/2026 in Brussels.", "", "22/01/2026", Date, "2026-01-22", Day},
	{"Revenue peaked in January 2025 before falling.", thu, "January 2025", Date, "2025-01", Month},
	{"Exports grew in January, the agency said.", thu, "January", Date, "2026-01", Month},
	{"Exports collapsed in December, the agency said.", jan3, "December", Date, "2025-12", Month},
	{"Exports collapsed in October, the agency said.", thu, "October", Date, "2025-10", Month},
	{"Elections will be held in March, the commission said.", thu, "March", Date, "2026-03", Month},
	{"The plant closed in 2025 after decades of losses.", thu, "2025", Date, "2025", Year},
	{"The dispute has run since 1998 without a settlement.", "", "1998", Date, "1998", Year},
	{"The budget for 2024-25 was cut again.", "", "2024-25", Date, "2024/2025", Range},
	{"The plan covers the years 2025–2026 in full.", "", "2025–2026", Date, "2025/2026", Range},
	{"Growth was strong in the 1990s and weak later.", "", "the 1990s", Date, "1990-01-01/1999-12-31", Decade},
	{"Profits rose in Q3 2025 on strong demand.", "", "Q3 2025", Date, "2025-07-01/2025-09-30", Quarter},
	{"Profits rose in the third quarter, the bank said.", thu, "the third quarter", Date, "2025-07-01/2025-09-30", Quarter},
	{"Profits rose in the first quarter of 2024, the bank said.", thu, "the first quarter of 2024", Date, "2024-01-01/2024-03-31", Quarter},
	{"The last quarter was weak for retailers.", thu, "The last quarter", Date, "2025-10-01/2025-12-31", Quarter},
	{"The dam was finished in summer 2025 after delays.", "", "summer 2025", Date, "2025-06/2025-08", Season},
	{"Fighting intensified this summer near the border.", jul, "this summer", Date, "2025-06/2025-08", Season},
	{"Fighting intensified last winter near the border.", thu, "last winter", Date, "2024-12/2025-02", Season},
	{"Talks stalled in mid-January over the border.", thu, "mid-January", Date, "2026-01-11/2026-01-20", Range},
	{"Talks stalled in early December over the border.", thu, "early December", Date, "2025-12-01/2025-12-10", Range},
	{"Talks stalled in late December over the border.", thu, "late December", Date, "2025-12-21/2025-12-31", Range},
	{"Talks stalled in late February 2024 over the border.", thu, "late February 2024", Date, "2024-02-21/2024-02-29", Range},
	{"The factory reopened in early 2025, the firm said.", thu, "early 2025", Date, "2025", Year},
	{"A deal is expected by the end of the month, aides say.", thu, "the end of the month", Date, "2026-01-21/2026-01-31", Range},
	{"A deal is expected by the end of the year, aides say.", thu, "the end of the year", Date, "2026", Year},
	{"Protests continued over the weekend in the capital.", mon, "the weekend", Date, "2026-01-24/2026-01-25", Range},
	{"Protests are planned for the weekend in the capital.", thu, "the weekend", Date, "2026-01-24/2026-01-25", Range},
	// relative to the reference date
	{"The minister resigned today after the vote.", thu, "today", Date, "2026-01-22", Day},
	{"The minister will speak tonight on television.", thu, "tonight", Clock, "2026-01-22TNI", Day},
	{"The minister resigned yesterday after the vote.", thu, "yesterday", Date, "2026-01-21", Day},
	{"The minister resigned yesterday after the vote.", jan3, "yesterday", Date, "2026-01-02", Day},
	{"The minister will resign tomorrow, aides say.", "2025-12-31", "tomorrow", Date, "2026-01-01", Day},
	{"Two people were hurt this week in the capital.", thu, "this week", Date, "2026-01-19/2026-01-25", Week},
	{"Two people were hurt this week in the capital.", sun, "this week", Date, "2026-01-19/2026-01-25", Week},
	{"Two people were hurt this week in the capital.", "2025-12-31", "this week", Date, "2025-12-29/2026-01-04", Week},
	{"Two people were hurt last week in the capital.", mon, "last week", Date, "2026-01-19/2026-01-25", Week},
	{"Talks resume next week in Geneva.", thu, "next week", Date, "2026-01-26/2026-02-01", Week},
	{"Talks resume next week in Geneva.", monNY, "next week", Date, "2026-01-05/2026-01-11", Week},
	{"Talks resume next week in Geneva.", wed, "next week", Date, "2025-12-29/2026-01-04", Week},
	{"Sales slumped this month, the survey shows.", thu, "this month", Date, "2026-01", Month},
	{"Sales slumped last month, the survey shows.", jan5, "last month", Date, "2025-12", Month},
	{"Sales slumped last month, the survey shows.", "2025-03-31", "last month", Date, "2025-02", Month},
	{"Sales will recover next month, the survey shows.", "2025-12-15", "next month", Date, "2026-01", Month},
	{"Sales slumped earlier this month, the survey shows.", thu, "earlier this month", Date, "2026-01-01/2026-01-21", Range},
	{"Inflation peaked this year at 9%.", thu, "this year", Date, "2026", Year},
	{"Inflation peaked last year at 9%.", jan3, "last year", Date, "2025", Year},
	{"Inflation will ease next year, the bank said.", thu, "next year", Date, "2027", Year},
	{"Three soldiers died three days ago in the east.", thu, "three days ago", Date, "2026-01-19", Day},
	{"The accord was signed two years ago in Minsk.", thu, "two years ago", Date, "2024", Year},
	{"The accord was signed a month ago in Minsk.", jan5, "a month ago", Date, "2025-12", Month},
	{"The new rules take effect in two weeks.", thu, "in two weeks", Date, "2026-02-02/2026-02-08", Week},
	{"The new rules take effect in ten days.", thu, "in ten days", Date, "2026-02-01", Day},
	{"Prices doubled over the past week in Kyiv.", thu, "the past week", Date, "2026-01-15/2026-01-22", Range},
	{"Prices doubled in the past 24 hours in Kyiv.", thu, "the past 24 hours", Date, "2026-01-21/2026-01-22", Range},
	{"Dozens were killed in recent days in the region.", thu, "recent days", Date, "PAST_REF", Unknown},
	{"The company recently opened a plant.", thu, "recently", Date, "PAST_REF", Unknown},
	{"The last flight left overnight from the base.", thu, "overnight", Date, "2026-01-21/2026-01-22", Range},
	{"They will stay overnight before flying on.", thu, "overnight", Date, "2026-01-22/2026-01-23", Range},
	// weekdays: past tense means the latest such day, the same day included
	{"The president spoke on Thursday in Kyiv.", thu, "Thursday", Date, "2026-01-22", Day},
	{"The president spoke on Thursday in Kyiv.", fri, "Thursday", Date, "2026-01-22", Day},
	{"The president spoke on Thursday in Kyiv.", sun, "Thursday", Date, "2026-01-22", Day},
	{"The president spoke on Thursday in Kyiv.", mon, "Thursday", Date, "2026-01-22", Day},
	{"The president spoke on Sunday in Kyiv.", sun, "Sunday", Date, "2026-01-25", Day},
	{"The president spoke on Monday in Kyiv.", sun, "Monday", Date, "2026-01-19", Day},
	{"The president spoke on Monday in Kyiv.", mon, "Monday", Date, "2026-01-26", Day},
	{"The president spoke on Friday in Kyiv.", monNY, "Friday", Date, "2025-12-26", Day},
	{"Thursday, the president spoke in Kyiv.", thu, "Thursday", Date, "2026-01-22", Day},
	// future tense means the next one
	{"The president will speak on Friday in Kyiv.", monNY, "Friday", Date, "2026-01-02", Day},
	{"The president will speak on Thursday in Kyiv.", thu, "Thursday", Date, "2026-01-29", Day},
	{"The president will speak on Saturday in Kyiv.", thu, "Saturday", Date, "2026-01-24", Day},
	{"The vote is due to take place on Monday.", thu, "Monday", Date, "2026-01-26", Day},
	{"The vote is scheduled for Monday, officials said.", thu, "Monday", Date, "2026-01-26", Day},
	{"The minister plans to visit on Wednesday.", thu, "Wednesday", Date, "2026-01-28", Day},
	{"The talks are expected to resume on Tuesday.", sun, "Tuesday", Date, "2026-01-27", Day},
	{"He said on Monday that talks will resume on Thursday.", fri, "Monday", Date, "2026-01-19", Day},
	{"He said on Monday that talks will resume on Thursday.", fri, "Thursday", Date, "2026-01-29", Day},
	{"The pair will meet next Thursday in Rome.", mon, "next Thursday", Date, "2026-01-29", Day},
	{"The pair met last Thursday in Rome.", thu, "last Thursday", Date, "2026-01-15", Day},
	{"The pair met last Thursday in Rome.", fri, "last Thursday", Date, "2026-01-22", Day},
	{"Explosions were heard on Thursday night in Odesa.", fri, "Thursday night", Clock, "2026-01-22TNI", Day},
	{"Explosions were heard on Monday morning in Odesa.", thu, "Monday morning", Clock, "2026-01-19TMO", Day},
	{"The strikes continued from Monday to Wednesday.", thu, "Monday to Wednesday", Date, "2026-01-19/2026-01-21", Range},
	{"The strikes continued between Monday and Wednesday.", thu, "Monday and Wednesday", Date, "2026-01-19/2026-01-21", Range},
	// ranges
	{"The festival runs from 19 to 25 January in Davos.", thu, "19 to 25 January", Date, "2026-01-19/2026-01-25", Range},
	{"The festival runs January 19-25 in Davos.", thu, "January 19-25", Date, "2026-01-19/2026-01-25", Range},
	{"The festival ran 19–25 January 2025 in Davos.", "", "19–25 January 2025", Date, "2025-01-19/2025-01-25", Range},
	{"The show ran from 3 March to 6 April 2025.", "", "3 March to 6 April 2025", Date, "2025-03-03/2025-04-06", Range},
	{"The show ran from 3 March to 6 April 2025.", thu, "3 March to 6 April 2025", Date, "2025-03-03/2025-04-06", Range},
	{"The show ran from March 2024 to April 2025.", "", "March 2024 to April 2025", Date, "2024-03/2025-04", Range},
	{"The mission lasted from 2019 to 2023 in Mali.", "", "2019 to 2023", Date, "2019/2023", Range},
	// clock times
	{"The meeting is scheduled for 12:00 GMT.", thu, "12:00 GMT", Clock, "2026-01-22T12:00Z", Minute},
	{"The meeting is scheduled for 12:00 UTC.", thu, "12:00 UTC", Clock, "2026-01-22T12:00Z", Minute},
	{"The sirens sounded at 3 p.m. across the city.", thu, "3 p.m.", Clock, "2026-01-22T15:00", Hour},
	{"The sirens sounded at 9:45am across the city.", thu, "9:45am", Clock, "2026-01-22T09:45", Minute},
	{"The strike hit at 15:30 Kyiv time on Thursday.", fri, "15:30 Kyiv time on Thursday", Clock, "2026-01-22T15:30+02:00", Minute},
	{"The strike hit at 15:30 Kyiv time.", jul, "15:30 Kyiv time", Clock, "2025-07-15T15:30+03:00", Minute},
	{"Launch is set for 09:00 EST from Florida.", thu, "09:00 EST", Clock, "2026-01-22T09:00-05:00", Minute},
	{"Launch is set for 9 a.m. ET from Florida.", jul, "9 a.m. ET", Clock, "2025-07-15T09:00-04:00", Hour},
	{"The curfew starts at midnight in the city.", thu, "midnight", Clock, "2026-01-22T00:00", Minute},
	{"The curfew ends at noon in the city.", thu, "noon", Clock, "2026-01-22T12:00", Minute},
	{"The text was published on 6 January 2026 - 22:17 in Paris.", "", "6 January 2026 - 22:17", Clock, "2026-01-06T22:17", Minute},
	{"The meeting is scheduled for 12:00 GMT.", "", "12:00 GMT", Clock, "", Unknown},
	// durations
	{"The talks lasted for five hours in Riyadh.", thu, "five hours", Duration, "PT5H", Unknown},
	{"The town was rebuilt after years of conflict.", thu, "years", Duration, "PXY", Unknown},
	{"The president began a three-day visit to Paris.", thu, "three-day", Duration, "P3D", Unknown},
	{"The talks lasted two weeks without progress.", thu, "two weeks", Duration, "P2W", Unknown},
	{"The power was off for 24 hours in the east.", thu, "24 hours", Duration, "PT24H", Unknown},
	{"The siege has lasted 1,000 days.", thu, "1,000 days", Duration, "P1000D", Unknown},
	{"It was the first rise in two years for the index.", thu, "two years", Duration, "P2Y", Unknown},
	{"The truce held for several weeks in the south.", thu, "several weeks", Duration, "PXW", Unknown},
	{"The search went on for twenty-four hours.", thu, "twenty-four hours", Duration, "PT24H", Unknown},
	{"The debate lasted 90 minutes on Tuesday.", thu, "90 minutes", Duration, "PT90M", Unknown},
	// sets
	{"The board meets every Monday in the capital.", thu, "every Monday", Set, "XXXX-WXX-1", Unknown},
	{"The figures are published weekly by the agency.", thu, "weekly", Set, "P1W", Unknown},
	{"The fair is held each year in Leipzig.", thu, "each year", Set, "P1Y", Unknown},
	{"The trains run daily between the cities.", thu, "daily", Set, "P1D", Unknown},
	{"The board meets twice a week in the capital.", thu, "twice a week", Set, "P1W", Unknown},
	{"The board meets every two weeks in the capital.", thu, "every two weeks", Set, "P2W", Unknown},
	// unknown reference date: relative expressions are found, not resolved
	{"The president spoke on Thursday in Kyiv.", "", "Thursday", Date, "", Unknown},
	{"Sales slumped last month, the survey shows.", "", "last month", Date, "", Unknown},
	{"Two people were hurt this week in the capital.", "", "this week", Date, "", Unknown},
	{"Prices fell on 6 January, the ministry said.", "", "6 January", Date, "", Unknown},
	{"The minister resigned yesterday after the vote.", "", "yesterday", Date, "", Unknown},
	{"Three soldiers died three days ago in the east.", "", "three days ago", Date, "", Unknown},
}

func TestFind(t *testing.T) {
	for _, tc := range findCases {
		var ref time.Time
		if tc.ref != "" {
			ref = day(tc.ref)
		}
		got := Find(tc.sentence, ref)
		var e *Expr
		for k := range got {
			if got[k].Text == tc.text {
				e = &got[k]
			}
		}
		if e == nil {
			t.Errorf("Find(%q, %s): no %q in %s", tc.sentence, tc.ref, tc.text, describe(got))
			continue
		}
		if e.Type != tc.typ || e.Value != tc.value || e.Precision != tc.prec {
			t.Errorf("Find(%q, %s) %q = %s %q %s; want %s %q %s", tc.sentence, tc.ref, tc.text, e.Type, e.Value, e.Precision, tc.typ, tc.value, tc.prec)
		}
		if e.Value != "" && (e.Type == Date || e.Type == Clock) && e.Precision != Unknown {
			b, l, _, ok := Interval(e.Value)
			if !ok || !b.Equal(e.Begin) || !l.Equal(e.Last) {
				t.Errorf("Find(%q) %q: Interval(%q) = %v %v %v, Begin/Last %v %v", tc.sentence, tc.text, e.Value, b, l, ok, e.Begin, e.Last)
			}
		}
	}
}

func describe(es []Expr) string {
	var b strings.Builder
	for _, e := range es {
		fmt.Fprintf(&b, "[%q %s %q %s] ", e.Text, e.Type, e.Value, e.Precision)
	}
	if b.Len() == 0 {
		return "nothing"
	}
	return b.String()
}

// Words that look like times but are not, in sentences that must yield no
// expression at all.
func TestFindNoFalsePositives(t *testing.T) {
	for _, s := range []string{
		"Delays may occur on the network.",
		"Thousands march through the city centre.",
		"It is the second time the bill has failed.",
		"The Sunday Times reported the story first.",
		"Strikes left 3,000 buildings without heat.",
		"A 17-year-old was among the victims.",
		"The victim, 17 years old, was a student.",
		"The party won 2000 seats in the council elections.",
		"The group has 1995 members and 40 branches.",
		"Police found a 2,000-year-old coin near the site.",
		"The score was 3:2 after extra time.",
		"The company sold 1,250 units of the device.",
		"She was quoted in USA Today about the case.",
		"May God protect the soldiers, she said.",
		"The ratio fell to 0.5 percent.",
		"He read the Daily Mail on the train.",
		"The minister met April Jones and June Carter.",
		"Apple shares rose 4% to $150.",
	} {
		if got := Find(s, day(thu)); len(got) != 0 {
			t.Errorf("Find(%q) = %s; want nothing", s, describe(got))
		}
	}
}

func TestFindOffsets(t *testing.T) {
	s := "On Thursday, the envoy – who arrived “overnight” – met officials at 12:00 GMT; talks resume next week."
	got := Find(s, day(thu))
	want := []string{"Thursday", "overnight", "12:00 GMT", "next week"}
	if len(got) != len(want) {
		t.Fatalf("Find = %s; want %v", describe(got), want)
	}
	for k, e := range got {
		if e.Text != want[k] || s[e.Start:e.End] != e.Text {
			t.Errorf("expr %d = %q [%d:%d]; want %q", k, e.Text, e.Start, e.End, want[k])
		}
	}
	if !got[3].Future || got[0].Future || !got[0].Relative {
		t.Errorf("flags: %+v", got)
	}
}

func TestParseDate(t *testing.T) {
	for _, tc := range []struct {
		in, value string
		prec      Precision
		clock     string
	}{
		{"2026-01-22", "2026-01-22", Day, ""},
		{"  2026-01-22  # inferred from the dateline", "2026-01-22", Day, ""},
		{"'2026-01-22'", "2026-01-22", Day, ""},
		{"2026-01-22T10:15:00Z", "2026-01-22", Day, "10:15"},
		{"2026-01-22T10:15:00+02:00", "2026-01-22", Day, "10:15"},
		{"2026-01-22T23:30:00-05:00", "2026-01-22", Day, "23:30"},
		{"2026-01-22T10:15:00.123Z", "2026-01-22", Day, "10:15"},
		{"2026-01-22 10:15:00", "2026-01-22", Day, "10:15"},
		{"Thu, 22 Jan 2026 10:15:00 GMT", "2026-01-22", Day, "10:15"},
		{"Thu, 22 Jan 2026 10:15:00 +0000", "2026-01-22", Day, "10:15"},
		{"22 Jan 26 10:15 GMT", "2026-01-22", Day, "10:15"},
		{"January 22, 2026", "2026-01-22", Day, ""},
		{"22 January 2026", "2026-01-22", Day, ""},
		{"Thursday 22 January 2026", "2026-01-22", Day, ""},
		{"Thursday, January 22, 2026 - 10:15", "2026-01-22", Day, "10:15"},
		{"2026-01", "2026-01", Month, ""},
		{"January 2026", "2026-01", Month, ""},
		{"2026", "2026", Year, ""},
	} {
		e, ok := ParseDate(tc.in)
		if !ok || e.Value != tc.value || e.Precision != tc.prec || e.Clock != tc.clock {
			t.Errorf("ParseDate(%q) = %q %s clock %q ok=%v; want %q %s %q", tc.in, e.Value, e.Precision, e.Clock, ok, tc.value, tc.prec, tc.clock)
		}
	}
	for _, in := range []string{"", "   ", "yesterday", "not a date", "2026-13-01", "Thursday"} {
		if e, ok := ParseDate(in); ok {
			t.Errorf("ParseDate(%q) = %+v; want failure", in, e)
		}
	}
}

func TestInterval(t *testing.T) {
	for _, tc := range []struct {
		in          string
		begin, last string
		prec        Precision
	}{
		{"2026-01-22", "2026-01-22", "2026-01-22", Day},
		{"2026-01-22T12:00Z", "2026-01-22", "2026-01-22", Minute},
		{"2026-01-22T12", "2026-01-22", "2026-01-22", Hour},
		{"2026-01-22TMO", "2026-01-22", "2026-01-22", Day},
		{"2026-01", "2026-01-01", "2026-01-31", Month},
		{"2024-02", "2024-02-01", "2024-02-29", Month},
		{"2026", "2026-01-01", "2026-12-31", Year},
		{"2026-W04", "2026-01-19", "2026-01-25", Week},
		{"2026-W01", "2025-12-29", "2026-01-04", Week},
		{"2026-01-19/2026-01-25", "2026-01-19", "2026-01-25", Week},
		{"2026-01-01/2026-03-31", "2026-01-01", "2026-03-31", Quarter},
		{"2026-Q2", "2026-04-01", "2026-06-30", Quarter},
		{"2025-06/2025-08", "2025-06-01", "2025-08-31", Season},
		{"2025-SU", "2025-06-01", "2025-08-31", Season},
		{"2020-01-01/2029-12-31", "2020-01-01", "2029-12-31", Decade},
		{"199", "1990-01-01", "1999-12-31", Decade},
		{"2025-12-21/2025-12-31", "2025-12-21", "2025-12-31", Range},
		{"2025/2026", "2025-01-01", "2026-12-31", Range},
		{"2024-11/2025-11", "2024-11-01", "2025-11-30", Range},
	} {
		b, l, p, ok := Interval(tc.in)
		if !ok || !b.Equal(day(tc.begin)) || !l.Equal(day(tc.last)) || p != tc.prec {
			t.Errorf("Interval(%q) = %v %v %s %v; want %s %s %s", tc.in, b.Format("2006-01-02"), l.Format("2006-01-02"), p, ok, tc.begin, tc.last, tc.prec)
		}
	}
	for _, in := range []string{"", "P5H", "PXY", "PAST_REF", "XXXX-WXX-1", "2026-13", "2026-02-30", "2026-01-25/2026-01-19", "20", "abcd"} {
		if _, _, _, ok := Interval(in); ok {
			t.Errorf("Interval(%q) ok; want failure", in)
		}
	}
}

func ExampleFind() {
	ref := time.Date(2026, 1, 22, 0, 0, 0, 0, time.UTC) // a Thursday
	s := "Envoys met on Thursday at 12:00 GMT, a week after talks collapsed, and will return next week."
	for _, e := range Find(s, ref) {
		fmt.Printf("%s | %s | %s | %q\n", e.Text, e.Type, e.Value, e.Precision)
	}
	// Output:
	// Thursday at 12:00 GMT | time | 2026-01-22T12:00Z | "minute"
	// a week | duration | P1W | ""
	// next week | date | 2026-01-26/2026-02-01 | "week"
}

// benchSentences is a mix like news text: most sentences have no time
// expression at all, some have one or two.
var benchSentences = []string{
	"The minister told reporters that the proposal would be discussed with partners in the coming days.",
	"Officials from both sides met in Geneva on Thursday to discuss the draft agreement.",
	"The ceasefire, which took effect on January 22, 2026, has largely held despite sporadic shelling.",
	"Critics argue that the measures do not go far enough to protect civilians in the region.",
	"According to the ministry, more than 3,000 buildings were left without heating after the attack.",
	"The company said revenue rose 12% in the third quarter, beating analysts' expectations.",
	"Negotiators are due to reconvene next week, a spokesman said.",
	"The talks lasted for five hours and ended without a joint statement.",
	"Residents described scenes of chaos as emergency services struggled to reach the area.",
	"The launch is scheduled for 12:00 GMT, weather permitting.",
	"Analysts expect the central bank to keep interest rates unchanged at its next meeting.",
	"He has led the organisation since 2019 and is widely expected to seek another term.",
	"Several European leaders welcomed the announcement, calling it an important step forward.",
	"A 17-year-old was among those killed in the strike on the port city.",
	"The report will be published in full later this month.",
	"Shares in the group fell sharply after the chief executive resigned unexpectedly.",
}

func BenchmarkFind(b *testing.B) {
	ref := day(thu)
	n := 0
	for _, s := range benchSentences {
		n += len(s)
	}
	b.SetBytes(int64(n))
	b.ReportAllocs()
	for b.Loop() {
		for _, s := range benchSentences {
			Find(s, ref)
		}
	}
}

func FuzzFind(f *testing.F) {
	for _, tc := range findCases {
		f.Add(tc.sentence, tc.ref)
	}
	for _, s := range benchSentences {
		f.Add(s, thu)
	}
	f.Fuzz(func(t *testing.T, s, refs string) {
		var ref time.Time
		if r, err := time.Parse("2006-01-02", refs); err == nil {
			ref = r
		}
		prev := 0
		for _, e := range Find(s, ref) {
			if e.Start < prev || e.End <= e.Start || e.End > len(s) {
				t.Fatalf("Find(%q): bad span %d:%d after %d", s, e.Start, e.End, prev)
			}
			if s[e.Start:e.End] != e.Text {
				t.Fatalf("Find(%q): Text %q != %q", s, e.Text, s[e.Start:e.End])
			}
			prev = e.End
			if e.Type == Date && e.Value != "" && e.Precision != Unknown {
				b, l, _, ok := Interval(e.Value)
				if !ok || !b.Equal(e.Begin) || !l.Equal(e.Last) {
					t.Fatalf("Find(%q): %q value %q does not parse back (%v %v %v; %v %v)", s, e.Text, e.Value, b, l, ok, e.Begin, e.Last)
				}
			}
			if ref.IsZero() && e.Relative && e.Value != "" && e.Precision != Unknown {
				t.Fatalf("Find(%q) without a reference date resolved %q to %q", s, e.Text, e.Value)
			}
		}
	})
}

func FuzzParseDate(f *testing.F) {
	for _, s := range []string{"2026-01-22", "2026-01-22T10:15:00+02:00", "Thu, 22 Jan 2026 10:15:00 GMT", "January 22, 2026", "2026-01 # c", "2026"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		e, ok := ParseDate(s)
		if !ok {
			return
		}
		if e.Start < 0 || e.End > len(s) || e.Start > e.End || s[e.Start:e.End] != e.Text {
			t.Fatalf("ParseDate(%q): bad span %d:%d %q", s, e.Start, e.End, e.Text)
		}
		b, l, _, iok := Interval(e.Value)
		if !iok || !b.Equal(e.Begin) || !l.Equal(e.Last) {
			t.Fatalf("ParseDate(%q) = %q does not parse back", s, e.Value)
		}
	})
}
