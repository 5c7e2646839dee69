package neo4j

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
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
}

// Store is a graph.Store on a Neo4j server: one driver (and its connection
// pool) per Store, shared by every call; open one Store per process.
type Store struct {
	cfg    Config
	driver n4j.DriverWithContext

	initMu sync.Mutex
	ready  atomic.Bool
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
		return nil, &Error{msg: scrub(fmt.Sprintf("open Neo4j at %s: %s", redact(cfg.URI), oneLine(err.Error())), cfg.Password), err: err}
	}
	s := &Store{cfg: cfg, driver: drv}
	if err := drv.VerifyConnectivity(ctx); err != nil {
		drv.Close(context.Background())
		return nil, s.fail("", err)
	}
	// VerifyConnectivity does not touch the database; a query on it does.
	if _, err := read(ctx, s, func(tx n4j.ManagedTransaction) (struct{}, error) {
		_, err := run(ctx, tx, queries.Cypher("ping"), nil)
		return struct{}{}, err
	}); err != nil {
		drv.Close(context.Background())
		return nil, s.fail("", err)
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
// driver on transient errors.
func read[T any](ctx context.Context, s *Store, work func(n4j.ManagedTransaction) (T, error)) (T, error) {
	sess := s.session(ctx, n4j.AccessModeRead)
	defer sess.Close(context.Background())
	return n4j.ExecuteRead(ctx, sess, work)
}

func write[T any](ctx context.Context, s *Store, work func(n4j.ManagedTransaction) (T, error)) (T, error) {
	sess := s.session(ctx, n4j.AccessModeWrite)
	defer sess.Close(context.Background())
	return n4j.ExecuteWrite(ctx, sess, work)
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
	queries.Cypher("schema-topic-id"),
	queries.Cypher("schema-event-date"),
	queries.Cypher("schema-event-end-date"),
	queries.Cypher("schema-event-id"),
	queries.Cypher("schema-event-article"),
	queries.Cypher("schema-event-kind"),
	queries.Cypher("schema-entity-name"),
	queries.Cypher("schema-event-text"),
	queries.Cypher("schema-article-title"),
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
	for _, q := range schema {
		_, err := write(ctx, s, func(tx n4j.ManagedTransaction) (struct{}, error) {
			_, err := run(ctx, tx, q, nil)
			return struct{}{}, err
		})
		if err != nil {
			return s.fail("create the schema", err)
		}
	}
	s.ready.Store(true)
	return nil
}

// Events returns the stored events matching f: one fixed statement with
// every filter as a parameter (events), or, when the filter names an
// entity, one that starts from that entity (events-by-entity).
func (s *Store) Events(ctx context.Context, f graph.Filter) ([]timeline.Record, error) {
	params := map[string]any{
		"articles": listOrNil(f.Articles, nil),
		"kinds":    listOrNil(f.Kinds, nil),
		"topics":   listOrNil(f.Topics, nil),
		"places":   listOrNil(f.Places, timeline.Fold),
		"from":     nil,
		"to":       nil,
	}
	if f.From != "" {
		first, _, ok := timeline.Span(f.From)
		if !ok {
			return nil, fmt.Errorf("events: from date %q is not a date; hint: use YYYY-MM-DD", f.From)
		}
		params["from"] = day(first)
	}
	if f.To != "" {
		_, last, ok := timeline.Span(f.To)
		if !ok {
			return nil, fmt.Errorf("events: to date %q is not a date; hint: use YYYY-MM-DD", f.To)
		}
		params["to"] = day(last)
	}
	entities := make([]any, 0, len(f.Entities))
	for _, e := range f.Entities {
		entities = append(entities, timeline.Fold(e))
	}
	query := queries.Cypher("events")
	if len(entities) > 0 {
		query = queries.Cypher("events-by-entity")
		params["entity"] = entities[0]
		entities = entities[1:]
	}
	params["entities"] = entities

	recs, err := read(ctx, s, func(tx n4j.ManagedTransaction) ([]*n4j.Record, error) {
		return run(ctx, tx, query, params)
	})
	if err != nil {
		return nil, s.fail("read events", err)
	}
	out := make([]timeline.Record, 0, len(recs))
	for _, rec := range recs {
		data, _ := rec.Values[0].(string)
		var r timeline.Record
		if err := json.Unmarshal([]byte(data), &r); err != nil {
			return nil, fmt.Errorf("read events: decode a stored event: %w", err)
		}
		out = append(out, r)
	}
	return out, nil
}

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

// Reset deletes every article, event, entity and topic, in transactions of
// resetBatch nodes so a large graph does not need a large heap; the schema
// stays. Nodes of other labels are not touched.
func (s *Store) Reset(ctx context.Context) error {
	for _, q := range []string{
		queries.Cypher("reset-events"),
		queries.Cypher("reset-articles"),
		queries.Cypher("reset-entities"),
		queries.Cypher("reset-topics"),
	} {
		for {
			deleted, err := write(ctx, s, func(tx n4j.ManagedTransaction) (int64, error) {
				recs, err := run(ctx, tx, q, map[string]any{"limit": resetBatch})
				if err != nil || len(recs) == 0 {
					return 0, err
				}
				n, _ := recs[0].Values[0].(int64)
				return n, nil
			})
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
	return fmt.Sprintf("Neo4j at %s (database %s)", redact(s.cfg.URI), strings.TrimSpace(s.cfg.Database))
}
