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
		ev := event{StartDate: parse(first, e.Precision), DisplayDate: when(e), Group: string(e.Kind), UniqueID: e.ID,
			Text: text{Headline: html.EscapeString(e.Summary), Text: entryHTML(e)}}
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

func trimZero(s string) string {
	n, err := strconv.Atoi(s)
	if err != nil {
		return s
	}
	return strconv.Itoa(n)
}

// entryHTML is an entry's details as an HTML fragment: who, where, its
// status and every source with its sentence.
func entryHTML(e chronology.Entry) string {
	var b strings.Builder
	var meta []string
	meta = append(meta, string(e.Kind))
	meta = append(meta, qualifiers(e)...)
	if len(e.Participants) > 0 {
		meta = append(meta, "who: "+names(e.Participants))
	}
	if len(e.Places) > 0 {
		meta = append(meta, "where: "+strings.Join(e.Places, ", "))
	}
	b.WriteString("<p>" + html.EscapeString(strings.Join(meta, " · ")) + "</p>")
	for _, s := range e.Sources {
		b.WriteString("<blockquote>" + html.EscapeString(s.Sentence) + "</blockquote><p>— ")
		title := html.EscapeString(s.Article.Title)
		if s.Article.URL != "" {
			title = `<a href="` + html.EscapeString(s.Article.URL) + `">` + title + "</a>"
		}
		b.WriteString(title)
		if s.Article.Published != "" {
			b.WriteString(", " + html.EscapeString(s.Article.Published))
		}
		b.WriteString("</p>")
	}
	return b.String()
}
