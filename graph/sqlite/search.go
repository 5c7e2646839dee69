package sqlite

import (
	"context"
	"database/sql"
	"encoding/json"
	"fmt"
	"strconv"
	"strings"
	"unicode"

	"github.com/storygraph/storygraph/graph"
	"github.com/storygraph/storygraph/queries"
	"github.com/storygraph/storygraph/timeline"
)

var _ graph.Searcher = (*Store)(nil)

// Search implements graph.Searcher with the FTS5 table event_text: the
// candidates' text and sort keys from it, then the records of the hits
// Rank keeps.
func (s *Store) Search(ctx context.Context, q graph.SearchQuery, o graph.SearchOptions) (graph.SearchResult, error) {
	if err := s.Init(ctx); err != nil {
		return graph.SearchResult{}, err
	}
	// One read transaction: the candidates and the records read one
	// state of the store.
	tx, err := s.db.BeginTx(ctx, &sql.TxOptions{ReadOnly: true})
	if err != nil {
		return graph.SearchResult{}, s.fail("search", err)
	}
	defer tx.Rollback()
	r := graph.NewRanker(q, o)
	if err := rank(ctx, tx, r, false, queries.SQL("search-candidates"), ftsQuery(q)); err != nil {
		return graph.SearchResult{}, s.fail("search", err)
	}
	ranked, capped := r.Result()
	if len(ranked) == 0 {
		return graph.SearchResult{Capped: capped}, nil
	}
	pks := make([]string, len(ranked))
	for i, r := range ranked {
		pks[i] = r.Key
	}
	rows, err := tx.QueryContext(ctx, queries.SQL("search-hits"), "["+strings.Join(pks, ",")+"]")
	if err != nil {
		return graph.SearchResult{}, s.fail("search", err)
	}
	defer rows.Close()
	records := map[string]timeline.Record{}
	for rows.Next() {
		var pk int64
		var data []byte
		var r timeline.Record
		if err := rows.Scan(&pk, &data, &r.Article.ID, &r.Article.Title, &r.Article.URL, &r.Article.Source, &r.Article.Published, &r.Article.Licence, &r.Article.Attribution); err != nil {
			return graph.SearchResult{}, s.fail("search", err)
		}
		if err := json.Unmarshal(data, &r.Event); err != nil {
			return graph.SearchResult{}, s.fail(fmt.Sprintf("decode an event of article %q", r.Article.ID), err)
		}
		records[strconv.FormatInt(pk, 10)] = r
	}
	if err := rows.Err(); err != nil {
		return graph.SearchResult{}, s.fail("search", err)
	}
	return graph.SearchResult{Hits: graph.Hits(ranked, records), Capped: capped}, nil
}

// rank adds to r the candidates query finds with args, as they come;
// when ordered (they come in Rank's order of equal scores), it stops once
// r is Full.
func rank(ctx context.Context, tx *sql.Tx, r *graph.Ranker, ordered bool, query string, args ...any) error {
	rows, err := tx.QueryContext(ctx, query, args...)
	if err != nil {
		return err
	}
	defer rows.Close()
	var c graph.SearchCandidate
	var sentence, summary sql.NullString // NULL in JSON-less records
	for rows.Next() {
		if err := rows.Scan(&c.Key, &c.ArticleID, &c.Ord, &c.Date, &sentence, &summary, &c.Title); err != nil {
			return err
		}
		c.Sentence, c.Summary = sentence.String, summary.String
		r.Add(&c) // ranked as read: no candidate is kept that is no hit
		if ordered && r.Full() {
			break // the rest come after the first Cap matches
		}
	}
	return rows.Err()
}

// ftsQuery translates q into an FTS5 expression that finds at least every
// event q matches: the AND of each term's words. FTS5's tokenizer splits
// where graph.Words does not (o'brien, u.s), so a word becomes the phrase
// of its letter-and-digit runs; a phrase becomes the AND of its words (an
// FTS5 phrase would miss "Zelenskyy's visit" for "zelenskyy visit"), stop
// words left out (SearchQuery.Needed). Every piece is a double-quoted
// string of letters and digits, so nothing the user typed is an FTS5
// operator.
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
