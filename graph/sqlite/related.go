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

// Related implements graph.Relations. The list and its article's citation
// are one statement (related-read), on one pooled connection: serve's
// /related asks this once per request.
func (s *Store) Related(ctx context.Context, id string) (graph.RelatedList, error) {
	if err := s.Init(ctx); err != nil {
		return graph.RelatedList{}, err
	}
	l := graph.RelatedList{ArticleID: id, Article: timeline.Source{ID: id}, Links: []graph.RelatedLink{}}
	stmt, err := s.prepareRelatedRead(ctx)
	if err != nil {
		return graph.RelatedList{}, s.fail("read related articles", err)
	}
	rows, err := stmt.QueryContext(ctx, id)
	if err != nil {
		return graph.RelatedList{}, s.fail("read related articles", err)
	}
	defer rows.Close()
	var at string
	found := false
	for rows.Next() {
		found = true
		var k graph.RelatedLink
		var reasons []byte
		var linked bool
		if err := rows.Scan(&l.Fingerprint, &at, &l.Article.Title, &l.Article.URL, &l.Article.Source, &l.Article.Published, &l.Article.Licence, &l.Article.Attribution,
			&k.Rank, &k.Score, &reasons, &linked, &k.Article.ID, &k.Article.Title, &k.Article.URL, &k.Article.Source, &k.Article.Published,
			&k.Article.Licence, &k.Article.Attribution); err != nil {
			return graph.RelatedList{}, s.fail("read related articles", err)
		}
		if !linked { // no link, or one to an article no longer stored
			continue
		}
		if err := json.Unmarshal(reasons, &k.Reasons); err != nil {
			return graph.RelatedList{}, s.fail("read related articles", err)
		}
		l.Links = append(l.Links, k)
	}
	if err := rows.Err(); err != nil {
		return graph.RelatedList{}, s.fail("read related articles", err)
	}
	if !found {
		return graph.RelatedList{}, fmt.Errorf("related articles of %q: %w", id, graph.ErrNotFound)
	}
	l.ComputedAt, _ = time.Parse(time.RFC3339Nano, at)
	return l, nil
}

// prepareRelatedRead prepares the related-read statement once per open
// Store; database/sql then prepares it on each pooled connection as needed.
func (s *Store) prepareRelatedRead(ctx context.Context) (*sql.Stmt, error) {
	s.relatedOnce.Do(func() {
		s.relatedRead, s.relatedErr = s.db.PrepareContext(context.WithoutCancel(ctx), queries.SQL("related-read"))
	})
	return s.relatedRead, s.relatedErr
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
