package render_test

import (
	"bytes"
	"crypto/sha256"
	"encoding/base64"
	"strings"
	"testing"

	"golang.org/x/net/html"

	"github.com/storygraph/storygraph/timeline"
	"github.com/storygraph/storygraph/timeline/chronology"
	"github.com/storygraph/storygraph/timeline/render"
	"github.com/storygraph/storygraph/timeline/timex"
)

// pageFixture has one entry of each date precision the page groups apart,
// two entries on one day, sources with and without a URL, and text that
// must be escaped.
func pageFixture() render.Chronology {
	wire := timeline.Source{ID: "w", Title: "Davos, day two", URL: "https://example.com/davos?open", Source: "Example Wire", Published: "2026-01-22"}
	local := timeline.Source{ID: "l", Title: "Kyiv after the strikes", Source: "Kyiv Post", Published: "2026-02-04"}
	entry := func(id, date string, p timex.Precision, summary string, src timeline.Source, sentence string) chronology.Entry {
		return chronology.Entry{ID: id, Date: date, Precision: p, DateLabel: chronology.DateLabel(date, p), Kind: timeline.KindMeeting,
			Status: timeline.StatusHappened, Certainty: timeline.CertaintyAsserted, Summary: summary,
			Participants: []timeline.Participant{{Name: "Steve Witkoff", Type: timeline.Person}}, Places: []string{"Davos"},
			Topics: []string{"peace-negotiations"}, Sources: []chronology.Report{{EventID: id, Article: src, Sentence: sentence, Date: date, Precision: p}}}
	}
	return render.Chronology{Title: "Talks & <strikes>", Entries: []chronology.Entry{
		entry("ev:week", "2026-01-19/2026-01-25", timex.Week, "A week.", wire, "A week."),
		entry("ev:day1", "2026-01-22", timex.Day, "Witkoff met Zelenskyy.", wire, "On Thursday, Witkoff met Zelenskyy."),
		entry("ev:day2", "2026-01-22", timex.Day, `</script><script>alert(1)</script>`, local, ""),
		entry("ev:month", "2026-02", timex.Month, "A month.", local, "A month."),
		entry("ev:range", "2025-12-21/2025-12-31", timex.Range, "Late December.", local, "Late December."),
		entry("ev:none", "", timex.Unknown, "No date.", local, "No date."),
	}}
}

func renderPage(t *testing.T, c render.Chronology) (string, *html.Node) {
	t.Helper()
	var buf bytes.Buffer
	if err := render.HTML(&buf, c); err != nil {
		t.Fatal(err)
	}
	doc, err := html.Parse(bytes.NewReader(buf.Bytes()))
	if err != nil {
		t.Fatal(err)
	}
	return buf.String(), doc
}

func walk(n *html.Node, fn func(*html.Node)) {
	fn(n)
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		walk(c, fn)
	}
}

func attr(n *html.Node, key string) (string, bool) {
	for _, a := range n.Attr {
		if a.Key == key {
			return a.Val, true
		}
	}
	return "", false
}

func textOf(n *html.Node) string {
	var b strings.Builder
	walk(n, func(n *html.Node) {
		if n.Type == html.TextNode {
			b.WriteString(n.Data)
		}
	})
	return b.String()
}

// TestPageGroupsByDateAtItsPrecision: one heading per date label, with a
// machine-readable date only where HTML has one for that precision (a week
// is an ISO week, never its Monday).
func TestPageGroupsByDateAtItsPrecision(t *testing.T) {
	_, doc := renderPage(t, pageFixture())
	type heading struct{ text, datetime string }
	var got []heading
	walk(doc, func(n *html.Node) {
		if n.Type == html.ElementNode && n.Data == "h2" {
			h := heading{text: textOf(n)}
			walk(n, func(n *html.Node) {
				if n.Type == html.ElementNode && n.Data == "time" {
					h.datetime, _ = attr(n, "datetime")
				}
			})
			got = append(got, h)
		}
	})
	want := []heading{
		{"week of 19 Jan 2026 (not known to the day)", "2026-W04"},
		{"22 Jan 2026", "2026-01-22"},
		{"February 2026 (not known to the day)", "2026-02"},
		{"21–31 Dec 2025 (not known to the day)", ""},
		{"undated (no date given)", ""},
	}
	if len(got) != len(want) {
		t.Fatalf("headings = %q, want %q", got, want)
	}
	for i := range want {
		if got[i] != want[i] {
			t.Errorf("heading %d = %q, want %q", i, got[i], want[i])
		}
	}
}

// TestPageLoadsNothing: no element that fetches (scripts, styles, images,
// fonts, frames) points anywhere, and the Content Security Policy allows
// exactly the inline style and script the page holds, by hash.
func TestPageLoadsNothing(t *testing.T) {
	out, doc := renderPage(t, pageFixture())
	var csp, style, script string
	walk(doc, func(n *html.Node) {
		if n.Type != html.ElementNode {
			return
		}
		for _, a := range []string{"src", "srcset", "data", "poster", "background"} {
			if v, ok := attr(n, a); ok {
				t.Errorf("<%s %s=%q> loads something", n.Data, a, v)
			}
		}
		switch n.Data {
		case "link", "iframe", "object", "embed", "base":
			t.Errorf("<%s> in the page", n.Data)
		case "meta":
			if v, _ := attr(n, "http-equiv"); v == "Content-Security-Policy" {
				csp, _ = attr(n, "content")
			}
		case "style":
			style += textOf(n)
		case "script":
			script += textOf(n)
		}
	})
	if strings.Contains(out, "@import") || strings.Contains(out, "url(") || strings.Contains(out, "@font-face") {
		t.Error("the CSS fetches something")
	}
	hash := func(s string) string {
		sum := sha256.Sum256([]byte(s))
		return "'sha256-" + base64.StdEncoding.EncodeToString(sum[:]) + "'"
	}
	for _, want := range []string{"default-src 'none'", "style-src " + hash(style), "script-src " + hash(script)} {
		if !strings.Contains(csp, want) {
			t.Errorf("Content-Security-Policy %q lacks %q", csp, want)
		}
	}
	if script == "" || style == "" {
		t.Error("no inline script or style")
	}
}

// TestPageEscapes: text is text, and the only script is the page's own.
func TestPageEscapes(t *testing.T) {
	c := pageFixture()
	c.Entries[0].Sources[0].Article.URL = "javascript:alert(1)"
	out, doc := renderPage(t, c)
	scripts := 0
	walk(doc, func(n *html.Node) {
		if n.Type == html.ElementNode && n.Data == "script" {
			scripts++
		}
		if n.Type == html.ElementNode && n.Data == "a" {
			if href, _ := attr(n, "href"); strings.HasPrefix(href, "javascript:") {
				t.Errorf("link to %q", href)
			}
		}
	})
	if scripts != 1 {
		t.Errorf("%d script elements, want the page's one", scripts)
	}
	if !strings.Contains(out, "<title>Talks &amp; &lt;strikes&gt;</title>") {
		t.Error("title not escaped")
	}
	// a URL is written as given: ?open stays ?open
	if !strings.Contains(out, `href="https://example.com/davos?open"`) {
		t.Error("the source link was changed")
	}
}

// TestPageEntries: each entry shows its summary, its participants, and
// each source as a link (when it has a URL) with the sentence quoted when
// it says more than the summary; data-* attributes name the filter choices.
func TestPageEntries(t *testing.T) {
	_, doc := renderPage(t, pageFixture())
	entries := map[string]*html.Node{}
	options := map[string]string{}
	walk(doc, func(n *html.Node) {
		if n.Type == html.ElementNode && n.Data == "li" {
			if id, ok := attr(n, "id"); ok {
				entries[id] = n
			}
		}
		if n.Type == html.ElementNode && n.Data == "option" {
			v, _ := attr(n, "value")
			options[v] = textOf(n)
		}
	})
	if len(entries) != 6 {
		t.Fatalf("%d entries, want 6", len(entries))
	}
	day1 := entries["ev:day1"]
	text := textOf(day1)
	for _, want := range []string{"Witkoff met Zelenskyy.", "On Thursday, Witkoff met Zelenskyy.", "Steve Witkoff", "Davos", "Davos, day two", "22 Jan 2026"} {
		if !strings.Contains(text, want) {
			t.Errorf("entry ev:day1 lacks %q: %q", want, text)
		}
	}
	if week := textOf(entries["ev:week"]); strings.Count(week, "A week.") != 1 {
		t.Errorf("the sentence that is the summary is printed twice: %q", week)
	}
	links := 0
	walk(day1, func(n *html.Node) {
		if n.Type == html.ElementNode && n.Data == "a" {
			links++
		}
	})
	if links != 1 {
		t.Errorf("entry ev:day1 has %d links, want one to its source", links)
	}
	ent, _ := attr(day1, "data-entity")
	if options[ent] != "Steve Witkoff (6)" {
		t.Errorf("data-entity %q names option %q, want Steve Witkoff (6)", ent, options[ent])
	}
	kind, _ := attr(day1, "data-kind")
	if options[kind] != "meeting (6)" {
		t.Errorf("data-kind %q names option %q", kind, options[kind])
	}
}

func TestPageIsDeterministic(t *testing.T) {
	a, _ := renderPage(t, pageFixture())
	b, _ := renderPage(t, pageFixture())
	if a != b {
		t.Error("the same entries gave different pages")
	}
}

func TestPageEmpty(t *testing.T) {
	out, doc := renderPage(t, render.Chronology{})
	if !strings.Contains(out, "No events match.") {
		t.Error("an empty chronology does not say so")
	}
	walk(doc, func(n *html.Node) {
		if n.Type == html.ElementNode && (n.Data == "form" || n.Data == "script") {
			t.Errorf("<%s> on a page with nothing to filter", n.Data)
		}
	})
}
