package sqlite

import (
	"context"
	"database/sql"

	"github.com/storygraph/storygraph/graph"
)

var _ graph.QueryRunner = (*Store)(nil)

// RunAnalyst implements graph.QueryRunner: q's SQL twin, with params bound
// by name ($name).
func (s *Store) RunAnalyst(ctx context.Context, q graph.AnalystQuery, params map[string]any) (graph.Table, error) {
	if err := s.Init(ctx); err != nil {
		return graph.Table{}, err
	}
	var args []any
	for name, v := range params {
		args = append(args, sql.Named(name, v))
	}
	rows, err := s.db.QueryContext(ctx, q.SQL, args...)
	if err != nil {
		return graph.Table{}, s.fail("run query "+q.Name, err)
	}
	defer rows.Close()
	cols, err := rows.Columns()
	if err != nil {
		return graph.Table{}, s.fail("run query "+q.Name, err)
	}
	t := graph.Table{Columns: cols, Rows: [][]any{}}
	for rows.Next() {
		row := make([]any, len(cols))
		ptrs := make([]any, len(cols))
		for i := range row {
			ptrs[i] = &row[i]
		}
		if err := rows.Scan(ptrs...); err != nil {
			return graph.Table{}, s.fail("run query "+q.Name, err)
		}
		for i := range row {
			row[i] = graph.NormalizeValue(row[i])
		}
		t.Rows = append(t.Rows, row)
	}
	if err := rows.Err(); err != nil {
		return graph.Table{}, s.fail("run query "+q.Name, err)
	}
	return t, nil
}
