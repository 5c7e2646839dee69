package chronology_test

import (
	"reflect"
	"testing"

	"github.com/storygraph/storygraph/timeline"
	"github.com/storygraph/storygraph/timeline/chronology"
	"github.com/storygraph/storygraph/timeline/timex"
)

// TestArticlesAndQuotes pins issue 9's "a merged entry lists each source
// article once, and a quote once": article a reports the happening in two
// sentences, b and c carry a's first sentence as wire copy (c with other
// quote marks and case).
func TestArticlesAndQuotes(t *testing.T) {
	src := func(id string) timeline.Source { return timeline.Source{ID: id, Title: "title of " + id} }
	wire := "Witkoff met Putin in “Moscow” on Tuesday."
	e := chronology.Entry{Sources: []chronology.Report{
		{EventID: "ev:1", Article: src("a"), Sentence: wire, Date: "2026-01-20", Precision: timex.Day},
		{EventID: "ev:2", Article: src("a"), Sentence: "The talks lasted five hours."},
		{EventID: "ev:3", Article: src("b"), Sentence: wire, Date: "2026-01-21", Precision: timex.Day},
		{EventID: "ev:4", Article: src("c"), Sentence: `WITKOFF met Putin in "Moscow" on Tuesday.`},
		{EventID: "ev:5", Article: src("b"), Sentence: "The talks lasted five hours."},
		{EventID: "ev:6", Article: timeline.Source{Title: "no id", URL: "https://example.org/x"}, Sentence: ""},
	}}
	var ids []string
	for _, a := range e.Articles() {
		ids = append(ids, a.ID+"|"+a.Title)
	}
	if want := []string{"a|title of a", "b|title of b", "c|title of c", "|no id"}; !reflect.DeepEqual(ids, want) {
		t.Errorf("Articles = %q, want %q", ids, want)
	}
	want := []chronology.Quote{{Sentence: wire, Articles: []int{0, 1, 2}}, {Sentence: "The talks lasted five hours.", Articles: []int{0, 1}}}
	if got := e.Quotes(); !reflect.DeepEqual(got, want) {
		t.Errorf("Quotes = %+v, want %+v", got, want)
	}
	if r := e.ReportOf(src("b")); r.EventID != "ev:3" || r.Date != "2026-01-21" {
		t.Errorf("ReportOf(b) = %+v, want b's first report", r)
	}
	if r := e.ReportOf(src("z")); r.EventID != "" {
		t.Errorf("ReportOf(an article not cited) = %+v", r)
	}
}
