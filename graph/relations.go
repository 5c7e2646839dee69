package graph

import (
	"context"
	"time"

	"github.com/storygraph/storygraph/timeline"
)

// Relations is the part of a store that keeps each article's computed
// "Related Articles" list (graph/related ranks them; `storygraph enrich
// --write` stores them). Both stores implement it; it is kept apart from
// Store because only enrich and serve need it.
//
// A list is stored with the Fingerprint of what it was computed from, so
// that enrich recomputes only articles whose neighbourhood changed. An
// article that is stored again (updated) or deleted (Reset) loses its
// list's state: Related answers ErrNotFound until enrich runs again.
type Relations interface {
	// PutRelated replaces, in one transaction, the lists of the given
	// articles (their links, fingerprints and computation times). A link
	// to an article that is not stored is left out.
	PutRelated(ctx context.Context, lists []RelatedList) error
	// Related returns the stored list of an article, links by rank, each
	// link's Article read from the stored article; an error wrapping
	// ErrNotFound when the article has no stored list.
	Related(ctx context.Context, id string) (RelatedList, error)
	// RelatedStates returns the state of every stored list, by article
	// ID.
	RelatedStates(ctx context.Context) (map[string]RelatedState, error)
	// RelatedLinking returns the IDs of the articles whose stored lists
	// link to any of ids, sorted.
	RelatedLinking(ctx context.Context, ids []string) ([]string, error)
}

// RelatedList is an article's stored list of related articles.
type RelatedList struct {
	ArticleID string `json:"article_id"`
	// Article is the article's citation, filled by Related from the store.
	Article timeline.Source `json:"article"`
	// Fingerprint identifies what the list was computed from
	// (related.Index.Fingerprint).
	Fingerprint string        `json:"fingerprint"`
	ComputedAt  time.Time     `json:"computed_at"`
	Links       []RelatedLink `json:"links"`
	// Floor and Slack are kept for RelatedState (related.List's).
	Floor float64 `json:"-"`
	Slack int     `json:"-"`
}

// RelatedState is what enrich needs to know of a stored list to decide
// whether it must be computed again.
type RelatedState struct {
	Fingerprint string `json:"fingerprint"`
	// Links counts its links, and Worst is the lowest score among them
	// (0 when it has none): an article scoring more would enter it.
	Links int     `json:"links"`
	Worst float64 `json:"worst"`
	// Floor is the score, by names and topics, that a new article must
	// reach to be compared in full with the article (0: any sharing a
	// name is; -1: any sharing a name may change the list, as for lists
	// stored before Floor was kept). Slack is how many such articles can
	// enter before one the list links is pushed out. Related lists are
	// Related's; Floor and Slack are only for enrich's incremental run.
	Floor float64 `json:"floor"`
	Slack int     `json:"slack"`
}

// RelatedLink is one related article of a stored list.
type RelatedLink struct {
	// Article names the related article by ID when put; Related fills
	// the rest of its citation from the store.
	Article timeline.Source `json:"article"`
	// Rank is its place in the list, from 1.
	Rank    int      `json:"rank"`
	Score   float64  `json:"score"`
	Reasons []string `json:"reasons"`
}
