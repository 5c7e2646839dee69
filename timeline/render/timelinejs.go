package render

import (
	"encoding/json"
	"html"
	"io"
	"strconv"
	"strings"

	"github.com/storygraph/storygraph/timeline"
	"github.com/storygraph/storygraph/timeline/chronology"
	"github.com/storygraph/storygraph/timeline/timex"
)

// TimelineJS writes the chronology in the JSON format of Knight Lab's
// TimelineJS 3, which editors load into its embed to publish a scrollable
// timeline. Dates keep their precision: a month-precision entry has no day,
// a week or range has an end date and a display_date saying what it is.
// TimelineJS needs a start date, so undated entries are left out.
func TimelineJS(w io.Writer, c Chronology) error {
	type date struct {
		Year   string `json:"year"`
		Month  string `json:"month,omitempty"`
		Day    string `json:"day,omitempty"`
		Hour   string `json:"hour,omitempty"`
		Minute string `json:"minute,omitempty"`
	}
	type text struct {
		Headline string `json:"headline"`
		Text     string `json:"text,omitempty"`
	}
	type event struct {
		StartDate   date   `json:"start_date"`
		EndDate     *date  `json:"end_date,omitempty"`
		DisplayDate string `json:"display_date"`
		Text        text   `json:"text"`
		Group       string `json:"group"`
		UniqueID    string `json:"unique_id"`
	}
	doc := struct {
		Title struct {
			Text text `json:"text"`
		} `json:"title"`
		Events []event `json:"events"`
	}{Events: []event{}}
	doc.Title.Text = text{Headline: html.EscapeString(c.Title)}
	parse := func(day string, p timex.Precision) date {
		d := date{Year: strings.TrimLeft(day[:4], "0")}
		if p == timex.Year || p == timex.Decade {
			return d
		}
		d.Month = trimZero(day[5:7])
		if p == timex.Month || p == timex.Quarter || p == timex.Season {
			return d
		}
		d.Day = trimZero(day[8:10])
		return d
	}
	for _, e := range c.Entries {
		first, last, ok := timeline.Span(e.Date)
		if !ok {
			continue
		}
		ev := event{StartDate: parse(first, e.Precision), DisplayDate: when(e), Group: kindGroup(e.Kind), UniqueID: e.ID,
			Text: text{Headline: html.EscapeString(headline(e)), Text: entryHTML(e)}}
		if last != first {
			end := parse(last, e.Precision)
			ev.EndDate = &end
		}
		if e.Time != "" && len(e.Time) == 5 && first == last {
			ev.StartDate.Hour, ev.StartDate.Minute = trimZero(e.Time[:2]), e.Time[3:]
		}
		doc.Events = append(doc.Events, ev)
	}
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	return enc.Encode(doc)
}

// kindGroup is the kind as the label of a TimelineJS group row.
func kindGroup(k timeline.Kind) string {
	if k == "" || k == timeline.KindOther {
		return "Other"
	}
	return upperFirst(string(k))
}

func trimZero(s string) string {
	n, err := strconv.Atoi(s)
	if err != nil {
		return s
	}
	return strconv.Itoa(n)
}

// headline is a slide's headline: what the entry is and who (or, with
// nobody named, where), "Scheduled meeting: Donald Trump, Volodymyr
// Zelenskyy". The sentence itself is the slide's text, whole and once,
// rather than cut short in the headline and quoted again below it.
func headline(e chronology.Entry) string {
	h := upperFirst(kindWords(e))
	switch {
	case len(e.Participants) > 0:
		h += ": " + names(e.Participants)
	case len(e.Places) > 0:
		h += ": " + strings.Join(e.Places, ", ")
	}
	return h
}

// entryHTML is an entry's details as an HTML fragment: each sentence once,
// who and where, and each source article once.
func entryHTML(e chronology.Entry) string {
	var b strings.Builder
	ct := citedOf(e)
	for _, q := range ct.quotes {
		b.WriteString("<blockquote>" + html.EscapeString(q.Sentence+ct.marker(q)) + "</blockquote>")
	}
	var meta []string
	if len(e.Participants) > 0 {
		meta = append(meta, "who: "+names(e.Participants))
	}
	if len(e.Places) > 0 {
		meta = append(meta, "where: "+strings.Join(e.Places, ", "))
	}
	if len(meta) > 0 {
		b.WriteString("<p>" + html.EscapeString(strings.Join(meta, " · ")) + "</p>")
	}
	for i, a := range ct.articles {
		b.WriteString("<p>— ")
		if ct.numbered {
			b.WriteString(strconv.Itoa(i+1) + ". ")
		}
		title := html.EscapeString(a.Title)
		if a.URL != "" {
			title = `<a href="` + html.EscapeString(a.URL) + `">` + title + "</a>"
		}
		b.WriteString(title)
		for _, p := range []string{a.Source, a.Published} {
			if p != "" {
				b.WriteString(", " + html.EscapeString(p))
			}
		}
		b.WriteString(html.EscapeString(datesIt(e, a)))
		if c := Credit(a); c != "" {
			b.WriteString(" · " + html.EscapeString(c))
		}
		b.WriteString("</p>")
	}
	return b.String()
}
