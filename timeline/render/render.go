// Package render writes chronologies for people and tools: plain text for
// the terminal, Markdown for editors, JSON for jq and programs, CSV for
// spreadsheets, TimelineJS JSON for Knight Lab's timeline embed, a
// self-contained web page, iCalendar for calendar programs, a Mermaid
// timeline for Markdown pages and GeoJSON for map tools. Renderers only
// format: they never filter, and never reorder except that grouping
// (Chronology.GroupBy) gathers a group's entries under its one heading; so
// the same entries give the same bytes in every run and from every store.
// Choosing entries (chronology.Key) and building them is timeline/chronology's.
//
// It also renders one article's extraction, for `storygraph extract`
// (WriteExtraction: the contract JSON, or text for people).
package render

import (
	"encoding/csv"
	"encoding/json"
	"fmt"
	"io"
	"slices"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/storygraph/storygraph/timeline"
	"github.com/storygraph/storygraph/timeline/chronology"
)

// Formats lists the output formats, for flag help and validation; Canonical
// also accepts their aliases.
var Formats = []string{"text", "markdown", "json", "csv", "timelinejs", "html", "ics", "mermaid", "geojson"}

// aliases are the other names users know the formats by.
var aliases = map[string]string{"md": "markdown", "ical": "ics", "icalendar": "ics", "mmd": "mermaid"}

// Canonical is the format a name or alias stands for; ok is false for a
// name that is neither.
func Canonical(name string) (format string, ok bool) {
	if a, ok := aliases[name]; ok {
		return a, true
	}
	if slices.Contains(Formats, name) {
		return name, true
	}
	return "", false
}

// Chronology is what a renderer writes: a title and the ordered entries.
type Chronology struct {
	Title   string             `json:"title"`
	Entries []chronology.Entry `json:"entries"`
	// Explain adds to text and Markdown why reports were merged (JSON
	// always carries it, in merged_because).
	Explain bool `json:"-"`
	// Now is iCalendar's DTSTAMP; zero stands for the newest publication
	// date of the sources (see ICalendar), so that output needs no clock.
	Now time.Time `json:"-"`
	// Locate places entries on GeoJSON's map; nil locates nothing.
	Locate Locator `json:"-"`
	// GroupBy puts the entries of text and Markdown under a heading per
	// day, week or month (one of GroupBys; "" for none). Other formats
	// refuse it.
	GroupBy string `json:"-"`
	// TopicNames are the topics' names by id ("peace-negotiations":
	// "Peace negotiations") for the formats people read; a topic without
	// one shows its id.
	TopicNames map[string]string `json:"-"`
}

// topicName is the name of a topic for people: its name, else its id.
func (c Chronology) topicName(id string) string {
	if n := c.TopicNames[id]; n != "" {
		return n
	}
	return id
}

// GroupBys are the values of Chronology.GroupBy.
var GroupBys = []string{"day", "week", "month"}

// Write renders c in the named format.
func Write(w io.Writer, format string, c Chronology) error {
	canonical, _ := Canonical(format)
	if c.GroupBy != "" {
		if !slices.Contains(GroupBys, c.GroupBy) {
			return fmt.Errorf("cannot group by %q (known: %s)", c.GroupBy, strings.Join(GroupBys, ", "))
		}
		if canonical != "text" && canonical != "markdown" {
			return fmt.Errorf("grouping by %s is for the text and markdown formats, not %s", c.GroupBy, format)
		}
	}
	switch canonical {
	case "text":
		return Text(w, c)
	case "markdown":
		return Markdown(w, c)
	case "json":
		return JSON(w, c)
	case "csv":
		return CSV(w, c)
	case "timelinejs":
		return TimelineJS(w, c)
	case "html":
		return HTML(w, c)
	case "ics":
		return ICalendar(w, c, c.Now)
	case "mermaid":
		return Mermaid(w, c)
	case "geojson":
		return GeoJSON(w, c, c.Locate)
	}
	return fmt.Errorf("unknown format %q (known: %s)", format, strings.Join(Formats, ", "))
}

// JSON writes the chronology as one indented JSON object.
func JSON(w io.Writer, c Chronology) error {
	if c.Entries == nil {
		c.Entries = []chronology.Entry{}
	}
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	return enc.Encode(c)
}

func names(ps []timeline.Participant) string {
	var out []string
	for _, p := range ps {
		out = append(out, p.Name)
	}
	return strings.Join(out, ", ")
}

func when(e chronology.Entry) string {
	return chronology.WhenLabel(e.Date, e.Precision, e.Time, e.Timezone)
}

// kindWords says what an entry is in words for people: "meeting",
// "scheduled meeting", "attack (claimed)", "statement (speculative)"; an
// "other" is an "event". CSV, JSON and GeoJSON keep the values themselves,
// for programs.
func kindWords(e chronology.Entry) string {
	kind := string(e.Kind)
	if kind == "" || e.Kind == timeline.KindOther {
		kind = "event"
	}
	if e.Status != "" && e.Status != timeline.StatusHappened {
		kind = string(e.Status) + " " + kind
	}
	if e.Certainty != "" && e.Certainty != timeline.CertaintyAsserted {
		kind += " (" + string(e.Certainty) + ")"
	}
	return kind
}

// cited is an entry's sentences and articles as people read them: each
// sentence once and whole, each article once. When several sentences come
// from several articles, each sentence is marked with the numbers of the
// articles that report it ("(1, 2)") and the articles are numbered.
type cited struct {
	quotes   []chronology.Quote
	articles []timeline.Source
	numbered bool
}

func citedOf(e chronology.Entry) cited {
	c := cited{quotes: e.Quotes(), articles: e.Articles()}
	c.numbered = len(c.quotes) > 1 && len(c.articles) > 1
	return c
}

// marker is " (1, 2)" after a quote when articles are numbered.
func (c cited) marker(q chronology.Quote) string {
	if !c.numbered {
		return ""
	}
	var n []string
	for _, i := range q.Articles {
		n = append(n, strconv.Itoa(i+1))
	}
	return " (" + strings.Join(n, ", ") + ")"
}

// label is "source" or, numbered, "source 2".
func (c cited) label(i int) string {
	if !c.numbered {
		return "source"
	}
	return "source " + strconv.Itoa(i+1)
}

// datesIt is " (dates it: 20 Jan 2026)" after an article whose date of a
// conflicting entry is its own.
func datesIt(e chronology.Entry, a timeline.Source) string {
	if !e.DateConflict {
		return ""
	}
	r := e.ReportOf(a)
	return " (dates it: " + chronology.DateLabel(r.Date, r.Precision) + ")"
}

// oneLine is s with its line breaks and runs of spaces as single spaces,
// for formats where a line break would end the quote.
func oneLine(s string) string { return strings.Join(strings.Fields(s), " ") }

// Text writes a chronology for a terminal: per entry its date and what it
// is, each reported sentence once and whole, who and where, and each
// source article once.
func Text(w io.Writer, c Chronology) error {
	var b strings.Builder
	if c.Title != "" {
		fmt.Fprintf(&b, "%s\n%s\n\n", c.Title, strings.Repeat("=", len([]rune(c.Title))))
	}
	if len(c.Entries) == 0 {
		b.WriteString("No events match.\n")
	}
	for _, g := range groupsOf(c.Entries, c.GroupBy) {
		if g.label != "" {
			fmt.Fprintf(&b, "%s\n%s\n\n", g.label, strings.Repeat("-", len([]rune(g.label))))
		}
		for _, e := range g.entries {
			textEntry(&b, e, c.Explain)
		}
	}
	_, err := io.WriteString(w, b.String())
	return err
}

func textEntry(b *strings.Builder, e chronology.Entry, explain bool) {
	fmt.Fprintf(b, "%s  [%s]\n", when(e), kindWords(e))
	ct := citedOf(e)
	switch {
	case len(ct.quotes) == 0:
		fmt.Fprintf(b, "  %s\n", e.Summary)
	case len(ct.quotes) == 1:
		fmt.Fprintf(b, "  %s\n", oneLine(ct.quotes[0].Sentence))
	default:
		for _, q := range ct.quotes {
			fmt.Fprintf(b, "  “%s”%s\n", oneLine(q.Sentence), ct.marker(q))
		}
	}
	if len(e.Participants) > 0 {
		fmt.Fprintf(b, "  who:   %s\n", names(e.Participants))
	}
	if len(e.Places) > 0 {
		fmt.Fprintf(b, "  where: %s\n", strings.Join(e.Places, ", "))
	}
	for i, a := range ct.articles {
		fmt.Fprintf(b, "  %s: %s", ct.label(i), a.Title)
		if a.Source != "" {
			b.WriteString(", " + a.Source)
		}
		if a.URL != "" {
			fmt.Fprintf(b, " <%s>", a.URL)
		}
		b.WriteString(datesIt(e, a) + "\n")
		if c := Credit(a); c != "" {
			fmt.Fprintf(b, "  %s  %s\n", strings.Repeat(" ", len(ct.label(i))), c)
		}
	}
	if explain {
		for _, m := range e.MergedBecause {
			fmt.Fprintf(b, "  merged: %s\n", m)
		}
	}
	b.WriteString("\n")
}

// Markdown writes a chronology for editors: a heading per entry with its
// date and what it is, each reported sentence once as a quote, who and
// where, and each source article once as a link.
func Markdown(w io.Writer, c Chronology) error {
	var b strings.Builder
	title := c.Title
	if title == "" {
		title = "Chronology"
	}
	fmt.Fprintf(&b, "# %s\n\n", mdEscape(title))
	if len(c.Entries) == 0 {
		b.WriteString("_No events match._\n")
	}
	for _, g := range groupsOf(c.Entries, c.GroupBy) {
		heading := "##"
		if g.label != "" {
			fmt.Fprintf(&b, "## %s\n\n", mdEscape(g.label))
			heading = "###"
		}
		for _, e := range g.entries {
			markdownEntry(&b, e, c.Explain, heading)
		}
	}
	_, err := io.WriteString(w, b.String())
	return err
}

func markdownEntry(b *strings.Builder, e chronology.Entry, explain bool, heading string) {
	fmt.Fprintf(b, "%s %s · %s\n\n", heading, when(e), mdEscape(kindWords(e)))
	ct := citedOf(e)
	if len(ct.quotes) == 0 {
		fmt.Fprintf(b, "%s\n\n", mdEscape(e.Summary))
	}
	for _, q := range ct.quotes {
		fmt.Fprintf(b, "> %s%s\n\n", mdEscape(oneLine(q.Sentence)), ct.marker(q))
	}
	var meta []string
	if len(e.Participants) > 0 {
		meta = append(meta, "who: "+mdEscape(names(e.Participants)))
	}
	if len(e.Places) > 0 {
		meta = append(meta, "where: "+mdEscape(strings.Join(e.Places, ", ")))
	}
	if len(meta) > 0 {
		b.WriteString(strings.Join(meta, " · ") + "\n\n")
	}
	for i, a := range ct.articles {
		switch {
		case len(ct.articles) == 1:
			b.WriteString("— ")
		case ct.numbered:
			fmt.Fprintf(b, "%d. ", i+1)
		default:
			b.WriteString("- ")
		}
		b.WriteString(mdCitation(a) + mdEscape(datesIt(e, a)) + "\n")
	}
	if len(ct.articles) > 0 {
		b.WriteString("\n")
	}
	if explain {
		for _, m := range e.MergedBecause {
			fmt.Fprintf(b, "- merged: %s\n", mdEscape(m))
		}
		if len(e.MergedBecause) > 0 {
			b.WriteString("\n")
		}
	}
}

// Credit is the credit an article's licence asks for, as printed with its
// citation: its attribution, with the licence after it when the
// attribution does not name it ("Example Wire (CC BY 4.0)"); the licence
// alone when there is no attribution; "" when the article has neither.
func Credit(a timeline.Source) string {
	switch {
	case a.Attribution == "":
		return a.Licence
	case a.Licence == "" || strings.Contains(strings.ToLower(a.Attribution), strings.ToLower(a.Licence)):
		return a.Attribution
	}
	return a.Attribution + " (" + a.Licence + ")"
}

// mdCitation is an article as a Markdown link with its outlet and date.
// The URL is written as given; in angle brackets when it holds what would
// end a link (a space or a parenthesis).
func mdCitation(a timeline.Source) string {
	title := mdEscape(a.Title)
	if title == "" {
		title = "untitled"
	}
	if a.URL != "" {
		u := a.URL
		if strings.ContainsAny(u, " ()<>") {
			u = "<" + strings.NewReplacer("<", "%3C", ">", "%3E").Replace(u) + ">"
		}
		title = "[" + title + "](" + u + ")"
	}
	if a.Source != "" {
		title += ", " + mdEscape(a.Source)
	}
	if a.Published != "" {
		title += ", " + a.Published
	}
	if c := Credit(a); c != "" {
		title += " — " + mdEscape(c)
	}
	return title
}

var mdReplacer = strings.NewReplacer(`\`, `\\`, "*", `\*`, "_", `\_`, "[", `\[`, "]", `\]`, "<", `\<`, "#", `\#`, "|", `\|`, "`", "\\`")

func mdEscape(s string) string { return mdReplacer.Replace(s) }

// CSV writes one row per entry, for spreadsheets: a row is a happening,
// so sorting, filtering and counting rows count happenings, not reports.
// The entry's sentences (each once, whole: the summary, a shortened
// sentence, would say it twice) and its source articles (each once)
// are joined with line breaks in their cells, which spreadsheets show as
// lines; the i-th line of sources, source_urls, source_outlets,
// source_published and source_credits (Credit) is the same article.
// event_ids are the merged reports' events.
func CSV(w io.Writer, c Chronology) error {
	cw := csv.NewWriter(w)
	_ = cw.Write([]string{"entry_id", "date", "precision", "date_label", "time", "timezone", "kind", "status", "certainty",
		"sentences", "participants", "places", "topics", "sources", "source_urls", "source_outlets",
		"source_published", "source_credits", "event_ids"})
	for _, e := range c.Entries {
		topics := append([]string(nil), e.Topics...)
		sort.Strings(topics)
		sentences := []string{}
		if len(e.Quotes()) == 0 {
			sentences = append(sentences, e.Summary)
		}
		var titles, urls, outlets, published, credits, events []string
		for _, q := range e.Quotes() {
			sentences = append(sentences, q.Sentence)
		}
		for _, a := range e.Articles() {
			titles = append(titles, a.Title)
			urls = append(urls, a.URL)
			outlets = append(outlets, a.Source)
			published = append(published, a.Published)
			credits = append(credits, Credit(a))
		}
		for _, s := range e.Sources {
			events = append(events, s.EventID)
		}
		lines := func(l []string) string { return strings.Join(l, "\n") }
		_ = cw.Write([]string{e.ID, e.Date, string(e.Precision), e.DateLabel, e.Time, e.Timezone, string(e.Kind),
			string(e.Status), string(e.Certainty), csvSafe(lines(sentences)),
			csvSafe(names(e.Participants)), csvSafe(strings.Join(e.Places, "; ")), strings.Join(topics, "; "),
			csvSafe(lines(titles)), lines(urls), csvSafe(lines(outlets)), lines(published), csvSafe(lines(credits)), lines(events)})
	}
	cw.Flush()
	return cw.Error()
}

// csvSafe keeps spreadsheet programs from reading a cell as a formula.
func csvSafe(s string) string {
	if s != "" && strings.ContainsRune("=+-@", rune(s[0])) {
		return "'" + s
	}
	return s
}
