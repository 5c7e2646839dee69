package render_test

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/storygraph/storygraph/seeds"
	"github.com/storygraph/storygraph/timeline"
	"github.com/storygraph/storygraph/timeline/article"
	"github.com/storygraph/storygraph/timeline/chronology"
	"github.com/storygraph/storygraph/timeline/extract"
	"github.com/storygraph/storygraph/timeline/gazetteer"
	"github.com/storygraph/storygraph/timeline/internal/golden"
	"github.com/storygraph/storygraph/timeline/render"
)

// sampleChronology is the chronology of the sample article built into the
// binary.
func sampleChronology(t *testing.T) render.Chronology {
	t.Helper()
	c, _ := sample(t)
	return c
}

// sample is the sample's chronology and the built-in gazetteer that
// extracted it (the export tests locate places with it).
func sample(t *testing.T) (render.Chronology, *gazetteer.Gazetteer) {
	t.Helper()
	g, err := gazetteer.LoadFS(seeds.FS(), seeds.GazetteerDir)
	if err != nil {
		t.Fatal(err)
	}
	data, err := os.ReadFile("../../seeds/articles/000_03fc8d64ca5172c5.txt")
	if err != nil {
		t.Fatal(err)
	}
	docs, errs := article.Read("seeds/articles/000_03fc8d64ca5172c5.txt", data)
	if len(errs) > 0 {
		t.Fatal(errs[0])
	}
	ex := (&extract.Extractor{Gazetteer: g}).Extract(&docs[0])
	var recs []timeline.Record
	for _, e := range ex.Events {
		recs = append(recs, timeline.Record{Event: e, Article: timeline.SourceOf(ex.Article)})
	}
	return render.Chronology{Title: "Sample chronology", Entries: chronology.Chronology(recs, chronology.ChronologyOptions{})}, g
}

// TestGolden: testdata/sample.* hold every format rendered from the
// sample's chronology. Refresh with go test ./timeline/render/ -update and
// review the diff by eye.
func TestGolden(t *testing.T) {
	c, g := sample(t)
	c.Now, c.Locate = exportNow, render.GazetteerLocator(g)
	for _, f := range render.Formats {
		t.Run(f, func(t *testing.T) {
			var buf bytes.Buffer
			if err := render.Write(&buf, f, c); err != nil {
				t.Fatal(err)
			}
			golden.Check(t, filepath.Join("testdata", "sample."+f), buf.Bytes())
		})
	}
}

func TestFormatsAreWellFormed(t *testing.T) {
	c := sampleChronology(t)
	var js bytes.Buffer
	if err := render.JSON(&js, c); err != nil {
		t.Fatal(err)
	}
	var back render.Chronology
	if err := json.Unmarshal(js.Bytes(), &back); err != nil || len(back.Entries) != len(c.Entries) {
		t.Fatalf("JSON does not round-trip: %v (%d entries)", err, len(back.Entries))
	}
	var cs bytes.Buffer
	if err := render.CSV(&cs, c); err != nil {
		t.Fatal(err)
	}
	rows, err := csv.NewReader(&cs).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	if len(rows) != len(c.Entries)+1 {
		t.Errorf("CSV has %d rows, want a header and one per source (%d)", len(rows), len(c.Entries)+1)
	}
	if err := render.Write(&bytes.Buffer{}, "yaml", c); err == nil {
		t.Error("unknown format accepted")
	}
}

// TestAliases: every alias writes what its format writes.
func TestAliases(t *testing.T) {
	c := exportFixture()
	c.Now, c.Locate = exportNow, exportPlaces
	for alias, format := range map[string]string{"md": "markdown", "ical": "ics", "icalendar": "ics", "mmd": "mermaid"} {
		if got, ok := render.Canonical(alias); !ok || got != format {
			t.Errorf("Canonical(%q) = %q, %v; want %q", alias, got, ok, format)
		}
		var a, b bytes.Buffer
		if err := render.Write(&a, alias, c); err != nil {
			t.Fatal(err)
		}
		if err := render.Write(&b, format, c); err != nil {
			t.Fatal(err)
		}
		if a.Len() == 0 || !bytes.Equal(a.Bytes(), b.Bytes()) {
			t.Errorf("%s writes other bytes than %s", alias, format)
		}
	}
	if _, ok := render.Canonical("yaml"); ok {
		t.Error("Canonical accepts yaml")
	}
}

func TestCSVDefusesFormulas(t *testing.T) {
	c := render.Chronology{Entries: []chronology.Entry{
		{Summary: "x", Sources: []chronology.Report{{Sentence: "+1", Article: timeline.Source{Title: "@cmd"}}}},
		{Summary: "=HYPERLINK(\"x\")"}, // no sentence: the summary stands in
	}}
	var buf bytes.Buffer
	if err := render.CSV(&buf, c); err != nil {
		t.Fatal(err)
	}
	rows, _ := csv.NewReader(&buf).ReadAll()
	if rows[1][9] != "'+1" || rows[1][13] != "'@cmd" || rows[2][9] != "'=HYPERLINK(\"x\")" {
		t.Errorf("rows = %q", rows[1:])
	}
}

func TestEmpty(t *testing.T) {
	var buf bytes.Buffer
	if err := render.Text(&buf, render.Chronology{}); err != nil || buf.String() != "No events match.\n" {
		t.Errorf("empty text = %q, %v", buf.String(), err)
	}
	buf.Reset()
	if err := render.JSON(&buf, render.Chronology{}); err != nil || !bytes.Contains(buf.Bytes(), []byte(`"entries": []`)) {
		t.Errorf("empty JSON = %q", buf.String())
	}
}

// TestCitesOnce pins issue 9's fixes of the formats people read: a merged
// entry names each source article once and quotes each sentence once and
// whole (not its summary cut at 160 characters and then the sentence
// again), and links are written as given.
func TestCitesOnce(t *testing.T) {
	long := "The pair doesn't plan to stay overnight; they'll fly directly to Abu Dhabi to continue \"military to military\" " +
		"technical talks, signaling that the dialogue has moved beyond mere rhetoric."
	c := exportFixture()
	noon := c.Entries[2] // three reports: two from one article, one sentence twice
	noon.Summary = long[:150] + "…"
	noon.Sources[0].Sentence, noon.Sources[2].Sentence = long, long
	c.Entries = []chronology.Entry{noon}
	wire, post := noon.Sources[0].Article, noon.Sources[1].Article
	for _, f := range []string{"text", "markdown", "timelinejs", "csv"} {
		var b bytes.Buffer
		if err := render.Write(&b, f, c); err != nil {
			t.Fatal(err)
		}
		out := b.String()
		if f == "timelinejs" || f == "csv" { // strings inside JSON or CSV quoting
			out = strings.NewReplacer(`\"`, `"`, `""`, `"`, `\u0026`, "&").Replace(out)
		}
		for _, want := range []string{wire.Title, post.Title, wire.URL} {
			if f == "markdown" || f == "timelinejs" {
				want = strings.NewReplacer(`"`, "&#34;").Replace(want)
			}
			if n := strings.Count(out, want); n != 1 {
				t.Errorf("%s names %q %d times, want once:\n%s", f, want, n, out)
			}
		}
		if n := strings.Count(out, "military to military"); n != 1 {
			t.Errorf("%s quotes the long sentence %d times, want once, whole:\n%s", f, n, out)
		}
		if strings.Contains(out, "…") || strings.Contains(out, "?open=") {
			t.Errorf("%s shows the cut summary or a changed link:\n%s", f, out)
		}
	}
}
