package neo4j

import (
	"context"
	"fmt"

	"github.com/storygraph/storygraph/graph"
	"github.com/storygraph/storygraph/queries"
	"github.com/storygraph/storygraph/timeline"
)

var _ graph.Catalog = (*Store)(nil)

// sources returns every outlet stored, for graph.MatchSources.
func (s *Store) sources(ctx context.Context) ([]string, error) {
	recs, err := s.analysisRead(ctx, "read the sources", queries.Cypher("article-sources"), nil)
	if err != nil {
		return nil, err
	}
	out := make([]string, 0, len(recs))
	for _, r := range recs {
		f := fields{r}
		out = append(out, f.str(0))
	}
	return out, nil
}

// anyList is values as a Cypher list, empty rather than nil.
func anyList(values []string) []any {
	out := make([]any, len(values))
	for i, v := range values {
		out[i] = v
	}
	return out
}

// ListEntities implements graph.Catalog.
func (s *Store) ListEntities(ctx context.Context, q graph.EntityQuery) ([]graph.EntityCount, error) {
	params := map[string]any{"type": nil, "prefix": nil}
	if q.Type != "" {
		params["type"] = string(q.Type)
	}
	if p := timeline.Fold(q.Prefix); p != "" {
		params["prefix"] = p
	}
	recs, err := s.analysisRead(ctx, "list entities", queries.Cypher("catalog-entities"), params)
	if err != nil {
		return nil, err
	}
	out := make([]graph.EntityCount, 0, len(recs))
	for _, r := range recs {
		f := fields{r}
		x := graph.EntityCount{ID: f.str(0), Name: f.str(1), Type: timeline.EntityType(f.str(2)), Aliases: []string{},
			Role: f.str(4), Country: f.str(5), Events: f.num(6), Articles: f.num(7)}
		aliases, _ := r.Values[3].([]any)
		for _, a := range aliases {
			if a, ok := a.(string); ok {
				x.Aliases = append(x.Aliases, a)
			}
		}
		out = append(out, x)
	}
	graph.SortEntities(out)
	return out, nil
}

// ListArticles implements graph.Catalog.
func (s *Store) ListArticles(ctx context.Context, q graph.ArticleQuery) ([]graph.ArticleCount, error) {
	if err := q.Validate(); err != nil {
		return nil, fmt.Errorf("articles: %w", err)
	}
	from, to := graph.Filter{From: q.From, To: q.To}.Days()
	params := map[string]any{"sources": nil, "from": day(from), "to": day(to)}
	if len(q.Sources) > 0 {
		stored, err := s.sources(ctx)
		if err != nil {
			return nil, err
		}
		params["sources"] = anyList(graph.MatchSources(stored, q.Sources))
	}
	recs, err := s.analysisRead(ctx, "list articles", queries.Cypher("catalog-articles"), params)
	if err != nil {
		return nil, err
	}
	out := make([]graph.ArticleCount, 0, len(recs))
	for _, r := range recs {
		f := fields{r}
		out = append(out, graph.ArticleCount{ID: f.str(0), Title: f.str(1), URL: f.str(2), Source: f.str(3),
			Published: f.str(4), Events: f.num(5)})
	}
	graph.SortArticles(out)
	return out, nil
}

// ListTopics implements graph.Catalog.
func (s *Store) ListTopics(ctx context.Context) ([]graph.TopicCount, error) {
	recs, err := s.analysisRead(ctx, "list topics", queries.Cypher("catalog-topics"), nil)
	if err != nil {
		return nil, err
	}
	out := make([]graph.TopicCount, 0, len(recs))
	for _, r := range recs {
		f := fields{r}
		out = append(out, graph.TopicCount{ID: f.str(0), Events: f.num(1), Articles: f.num(2), First: f.str(3), Last: f.str(4)})
	}
	graph.SortTopics(out)
	return out, nil
}

// UnknownNames implements graph.Catalog.
func (s *Store) UnknownNames(ctx context.Context, f graph.Filter) ([]graph.FilterName, error) {
	known := func(query string, names []string) (map[string]bool, error) {
		m := map[string]bool{}
		if len(names) == 0 {
			return m, nil
		}
		recs, err := s.analysisRead(ctx, "look up names", query, map[string]any{"keys": listOrNil(names, timeline.Fold)})
		for _, r := range recs {
			m[fields{r}.str(0)] = true
		}
		return m, err
	}
	entities, err := known(queries.Cypher("known-entity-keys"), f.Entities)
	if err != nil {
		return nil, err
	}
	places, err := known(queries.Cypher("known-place-keys"), f.Places)
	if err != nil {
		return nil, err
	}
	return graph.Unknown(f, entities, places), nil
}
