package neo4j

import (
	"cmp"
	"context"
	"encoding/json"
	"fmt"
	"maps"
	"slices"
	"strconv"
	"strings"

	n4j "github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/storygraph/storygraph/graph"
	"github.com/storygraph/storygraph/queries"
	"github.com/storygraph/storygraph/timeline"
)

// Put stores a batch in one write transaction of a fixed number of
// batched statements (UNWIND $rows … MERGE), whatever the batch's size:
//
//  1. read the stored content hashes of the batch's articles;
//  2. in Go, decide each article's outcome and merge the batch's own
//     writes of each entity with graph.StoredEntity;
//  3. delete the earlier events and mentions of updated articles;
//  4. write nodes (articles, entities, topics, events), then relationships
//     (REPORTS, MENTIONS, INVOLVES, AT, ABOUT), then, after an update,
//     remove entities and topics nothing refers to any more.
//
// Several processes may Put at once: every write is a MERGE under a
// uniqueness constraint and sets what the batch alone decides, except
// entities, which put-entities merges into the stored entity in Cypher
// by graph.StoredEntity's commutative rule (never read in Go and written
// back, which would lose another writer's aliases). So concurrent Puts
// leave what the same Puts one after another would, in any order.
//
// The driver retries the whole transaction function on transient errors
// (deadlocks, a lost connection, a leader switch), with backoff, for up
// to Config.MaxRetryTime; the function starts from the batch and what it
// reads, so a retry does the same work again. Validation and JSON
// encoding happen first, so a bad batch never opens a transaction.
func (s *Store) Put(ctx context.Context, batch []*timeline.Extraction) ([]graph.Outcome, error) {
	if len(batch) == 0 {
		return []graph.Outcome{}, nil // nothing to validate or write
	}
	if err := graph.BeginPut(ctx, batch, s.Init); err != nil {
		return nil, err
	}
	ctx, cancel := s.withDeadline(ctx, "call")
	defer cancel()
	out, err := write(ctx, s, func(tx n4j.ManagedTransaction) ([]graph.Outcome, error) {
		p, err := plan(ctx, tx, batch)
		if err != nil {
			return nil, err
		}
		if err := p.write(ctx, tx); err != nil {
			return nil, err
		}
		return p.outcomes, nil
	})
	if err != nil {
		return nil, s.fail("put", err)
	}
	return out, nil
}

// putPlan is one batch's writes, as statement parameters.
type putPlan struct {
	outcomes []graph.Outcome
	updated  bool

	deleteIDs []any // articles stored before the batch and updated by it
	entities  []any // rows, sorted by id
	topics    []any // ids, sorted
	articles  []any // rows, sorted by id, with their mentions
	events    []any // rows, sorted by uid, with their relationships
	locked    int   // entities put-entities-lock locked (for the tests)
	// entityIDs is every entity id the batch names, sorted: article and
	// event rows name an entity by its position in it (see put-articles),
	// and topic rows a topic by its position in topics.
	entityIDs []any
}

// version is one article as the batch writes it in the end.
type version struct {
	x        *timeline.Extraction
	resolved []resolvedEvent
}

type resolvedEvent struct {
	participants []string // entity ID per participant ("" when unnamed)
	places       []string // place entity ID per folded place key ("" when none)
	placeKeys    []string
}

func plan(ctx context.Context, tx n4j.ManagedTransaction, batch []*timeline.Extraction) (*putPlan, error) {
	p := &putPlan{outcomes: make([]graph.Outcome, len(batch))}

	// Outcomes, in batch order, against what is stored and what earlier
	// extractions of the batch wrote.
	ids := []any{}
	seenID := map[string]bool{}
	for _, x := range batch {
		if !seenID[x.Article.ID] {
			seenID[x.Article.ID] = true
			ids = append(ids, x.Article.ID)
		}
	}
	recs, err := run(ctx, tx, queries.Cypher("put-read-articles"), map[string]any{"ids": ids})
	if err != nil {
		return nil, err
	}
	hashes := map[string]string{}
	stored := map[string]bool{}
	for _, r := range recs {
		id, _ := r.Values[0].(string)
		h, _ := r.Values[1].(string)
		hashes[id], stored[id] = h, true
	}
	final := map[string]*version{} // the last version of each article written
	var order []string             // article IDs in first-write order
	var merges []*timeline.Entity  // every entity write, in the order graph/sqlite does them
	deleted := map[string]bool{}
	for i, x := range batch {
		id := x.Article.ID
		h, ok := hashes[id]
		switch {
		case ok && h == x.Article.ContentHash:
			p.outcomes[i] = graph.Unchanged
			continue
		case ok:
			p.outcomes[i] = graph.Updated
			p.updated = true
			if stored[id] && !deleted[id] {
				deleted[id] = true
				p.deleteIDs = append(p.deleteIDs, id)
			}
		default:
			p.outcomes[i] = graph.New
		}
		hashes[id] = x.Article.ContentHash
		if final[id] == nil {
			order = append(order, id)
		}
		v, written := resolve(x)
		final[id] = v
		merges = append(merges, written...)
	}

	// Entities: the batch's writes merged here (graph.StoredEntity's
	// merge is commutative), then into the stored entity by put-entities
	// itself, so that no other writer's aliases are overwritten.
	states := map[string]*entityState{}
	for _, e := range merges {
		st, ok := states[e.ID]
		if !ok {
			st = &entityState{StoredEntity: graph.NewStoredEntity(e), keys: map[string]bool{}}
			states[e.ID] = st
		} else {
			st.Merge(e)
		}
		for _, k := range graph.Keys(e) {
			st.keys[k] = true
		}
	}
	for id, st := range states {
		p.entities = append(p.entities, st.row(id))
	}
	sorted(p.entities, "id")

	// Articles, events and their relationships: the final versions only.
	versions := make([]*version, len(order))
	for i, id := range order {
		versions[i] = final[id]
	}
	entities, topics := p.names(versions)
	for _, v := range versions {
		if err := p.add(v, entities, topics); err != nil {
			return nil, err
		}
	}
	sorted(p.articles, "id")
	sorted(p.events, "uid")
	return p, nil
}

// names sets the plan's entityIDs and topics, the entities and topics
// versions name, each sorted, and returns every one's position.
func (p *putPlan) names(versions []*version) (entities, topics map[string]int64) {
	ents, tops := map[string]bool{}, map[string]bool{}
	for _, v := range versions {
		for _, e := range v.x.Entities {
			ents[e.ID] = true
		}
		for i, ev := range v.x.Events {
			re := v.resolved[i]
			for _, id := range slices.Concat(re.participants, re.places) {
				if id != "" {
					ents[id] = true
				}
			}
			for _, t := range ev.Topics {
				if t != "" {
					tops[t] = true
				}
			}
		}
	}
	entities, topics = map[string]int64{}, map[string]int64{}
	for i, id := range slices.Sorted(maps.Keys(ents)) {
		entities[id] = int64(i)
		p.entityIDs = append(p.entityIDs, id)
	}
	for i, t := range slices.Sorted(maps.Keys(tops)) {
		topics[t] = int64(i)
		p.topics = append(p.topics, t)
	}
	return entities, topics
}

// resolve links an article's participants and places to entities (see
// resolver) and returns them with every entity write the article makes, in
// order: its entities, then the participants no entity matched.
func resolve(x *timeline.Extraction) (*version, []*timeline.Entity) {
	v := &version{x: x}
	var merges []*timeline.Entity
	for j := range x.Entities {
		merges = append(merges, &x.Entities[j])
	}
	r := graph.NewResolver(nil, nil)
	r.Reset(x.Entities)
	for _, ev := range x.Events {
		var re resolvedEvent
		for _, part := range ev.Participants {
			id, synthetic := r.Participant(part)
			if synthetic != nil {
				merges = append(merges, synthetic)
			}
			re.participants = append(re.participants, id)
		}
		for _, place := range ev.Places {
			key := timeline.Fold(place)
			re.placeKeys = append(re.placeKeys, key)
			re.places = append(re.places, r.Place(key))
		}
		v.resolved = append(v.resolved, re)
	}
	return v, merges
}

// add appends one article version's rows. entities and topics are the
// positions of the plan's entityIDs and topics (see names).
func (p *putPlan) add(v *version, entities, topics map[string]int64) error {
	x := v.x
	a := &x.Article
	data, err := json.Marshal(x)
	if err != nil {
		return fmt.Errorf("article %q: encode: %w", a.ID, err)
	}
	counts := map[string]int64{}
	var mentioned []string
	for _, e := range x.Entities {
		if _, ok := counts[e.ID]; !ok {
			mentioned = append(mentioned, e.ID)
		}
		counts[e.ID] += int64(len(e.Mentions))
	}
	mentions := []any{}
	for _, id := range slices.Sorted(slices.Values(mentioned)) {
		mentions = append(mentions, map[string]any{"x": entities[id], "count": counts[id]})
	}
	p.articles = append(p.articles, map[string]any{"id": a.ID, "mentions": mentions, "props": compact(map[string]any{
		"id": a.ID, "title": a.Title, "url": a.URL, "source": a.Source, "author": a.Author,
		"published": dayOrNil(a.Published), "publishedBasis": a.PublishedBasis, "category": a.Category,
		"aiGenerated": a.AIGenerated, "summary": a.Summary, "path": a.Path, "contentHash": a.ContentHash,
		"format": a.Format, "licence": a.Licence, "attribution": a.Attribution, "extraction": string(data),
	})})

	src := timeline.SourceOf(*a)
	for i := range x.Events {
		ev := &x.Events[i]
		re := v.resolved[i]
		uid := a.ID + "#" + strconv.Itoa(i)
		record, err := json.Marshal(timeline.Record{Event: *ev, Article: src})
		if err != nil {
			return fmt.Errorf("article %q: encode event %d: %w", a.ID, i+1, err)
		}
		var first, last any
		if f, l, ok := timeline.Span(ev.Date); ok {
			first, last = day(f), day(l)
		}
		// Each relationship once (put-events CREATEs them), in the order
		// of the nodes they lead to.
		placeKeys := []any{}
		var at []int64
		for j, key := range re.placeKeys {
			if key == "" {
				continue
			}
			if !containsAny(placeKeys, key) {
				placeKeys = append(placeKeys, key)
			}
			if id := re.places[j]; id != "" {
				at = append(at, entities[id])
			}
		}
		type involve struct {
			x    int64
			role string
		}
		var inv []involve
		for j, part := range ev.Participants {
			if id := re.participants[j]; id != "" {
				inv = append(inv, involve{entities[id], string(part.Role)})
			}
		}
		slices.SortFunc(inv, func(a, b involve) int { return cmp.Or(cmp.Compare(a.x, b.x), strings.Compare(a.role, b.role)) })
		involves := []any{}
		for _, in := range slices.Compact(inv) {
			involves = append(involves, map[string]any{"x": in.x, "role": in.role})
		}
		var about []int64
		for _, t := range ev.Topics {
			if t != "" {
				about = append(about, topics[t])
			}
		}
		places := []any{}
		for _, pl := range ev.Places {
			places = append(places, pl)
		}
		p.events = append(p.events, map[string]any{"uid": uid, "article": a.ID,
			"involves": involves, "at": positions(at), "about": positions(about),
			"props": compact(map[string]any{
				"uid": uid, "id": ev.ID, "article": a.ID, "ord": int64(i),
				"date": first, "endDate": last, "dateValue": ev.Date, "precision": string(ev.Precision),
				"dateBasis": ev.DateBasis, "dateText": ev.DateText, "time": ev.Time, "timezone": ev.Timezone,
				"kind": ev.Kind, "status": ev.Status, "certainty": ev.Certainty, "assertedBy": ev.AssertedBy,
				"verb": ev.Verb, "summary": ev.Summary, "places": places, "placeKeys": placeKeys,
				"sentence": ev.Sentence, "start": int64(ev.Start), "end": int64(ev.End),
				"record": string(record), "title": a.Title, "dateGroup": dateGroup(ev.Date),
			})})
	}
	return nil
}

// positions is a list of positions sorted, each once, as a parameter.
func positions(list []int64) []any {
	slices.Sort(list)
	out := []any{}
	for _, i := range slices.Compact(list) {
		out = append(out, i)
	}
	return out
}

// sorted sorts statement rows in place by the string fields named, or,
// with none named, rows that are strings themselves. Each statement's rows
// are sorted by the keys it locks, so that concurrent writers take their
// locks in one global order (statement, then key) and rarely deadlock;
// the driver retries the deadlocks that remain.
func sorted(rows []any, fields ...string) []any {
	str := func(v any, f string) string {
		if f == "" {
			s, _ := v.(string)
			return s
		}
		s, _ := v.(map[string]any)[f].(string)
		return s
	}
	if len(fields) == 0 {
		fields = []string{""}
	}
	slices.SortStableFunc(rows, func(a, b any) int {
		for _, f := range fields {
			if c := strings.Compare(str(a, f), str(b, f)); c != 0 {
				return c
			}
		}
		return 0
	})
	return rows
}

// write runs the plan's statements: deletions, then entities and topics,
// then articles and events with their relationships (the order in which
// every writer takes its locks).
func (p *putPlan) write(ctx context.Context, tx n4j.ManagedTransaction) error {
	exec := func(what, query string, params map[string]any, rows []any) ([]*n4j.Record, error) {
		if len(rows) == 0 {
			return nil, nil
		}
		recs, err := run(ctx, tx, query, params)
		if err != nil {
			return nil, fmt.Errorf("%s: %w", what, err)
		}
		return recs, nil
	}
	if _, err := exec("delete the earlier versions", queries.Cypher("put-delete-articles"), map[string]any{"ids": sorted(p.deleteIDs)}, p.deleteIDs); err != nil {
		return err
	}
	recs, err := exec("lock entities", queries.Cypher("put-entities-lock"), map[string]any{"rows": p.entities}, p.entities)
	if err != nil {
		return err
	}
	// Only the entities the merge changes were locked; only they are
	// merged.
	locked := map[string]bool{}
	for _, r := range recs {
		id, _ := r.Values[0].(string)
		locked[id] = true
	}
	p.locked = len(locked)
	changed := slices.DeleteFunc(slices.Clone(p.entities), func(row any) bool {
		id, _ := row.(map[string]any)["id"].(string)
		return !locked[id]
	})
	if _, err := exec("write entities", queries.Cypher("put-entities"), map[string]any{"rows": changed}, changed); err != nil {
		return err
	}
	if _, err := exec("write topics", queries.Cypher("put-topics"), map[string]any{"ids": p.topics}, p.topics); err != nil {
		return err
	}
	if _, err := exec("write articles", queries.Cypher("put-articles"), map[string]any{"rows": p.articles, "entities": p.entityIDs}, p.articles); err != nil {
		return err
	}
	if _, err := exec("write events", queries.Cypher("put-events"), map[string]any{"rows": p.events, "entities": p.entityIDs, "topics": p.topics}, p.events); err != nil {
		return err
	}
	if p.updated {
		// An update may have dropped the last mention of an entity or
		// the last event of a topic.
		if _, err := run(ctx, tx, queries.Cypher("put-delete-orphans"), nil); err != nil {
			return fmt.Errorf("delete unreferenced entities: %w", err)
		}
	}
	return nil
}

// compact drops empty strings and nils, so the Browser shows only what an
// extraction had; the JSON properties keep everything for the round trip.
func compact(m map[string]any) map[string]any {
	for k, v := range m {
		if v == nil || v == "" {
			delete(m, k)
		}
	}
	return m
}

func dayOrNil(s string) any {
	if len(s) != len("2006-01-02") {
		return nil
	}
	return day(s)
}

func containsAny(list []any, s string) bool {
	for _, v := range list {
		if v == s {
			return true
		}
	}
	return false
}

// entityState is an entity as the batch's writes merged leave it.
type entityState struct {
	*graph.StoredEntity
	keys map[string]bool // of every write (graph.Keys)
}

// row is the entity as put-entities merges it into the stored one.
func (st *entityState) row(id string) map[string]any {
	names := []any{st.Name}
	for _, a := range st.Aliases {
		names = append(names, a)
	}
	keys := make([]any, 0, len(st.keys))
	for _, k := range slices.Sorted(maps.Keys(st.keys)) {
		keys = append(keys, k)
	}
	return map[string]any{"id": id, "name": st.Name, "type": string(st.Type), "discovered": st.Discovered,
		"names": names, "keys": keys, "role": st.Role, "country": st.Country}
}
