package article

// Inputs in the shapes other sites and tools give them, found by probing
// with pages written in those shapes: a page copied from a browser, a
// news API's answer, a Hugo file. Each test fails without the rule it
// pins.

import (
	"strings"
	"testing"
)

// A page copied from a browser without a read-time line: the masthead
// (site, "Skip to main content", sections) glued above the headline, a
// credit glued to its caption, a byline glued to a date line and "Share".
// The headline is the title, the site the source, the date line the
// publication date, the reporter the author; none of them, nor the
// caption, is text. Before, the masthead was the title or no title at
// all, and with no date every event was undated.
func TestCopiedPageHeader(t *testing.T) {
	text := "The Coastal Herald\nSkip to main content\nWorld\nEurope\nBusiness\n\n" +
		"Ferry talks resume in Valetta as unions weigh offer\n\n" +
		"Photograph: Kai Moreno/Reuters\nStrikers gather at the port on Tuesday.\n\n" +
		"Ilse Brandt in Valetta\nTue 10 Mar 2026 18.42 GMT\nShare\n\n" +
		"Union leaders met ferry operators in Valetta on Tuesday for four hours of talks.\n\n" +
		"Most viewed\n"
	doc, got := readPage(t, "guardian-like", text)
	want := Doc{Title: "Ferry talks resume in Valetta as unions weigh offer", Source: "The Coastal Herald",
		Published: "Tue 10 Mar 2026 18.42 GMT", Author: "Ilse Brandt"}
	if doc.Title != want.Title || doc.Source != want.Source || doc.Published != want.Published || doc.Author != want.Author {
		t.Errorf("title %q source %q published %q author %q; want %q %q %q %q", doc.Title, doc.Source, doc.Published,
			doc.Author, want.Title, want.Source, want.Published, want.Author)
	}
	if doc.Category != "" {
		t.Errorf("category %q: a section link in mixed case is the site's, not the story's", doc.Category)
	}
	for _, chrome := range []string{"Coastal Herald", "Skip", "Europe", "Photograph", "Strikers gather", "Ilse Brandt", "GMT", "Share"} {
		if strings.Contains(got, chrome) {
			t.Errorf("%q kept as text: %q", chrome, got)
		}
	}
	if !strings.Contains(got, "Union leaders met ferry operators") {
		t.Errorf("the story is lost: %q", got)
	}
}

// A masthead in separate paragraphs: the site, a navigation line and a
// kicker in capitals (the story's section), then the headline, a byline
// and a metadata line joining publication and update with " | ".
func TestMastheadParagraphs(t *testing.T) {
	text := "Northbay Tribune\n\nHome | Politics | Economy | Sport\n\nECONOMY\n\n" +
		"Central bank holds rates as inflation cools\n\nBy Ravi Mehta, Economics Editor\n\n" +
		"Published: 14:05, 5 March 2026 | Updated: 16:20, 5 March 2026\n\n" +
		"The central bank left its main rate unchanged on Thursday.\n"
	doc, got := readPage(t, "tabloid-like", text)
	if doc.Title != "Central bank holds rates as inflation cools" || doc.Source != "Northbay Tribune" ||
		doc.Category != "ECONOMY" || doc.Published != "14:05, 5 March 2026" || doc.Author != "Ravi Mehta" {
		t.Errorf("title %q source %q category %q published %q author %q", doc.Title, doc.Source, doc.Category, doc.Published, doc.Author)
	}
	if got != "Central bank holds rates as inflation cools|The central bank left its main rate unchanged on Thursday." {
		t.Errorf("blocks %q", got)
	}
}

// What the page rules must leave alone: a short title over the text, two
// short lines at the top, glued short lines with no furniture among them,
// a text laid out a sentence per line, and a date line in a text with
// front matter (its metadata speaks).
func TestPageRulesLeaveTextAlone(t *testing.T) {
	for _, c := range []struct{ name, text, title, published, blocks string }{
		{"short title", "Storm hits coast\n\nHeavy rain fell overnight on the coast.\n", "Storm hits coast", "",
			"Storm hits coast|Heavy rain fell overnight on the coast."},
		{"title and subtitle", "Storm hits coast\n\nThousands without power\n\nHeavy rain fell overnight.\n",
			"Storm hits coast", "", "Storm hits coast|Thousands without power|Heavy rain fell overnight."},
		{"glued short lines", "Harbour reopens\n\nNorth Pier\nSouth Pier\nEast Pier\n\nAll three piers reopened on Monday.\n",
			"Harbour reopens", "", "Harbour reopens|North Pier\nSouth Pier\nEast Pier|All three piers reopened on Monday."},
		{"sentence per line", "Harbour reopens\n\nThe port reopened on Monday.\nShips queued all day.\nShare prices rose.\n",
			"Harbour reopens", "", "Harbour reopens|The port reopened on Monday.\nShips queued all day.\nShare prices rose."},
		{"front matter speaks", "---\ntitle: Harbour reopens\npublished: 2026-03-09\n---\nHarbour reopens\n\n9 March 2026, 10:00\n\nThe port reopened.\n",
			"Harbour reopens", "2026-03-09", "Harbour reopens|9 March 2026, 10:00|The port reopened."},
	} {
		doc, got := readPage(t, c.name, c.text)
		if doc.Title != c.title || doc.Published != c.published || got != c.blocks {
			t.Errorf("%s: title %q published %q blocks %q; want %q %q %q", c.name, doc.Title, doc.Published, got, c.title, c.published, c.blocks)
		}
	}
}

func TestIsDateOnlyLine(t *testing.T) {
	for _, c := range []struct {
		line string
		want bool
	}{
		{"Wed 11 Feb 2026 18.42 GMT", true},
		{"5 March 2026, 14:05", true},
		{"March 5, 2026 at 2:05 p.m. EST", true},
		{"Thursday 5 March 2026", true},
		{"November 27, 2025, Bishkek", false}, // a place: the Kremlin's date line, read by extract
		{"March 2026 was the wettest on record", false},
		{"2026 budget", false},
	} {
		if got := isDateOnlyLine(c.line); got != c.want {
			t.Errorf("isDateOnlyLine(%q) = %v, want %v", c.line, got, c.want)
		}
	}
}

// Junk above the headline that no masthead rule names ("Live", an
// outlet glued to its section), a headline glued to its standfirst, and
// the dates of a trailing list of other pages: the headline is the title,
// the junk no text, and a date below the story is no publication date
// (it once dated every event of a page two years early).
func TestHeadlineUnderJunk(t *testing.T) {
	for _, c := range []struct{ name, text, title, published, first string }{
		{"badge and section", "Live\nNews|Harbours\n\nFerry convoy reaches the islands after weeks of delays\n\n" +
			"Published On 8 Feb 2026\n8 Feb 2026\n\nA convoy of ferries reached the islands on Sunday, the port authority said.\n",
			"Ferry convoy reaches the islands after weeks of delays", "8 Feb 2026",
			"Ferry convoy reaches the islands after weeks of delays"},
		{"headline glued to standfirst", "Menu\nSearch\n\nValley Gazette\nLocal News\n\n" +
			"Council approves new bridge after decade of delays\nCouncillors voted 9-2 for the crossing on Monday night\n\n" +
			"The council approved plans for a new road bridge on Monday, ending a decade of delays.\n\n" +
			"More on this story\nBridge plan goes back to drawing board\nPublished\n12 May 2024\n",
			"Council approves new bridge after decade of delays", "", "Council approves new bridge after decade of delays"},
	} {
		doc, got := readPage(t, c.name, c.text)
		if doc.Title != c.title || doc.Published != c.published || !strings.HasPrefix(got, c.first+"|") {
			t.Errorf("%s: title %q published %q blocks %q; want %q %q, blocks from %q", c.name, doc.Title, doc.Published, got, c.title, c.published, c.first)
		}
		for _, junk := range []string{"Live", "Harbours", "Menu", "Gazette", "2024", "drawing board"} {
			if strings.Contains(got, junk) {
				t.Errorf("%s: %q kept as text: %q", c.name, junk, got)
			}
		}
	}
}

// A byline glued to its metadata line (as AP's pages give them) is split
// and read; it once became a happening with a person "GMT".
func TestBylineGluedToMeta(t *testing.T) {
	text := "Harbour News\n\nPort workers end strike after pay deal\n\nBy ANNA BERG and LUCA CONTI\nUpdated 3:14 PM GMT+1, March 5, 2026\n\n" +
		"Dock workers in Valetta ended a nine-day strike on Thursday, the port authority said.\n"
	doc, got := readPage(t, "ap-like", text)
	if doc.Author != "ANNA BERG and LUCA CONTI" || doc.Published != "3:14 PM GMT+1, March 5, 2026" || strings.Contains(got, "Updated") {
		t.Errorf("author %q published %q blocks %q", doc.Author, doc.Published, got)
	}
}

// A read-time line that also gives the day ("4 min read · Mar 2, 2026")
// dates the page, and a short line between the title and it (the outlet
// or the author) is not the title.
func TestReadTimeWithDate(t *testing.T) {
	text := "Ship collision closes river channel\n\nThe River Times\n4 min read · Mar 2, 2026\n\n" +
		"Two cargo ships collided near the port on Sunday night.\n\nPolice said no one was injured.\n"
	doc, _ := readPage(t, "medium-like", text)
	if doc.Title != "Ship collision closes river channel" || doc.Published != "Mar 2, 2026" {
		t.Errorf("title %q published %q", doc.Title, doc.Published)
	}
}

// An HTML page without metadata for its date or outlet: the <time> in the
// article's byline is its date (not one in its list of other stories),
// and the outlet is what <title> gives after the headline.
func TestHTMLBareTimeAndTitleSite(t *testing.T) {
	page := `<!doctype html><html><head><meta charset="utf-8"><title>Ferry strike ends after pay deal | Harbour Herald</title></head>
<body><header><a href="/">Harbour Herald</a></header><main><article>
<h1>Ferry strike ends after pay deal</h1>
<div class="byline">By Ilse Brandt · <time datetime="2026-03-05T09:30:00Z">Thu 5 Mar 2026</time></div>
<p>Ferry crews in Valetta voted on Wednesday to accept a pay rise, ending a strike that had stranded thousands of passengers.</p>
<p>Services will resume on Friday morning, the operator said in a statement to reporters.</p>
<aside><ul><li><a href="/a">Ferry strike enters second week</a> <time datetime="2026-02-20">20 Feb</time></li></ul></aside>
</article></main></body></html>`
	docs, errs := Read("page.html", []byte(page))
	if len(docs) != 1 || len(errs) != 0 {
		t.Fatalf("%d docs, errors %v", len(docs), errs)
	}
	if d := docs[0]; d.Published != "2026-03-05T09:30:00Z" || d.Source != "Harbour Herald" || d.Title != "Ferry strike ends after pay deal" {
		t.Errorf("published %q source %q title %q", d.Published, d.Source, d.Title)
	}
	page = strings.Replace(page, `<time datetime="2026-03-05T09:30:00Z">Thu 5 Mar 2026</time>`, "", 1)
	if docs, _ := Read("page.html", []byte(page)); len(docs) != 1 || docs[0].Published != "" {
		t.Errorf("the date of a linked story was read as the page's: %q", docs[0].Published)
	}
}

// What a news API answers: articles in a list under "articles", camelCase
// fields, the source an object, the outlet repeated after the title, the
// text cut with "… [+N chars]". Each article is read whole: its date, its
// outlet, a title without the outlet, and no cut sentence.
func TestNewsAPIAnswer(t *testing.T) {
	answer := `{"status":"ok","totalResults":2,"articles":[
{"source":{"id":null,"name":"Harbour Herald"},"author":"Ilse Brandt","title":"Ferry strike ends after pay deal - Harbour Herald",
 "url":"https://herald.example.com/ferry","publishedAt":"2026-03-05T09:30:00Z",
 "content":"Ferry crews voted on Wednesday to accept a pay rise, the union said. Services will resume on Friday… [+2110 chars]"},
{"source":{"name":"Valley Courier"},"title":"Bridge approved","publishedAt":"2026-03-03T08:00:00Z","url":"https://courier.example/2",
 "content":"The council approved a new bridge on Monday."}]}`
	docs, errs := Read("news.json", []byte(answer))
	if len(docs) != 2 || len(errs) != 0 {
		t.Fatalf("%d docs, errors %v", len(docs), errs)
	}
	d := docs[0]
	if d.Title != "Ferry strike ends after pay deal" || d.Source != "Harbour Herald" || d.Published != "2026-03-05T09:30:00Z" ||
		d.Text != "Ferry crews voted on Wednesday to accept a pay rise, the union said." {
		t.Errorf("title %q source %q published %q text %q", d.Title, d.Source, d.Published, d.Text)
	}
	if docs[1].Source != "Valley Courier" || docs[1].Published != "2026-03-03T08:00:00Z" {
		t.Errorf("second: source %q published %q", docs[1].Source, docs[1].Published)
	}
	// an article that merely has a list of items is an article
	one := `{"title":"Harbour reopens","body":"The harbour reopened on Monday.","items":[{"title":"x","body":"y"}]}`
	if docs, errs := Read("one.json", []byte(one)); len(docs) != 1 || len(errs) != 0 || docs[0].Title != "Harbour reopens" {
		t.Errorf("an article with an items list: %d docs, errors %v", len(docs), errs)
	}
}

// Hugo writes front matter in TOML between +++ lines: it is read with the
// same keys as YAML's, its dates as written; broken TOML is an error that
// names the line.
func TestTOMLFrontMatter(t *testing.T) {
	for _, c := range []struct{ text, published string }{
		{"+++\ntitle = \"Harbour reopens\"\ndate = 2026-03-09\nauthors = [\"Ilse Brandt\"]\n+++\n\nThe harbour reopened on Monday.\n", "2026-03-09"},
		{"+++\ntitle = \"Harbour reopens\"\ndate = 2026-03-09T10:00:00+01:00\nauthor = \"Ilse Brandt\"\n[params]\nsource = \"Harbour Herald\"\n+++\nThe harbour reopened on Monday.\n",
			"2026-03-09T10:00:00+01:00"},
	} {
		doc, got := readPage(t, "toml", c.text)
		if doc.Title != "Harbour reopens" || doc.Published != c.published || doc.Author != "Ilse Brandt" || !strings.HasSuffix(got, "The harbour reopened on Monday.") {
			t.Errorf("title %q published %q author %q blocks %q", doc.Title, doc.Published, doc.Author, got)
		}
	}
	docs, errs := Read("bad.md", []byte("+++\ntitle = \"Harbour\ndate = 2026\n+++\nBody.\n"))
	if len(docs) != 0 || len(errs) != 1 || errs[0].Line != 2 || !strings.Contains(errs[0].Msg, "front matter") {
		t.Errorf("broken TOML: %d docs, errors %v", len(docs), errs)
	}
}

// Text hard-wrapped at a fixed width (press releases, e-mails) keeps its
// paragraphs whole: a wrapped line that happens to hold a photo agency's
// name or only a year is no caption and no line of page furniture.
func TestHardWrappedTextStaysWhole(t *testing.T) {
	text := "Poll shows support for ferry deal\n\n" +
		"Most islanders back the ferry deal, a Reuters/Ipsos poll published\non Thursday showed, with support highest among commuters.\n\n" +
		"The union said the strike, the longest since the harbour opened in\n2026.\n\n" +
		"Voters were asked about the deal in a survey\nReuters/Ipsos ran\nlast week.\n"
	_, got := readPage(t, "hard-wrapped", text)
	want := "Poll shows support for ferry deal|" +
		"Most islanders back the ferry deal, a Reuters/Ipsos poll published\non Thursday showed, with support highest among commuters.|" +
		"The union said the strike, the longest since the harbour opened in\n2026.|" +
		"Voters were asked about the deal in a survey\nReuters/Ipsos ran\nlast week."
	if got != want {
		t.Errorf("blocks\n%q\nwant\n%q", got, want)
	}
	// with no title above it, a wrapped first paragraph is no headline
	// glued to its standfirst
	doc, got2 := readPage(t, "hard-wrapped, untitled", "Most islanders back the ferry deal, a poll published\non Thursday showed.\n\nThe union welcomed it.\n")
	if doc.Title != "" || !strings.HasPrefix(got2, "Most islanders back the ferry deal, a poll published\non Thursday showed.|") {
		t.Errorf("title %q blocks %q", doc.Title, got2)
	}
}

// A wire service's page copied whole: a masthead box whose lines are not
// all labels (its tagline), a byline box with the date glued to its time
// and to "Updated" ("March 5, 20263:14 PM GMTUpdated 2 hours ago"), and a
// link line marked for screen readers (", opens new tab").
func TestWirePageCopied(t *testing.T) {
	text := "Skip to main content\nIndependent news and data for market professionals\nLearn more about\nHarbour Wire home\nWorld\nBusiness\n\n" +
		"Ferry operator to cut 300 jobs as demand slumps\n\n" +
		"By Anna Berg and Luca Conti\nMarch 5, 20263:14 PM GMTUpdated 2 hours ago\n\n" +
		"VALNIK, March 5 (Harbour Wire) - The ferry operator said on Thursday it would cut 300 jobs.\n\n" +
		"Our Standards: The Harbour Wire Trust Principles., opens new tab\n"
	doc, got := readPage(t, "wire page", text)
	if doc.Title != "Ferry operator to cut 300 jobs as demand slumps" || doc.Published != "March 5, 2026 3:14 PM GMT" ||
		doc.Source != "Harbour Wire" || doc.Author != "Anna Berg and Luca Conti" {
		t.Errorf("title %q published %q source %q author %q", doc.Title, doc.Published, doc.Source, doc.Author)
	}
	if strings.Contains(got, "Independent news") || strings.Contains(got, "Our Standards") || strings.Contains(got, "Updated") {
		t.Errorf("page furniture kept as text: %q", got)
	}
}

// A byline between the headline and the read time ("By Jane Doe, CNN")
// is the author, not the title; a box glued under the headline ("3 hours
// ago", "Share", the reporter) does not take the headline with it.
func TestHeadlineAboveBylineBoxes(t *testing.T) {
	doc, _ := readPage(t, "read time under a byline", "Ferry strike ends after union accepts pay deal\n\nBy Ilse Brandt, Harbour TV\n4 minute read\n"+
		"Updated 10:32 AM EST, Thu March 5, 2026\n\nFerry crews voted on Wednesday to accept a pay rise, ending the strike.\n\nThe union welcomed the vote.\n")
	if doc.Title != "Ferry strike ends after union accepts pay deal" || doc.Author != "Ilse Brandt" {
		t.Errorf("title %q author %q", doc.Title, doc.Author)
	}
	doc, got := readPage(t, "box under the headline", "Ferry strike ends after union accepts pay deal\n3 hours ago\nShare\nSave\nIlse Brandt\nHarbour News, Valnik\n\n"+
		"Ferry crews voted on Wednesday to accept a pay rise, ending the strike.\n")
	if doc.Title != "Ferry strike ends after union accepts pay deal" || !strings.Contains(got, "Ferry crews voted") {
		t.Errorf("title %q blocks %q", doc.Title, got)
	}
}

// A government page copied whole: a cookie banner and a menu glued above,
// a kicker, the headline and its summary glued into one block, and the
// labels "From:" and "Published" on lines of their own above their values.
func TestGovernmentPageCopied(t *testing.T) {
	text := "Skip to main content\nCookies on GOV.EXAMPLE\nWe use some essential cookies to make this website work.\nAccept additional cookies\nReject additional cookies\n" +
		"GOV.EXAMPLE\nMenu\n\nHome\nGovernment\nNews and communications\n\n" +
		"Press release\nMinister visits Valnik port: 3 March 2026\nThe Minister visited the port of Valnik this afternoon.\n\n" +
		"From:\nMinistry of Harbours\nPublished\n3 March 2026\n\n" +
		"The Minister visited the port of Valnik this afternoon.\n\nShe met dock workers and port officials.\n\nShare this page\n"
	doc, got := readPage(t, "government page", text)
	if doc.Title != "Minister visits Valnik port: 3 March 2026" || doc.Category != "Press release" || doc.Published != "3 March 2026" ||
		doc.Summary != "The Minister visited the port of Valnik this afternoon." {
		t.Errorf("title %q category %q published %q summary %q", doc.Title, doc.Category, doc.Published, doc.Summary)
	}
	for _, chrome := range []string{"cookies", "Menu", "Ministry of Harbours", "Published"} {
		if strings.Contains(got, chrome) {
			t.Errorf("%q kept as text: %q", chrome, got)
		}
	}
	if !strings.HasSuffix(got, "The Minister visited the port of Valnik this afternoon.|She met dock workers and port officials.") {
		t.Errorf("the story is lost: %q", got)
	}
}

// Markdown from a blog or newsletter sets its byline, captions and boxes
// in italics: with the marks off they are furniture (a byline with the
// date and read time, a caption ending in its credit, a newsletter box);
// an italic sentence of the story stays.
func TestEmphasisedFurniture(t *testing.T) {
	text := "# Ferry strike ends after pay deal\n\n*By Ilse Brandt · March 5, 2026 · 4 min read*\n\n![Crews](crews.jpg)\n" +
		"*Crews gather at the harbour on Wednesday. Photo: Kai Moreno*\n\n*The strike had lasted a week.*\n\n" +
		"Ferry crews voted on Wednesday to accept a pay rise.\n\n*Subscribe to our newsletter for more stories like this.*\n"
	docs, errs := Read("post.md", []byte(text))
	if len(docs) != 1 || len(errs) != 0 {
		t.Fatalf("%d docs, errors %v", len(docs), errs)
	}
	var blocks []string
	for _, b := range docs[0].Blocks {
		blocks = append(blocks, b.Text)
	}
	got := strings.Join(blocks, "|")
	if d := docs[0]; d.Author != "Ilse Brandt" || d.Published != "March 5, 2026" ||
		got != "Ferry strike ends after pay deal|*The strike had lasted a week.*|Ferry crews voted on Wednesday to accept a pay rise." {
		t.Errorf("author %q published %q blocks %q", d.Author, d.Published, got)
	}
}

// A text written a sentence a line with no blank line under its title
// (plain-text exports, some feeds): the title line is the title, not the
// opening of the first sentence; a hard-wrapped first paragraph keeps its
// first line.
func TestTitleAboveLines(t *testing.T) {
	for _, c := range []struct {
		name, text, title, blocks string
	}{
		{"untitled file", "Harbour strike ends after nine days\nDock workers returned to work on Monday.\nThe strike began on March 2.\n",
			"Harbour strike ends after nine days", "title:Harbour strike ends after nine days|paragraph:Dock workers returned to work on Monday.\nThe strike began on March 2."},
		{"front matter", "---\ntitle: Harbour strike ends\npublished: 2026-03-11\n---\nHarbour strike ends\nDock workers returned to work on Monday.\n",
			"Harbour strike ends", "title:Harbour strike ends|paragraph:Dock workers returned to work on Monday."},
		{"front matter, another first line", "---\ntitle: Harbour strike ends\npublished: 2026-03-11\n---\nDock workers returned\nto work on Monday.\n",
			"Harbour strike ends", "paragraph:Dock workers returned\nto work on Monday."},
		{"date line under the front matter", "---\ntitle: Halden Motors to cut jobs\npublished: 2008-10-22\n---\nOctober 22, 2008\nHalden Motors will cut 3,000 jobs.\nThe union objected.\n",
			"Halden Motors to cut jobs", "paragraph:Halden Motors will cut 3,000 jobs.\nThe union objected."},
		{"title and date line", "Harbour strike ends\nMarch 11, 2026\nDock workers returned to work on Monday.\nThe strike began on March 2.\n",
			"Harbour strike ends", "title:Harbour strike ends|paragraph:Dock workers returned to work on Monday.\nThe strike began on March 2."},
		{"hard-wrapped", "Most islanders back the ferry deal, a poll\npublished on Thursday showed, with support\nhighest among commuters.\n",
			"", "paragraph:Most islanders back the ferry deal, a poll\npublished on Thursday showed, with support\nhighest among commuters."},
	} {
		docs, errs := Read("lines.txt", []byte(c.text))
		if len(docs) != 1 || len(errs) != 0 {
			t.Fatalf("%s: %d docs, errors %v", c.name, len(docs), errs)
		}
		var got []string
		for _, b := range docs[0].Blocks {
			got = append(got, string(b.Kind)+":"+b.Text)
		}
		if docs[0].Title != c.title || strings.Join(got, "|") != c.blocks {
			t.Errorf("%s: title %q, blocks %q\nwant %q, %q", c.name, docs[0].Title, strings.Join(got, "|"), c.title, c.blocks)
		}
	}
}
