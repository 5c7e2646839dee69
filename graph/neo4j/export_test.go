package neo4j

import (
	"context"

	n4j "github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/storygraph/storygraph/graph"
	"github.com/storygraph/storygraph/queries"
	"github.com/storygraph/storygraph/timeline"
)

// NaivePut is the baseline BenchmarkIngest compares Put with: one
// auto-commit statement per node or relationship row, each MERGEd (the
// naive-* statements, and put-entities-lock, put-entities and put-topics),
// no batching, no transaction around the article, and none of Put's
// reading and merging (entities are written as each article has them).
// It is for the benchmark only.
func NaivePut(ctx context.Context, s *Store, x *timeline.Extraction) (statements int, err error) {
	sess := s.session(ctx, n4j.AccessModeWrite)
	defer sess.Close(context.Background())
	v, written := resolve(x)
	p := &putPlan{}
	var entities []any
	for _, e := range written {
		entities = append(entities, (&entityState{StoredEntity: graph.NewStoredEntity(e)}).row(e.ID))
	}
	ents, topics := p.names([]*version{v})
	if err := p.add(v, ents, topics); err != nil {
		return 0, err
	}
	type step struct {
		query, param string
		rows         []any
	}
	steps := []step{{queries.Cypher("naive-articles"), "rows", nil}, {queries.Cypher("put-entities-lock"), "rows", entities},
		{queries.Cypher("put-entities"), "rows", entities}, {queries.Cypher("put-topics"), "ids", p.topics}, {queries.Cypher("naive-events"), "rows", nil},
		{queries.Cypher("naive-reports"), "rows", nil}, {queries.Cypher("naive-mentions"), "rows", nil}, {queries.Cypher("naive-involves"), "rows", nil},
		{queries.Cypher("naive-at"), "rows", nil}, {queries.Cypher("naive-about"), "rows", nil}}
	add := func(i int, row map[string]any) { steps[i].rows = append(steps[i].rows, row) }
	for _, r := range p.articles {
		a := r.(map[string]any)
		add(0, map[string]any{"id": a["id"], "props": a["props"]})
		for _, m := range a["mentions"].([]any) {
			m := m.(map[string]any)
			add(6, map[string]any{"article": a["id"], "entity": p.entityIDs[m["x"].(int64)], "count": m["count"]})
		}
	}
	for _, r := range p.events {
		e := r.(map[string]any)
		props := e["props"].(map[string]any)
		add(4, map[string]any{"uid": e["uid"], "props": props})
		add(5, map[string]any{"article": e["article"], "uid": e["uid"]})
		for _, in := range e["involves"].([]any) {
			in := in.(map[string]any)
			add(7, map[string]any{"uid": e["uid"], "entity": p.entityIDs[in["x"].(int64)], "role": in["role"],
				"date": props["date"], "endDate": props["endDate"]})
		}
		for _, i := range e["at"].([]any) {
			add(8, map[string]any{"uid": e["uid"], "entity": p.entityIDs[i.(int64)]})
		}
		for _, i := range e["about"].([]any) {
			add(9, map[string]any{"uid": e["uid"], "topic": p.topics[i.(int64)]})
		}
	}
	for _, st := range steps {
		for _, row := range st.rows {
			res, err := sess.Run(ctx, st.query, map[string]any{st.param: []any{row}})
			if err == nil {
				_, err = res.Consume(ctx)
			}
			if err != nil {
				return statements, s.fail("naive put", err)
			}
			statements++
		}
	}
	return statements, nil
}

// SetWalkOver sets walkOver (0: every capped search is read by date) and
// returns what puts it back.
func SetWalkOver(n int) (restore func()) {
	old := walkOver
	walkOver = n
	return func() { walkOver = old }
}

// PutLocked is Put, also returning how many entities put-entities-lock
// locked.
func PutLocked(ctx context.Context, s *Store, batch []*timeline.Extraction) (locked int, err error) {
	_, err = write(ctx, s, func(tx n4j.ManagedTransaction) (struct{}, error) {
		p, err := plan(ctx, tx, batch)
		if err == nil {
			err = p.write(ctx, tx)
		}
		locked = p.locked
		return struct{}{}, err
	})
	return locked, err
}

// PutRacing is Put with between run after Put has read what is stored
// and before it writes: another writer storing the same articles then is
// what a race between two ingests of one input looks like.
func PutRacing(ctx context.Context, s *Store, batch []*timeline.Extraction, between func() error) error {
	_, err := write(ctx, s, func(tx n4j.ManagedTransaction) (struct{}, error) {
		p, err := plan(ctx, tx, batch)
		if err != nil {
			return struct{}{}, err
		}
		if err := between(); err != nil {
			return struct{}{}, err
		}
		return struct{}{}, p.write(ctx, tx)
	})
	return err
}
