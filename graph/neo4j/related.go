package neo4j

import (
	"context"
	"encoding/json"
	"fmt"
	"slices"
	"strings"
	"time"

	n4j "github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/storygraph/storygraph/graph"
	"github.com/storygraph/storygraph/queries"
	"github.com/storygraph/storygraph/timeline"
)

var _ graph.Relations = (*Store)(nil)

// PutRelated implements graph.Relations.
func (s *Store) PutRelated(ctx context.Context, lists []graph.RelatedList) error {
	if len(lists) == 0 {
		return nil
	}
	if err := s.Init(ctx); err != nil {
		return err
	}
	sorted := slices.Clone(lists)
	slices.SortStableFunc(sorted, func(a, b graph.RelatedList) int { return strings.Compare(a.ArticleID, b.ArticleID) })
	rows := make([]any, len(sorted))
	for i, l := range sorted {
		links := make([]any, len(l.Links))
		for j, k := range l.Links {
			reasons := k.Reasons
			if reasons == nil {
				reasons = []string{}
			}
			links[j] = map[string]any{"id": k.Article.ID, "rank": int64(k.Rank), "score": k.Score, "reasons": reasons}
		}
		rows[i] = map[string]any{"id": l.ArticleID, "fingerprint": l.Fingerprint, "at": l.ComputedAt.UTC(), "links": links,
			"floor": l.Floor, "slack": int64(l.Slack)}
	}
	// bool, not any: the driver's generic helpers cannot return a nil any.
	_, err := write(ctx, s, func(tx n4j.ManagedTransaction) (bool, error) {
		_, err := run(ctx, tx, queries.Cypher("related-put"), map[string]any{"rows": rows})
		return err == nil, err
	})
	if err != nil {
		return s.fail("store related articles", err)
	}
	return nil
}

// Related implements graph.Relations.
func (s *Store) Related(ctx context.Context, id string) (graph.RelatedList, error) {
	if err := s.Init(ctx); err != nil {
		return graph.RelatedList{}, err
	}
	recs, err := read(ctx, s, func(tx n4j.ManagedTransaction) ([]*n4j.Record, error) {
		return run(ctx, tx, queries.Cypher("related-get"), map[string]any{"id": id})
	})
	if err != nil {
		return graph.RelatedList{}, s.fail("read related articles", err)
	}
	if len(recs) == 0 {
		return graph.RelatedList{}, fmt.Errorf("related articles of %q: %w", id, graph.ErrNotFound)
	}
	f := fields{recs[0]}
	l := graph.RelatedList{ArticleID: id, Fingerprint: f.str(0), Links: []graph.RelatedLink{}}
	if at, ok := recs[0].Values[1].(time.Time); ok {
		l.ComputedAt = at.UTC()
	}
	if l.Article, err = citation(id, recs[0].Values[2]); err != nil {
		return graph.RelatedList{}, s.fail("read related articles", err)
	}
	links, _ := recs[0].Values[3].([]any)
	for _, v := range links {
		m, _ := v.(map[string]any)
		k := graph.RelatedLink{Reasons: []string{}}
		id, _ := m["id"].(string)
		if k.Article, err = citation(id, m); err != nil {
			return graph.RelatedList{}, s.fail("read related articles", err)
		}
		rank, _ := m["rank"].(int64)
		k.Rank = int(rank)
		k.Score, _ = m["score"].(float64)
		rs, _ := m["reasons"].([]any)
		for _, r := range rs {
			if r, ok := r.(string); ok {
				k.Reasons = append(k.Reasons, r)
			}
		}
		l.Links = append(l.Links, k)
	}
	return l, nil
}

// citation reads an article's citation from a map of title, url, source,
// published and, when published is not a whole day (the node keeps days
// only), the extraction that holds it.
func citation(id string, v any) (timeline.Source, error) {
	m, _ := v.(map[string]any)
	str := func(k string) string { s, _ := m[k].(string); return s }
	src := timeline.Source{ID: id, Title: str("title"), URL: str("url"), Source: str("source"), Published: str("published"),
		Licence: str("licence"), Attribution: str("attribution")}
	if x := str("extraction"); x != "" {
		var ex struct{ Article timeline.Article }
		if err := json.Unmarshal([]byte(x), &ex); err != nil {
			return src, err
		}
		src.Published = ex.Article.Published
	}
	return src, nil
}

// RelatedStates implements graph.Relations.
func (s *Store) RelatedStates(ctx context.Context) (map[string]graph.RelatedState, error) {
	if err := s.Init(ctx); err != nil {
		return nil, err
	}
	recs, err := read(ctx, s, func(tx n4j.ManagedTransaction) ([]*n4j.Record, error) {
		return run(ctx, tx, queries.Cypher("related-states"), nil)
	})
	if err != nil {
		return nil, s.fail("read related articles", err)
	}
	out := make(map[string]graph.RelatedState, len(recs))
	for _, r := range recs {
		f := fields{r}
		worst, _ := r.Values[3].(float64)
		floor, _ := r.Values[4].(float64)
		out[f.str(0)] = graph.RelatedState{Fingerprint: f.str(1), Links: f.num(2), Worst: worst, Floor: floor, Slack: f.num(5)}
	}
	return out, nil
}

// RelatedLinking implements graph.Relations.
func (s *Store) RelatedLinking(ctx context.Context, ids []string) ([]string, error) {
	if len(ids) == 0 {
		return nil, nil
	}
	if err := s.Init(ctx); err != nil {
		return nil, err
	}
	recs, err := read(ctx, s, func(tx n4j.ManagedTransaction) ([]*n4j.Record, error) {
		return run(ctx, tx, queries.Cypher("related-linking"), map[string]any{"ids": ids})
	})
	if err != nil {
		return nil, s.fail("read related articles", err)
	}
	var out []string
	for _, r := range recs {
		out = append(out, fields{r}.str(0))
	}
	return out, nil
}
