package render_test

import (
	"bytes"
	"crypto/sha256"
	"encoding/base64"
	"fmt"
	"slices"
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
	c.Entries[3].Sources[0].Article.Published = "spring 2026"
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
	if !strings.Contains(out, ", spring 2026</li>") || strings.Contains(out, `datetime="spring 2026"`) {
		t.Error("a publication date that is not a day is not written as given, outside <time>")
	}
	if !strings.Contains(out, "<title>Talks &amp; &lt;strikes&gt;</title>") {
		t.Error("title not escaped")
	}
	// a URL is written as given: ?open stays ?open
	if !strings.Contains(out, `href="https://example.com/davos?open"`) {
		t.Error("the source link was changed")
	}
}

// TestPageEntries: each entry shows what it is in words, its sentence
// whole, its participants, and each source as a link when it has a URL;
// data-* attributes name the filter choices.
func TestPageEntries(t *testing.T) {
	_, doc := renderPage(t, pageFixture())
	entries, options := entriesAndOptions(doc)
	if len(entries) != 6 {
		t.Fatalf("%d entries, want 6", len(entries))
	}
	day1 := entries["ev:day1"]
	text := textOf(day1)
	for _, want := range []string{"meeting", "On Thursday, Witkoff met Zelenskyy.", "Steve Witkoff", "Davos", "Davos, day two", "Example Wire", "22 Jan 2026"} {
		if !strings.Contains(text, want) {
			t.Errorf("entry ev:day1 lacks %q: %q", want, text)
		}
	}
	var hrefs []string
	for _, a := range elements(day1, "a") {
		href, _ := attr(a, "href")
		hrefs = append(hrefs, href)
	}
	if want := []string{"#ev:day1", "https://example.com/davos?open"}; !slices.Equal(hrefs, want) {
		t.Errorf("entry ev:day1 links to %q, want itself and its source %q", hrefs, want)
	}
	if text := textOf(entries["ev:day2"]); !strings.Contains(text, "</script><script>alert(1)</script>") {
		t.Errorf("an entry without a sentence shows its summary: %q", text)
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

// TestPageMergedEntry: an entry reported by several articles cites each
// article once and each sentence once, numbered to the articles; when
// their dates disagree each article's own date is given.
func TestPageMergedEntry(t *testing.T) {
	wire := timeline.Source{ID: "w", Title: "Talks in Moscow", URL: "https://example.com/w", Source: "Wire", Published: "2026-02-03"}
	daily := timeline.Source{ID: "d", Title: "Envoys in Moscow", Source: "Daily", Published: "2026-02-04"}
	said := "Witkoff and Kushner held talks with Putin."
	e := chronology.Entry{ID: "ev:m", Date: "2026-02-01/2026-02-03", Precision: timex.Range, DateLabel: "1–3 Feb 2026",
		Kind: timeline.KindNegotiation, Status: timeline.StatusHappened, Certainty: timeline.CertaintyClaimed, Summary: said, DateConflict: true,
		Sources: []chronology.Report{
			{EventID: "a", Article: wire, Sentence: said, Date: "2026-02-01", Precision: timex.Day},
			{EventID: "b", Article: daily, Sentence: said, Date: "2026-02-03", Precision: timex.Day},
			{EventID: "c", Article: daily, Sentence: "The talks went on late.", Date: "2026-02-03", Precision: timex.Day},
		}}
	_, doc := renderPage(t, render.Chronology{Entries: []chronology.Entry{e}})
	entries, _ := entriesAndOptions(doc)
	m := entries["ev:m"]
	text := textOf(m)
	if n := strings.Count(text, said); n != 1 {
		t.Errorf("the shared sentence is shown %d times: %q", n, text)
	}
	if n := strings.Count(text, "Envoys in Moscow"); n != 1 {
		t.Errorf("the article with two reports is cited %d times: %q", n, text)
	}
	for _, want := range []string{"negotiation (claimed)", said + " (1, 2)", "The talks went on late. (2)", "dates it: 1 Feb 2026", "dates it: 3 Feb 2026", "disagree on the date"} {
		if !strings.Contains(text, want) {
			t.Errorf("merged entry lacks %q: %q", want, text)
		}
	}
	if ol := elements(m, "ol"); len(ol) != 1 || !strings.Contains(classOf(ol[0]), "numbered") {
		t.Error("the sources are not a numbered list")
	}
}

func entriesAndOptions(doc *html.Node) (map[string]*html.Node, map[string]string) {
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
	return entries, options
}

func elements(root *html.Node, tag string) []*html.Node {
	var out []*html.Node
	walk(root, func(n *html.Node) {
		if n.Type == html.ElementNode && n.Data == tag {
			out = append(out, n)
		}
	})
	return out
}

func classOf(n *html.Node) string { c, _ := attr(n, "class"); return c }

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

// bigChronology is n entries over 200 people, 50 places, every kind and 12
// topics, each with two sources, as a large store's chronology would be.
func bigChronology(n int) render.Chronology {
	kinds := []timeline.Kind{timeline.KindMeeting, timeline.KindStatement, timeline.KindAttack, timeline.KindTravel, timeline.KindAgreement}
	c := render.Chronology{Title: "Big chronology"}
	for i := range n {
		day := fmt.Sprintf("2026-%02d-%02d", 1+i/28%12, 1+i%28)
		src := func(k int) chronology.Report {
			a := timeline.Source{ID: fmt.Sprintf("a%d", k), Title: fmt.Sprintf("Article %d on the talks", k),
				URL: fmt.Sprintf("https://example.com/%d", k), Source: "Example Wire", Published: day}
			return chronology.Report{EventID: fmt.Sprintf("ev:%d-%d", i, k), Article: a, Date: day, Precision: timex.Day,
				Sentence: fmt.Sprintf("Person %d met person %d in place %d to discuss item %d.", i%200, (i*7)%200, i%50, i)}
		}
		c.Entries = append(c.Entries, chronology.Entry{ID: fmt.Sprintf("ev:%d", i), Date: day, Precision: timex.Day,
			DateLabel: chronology.DateLabel(day, timex.Day), Kind: kinds[i%len(kinds)], Status: timeline.StatusHappened,
			Certainty: timeline.CertaintyAsserted, Summary: fmt.Sprintf("Entry %d.", i),
			Participants: []timeline.Participant{{Name: fmt.Sprintf("Person %d", i%200), Type: timeline.Person},
				{Name: fmt.Sprintf("Person %d", (i*7)%200), Type: timeline.Person}},
			Places: []string{fmt.Sprintf("Place %d", i%50)}, Topics: []string{fmt.Sprintf("topic-%d", i%12)},
			Sources: []chronology.Report{src(2 * i), src(2*i + 1)}})
	}
	return c
}

// BenchmarkHTML renders pages of 1,000 and 10,000 entries; it reports the
// page's size per entry, what a reader downloads.
func BenchmarkHTML(b *testing.B) {
	for _, n := range []int{1000, 10000} {
		c := bigChronology(n)
		b.Run(fmt.Sprintf("entries=%d", n), func(b *testing.B) {
			var size int
			for b.Loop() {
				var buf bytes.Buffer
				if err := render.HTML(&buf, c); err != nil {
					b.Fatal(err)
				}
				size = buf.Len()
			}
			b.ReportMetric(float64(size)/float64(n), "bytes/entry")
		})
	}
}

// TestPageTopicNames: topics read by their names, in the filter and in the
// entries; a topic without a name shows its id.
func TestPageTopicNames(t *testing.T) {
	c := pageFixture()
	c.TopicNames = map[string]string{"peace-negotiations": "Peace negotiations"}
	out, _ := renderPage(t, c)
	if !strings.Contains(out, ">Peace negotiations (") || strings.Contains(out, ">peace-negotiations") {
		t.Errorf("the topic filter does not read by the topic's name")
	}
	out, _ = renderPage(t, pageFixture())
	if !strings.Contains(out, ">peace-negotiations") {
		t.Errorf("a topic without a name should show its id")
	}
}
