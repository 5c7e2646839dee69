package timeline

import (
	"strings"
	"time"

	"github.com/storygraph/storygraph/timeline/text"
	"github.com/storygraph/storygraph/timeline/timex"
)

// Record is one stored event with the article that reports it: what a
// graph.Store returns and what chronologies are built from.
type Record struct {
	Event   Event  `json:"event"`
	Article Source `json:"article"`
}

// Source is the part of an article a chronology entry cites.
type Source struct {
	ID        string `json:"id"`
	Title     string `json:"title"`
	URL       string `json:"url,omitempty"`
	Source    string `json:"source,omitempty"`
	Published string `json:"published"`
	// Licence and Attribution, when the article has them, must be printed
	// with the citation (OGL and CC BY texts require it).
	Licence     string `json:"licence,omitempty"`
	Attribution string `json:"attribution,omitempty"`
}

// SourceOf returns the citation part of an article.
func SourceOf(a Article) Source {
	return Source{ID: a.ID, Title: a.Title, URL: a.URL, Source: a.Source, Published: a.Published,
		Licence: a.Licence, Attribution: a.Attribution}
}

// Fold normalises a name for comparison: diacritics removed, lower case,
// possessive "'s" dropped, punctuation turned to spaces, spaces collapsed.
// "Zelenskyy's" and "ZELENSKYY" fold alike; stores index entity keys folded
// so that filters compare the same way on every store.
func Fold(s string) string { return text.Fold(s) }

// Keys are the folded lookup keys of an entity: its name, its aliases and,
// for people, the surname alone, so that `--entity Witkoff` finds Steve
// Witkoff.
func Keys(name string, typ EntityType, aliases []string) []string {
	seen := map[string]bool{}
	var keys []string
	add := func(s string) {
		if k := Fold(s); k != "" && !seen[k] {
			seen[k] = true
			keys = append(keys, k)
		}
	}
	add(name)
	for _, a := range aliases {
		add(a)
	}
	if typ == Person {
		if f := strings.Fields(Fold(name)); len(f) > 1 {
			add(f[len(f)-1])
		}
	}
	return keys
}

// Span returns the first and last day ("2006-01-02") of an event date in
// the contract's forms ("2026", "2026-01", "2026-01-22", "a/b" ranges,
// date-times read as their day); timex.Interval owns the parsing.
func Span(date string) (first, last string, ok bool) {
	b, l, _, ok := timex.Interval(date)
	if !ok || b.IsZero() {
		return "", "", false
	}
	return b.Format(time.DateOnly), l.Format(time.DateOnly), true
}
