package neo4j

import (
	"context"
	"encoding/json"
	"fmt"
	"strings"

	n4j "github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/storygraph/storygraph/graph"
	"github.com/storygraph/storygraph/queries"
)

var _ graph.Searcher = (*Store)(nil)

// Search implements graph.Searcher with the full-text indexes event_text
// and article_title.
func (s *Store) Search(ctx context.Context, q graph.SearchQuery, limit int) ([]graph.SearchHit, error) {
	// Init, not ensureCurrent: the indexes must exist (a store never
	// written to has none).
	if err := s.Init(ctx); err != nil {
		return nil, err
	}
	recs, err := read(ctx, s, func(tx n4j.ManagedTransaction) ([]*n4j.Record, error) {
		if _, err := run(ctx, tx, queries.Cypher("search-await"), nil); err != nil {
			return nil, err
		}
		return run(ctx, tx, queries.Cypher("search-candidates"), map[string]any{"query": luceneQuery(q)})
	})
	if err != nil {
		return nil, s.fail("search", err)
	}
	cands := make([]graph.SearchCandidate, len(recs))
	for i, r := range recs {
		data, _ := r.Values[0].(string)
		ord, _ := r.Values[1].(int64)
		if err := json.Unmarshal([]byte(data), &cands[i].Record); err != nil {
			return nil, fmt.Errorf("search: %w", &decodeError{err})
		}
		cands[i].Ord = int(ord)
	}
	return graph.Rank(q, cands, limit), nil
}

// luceneQuery translates q into a Lucene query that finds at least every
// event q matches, with the analyzer of the indexes (standard, no stop
// words: UAX #29 words in lower case, as graph.Words splits them, but
// keeping a possessive 's that graph.Words drops). A word w becomes
// (w OR w's OR w’s); a prefix w*; a phrase the AND of its words (a Lucene
// phrase would miss "Zelenskyy's visit" for "zelenskyy visit"), stop words
// left out (SearchQuery.Needed). Every character Lucene's syntax gives a meaning is escaped.
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
