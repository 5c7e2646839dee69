package timex

import (
	"testing"
	"time"
)

var anchorCases = []findCase{
	// "the following weekend", "the previous weekend" count from the date before them
	{"The Kessel derby on Wednesday, January 14 was moved to the following weekend.", thu, "the following weekend", Date, "2026-01-17/2026-01-18", Range},
	{"Fans marched on Sunday, January 18, a week after a rally the previous weekend.", thu, "the previous weekend", Date, "2026-01-10/2026-01-11", Range},
	// a bare month in a list after one ahead runs on from it
	{"I am going to Oslo next month, Lima in November, back to Oslo in December, Kessa in January, Tula in February.", "2013-10-09", "February", Date, "2014-02", Month},
	// "a year earlier" after a month, a quarter or a half is those months a year off
	{"Orders at Kallista fell in October from a year earlier.", thu, "a year earlier", Date, "2024-10", Month},
	{"Brevik's sales rose in the third quarter from a year earlier.", thu, "a year earlier", Date, "2024-07-01/2024-09-30", Quarter},
	{"The Dorsa mill opened in May 2019 and shut a year later.", thu, "a year later", Date, "2020-05", Month},
	{"The Dorsa mill flooded in May 2019 and again the following year.", thu, "the following year", Date, "2020", Year},
	// counted from the nearest earlier date of the sentence
	{"Ministers will meet on Monday and vote the following day.", thu, "the following day", Date, "2026-01-27", Day},
	{"Rebels seized the airport on Tuesday and the palace the following day.", thu, "the following day", Date, "2026-01-21", Day},
	{"The ceasefire began on 3 March 2025 and collapsed the following night.", "", "the following night", Clock, "2025-03-04TNI", Day},
	{"On January 12 the army shelled the town; the next morning the mayor fled.", thu, "the next morning", Clock, "2026-01-13TMO", Day},
	{"Sales rose 5% in 2024 and fell the following year.", thu, "the following year", Date, "2025", Year},
	{"The airline dismissed 200 staff in March and another 150 the following month.", thu, "the following month", Date, "2025-04", Month},
	{"The storm hit on 14 February 2024; a week later the power was back.", "", "a week later", Date, "2024-02-19/2024-02-25", Week},
	{"The law passed in 2019 and was repealed three years later.", "", "three years later", Date, "2022", Year},
	{"The plant closed in June 2025; its sister plant had shut two months earlier.", "", "two months earlier", Date, "2025-04", Month},
	{"On Monday he said he had landed the day before.", thu, "the day before", Date, "2026-01-18", Day},
	// "the same period last year": the period the sentence named, a year before
	{"Orvale sales in the second quarter fell from the same period last year.", thu, "the same period last year", Date, "2024-04-01/2024-06-30", Quarter},
	{"Halvern profit for the first half of 2025 beat the same period of last year.", thu, "the same period of last year", Date, "2024-01/2024-06", Range},
	{"Kelvar revenue in December rose on the same month a year earlier.", thu, "the same month a year earlier", Date, "2024-12", Month},
	{"Brenmor traffic on Monday was up on the same week last year.", thu, "the same week last year", Date, "2025-01-13/2025-01-19", Week},
	{"Orvale posted a loss for the same period last year.", thu, "the same period last year", Date, "2025", Year},
	// "earlier in the day", "later in the day": the day the sentence has given
	{"The Brenmor council met on Monday and, later in the day, the mayor resigned.", thu, "later in the day", Date, "2026-01-19", Day},
	{"Earlier in the day, Kessa Ilvane toured the Tarvik harbour.", thu, "Earlier in the day", Date, "", Unknown},
	// else counted from the reference date, when the tense agrees
	{"The results will be announced the following day.", thu, "the following day", Date, "2026-01-23", Day},
	{"He had arrived in Paris the previous day.", thu, "the previous day", Date, "2026-01-21", Day},
	{"She had flown in the day before, aides said.", fri, "the day before", Date, "2026-01-22", Day},
	{"Fans had queued outside the arena the night before.", fri, "the night before", Clock, "2026-01-22TNI", Day},
	{"Turnout was 61%, up from 55% the previous year.", thu, "the previous year", Date, "2025", Year},
	{"Inspectors will return a month later.", thu, "a month later", Date, "2026-02", Month},
	{"The trial will resume the next morning.", thu, "the next morning", Clock, "2026-01-23TMO", Day},
	// a past clause that counts forward is anchored on a time the sentence
	// does not give: found, not dated
	{"Protesters returned the next morning.", thu, "the next morning", Clock, "", Unknown},
	{"Two days later the bridge reopened.", thu, "Two days later", Date, "", Unknown},
	{"The following day, officials met again.", thu, "The following day", Date, "", Unknown},
	// an anchor coarser than the unit cannot place it
	{"He moved to Lyon in 2019 and married the following day.", thu, "the following day", Date, "", Unknown},
	// "earlier than" compares: a length, not a date
	{"The bridge opened two years earlier than planned.", thu, "two years", Duration, "P2Y", Unknown},
	// no reference date and no anchor
	{"The results will be announced the following day.", "", "the following day", Date, "", Unknown},
}

// TestAnchor: expressions counted from the story's own time line.
func TestAnchor(t *testing.T) { testFind(t, anchorCases) }

// TestFindInStory: an anchored expression with nothing in its sentence to
// count from counts from the story's date, whatever the tense; an anchor
// wider than the unit places nothing; one in the sentence still wins.
func TestFindInStory(t *testing.T) {
	day := func(s string) time.Time { d, _ := time.Parse(time.DateOnly, s); return d }
	for _, c := range []struct {
		sentence, first, last, text, value string
	}{
		{"One year later she was dismissed from the board.", "1984-01-01", "1984-12-31", "One year later", "1985"},
		{"Two days later, the company recalled the phone.", "2010-03-03", "2010-03-03", "Two days later", "2010-03-05"},
		{"The day before, the board had met.", "2010-03-03", "2010-03-03", "The day before", "2010-03-02"},
		{"Later in the day, the Orvale board met again.", "2010-03-03", "2010-03-03", "Later in the day", "2010-03-03"},
		{"Two days later, the company recalled the phone.", "2009-01-01", "2009-12-31", "Two days later", ""},
		{"On May 2 the firm sued, and two days later it settled.", "2009-01-01", "2009-12-31", "two days later", "2026-05-04"},
	} {
		var got *Expr
		for _, e := range FindInStory(c.sentence, day("2026-06-10"), day(c.first), day(c.last)) {
			if e.Text == c.text {
				got = &e
			}
		}
		if got == nil || got.Value != c.value {
			t.Errorf("%q in a story at %s..%s: %+v, want %q = %q", c.sentence, c.first, c.last, got, c.text, c.value)
		}
	}
}
