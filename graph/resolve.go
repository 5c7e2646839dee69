package graph

import (
	"strings"

	"github.com/storygraph/storygraph/timeline"
)

// Resolver links an article's participants and event places to the
// article's own entities by their folded names, aliases and surnames. Every
// store uses it, so that all stores link the same entities and give the
// same answers.
type Resolver struct {
	byTypeKey map[string]string // type + "\x00" + key -> entity ID
	byKey     map[string]string // key -> entity ID, any type
	fold      func(string) string
	keys      func(*timeline.Entity) []string
}

// NewResolver returns a resolver that folds with fold and keys entities
// with keys; nil means timeline.Fold and timeline.Keys (a store may pass
// memoised versions: news repeats the same names).
func NewResolver(fold func(string) string, keys func(*timeline.Entity) []string) *Resolver {
	if fold == nil {
		fold = timeline.Fold
	}
	if keys == nil {
		keys = func(e *timeline.Entity) []string { return timeline.Keys(e.Name, e.Type, e.Aliases) }
	}
	return &Resolver{byTypeKey: map[string]string{}, byKey: map[string]string{}, fold: fold, keys: keys}
}

// Reset makes r resolve against the entities of another article.
func (r *Resolver) Reset(entities []timeline.Entity) {
	clear(r.byTypeKey)
	clear(r.byKey)
	// Canonical names first, so that a name beats another entity's alias or
	// surname; then aliases and surnames; the earlier entity wins a tie.
	for pass := 0; pass < 2; pass++ {
		for i := range entities {
			e := &entities[i]
			keys := []string{r.fold(e.Name)}
			if pass == 1 {
				keys = r.keys(e)
			}
			for _, k := range keys {
				if k == "" {
					continue
				}
				if _, ok := r.byTypeKey[string(e.Type)+"\x00"+k]; !ok {
					r.byTypeKey[string(e.Type)+"\x00"+k] = e.ID
				}
				if _, ok := r.byKey[k]; !ok {
					r.byKey[k] = e.ID
				}
			}
		}
	}
}

// Participant returns the entity ID p refers to. A participant none of the
// article's entities matches becomes an entity of its own (returned as
// synthetic, for the store to write), with an ID in the contract's
// "type:slug" form, so that filters still find it by name.
func (r *Resolver) Participant(p timeline.Participant) (id string, synthetic *timeline.Entity) {
	k := r.fold(p.Name)
	if k == "" {
		return "", nil
	}
	if p.Type != "" {
		if id := r.byTypeKey[string(p.Type)+"\x00"+k]; id != "" {
			return id, nil
		}
	} else if id := r.byKey[k]; id != "" {
		return id, nil
	}
	typ := p.Type
	if typ == "" {
		typ = "entity"
	}
	e := &timeline.Entity{ID: string(typ) + ":" + strings.ReplaceAll(k, " ", "-"), Name: p.Name, Type: p.Type, Discovered: true}
	// Remember it, so later events of the article link the same entity.
	r.byTypeKey[string(p.Type)+"\x00"+k] = e.ID
	if p.Type == "" {
		r.byKey[k] = e.ID
	}
	return e.ID, e
}

// Place returns the ID of the article's place entity with the folded key,
// or "".
func (r *Resolver) Place(key string) string {
	return r.byTypeKey[string(timeline.Place)+"\x00"+key]
}
