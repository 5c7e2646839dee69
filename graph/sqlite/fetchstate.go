package sqlite

import (
	"context"
	"encoding/json"
	"time"

	"github.com/storygraph/storygraph/graph"
	"github.com/storygraph/storygraph/queries"
)

var _ graph.FetchStates = (*Store)(nil)

// FetchStates implements graph.FetchStates.
func (s *Store) FetchStates(ctx context.Context, urls []string) (map[string]graph.FetchState, error) {
	out := map[string]graph.FetchState{}
	if len(urls) == 0 {
		return out, nil
	}
	if err := s.Init(ctx); err != nil {
		return nil, err
	}
	list, _ := json.Marshal(urls) // a []string always encodes
	rows, err := s.db.QueryContext(ctx, queries.SQL("fetch-state-get"), string(list))
	if err != nil {
		return nil, s.fail("read fetch state", err)
	}
	defer rows.Close()
	for rows.Next() {
		var st graph.FetchState
		var at string
		if err := rows.Scan(&st.URL, &st.ETag, &st.LastModified, &st.Version, &at); err != nil {
			return nil, s.fail("read fetch state", err)
		}
		st.FetchedAt, _ = time.Parse(time.RFC3339Nano, at)
		out[st.URL] = st
	}
	if err := rows.Err(); err != nil {
		return nil, s.fail("read fetch state", err)
	}
	return out, nil
}

// PutFetchStates implements graph.FetchStates.
func (s *Store) PutFetchStates(ctx context.Context, states []graph.FetchState) error {
	if len(states) == 0 {
		return nil
	}
	if err := s.Init(ctx); err != nil {
		return err
	}
	tx, err := s.beginWrite(ctx) // waits for another writer, as Put does
	if err != nil {
		return s.fail("store fetch state", err)
	}
	defer tx.Rollback()
	stmt, err := tx.PrepareContext(ctx, queries.SQL("fetch-state-put"))
	if err != nil {
		return s.fail("store fetch state", err)
	}
	defer stmt.Close()
	for _, st := range states {
		at := st.FetchedAt.UTC().Format(time.RFC3339Nano)
		if _, err := stmt.ExecContext(ctx, st.URL, st.ETag, st.LastModified, st.Version, at); err != nil {
			return s.fail("store fetch state", err)
		}
	}
	if err := tx.Commit(); err != nil {
		return s.fail("store fetch state", err)
	}
	return nil
}
