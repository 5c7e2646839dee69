package extract

import (
	"testing"
	"time"

	"github.com/storygraph/storygraph/timeline"
	"github.com/storygraph/storygraph/timeline/article"
	"github.com/storygraph/storygraph/timeline/text"
	"github.com/storygraph/storygraph/timeline/timex"
)

var (
	paraMonday    = dated{date: "2026-01-19", precision: timex.Day, basis: timeline.BasisContext}
	paraOctober   = dated{date: "2025-10-01", precision: timex.Day, basis: timeline.BasisContext}
	paraBackstory = dated{date: "2019", precision: timex.Year, basis: timeline.BasisContext}
)

// dateSentenceCases are TestDateSentence's sentences.
var dateSentenceCases = []struct {
	text                   string
	para                   dated // zero: the publication date
	date, basis, dateText  string
	timed, dates, inFuture bool
}{
	{"Putin met Trump in Geneva on Monday.", dated{}, "2026-01-19", "text", "Monday", true, true, false},
	// the past Friday of the reporting verb is the coming one
	{"The meeting is expected to take place in Geneva on Friday, officials said.", dated{}, "2026-01-23", "text", "Friday", true, true, false},
	{"The talks resumed after a pause.", paraMonday, "2026-01-19", "context", "", false, false, false},
	// the present progressive is now, whatever the paragraph said
	{"Engineers are moving it to the pad.", paraOctober, "2026-01-21", "published", "", false, false, false},
	// a time of day, a week, "since": the sentence's own only
	// an hour alone keeps the day the story has reached (timex puts it on the publication day)
	{"The rehearsal began at 6:52 a.m.", paraMonday, "2026-01-19", "context", "", true, false, false},
	{"Russian drones struck Odesa this week.", dated{}, "2026-01-19/2026-01-25", "text", "this week", true, false, false},
	// a possessive names a thing, not the happening's time; alone, it still dates
	{"Yesterday, at this year's summit in Davos, the envoy unveiled the plan.", dated{}, "2026-01-20", "text", "Yesterday", true, true, false},
	{"The court annulled last week’s vote on Monday.", dated{}, "2026-01-19", "text", "Monday", true, true, false},
	{"This year's summit opened in Davos.", dated{}, "2026", "text", "This year", true, true, false},
	// the year of a name says which conference, not when
	{"Jobs gave the opening keynote to WWDC 2026 in San Francisco.", dated{}, "2026-01-21", "published", "", false, false, false},
	{"Jobs gave the opening keynote in 2025.", dated{}, "2025", "text", "2025", true, true, false},
	{"The stack has been undergoing preparations in the hangar since October.", dated{}, "2025-10-01/2026-01-21", "text", "October", true, false, false},
	// vague spans date, but are not the sentence's own date
	{"Negotiators have met several times over the past weeks.", dated{}, "2025-12-10/2026-01-21", "text", "the past weeks", false, false, false},
	{"Engineers will test the repaired line in the coming days.", dated{}, "2026-01-22/2026-02-04", "text", "the coming days", false, false, true},
	// the time of what was said, and of the object of a saying, is not the saying's
	{"Satya Nadella told analysts the deal would close by the end of June.", dated{}, "2026-01-21", "published", "", false, false, false},
	// a record's baseline ("the strongest since ...") dates nothing
	{"It was the strongest storm to hit the region since Storm Dagmar in December 2011.", dated{}, "2026-01-21", "published", "", false, false, false},
	// a link that brings in a period is no object: the day after it dates the saying
	{"Norland Bank reported a profit of $4 million for the first quarter on Monday.", dated{}, "2026-01-19", "text", "Monday", true, true, false},
	{"Kassym-Jomart Tokayev congratulated Vladimir Putin on the holding of the forum in Minsk last week.", dated{}, "2026-01-21", "published", "", false, false, false},
	// a determiner after the saying's verb opens its object, not a clause, when no verb follows: the time is the saying's
	{"Norland Bank announced the closure of two branches on Monday.", dated{}, "2026-01-19", "text", "Monday", true, true, false},
	// a reported clause with no "that" ("said most customers would"): its time is what was said
	{"Halvern Power said most customers would have power back by Thursday evening.", dated{}, "2026-01-21", "published", "", false, false, false},
	// the pluperfect with a word between ("had been accused") is backstory: it dates no sentence after it
	{"Oskar Brenn had been accused of fraud in 2019.", dated{}, "2019", "text", "2019", true, false, false},
	// a saying in the present, or of what is or will be, after a
	// sentence that went back to a past year is said now
	{"The chain says it plans to slow its growth.", paraBackstory, "2026-01-21", "published", "", false, false, false},
	{"Its chief executive, Edda Lunn, said demand remains strong.", paraBackstory, "2026-01-21", "published", "", false, false, false},
	{"“We are in good shape,” she said.", paraBackstory, "2026-01-21", "published", "", false, false, false},
	{"She said she wanted to write books.", paraBackstory, "2019", "context", "", false, false, false},
	// ... and one in the present always is, whatever day the paragraph told
	{"The airline says higher fuel prices have hurt its margins.", paraMonday, "2026-01-21", "published", "", false, false, false},
	{"The airline said higher fuel prices had hurt its margins.", paraMonday, "2026-01-19", "context", "", false, false, false},
	// a figure's baseline, the day of a price, the month a figure's
	// period ends: none dates the happening or its saying
	{"Net profit rose to 40 million euros from 31 million euros a year earlier, Ardent Bank said.", dated{}, "2026-01-21", "published", "", false, false, false},
	{"Sales fell to $3 billion against $3.4 billion in 2024, Holm said.", dated{}, "2026-01-21", "published", "", false, false, false},
	{"Holders will receive $42 a share, a premium of 31 percent to Monday's closing price.", dated{}, "2026-01-21", "published", "", false, false, false},
	{"Net profit for the three months to December fell to 412 million kroner, Tarvel said.", dated{}, "2026-01-21", "published", "", false, false, false},
	// a happening put off or moved takes its new date, not the old
	{"The vote, planned for March 3, was moved to April 14.", dated{}, "2026-04-14", "text", "April 14", true, true, true},
	{"The hearing, originally scheduled for February 2, was postponed until March 9.", dated{}, "2026-03-09", "text", "March 9", true, true, true},
	{"The launch, due in March, was pushed back to May.", dated{}, "2026-05", "text", "May", true, true, true},
	{"Ostrander said on Monday that the vote had been moved to April 14.", dated{}, "2026-01-19", "text", "Monday", true, true, false},
	// a time in a "that" clause in the pluperfect is of what had
	// happened before, not of the finding
	{"The court ruled that Velder had broken competition law in 2021.", dated{}, "2026-01-21", "published", "", false, false, false},
	{"The regulator concluded that the firm had hidden losses in 2023.", dated{}, "2026-01-21", "published", "", false, false, false},
	{"The court ruled on Tuesday that Velder had broken competition law in 2021.", dated{}, "2026-01-20", "text", "Tuesday", true, true, false},
	// a weekday after a trailing saying is the saying's, gone by, though
	// what was said is still to come
	{"Borealis will buy 40 jets from Aerion, the airline said at a press conference on Monday.", dated{}, "2026-01-19", "text", "Monday", true, true, false},
	// ... but a clock time after "from" is no figure
	{"The strike will run from 6 a.m. on Monday.", dated{}, "2026-01-26", "text", "6 a.m. on Monday", true, true, true},
}

// TestDateSentence pins the date of a sentence published on Wednesday
// 2026-01-21: its own, else the paragraph's (para), else the publication
// date; which of its dates date the sentences after it; vague spans.
func TestDateSentence(t *testing.T) {
	for _, c := range dateSentenceCases {
		st, s := sentenceOf(t, c.text, beforeDating, memory{})
		if c.para.basis == "" {
			c.para = st.publishedDate()
		}
		st.dateSentence(s, c.para)
		if s.date.date != c.date || string(s.date.basis) != c.basis || s.dateText != c.dateText {
			t.Errorf("%q: %s (%s) from %q, want %s (%s) from %q", c.text, s.date.date, s.date.basis, s.dateText, c.date, c.basis, c.dateText)
		}
		if s.timed != c.timed || s.datesParagraph != c.dates || s.future != c.inFuture {
			t.Errorf("%q: timed %v, dates the paragraph %v, future %v; want %v, %v, %v", c.text, s.timed, s.datesParagraph, s.future, c.timed, c.dates, c.inFuture)
		}
	}
}

func TestVagueAndSinceSpans(t *testing.T) {
	ref := time.Date(2026, 1, 21, 0, 0, 0, 0, time.UTC)
	for _, c := range []struct {
		e    timex.Expr
		want string
	}{
		{timex.Expr{Type: timex.Date, Value: "FUTURE_REF", Text: "the coming months"}, "2026-01-22/2027-01-21"},
		{timex.Expr{Type: timex.Date, Value: "PAST_REF", Text: "recent years"}, "2021-01-21/2026-01-21"},
		{timex.Expr{Type: timex.Date, Value: "PAST_REF", Text: "lately"}, "2025-12-24/2026-01-21"},
		{timex.Expr{Type: timex.Date, Value: "PAST_REF", Text: "in the past"}, ""},
		{timex.Expr{Type: timex.Date, Value: "FUTURE_REF", Text: "soon"}, ""},
	} {
		if got, _ := vagueSpan(c.e, ref); got != c.want {
			t.Errorf("vagueSpan(%q) = %q, want %q", c.e.Text, got, c.want)
		}
	}
	oct := timex.Expr{Begin: time.Date(2025, 10, 1, 0, 0, 0, 0, time.UTC)}
	if got, ok := sinceSpan(oct, ref); !ok || got != "2025-10-01/2026-01-21" {
		t.Errorf("since October = %q", got)
	}
	if _, ok := sinceSpan(oct, time.Time{}); ok {
		t.Error("since October without a publication date is a span")
	}
}

// TestPublishedFromDateLine: a date line under the title that gives the
// time too ("December 3, 2026, 15:40", as the Kremlin's pages do) is the
// publication date when the page has no metadata; without it every event
// of the page was undated. The reader takes such a line, alone between
// title and text, for the page's own date (article's dateLines), so it is
// metadata.
func TestPublishedFromDateLine(t *testing.T) {
	text := "Telephone conversation with the President of Norland\n\nMarch 3, 2026, 15:40\n\n" +
		"Vladimir Putin had a telephone conversation with the President of Norland, Anna Brekke.\n"
	docs, errs := article.Read("page.txt", []byte(text))
	if len(docs) != 1 || len(errs) != 0 {
		t.Fatalf("%d docs, errors %v", len(docs), errs)
	}
	g, err := testGazetteer()
	if err != nil {
		t.Fatal(err)
	}
	x := (&Extractor{Gazetteer: g}).Extract(&docs[0])
	if x.Article.Published != "2026-03-03" || x.Article.PublishedBasis != "metadata" {
		t.Errorf("published %q (%s), want 2026-03-03 from the page's date line", x.Article.Published, x.Article.PublishedBasis)
	}
	if len(x.Events) == 0 || x.Events[0].Date != "2026-03-03" {
		t.Errorf("events %+v, want the call dated 2026-03-03", x.Events)
	}
}

// TestComingYear: a period named without its year that timex put in the
// past is the coming one when the sentence looks forward ("expects sales
// to recover in the fourth quarter, she told analysts"), a season across
// the new year too; one told in the past stays.
func TestComingYear(t *testing.T) {
	ref := time.Date(2026, 7, 24, 0, 0, 0, 0, time.UTC)
	day := func(s string) time.Time { d, _ := time.Parse(time.DateOnly, s); return d }
	for _, c := range []struct {
		sentence, value, first, last, want string
		precision                          timex.Precision
		text                               string // the expression's, when it names a month
	}{
		{"The company expects sales to recover in the fourth quarter, she told analysts.", "2025-10-01/2025-12-31", "2025-10-01", "2025-12-31", "2026-10-01/2026-12-31", timex.Quarter, ""},
		{"The firm will open a store in the winter, its chief said.", "2025-12/2026-02", "2025-12-01", "2026-02-28", "2026-12/2027-02", timex.Season, ""},
		{"The plant will close in March, he said.", "2026-03", "2026-03-01", "2026-03-31", "2027-03", timex.Month, ""},
		{"Sales fell in the fourth quarter, she told analysts.", "2025-10-01/2025-12-31", "2025-10-01", "2025-12-31", "2025-10-01/2025-12-31", timex.Quarter, ""},
		// a part of a month named without its year
		{"Agnes Pell will step down at the end of May, the bank said.", "2026-05-21/2026-05-31", "2026-05-21", "2026-05-31", "2027-05-21/2027-05-31", timex.Range, "the end of May"},
		{"Agnes Pell stepped down at the end of May, the bank said.", "2026-05-21/2026-05-31", "2026-05-21", "2026-05-31", "2026-05-21/2026-05-31", timex.Range, "the end of May"},
	} {
		e := timex.Expr{Value: c.value, Text: c.text, Precision: c.precision, Begin: day(c.first), Last: day(c.last), Relative: true}
		if got := forwardIfScheduled(e, ref, text.Tokenize(c.sentence)); got.Value != c.want {
			t.Errorf("%q: %s, want %s", c.sentence, got.Value, c.want)
		}
	}
}
