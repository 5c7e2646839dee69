package render_test

import (
	"bytes"
	"encoding/json"
	"path/filepath"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/storygraph/storygraph/timeline"
	"github.com/storygraph/storygraph/timeline/internal/golden"
	"github.com/storygraph/storygraph/timeline/render"
)

// extractions are hand-built, so that the goldens pin the rendering and
// not extraction: every line the text has or leaves out.
func extractions() []*timeline.Extraction {
	return []*timeline.Extraction{{
		Article: timeline.Article{ID: "https://example.org/davos", Title: "Envoys meet Zelensky in Davos", URL: "https://example.org/davos",
			Source: "Example News", Published: "2026-01-22", PublishedBasis: "metadata", AIGenerated: true, ContentHash: "h1", Format: "markdown"},
		Entities: []timeline.Entity{
			{ID: "person:steve-witkoff", Name: "Steve Witkoff", Type: timeline.Person, Aliases: []string{"Witkoff"}},
			{ID: "place:davos", Name: "Davos", Type: timeline.Place, Aliases: []string{}, Country: "Switzerland"},
			{ID: "person:olena-hrytsenko", Name: "Olena Hrytsenko", Type: timeline.Person, Aliases: []string{}, Discovered: true},
			{ID: "organization:world-economic-forum", Name: "World Economic Forum", Type: timeline.Organization, Aliases: []string{"WEF"}},
		},
		Events: []timeline.Event{
			{ID: "e1", Date: "2026-01-22", Precision: "minute", DateBasis: timeline.BasisText, Time: "12:00", Timezone: "GMT",
				Kind: timeline.KindMeeting, Status: timeline.StatusScheduled, Certainty: timeline.CertaintyAsserted,
				Sentence: "Witkoff meets Zelensky in Davos at 12:00 GMT.",
				Participants: []timeline.Participant{{Name: "Steve Witkoff", Type: timeline.Person, Role: timeline.RoleAgent},
					{Name: "Volodymyr Zelenskyy", Type: timeline.Person, Role: timeline.RoleCounterpart}},
				Places: []string{"Davos"}, Topics: []string{"peace-negotiations", "security-guarantees"}},
			{ID: "e2", Date: "2026-01-19/2026-01-25", Precision: "week", DateBasis: timeline.BasisContext,
				Kind: timeline.KindAttack, Status: timeline.StatusHappened, Certainty: timeline.CertaintyClaimed,
				Sentence: "Drones struck Odesa this week, officials said."},
			{ID: "e3", Kind: timeline.KindStatement, Status: timeline.StatusHappened, Certainty: timeline.CertaintySpeculative,
				DateBasis: timeline.BasisNone, Sentence: "A deal may be near."},
		},
	}, {
		// nothing known but a title: the published line says so
		Article: timeline.Article{ID: "sha256:00", Title: "Untitled wire copy", PublishedBasis: "unknown", ContentHash: "h2"},
	}}
}

// TestExtractionGolden: testdata/extraction.* hold the hand-built
// extractions in each format. Refresh with go test ./timeline/render/
// -update and review the diff by eye.
func TestExtractionGolden(t *testing.T) {
	for _, f := range render.ExtractionFormats {
		t.Run(f, func(t *testing.T) {
			var buf bytes.Buffer
			for _, ex := range extractions() {
				if err := render.WriteExtraction(&buf, f, ex); err != nil {
					t.Fatal(err)
				}
			}
			golden.Check(t, filepath.Join("testdata", "extraction."+f), buf.Bytes())
		})
	}
	if err := render.WriteExtraction(&bytes.Buffer{}, "yaml", extractions()[0]); err == nil {
		t.Error("unknown format accepted")
	}
}

// The JSON is the contract: it reads back as the same extraction.
func TestExtractionJSONRoundTrips(t *testing.T) {
	ex := extractions()[0]
	var buf bytes.Buffer
	if err := render.ExtractionJSON(&buf, ex); err != nil {
		t.Fatal(err)
	}
	var back timeline.Extraction
	if err := json.Unmarshal(buf.Bytes(), &back); err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(ex, &back); diff != "" {
		t.Errorf("round trip (-put +read):\n%s", diff)
	}
}
