package sqlite

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"

	"github.com/storygraph/storygraph/graph"
	"github.com/storygraph/storygraph/queries"
	"github.com/storygraph/storygraph/timeline"
)

var _ graph.Analysis = (*Store)(nil)

// FindEntities implements graph.Analysis.
func (s *Store) FindEntities(ctx context.Context, name string) ([]graph.EntityRef, error) {
	if err := s.Init(ctx); err != nil {
		return nil, err
	}
	out := []graph.EntityRef{}
	err := s.each(ctx, "find entities", queries.SQL("analysis-find"), []any{timeline.Fold(name)}, func(r *sql.Rows) error {
		var e graph.EntityRef
		if err := r.Scan(&e.ID, &e.Name, &e.Type, &e.Role); err != nil {
			return err
		}
		out = append(out, e)
		return nil
	})
	return out, err
}

// EntityNames implements graph.Analysis.
func (s *Store) EntityNames(ctx context.Context) ([]string, error) {
	if err := s.Init(ctx); err != nil {
		return nil, err
	}
	out := []string{}
	err := s.each(ctx, "list entity names", queries.SQL("analysis-names"), nil, func(r *sql.Rows) error {
		var n string
		err := r.Scan(&n)
		out = append(out, n)
		return err
	})
	return out, err
}

// Profile implements graph.Analysis.
func (s *Store) Profile(ctx context.Context, id string) (graph.Profile, error) {
	if err := s.Init(ctx); err != nil {
		return graph.Profile{}, err
	}
	p := graph.Profile{Entity: graph.EntityRef{ID: id}}
	var aliases []byte
	err := s.db.QueryRowContext(ctx, queries.SQL("analysis-profile"), id).Scan(&p.Entity.Name, &p.Entity.Type, &p.Entity.Role,
		&aliases, &p.Country, &p.Events, &p.FirstSeen, &p.LastSeen, &p.Articles)
	if errors.Is(err, sql.ErrNoRows) {
		return graph.Profile{}, fmt.Errorf("entity %q: %w", id, graph.ErrNotFound)
	}
	if err != nil {
		return graph.Profile{}, s.fail(fmt.Sprintf("profile entity %q", id), err)
	}
	if err := json.Unmarshal(aliases, &p.Aliases); err != nil || p.Aliases == nil {
		p.Aliases = []string{}
	}
	p.Ties = []graph.Tie{}
	err = s.each(ctx, "profile entity "+id, queries.SQL("analysis-ties"), []any{id}, func(r *sql.Rows) error {
		var t graph.Tie
		if err := r.Scan(&t.ID, &t.Name, &t.Type, &t.Role, &t.Events); err != nil {
			return err
		}
		p.Ties = append(p.Ties, t)
		return nil
	})
	if err != nil {
		return graph.Profile{}, err
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
	if err := s.Init(ctx); err != nil {
		return graph.Network{}, err
	}
	from, to := q.Filter().Days()
	nullable := func(v string) any {
		if v == "" {
			return nil
		}
		return v
	}
	list := func(v []string) any {
		if len(v) == 0 {
			return nil
		}
		return jsonList(v, nil)
	}
	args := []any{nil, list(q.Topics), list(graph.Strings(q.Kinds)), nullable(from), nullable(to), max(q.MinWeight, 1)}
	edges := func(centre []string) ([]graph.Edge, error) {
		if centre == nil {
			return s.allEdges(ctx, args)
		}
		args[0] = jsonList(centre, nil)
		type pairEvent struct {
			pair [2]string
			pk   int64
		}
		seen := map[pairEvent]bool{}
		found := map[[2]string]*graph.Edge{}
		err := s.each(ctx, "query the network", queries.SQL("analysis-edges"), args[:5], func(r *sql.Rows) error {
			var a, b, date string
			var pk int64
			if err := r.Scan(&a, &b, &pk, &date); err != nil {
				return err
			}
			k := pairEvent{[2]string{min(a, b), max(a, b)}, pk}
			if seen[k] {
				return nil // another role, or the other end is in the centre too
			}
			seen[k] = true
			e := found[k.pair]
			if e == nil {
				e = &graph.Edge{Source: k.pair[0], Target: k.pair[1]}
				found[k.pair] = e
			}
			e.Weight++
			if date != "" {
				e.Dates = append(e.Dates, date)
			}
			return nil
		})
		var out []graph.Edge
		for _, e := range found {
			if e.Weight >= max(q.MinWeight, 1) {
				out = append(out, *e)
			}
		}
		return out, err
	}
	return graph.GrowNetwork(ctx, q, edges, s.hubs, s.entities)
}

// allEdges runs analysis-edges-all with Network's arguments.
func (s *Store) allEdges(ctx context.Context, args []any) ([]graph.Edge, error) {
	var out []graph.Edge
	err := s.each(ctx, "query the network", queries.SQL("analysis-edges-all"), args, func(r *sql.Rows) error {
		var e graph.Edge
		var dates []byte
		if err := r.Scan(&e.Source, &e.Target, &e.Weight, &dates); err != nil {
			return err
		}
		if err := json.Unmarshal(dates, &e.Dates); err != nil {
			return err
		}
		out = append(out, e)
		return nil
	})
	return out, err
}

// hubs finds the hubs among ids (graph.Hubs).
func (s *Store) hubs(ctx context.Context, ids []string, n int) ([]string, error) {
	var out []string
	err := s.each(ctx, "query the network", queries.SQL("analysis-hubs"), []any{jsonList(ids, nil), n}, func(r *sql.Rows) error {
		var id string
		err := r.Scan(&id)
		out = append(out, id)
		return err
	})
	return out, err
}

// Path implements graph.Analysis with graph.ShortestPath over
// analysis-pairs and analysis-first-shared.
func (s *Store) Path(ctx context.Context, from, to string, maxHops int) ([]graph.Hop, error) {
	if err := s.Init(ctx); err != nil {
		return nil, err
	}
	pairs := func(ctx context.Context, ids []string) ([][2]string, error) {
		var out [][2]string
		err := s.each(ctx, "find a path", queries.SQL("analysis-pairs"), []any{jsonList(ids, nil)}, func(r *sql.Rows) error {
			var p [2]string
			err := r.Scan(&p[0], &p[1])
			out = append(out, p)
			return err
		})
		return out, err
	}
	first := func(ctx context.Context, a, b string) (graph.EventRef, bool, error) {
		var ev graph.EventRef
		var sentence sql.NullString
		err := s.db.QueryRowContext(ctx, queries.SQL("analysis-first-shared"), a, b).Scan(&ev.ID, &ev.Article, &ev.Title, &ev.Date, &ev.Kind, &sentence)
		if errors.Is(err, sql.ErrNoRows) {
			return ev, false, nil
		}
		if err != nil {
			return ev, false, s.fail("find a path", err)
		}
		ev.Sentence = sentence.String
		return ev, true, nil
	}
	return graph.ShortestPath(ctx, from, to, maxHops, pairs, first, s.entities)
}

// entities looks entities up by ID (graph.Entities).
func (s *Store) entities(ctx context.Context, ids []string) (map[string]graph.EntityRef, error) {
	out := map[string]graph.EntityRef{}
	err := s.each(ctx, "read entities", queries.SQL("analysis-entities"), []any{jsonList(ids, nil)}, func(r *sql.Rows) error {
		var e graph.EntityRef
		if err := r.Scan(&e.ID, &e.Name, &e.Type, &e.Role); err != nil {
			return err
		}
		out[e.ID] = e
		return nil
	})
	return out, err
}
