package graph_test

import (
	"testing"

	"github.com/storygraph/storygraph/graph"
	"github.com/storygraph/storygraph/timeline"
)

// Participants link to the article's entities by folded name, alias or
// surname, a canonical name before another entity's alias; an unknown
// participant becomes an entity of its own, once per article.
func TestResolver(t *testing.T) {
	r := graph.NewResolver(nil, nil)
	r.Reset([]timeline.Entity{
		{ID: "person:steve-witkoff", Name: "Steve Witkoff", Type: timeline.Person, Aliases: []string{"Steven Witkoff"}},
		{ID: "organization:kyiv-city-council", Name: "Kyiv City Council", Type: timeline.Organization, Aliases: []string{"Kyiv"}},
		{ID: "place:kyiv", Name: "Kyiv", Type: timeline.Place, Aliases: []string{"Kiev"}},
	})
	for _, c := range []struct {
		p    timeline.Participant
		want string
	}{
		{timeline.Participant{Name: "WITKOFF", Type: timeline.Person}, "person:steve-witkoff"},
		{timeline.Participant{Name: "Steven Witkoff's", Type: timeline.Person}, "person:steve-witkoff"},
		{timeline.Participant{Name: "Kiev", Type: timeline.Place}, "place:kyiv"},
		{timeline.Participant{Name: "Kyiv"}, "place:kyiv"}, // a name beats another entity's alias
		{timeline.Participant{Name: "Kyiv", Type: timeline.Organization}, "organization:kyiv-city-council"},
	} {
		if id, synthetic := r.Participant(c.p); id != c.want || synthetic != nil {
			t.Errorf("Participant(%+v) = %q, %v; want %q", c.p, id, synthetic, c.want)
		}
	}
	id, synthetic := r.Participant(timeline.Participant{Name: "Kirill Dmitriev", Type: timeline.Person})
	if id != "person:kirill-dmitriev" || synthetic == nil || synthetic.ID != id || !synthetic.Discovered {
		t.Fatalf("unknown participant = %q, %+v; want a discovered entity person:kirill-dmitriev", id, synthetic)
	}
	if again, s := r.Participant(timeline.Participant{Name: "kirill dmitriev", Type: timeline.Person}); again != id || s != nil {
		t.Errorf("the same unknown participant again = %q, %v; want %q and no new entity", again, s, id)
	}
	if got := r.Place(timeline.Fold("Kiev")); got != "place:kyiv" {
		t.Errorf("Place(kiev) = %q, want place:kyiv", got)
	}
	if got := r.Place("paris"); got != "" {
		t.Errorf("Place(paris) = %q, want none", got)
	}
}
