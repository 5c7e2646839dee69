package neo4j

import (
	"context"

	n4j "github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/storygraph/storygraph/graph"
	"github.com/storygraph/storygraph/queries"
)

var _ graph.Storyteller = (*Store)(nil)

// StoryRows implements graph.Storyteller.
func (s *Store) StoryRows(ctx context.Context) (graph.StoryRows, error) {
	var out graph.StoryRows
	if err := s.ensureCurrent(ctx); err != nil {
		return out, err
	}
	_, err := read(ctx, s, func(tx n4j.ManagedTransaction) (bool, error) {
		out = graph.StoryRows{}
		recs, err := run(ctx, tx, queries.Cypher("stories-topic-entities"), nil)
		if err != nil {
			return false, err
		}
		for _, r := range recs {
			str := func(i int) string { v, _ := r.Values[i].(string); return v }
			n, _ := r.Values[4].(int64)
			out.TopicEntities = append(out.TopicEntities, graph.TopicEntity{Topic: str(0),
				StoryEntity: graph.StoryEntity{ID: str(1), Name: str(2), Type: str(3), Events: int(n)}})
		}
		if recs, err = run(ctx, tx, queries.Cypher("stories-untopiced"), nil); err != nil {
			return false, err
		}
		for _, r := range recs {
			str := func(i int) string { v, _ := r.Values[i].(string); return v }
			out.Untopiced = append(out.Untopiced, graph.EventParticipant{Event: str(0), Article: str(1),
				First: str(2), Last: str(3), Entity: str(4), Name: str(5), Type: str(6)})
		}
		return true, nil
	})
	if err != nil {
		return graph.StoryRows{}, s.fail("read stories", err)
	}
	return out, nil
}
