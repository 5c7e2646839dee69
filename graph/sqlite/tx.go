package sqlite

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"time"

	sqlite3 "modernc.org/sqlite"
)

// SQLite result codes of a lock held by another connection or process.
const (
	codeBusy   = 5
	codeLocked = 6
)

// waitNotice is how long a write waits for the lock before OnWait's
// function hears of it, and then how often.
const waitNotice = 2 * time.Second

type waitFunc func(waited time.Duration)

// OnWait makes the store call f, from another goroutine, when a write has
// waited waitNotice for another writer (another process ingesting into
// the same file) to commit, and every waitNotice after that, with how
// long it has waited. ingest uses it to say that it waits. Call it before
// the store is used.
func (s *Store) OnWait(f func(waited time.Duration)) { s.onWait = f }

// beginWrite begins a write transaction. The DSN's _txlock=immediate
// makes BEGIN take the write lock, so a second writer waits here, its
// turn coming when the first commits, rather than failing later when it
// would upgrade a read lock (which SQLite cannot wait for). SQLite waits
// busy_timeout at a time (and stops when ctx is done); beginWrite begins
// again after each, so it waits as long as ctx lets it.
func (s *Store) beginWrite(ctx context.Context) (*sql.Tx, error) {
	start := time.Now()
	if s.onWait != nil {
		done := make(chan struct{})
		defer close(done)
		go func() {
			t := time.NewTicker(waitNotice)
			defer t.Stop()
			for {
				select {
				case <-done:
					return
				case <-t.C:
					s.onWait(time.Since(start))
				}
			}
		}()
	}
	for {
		tx, err := s.db.BeginTx(ctx, nil)
		if err == nil || !busy(err) {
			return tx, err
		}
		if ctx.Err() != nil {
			return nil, fmt.Errorf("waited %s for another writer: %w", time.Since(start).Round(time.Second), ctx.Err())
		}
	}
}

// busy reports whether err is SQLite's "database is locked" by another
// connection.
func busy(err error) bool {
	var se *sqlite3.Error
	if !errors.As(err, &se) {
		return false
	}
	code := se.Code() & 0xff
	return code == codeBusy || code == codeLocked
}
