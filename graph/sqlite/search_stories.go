package sqlite

import (
	"context"

	"github.com/storygraph/storygraph/graph"
	"github.com/storygraph/storygraph/queries"
)

var _ graph.Storyteller = (*Store)(nil)

// StoryRows implements graph.Storyteller.
func (s *Store) StoryRows(ctx context.Context) (graph.StoryRows, error) {
	var out graph.StoryRows
	if err := s.Init(ctx); err != nil {
		return out, err
	}
	rows, err := s.db.QueryContext(ctx, queries.SQL("stories-topic-entities"))
	if err != nil {
		return out, s.fail("read stories", err)
	}
	for rows.Next() {
		var t graph.TopicEntity
		if err := rows.Scan(&t.Topic, &t.ID, &t.Name, &t.Type, &t.Events); err != nil {
			rows.Close()
			return out, s.fail("read stories", err)
		}
		out.TopicEntities = append(out.TopicEntities, t)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return out, s.fail("read stories", err)
	}
	rows, err = s.db.QueryContext(ctx, queries.SQL("stories-untopiced"))
	if err != nil {
		return out, s.fail("read stories", err)
	}
	defer rows.Close()
	for rows.Next() {
		var p graph.EventParticipant
		if err := rows.Scan(&p.Event, &p.Article, &p.First, &p.Last, &p.Entity, &p.Name, &p.Type); err != nil {
			return out, s.fail("read stories", err)
		}
		out.Untopiced = append(out.Untopiced, p)
	}
	if err := rows.Err(); err != nil {
		return out, s.fail("read stories", err)
	}
	return out, nil
}
