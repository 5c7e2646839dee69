package sqlite

import (
	"context"
	"database/sql"
	"encoding/json"
	"fmt"
	"time"

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
	tx, err := s.beginWrite(ctx)
	if err != nil {
		return s.fail("store related articles", err)
	}
	defer tx.Rollback()
	var stmts [4]*sql.Stmt
	for i, q := range []string{queries.SQL("related-delete"), queries.SQL("related-state-put"), queries.SQL("related-put"), queries.SQL("related-bounds-put")} {
		if stmts[i], err = tx.PrepareContext(ctx, q); err != nil {
			return s.fail("store related articles", err)
		}
		defer stmts[i].Close()
	}
	for _, l := range lists {
		at := l.ComputedAt.UTC().Format(time.RFC3339Nano)
		if _, err := stmts[0].ExecContext(ctx, l.ArticleID); err != nil {
			return s.fail("store related articles", err)
		}
		if _, err := stmts[1].ExecContext(ctx, l.ArticleID, l.Fingerprint, at); err != nil {
			return s.fail("store related articles", err)
		}
		if _, err := stmts[3].ExecContext(ctx, l.ArticleID, l.Floor, l.Slack); err != nil {
			return s.fail("store related articles", err)
		}
		for _, k := range l.Links {
			reasons, _ := json.Marshal(nonNil(k.Reasons)) // a []string always encodes
			if _, err := stmts[2].ExecContext(ctx, l.ArticleID, k.Rank, k.Article.ID, k.Score, string(reasons), at); err != nil {
				return s.fail("store related articles", err)
			}
		}
	}
	if err := tx.Commit(); err != nil {
		return s.fail("store related articles", err)
	}
	return nil
}

func nonNil(xs []string) []string {
	if xs == nil {
		return []string{}
	}
	return xs
}

// Related implements graph.Relations.
func (s *Store) Related(ctx context.Context, id string) (graph.RelatedList, error) {
	if err := s.Init(ctx); err != nil {
		return graph.RelatedList{}, err
	}
	l := graph.RelatedList{ArticleID: id, Article: timeline.Source{ID: id}, Links: []graph.RelatedLink{}}
	var at string
	err := s.db.QueryRowContext(ctx, queries.SQL("related-state-get"), id).Scan(&l.Fingerprint, &at,
		&l.Article.Title, &l.Article.URL, &l.Article.Source, &l.Article.Published, &l.Article.Licence, &l.Article.Attribution)
	if err == sql.ErrNoRows {
		return graph.RelatedList{}, fmt.Errorf("related articles of %q: %w", id, graph.ErrNotFound)
	}
	if err != nil {
		return graph.RelatedList{}, s.fail("read related articles", err)
	}
	l.ComputedAt, _ = time.Parse(time.RFC3339Nano, at)
	err = s.each(ctx, "read related articles", queries.SQL("related-get"), []any{id}, func(r *sql.Rows) error {
		var k graph.RelatedLink
		var reasons string
		if err := r.Scan(&k.Rank, &k.Score, &reasons, &k.Article.ID, &k.Article.Title, &k.Article.URL, &k.Article.Source, &k.Article.Published,
			&k.Article.Licence, &k.Article.Attribution); err != nil {
			return err
		}
		if err := json.Unmarshal([]byte(reasons), &k.Reasons); err != nil {
			return err
		}
		l.Links = append(l.Links, k)
		return nil
	})
	return l, err
}

// RelatedStates implements graph.Relations.
func (s *Store) RelatedStates(ctx context.Context) (map[string]graph.RelatedState, error) {
	if err := s.Init(ctx); err != nil {
		return nil, err
	}
	out := map[string]graph.RelatedState{}
	err := s.each(ctx, "read related articles", queries.SQL("related-states"), nil, func(r *sql.Rows) error {
		var id string
		var st graph.RelatedState
		if err := r.Scan(&id, &st.Fingerprint, &st.Links, &st.Worst, &st.Floor, &st.Slack); err != nil {
			return err
		}
		out[id] = st
		return nil
	})
	return out, err
}

// RelatedLinking implements graph.Relations.
func (s *Store) RelatedLinking(ctx context.Context, ids []string) ([]string, error) {
	if len(ids) == 0 {
		return nil, nil
	}
	if err := s.Init(ctx); err != nil {
		return nil, err
	}
	list, _ := json.Marshal(ids) // a []string always encodes
	var out []string
	err := s.each(ctx, "read related articles", queries.SQL("related-linking"), []any{string(list)}, func(r *sql.Rows) error {
		var id string
		if err := r.Scan(&id); err != nil {
			return err
		}
		out = append(out, id)
		return nil
	})
	return out, err
}
