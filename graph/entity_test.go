package graph_test

import (
	"math/rand/v2"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/storygraph/storygraph/graph"
	"github.com/storygraph/storygraph/timeline"
)

// The name, type and discovered flag of the first write by the total
// order stay (a gazetteer's name before a discovered one, then bytewise);
// every other name and alias is an alias once, sorted; role and country
// are the least non-empty ones.
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
		name        string
		aliases     []string
		role, where string
	}{
		{timeline.Entity{Name: "Steve Witkoff", Type: timeline.Person, Aliases: []string{"Witkoff"}, Discovered: true}, false, "Steve Witkoff", []string{"Witkoff"}, "", ""},
		{timeline.Entity{Name: "Steven Witkoff", Type: timeline.Person, Discovered: true}, true, "Steve Witkoff", []string{"Steven Witkoff", "Witkoff"}, "", ""},
		{timeline.Entity{Name: "Witkoff", Type: timeline.Person, Role: "US Special Envoy", Discovered: true}, true, "Steve Witkoff", []string{"Steven Witkoff", "Witkoff"}, "US Special Envoy", ""},
		{timeline.Entity{Name: "Witkoff", Type: timeline.Person, Role: "Envoy", Country: "United States", Discovered: true}, true, "Steve Witkoff", []string{"Steven Witkoff", "Witkoff"}, "Envoy", "United States"},
		{timeline.Entity{Name: "Witkoff", Type: timeline.Person, Role: "Z", Country: "Vereinigte Staaten", Discovered: true}, false, "Steve Witkoff", []string{"Steven Witkoff", "Witkoff"}, "Envoy", "United States"},
		// A gazetteer's write names the entity, whatever its name sorts as.
		{timeline.Entity{Name: "Witkoff, Steve", Type: timeline.Person}, true, "Witkoff, Steve", []string{"Steve Witkoff", "Steven Witkoff", "Witkoff"}, "Envoy", "United States"},
	}
	for i, st := range steps {
		if changed := s.Merge(&st.e); changed != st.changed {
			t.Errorf("step %d: Merge changed = %v, want %v", i+1, changed, st.changed)
		}
		if s.Name != st.name || !cmp.Equal(s.Aliases, st.aliases) || s.Role != st.role || s.Country != st.where {
			t.Errorf("step %d: name %q, aliases %q, role %q, country %q; want %q, %q, %q, %q", i+1, s.Name, s.Aliases, s.Role, s.Country, st.name, st.aliases, st.role, st.where)
		}
	}
	if s.Discovered {
		t.Error("a gazetteer's write left the entity discovered")
	}
}

// Issue 12: concurrent writers merge in any order, so every order of the
// same writes must leave the same entity.
func TestStoredEntityMergeCommutes(t *testing.T) {
	writes := []timeline.Entity{
		{Name: "ZELENSKYY", Type: timeline.Person, Aliases: []string{"Zelensky"}, Discovered: true},
		{Name: "Zelenskyy", Type: timeline.Person, Aliases: []string{"Zelenskiy"}, Discovered: true, Role: "President"},
		{Name: "zelenskyy", Type: timeline.Person, Discovered: true, Country: "UA"},
		{Name: "Volodymyr Zelenskyy", Type: timeline.Person, Aliases: []string{"Zelensky", "Зеленський"}, Role: "President of Ukraine"},
		{Name: "Zelenskyy", Type: timeline.Person, Country: "Ukraine"},
	}
	var first *graph.StoredEntity
	r := rand.New(rand.NewPCG(1, 2))
	for range 50 {
		r.Shuffle(len(writes), func(i, j int) { writes[i], writes[j] = writes[j], writes[i] })
		s := graph.NewStoredEntity(&writes[0])
		for i := 1; i < len(writes); i++ {
			s.Merge(&writes[i])
		}
		if first == nil {
			first = s
			continue
		}
		if !sameFields(first, s) {
			t.Fatalf("merge depends on order:\n%+v\n%+v", first, s)
		}
	}
	want := &graph.StoredEntity{Name: "Volodymyr Zelenskyy", Type: timeline.Person, Role: "President", Country: "UA",
		Aliases: []string{"ZELENSKYY", "Zelenskiy", "Zelensky", "Zelenskyy", "zelenskyy", "Зеленський"}}
	if !sameFields(want, first) {
		t.Errorf("merged = %+v, want %+v", first, want)
	}
}

// A restored entity knows its stored names: writing them again changes
// nothing.
func TestRestoreEntity(t *testing.T) {
	s := graph.RestoreEntity("Kyiv", timeline.Place, nil, "", "Ukraine", false)
	if s.Aliases == nil {
		t.Error("Aliases is nil, want empty")
	}
	s = graph.RestoreEntity("Kyiv", timeline.Place, []string{"Kiev"}, "", "Ukraine", false)
	if s.Merge(&timeline.Entity{Name: "Kyiv", Type: timeline.Place, Aliases: []string{"Kiev"}, Country: "Ukraine"}) {
		t.Errorf("merging stored names changed the entity: %+v", s)
	}
}

func TestKeys(t *testing.T) {
	got := graph.Keys(&timeline.Entity{Name: "Steve Witkoff", Type: timeline.Person, Aliases: []string{"Steven Witkoff"}})
	if diff := cmp.Diff([]string{"steve witkoff", "steven witkoff", "witkoff"}, got); diff != "" {
		t.Errorf("Keys (-want +got):\n%s", diff)
	}
}

func sameFields(a, b *graph.StoredEntity) bool {
	return a.Name == b.Name && a.Type == b.Type && cmp.Equal(a.Aliases, b.Aliases) && a.Role == b.Role &&
		a.Country == b.Country && a.Discovered == b.Discovered
}
