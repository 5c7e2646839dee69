package article

import (
	"strings"
	"testing"
)

// TestBoxWordInBodyEndsOnlyItsLine pins issue 12: a one-line paragraph
// "Related", "Trending", "Latest news" or "Recommended" inside a body used
// to discard everything after it.
func TestBoxWordInBodyEndsOnlyItsLine(t *testing.T) {
	for _, word := range []string{"Related", "Trending", "Latest news", "Recommended", "Related Articles:"} {
		for _, form := range []struct{ name, text string }{
			{"plain.txt", "Port Strike Ends After Two Weeks\n\nDockworkers in Valley Port returned to work on Monday after a deal.\n\n" +
				word + "\n\nThe union said the agreement raises wages by six percent over three years.\n"},
			{"glued.txt", "Port Strike Ends After Two Weeks\n\nDockworkers in Valley Port returned to work on Monday after a deal.\n\n" +
				word + "\nThe union said the agreement raises wages by six percent over three years.\n"},
			{"page.md", "# Port Strike Ends After Two Weeks\n\nDockworkers in Valley Port returned to work on Monday after a deal.\n\n" +
				word + "\n\nThe union said the agreement raises wages by six percent over three years.\n"},
			{"page.html", "<html><body><article><h1>Port Strike Ends After Two Weeks</h1>" +
				"<p>Dockworkers in Valley Port returned to work on Monday after a deal.</p><p>" + word +
				"</p><p>The union said the agreement raises wages by six percent over three years.</p></article></body></html>"},
			// the box's own list of links goes with it
			{"box.txt", "Port Strike Ends After Two Weeks\n\nDockworkers in Valley Port returned to work on Monday after a deal.\n\n" +
				word + "\n\n• Fuel Prices Fall Again\n• Who Wins From the New Port Deal?\n\nThe union said the agreement raises wages by six percent over three years.\n"},
			{"box.html", "<html><body><article><h1>Port Strike Ends After Two Weeks</h1>" +
				"<p>Dockworkers in Valley Port returned to work on Monday after a deal.</p><h3>" + word +
				"</h3><ul><li>Fuel Prices Fall Again</li><li>Who Wins From the New Port Deal?</li></ul>" +
				"<p>The union said the agreement raises wages by six percent over three years.</p></article></body></html>"},
		} {
			docs, errs := Read(form.name, []byte(form.text))
			if len(docs) != 1 || len(errs) != 0 {
				t.Fatalf("%s with %q: %d docs, errors %v", form.name, word, len(docs), errs)
			}
			var all []string
			for _, b := range docs[0].Blocks {
				all = append(all, b.Text)
			}
			got := strings.Join(all, "|")
			if !strings.Contains(got, "The union said the agreement raises wages") {
				t.Errorf("%s with %q: text after the box word lost: %q", form.name, word, got)
			}
			if strings.Contains(got, strings.TrimSuffix(word, ":")+"|") || strings.HasSuffix(got, word) {
				t.Errorf("%s with %q: the box word is kept as text: %q", form.name, word, got)
			}
			if strings.Contains(got, "Fuel Prices") {
				t.Errorf("%s with %q: the box's links are kept as text: %q", form.name, word, got)
			}
		}
	}
}

// A real trailing link list still ends the article, with its AI disclaimer
// still marking it.
func TestTrailingLinkListLeftOut(t *testing.T) {
	for _, form := range []struct{ name, text string }{
		{"plain.txt", "Port Strike Ends After Two Weeks\n\nDockworkers in Valley Port returned to work on Monday after a deal.\n\n" +
			"Related Articles\n\nFuel Prices Fall Again\n\nWho Wins From the New Port Deal?\n\n" +
			"This content is AI-generated. We recommend verifying with the original source.\n"},
		{"glued.txt", "Port Strike Ends After Two Weeks\n\nDockworkers in Valley Port returned to work on Monday after a deal.\n\n" +
			"Trending\nFuel Prices Fall Again\nWho Wins From the New Port Deal?\n"},
		{"page.html", "<html><body><article><h1>Port Strike Ends After Two Weeks</h1>" +
			"<p>Dockworkers in Valley Port returned to work on Monday after a deal.</p><h2>Latest news</h2>" +
			"<ul><li>Fuel Prices Fall Again</li><li>Who Wins From the New Port Deal?</li></ul></article></body></html>"},
	} {
		docs, errs := Read(form.name, []byte(form.text))
		if len(docs) != 1 || len(errs) != 0 {
			t.Fatalf("%s: %d docs, errors %v", form.name, len(docs), errs)
		}
		for _, b := range docs[0].Blocks {
			if strings.Contains(b.Text, "Fuel Prices") || strings.Contains(b.Text, "Who Wins") {
				t.Errorf("%s: trailing link %q kept", form.name, b.Text)
			}
		}
		if strings.Contains(form.text, "AI-generated") && !docs[0].AIGenerated {
			t.Errorf("%s: the disclaimer after the link list is lost", form.name)
		}
	}
}

// A wiki or wire page ends with its sources and references: citations,
// not the story, so none of them becomes a sentence of the article (each
// once became an event dated by its citation date).
func TestTrailingSourcesLeftOut(t *testing.T) {
	for _, head := range []string{"Sources", "References", "External links", "See also"} {
		text := "Port Strike Ends After Two Weeks\n\nDockworkers in Valley Port returned to work on Monday after a deal.\n\n" +
			head + "\n\n\"Port strike over\" — Valley Herald, March 12, 2026\n\nHarbour Workers Union. \"Statement on the agreement\", March 11, 2026\n"
		_, got := readPage(t, head, text)
		if strings.Contains(got, "Valley Herald") || strings.Contains(got, "Statement on the agreement") || strings.Contains(got, head) {
			t.Errorf("%s: a citation is kept as text: %q", head, got)
		}
		if !strings.Contains(got, "Dockworkers in Valley Port") {
			t.Errorf("%s: the story is lost: %q", head, got)
		}
	}
}

// A page's metadata lines ("From: <publisher>", "Published <date>") are
// no sentence of the story (the paragraph once became an event and its
// publisher an organisation "Development Office"); the date they give is
// the publication date when nothing else gave one.
func TestMetadataLinesLeftOut(t *testing.T) {
	text := "Minister visits Valley Port\n\nThe minister visited the port on Monday.\n\n" +
		"From: Department for Harbours & Coasts\nPublished 4 February 2026\nLast updated 5 February 2026\n\n" +
		"Published in 1998, the report found the port too small for modern ships.\n"
	doc, got := readPage(t, "page", text)
	if strings.Contains(got, "From:") || strings.Contains(got, "Published 4") || strings.Contains(got, "Last updated") {
		t.Errorf("metadata kept as text: %q", got)
	}
	if !strings.Contains(got, "Published in 1998, the report") {
		t.Errorf("a sentence opening with Published was taken for metadata: %q", got)
	}
	if doc.Published != "4 February 2026" {
		t.Errorf("Published = %q, want the metadata line's date", doc.Published)
	}
}

// A page that gives only its last update and its editor at the foot (as
// NASA's blog pages do) is read as published by then: its "Friday, Nov.
// 20" has a year to be read in.
func TestLastUpdatedFooter(t *testing.T) {
	text := "Crew Completes Training\n\nThe astronauts completed a week of training on Friday, Nov. 20.\n\n" +
		"Last Updated: Nov 21, 2026\nEditor: Lena Marsh\n"
	doc, got := readPage(t, "page", text)
	if strings.Contains(got, "Editor") || strings.Contains(got, "Last Updated") {
		t.Errorf("the footer is kept as text: %q", got)
	}
	if !strings.Contains(got, "The astronauts completed") {
		t.Errorf("the story is lost: %q", got)
	}
	if doc.Published != "Nov 21, 2026" {
		t.Errorf("Published = %q, want the last update's day", doc.Published)
	}
}

// Wire copy ends with its staff credits: no sentence of the story, and
// its reporters no people of it.
func TestWireCreditsLeftOut(t *testing.T) {
	text := "Port Strike Ends\n\nVALLEY PORT, March 4 (Reuters) - Dockworkers returned to work on Monday.\n\n" +
		"(Reporting by Anna Berg; Additional reporting by Luca Conti; Editing by Marta Silva)\n"
	if _, got := readPage(t, "page", text); strings.Contains(got, "Reporting by") {
		t.Errorf("the credits are kept as text: %q", got)
	}
}

// A byline names its author before a comma and their post ("By Eleni
// Markou, Athens correspondent"): the post is no place of the story. A
// sentence opening with "By" is no byline.
func TestBylineWithPost(t *testing.T) {
	for _, c := range []struct{ line, author string }{
		{"By Eleni Markou, Athens correspondent", "Eleni Markou"},
		{"By Jane Doe, Reuters", "Jane Doe"},
		{"By Tuesday, the ferry had sunk.", ""},
	} {
		got, ok := byline(c.line)
		if got != c.author || ok != (c.author != "") {
			t.Errorf("byline(%q) = %q, %v; want %q", c.line, got, ok, c.author)
		}
	}
}

// readPage reads text as the file page.txt, wants one article and no
// error, and returns it with its blocks' texts joined by "|".
func readPage(t *testing.T, label, text string) (Doc, string) {
	t.Helper()
	docs, errs := Read("page.txt", []byte(text))
	if len(docs) != 1 || len(errs) != 0 {
		t.Fatalf("%s: %d docs, errors %v", label, len(docs), errs)
	}
	var all []string
	for _, b := range docs[0].Blocks {
		all = append(all, b.Text)
	}
	return docs[0], strings.Join(all, "|")
}

// Lines that are chrome as a whole: a feed's or a syndicated copy's line
// about where the story first ran, a cookie banner's; a story about a
// post office or a bakery's cookies is story.
func TestWholeLineChrome(t *testing.T) {
	for _, c := range []struct {
		line string
		want chromeVerdict
	}{
		{"The post Ferry strike ends after pay deal appeared first on Harbour Herald.", chromeDrop},
		{"This article was originally published by The Valley Courier.", chromeDrop},
		{"This story first appeared in The Harbour Weekly.", chromeDrop},
		{"This article is republished from The Conversation under a Creative Commons license.", chromeDrop},
		{"The post office in Valetta closed on Monday after the strike.", chromeKeep},
		{"This story is about the ferry crews who struck for a week.", chromeKeep},
		{"We use some essential cookies to make this website work.", chromeDrop},
		{"Accept additional cookies", chromeDrop},
		{"Cookies on GOV.EXAMPLE", chromeDrop},
		{"The bakery sold 500 cookies on Monday, its owner said.", chromeKeep},
	} {
		if got := lineChrome(c.line); got != c.want {
			t.Errorf("lineChrome(%q) = %v, want %v", c.line, got, c.want)
		}
	}
}
