package render_test

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"reflect"
	"strconv"
	"strings"
	"testing"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"github.com/storygraph/storygraph/timeline"
	"github.com/storygraph/storygraph/timeline/chronology"
	"github.com/storygraph/storygraph/timeline/internal/corpus"
	"github.com/storygraph/storygraph/timeline/render"
)

// The formats without a test of their own are read back here by a real
// parser of the format: JSON by encoding/json, CSV by encoding/csv,
// TimelineJS against the fields Knight Lab documents, its HTML text by
// golang.org/x/net/html. (iCalendar, Mermaid and GeoJSON: exports_test.go;
// networks: network_test.go.)

func write(t *testing.T, format string, c render.Chronology) []byte {
	t.Helper()
	var b bytes.Buffer
	if err := render.Write(&b, format, c); err != nil {
		t.Fatalf("%s: %v", format, err)
	}
	return b.Bytes()
}

// TestJSONRoundTrips: every field of every entry comes back as it went in.
func TestJSONRoundTrips(t *testing.T) {
	c := exportFixture()
	back := checkJSON(t, c, write(t, "json", c))
	if !reflect.DeepEqual(back.Entries, c.Entries) {
		t.Errorf("JSON does not round-trip:\n got %+v\nwant %+v", back.Entries, c.Entries)
	}
}

// checkJSON decodes out (no unknown field) and checks that encoding it
// again gives the same bytes: nothing is lost on the way.
func checkJSON(t *testing.T, c render.Chronology, out []byte) render.Chronology {
	t.Helper()
	var back render.Chronology
	dec := json.NewDecoder(bytes.NewReader(out))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&back); err != nil {
		t.Fatal(err)
	}
	if back.Title != c.Title || len(back.Entries) != len(c.Entries) {
		t.Errorf("JSON: title %q, %d entries; want %q, %d", back.Title, len(back.Entries), c.Title, len(c.Entries))
	}
	var again bytes.Buffer
	if err := render.JSON(&again, back); err != nil || !bytes.Equal(again.Bytes(), out) {
		t.Errorf("JSON read back and written again differs (%v)", err)
	}
	return back
}

// TestCSVReadsBack: one row per entry; each article once, its title, link,
// outlet and date on the same line of their cells; each sentence once;
// links as given.
func TestCSVReadsBack(t *testing.T) {
	c := exportFixture()
	checkCSV(t, c, write(t, "csv", c))
}

func checkCSV(t *testing.T, c render.Chronology, out []byte) {
	t.Helper()
	rows, err := csv.NewReader(bytes.NewReader(out)).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	if len(rows) != len(c.Entries)+1 {
		t.Fatalf("%d rows, want a header and one per entry (%d)", len(rows), len(c.Entries)+1)
	}
	col := map[string]int{}
	for i, h := range rows[0] {
		col[h] = i
	}
	lines := func(row []string, name string) []string {
		i, ok := col[name]
		if !ok {
			t.Fatalf("no column %q in %q", name, rows[0])
		}
		return strings.Split(row[i], "\n")
	}
	for i, e := range c.Entries {
		row := rows[i+1]
		if row[col["entry_id"]] != e.ID || row[col["date"]] != e.Date || row[col["kind"]] != string(e.Kind) {
			t.Errorf("row %d = %q, want entry %s", i+1, row, e.ID)
		}
		arts := e.Articles()
		titles, urls, outlets, published := lines(row, "sources"), lines(row, "source_urls"), lines(row, "source_outlets"), lines(row, "source_published")
		if len(titles) != len(arts) || len(urls) != len(arts) || len(outlets) != len(arts) || len(published) != len(arts) {
			t.Errorf("%s: %d titles, %d urls, %d outlets, %d dates; want one line each per article (%d)", e.ID, len(titles), len(urls), len(outlets), len(published), len(arts))
			continue
		}
		for k, a := range arts {
			if titles[k] != a.Title || urls[k] != a.URL || outlets[k] != a.Source || published[k] != a.Published {
				t.Errorf("%s line %d: %q %q %q %q, want %+v", e.ID, k, titles[k], urls[k], outlets[k], published[k], a)
			}
		}
		var want []string
		for _, q := range e.Quotes() {
			want = append(want, q.Sentence)
		}
		if got := row[col["sentences"]]; got != strings.Join(want, "\n") {
			t.Errorf("%s: sentences %q, want each once %q", e.ID, got, want)
		}
		if n := len(lines(row, "event_ids")); n != len(e.Sources) {
			t.Errorf("%s: %d event ids, want %d", e.ID, n, len(e.Sources))
		}
	}
}

// tlDate, tlText, tlSlide and tlDoc are the TimelineJS 3 JSON format as
// Knight Lab documents it (https://timeline.knightlab.com/docs/json-format.html):
// decoding with DisallowUnknownFields fails on any field it does not name.
type tlDate struct {
	Year, Month, Day, Hour, Minute, Second, Millisecond string
	DisplayDate                                         string `json:"display_date"`
}

type tlText struct{ Headline, Text string }

type tlSlide struct {
	StartDate   *tlDate         `json:"start_date"`
	EndDate     *tlDate         `json:"end_date"`
	Text        *tlText         `json:"text"`
	Media       json.RawMessage `json:"media"`
	Group       string          `json:"group"`
	DisplayDate string          `json:"display_date"`
	Background  json.RawMessage `json:"background"`
	Autolink    *bool           `json:"autolink"`
	UniqueID    string          `json:"unique_id"`
}

type tlDoc struct {
	Events []tlSlide        `json:"events"`
	Title  *tlSlide         `json:"title"`
	Eras   *json.RawMessage `json:"eras"`
	Scale  string           `json:"scale"`
}

// TestTimelineJSDocumentedFields: only documented fields; events is
// there; every slide has a start_date with a year and date parts in range,
// a headline and a unique_id of its own; end_date is not before
// start_date; and the slide text is HTML whose links are the sources' URLs
// as given.
func TestTimelineJSDocumentedFields(t *testing.T) {
	for name, c := range map[string]render.Chronology{"fixture": exportFixture(), "sample": sampleChronology(t)} {
		checkTimelineJS(t, name, c, write(t, "timelinejs", c))
	}
}

func checkTimelineJS(t *testing.T, name string, c render.Chronology, out []byte) {
	t.Helper()
	dec := json.NewDecoder(bytes.NewReader(out))
	dec.DisallowUnknownFields()
	var doc tlDoc
	if err := dec.Decode(&doc); err != nil {
		t.Fatalf("%s: %v", name, err)
	}
	if doc.Events == nil || doc.Title == nil || doc.Title.Text == nil || doc.Title.Text.Headline == "" {
		t.Errorf("%s: events %v, title %+v; want both", name, doc.Events, doc.Title)
	}
	dated := 0
	urls := map[string]bool{}
	for _, e := range c.Entries {
		if _, _, ok := timeline.Span(e.Date); ok {
			dated++
		}
		for _, a := range e.Articles() {
			if a.URL != "" {
				urls[a.URL] = true
			}
		}
	}
	if len(doc.Events) != dated {
		t.Errorf("%s: %d slides, want one per dated entry (%d)", name, len(doc.Events), dated)
	}
	ids := map[string]bool{}
	for _, s := range doc.Events {
		if s.StartDate == nil || s.Text == nil || s.Text.Headline == "" || s.UniqueID == "" || ids[s.UniqueID] {
			t.Errorf("%s: slide %+v lacks a start_date, a headline or a unique id", name, s)
			continue
		}
		ids[s.UniqueID] = true
		start := tlCheckDate(t, s.UniqueID, *s.StartDate)
		if s.EndDate != nil && tlCheckDate(t, s.UniqueID, *s.EndDate) < start {
			t.Errorf("%s: end_date %+v before start_date %+v", s.UniqueID, s.EndDate, s.StartDate)
		}
		for _, href := range htmlLinks(t, s.Text.Text) {
			if !urls[href] {
				t.Errorf("%s: link %q is not a source URL as given", s.UniqueID, href)
			}
		}
	}
}

// tlCheckDate checks a TimelineJS date's parts and returns it as a
// sortable number.
func tlCheckDate(t *testing.T, id string, d tlDate) int {
	t.Helper()
	n := 0
	for _, p := range []struct {
		v        string
		min, max int
	}{{d.Year, -271821, 275760}, {d.Month, 1, 12}, {d.Day, 1, 31}, {d.Hour, 0, 23}, {d.Minute, 0, 59}} {
		v := 0
		if p.v != "" {
			var err error
			if v, err = strconv.Atoi(p.v); err != nil || v < p.min || v > p.max {
				t.Errorf("%s: date part %q not a number in %d..%d", id, p.v, p.min, p.max)
			}
		}
		n = n*100 + v
	}
	if d.Year == "" {
		t.Errorf("%s: date %+v has no year", id, d)
	}
	return n
}

// htmlLinks parses an HTML fragment and returns its links.
func htmlLinks(t *testing.T, fragment string) []string {
	t.Helper()
	nodes, err := html.ParseFragment(strings.NewReader(fragment), &html.Node{Type: html.ElementNode, Data: "div", DataAtom: atom.Div})
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.ElementNode && n.Data == "a" {
			for _, a := range n.Attr {
				if a.Key == "href" {
					out = append(out, a.Val)
				}
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	for _, n := range nodes {
		walk(n)
	}
	return out
}

// TestExportsReadCorpus reads every format of the evaluation corpus beside
// the repository (../shared/corpus) back with its parser, and checks that
// the merged Paris summit cites each of its articles once. It skips when
// the corpus is absent, except in CI.
func TestExportsReadCorpus(t *testing.T) {
	recs, _, g := corpus.Records(t, "*.txt")
	c := render.Chronology{Title: "Corpus", Entries: chronology.Chronology(recs, chronology.ChronologyOptions{Countries: g.Countries()})}
	if located := readBackExports(t, "corpus", c, render.GazetteerLocator(g)); located == 0 {
		t.Error("no corpus place is located by the gazetteer")
	}
	merged := 0
	for _, e := range c.Entries {
		if len(e.Articles()) < 2 {
			continue
		}
		merged++
		one := render.Chronology{Entries: []chronology.Entry{e}}
		text := string(write(t, "text", one))
		for _, a := range e.Articles() {
			if n := strings.Count(text, a.Title); n != 1 {
				t.Errorf("%s: %q named %d times, want once:\n%s", e.ID, a.Title, n, text)
			}
		}
	}
	if merged == 0 {
		t.Error("no corpus entry has two articles; the corpus reports the Paris summit twice")
	}
}
