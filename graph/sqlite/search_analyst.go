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
	all, err := scanRows(rows, len(cols))
	if err != nil {
		return graph.Table{}, s.fail("run query "+q.Name, err)
	}
	t := graph.Table{Columns: cols, Rows: [][]any{}}
	for _, row := range all {
		for i := range row {
			row[i] = graph.NormalizeValue(row[i])
		}
		t.Rows = append(t.Rows, row)
	}
	return t, nil
}

// scanRows reads the rest of rows, n columns each.
func scanRows(rows *sql.Rows, n int) ([][]any, error) {
	var out [][]any
	for rows.Next() {
		row := make([]any, n)
		ptrs := make([]any, n)
		for i := range row {
			ptrs[i] = &row[i]
		}
		if err := rows.Scan(ptrs...); err != nil {
			return nil, err
		}
		out = append(out, row)
	}
	return out, rows.Err()
}
