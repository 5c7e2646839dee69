package neo4j

import (
	"context"
	"sort"
	"time"

	n4j "github.com/neo4j/neo4j-go-driver/v5/neo4j"

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
	recs, err := read(ctx, s, func(tx n4j.ManagedTransaction) ([]*n4j.Record, error) {
		return run(ctx, tx, queries.Cypher("fetch-state-get"), map[string]any{"urls": urls})
	})
	if err != nil {
		return nil, s.fail("read fetch state", err)
	}
	for _, r := range recs {
		str := func(i int) string { v, _ := r.Values[i].(string); return v }
		st := graph.FetchState{URL: str(0), ETag: str(1), LastModified: str(2), Version: str(3)}
		st.FetchedAt, _ = time.Parse(time.RFC3339Nano, str(4))
		out[st.URL] = st
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
	sorted := append([]graph.FetchState(nil), states...)
	sort.SliceStable(sorted, func(i, j int) bool { return sorted[i].URL < sorted[j].URL })
	rows := make([]any, len(sorted))
	for i, st := range sorted {
		rows[i] = map[string]any{"url": st.URL, "etag": st.ETag, "lastModified": st.LastModified,
			"version": st.Version, "fetchedAt": st.FetchedAt.UTC().Format(time.RFC3339Nano)}
	}
	// bool, not any: the driver's generic helpers cannot return a nil any.
	_, err := write(ctx, s, func(tx n4j.ManagedTransaction) (bool, error) {
		_, err := run(ctx, tx, queries.Cypher("fetch-state-put"), map[string]any{"rows": rows})
		return err == nil, err
	})
	if err != nil {
		return s.fail("store fetch state", err)
	}
	return nil
}
