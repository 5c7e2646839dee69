package render_test

import (
	"bytes"
	"encoding/csv"
	"strings"
	"testing"

	"github.com/storygraph/storygraph/timeline"
	"github.com/storygraph/storygraph/timeline/chronology"
	"github.com/storygraph/storygraph/timeline/render"
	"github.com/storygraph/storygraph/timeline/timex"
)

// TestCredit: the credit an article's licence asks for is its
// attribution, with the licence when the attribution does not name it.
func TestCredit(t *testing.T) {
	for _, c := range []struct{ licence, attribution, want string }{
		{"", "", ""},
		{"CC BY 4.0", "", "CC BY 4.0"},
		{"", "Example Wire", "Example Wire"},
		{"CC BY 4.0", "Example Wire, CC BY 4.0", "Example Wire, CC BY 4.0"},
		{"OGL v3.0", "Contains public sector information", "Contains public sector information (OGL v3.0)"},
	} {
		if got := render.Credit(timeline.Source{Licence: c.licence, Attribution: c.attribution}); got != c.want {
			t.Errorf("Credit(%q, %q) = %q, want %q", c.licence, c.attribution, got, c.want)
		}
	}
}

// TestCreditsPrinted: every format people or their tools read prints an
// article's credit with its citation (OGL and CC BY texts require it).
func TestCreditsPrinted(t *testing.T) {
	src := timeline.Source{ID: "k", Title: "Statement on the talks", URL: "https://example.org/k", Source: "Kremlin",
		Published: "2026-01-22", Licence: "CC BY 4.0", Attribution: "President of Russia, en.kremlin.ru"}
	e := chronology.Entry{ID: "ev:k", Date: "2026-01-22", Precision: timex.Day, DateLabel: "22 Jan 2026", Kind: timeline.KindMeeting,
		Status: timeline.StatusHappened, Certainty: timeline.CertaintyAsserted, Summary: "Putin met Witkoff.",
		Sources: []chronology.Report{{EventID: "ev:k", Article: src, Sentence: "Putin met Witkoff.", Date: "2026-01-22", Precision: timex.Day}}}
	c := render.Chronology{Title: "Talks", Entries: []chronology.Entry{e}}
	want := "President of Russia, en.kremlin.ru (CC BY 4.0)"
	for _, format := range []string{"text", "markdown", "html", "timelinejs", "ics", "json"} {
		var b bytes.Buffer
		if err := render.Write(&b, format, c); err != nil {
			t.Fatalf("%s: %v", format, err)
		}
		out := b.String()
		if format == "json" {
			want = `"licence": "CC BY 4.0"`
		}
		// iCalendar folds long lines; unfold before looking
		out = strings.ReplaceAll(strings.ReplaceAll(out, "\r\n ", ""), "\\,", ",")
		if !strings.Contains(out, want) {
			t.Errorf("%s does not print the credit %q:\n%s", format, want, out)
		}
		want = "President of Russia, en.kremlin.ru (CC BY 4.0)"
	}
	var b bytes.Buffer
	if err := render.CSV(&b, c); err != nil {
		t.Fatal(err)
	}
	rows, err := csv.NewReader(&b).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	col := -1
	for i, h := range rows[0] {
		if h == "source_credits" {
			col = i
		}
	}
	if col < 0 || rows[1][col] != want {
		t.Errorf("CSV source_credits: header %v, row %v; want %q", rows[0], rows[1], want)
	}
}
