package render_test

import (
	"io"
	"strconv"
	"testing"

	"github.com/storygraph/storygraph/timeline/chronology"
	"github.com/storygraph/storygraph/timeline/render"
)

// BenchmarkWrite renders a chronology of 2,000 entries (the export
// fixture's eight cases, 250 times over, with their own ids) in every
// format, grouped by week for text and Markdown, and with --key 20's
// choice of entries. Compare formats within one run:
//
//	go test ./timeline/render -run '^$' -bench Write -benchtime 20x
func BenchmarkWrite(b *testing.B) {
	base := exportFixture()
	c := render.Chronology{Title: base.Title, Now: exportNow, Locate: exportPlaces}
	for i := range 250 {
		for _, e := range base.Entries {
			e.ID += "-" + strconv.Itoa(i)
			c.Entries = append(c.Entries, e)
		}
	}
	for _, f := range append(render.Formats, "text-by-week", "markdown-by-week", "key-20") {
		b.Run(f, func(b *testing.B) {
			c, format, all := c, f, c.Entries
			switch f {
			case "text-by-week", "markdown-by-week":
				c.GroupBy, format = "week", f[:len(f)-len("-by-week")]
			case "key-20":
				format = "json"
			}
			for b.Loop() {
				if f == "key-20" {
					c.Entries = chronology.Key(all, 20)
				}
				if err := render.Write(io.Discard, format, c); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
