package extract

import (
	"testing"

	"github.com/storygraph/storygraph/timeline"
)

// TestTitlesByDate: "the Prime Minister" on gov.uk is whoever held the
// office on the publication day, or nobody the gazetteer knows; a named
// person's role is given only while they held it.
func TestTitlesByDate(t *testing.T) {
	text := "The Prime Minister spoke to Keir Starmer and Donald Trump on Monday."
	for _, c := range []struct{ published, pm, starmerRole, trumpRole string }{
		{"2026-01-20", "Keir Starmer", "Prime Minister of the United Kingdom", "President of the United States"},
		{"2023-03-01", "Rishi Sunak", "", ""},
		{"2021-06-01", "Boris Johnson", "", ""},
		{"2018-06-01", "", "", "President of the United States"}, // Trump's first term; no UK PM of 2018 in the gazetteer
	} {
		x, doc := testArticle(t, text)
		doc.Title, doc.URL, doc.Published = "Readout", "https://www.gov.uk/government/news/readout", c.published
		ex := x.Extract(doc)
		pm, starmer, trump := "", "-", "-"
		for _, e := range ex.Entities {
			for _, m := range e.Mentions {
				if m.Text == "Prime Minister" {
					pm = e.Name
				}
			}
			switch e.Name {
			case "Keir Starmer":
				starmer = e.Role
			case "Donald Trump":
				trump = e.Role
			}
		}
		if pm != c.pm || starmer != c.starmerRole || trump != c.trumpRole {
			t.Errorf("published %s: the Prime Minister = %q, roles Starmer %q, Trump %q; want %q, %q, %q", c.published, pm, starmer, trump, c.pm, c.starmerRole, c.trumpRole)
		}
	}
}

// TestGenericTitles: "the Head of State" on a presidency's site is its
// President, "the Head of Government" on gov.uk the Prime Minister.
func TestGenericTitles(t *testing.T) {
	for _, c := range []struct{ url, text, want string }{
		{"https://www.president.gov.ua/en/news/1", "The Head of State thanked Norway for its support.", "Volodymyr Zelenskyy"},
		{"https://www.gov.uk/government/news/1", "The Head of Government thanked Norway for its support.", "Keir Starmer"},
		{"https://example.org/news/1", "The Head of State thanked Norway for its support.", ""},
		{"https://www.wired-gov.example/wg/news/1", "The Head of Government thanked Norway for its support.", ""},
		// anywhere, the person the article named before by an office the title stands for
		{"https://example.org/news/1", "President of Ukraine Volodymyr Zelenskyy met the Prime Minister of Norway. The Head of State thanked Norway for its support.", "Volodymyr Zelenskyy"},
	} {
		x, doc := testArticle(t, c.text)
		doc.Title, doc.URL, doc.Published = "Readout", c.url, "2026-01-20"
		ex := x.Extract(doc)
		if got := holderOf(ex, "Head of State") + holderOf(ex, "Head of Government"); got != c.want {
			t.Errorf("%s %q: the title is %q, want %q", c.url, c.text, got, c.want)
		}
	}
}

// TestDateOfTitle: a readout's title that ends with its own day, in the
// week before the publication date (a republished statement), dates what
// the statement calls today; other titles change nothing.
func TestDateOfTitle(t *testing.T) {
	for _, c := range []struct{ title, want string }{
		{"PM call with President Zelenskyy: 14 January 2026", "2026-01-14"},
		{"PM call with President Zelenskyy - 14 January 2026", "2026-01-14"},
		{"PM call with President Zelenskyy: 15 January 2026", "2026-01-15"}, // the same day
		{"PM call with President Zelenskyy: 2 January 2026", "2026-01-15"},  // more than a week before
		{"Talks to resume on 14 January 2026", "2026-01-15"},                // no colon: a headline's own news
	} {
		x, doc := testArticle(t, "The Prime Minister spoke to President Zelenskyy this afternoon.")
		doc.Title, doc.Published = c.title, "2026-01-15"
		ex := x.Extract(doc)
		if len(ex.Events) != 1 || ex.Events[0].Date != c.want {
			t.Errorf("%q: events %+v, want one on %s", c.title, ex.Events, c.want)
		}
	}
}

// TestSourceCountry: a re-post names the original outlet by its domain in
// its source line; "the Prime Minister" is then that country's.
func TestSourceCountry(t *testing.T) {
	for _, c := range []struct{ source, want string }{
		{"GOV.UK (Prime Minister's Office, 10 Downing Street), via WiredGov re-post", "Keir Starmer"},
		{"president.gov.ua via Example Wire", "Yulia Svyrydenko"},
		{"WiredGov", ""},
		{"Example News Inc.", ""},
	} {
		x, doc := testArticle(t, "The Prime Minister spoke to Donald Trump on Monday.")
		doc.Title, doc.URL, doc.Source, doc.Published = "Readout", "https://www.wired-gov.example/a/1", c.source, "2026-01-20"
		if got := holderOf(x.Extract(doc), "Prime Minister"); got != c.want {
			t.Errorf("source %q: the Prime Minister is %q, want %q", c.source, got, c.want)
		}
	}
}

// TestTitleNamedBefore: "the Prime Minister" is whoever the article named
// with that title before, ahead of the outlet's own office holder, and
// not the gazetteer's when the text names its own further down.
func TestTitleNamedBefore(t *testing.T) {
	for _, c := range []struct{ text, want string }{
		{"Volodymyr Zelenskyy spoke with Prime Minister of Japan Sanae Takaichi. The President invited the Prime Minister to visit Kyiv.", "Sanae Takaichi"},
		{"Volodymyr Zelenskyy spoke with Prime Minister Sanae Takaichi. The President invited the Prime Minister to visit Kyiv.", "Sanae Takaichi"},
		{"The President invited the Prime Minister to visit Kyiv.", "Yulia Svyrydenko"},
		// named further down with a name the gazetteer does not know: not
		// the gazetteer's holder; another country's does not count
		{"Volodymyr Zelenskyy met the Prime Minister of Portugal in Kyiv. President Zelenskyy thanked Prime Minister of Portugal Rui Valadares for the support.", ""},
		{"Volodymyr Zelenskyy met the Prime Minister in Kyiv. He later called Prime Minister of Japan Rui Valadares.", "Yulia Svyrydenko"},
		{"The President invited the Prime Minister of Portugal to visit Kyiv.", "Luís Montenegro"},
	} {
		x, doc := testArticle(t, c.text)
		doc.Title, doc.URL, doc.Published = "Readout", "https://www.president.gov.ua/en/news/1", "2026-02-14"
		if got := holderOf(x.Extract(doc), "Prime Minister"); got != c.want {
			t.Errorf("%q: the Prime Minister is %q, want %q", c.text, got, c.want)
		}
	}
}

// holderOf is the entity a title's mention ("Prime Minister") stands for
// in the extraction, or "".
func holderOf(ex *timeline.Extraction, title string) string {
	got := ""
	for _, e := range ex.Entities {
		for _, m := range e.Mentions {
			if m.Text == title {
				got = e.Name
			}
		}
	}
	return got
}

// TestDescribedNamed: "the novelist", "the farmer" are the person the
// text introduced with that word, before the name or in an apposition;
// not "the mayor" of "a friend of the mayor", nor "the farmer of ...".
func TestDescribedNamed(t *testing.T) {
	for _, c := range []struct{ text, want string }{
		{"The German novelist Ilse Marwick won the Harrow Prize on Tuesday. The novelist thanked her publisher.", "Ilse Marwick/agent"},
		{"Spanish climber Rafa Ortuno reached the summit on Thursday. The climber was rescued by helicopter on Saturday.", "Rafa Ortuno/subject"},
		{"Tomas Berg, a 45-year-old farmer from Lund, was arrested on Monday. The farmer denied the charges.", "Tomas Berg/agent"},
		{"Vale scored for the third time this season. Luca Ferraro praised the team. Anna Holm joined after a poor start to the season.", "Anna Holm/agent"},
		{"Apple chief executive Tomas Berg resigned on Monday. The executive management team met Anna Holm.", "Anna Holm/counterpart"},
		{"Tomas Berg, a friend of the mayor, was arrested on Monday. The mayor denied the charges.", "-"},
		{"Spanish climber Rafa Ortuno reached the summit on Thursday. The climber of the year award went to Ana Vidal.", "Ana Vidal/agent"},
	} {
		st, s := sentenceOf(t, c.text, beforeCast, memory{})
		st.findCast(s, antecedents{})
		if got := partsOf(s.parts); got != c.want {
			t.Errorf("%q: participants %s, want %s", c.text, got, c.want)
		}
	}
}
