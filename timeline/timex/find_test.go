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

// allFindCases are the table tests of every rule file; they also seed FuzzFind.
var allFindCases = [][]findCase{
	tenseCases, dateCases, weekdayCases, theCases, seasonCases, modifierCases, deicticCases,
	relativeCases, countCases, rangeCases, clockCases, setCases, unresolvedCases, anchorCases, namedCases,
}

var unresolvedCases = []findCase{
	// unknown reference date: relative expressions are found, not resolved
	{"The president spoke on Thursday in Kyiv.", "", "Thursday", Date, "", Unknown},
	{"Sales slumped last month, the survey shows.", "", "last month", Date, "", Unknown},
	{"Two people were hurt this week in the capital.", "", "this week", Date, "", Unknown},
	{"Prices fell on 6 January, the ministry said.", "", "6 January", Date, "", Unknown},
	{"The minister resigned yesterday after the vote.", "", "yesterday", Date, "", Unknown},
	{"Three soldiers died three days ago in the east.", "", "three days ago", Date, "", Unknown},
}

// TestFindUnresolved: without a reference date relative expressions are found, not resolved.
func TestFindUnresolved(t *testing.T) { testFind(t, unresolvedCases) }

// testFind checks each case: the expected expression is found in the
// sentence with its type, value and precision, and a dated value parses
// back (Interval) to the same first and last day.
func testFind(t *testing.T, cases []findCase) {
	t.Helper()
	for _, tc := range cases {
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
		// a capitalised season or weekday and part of the day before a name: a title
		"Skiers from Norvale trained for the Winter Olympics.",
		"Taxes rose in the Autumn Statement of the Orvale treasury.",
		"Saturday Morning Breakfast Cereal ran a cartoon about Kessel.",
		"Image: Daily et al.",
		// a weekday named for what happened on it
		"Black Monday wiped a fifth off the Orvale index.",
		"The Tesk Lions scored twice in the final quarter.",
		"The weekend edition of the Orsk Courier sold out.",
		"The Tesk marches recalled Bloody Sunday.",
		"The Brisk index stood at a quarter past 9 percent.",
		"The Orvale spokesman will answer at the time agreed.",
		"The early hours of the shift were quiet at the Dunmore plant.",
		"The Brenmor mayor was abroad at the time of the blast.",
		"The Orvale spokesman is not available at the time.",
		"The army pulled back then regrouped.",
		"The March the 3 unions planned was called off.",
		"Kelvor shares closed at 12.30 in the afternoon.",
		"The Ostra bank held its rate at 4.25 in the morning session.",
		"Staff numbers fell by a quarter to 12 offices.",
		"The Brisk index stood at 10.15 in the afternoon.",
		"Votes were counted at 12.30 percent turnout.",
		"The Halvern train reached 60 miles per hour.",
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
		"Children hunted for Easter eggs in the garden.",
		"The chain operates in 1500 stores.",
		"Sales rose to 1850 units.",
		"Apple shares rose 4% to $150.",
		"The clock stopped at the moment of the blast.",
		"Students present their designs to the jury.",
		"He spoke about the future of the alliance.",
		"They invested in the future of the town.",
		"So far as we know, nobody was hurt.",
		"Police arrested him the day before the vote.",
		"The committee agreed the following: a truce.",
		"The following players were selected.",
		// named.go's words where they are no time
		"He said that day-to-day work would continue.",
		"Christmas trees sold out early.",
		"Boxing fans filled the Orvale arena.",
		"Crowds celebrated the Lunar New Year in Beijing.",
		"Valentine Ozigbo spoke to reporters.",
		"The same year as the merger was a bad one.",
		"New Year celebrations were cancelled.",
		"Police said Lyon 2000 fans travelled to Paris.",
		"Shares of Acme 2024 Ltd rose.",
		"A 2000 increase in prices was seen.",
		"The survey was based on 2000 interviews.",
		"Output was 1998 or 1999 tonnes.",
		"The depot holds 1995 crates, 2010 pallets and 40 vans.",
		"The firm's 2000 employees were told by letter.",
		"He raced with 1999 other runners.",
		"The side led in the final quarter of the match.",
		"The team reached the quarter-final in Lyon.",
		"She was named player of the year.",
		"The current chairman is the most recent hire.",
		"The bakery sits in the quarter of the old town.",
		"The bonds pay a semi-annual coupon.",
		"The shop held its Annual Spring Fair.",
		"In the days before the vote, crowds gathered.",
		"She won the race in 2:04:35, a course record.",
		"The rest of the team left for Lyon.",
		"The fall in prices hurt farmers.",
		"He was blamed for the fall.",
		"Prices may fall sharply.",
		"He invested in future projects.",
		"Payment is due no later than the deadline.",
		"An earlier version was withdrawn.",
		"Sooner or later, prices will drop.",
		"The launch came earlier than expected.",
		"Later models were cheaper.",
		"The years after the war were hard.",
		"Shares in the miller closed at 3.30 pence.",
		// an ordinal before a noun is no day of the month
		"He scored in the 29th minute.",
		"She lives on the 3rd floor.",
		// abbreviations that are words stay words
		"The Sun reported the story.",
		"Sat on the bench, he waited.",
		"The probe flew close to the Sun.",
		"The story first ran in the Toronto Sun. It was denied.",
		"He sat. Then he spoke.",
		"The couple will wed. The date is secret.",
		"C'mon. Let's go.",
		"Sun Li, the chief executive, resigned.",
		"Sun, sea and sand drew the tourists.",
		"The millennium bug worried the Orvale board.",
		"At least 2000 people were killed in Orvale.",
		"The blast killed at least 2000 people.",
		"He played in at least 2010 matches.",
		"Halvern had as many as 2000 residents.",
		"She left as soon as she could.",
		"As soon as the vote ended, crowds cheered.",
		"Prices were as high as 2000 pence.",
		"He bought a 2H pencil in Orvale.",
		"Passengers on Flight 2024 were safe.",
		"The Orvale deal was signed at the last minute.",
		"Halvern led in the first half of the match.",
		"Brennick scored in the second half of the game.",
		"Orvale scored 2 in the morning session.",
		"Sales at Orvale rose a quarter to 2 million.",
		"The Orvale vote closed a quarter past 9.",
		"The Orvale band played Sun. Ra covers.",
		"The Halvern H1 visa rules changed.",
		"She applied for H1 status in Orvale.",
		"The bill, known as Resolution 2019, passed in Halvern.",
		"Every turn of the road was icy.",
		"Orvale shares opened at 4.25 and closed at 4.40.",
		"Halvern inflation started at 2.35 and ended at 2.50.",
		"Trading in Orvale began at 4.25 a share.",
		"The Halvern yield began at 1.30 percent.",
		"The Fridays played in Orvale.",
		"Kessa Ilvane sang with the Happy Mondays.",
		"The Orvale festival lasted two weekends.",
		"Lira Besk starred in the film Last Summer.",
		"The Orvale novel Next Winter sold well.",
		"The Halvern show Saturday Night Live returned.",
		"Kessa Ilvane sang on the album “Yesterday”.",
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
	for _, cases := range allFindCases {
		for _, tc := range cases {
			f.Add(tc.sentence, tc.ref)
		}
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
