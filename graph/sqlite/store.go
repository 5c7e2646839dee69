package sqlite

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"sync/atomic"

	sqlite3 "modernc.org/sqlite"

	"github.com/storygraph/storygraph/graph"
	"github.com/storygraph/storygraph/internal/hint"
	"github.com/storygraph/storygraph/queries"
	"github.com/storygraph/storygraph/timeline"
)

var _ graph.Store = (*Store)(nil)

// Store is a graph.Store in one SQLite file.
type Store struct {
	db   *sql.DB
	path string // as the caller gave it, for messages

	initMu sync.Mutex
	ready  atomic.Bool // schema is current; read without initMu by every call

	onWait waitFunc // see OnWait

	// relatedRead is the related-read statement, prepared at its first
	// use (Related): parsing it again for every request was a sixth of
	// serve's /related time.
	relatedOnce sync.Once
	relatedRead *sql.Stmt
	relatedErr  error
}

// SQLite result codes this package gives hints for (see internal/hint).
const (
	codeCantOpen = 14
	codeNotADB   = 26
	codeReadOnly = 8
)

// Open opens the store in the SQLite file at path, creating the file if it
// does not exist and migrating its schema to the current version.
func Open(ctx context.Context, path string) (*Store, error) {
	if path == "" {
		return nil, hint.New(errors.New("open store: no path given"), "pass the path of a database file, e.g. story.db")
	}
	dir := filepath.Dir(path)
	if fi, err := os.Stat(dir); err != nil {
		return nil, hint.New(fmt.Errorf("open %s: directory %s does not exist", path, dir), "create it (mkdir -p "+dir+") or choose another path")
	} else if !fi.IsDir() {
		return nil, hint.New(fmt.Errorf("open %s: %s is not a directory", path, dir), "choose another path")
	}
	if fi, err := os.Stat(path); err == nil && fi.IsDir() {
		return nil, hint.New(fmt.Errorf("open %s: is a directory", path), "pass the path of a database file inside it, e.g. "+filepath.Join(path, "story.db"))
	}
	abs, err := filepath.Abs(path)
	if err != nil {
		return nil, fmt.Errorf("open %s: %w", path, err)
	}
	if err := foldFunction(); err != nil {
		return nil, fmt.Errorf("open %s: %w", path, err)
	}
	if err := checkOwnFile(ctx, path, abs); err != nil {
		return nil, err
	}
	db, err := sql.Open("sqlite", dsn(abs))
	if err != nil {
		return nil, fmt.Errorf("open %s: %w", path, err)
	}
	s := &Store{db: db, path: path}
	if err := s.Init(ctx); err != nil {
		db.Close()
		return nil, err
	}
	return s, nil
}

// dsn is a file: URI, so that any byte of the path ("?", "#", "%") reaches
// SQLite escaped rather than being read as DSN syntax. The pragmas run on
// every pooled connection: foreign_keys and busy_timeout are per
// connection. Foreign keys are declared in the schema but not enforced:
// checking them cost a fifth of ingest time, and the store deletes
// children itself (article-delete, reset). The page cache is 16 MiB
// (the default is 2 MiB): it is most of what a long ingest's memory grows
// by, and 64 MiB, which held a whole batch's dirty pages (about 20 MB for
// 1,024 articles) until commit, was no faster: a page spilled to the WAL
// midway is one commit would write anyway (20,000 synthetic articles
// piped into ingest: peak RSS 236 MB at 64 MiB, 164 at 32, 138 at 16, 119
// at 8; CPU per article the same within the ±15% noise of the loaded
// machine). temp_store(MEMORY) keeps the statement journals of the
// many-row inserts off disk. _txlock=immediate takes the write lock at BEGIN, so a writer
// waits under busy_timeout instead of failing when it upgrades a read lock;
// Put's beginWrite waits on past it, as long as its context lets it.
func dsn(abs string) string {
	q := url.Values{}
	for _, p := range []string{"busy_timeout(10000)", "cache_size(-16384)", "journal_mode(WAL)", "synchronous(NORMAL)", "temp_store(MEMORY)", "foreign_keys(0)"} {
		q.Add("_pragma", p)
	}
	q.Set("_txlock", "immediate")
	u := url.URL{Scheme: "file", Path: filepath.ToSlash(abs), RawQuery: q.Encode()}
	if !strings.HasPrefix(u.Path, "/") { // Windows: file:///C:/…
		u.Path = "/" + u.Path
	}
	return u.String()
}

// fail wraps err with the store's path, what was being done and, for the
// SQLite errors a user can act on, a hint saying what to do.
func (s *Store) fail(doing string, err error) error {
	var se *sqlite3.Error
	if errors.As(err, &se) {
		switch se.Code() & 0xff {
		case codeNotADB:
			return hint.New(fmt.Errorf("open %s: %s: %w", s.path, doing, err), "the file exists but is not a storygraph database; pass another path")
		case codeCantOpen:
			return hint.New(fmt.Errorf("open %s: %s: %w", s.path, doing, err), "check that the file and its directory are readable and writable")
		case codeReadOnly:
			return hint.New(fmt.Errorf("%s: %s: %w", s.path, doing, err), "the database is read-only; check the permissions of the file and its directory")
		}
	}
	return fmt.Errorf("%s: %s: %w", s.path, doing, err)
}

// Init creates or migrates the schema; see schema.go.
func (s *Store) Init(ctx context.Context) error {
	if s.ready.Load() {
		return nil
	}
	s.initMu.Lock()
	defer s.initMu.Unlock()
	if s.ready.Load() {
		return nil
	}
	if err := s.migrate(ctx); err != nil {
		return err
	}
	s.ready.Store(true)
	return nil
}

// Article returns the stored extraction of one article.
func (s *Store) Article(ctx context.Context, id string) (*timeline.Extraction, error) {
	if err := s.Init(ctx); err != nil {
		return nil, err
	}
	var data []byte
	err := s.db.QueryRowContext(ctx, queries.SQL("article-get"), id).Scan(&data)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, fmt.Errorf("article %q: %w", id, graph.ErrNotFound)
	}
	if err != nil {
		return nil, s.fail(fmt.Sprintf("read article %q", id), err)
	}
	var x timeline.Extraction
	if err := json.Unmarshal(data, &x); err != nil {
		return nil, s.fail(fmt.Sprintf("decode article %q", id), err)
	}
	// Put stored the events apart, leaving "events": null, unless there were
	// none (then the JSON keeps [] or null as it was put).
	rows, err := s.db.QueryContext(ctx, queries.SQL("article-events"), id)
	if err != nil {
		return nil, s.fail(fmt.Sprintf("read the events of article %q", id), err)
	}
	defer rows.Close()
	for rows.Next() {
		var ev timeline.Event
		if err := rows.Scan(&data); err != nil {
			return nil, s.fail(fmt.Sprintf("read the events of article %q", id), err)
		}
		if err := json.Unmarshal(data, &ev); err != nil {
			return nil, s.fail(fmt.Sprintf("decode an event of article %q", id), err)
		}
		x.Events = append(x.Events, ev)
	}
	if err := rows.Err(); err != nil {
		return nil, s.fail(fmt.Sprintf("read the events of article %q", id), err)
	}
	return &x, nil
}

// Events returns the stored events matching f. The statement is the fixed
// events-select head, one fixed fragment per filter field in use (one per
// entity, so that entities combine with AND) and events-order; every value
// is a parameter.
func (s *Store) Events(ctx context.Context, f graph.Filter) ([]timeline.Record, error) {
	if err := f.Validate(); err != nil {
		return nil, fmt.Errorf("events: %w", err)
	}
	if err := s.Init(ctx); err != nil {
		return nil, err
	}
	var q strings.Builder
	var args []any
	q.WriteString(queries.SQL("events-select"))
	and := func(fragment string, a ...any) {
		q.WriteString("\nAND ")
		q.WriteString(fragment)
		args = append(args, a...)
	}
	if len(f.Topics) > 0 {
		and(queries.SQL("events-where-topics"), jsonList(f.Topics, nil))
	}
	for _, e := range f.Entities {
		k := timeline.Fold(e)
		and(queries.SQL("events-where-entity"), k, k, k)
	}
	if len(f.Places) > 0 {
		places := jsonList(f.Places, timeline.Fold)
		and(queries.SQL("events-where-places"), places, places)
	}
	if len(f.Kinds) > 0 {
		and(queries.SQL("events-where-kinds"), jsonList(graph.Strings(f.Kinds), nil))
	}
	if len(f.Articles) > 0 {
		and(queries.SQL("events-where-articles"), jsonList(f.Articles, nil))
	}
	if len(f.Statuses) > 0 {
		and(queries.SQL("events-where-statuses"), jsonList(graph.Strings(f.Statuses), nil))
	}
	if len(f.Certainties) > 0 {
		and(queries.SQL("events-where-certainties"), jsonList(graph.Strings(f.Certainties), nil))
	}
	if len(f.Sources) > 0 {
		and(queries.SQL("events-where-sources"), jsonList(f.Sources, timeline.Fold))
	}
	if asOf := f.AsOfDay(); asOf != "" {
		and(queries.SQL("events-where-as-of"), asOf)
	}
	from, to := f.Days()
	if from != "" {
		and(queries.SQL("events-where-from"), from)
	}
	if to != "" {
		and(queries.SQL("events-where-to"), to)
	}
	q.WriteString("\n")
	q.WriteString(queries.SQL("events-order"))

	rows, err := s.db.QueryContext(ctx, q.String(), args...)
	if err != nil {
		return nil, s.fail("query events", err)
	}
	defer rows.Close()
	out, err := scanEvents(rows)
	if err != nil {
		return nil, s.fail("read events", err)
	}
	return out, nil
}

// jsonList encodes values, mapped by fold when it is not nil, as the JSON
// array the events-where-* fragments read with json_each.
func jsonList(values []string, fold func(string) string) string {
	if fold != nil {
		folded := make([]string, len(values))
		for i, v := range values {
			folded[i] = fold(v)
		}
		values = folded
	}
	data, _ := json.Marshal(values) // a []string always encodes
	return string(data)
}

// Stats counts what is stored.
func (s *Store) Stats(ctx context.Context) (graph.Stats, error) {
	var st graph.Stats
	if err := s.Init(ctx); err != nil {
		return st, err
	}
	err := s.db.QueryRowContext(ctx, queries.SQL("stats")).Scan(
		&st.Articles, &st.Events, &st.Entities, &st.People, &st.Places, &st.Organizations, &st.Topics)
	if err != nil {
		return graph.Stats{}, s.fail("count", err)
	}
	return st, nil
}

// Reset deletes everything stored, in one transaction; the schema stays.
func (s *Store) Reset(ctx context.Context) error {
	if err := s.Init(ctx); err != nil {
		return err
	}
	tx, err := s.beginWrite(ctx) // waits for another writer, as Put does
	if err != nil {
		return s.fail("reset", err)
	}
	defer tx.Rollback()
	if _, err := tx.ExecContext(ctx, queries.SQL("reset")); err != nil {
		return s.fail("reset", err)
	}
	if err := tx.Commit(); err != nil {
		return s.fail("reset", err)
	}
	return nil
}

// Close releases the database; the store cannot be used afterwards.
func (s *Store) Close() error {
	if s.relatedRead != nil {
		s.relatedRead.Close()
	}
	if err := s.db.Close(); err != nil {
		return fmt.Errorf("close %s: %w", s.path, err)
	}
	return nil
}
