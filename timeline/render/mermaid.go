package render

import (
	"io"
	"regexp"
	"strings"
	"unicode/utf8"

	"github.com/storygraph/storygraph/timeline/chronology"
)

// Mermaid writes the chronology as a Mermaid timeline diagram
// (https://mermaid.js.org/syntax/timeline.html), for Markdown pages that
// render Mermaid (GitHub, GitLab, Obsidian, many wikis): a section per
// month, a "date : summary" line per entry, and entries that share a date
// label under one period, as Mermaid stacks them. An entry sits in the
// section of the month its date begins in, and its period always states
// the whole date as precisely as it is known ("week of 19 Jan 2026",
// "January 2026"). Undated entries come last, in an "Undated" section.
// Text is escaped with Mermaid's entity codes (see mermaidEscape), so a
// colon, a "#" or a semicolon in a summary cannot end it.
func Mermaid(w io.Writer, c Chronology) error {
	var b strings.Builder
	b.WriteString("timeline\n")
	if c.Title != "" {
		b.WriteString("    title " + mermaidEscape(c.Title) + "\n")
	}
	section, period := "", ""
	for i, e := range c.Entries {
		sec := "Undated"
		if first, _, ok := exportSpan(e.Date); ok {
			sec = first.Format("January 2006")
		}
		if i == 0 || sec != section {
			section, period = sec, ""
			b.WriteString("    section " + mermaidEscape(sec) + "\n")
		}
		label := mermaidEscape(chronology.DateLabel(e.Date, e.Precision))
		text := e.Summary
		if e.Time != "" {
			text = strings.TrimSpace(e.Time+" "+e.Timezone) + " – " + text
		}
		text = mermaidEscape(text)
		if text == "" {
			text = "(no summary)"
		}
		if label == period {
			b.WriteString("        " + strings.Repeat(" ", utf8.RuneCountInString(label)) + " : " + text + "\n")
			continue
		}
		period = label
		b.WriteString("        " + label + " : " + text + "\n")
	}
	_, err := io.WriteString(w, b.String())
	return err
}

// mermaidReplacer writes with Mermaid's entity codes ("#35;" for "#")
// the characters that end or break a statement or a label: "#" starts a
// comment or an entity code, ";" ends a flowchart statement, "%%" starts
// a comment, a double quote ends a node label, and "<", ">" and "&" are
// markup. Mermaid turns the codes back into the characters when it draws;
// everything else is written as it is.
var mermaidReplacer = strings.NewReplacer(
	"#", "#35;", ";", "#59;", "%", "#37;", `"`, "#quot;",
	"<", "#lt;", ">", "#gt;", "&", "#amp;",
	"\r\n", " ", "\n", " ", "\r", " ", "\t", " ",
)

// mermaidColon is a colon that ends a timeline event: one followed by a
// space or ending the text. Others ("12:00") are left as they are, as the
// timeline grammar reads them as text.
var mermaidColon = regexp.MustCompile(`:( |$)`)

// mermaidEscape makes s safe as Mermaid text: one line, every character
// that Mermaid reads as syntax written as its entity code, spaces
// collapsed.
func mermaidEscape(s string) string {
	s = strings.Join(strings.Fields(mermaidReplacer.Replace(s)), " ")
	return mermaidColon.ReplaceAllString(s, "#58;$1")
}
