package render

import (
	"encoding/json"
	"fmt"
	"io"
	"strings"

	"github.com/storygraph/storygraph/timeline"
	"github.com/storygraph/storygraph/timeline/chronology"
)

// ExtractionFormats lists the formats of one article's extraction, for
// `storygraph extract`.
var ExtractionFormats = []string{"text", "json"}

// WriteExtraction renders one article's extraction in the named format:
// "json" is the contract of README.md ("Extraction JSON"), "text" is for
// people. Each is rendered whole before it is written, so a failed write
// never leaves half an object.
func WriteExtraction(w io.Writer, format string, ex *timeline.Extraction) error {
	switch format {
	case "json":
		return ExtractionJSON(w, ex)
	case "text":
		return ExtractionText(w, ex)
	}
	return fmt.Errorf("unknown format %q for an extraction (known: %s)", format, strings.Join(ExtractionFormats, ", "))
}

// ExtractionJSON writes the extraction as one indented JSON object, with
// <, > and & as they are.
func ExtractionJSON(w io.Writer, ex *timeline.Extraction) error {
	var b strings.Builder
	enc := json.NewEncoder(&b)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	if err := enc.Encode(ex); err != nil {
		return err
	}
	_, err := io.WriteString(w, b.String())
	return err
}

// ExtractionText writes the extraction for a terminal: the article's
// title and publication, its people, places and organisations (those found
// from cues marked "discovered"), then each event with its date, kind,
// status, certainty, sentence, participants, places and topics.
func ExtractionText(w io.Writer, ex *timeline.Extraction) error {
	var b strings.Builder
	a := ex.Article
	fmt.Fprintf(&b, "%s\n", a.Title)
	pub := a.Published
	if pub == "" {
		pub = "unknown"
	}
	fmt.Fprintf(&b, "  published %s (%s)", pub, a.PublishedBasis)
	if a.Source != "" {
		fmt.Fprintf(&b, ", %s", a.Source)
	}
	if a.AIGenerated {
		b.WriteString(", AI-generated")
	}
	b.WriteString("\n\n")
	for _, typ := range []timeline.EntityType{timeline.Person, timeline.Place, timeline.Organization} {
		var names []string
		for _, en := range ex.Entities {
			if en.Type == typ {
				n := en.Name
				if en.Discovered {
					n += " (discovered)"
				}
				names = append(names, n)
			}
		}
		if len(names) > 0 {
			fmt.Fprintf(&b, "%-14s %s\n", typ+"s:", strings.Join(names, ", "))
		}
	}
	b.WriteString("\n")
	for _, ev := range ex.Events {
		date := chronology.WhenLabel(ev.Date, ev.Precision, ev.Time, ev.Timezone)
		fmt.Fprintf(&b, "%s  [%s, %s, %s]\n  %s\n", date, ev.Kind, ev.Status, ev.Certainty, ev.Sentence)
		var who []string
		for _, p := range ev.Participants {
			who = append(who, p.Name+" ("+string(p.Role)+")")
		}
		if len(who) > 0 {
			fmt.Fprintf(&b, "  who: %s\n", strings.Join(who, ", "))
		}
		if len(ev.Places) > 0 {
			fmt.Fprintf(&b, "  where: %s\n", strings.Join(ev.Places, ", "))
		}
		if len(ev.Topics) > 0 {
			fmt.Fprintf(&b, "  topics: %s\n", strings.Join(ev.Topics, ", "))
		}
		b.WriteString("\n")
	}
	_, err := io.WriteString(w, b.String())
	return err
}
