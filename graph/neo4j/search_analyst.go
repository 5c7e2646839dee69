package neo4j

import (
	"context"

	n4j "github.com/neo4j/neo4j-go-driver/v5/neo4j"
	"github.com/neo4j/neo4j-go-driver/v5/neo4j/dbtype"

	"github.com/storygraph/storygraph/graph"
	"github.com/storygraph/storygraph/queries"
)

var _ graph.QueryRunner = (*Store)(nil)

// RunAnalyst implements graph.QueryRunner: q's Cypher as it is, in a read
// transaction.
func (s *Store) RunAnalyst(ctx context.Context, q graph.AnalystQuery, params map[string]any) (graph.Table, error) {
	if err := s.Init(ctx); err != nil { // analyst-text needs the indexes
		return graph.Table{}, err
	}
	t, err := read(ctx, s, func(tx n4j.ManagedTransaction) (graph.Table, error) {
		// As search does: the full-text indexes catch up with every write
		// first, so analyst-text sees what was just ingested.
		if _, err := run(ctx, tx, queries.Cypher("search-await"), nil); err != nil {
			return graph.Table{}, err
		}
		res, err := tx.Run(ctx, q.Cypher, params)
		if err != nil {
			return graph.Table{}, err
		}
		recs, err := res.Collect(ctx)
		if err != nil {
			return graph.Table{}, err
		}
		keys, err := res.Keys()
		if err != nil {
			return graph.Table{}, err
		}
		t := graph.Table{Columns: keys, Rows: [][]any{}}
		for _, r := range recs {
			row := make([]any, len(r.Values))
			for i, v := range r.Values {
				row[i] = graph.NormalizeValue(native(v))
			}
			t.Rows = append(t.Rows, row)
		}
		return t, nil
	})
	if err != nil {
		return graph.Table{}, s.fail("run query "+q.Name, err)
	}
	return t, nil
}

// native turns the driver's temporal values into time.Time, within lists.
func native(v any) any {
	switch x := v.(type) {
	case dbtype.Date:
		return x.Time()
	case dbtype.LocalDateTime:
		return x.Time()
	case []any:
		out := make([]any, len(x))
		for i := range x {
			out[i] = native(x[i])
		}
		return out
	}
	return v
}
