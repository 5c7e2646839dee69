package extract_test

import (
	"bytes"
	"encoding/json"
	"os"
	"strings"
	"testing"

	"github.com/storygraph/storygraph/seeds"
	"github.com/storygraph/storygraph/timeline"
	"github.com/storygraph/storygraph/timeline/article"
	"github.com/storygraph/storygraph/timeline/extract"
	"github.com/storygraph/storygraph/timeline/gazetteer"
	"github.com/storygraph/storygraph/timeline/internal/golden"
)

const samplePath = "../../seeds/articles/000_03fc8d64ca5172c5.txt"

func extractSample(t *testing.T) *timeline.Extraction {
	t.Helper()
	g, err := gazetteer.LoadFS(seeds.FS(), seeds.GazetteerDir)
	if err != nil {
		t.Fatal(err)
	}
	data, err := os.ReadFile(samplePath)
	if err != nil {
		t.Fatal(err)
	}
	docs, errs := article.Read("seeds/articles/000_03fc8d64ca5172c5.txt", data)
	if len(errs) > 0 || len(docs) != 1 {
		t.Fatalf("read: %v (%d docs)", errs, len(docs))
	}
	return (&extract.Extractor{Gazetteer: g}).Extract(&docs[0])
}

// TestSampleGolden: testdata/sample.extract.json is the extract --format
// json output for the sample article. Refresh it with
//
//	go test ./timeline/extract/ -run TestSampleGolden -update
//
// and read the diff by eye before committing it.
func TestSampleGolden(t *testing.T) {
	ex := extractSample(t)
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	if err := enc.Encode(ex); err != nil {
		t.Fatal(err)
	}
	golden.Check(t, "testdata/sample.extract.json", buf.Bytes())
}

// eventWith finds the event whose sentence contains s.
func eventWith(t *testing.T, ex *timeline.Extraction, s string) timeline.Event {
	t.Helper()
	for _, e := range ex.Events {
		if strings.Contains(e.Sentence, s) {
			return e
		}
	}
	t.Fatalf("no event for the sentence with %q", s)
	return timeline.Event{}
}

func names(ps []timeline.Participant) []string {
	var out []string
	for _, p := range ps {
		out = append(out, p.Name)
	}
	return out
}

func has(list []string, want ...string) bool {
	for _, w := range want {
		found := false
		for _, l := range list {
			found = found || l == w
		}
		if !found {
			return false
		}
	}
	return true
}

// TestSampleEvents pins what the product brief requires of the sample,
// independently of the golden file.
func TestSampleEvents(t *testing.T) {
	ex := extractSample(t)
	if ex.Article.Published != "2026-01-22" || ex.Article.PublishedBasis != "text" || !ex.Article.AIGenerated || ex.Article.Category != "Politics" {
		t.Errorf("article = %+v", ex.Article)
	}
	for _, c := range []struct {
		sentence, date, precision string
		status                    timeline.Status
		certainty                 timeline.Certainty
		people, places            []string
		time, zone                string
	}{
		{"sent a wave of optimism through the World Economic Forum", "2026-01-22", "day", "happened", "asserted", []string{"Steve Witkoff", "World Economic Forum"}, []string{"Davos"}, "", ""},
		{"Witkoff is heading to Moscow alongside Jared Kushner", "2026-01-22", "day", "scheduled", "asserted", []string{"Steve Witkoff", "Jared Kushner", "Vladimir Putin"}, []string{"Moscow"}, "", ""},
		{"they'll fly directly to Abu Dhabi", "", "", "scheduled", "asserted", []string{"Steve Witkoff", "Jared Kushner"}, []string{"Abu Dhabi"}, "", ""},
		{"meeting between Donald Trump and Volodymyr Zelenskyy scheduled for 12:00 GMT", "2026-01-22", "day", "scheduled", "asserted", []string{"Donald Trump", "Volodymyr Zelenskyy"}, []string{"Davos"}, "12:00", "GMT"},
		{"spokesman Dmitry Peskov acknowledged the efforts", "2026-01-22", "day", "happened", "asserted", []string{"Dmitry Peskov", "Kremlin"}, nil, "", ""},
		{"he'll only sign if he gets rock-solid security guarantees", "2026-01-22", "day", "scheduled", "", []string{"Volodymyr Zelenskyy"}, nil, "", ""},
		{"likely involves the fate of occupied territories", "", "", "", "speculative", nil, []string{"Zaporizhzhia Nuclear Power Plant"}, "", ""},
		{"over 3,000 buildings in Kyiv without heat", "", "", "ongoing", "asserted", []string{"Russia"}, []string{"Kyiv"}, "", ""},
		{"A drone attack in Odesa claimed the life of a 17-year-old this week", "2026-01-19/2026-01-22", "range", "happened", "asserted", nil, []string{"Odesa"}, "", ""},
		{"NATO chief Mark Rutte warned", "2026-01-22", "day", "happened", "asserted", []string{"Mark Rutte", "NATO"}, nil, "", ""},
	} {
		e := eventWith(t, ex, c.sentence)
		if c.date != "" && (e.Date != c.date || string(e.Precision) != c.precision) {
			t.Errorf("%q: date %s (%s), want %s (%s)", c.sentence, e.Date, e.Precision, c.date, c.precision)
		}
		if c.status != "" && e.Status != c.status {
			t.Errorf("%q: status %s, want %s", c.sentence, e.Status, c.status)
		}
		if c.certainty != "" && e.Certainty != c.certainty {
			t.Errorf("%q: certainty %s, want %s", c.sentence, e.Certainty, c.certainty)
		}
		if !has(names(e.Participants), c.people...) {
			t.Errorf("%q: participants %v, want %v among them", c.sentence, names(e.Participants), c.people)
		}
		if !has(e.Places, c.places...) {
			t.Errorf("%q: places %v, want %v among them", c.sentence, e.Places, c.places)
		}
		if e.Time != c.time || e.Timezone != c.zone {
			t.Errorf("%q: time %q %q, want %q %q", c.sentence, e.Time, e.Timezone, c.time, c.zone)
		}
		if got := string(mustRead(t))[e.Start:e.End]; got != e.Sentence {
			t.Errorf("offsets %d:%d give %q, not the sentence", e.Start, e.End, got)
		}
	}
	zel := eventWith(t, ex, "he'll only sign")
	if !has(zel.Topics, "security-guarantees", "reconstruction") {
		t.Errorf("Zelenskyy's conditions: topics %v, want security-guarantees and reconstruction", zel.Topics)
	}
	want := map[timeline.EntityType][]string{
		timeline.Person:       {"Steve Witkoff", "Jared Kushner", "Vladimir Putin", "Volodymyr Zelenskyy", "Donald Trump", "Dmitry Peskov", "Mark Rutte"},
		timeline.Place:        {"Davos", "Moscow", "Abu Dhabi", "Kyiv", "Odesa"},
		timeline.Organization: {"World Economic Forum", "NATO", "Kremlin"},
	}
	got := map[timeline.EntityType][]string{}
	for _, e := range ex.Entities {
		got[e.Type] = append(got[e.Type], e.Name)
	}
	for typ, w := range want {
		if !has(got[typ], w...) {
			t.Errorf("%s entities %v, want %v among them", typ, got[typ], w)
		}
	}
	// every time expression and mention points at its text
	text := string(mustRead(t))
	for _, tm := range ex.Times {
		if text[tm.Start:tm.End] != tm.Text {
			t.Errorf("time %q at %d:%d is %q", tm.Text, tm.Start, tm.End, text[tm.Start:tm.End])
		}
	}
	for _, e := range ex.Entities {
		for _, m := range e.Mentions {
			if text[m.Start:m.End] != m.Text {
				t.Errorf("mention %q at %d:%d is %q", m.Text, m.Start, m.End, text[m.Start:m.End])
			}
		}
	}
}

func mustRead(t *testing.T) []byte {
	t.Helper()
	data, err := os.ReadFile(samplePath)
	if err != nil {
		t.Fatal(err)
	}
	return data
}
