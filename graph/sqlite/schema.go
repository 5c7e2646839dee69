package sqlite

import (
	"context"
	"fmt"

	"github.com/storygraph/storygraph/internal/hint"
	"github.com/storygraph/storygraph/queries"
)

// migrations[i] takes a file from PRAGMA user_version i to i+1 and sets the
// new version itself. Append only: a released migration never changes, so a
// file written by any earlier storygraph is upgraded in place.
var migrations = []string{
	queries.SQL("migrate-1"),
	queries.SQL("migrate-2"), // fetch state (graph.FetchStates)
	queries.SQL("migrate-3"), // full-text search (graph.Searcher)
	queries.SQL("migrate-4"), // related articles (graph.Relations)
	queries.SQL("migrate-5"), // search rows written by Put, not a trigger
	queries.SQL("migrate-6"), // articles' licence and attribution
}

// migrate applies the missing migrations, each in its own transaction. The
// version is read inside the transaction (which holds the write lock from
// BEGIN), so two processes opening one new file migrate it once.
func (s *Store) migrate(ctx context.Context) error {
	for {
		done, err := s.migrateOne(ctx)
		if err != nil || done {
			return err
		}
	}
}

func (s *Store) migrateOne(ctx context.Context) (done bool, err error) {
	var v int
	// A read first: it opens the connection, so a missing or foreign file is
	// reported as such, and a current schema costs no write lock.
	if err := s.db.QueryRowContext(ctx, queries.SQL("user-version")).Scan(&v); err != nil {
		return false, s.fail("read schema version", err)
	}
	if v == len(migrations) {
		return true, nil
	}
	if v > len(migrations) {
		return false, hint.New(fmt.Errorf("open %s: schema version %d is newer than this storygraph knows (%d)", s.path, v, len(migrations)),
			"upgrade storygraph, or pass another path")
	}
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return false, s.fail("migrate schema", err)
	}
	defer tx.Rollback()
	if err := tx.QueryRowContext(ctx, queries.SQL("user-version")).Scan(&v); err != nil {
		return false, s.fail("read schema version", err)
	}
	if v >= len(migrations) {
		return false, tx.Commit() // another process migrated it; loop re-checks
	}
	if _, err := tx.ExecContext(ctx, migrations[v]); err != nil {
		return false, s.fail(fmt.Sprintf("migrate schema to version %d", v+1), err)
	}
	if err := tx.Commit(); err != nil {
		return false, s.fail(fmt.Sprintf("migrate schema to version %d", v+1), err)
	}
	return false, nil
}
