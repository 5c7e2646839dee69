package sqlite

import (
	"database/sql"
	"encoding/json"
	"fmt"
	"runtime"
	"sync"

	"github.com/storygraph/storygraph/timeline"
)

// decodeBatch is how many rows a decoding goroutine takes at a time.
const decodeBatch = 1024

// eventRow is one row of events-select: the event's stored JSON and its
// article's citation.
type eventRow struct {
	rec  timeline.Record
	data []byte
	err  error
}

// scanEvents reads the rows of events-select into records, decoding each
// event's JSON on other goroutines while the next rows are read: decoding
// was more than half of reading every stored event (enrich reads them
// all), and SQLite's step and the decoding then run on separate cores.
// The records keep the rows' order; on an error in a row, the first such
// row's error is returned.
func scanEvents(rows *sql.Rows) ([]timeline.Record, error) {
	work := make(chan []eventRow, 2)
	var wg sync.WaitGroup
	for range max(runtime.GOMAXPROCS(0)-1, 1) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for batch := range work {
				for i := range batch {
					r := &batch[i]
					if err := json.Unmarshal(r.data, &r.rec.Event); err != nil {
						r.err = fmt.Errorf("decode an event of article %q: %w", r.rec.Article.ID, err)
					}
					r.data = nil
				}
			}
		}()
	}
	var batches [][]eventRow
	batch := make([]eventRow, 0, decodeBatch)
	var err error
	for rows.Next() {
		var r eventRow
		a := &r.rec.Article
		if err = rows.Scan(&r.data, &a.ID, &a.Title, &a.URL, &a.Source, &a.Published, &a.Licence, &a.Attribution); err != nil {
			break
		}
		batch = append(batch, r)
		if len(batch) == decodeBatch {
			batches = append(batches, batch)
			work <- batch
			batch = make([]eventRow, 0, decodeBatch)
		}
	}
	batches = append(batches, batch)
	work <- batch
	close(work)
	wg.Wait()
	if err == nil {
		err = rows.Err()
	}
	if err != nil {
		return nil, err
	}
	n := 0
	for _, b := range batches {
		n += len(b)
	}
	if n == 0 {
		return nil, nil
	}
	out := make([]timeline.Record, 0, n)
	for _, b := range batches {
		for i := range b {
			if b[i].err != nil {
				return nil, b[i].err
			}
			out = append(out, b[i].rec)
		}
	}
	return out, nil
}
