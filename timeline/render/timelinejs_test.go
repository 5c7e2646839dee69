package render_test

import (
	"bytes"
	"encoding/json"
	"testing"

	"github.com/storygraph/storygraph/timeline/chronology"
	"github.com/storygraph/storygraph/timeline/render"
)

// TestTimelineJSKeepsPrecision: a month is given as a year and a month to
// the month's end, a clock time as hour and minute; undated entries are
// left out, as TimelineJS cannot place them.
func TestTimelineJSKeepsPrecision(t *testing.T) {
	c := render.Chronology{Title: "T", Entries: []chronology.Entry{
		{ID: "a", Date: "2026-01", Precision: "month", Summary: "month", Sources: []chronology.Report{{}}},
		{ID: "b", Date: "2026-01-22", Precision: "day", Time: "12:00", Summary: "noon", Sources: []chronology.Report{{}}},
		{ID: "c", Date: "", Summary: "undated", Sources: []chronology.Report{{}}},
	}}
	var buf bytes.Buffer
	if err := render.TimelineJS(&buf, c); err != nil {
		t.Fatal(err)
	}
	var doc struct {
		Title struct {
			Text struct{ Headline string } `json:"text"`
		} `json:"title"`
		Events []struct {
			StartDate map[string]string  `json:"start_date"`
			EndDate   *map[string]string `json:"end_date"`
		} `json:"events"`
	}
	if err := json.Unmarshal(buf.Bytes(), &doc); err != nil {
		t.Fatal(err)
	}
	if doc.Title.Text.Headline != "T" || len(doc.Events) != 2 {
		t.Fatalf("title %q, %d events; want T and the two dated entries", doc.Title.Text.Headline, len(doc.Events))
	}
	if m := doc.Events[0]; m.StartDate["day"] != "" || m.StartDate["month"] != "1" || m.EndDate == nil || (*m.EndDate)["day"] != "" {
		t.Errorf("month entry = %+v, want year and month only, to the month's end", m)
	}
	if n := doc.Events[1].StartDate; n["day"] != "22" || n["hour"] != "12" || n["minute"] != "00" {
		t.Errorf("noon entry = %v", n)
	}
}
