package neo4j

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"strings"

	n4j "github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/storygraph/storygraph/graph"
	"github.com/storygraph/storygraph/queries"
	"github.com/storygraph/storygraph/timeline"
)

var _ graph.Searcher = (*Store)(nil)

// Search implements graph.Searcher with the full-text indexes event_text
// and article_title: the candidates' text and sort keys, then the records
// of the hits Rank keeps, in one read transaction. With a Cap, every
// candidate is read and Rank keeps the first Cap matches, as the
// embedded store's reading by date does.
func (s *Store) Search(ctx context.Context, q graph.SearchQuery, o graph.SearchOptions) (graph.SearchResult, error) {
	// Init, not ensureCurrent: the indexes must exist (a store never
	// written to has none).
	if err := s.Init(ctx); err != nil {
		return graph.SearchResult{}, err
	}
	res, err := read(ctx, s, func(tx n4j.ManagedTransaction) (graph.SearchResult, error) {
		if _, err := run(ctx, tx, queries.Cypher("search-await"), nil); err != nil {
			return graph.SearchResult{}, err
		}
		recs, err := run(ctx, tx, queries.Cypher("search-candidates"), map[string]any{"query": luceneQuery(q)})
		if err != nil {
			return graph.SearchResult{}, err
		}
		cands := make([]graph.SearchCandidate, len(recs))
		for i, r := range recs {
			str := func(i int) string { v, _ := r.Values[i].(string); return v }
			ord, _ := r.Values[2].(int64)
			cands[i] = graph.SearchCandidate{Key: str(0), ArticleID: str(1), Ord: int(ord), Date: str(3),
				Sentence: str(4), Summary: str(5), Title: str(6)}
		}
		ranked, capped := graph.RankCapped(q, cands, o)
		if len(ranked) == 0 {
			return graph.SearchResult{Capped: capped}, nil
		}
		uids := make([]string, len(ranked))
		for i, r := range ranked {
			uids[i] = r.Key
		}
		if recs, err = run(ctx, tx, queries.Cypher("search-hits"), map[string]any{"uids": uids}); err != nil {
			return graph.SearchResult{}, err
		}
		records := map[string]timeline.Record{}
		for _, r := range recs {
			uid, _ := r.Values[0].(string)
			data, _ := r.Values[1].(string)
			var rec timeline.Record
			if err := json.Unmarshal([]byte(data), &rec); err != nil {
				return graph.SearchResult{}, &decodeError{err}
			}
			records[uid] = rec
		}
		return graph.SearchResult{Hits: graph.Hits(ranked, records), Capped: capped}, nil
	})
	var bad *decodeError
	if errors.As(err, &bad) {
		return graph.SearchResult{}, fmt.Errorf("search: %w", bad)
	}
	if err != nil {
		return graph.SearchResult{}, s.fail("search", err)
	}
	return res, nil
}

// luceneQuery translates q into a Lucene query that finds at least every
// event q matches, with the analyzer of the indexes (standard, no stop
// words: UAX #29 words in lower case, as graph.Words splits them, but
// keeping a possessive 's that graph.Words drops). A word w becomes
// (w OR w's OR w’s); a prefix w*; a phrase the AND of its words (a Lucene
// phrase would miss "Zelenskyy's visit" for "zelenskyy visit"), stop words
// left out (SearchQuery.Needed). Every character Lucene's syntax gives a
// meaning is escaped.
func luceneQuery(q graph.SearchQuery) string {
	var parts []string
	for _, t := range q.Needed() {
		e := luceneEscape(t.Words[0])
		if t.Prefix {
			parts = append(parts, e+"*")
			continue
		}
		parts = append(parts, "("+e+" OR "+e+"'s OR "+e+"’s)")
	}
	return strings.Join(parts, " AND ")
}

func luceneEscape(w string) string {
	var b strings.Builder
	for _, r := range w {
		if strings.ContainsRune(`\+-!():^[]"{}~*?|&/`, r) {
			b.WriteByte('\\')
		}
		b.WriteRune(r)
	}
	return b.String()
}
