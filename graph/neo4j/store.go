package neo4j

import (
	"cmp"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"runtime"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	n4j "github.com/neo4j/neo4j-go-driver/v5/neo4j"
	"github.com/neo4j/neo4j-go-driver/v5/neo4j/config"

	"github.com/storygraph/storygraph/graph"
	"github.com/storygraph/storygraph/queries"
	"github.com/storygraph/storygraph/timeline"
)

var _ graph.Store = (*Store)(nil)

// Config names a Neo4j server and how to log in.
type Config struct {
	// URI is bolt://, neo4j:// (routing), or their +s / +ssc TLS forms.
	URI      string
	Username string
	Password string
	// Database is the database name; "" means "neo4j".
	Database string
	// MaxRetryTime bounds how long a transaction is retried on transient
	// errors and lost connections; 0 means the driver's default (30s).
	MaxRetryTime time.Duration
	// ConnectTimeout bounds Open, CallTimeout every later call (see
	// conn.go); 0 means DefaultConnectTimeout, DefaultCallTimeout.
	ConnectTimeout, CallTimeout time.Duration
}

// Store is a graph.Store on a Neo4j server: one driver (and its connection
// pool) per Store, shared by every call; open one Store per process.
type Store struct {
	cfg    Config
	driver n4j.DriverWithContext

	initMu  sync.Mutex
	ready   atomic.Bool // Init succeeded
	current atomic.Bool // the graph needs no migration (see current)
}

// Open connects to the server, checks that the login and the database are
// good, and returns the store. The schema is created by Init (or the first
// Put). Errors wrap ErrUnreachable, ErrAuth or ErrDatabaseNotFound when
// those apply.
func Open(ctx context.Context, cfg Config) (*Store, error) {
	if cfg.URI == "" {
		return nil, errors.New("open Neo4j: no URI given")
	}
	if cfg.Database == "" {
		cfg.Database = "neo4j"
	}
	if cfg.Username == "" {
		cfg.Username = "neo4j"
	}
	drv, err := n4j.NewDriverWithContext(cfg.URI, n4j.BasicAuth(cfg.Username, cfg.Password, ""), func(c *config.Config) {
		c.SocketConnectTimeout = 5 * time.Second
		c.ConnectionAcquisitionTimeout = 30 * time.Second
		if cfg.MaxRetryTime > 0 {
			c.MaxTransactionRetryTime = cfg.MaxRetryTime
		}
	})
	if err != nil {
		// A malformed URI: the driver's message names the scheme it wants.
		return nil, &Error{msg: scrub(fmt.Sprintf("open Neo4j at %s: %s", RedactURI(cfg.URI), oneLine(err.Error())), cfg.Password), err: err}
	}
	s := &Store{cfg: cfg, driver: drv}
	ctx, cancel := s.withDeadline(ctx, "connect")
	defer cancel()
	if err := drv.VerifyConnectivity(ctx); err != nil {
		drv.Close(context.Background())
		return nil, s.fail("", s.timedOut(ctx, err))
	}
	// VerifyConnectivity does not touch the database; a query on it does.
	if _, err := read(ctx, s, func(tx n4j.ManagedTransaction) (struct{}, error) {
		_, err := run(ctx, tx, queries.Cypher("ping"), nil)
		return struct{}{}, err
	}); err != nil {
		drv.Close(context.Background())
		return nil, s.fail("", s.timedOut(ctx, err))
	}
	return s, nil
}

func (s *Store) session(ctx context.Context, mode n4j.AccessMode) n4j.SessionWithContext {
	return s.driver.NewSession(ctx, n4j.SessionConfig{
		DatabaseName: s.cfg.Database,
		AccessMode:   mode,
		// Sessions of one Store follow each other causally; the driver
		// keeps the bookmarks.
		BookmarkManager: s.driver.ExecuteQueryBookmarkManager(),
	})
}

// read and write run work as one managed transaction, retried by the
// driver on transient errors, within the call deadline (see conn.go).
// work must use the context it is given through tx: the one passed in.
func read[T any](ctx context.Context, s *Store, work func(n4j.ManagedTransaction) (T, error)) (T, error) {
	ctx, cancel := s.withDeadline(ctx, "call")
	defer cancel()
	sess := s.session(ctx, n4j.AccessModeRead)
	defer sess.Close(context.Background())
	out, err := n4j.ExecuteRead(ctx, sess, work)
	return out, s.timedOut(ctx, err)
}

func write[T any](ctx context.Context, s *Store, work func(n4j.ManagedTransaction) (T, error)) (T, error) {
	ctx, cancel := s.withDeadline(ctx, "call")
	defer cancel()
	sess := s.session(ctx, n4j.AccessModeWrite)
	defer sess.Close(context.Background())
	out, err := n4j.ExecuteWrite(ctx, sess, work)
	return out, s.timedOut(ctx, err)
}

// run runs one statement and returns all its records.
func run(ctx context.Context, tx n4j.ManagedTransaction, query string, params map[string]any) ([]*n4j.Record, error) {
	res, err := tx.Run(ctx, query, params)
	if err != nil {
		return nil, err
	}
	return res.Collect(ctx)
}

// schema is every statement Init runs, in order, each in its own
// transaction.
var schema = []string{
	queries.Cypher("schema-article-id"),
	queries.Cypher("schema-event-uid"),
	queries.Cypher("schema-entity-id"),
	queries.Cypher("schema-key-key"),
	queries.Cypher("schema-topic-id"),
	queries.Cypher("schema-event-date"),
	queries.Cypher("schema-event-end-date"),
	queries.Cypher("schema-event-id"),
	queries.Cypher("schema-event-article"),
	queries.Cypher("schema-event-kind"),
	queries.Cypher("schema-entity-name"),
	queries.Cypher("schema-event-text"),
	queries.Cypher("schema-event-date-value"),
	queries.Cypher("schema-article-title"),
	queries.Cypher("schema-fetch-url"),
	queries.Cypher("schema-await"),
}

// Init creates the constraints and indexes that do not exist yet. After
// the first success it is free for the life of the Store.
func (s *Store) Init(ctx context.Context) error {
	if s.ready.Load() {
		return nil
	}
	s.initMu.Lock()
	defer s.initMu.Unlock()
	if s.ready.Load() {
		return nil
	}
	if err := s.schema(ctx, schema); err != nil {
		return s.fail("create the schema", err)
	}
	if err := s.migrate(ctx); err != nil {
		return s.fail("migrate the graph", err)
	}
	if err := s.migrateEventSearch(ctx); err != nil {
		return s.fail("migrate the search index", err)
	}
	s.ready.Store(true)
	return nil
}

// schema runs each statement of qs in a transaction of its own, as Neo4j
// requires of schema commands.
func (s *Store) schema(ctx context.Context, qs []string) error {
	for _, q := range qs {
		ctx, cancel := s.withDeadline(ctx, "call")
		_, err := write(ctx, s, func(tx n4j.ManagedTransaction) (struct{}, error) {
			_, err := run(ctx, tx, q, nil)
			return struct{}{}, err
		})
		cancel()
		if err != nil {
			return err
		}
	}
	return nil
}

// migrateEventSearch brings a graph whose event_text index predates
// title and dateGroup up to date (see schema-event-text): its events get
// both, 10,000 at a time, and the index is made again. Each step can be
// run again, so an interrupted migration is finished by the next Init:
// the index is dropped only once every event has its group.
func (s *Store) migrateEventSearch(ctx context.Context) error {
	old, err := read(ctx, s, func(tx n4j.ManagedTransaction) ([]*n4j.Record, error) {
		return run(ctx, tx, queries.Cypher("migrate-event-search-needed"), nil)
	})
	if err != nil || len(old) == 0 {
		return err
	}
	for {
		n, err := write(ctx, s, func(tx n4j.ManagedTransaction) (int, error) {
			recs, err := run(ctx, tx, queries.Cypher("migrate-event-search"), map[string]any{"n": 10000})
			if err != nil || len(recs) == 0 {
				return 0, err
			}
			rows := make([]any, len(recs))
			for i, r := range recs {
				uid, _ := r.Values[0].(string)
				date, _ := r.Values[1].(string)
				title, _ := r.Values[2].(string)
				rows[i] = map[string]any{"uid": uid, "title": title, "group": dateGroup(date)}
			}
			_, err = run(ctx, tx, queries.Cypher("migrate-event-search-set"), map[string]any{"rows": rows})
			return len(recs), err
		})
		if err != nil {
			return err
		}
		if n == 0 {
			break
		}
	}
	return s.schema(ctx, []string{queries.Cypher("migrate-event-text-drop"), queries.Cypher("schema-event-text"), queries.Cypher("schema-await")})
}

// migrate brings a graph written before :Key nodes and dated INVOLVES
// relationships up to date (see migrate-needed). The statements commit in
// batches of their own (CALL … IN TRANSACTIONS), which only an auto-commit
// transaction may run, so they run outside managed transactions; each is
// idempotent, so running them again after a failure finishes the job.
func (s *Store) migrate(ctx context.Context) error {
	needed, err := s.migrationNeeded(ctx)
	if err != nil || !needed {
		return err
	}
	sess := s.session(ctx, n4j.AccessModeWrite)
	defer sess.Close(context.Background())
	for _, q := range []string{queries.Cypher("migrate-involves-dates"), queries.Cypher("migrate-keys")} {
		res, err := sess.Run(ctx, q, nil)
		if err == nil {
			_, err = res.Consume(ctx)
		}
		if err != nil {
			return err
		}
	}
	return nil
}

func (s *Store) migrationNeeded(ctx context.Context) (bool, error) {
	recs, err := read(ctx, s, func(tx n4j.ManagedTransaction) ([]*n4j.Record, error) {
		return run(ctx, tx, queries.Cypher("migrate-needed"), nil)
	})
	return len(recs) > 0, err
}

// ensureCurrent is Init for readers: a graph written before this version
// of the model would answer entity filters wrongly, so Events migrates it
// first (Init, which creates what the migration needs). On a current
// graph it only checks, once per Store, and writes nothing.
func (s *Store) ensureCurrent(ctx context.Context) error {
	if s.ready.Load() || s.current.Load() {
		return nil
	}
	needed, err := s.migrationNeeded(ctx)
	if err != nil {
		return s.fail("check the graph's model", err)
	}
	if needed {
		return s.Init(ctx)
	}
	s.current.Store(true)
	return nil
}

// Events returns the stored events matching f: one fixed statement with
// every filter as a parameter (events), or, when the filter names an
// entity, one that starts from that entity (events-by-entity).
func (s *Store) Events(ctx context.Context, f graph.Filter) ([]timeline.Record, error) {
	if err := f.Validate(); err != nil {
		return nil, fmt.Errorf("events: %w", err)
	}
	from, to := f.Days()
	params := map[string]any{
		"articles": listOrNil(f.Articles, nil),
		"kinds":    listOrNil(graph.Strings(f.Kinds), nil),
		"topics":   listOrNil(f.Topics, nil),
		"places":   listOrNil(f.Places, timeline.Fold),
		"from":     day(from), // nil when not set
		"to":       day(to),
	}
	params["statuses"] = listOrNil(graph.Strings(f.Statuses), nil)
	params["certainties"] = listOrNil(graph.Strings(f.Certainties), nil)
	params["asOf"] = day(f.AsOfDay())
	params["sources"] = nil
	if len(f.Sources) > 0 {
		stored, err := s.sources(ctx)
		if err != nil {
			return nil, err
		}
		// an empty list, not nil: no stored source matches, so no event does
		params["sources"] = anyList(graph.MatchSources(stored, f.Sources))
	}
	entities := make([]any, 0, len(f.Entities))
	for _, e := range f.Entities {
		entities = append(entities, timeline.Fold(e))
	}
	if err := s.ensureCurrent(ctx); err != nil {
		return nil, err
	}
	query := queries.Cypher("events")
	if len(entities) > 0 {
		query = queries.Cypher("events-by-entity")
		params["entity"] = entities[0]
		entities = entities[1:]
	}
	params["entities"] = entities
	ctx, cancel := s.withDeadline(ctx, "call")
	defer cancel()

	// ExecuteQuery, unlike ExecuteRead, sends BEGIN with the query rather
	// than waiting for its answer first: one round trip less. Records are
	// decoded as they arrive.
	out, err := n4j.ExecuteQuery(ctx, s.driver, query, params, newRecordDecoder,
		n4j.ExecuteQueryWithDatabase(s.cfg.Database), n4j.ExecuteQueryWithReadersRouting(),
		n4j.ExecuteQueryWithBookmarkManager(s.driver.ExecuteQueryBookmarkManager()))
	var bad *decodeError
	if errors.As(err, &bad) {
		return nil, fmt.Errorf("read events: %w", bad)
	}
	if err != nil {
		return nil, s.fail("read events", s.timedOut(ctx, err))
	}
	return out, nil
}

// recordDecoder decodes the records of an events query (the JSON of one
// timeline.Record and the event's ord each) and sorts them as graph/sqlite
// returns them, by article id, then ord. Decoding costs more than
// reading (about 10µs a record), so it runs in chunks on other goroutines
// while the driver reads the records that follow.
type recordDecoder struct {
	out   []timeline.Record
	ords  []int64
	data  []string
	next  int // the first record not yet handed to a goroutine
	slots chan struct{}
	wg    sync.WaitGroup
	mu    sync.Mutex
	err   error
}

// decodeChunk is how many records one goroutine decodes.
const decodeChunk = 32

func newRecordDecoder() n4j.ResultTransformer[[]timeline.Record] {
	return &recordDecoder{slots: make(chan struct{}, runtime.GOMAXPROCS(0))}
}

func (d *recordDecoder) Accept(rec *n4j.Record) error {
	data, _ := rec.Values[0].(string)
	ord, _ := rec.Values[1].(int64)
	d.data = append(d.data, data)
	d.ords = append(d.ords, ord)
	if len(d.data)-d.next >= decodeChunk {
		d.decode(d.data[d.next:], d.next)
		d.next = len(d.data)
	}
	return nil
}

// decode decodes data into out[at:] on another goroutine. out grows in
// steps, so a goroutine gets its own slice to fill, copied in at the end.
func (d *recordDecoder) decode(data []string, at int) {
	d.slots <- struct{}{}
	d.wg.Add(1)
	go func() {
		defer func() { <-d.slots; d.wg.Done() }()
		recs := make([]timeline.Record, len(data))
		for i := range data {
			if err := json.Unmarshal([]byte(data[i]), &recs[i]); err != nil {
				d.mu.Lock()
				d.err = &decodeError{err}
				d.mu.Unlock()
				return
			}
		}
		d.mu.Lock()
		if need := at + len(recs); len(d.out) < need {
			d.out = append(d.out, make([]timeline.Record, need-len(d.out))...)
		}
		copy(d.out[at:], recs)
		d.mu.Unlock()
	}()
}

func (d *recordDecoder) Complete([]string, n4j.ResultSummary) ([]timeline.Record, error) {
	if d.next < len(d.data) {
		d.decode(d.data[d.next:], d.next)
	}
	d.wg.Wait()
	if d.err != nil {
		return nil, d.err
	}
	out := make([]timeline.Record, len(d.data))
	copy(out, d.out)
	idx := make([]int, len(out))
	for i := range idx {
		idx[i] = i
	}
	slices.SortFunc(idx, func(i, j int) int {
		if c := strings.Compare(out[i].Article.ID, out[j].Article.ID); c != 0 {
			return c
		}
		return cmp.Compare(d.ords[i], d.ords[j])
	})
	sorted := make([]timeline.Record, len(out))
	for k, i := range idx {
		sorted[k] = out[i]
	}
	return sorted, nil
}

// decodeError is a stored event that is not a timeline.Record: not the
// server's fault, so not retried or classified.
type decodeError struct{ err error }

func (e *decodeError) Error() string { return "decode a stored event: " + e.err.Error() }
func (e *decodeError) Unwrap() error { return e.err }

// listOrNil is values as a Cypher list, mapped by fold when it is not
// nil, or nil (no filter) when there are none.
func listOrNil(values []string, fold func(string) string) any {
	if len(values) == 0 {
		return nil
	}
	out := make([]any, len(values))
	for i, v := range values {
		if fold != nil {
			v = fold(v)
		}
		out[i] = v
	}
	return out
}

// day turns "2006-01-02" into a Cypher date parameter.
func day(s string) any {
	t, err := time.Parse("2006-01-02", s)
	if err != nil {
		return nil
	}
	return n4j.DateOf(t)
}

// Article returns the stored extraction of one article.
func (s *Store) Article(ctx context.Context, id string) (*timeline.Extraction, error) {
	ctx, cancel := s.withDeadline(ctx, "call")
	defer cancel()
	recs, err := read(ctx, s, func(tx n4j.ManagedTransaction) ([]*n4j.Record, error) {
		return run(ctx, tx, queries.Cypher("article-get"), map[string]any{"id": id})
	})
	if err != nil {
		return nil, s.fail(fmt.Sprintf("read article %q", id), err)
	}
	if len(recs) == 0 {
		return nil, fmt.Errorf("article %q: %w", id, graph.ErrNotFound)
	}
	data, _ := recs[0].Values[0].(string)
	var x timeline.Extraction
	if err := json.Unmarshal([]byte(data), &x); err != nil {
		return nil, fmt.Errorf("read article %q: decode: %w", id, err)
	}
	return &x, nil
}

// Stats counts what is stored.
func (s *Store) Stats(ctx context.Context) (graph.Stats, error) {
	ctx, cancel := s.withDeadline(ctx, "call")
	defer cancel()
	recs, err := read(ctx, s, func(tx n4j.ManagedTransaction) ([]*n4j.Record, error) {
		return run(ctx, tx, queries.Cypher("stats"), nil)
	})
	if err != nil {
		return graph.Stats{}, s.fail("count", err)
	}
	if len(recs) != 1 {
		return graph.Stats{}, fmt.Errorf("count: %d rows, want 1", len(recs))
	}
	n := func(key string) int {
		v, _ := recs[0].Get(key)
		i, _ := v.(int64)
		return int(i)
	}
	return graph.Stats{Articles: n("articles"), Events: n("events"), Entities: n("entities"), People: n("people"),
		Places: n("places"), Organizations: n("organizations"), Topics: n("topics")}, nil
}

// resetBatch is how many nodes one Reset transaction deletes.
const resetBatch = 5_000

// Reset deletes every article, event, entity, key, topic and fetch state, in transactions of
// resetBatch nodes so a large graph does not need a large heap; the schema
// stays. Nodes of other labels are not touched.
func (s *Store) Reset(ctx context.Context) error {
	for _, q := range []string{
		queries.Cypher("reset-events"),
		queries.Cypher("reset-articles"),
		queries.Cypher("reset-entities"),
		queries.Cypher("reset-keys"),
		queries.Cypher("reset-topics"),
		queries.Cypher("reset-fetch"),
	} {
		for {
			ctx, cancel := s.withDeadline(ctx, "call")
			deleted, err := write(ctx, s, func(tx n4j.ManagedTransaction) (int64, error) {
				recs, err := run(ctx, tx, q, map[string]any{"limit": resetBatch})
				if err != nil || len(recs) == 0 {
					return 0, err
				}
				n, _ := recs[0].Values[0].(int64)
				return n, nil
			})
			cancel()
			if err != nil {
				return s.fail("reset", err)
			}
			if deleted == 0 {
				break
			}
		}
	}
	return nil
}

// Close closes the driver and its connections.
func (s *Store) Close() error {
	if err := s.driver.Close(context.Background()); err != nil {
		return s.fail("close", err)
	}
	return nil
}

// String names the store for messages, without secrets.
func (s *Store) String() string {
	return fmt.Sprintf("Neo4j at %s (database %s)", RedactURI(s.cfg.URI), strings.TrimSpace(s.cfg.Database))
}
