package neo4j

import (
	"context"
	"fmt"

	n4j "github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/storygraph/storygraph/graph"
	"github.com/storygraph/storygraph/queries"
	"github.com/storygraph/storygraph/timeline"
)

var _ graph.Analysis = (*Store)(nil)

// analysisRead runs one named read query and returns its records.
func (s *Store) analysisRead(ctx context.Context, doing, query string, params map[string]any) ([]*n4j.Record, error) {
	if err := s.ensureCurrent(ctx); err != nil {
		return nil, err
	}
	recs, err := read(ctx, s, func(tx n4j.ManagedTransaction) ([]*n4j.Record, error) {
		return run(ctx, tx, query, params)
	})
	if err != nil {
		return nil, s.fail(doing, err)
	}
	return recs, nil
}

// fields reads a record's values by position.
type fields struct{ r *n4j.Record }

func (f fields) str(i int) string { v, _ := f.r.Values[i].(string); return v }
func (f fields) num(i int) int    { v, _ := f.r.Values[i].(int64); return int(v) }

// ref reads id, name, type and role from the record's first four values.
func (f fields) ref() graph.EntityRef {
	return graph.EntityRef{ID: f.str(0), Name: f.str(1), Type: timeline.EntityType(f.str(2)), Role: f.str(3)}
}

// FindEntities implements graph.Analysis.
func (s *Store) FindEntities(ctx context.Context, name string) ([]graph.EntityRef, error) {
	recs, err := s.analysisRead(ctx, "find entities", queries.Cypher("analysis-find"), map[string]any{"key": timeline.Fold(name)})
	out := []graph.EntityRef{}
	for _, r := range recs {
		out = append(out, fields{r}.ref())
	}
	return out, err
}

// EntityNames implements graph.Analysis.
func (s *Store) EntityNames(ctx context.Context) ([]string, error) {
	recs, err := s.analysisRead(ctx, "list entity names", queries.Cypher("analysis-names"), nil)
	out := []string{}
	for _, r := range recs {
		out = append(out, fields{r}.str(0))
	}
	return out, err
}

// Profile implements graph.Analysis.
func (s *Store) Profile(ctx context.Context, id string) (graph.Profile, error) {
	recs, err := s.analysisRead(ctx, "profile entity "+id, queries.Cypher("analysis-profile"), map[string]any{"id": id})
	if err != nil {
		return graph.Profile{}, err
	}
	if len(recs) == 0 {
		return graph.Profile{}, fmt.Errorf("entity %q: %w", id, graph.ErrNotFound)
	}
	f := fields{recs[0]}
	p := graph.Profile{Entity: graph.EntityRef{ID: id, Name: f.str(0), Type: timeline.EntityType(f.str(1)), Role: f.str(2)},
		Aliases: anyStrings(f.r.Values[3]), Country: f.str(4), Events: f.num(5), FirstSeen: f.str(6), LastSeen: f.str(7),
		Articles: f.num(8), Ties: []graph.Tie{}}
	if p.Aliases == nil {
		p.Aliases = []string{}
	}
	recs, err = s.analysisRead(ctx, "profile entity "+id, queries.Cypher("analysis-ties"), map[string]any{"id": id})
	if err != nil {
		return graph.Profile{}, err
	}
	for _, r := range recs {
		f := fields{r}
		p.Ties = append(p.Ties, graph.Tie{EntityRef: f.ref(), Events: f.num(4)})
	}
	graph.SortTies(p.Ties)
	return p, nil
}

// Network implements graph.Analysis with graph.GrowNetwork over
// analysis-edges and analysis-hubs.
func (s *Store) Network(ctx context.Context, q graph.NetworkQuery) (graph.Network, error) {
	if err := q.Validate(); err != nil {
		return graph.Network{}, fmt.Errorf("network: %w", err)
	}
	from, to := q.Filter().Days()
	params := map[string]any{
		"topics":    listOrNil(q.Topics, nil),
		"kinds":     listOrNil(graph.Strings(q.Kinds), nil),
		"from":      day(from),
		"to":        day(to),
		"minWeight": int64(max(q.MinWeight, 1)),
	}
	edges := func(centre []string) ([]graph.Edge, error) {
		query := queries.Cypher("analysis-edges-all")
		delete(params, "centre")
		if centre != nil {
			query, params["centre"] = queries.Cypher("analysis-edges"), listOrNil(centre, nil)
		}
		recs, err := s.analysisRead(ctx, "query the network", query, params)
		var out []graph.Edge
		for _, r := range recs {
			f := fields{r}
			out = append(out, graph.Edge{Source: f.str(0), Target: f.str(1), Weight: f.num(2), Dates: anyStrings(r.Values[3])})
		}
		return out, err
	}
	return graph.GrowNetwork(ctx, q, edges, s.hubs, s.entities)
}

// hubs finds the hubs among ids (graph.Hubs).
func (s *Store) hubs(ctx context.Context, ids []string, n int) ([]string, error) {
	recs, err := s.analysisRead(ctx, "query the network", queries.Cypher("analysis-hubs"), map[string]any{"ids": listOrNil(ids, nil), "n": int64(n)})
	out := make([]string, 0, len(recs))
	for _, r := range recs {
		out = append(out, fields{r}.str(0))
	}
	return out, err
}

// Path implements graph.Analysis with graph.ShortestPath over
// analysis-pairs and analysis-first-shared.
func (s *Store) Path(ctx context.Context, from, to string, maxHops int) ([]graph.Hop, error) {
	pairs := func(ctx context.Context, ids []string) ([][2]string, error) {
		recs, err := s.analysisRead(ctx, "find a path", queries.Cypher("analysis-pairs"), map[string]any{"ids": listOrNil(ids, nil)})
		out := make([][2]string, 0, len(recs))
		for _, r := range recs {
			f := fields{r}
			out = append(out, [2]string{f.str(0), f.str(1)})
		}
		return out, err
	}
	first := func(ctx context.Context, a, b string) (graph.EventRef, bool, error) {
		recs, err := s.analysisRead(ctx, "find a path", queries.Cypher("analysis-first-shared"), map[string]any{"a": a, "b": b})
		if err != nil || len(recs) == 0 {
			return graph.EventRef{}, false, err
		}
		f := fields{recs[0]}
		return graph.EventRef{ID: f.str(0), Article: f.str(1), Title: f.str(2), Date: f.str(3), Kind: timeline.Kind(f.str(4)), Sentence: f.str(5)}, true, nil
	}
	return graph.ShortestPath(ctx, from, to, maxHops, pairs, first, s.entities)
}

// entities looks entities up by ID (graph.Entities).
func (s *Store) entities(ctx context.Context, ids []string) (map[string]graph.EntityRef, error) {
	recs, err := s.analysisRead(ctx, "read entities", queries.Cypher("analysis-entities"), map[string]any{"ids": listOrNil(ids, nil)})
	out := map[string]graph.EntityRef{}
	for _, r := range recs {
		e := fields{r}.ref()
		out[e.ID] = e
	}
	return out, err
}

// anyStrings is a Cypher list of strings as Go strings; nil stays nil.
func anyStrings(v any) []string {
	list, _ := v.([]any)
	var out []string
	for _, x := range list {
		if s, ok := x.(string); ok {
			out = append(out, s)
		}
	}
	return out
}
