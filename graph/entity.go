package graph

import "github.com/storygraph/storygraph/timeline"

// StoredEntity is an entity as every store keeps it once articles have
// named it. Entities are shared between articles by ID: the first stored
// name, type and discovered flag stay; every later name and alias becomes
// an alias (once, in the order met); a later role or country fills one
// still empty. Both stores merge with it, so they keep the same entities.
type StoredEntity struct {
	Name          string
	Type          timeline.EntityType
	Aliases       []string // never nil, never holding Name
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
		if a != "" && !s.names[a] {
			s.names[a] = true
			s.Aliases = append(s.Aliases, a)
		}
	}
	return s
}

// RestoreEntity is an entity as a store read it back, ready to merge
// later writes into. Discovered is false: the stores do not read it back.
func RestoreEntity(name string, typ timeline.EntityType, aliases []string, role, country string) *StoredEntity {
	if aliases == nil {
		aliases = []string{}
	}
	s := &StoredEntity{Name: name, Type: typ, Aliases: aliases, Role: role, Country: country,
		names: map[string]bool{name: true}}
	for _, a := range aliases {
		s.names[a] = true
	}
	return s
}

// Merge adds a later write of the entity: its name and aliases become
// aliases, and it fills a role or country still empty. It reports whether
// s changed, that is whether the store must write it again.
func (s *StoredEntity) Merge(e *timeline.Entity) (changed bool) {
	for _, n := range append([]string{e.Name}, e.Aliases...) {
		if n != "" && !s.names[n] {
			s.names[n] = true
			s.Aliases = append(s.Aliases, n)
			changed = true
		}
	}
	if s.Role == "" && e.Role != "" {
		s.Role, changed = e.Role, true
	}
	if s.Country == "" && e.Country != "" {
		s.Country, changed = e.Country, true
	}
	return changed
}

// Keys are the entity's folded lookup keys (timeline.Keys), which the
// stores index for entity filters.
func (s *StoredEntity) Keys() []string {
	return timeline.Keys(s.Name, s.Type, s.Aliases)
}
