// Package graph stores articles, the events they report and the entities
// those events involve, behind one small interface with two implementations:
// graph/sqlite (embedded, the default) and graph/neo4j.
//
// A store keeps what extraction produced and answers filters; it does not
// extract, merge or sort for display (that is timeline/chronology's job), so
// the same records come back from every store and the chronology built from
// them is byte-identical whichever store held them. The rules both stores
// follow live here once: Filter.Validate, BeginPut, StoredEntity (how
// entities merge) and Resolver (how participants link to entities).
package graph

import (
	"context"
	"errors"
	"fmt"

	"github.com/storygraph/storygraph/internal/hint"
	"github.com/storygraph/storygraph/timeline"
)

// Outcome says what Put did with one article.
type Outcome string

const (
	New       Outcome = "new"       // the article's ID was not stored before
	Updated   Outcome = "updated"   // stored before with another content hash: replaced whole
	Unchanged Outcome = "unchanged" // stored before with the same content hash: nothing written
)

// Store is a graph of articles, events and entities.
//
// Every implementation passes the conformance suite in graph/storetest.
type Store interface {
	// Init creates or migrates the schema. It is idempotent and cheap when
	// the schema is current; Put calls it implicitly on first use.
	Init(ctx context.Context) error

	// Put stores a batch of extractions in one transaction and returns one
	// Outcome per extraction, in order. An article is identified by
	// Article.ID; an updated article replaces its earlier events and
	// mentions entirely. Entities are shared between articles by Entity.ID
	// and merged by StoredEntity's rule, which does not depend on the order
	// of writes, so Puts from several processes at once leave what the
	// same Puts one after another would.
	// On error nothing of the batch is stored (no half-written articles),
	// so running the same batch again finishes the job.
	Put(ctx context.Context, batch []*timeline.Extraction) ([]Outcome, error)

	// Events returns every stored event that matches f, each with its
	// article, in any order (callers sort). A filter field left empty does
	// not filter.
	Events(ctx context.Context, f Filter) ([]timeline.Record, error)

	// Article returns the stored extraction of one article, or an error
	// wrapping ErrNotFound.
	Article(ctx context.Context, id string) (*timeline.Extraction, error)

	// Stats counts what is stored.
	Stats(ctx context.Context) (Stats, error)

	// Reset deletes everything stored; the schema stays.
	Reset(ctx context.Context) error

	// Close releases the store's resources.
	Close() error
}

// BeginPut is what every Put does before it writes: it validates the batch
// (ValidateBatch), refuses a context already done, and has the store
// create or migrate its schema with init (the store's Init).
func BeginPut(ctx context.Context, batch []*timeline.Extraction, init func(context.Context) error) error {
	if err := ValidateBatch(batch); err != nil {
		return err
	}
	if err := ctx.Err(); err != nil {
		return fmt.Errorf("put: %w; nothing of the batch was stored", err)
	}
	return init(ctx)
}

// ValidateBatch checks what a store would otherwise half-accept: every
// extraction present, with an article ID and entity IDs. Every Put runs it
// (BeginPut) before it writes anything.
func ValidateBatch(batch []*timeline.Extraction) error {
	for i, x := range batch {
		if x == nil {
			return fmt.Errorf("put: extraction %d of the batch is nil; nothing was stored", i+1)
		}
		if x.Article.ID == "" {
			return hint.New(fmt.Errorf("put: extraction %d of the batch (%q) has no article id; nothing was stored", i+1, x.Article.Title),
				"every extraction needs Article.ID (its URL or a content hash)")
		}
		for _, e := range x.Entities {
			if e.ID == "" {
				return fmt.Errorf("put: article %q: entity %q has no id; nothing was stored", x.Article.ID, e.Name)
			}
		}
	}
	return nil
}

// BatchSizer is implemented by a Store that knows how many articles a Put
// should carry to write fastest; ingest uses it when not told otherwise.
type BatchSizer interface {
	BatchSize() int
}

// ErrNotFound is returned (wrapped) when a named thing is not stored.
var ErrNotFound = errors.New("not found")

// Stats counts what a store holds.
type Stats struct {
	Articles      int `json:"articles"`
	Events        int `json:"events"`
	Entities      int `json:"entities"`
	People        int `json:"people"`
	Places        int `json:"places"`
	Organizations int `json:"organizations"`
	Topics        int `json:"topics"`
}

// Strings turns a list of typed names (kinds, statuses) into the plain
// strings the queries bind.
func Strings[T ~string](xs []T) []string {
	out := make([]string, len(xs))
	for i, x := range xs {
		out[i] = string(x)
	}
	return out
}
