package graph_test

import (
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/storygraph/storygraph/graph"
	"github.com/storygraph/storygraph/timeline"
)

// The first name, type and discovered flag stay; later names and aliases
// become aliases once, in the order met; role and country fill only when
// empty.
func TestStoredEntityMerge(t *testing.T) {
	s := graph.NewStoredEntity(&timeline.Entity{ID: "person:steve-witkoff", Name: "Steve Witkoff", Type: timeline.Person,
		Aliases: []string{"Witkoff", "", "Steve Witkoff", "Witkoff"}, Discovered: true})
	want := &graph.StoredEntity{Name: "Steve Witkoff", Type: timeline.Person, Aliases: []string{"Witkoff"}, Discovered: true}
	if !sameFields(want, s) {
		t.Fatalf("NewStoredEntity = %+v, want %+v", s, want)
	}
	steps := []struct {
		e           timeline.Entity
		changed     bool
		aliases     []string
		role, where string
	}{
		{timeline.Entity{Name: "Steve Witkoff", Aliases: []string{"Witkoff"}}, false, []string{"Witkoff"}, "", ""},
		{timeline.Entity{Name: "Steven Witkoff", Type: timeline.Organization}, true, []string{"Witkoff", "Steven Witkoff"}, "", ""},
		{timeline.Entity{Name: "Witkoff", Role: "US Special Envoy"}, true, []string{"Witkoff", "Steven Witkoff"}, "US Special Envoy", ""},
		{timeline.Entity{Name: "Witkoff", Role: "Envoy", Country: "United States"}, true, []string{"Witkoff", "Steven Witkoff"}, "US Special Envoy", "United States"},
		{timeline.Entity{Name: "Witkoff", Role: "Envoy", Country: "USA"}, false, []string{"Witkoff", "Steven Witkoff"}, "US Special Envoy", "United States"},
	}
	for i, st := range steps {
		if changed := s.Merge(&st.e); changed != st.changed {
			t.Errorf("step %d: Merge changed = %v, want %v", i+1, changed, st.changed)
		}
		if !cmp.Equal(s.Aliases, st.aliases) || s.Role != st.role || s.Country != st.where {
			t.Errorf("step %d: aliases %q, role %q, country %q; want %q, %q, %q", i+1, s.Aliases, s.Role, s.Country, st.aliases, st.role, st.where)
		}
	}
	if s.Name != "Steve Witkoff" || s.Type != timeline.Person || !s.Discovered {
		t.Errorf("the first name, type and discovered flag changed: %q %q %v", s.Name, s.Type, s.Discovered)
	}
	if diff := cmp.Diff([]string{"steve witkoff", "witkoff", "steven witkoff"}, s.Keys()); diff != "" {
		t.Errorf("Keys (-want +got):\n%s", diff)
	}
}

// A restored entity knows its stored names: writing them again changes
// nothing.
func TestRestoreEntity(t *testing.T) {
	s := graph.RestoreEntity("Kyiv", timeline.Place, nil, "", "Ukraine")
	if s.Aliases == nil {
		t.Error("Aliases is nil, want empty")
	}
	s = graph.RestoreEntity("Kyiv", timeline.Place, []string{"Kiev"}, "", "Ukraine")
	if s.Merge(&timeline.Entity{Name: "Kiev", Aliases: []string{"Kyiv"}, Country: "Ukraine"}) {
		t.Errorf("merging stored names changed the entity: %+v", s)
	}
	if s.Discovered {
		t.Error("a restored entity is not discovered")
	}
}

func sameFields(a, b *graph.StoredEntity) bool {
	return a.Name == b.Name && a.Type == b.Type && cmp.Equal(a.Aliases, b.Aliases) && a.Role == b.Role &&
		a.Country == b.Country && a.Discovered == b.Discovered
}
