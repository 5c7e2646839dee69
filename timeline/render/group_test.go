package render_test

import (
	"bytes"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/storygraph/storygraph/timeline/internal/golden"
	"github.com/storygraph/storygraph/timeline/render"
)

// TestGroupBy: a heading per day, week or month, each once, in order;
// an entry whose date no group holds under a heading of its own date;
// every entry once. testdata/exports-fixture-by-*.{text,markdown} are the
// goldens (go test -update, then review).
func TestGroupBy(t *testing.T) {
	want := map[string][]string{
		"day": {"Week of 19 Jan 2026", "20 Jan – 3 Feb 2026", "22 Jan 2026", "February 2026",
			"15 Jul 2026", "16 Jul 2026", "Undated"},
		"week":  {"Week of 19 Jan 2026", "20 Jan – 3 Feb 2026", "February 2026", "Week of 13 Jul 2026", "Undated"},
		"month": {"January 2026", "20 Jan – 3 Feb 2026", "February 2026", "July 2026", "Undated"},
	}
	text := regexp.MustCompile(`(?m)^(.+)\n-+\n`)
	md := regexp.MustCompile(`(?m)^## (.+)$`)
	for by, headings := range want {
		c := exportFixture()
		c.GroupBy = by
		for _, f := range []string{"text", "markdown"} {
			out := write(t, f, c)
			golden.Check(t, filepath.Join("testdata", "exports-fixture-by-"+by+"."+f), out)
			var got []string
			re := text
			if f == "markdown" {
				re = md
			}
			for _, m := range re.FindAllStringSubmatch(string(out), -1) {
				got = append(got, m[1])
			}
			if !slices.Equal(got, headings) {
				t.Errorf("%s by %s: headings %q, want %q", f, by, got, headings)
			}
			for _, e := range c.Entries {
				if n := strings.Count(string(out), e.Sources[0].Sentence[:30]); n != 1 {
					t.Errorf("%s by %s: entry %s shown %d times", f, by, e.ID, n)
				}
			}
		}
	}
	c := exportFixture()
	c.GroupBy = "week"
	for _, f := range []string{"json", "csv", "ics", "html"} {
		if err := render.Write(&bytes.Buffer{}, f, c); err == nil || !strings.Contains(err.Error(), "text and markdown") {
			t.Errorf("%s grouped by week: %v, want an error naming text and markdown", f, err)
		}
	}
	c.GroupBy = "year"
	if err := render.Write(&bytes.Buffer{}, "text", c); err == nil {
		t.Error("grouping by year accepted")
	}
}
