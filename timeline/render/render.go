// Package render writes chronologies for people and tools: plain text for
// the terminal, Markdown for editors, JSON for jq and programs, CSV for
// spreadsheets, TimelineJS JSON for Knight Lab's timeline embed, a
// self-contained web page, iCalendar for calendar programs, a Mermaid
// timeline for Markdown pages and GeoJSON for map tools. Renderers only format: they never reorder or filter, so the
// same entries give the same bytes in every run and from every store.
//
// It also renders one article's extraction, for `storygraph extract`
// (WriteExtraction: the contract JSON, or text for people).
package render

import (
	"encoding/csv"
	"encoding/json"
	"fmt"
	"io"
	"sort"
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
	for _, f := range Formats {
		if f == name {
			return f, true
		}
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
}

// Write renders c in the named format.
func Write(w io.Writer, format string, c Chronology) error {
	canonical, _ := Canonical(format)
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

// qualifiers are the status and certainty words worth showing: what
// happened as asserted goes without saying.
func qualifiers(e chronology.Entry) []string {
	var q []string
	if e.Status != timeline.StatusHappened {
		q = append(q, string(e.Status))
	}
	if e.Certainty != timeline.CertaintyAsserted {
		q = append(q, string(e.Certainty))
	}
	return q
}

func when(e chronology.Entry) string {
	return chronology.WhenLabel(e.Date, e.Precision, e.Time, e.Timezone)
}

// Text writes a chronology for a terminal.
func Text(w io.Writer, c Chronology) error {
	var b strings.Builder
	if c.Title != "" {
		fmt.Fprintf(&b, "%s\n%s\n\n", c.Title, strings.Repeat("=", len([]rune(c.Title))))
	}
	if len(c.Entries) == 0 {
		b.WriteString("No events match.\n")
	}
	for _, e := range c.Entries {
		fmt.Fprintf(&b, "%s  [%s", when(e), e.Kind)
		for _, q := range qualifiers(e) {
			b.WriteString(", " + q)
		}
		fmt.Fprintf(&b, "]\n  %s\n", e.Summary)
		if len(e.Participants) > 0 {
			fmt.Fprintf(&b, "  who:   %s\n", names(e.Participants))
		}
		if len(e.Places) > 0 {
			fmt.Fprintf(&b, "  where: %s\n", strings.Join(e.Places, ", "))
		}
		for _, s := range e.Sources {
			fmt.Fprintf(&b, "  source: %s", s.Article.Title)
			if s.Article.URL != "" {
				fmt.Fprintf(&b, " <%s>", s.Article.URL)
			}
			if e.DateConflict {
				fmt.Fprintf(&b, " (dates it: %s)", chronology.DateLabel(s.Date, s.Precision))
			}
			b.WriteString("\n")
		}
		if c.Explain {
			for _, m := range e.MergedBecause {
				fmt.Fprintf(&b, "  merged: %s\n", m)
			}
		}
		b.WriteString("\n")
	}
	_, err := io.WriteString(w, b.String())
	return err
}

// Markdown writes a chronology for editors: a heading per entry with its
// sources as links and the quoted sentence.
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
	for _, e := range c.Entries {
		fmt.Fprintf(&b, "## %s: %s\n\n", when(e), mdEscape(e.Summary))
		meta := []string{"*" + string(e.Kind) + "*"}
		meta = append(meta, qualifiers(e)...)
		if len(e.Participants) > 0 {
			meta = append(meta, "who: "+mdEscape(names(e.Participants)))
		}
		if len(e.Places) > 0 {
			meta = append(meta, "where: "+mdEscape(strings.Join(e.Places, ", ")))
		}
		b.WriteString(strings.Join(meta, " · ") + "\n\n")
		for _, s := range e.Sources {
			title := mdEscape(s.Article.Title)
			if title == "" {
				title = "untitled"
			}
			if s.Article.URL != "" {
				title = "[" + title + "](" + s.Article.URL + ")"
			}
			if s.Article.Source != "" {
				title += ", " + mdEscape(s.Article.Source)
			}
			if s.Article.Published != "" {
				title += ", " + s.Article.Published
			}
			fmt.Fprintf(&b, "> %s\n>\n> — %s\n\n", mdEscape(s.Sentence), title)
		}
		if c.Explain {
			for _, m := range e.MergedBecause {
				fmt.Fprintf(&b, "- merged: %s\n", mdEscape(m))
			}
			if len(e.MergedBecause) > 0 {
				b.WriteString("\n")
			}
		}
	}
	_, err := io.WriteString(w, b.String())
	return err
}

var mdReplacer = strings.NewReplacer(`\`, `\\`, "*", `\*`, "_", `\_`, "[", `\[`, "]", `\]`, "<", `\<`, "#", `\#`, "|", `\|`, "`", "\\`")

func mdEscape(s string) string { return mdReplacer.Replace(s) }

// CSV writes one row per entry and source, for spreadsheets.
func CSV(w io.Writer, c Chronology) error {
	cw := csv.NewWriter(w)
	_ = cw.Write([]string{"date", "precision", "date_label", "time", "timezone", "kind", "status", "certainty",
		"summary", "participants", "places", "topics", "source_title", "source_url", "source_published", "sentence", "event_id"})
	for _, e := range c.Entries {
		topics := append([]string(nil), e.Topics...)
		sort.Strings(topics)
		for _, s := range e.Sources {
			_ = cw.Write([]string{e.Date, string(e.Precision), e.DateLabel, e.Time, e.Timezone, string(e.Kind), string(e.Status),
				string(e.Certainty), csvSafe(e.Summary), csvSafe(names(e.Participants)), csvSafe(strings.Join(e.Places, "; ")),
				strings.Join(topics, "; "), csvSafe(s.Article.Title), s.Article.URL, s.Article.Published,
				csvSafe(s.Sentence), s.EventID})
		}
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
