package graph

import (
	"slices"

	"github.com/storygraph/storygraph/timeline"
)

// StoredEntity is an entity as every store keeps it once articles have
// named it. Entities are shared between articles by ID, and several
// processes may write one at once, so the merge is commutative: the same
// writes leave the same entity in any order, and a sequential run and
// concurrent ones agree. The name, type and discovered flag are those of
// the write that sorts first (a gazetteer's before a discovered one, then
// by name, bytewise); every other name and alias written is an alias,
// once, sorted bytewise; role and country are the bytewise-least non-empty
// ones written. Both stores merge by this rule (graph/neo4j in Cypher),
// so they keep the same entities.
type StoredEntity struct {
	Name          string
	Type          timeline.EntityType
	Aliases       []string // never nil, never holding Name, sorted
	Role, Country string
	Discovered    bool
	names         map[string]bool // Name and Aliases
}

// NewStoredEntity is e as first stored: its name, type, role, country and
// discovered flag, and its aliases without repeats or its own name.
func NewStoredEntity(e *timeline.Entity) *StoredEntity {
	s := &StoredEntity{Name: e.Name, Type: e.Type, Role: e.Role, Country: e.Country, Discovered: e.Discovered,
		Aliases: []string{}, names: map[string]bool{e.Name: true}}
	for _, a := range e.Aliases {
		s.add(a)
	}
	s.sortAliases()
	return s
}

// RestoreEntity is an entity as a store read it back, ready to merge
// later writes into.
func RestoreEntity(name string, typ timeline.EntityType, aliases []string, role, country string, discovered bool) *StoredEntity {
	s := &StoredEntity{Name: name, Type: typ, Aliases: []string{}, Role: role, Country: country, Discovered: discovered,
		names: map[string]bool{name: true}}
	for _, a := range aliases {
		s.add(a)
	}
	s.sortAliases()
	return s
}

// Merge adds another write of the entity (see StoredEntity for the rule).
// It reports whether s changed, that is whether the store must write it
// again.
func (s *StoredEntity) Merge(e *timeline.Entity) (changed bool) {
	if Precedes(e.Discovered, e.Name, e.Type, s.Discovered, s.Name, s.Type) {
		s.Aliases = append(s.Aliases, s.Name)
		s.Name, s.Type, s.Discovered = e.Name, e.Type, e.Discovered
		s.names[e.Name] = true
		s.Aliases = slices.DeleteFunc(s.Aliases, func(a string) bool { return a == e.Name || a == "" })
		changed = true
	}
	for _, n := range append([]string{e.Name}, e.Aliases...) {
		changed = s.add(n) || changed
	}
	if e.Role != "" && (s.Role == "" || e.Role < s.Role) {
		s.Role, changed = e.Role, true
	}
	if e.Country != "" && (s.Country == "" || e.Country < s.Country) {
		s.Country, changed = e.Country, true
	}
	if changed {
		s.sortAliases()
	}
	return changed
}

// Precedes reports whether a write named (discovered, name, typ) gives an
// entity its name over one named (discovered2, name2, typ2): a
// gazetteer's name before a discovered one, then the bytewise-least name,
// then type. An empty name never wins over a name.
func Precedes(discovered bool, name string, typ timeline.EntityType, discovered2 bool, name2 string, typ2 timeline.EntityType) bool {
	switch {
	case name == "" || name2 == "":
		return name2 == "" && name != ""
	case discovered != discovered2:
		return !discovered
	case name != name2:
		return name < name2
	}
	return typ < typ2
}

func (s *StoredEntity) add(a string) bool {
	if a == "" || s.names[a] {
		return false
	}
	s.names[a] = true
	s.Aliases = append(s.Aliases, a)
	return true
}

func (s *StoredEntity) sortAliases() { slices.Sort(s.Aliases) }

// Keys are the folded lookup keys (timeline.Keys) of one write of an
// entity. A store indexes the union of the keys of every write, so that,
// like the rest of the merge, they do not depend on the order of writes.
func Keys(e *timeline.Entity) []string {
	return timeline.Keys(e.Name, e.Type, e.Aliases)
}
