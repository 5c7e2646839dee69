package neo4j

import (
	"context"

	n4j "github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/storygraph/storygraph/graph"
	"github.com/storygraph/storygraph/timeline"
)

// NaivePut is the baseline BenchmarkIngest compares Put with: the same
// statements, but one auto-commit statement per node or relationship row,
// no batching, no transaction around the article, and none of Put's
// reading and merging (entities are written as each article has them).
// It is for the benchmark only.
func NaivePut(ctx context.Context, s *Store, x *timeline.Extraction) (statements int, err error) {
	sess := s.session(ctx, n4j.AccessModeWrite)
	defer sess.Close(context.Background())
	v, written := resolve(x)
	p := &putPlan{}
	for _, e := range written {
		p.entities = append(p.entities, (&entityState{StoredEntity: graph.NewStoredEntity(e)}).row(e.ID))
	}
	if err := p.add(v, map[string]bool{}); err != nil {
		return 0, err
	}
	for _, st := range p.steps() {
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
