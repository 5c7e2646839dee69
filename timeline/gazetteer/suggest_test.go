package gazetteer

import (
	"path/filepath"
	"strings"
	"testing"

	"github.com/storygraph/storygraph/timeline/internal/golden"
)

var suggestions = []Suggestion{
	{Name: "Olena Hrytsenko", Type: Person, Mentions: 2, Articles: 1, Example: `Ukraine's deputy energy minister Olena Hrytsenko said "the grid held".`},
	{Name: "Dnipro Grid Authority", Type: Organization, Mentions: 2, Articles: 2, Example: "The Dnipro Grid Authority restored power."},
	{Name: "Novyi Bilyi", Type: Place, Mentions: 1, Articles: 1, Example: "Shelling hit Novyi Bilyi overnight."},
	{Name: "Mykola Venz", Type: Person, Mentions: 1, Articles: 1, Example: "said Mykola Venz, a local official: yes"},
}

// TestSuggestionsGolden: testdata/suggestions.yaml is the file the
// suggestions render to. Refresh with go test ./timeline/gazetteer/ -update
// and review the diff by eye.
func TestSuggestionsGolden(t *testing.T) {
	data, err := Suggestions("Names found.\nReview them.", suggestions)
	if err != nil {
		t.Fatal(err)
	}
	golden.Check(t, filepath.Join("testdata", "suggestions.yaml"), data)
}

// The file loads as a gazetteer as it is: the names are then known, each
// with its type.
func TestSuggestionsLoad(t *testing.T) {
	data, err := Suggestions("", suggestions)
	if err != nil {
		t.Fatal(err)
	}
	g, err := build([]source{{"suggested.yaml", data}})
	if err != nil {
		t.Fatalf("the suggestions do not load: %v\n%s", err, data)
	}
	for _, s := range suggestions {
		if e := g.ByID(ID(s.Type, s.Name)); e == nil {
			t.Errorf("%s %q is not in the loaded file", s.Type, s.Name)
		}
	}
	if !strings.HasPrefix(string(data), "version: 1\n") {
		t.Errorf("the file does not begin with its version:\n%s", data)
	}
	if empty, err := Suggestions("", nil); err != nil || string(empty) != "version: 1\n" {
		t.Errorf("no suggestions = %q, %v; want only the version", empty, err)
	}
}
