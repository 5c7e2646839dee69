package sqlite

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"slices"
	"strings"

	"github.com/storygraph/storygraph/graph"
	"github.com/storygraph/storygraph/queries"
	"github.com/storygraph/storygraph/timeline"
)

// Put stores a batch in one transaction, with each statement prepared once
// for the batch. The batch is validated before the transaction begins, and
// any later failure rolls it back, so a bad batch writes nothing. Each
// article is encoded shortly before it is written (encodeAhead), so a
// batch is never held twice in memory.
func (s *Store) Put(ctx context.Context, batch []*timeline.Extraction) (out []graph.Outcome, err error) {
	if err := graph.BeginPut(ctx, batch, s.Init); err != nil {
		return nil, err
	}
	defer func() {
		// A cancelled context rolls the transaction back under the
		// statements, which then fail with "sql: statement is closed"
		// or an interrupt: say what happened instead.
		if err != nil && ctx.Err() != nil {
			out, err = nil, fmt.Errorf("put: %w; nothing of the batch was stored", ctx.Err())
		}
	}()
	tx, err := s.beginWrite(ctx)
	if err != nil {
		return nil, s.fail("put: begin", err)
	}
	defer tx.Rollback() // after Commit, a no-op
	w, err := newWriter(ctx, tx)
	if err != nil {
		return nil, s.fail("put: prepare", err)
	}
	defer w.close()
	if err := w.readHashes(ctx, tx, batch); err != nil {
		return nil, s.fail("put: read content hashes", err)
	}

	outcomes := make([]graph.Outcome, len(batch))
	updated := false
	ectx, stop := context.WithCancel(ctx)
	defer stop() // a failed write ends the encoding too
	encoded := encodeAhead(ectx, batch)
	for i := range batch {
		e, ok := <-encoded
		if !ok {
			return nil, ctx.Err()
		}
		if e.err != nil {
			return nil, e.err
		}
		it := e.item
		o, err := w.article(ctx, it)
		if err != nil {
			return nil, s.fail(fmt.Sprintf("put article %q", it.x.Article.ID), err)
		}
		outcomes[i] = o
		updated = updated || o == graph.Updated
	}
	if err := w.flush(ctx); err != nil {
		return nil, s.fail("put", err)
	}
	if err := w.indexText(ctx); err != nil {
		return nil, s.fail("put: index the text for search", err)
	}
	if updated {
		// An update may have dropped the last mention of an entity.
		if _, err := tx.ExecContext(ctx, queries.SQL("entities-delete-orphans")); err != nil {
			return nil, s.fail("put: delete unmentioned entities", err)
		}
	}
	if err := tx.Commit(); err != nil {
		return nil, s.fail("put: commit", err)
	}
	return outcomes, nil
}

// BatchSize is how many articles a Put should carry: 1,024 ingests about
// 12% faster than 256 (each commit rewrites the index pages it touched to
// the WAL, so fewer commits write fewer pages), while 4,096 is slower again
// (go test -bench Ingest/sqlite -benchtime 1x ./graph/ingest/: 256 gave
// 1,906 articles/s, 512 2,047, 1,024 2,128-2,148, 2,048 2,143, 4,096 2,027).
func (s *Store) BatchSize() int { return 1024 }

// item is one extraction ready to write.
type item struct {
	x      *timeline.Extraction
	data   []byte   // the extraction as JSON, without its events
	events [][]byte // each event as JSON
}

// encodeLookahead is how many articles encodeAhead may encode before the
// writer takes them: enough to keep it from waiting, few enough that a
// batch is never held twice in memory.
const encodeLookahead = 32

type encoded struct {
	item
	err error
}

// encodeAhead encodes the batch, in order, on another goroutine: JSON
// encoding was an eighth of the writer's time (go test -cpuprofile on
// BenchmarkIngest), and the writer, one goroutine for the one SQLite
// writer, is what bounds ingest, while extraction has the other cores.
// It stops at the first error or when ctx is done.
func encodeAhead(ctx context.Context, batch []*timeline.Extraction) <-chan encoded {
	out := make(chan encoded, encodeLookahead)
	go func() {
		defer close(out)
		for _, x := range batch {
			it, err := encode(x)
			select {
			case out <- encoded{it, err}:
			case <-ctx.Done():
				return
			}
			if err != nil {
				return
			}
		}
	}()
	return out
}

// encode turns one extraction into the JSON the tables keep.
func encode(x *timeline.Extraction) (item, error) {
	// The events are stored once, in the events table; Article puts them
	// back (see there).
	stored := *x
	if len(x.Events) > 0 {
		stored.Events = nil
	}
	data, err := json.Marshal(&stored)
	if err != nil {
		return item{}, fmt.Errorf("put: article %q: encode: %w; nothing was stored", x.Article.ID, err)
	}
	it := item{x: x, data: data, events: make([][]byte, len(x.Events))}
	for j := range x.Events {
		if it.events[j], err = json.Marshal(&x.Events[j]); err != nil {
			return item{}, fmt.Errorf("put: article %q: encode event %d: %w; nothing was stored", x.Article.ID, j+1, err)
		}
	}
	return it, nil
}

// writer holds one batch's prepared statements and what it learnt about
// entities, so an entity shared by many articles of a batch is read and
// written once. It lives and dies with its transaction.
type writer struct {
	articleInsert                          *sql.Stmt
	articleDelete                          []*sql.Stmt // one per statement of article-delete
	entityGet, entityInsert, entityUpdate  *sql.Stmt
	entityKey                              *sql.Stmt
	entityCounts, topicCounts, searchIndex *sql.Stmt
	entityTies                             *sql.Stmt
	all                                    []*sql.Stmt

	// The batch's rows of events and of the link tables, inserted many
	// to a statement.
	events, mentionRows, entityRows, placeRows, topicRows *valuesInsert

	// The content hash of each article of the batch that is stored, read
	// for the whole batch at once (readHashes) and kept as the batch
	// writes them.
	hashes map[string]string

	entities map[string]*entityState
	nextPK   int64 // of the next event inserted
	tiedPK   int64 // the first event whose pairs are not in entity_ties yet
	memo     memo
	resolver *graph.Resolver

	counts counts

	// The batch's full-text rows, written by indexText, and the articles
	// they come from.
	textRows rows
	indexing map[string]bool
}

// entityState is a stored entity as this batch last wrote it, with the
// folded keys this batch put in entity_keys.
type entityState struct {
	*graph.StoredEntity
	keys map[string]bool
}

func newWriter(ctx context.Context, tx *sql.Tx) (*writer, error) {
	w := &writer{entities: map[string]*entityState{}, memo: newMemo(), indexing: map[string]bool{}, counts: newCounts()}
	w.resolver = graph.NewResolver(w.memo.fold, w.memo.keys)
	var err error
	prep := func(q string) *sql.Stmt {
		if err != nil {
			return nil
		}
		var st *sql.Stmt
		if st, err = tx.PrepareContext(ctx, q); err == nil {
			w.all = append(w.all, st)
		}
		return st
	}
	for _, q := range strings.Split(queries.SQL("article-delete"), ";") {
		if q = strings.TrimSpace(q); q != "" {
			w.articleDelete = append(w.articleDelete, prep(q))
		}
	}
	w.articleInsert = prep(queries.SQL("article-insert"))
	w.entityGet = prep(queries.SQL("entity-get"))
	w.entityInsert = prep(queries.SQL("entity-insert"))
	w.entityUpdate = prep(queries.SQL("entity-update"))
	w.entityKey = prep(queries.SQL("entity-key-insert"))
	w.mentionRows = newValuesInsert(tx, queries.SQL("mentions-insert"), linkChunk)
	w.events = newValuesInsert(tx, queries.SQL("event-insert"), eventChunk)
	w.entityRows = newValuesInsert(tx, queries.SQL("event-entities-insert"), linkChunk)
	w.placeRows = newValuesInsert(tx, queries.SQL("event-places-insert"), linkChunk)
	w.topicRows = newValuesInsert(tx, queries.SQL("event-topics-insert"), linkChunk)
	w.entityCounts = prep(queries.SQL("entity-counts-add"))
	w.topicCounts = prep(queries.SQL("topic-counts-add"))
	w.searchIndex = prep(queries.SQL("search-index"))
	w.entityTies = prep(queries.SQL("entity-ties-add"))
	if err != nil {
		w.close()
		return nil, err
	}
	// The transaction holds the write lock from BEGIN, so no one else
	// inserts events until it ends.
	if err := tx.QueryRowContext(ctx, queries.SQL("events-max-pk")).Scan(&w.nextPK); err != nil {
		w.close()
		return nil, err
	}
	w.nextPK++
	w.tiedPK = w.nextPK
	w.textRows.reset()
	return w, nil
}

func (w *writer) close() {
	for _, st := range w.all {
		st.Close()
	}
	for _, v := range []*valuesInsert{w.events, w.mentionRows, w.entityRows, w.placeRows, w.topicRows} {
		if v != nil {
			v.close()
		}
	}
}

// article writes one article. Its statements of a row or an article's rows
// run under ctx less its cancellation: with it, the driver starts a
// goroutine to watch ctx for every statement, a few percent of Put with
// the dozen statements of an article. Cancelling ctx still stops Put
// within a statement: the transaction, begun under ctx, is rolled back
// as soon as that statement returns, and the next one fails.
func (w *writer) article(ctx context.Context, it item) (graph.Outcome, error) {
	rctx := context.WithoutCancel(ctx)
	a := &it.x.Article
	outcome := graph.New
	switch hash, stored := w.hashes[a.ID]; {
	case !stored:
	case hash == a.ContentHash:
		return graph.Unchanged, nil
	default:
		// Replaced whole: the cascade removes its events, their links and
		// its mentions, once the rows waiting for flush are stored (the
		// earlier version may be in this batch).
		if err := w.flush(ctx); err != nil {
			return "", err
		}
		if w.indexing[a.ID] {
			// Its full-text rows must be there for the delete to remove.
			if err := w.indexText(ctx); err != nil {
				return "", err
			}
		}
		for _, st := range w.articleDelete {
			if _, err := st.ExecContext(rctx, a.ID); err != nil {
				return "", fmt.Errorf("delete the earlier version: %w", err)
			}
		}
		outcome = graph.Updated
	}
	if _, err := w.articleInsert.ExecContext(rctx, a.ID, a.ContentHash, a.Title, a.URL, a.Source, a.Published, a.Licence, a.Attribution, it.data); err != nil {
		return "", fmt.Errorf("insert: %w", err)
	}
	w.hashes[a.ID] = a.ContentHash

	// The link tables get their rows in one statement per batch (flush),
	// not per article.
	if len(it.x.Events) > 0 {
		w.indexing[a.ID] = true
	}
	r := w.resolver
	r.Reset(it.x.Entities)
	c := &w.counts
	c.article()
	for i := range it.x.Entities {
		e := &it.x.Entities[i]
		if err := w.entity(rctx, e); err != nil {
			return "", err
		}
		if err := w.mentionRows.add(rctx, a.ID, e.ID, int64(len(e.Mentions))); err != nil {
			return "", fmt.Errorf("insert mentions: %w", err)
		}
		c.mention(e.ID)
	}
	for i := range it.x.Events {
		ev := &it.x.Events[i]
		pk := w.nextPK
		w.nextPK++
		var first, last sql.NullString
		if f, l, ok := timeline.Span(ev.Date); ok {
			first = sql.NullString{String: f, Valid: true}
			last = sql.NullString{String: l, Valid: true}
		}
		if err := w.events.add(rctx, pk, ev.ID, a.ID, i, ev.Kind, ev.Status, ev.Certainty, ev.Date, first, last, it.events[i]); err != nil {
			return "", fmt.Errorf("insert events: %w", err)
		}
		// The record's JSON has the sentence and summary as str encodes
		// them; the other columns are bound as they are.
		w.textRows.row().int(pk).str(ev.Sentence).str(ev.Summary).raw(a.Title).raw(a.ID).int(int64(i)).raw(ev.Date)
		for _, p := range ev.Participants {
			id, synthetic := r.Participant(p)
			if id == "" {
				continue
			}
			if synthetic != nil {
				if err := w.entity(rctx, synthetic); err != nil {
					return "", err
				}
			}
			if err := w.entityRows.add(rctx, pk, id, string(p.Role)); err != nil {
				return "", fmt.Errorf("link participants: %w", err)
			}
			c.eventEntity(id)
		}
		for _, place := range ev.Places {
			key := w.memo.fold(place)
			if key == "" {
				continue
			}
			var entity any // NULL: no place entity
			if id := r.Place(key); id != "" {
				entity = id
				c.eventEntity(id)
			}
			if err := w.placeRows.add(rctx, pk, key, entity); err != nil {
				return "", fmt.Errorf("link places: %w", err)
			}
		}
		for _, topic := range ev.Topics {
			if topic != "" {
				if err := w.topicRows.add(rctx, pk, topic); err != nil {
					return "", fmt.Errorf("link topics: %w", err)
				}
				c.eventTopic(topic, first.String, last.String)
			}
		}
		c.eventDone()
	}
	return outcome, nil
}

// flush writes the rows of the link tables gathered since the last flush,
// one statement per table, and empties them. Statements, not rows, are
// what cost most: each multi-row insert copies every page it touches to
// a statement journal first, so one per batch copies a page once instead
// of once per article (go test -bench 'Put$' ./graph/ingest/: see the
// commit that made it).
func (w *writer) flush(ctx context.Context) error {
	for _, b := range []struct {
		v    *valuesInsert
		what string
	}{
		{w.events, "insert events"},
		{w.mentionRows, "insert mentions"},
		{w.entityRows, "link participants"},
		{w.placeRows, "link places"},
		{w.topicRows, "link topics"},
	} {
		if err := b.v.flush(ctx); err != nil {
			return fmt.Errorf("%s: %w", b.what, err)
		}
	}
	// The pairs of the events linked since the last flush, counted from
	// their rows, before any delete of an update can count them down.
	if w.tiedPK < w.nextPK {
		if _, err := w.entityTies.ExecContext(ctx, w.tiedPK, w.nextPK); err != nil {
			return fmt.Errorf("count entity ties: %w", err)
		}
		w.tiedPK = w.nextPK
	}
	return w.counts.flush(ctx, w.entityCounts, w.topicCounts)
}

// indexText writes the full-text rows gathered since it last ran, in
// one statement (see migrate-5 for why not one per event), and empties
// them. They are passed from Go rather than read back from the events'
// records, whose JSON parsing was a third of the statement's time.
func (w *writer) indexText(ctx context.Context) error {
	if w.textRows.n == 0 {
		return nil
	}
	if _, err := w.searchIndex.ExecContext(ctx, w.textRows.json()); err != nil {
		return err
	}
	w.textRows.reset()
	clear(w.indexing)
	return nil
}

// entity stores e or, when its ID is stored already, merges it into the
// stored entity (see graph.StoredEntity). The transaction holds the write
// lock from BEGIN, so reading, merging and writing back here loses no
// other writer's aliases.
func (w *writer) entity(ctx context.Context, e *timeline.Entity) error {
	st, ok := w.entities[e.ID]
	if !ok {
		var err error
		if st, err = w.loadEntity(ctx, e.ID); err != nil {
			return err
		}
		if st == nil {
			return w.insertEntity(ctx, e)
		}
		w.entities[e.ID] = st
	}
	if st.Merge(e) {
		aliases, _ := json.Marshal(st.Aliases) // a []string always encodes
		if _, err := w.entityUpdate.ExecContext(ctx, st.Name, st.Type, aliases, st.Role, st.Country, st.Discovered, e.ID); err != nil {
			return fmt.Errorf("update entity %q: %w", e.ID, err)
		}
	}
	return w.addKeys(ctx, e, st)
}

func (w *writer) loadEntity(ctx context.Context, id string) (*entityState, error) {
	var name, role, country string
	var typ timeline.EntityType
	var data []byte
	var discovered bool
	err := w.entityGet.QueryRowContext(ctx, id).Scan(&name, &typ, &data, &role, &country, &discovered)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, nil
	}
	if err != nil {
		return nil, fmt.Errorf("read entity %q: %w", id, err)
	}
	var aliases []string
	if err := json.Unmarshal(data, &aliases); err != nil {
		return nil, fmt.Errorf("decode aliases of entity %q: %w", id, err)
	}
	// Its keys are not read: INSERT OR IGNORE makes writing a stored one again harmless.
	return &entityState{StoredEntity: graph.RestoreEntity(name, typ, aliases, role, country, discovered), keys: map[string]bool{}}, nil
}

func (w *writer) insertEntity(ctx context.Context, e *timeline.Entity) error {
	st := &entityState{StoredEntity: graph.NewStoredEntity(e), keys: map[string]bool{}}
	w.entities[e.ID] = st
	aliases, _ := json.Marshal(st.Aliases)
	if _, err := w.entityInsert.ExecContext(ctx, e.ID, st.Name, st.Type, aliases, st.Role, st.Country, st.Discovered); err != nil {
		return fmt.Errorf("insert entity %q: %w", e.ID, err)
	}
	return w.addKeys(ctx, e, st)
}

// addKeys indexes the keys of one write of the entity: the stored keys
// are the union of every write's (see graph.Keys).
func (w *writer) addKeys(ctx context.Context, e *timeline.Entity, st *entityState) error {
	for _, k := range w.memo.keys(e) {
		if st.keys[k] {
			continue
		}
		if _, err := w.entityKey.ExecContext(ctx, k, e.ID); err != nil {
			return fmt.Errorf("insert key %q of entity %q: %w", k, e.ID, err)
		}
		st.keys[k] = true
	}
	return nil
}

// memo remembers folded names and entity keys for one batch: news repeats
// the same names, and folding (Unicode normalisation) costs more than a map
// lookup.
type memo struct {
	folds map[string]string
	keyed map[string]keyed // by entity ID
}

type keyed struct {
	name    string
	typ     timeline.EntityType
	aliases []string
	keys    []string
}

func newMemo() memo {
	return memo{folds: map[string]string{}, keyed: map[string]keyed{}}
}

func (m *memo) fold(s string) string {
	f, ok := m.folds[s]
	if !ok {
		f = timeline.Fold(s)
		m.folds[s] = f
	}
	return f
}

// keys returns timeline.Keys of e.
func (m *memo) keys(e *timeline.Entity) []string {
	k, ok := m.keyed[e.ID]
	if ok && k.name == e.Name && k.typ == e.Type && slices.Equal(k.aliases, e.Aliases) {
		return k.keys
	}
	k = keyed{name: e.Name, typ: e.Type, aliases: e.Aliases, keys: timeline.Keys(e.Name, e.Type, e.Aliases)}
	m.keyed[e.ID] = k
	return k.keys
}

// readHashes reads the content hashes of the batch's stored articles in
// one statement, instead of one for each article: a statement's own cost
// was most of the lookup's. The transaction holds the write lock, so they
// change only as the batch writes them.
func (w *writer) readHashes(ctx context.Context, tx *sql.Tx, batch []*timeline.Extraction) error {
	var ids rows
	ids.reset()
	for _, x := range batch {
		ids.row().raw(x.Article.ID)
	}
	rs, err := tx.QueryContext(ctx, queries.SQL("article-hashes"), ids.json())
	if err != nil {
		return err
	}
	defer rs.Close()
	w.hashes = make(map[string]string, len(batch))
	for rs.Next() {
		var id, hash string
		if err := rs.Scan(&id, &hash); err != nil {
			return err
		}
		w.hashes[id] = hash
	}
	return rs.Err()
}
