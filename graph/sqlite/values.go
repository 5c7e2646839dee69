package sqlite

import (
	"context"
	"database/sql"
	"strings"
)

// How many rows one statement inserts: of events (eleven values each),
// and of a link table (mentions, event_entities, event_places,
// event_topics; two or three values).
const (
	eventChunk = 64
	linkChunk  = 256
)

// valuesInsert inserts rows many to a statement, their values bound: an
// INSERT whose row of parameters is repeated (valuesN). One statement for
// many rows costs a fraction of a statement per row (each Exec of
// database/sql and SQLite has its own cost, about as much as binding a
// row's values), and binding costs less than reading the values out of
// a JSON array with jsonb_each.
type valuesInsert struct {
	tx    *sql.Tx
	query string
	cols  int // values a row
	chunk int // rows a statement, but for the last
	args  []any
	stmts map[int]*sql.Stmt // by rows, prepared at their first use
}

func newValuesInsert(tx *sql.Tx, query string, chunk int) *valuesInsert {
	_, row, _ := splitValues(query)
	return &valuesInsert{tx: tx, query: query, cols: strings.Count(row, "?"), chunk: chunk, stmts: map[int]*sql.Stmt{}}
}

// add adds a row, and inserts the rows waiting when they are chunk.
func (v *valuesInsert) add(ctx context.Context, row ...any) error {
	v.args = append(v.args, row...)
	if len(v.args) < v.chunk*v.cols {
		return nil
	}
	return v.flush(ctx)
}

// flush inserts the rows waiting, in one statement.
func (v *valuesInsert) flush(ctx context.Context) error {
	n := len(v.args) / v.cols
	if n == 0 {
		return nil
	}
	st, ok := v.stmts[n]
	if !ok {
		var err error
		if st, err = v.tx.PrepareContext(ctx, valuesN(v.query, n)); err != nil {
			return err
		}
		v.stmts[n] = st
	}
	if _, err := st.ExecContext(ctx, v.args...); err != nil {
		return err
	}
	clear(v.args) // drop the references to the values
	v.args = v.args[:0]
	return nil
}

func (v *valuesInsert) close() {
	for _, st := range v.stmts {
		st.Close()
	}
}

// splitValues splits an INSERT statement at its row of parameters: the
// text to "VALUES", the row "(?, …)", and what follows it (an ON CONFLICT
// clause), without the final semicolon.
func splitValues(insert string) (head, row, tail string) {
	insert = strings.TrimRight(strings.TrimSpace(insert), ";")
	i := strings.LastIndex(insert, "VALUES") + len("VALUES")
	j := i + strings.IndexByte(insert[i:], ')') + 1
	return insert[:i], strings.TrimSpace(insert[i:j]), insert[j:]
}

// valuesN repeats the row of parameters of an INSERT statement n times: a
// statement that inserts n rows. Its text comes from the query file and n
// alone, never from input.
func valuesN(insert string, n int) string {
	head, row, tail := splitValues(insert)
	var b strings.Builder
	b.WriteString(head)
	for j := range n {
		if j > 0 {
			b.WriteByte(',')
		}
		b.WriteByte(' ')
		b.WriteString(row)
	}
	b.WriteString(tail)
	return b.String()
}
