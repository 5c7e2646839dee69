package render

import (
	"strings"
	"time"

	"github.com/storygraph/storygraph/timeline/chronology"
	"github.com/storygraph/storygraph/timeline/timex"
)

// Helpers of the export formats (iCalendar, GeoJSON, Mermaid).

// exportSpan is the first and last day an entry's date covers.
func exportSpan(date string) (first, last time.Time, ok bool) {
	f, l, _, ok := timex.Interval(date)
	if !ok || f.IsZero() {
		return time.Time{}, time.Time{}, false
	}
	return f, l, true
}

// exportCitations are the entry's source articles, each once, as
// "Title, Outlet, published, URL, credit".
func exportCitations(e chronology.Entry) []string {
	var out []string
	for _, a := range e.Articles() {
		var parts []string
		for _, p := range []string{a.Title, a.Source, a.Published, a.URL, Credit(a)} {
			if p != "" {
				parts = append(parts, p)
			}
		}
		if len(parts) > 0 {
			out = append(out, strings.Join(parts, ", "))
		}
	}
	return out
}

// exportFirstURL is the URL of the entry's first source that has one.
func exportFirstURL(e chronology.Entry) string {
	for _, s := range e.Sources {
		if s.Article.URL != "" {
			return s.Article.URL
		}
	}
	return ""
}

// exportPlaces are an entry's places, each once, in order.
func exportPlaces(e chronology.Entry) []string {
	out := []string{}
	seen := map[string]bool{}
	for _, p := range e.Places {
		if p != "" && !seen[p] {
			seen[p] = true
			out = append(out, p)
		}
	}
	return out
}

// exportParticipants are the names of an entry's participants.
func exportParticipants(e chronology.Entry) []string {
	out := []string{}
	for _, p := range e.Participants {
		out = append(out, p.Name)
	}
	return out
}

// exportList is s, or an empty list for JSON's [] when s is nil.
func exportList(s []string) []string {
	if s == nil {
		return []string{}
	}
	return s
}
