package graph

import (
	"cmp"
	"context"
	"slices"
	"strings"

	"github.com/storygraph/storygraph/timeline"
)

// Catalog is the part of a store that says what it holds: its entities,
// articles and topics with their counts, and which names of a filter it
// does not know. Both stores implement it; it is kept apart from Store
// because only the commands that help a user find their way need it.
//
// Every list comes fully sorted by the Sort* function of its type, so both
// stores answer with the same bytes.
type Catalog interface {
	// ListEntities returns the stored entities that q selects, with their
	// counts, sorted by SortEntities.
	ListEntities(ctx context.Context, q EntityQuery) ([]EntityCount, error)
	// ListArticles returns the stored articles that q selects, sorted by
	// SortArticles.
	ListArticles(ctx context.Context, q ArticleQuery) ([]ArticleCount, error)
	// ListTopics returns every topic some stored event is about, sorted
	// by id.
	ListTopics(ctx context.Context) ([]TopicCount, error)
	// UnknownNames returns the names of f's Entities and Places that can
	// match no stored event, in f's order, entities first: an entity is
	// known when its folded name is a key of a stored entity (name, alias
	// or a person's surname); a place when it is a key of a stored place
	// or a place as an event names it. Other fields are not looked at.
	UnknownNames(ctx context.Context, f Filter) ([]FilterName, error)
}

// EntityQuery selects entities; a field left empty does not filter.
type EntityQuery struct {
	// Type is one entity type (timeline.Person, …).
	Type timeline.EntityType
	// Prefix keeps entities with a key (name, alias or a person's surname)
	// that starts with it, compared folded (timeline.Fold): "zel" finds
	// Volodymyr Zelenskyy.
	Prefix string
}

// EntityCount is a stored entity and how much the store says about it.
type EntityCount struct {
	ID      string              `json:"id"`
	Name    string              `json:"name"`
	Type    timeline.EntityType `json:"type"`
	Aliases []string            `json:"aliases"`
	Role    string              `json:"role,omitempty"`
	Country string              `json:"country,omitempty"`
	// Events counts the events it takes part in or that happen at it.
	Events int `json:"events"`
	// Articles counts the articles that mention it.
	Articles int `json:"articles"`
}

// ArticleQuery selects articles; a field left empty does not filter.
type ArticleQuery struct {
	// Sources are outlets, compared as Filter.Sources (any of them).
	Sources []string
	// From and To bound the publication day, in the forms of Filter.From
	// and Filter.To, inclusive. An article without a publication day never
	// matches a date bound.
	From, To string
}

// Validate checks the dates as Filter.Validate does, with the same
// *FilterError.
func (q ArticleQuery) Validate() error { return Filter{From: q.From, To: q.To}.Validate() }

// ArticleCount is a stored article's citation and its number of events.
type ArticleCount struct {
	// ID is the article's id, as `related --id` takes it.
	ID        string `json:"id"`
	Title     string `json:"title"`
	URL       string `json:"url,omitempty"`
	Source    string `json:"source,omitempty"`
	Published string `json:"published"`
	Events    int    `json:"events"`
}

// TopicCount is a topic and how much of the store is about it.
type TopicCount struct {
	ID       string `json:"id"`
	Events   int    `json:"events"`
	Articles int    `json:"articles"`
	// First and Last are the first and last day of its dated events, ""
	// when none is dated.
	First string `json:"first,omitempty"`
	Last  string `json:"last,omitempty"`
}

// FilterName is one name of a filter: Field "entity" or "place", and the
// name as given.
type FilterName struct {
	Field string
	Value string
}

// SortEntities orders entities most present first: by events, then
// articles (both descending), then folded name, name and id.
func SortEntities(xs []EntityCount) {
	slices.SortFunc(xs, func(a, b EntityCount) int {
		return cmp.Or(cmp.Compare(b.Events, a.Events), cmp.Compare(b.Articles, a.Articles),
			strings.Compare(timeline.Fold(a.Name), timeline.Fold(b.Name)),
			strings.Compare(a.Name, b.Name), strings.Compare(a.ID, b.ID))
	})
}

// SortArticles orders articles by publication day, those without one
// last, then by id.
func SortArticles(xs []ArticleCount) {
	slices.SortFunc(xs, func(a, b ArticleCount) int {
		if (a.Published == "") != (b.Published == "") {
			if a.Published == "" {
				return 1
			}
			return -1
		}
		return cmp.Or(strings.Compare(a.Published, b.Published), strings.Compare(a.ID, b.ID))
	})
}

// SortTopics orders topics by id.
func SortTopics(xs []TopicCount) {
	slices.SortFunc(xs, func(a, b TopicCount) int { return strings.Compare(a.ID, b.ID) })
}

// Unknown is what UnknownNames returns given the folded names a store
// knows: the entities and places of f whose folded form is not among
// them, in f's order, entities first.
func Unknown(f Filter, entities, places map[string]bool) []FilterName {
	var out []FilterName
	for _, e := range f.Entities {
		if !entities[timeline.Fold(e)] {
			out = append(out, FilterName{Field: "entity", Value: e})
		}
	}
	for _, p := range f.Places {
		if !places[timeline.Fold(p)] {
			out = append(out, FilterName{Field: "place", Value: p})
		}
	}
	return out
}
