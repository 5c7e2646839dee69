package sqlite

import (
	"context"
	"encoding/json"
	"fmt"
	"strings"
	"unicode"

	"github.com/storygraph/storygraph/graph"
	"github.com/storygraph/storygraph/queries"
)

var _ graph.Searcher = (*Store)(nil)

// Search implements graph.Searcher with the FTS5 table event_text.
func (s *Store) Search(ctx context.Context, q graph.SearchQuery, limit int) ([]graph.SearchHit, error) {
	if err := s.Init(ctx); err != nil {
		return nil, err
	}
	rows, err := s.db.QueryContext(ctx, queries.SQL("search-candidates"), ftsQuery(q))
	if err != nil {
		return nil, s.fail("search", err)
	}
	defer rows.Close()
	var cands []graph.SearchCandidate
	for rows.Next() {
		var c graph.SearchCandidate
		var data []byte
		r := &c.Record
		if err := rows.Scan(&data, &c.Ord, &r.Article.ID, &r.Article.Title, &r.Article.URL, &r.Article.Source, &r.Article.Published); err != nil {
			return nil, s.fail("search", err)
		}
		if err := json.Unmarshal(data, &r.Event); err != nil {
			return nil, s.fail(fmt.Sprintf("decode an event of article %q", r.Article.ID), err)
		}
		cands = append(cands, c)
	}
	if err := rows.Err(); err != nil {
		return nil, s.fail("search", err)
	}
	return graph.Rank(q, cands, limit), nil
}

// ftsQuery translates q into an FTS5 expression that finds at least every
// event q matches: the AND of each term's words. FTS5's tokenizer splits
// where graph.Words does not (o'brien, u.s), so a word becomes the phrase
// of its letter-and-digit runs; a phrase becomes the AND of its words (an
// FTS5 phrase would miss "Zelenskyy's visit" for "zelenskyy visit"), stop
// words left out (SearchQuery.Needed). Every piece is a double-quoted string of letters and
// digits, so nothing the user typed is an FTS5 operator.
func ftsQuery(q graph.SearchQuery) string {
	var parts []string
	for _, t := range q.Needed() {
		runs := strings.FieldsFunc(t.Words[0], func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsNumber(r) })
		if len(runs) == 0 {
			continue
		}
		p := `"` + strings.Join(runs, " ") + `"`
		if t.Prefix {
			p += " *"
		}
		parts = append(parts, p)
	}
	return strings.Join(parts, " AND ")
}
