package sqlite

import (
	"bytes"
	"context"
	"database/sql"
	"fmt"
	"io"
	"net/url"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"time"

	"github.com/storygraph/storygraph/internal/hint"
	"github.com/storygraph/storygraph/queries"
)

// migrations[i] takes a file from PRAGMA user_version i to i+1 and sets the
// new version itself. Append only: a released migration never changes, so a
// file written by any earlier storygraph is upgraded in place.
var migrations = []string{
	queries.SQL("migrate-1"),
	queries.SQL("migrate-2"),  // fetch state (graph.FetchStates)
	queries.SQL("migrate-3"),  // full-text search (graph.Searcher)
	queries.SQL("migrate-4"),  // related articles (graph.Relations)
	queries.SQL("migrate-5"),  // search rows written by Put, not a trigger
	queries.SQL("migrate-6"),  // articles' licence and attribution
	queries.SQL("migrate-7"),  // application_id: the file is storygraph's (checkOwnFile)
	queries.SQL("migrate-8"),  // related lists' floor and slack (incremental enrich)
	queries.SQL("migrate-9"),  // counts kept at write time for the catalog; an entity's event days indexed
	queries.SQL("migrate-10"), // articles by publication day
	queries.SQL("migrate-11"), // counts added by Put a batch at a time, not by insert triggers
	queries.SQL("migrate-12"), // entity pairs' shared events kept at write time (profile ties, path steps)
	queries.SQL("migrate-13"), // events in search's order of equal scores (a capped search)
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
	tx, err := s.beginWrite(ctx) // waits for another writer, as Put does
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

// applicationID is PRAGMA application_id of a storygraph file, set by
// migrate-7: the bytes "stgr".
const applicationID = 0x73746772

// sqliteMagic opens every SQLite database file.
var sqliteMagic = []byte("SQLite format 3\x00")

// checkOwnFile refuses a file that is not a storygraph store before it is
// opened for writing: Open's connection switches a file to WAL and
// migrating gives it tables, so another program's database (or any other
// file) must be turned away first, as it was. A storygraph file has our
// application_id; one written before migrate-7 has our tables; an empty
// database (no tables, no version) or an empty file becomes a store.
func checkOwnFile(ctx context.Context, path, abs string) error {
	fi, err := os.Stat(abs)
	if err != nil || fi.Size() == 0 {
		return nil // a new store, or one another process is creating
	}
	f, err := os.Open(abs)
	if err != nil {
		return nil // Open says what is wrong with it (permissions)
	}
	head := make([]byte, len(sqliteMagic))
	n, _ := io.ReadFull(f, head)
	f.Close()
	if !bytes.Equal(head[:n], sqliteMagic) {
		return hint.New(fmt.Errorf("open %s: not a database (not an SQLite file); it was left as it was", path),
			"the file exists but is not a storygraph database; pass another path, or a new file name to create one")
	}
	// Read-only, and waiting for a writer that is creating the file
	// (another storygraph process turning it to WAL).
	u := url.URL{Scheme: "file", Path: filepath.ToSlash(abs), RawQuery: "mode=ro&_pragma=busy_timeout(10000)"}
	if !strings.HasPrefix(u.Path, "/") { // Windows: file:///C:/…
		u.Path = "/" + u.Path
	}
	db, err := sql.Open("sqlite", u.String())
	if err != nil {
		return fmt.Errorf("open %s: %w", path, err)
	}
	defer db.Close()
	for {
		app, version, tables, err := readOwner(ctx, db)
		if busy(err) && ctx.Err() == nil {
			time.Sleep(50 * time.Millisecond) // a new file's WAL being set up; its creator is quick
			continue
		}
		if err != nil {
			return (&Store{path: path}).fail("check that the file is storygraph's", err)
		}
		return checkOwner(path, app, version, tables)
	}
}

// readOwner reads what tells whose an SQLite file is.
func readOwner(ctx context.Context, db *sql.DB) (app, version int, tables []string, err error) {
	// One read transaction, so the three reads see one state of the file:
	// read one by one, another process migrating a new file between them
	// made it look like another program's (no application_id yet, but
	// tables already: TestFourWritersSQLite failed so, once in a while).
	tx, err := db.BeginTx(ctx, &sql.TxOptions{ReadOnly: true})
	if err != nil {
		return 0, 0, nil, err
	}
	defer tx.Rollback()
	if err := tx.QueryRowContext(ctx, queries.SQL("application-id")).Scan(&app); err != nil {
		return 0, 0, nil, err
	}
	if err := tx.QueryRowContext(ctx, queries.SQL("user-version")).Scan(&version); err != nil {
		return 0, 0, nil, err
	}
	rows, err := tx.QueryContext(ctx, queries.SQL("schema-tables"))
	if err != nil {
		return 0, 0, nil, err
	}
	defer rows.Close()
	for rows.Next() {
		var name string
		if err := rows.Scan(&name); err != nil {
			return 0, 0, nil, err
		}
		tables = append(tables, name)
	}
	return app, version, tables, rows.Err()
}

// checkOwner decides from readOwner's answers.
func checkOwner(path string, app, version int, tables []string) error {
	switch {
	case app == applicationID:
		return nil
	case app == 0 && version == 0 && len(tables) == 0:
		return nil // an empty database
	case app == 0 && version > 0 && slices.Contains(tables, "articles") && slices.Contains(tables, "entities"):
		return nil // storygraph's, from before migrate-7
	}
	what := "no tables"
	if len(tables) > 0 {
		shown := tables[:min(len(tables), 4)]
		what = "tables " + strings.Join(quoteAll(shown), ", ")
		if len(tables) > len(shown) {
			what += fmt.Sprintf(" and %d more", len(tables)-len(shown))
		}
	}
	return hint.New(fmt.Errorf("open %s: an SQLite database of another program (%s, application_id %d, user_version %d), not a storygraph store; it was left as it was", path, what, app, version),
		"the file exists but is not a storygraph database (storygraph keeps its store in a file of its own); pass another path, or a new file name to create one")
}

func quoteAll(names []string) []string {
	out := make([]string, len(names))
	for i, n := range names {
		out[i] = fmt.Sprintf("%q", n)
	}
	return out
}
