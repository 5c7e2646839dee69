// Package ingest writes extractions into a graph.Store in batches: it takes
// what extract.Each yields (in input order, so the same inputs always leave
// the same store) and writes one batch while the next is extracted. A bad
// input is reported by extract.Each and skipped; the rest goes on.
package ingest

import (
	"context"
	"fmt"
	"time"

	"github.com/storygraph/storygraph/graph"
	"github.com/storygraph/storygraph/timeline"
	"github.com/storygraph/storygraph/timeline/article"
	"github.com/storygraph/storygraph/timeline/extract"
)

// Options configure a run: the store and its batches here, reading and
// extraction in the embedded extract.Options.
type Options struct {
	extract.Options
	Store graph.Store
	// BatchSize is the number of articles per store transaction (default:
	// the store's graph.BatchSizer, else 256).
	BatchSize int
	// OnWait, when set, hears that a write has waited waited for another
	// process writing to the same store (graph/sqlite's Store.OnWait);
	// stores that do not wait in the client say nothing.
	OnWait func(waited time.Duration)
}

// waiter is a store that says when a write waits for another writer.
type waiter interface {
	OnWait(func(waited time.Duration))
}

// Summary counts what a run did.
// Events and Entities count what new and updated articles wrote (an entity
// once however many articles name it); an unchanged article adds nothing.
type Summary struct {
	Inputs    int `json:"inputs"`
	New       int `json:"new"`
	Updated   int `json:"updated"`
	Unchanged int `json:"unchanged"`
	Failed    int `json:"failed"`
	Events    int `json:"events"`
	Entities  int `json:"entities"`
}

// Run ingests the inputs. It returns the summary and an error only when the
// store failed or ctx ended (inputs that fail are counted and reported via
// OnError); with an error, the summary counts what was stored before it,
// each batch whole or not at all.
func Run(ctx context.Context, opts Options, inputs []extract.Input) (Summary, error) {
	batchSize := opts.BatchSize
	if bs, ok := opts.Store.(graph.BatchSizer); ok && batchSize <= 0 {
		batchSize = bs.BatchSize()
	}
	if batchSize <= 0 {
		batchSize = 256
	}
	if w, ok := opts.Store.(waiter); ok && opts.OnWait != nil {
		w.OnWait(opts.OnWait)
	}
	if err := opts.Store.Init(ctx); err != nil {
		return Summary{}, err
	}
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()

	// The store writes one batch while the next is extracted and
	// assembled: writing and extraction overlap on separate cores.
	batches := make(chan []*timeline.Extraction)
	written := make(chan error, 1)
	var stored Summary // touched only by the writer until it is done
	go func() {
		entities := map[string]bool{}
		var err error
		for batch := range batches {
			if err != nil {
				continue // drain after a failure
			}
			var outcomes []graph.Outcome
			if outcomes, err = opts.Store.Put(ctx, batch); err != nil {
				cancel()
				continue
			}
			for i, o := range outcomes {
				switch o {
				case graph.New:
					stored.New++
				case graph.Updated:
					stored.Updated++
				case graph.Unchanged:
					// already stored: its events and entities are not
					// written again, so they are not counted again
					stored.Unchanged++
					continue
				}
				stored.Events += len(batch[i].Events)
				for _, e := range batch[i].Entities {
					entities[e.ID] = true
				}
			}
		}
		stored.Entities = len(entities)
		written <- err
	}()

	var batch []*timeline.Extraction
	failed, eachErr := extract.Each(ctx, opts.Options, inputs, func(_ *article.Doc, ex *timeline.Extraction) error {
		batch = append(batch, ex)
		if len(batch) >= batchSize {
			batches <- batch // the writer always drains, even after a failure
			batch = nil
		}
		return nil
	})
	if len(batch) > 0 && eachErr == nil {
		batches <- batch
	}
	close(batches)
	storeErr := <-written
	sum := stored
	sum.Inputs, sum.Failed = len(inputs), failed
	if storeErr == nil {
		storeErr = eachErr
	}
	return sum, storeErr
}

// String renders a summary for people.
func (s Summary) String() string {
	return fmt.Sprintf("%d new, %d updated, %d unchanged, %d failed; %d events, %d entities",
		s.New, s.Updated, s.Unchanged, s.Failed, s.Events, s.Entities)
}
