package neo4j

import (
	"context"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"slices"
	"strings"
	"unicode/utf8"

	n4j "github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/storygraph/storygraph/graph"
	"github.com/storygraph/storygraph/queries"
	"github.com/storygraph/storygraph/timeline"
)

var _ graph.Searcher = (*Store)(nil)

// Search implements graph.Searcher with the full-text index event_text
// (each event's sentence, summary and article title): the candidates'
// text and sort keys, then the records of the hits Rank keeps, in one
// read transaction. A capped search with more than walkOver times Cap
// candidates reads them in Rank's order of equal scores, a date group at
// a time (byDate), and stops once more than Cap matched, as the embedded
// store does; any other reads every candidate.
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
		query := luceneQuery(q)
		walk := false
		if o.Cap > 0 {
			recs, err := run(ctx, tx, queries.Cypher("search-count"), map[string]any{"query": query, "n": max(walkOver, 1)*o.Cap + 1})
			if err != nil {
				return graph.SearchResult{}, err
			}
			n, _ := recs[0].Values[0].(int64)
			walk = n > int64(walkOver*o.Cap)
			if n <= int64(o.Cap) {
				o.Cap = 0 // no more matches than candidates: Rank keeps only the best Limit
			}
		}
		r := graph.NewRanker(q, o)
		var err error
		if walk {
			err = byDate(ctx, tx, query, r)
		} else {
			err = rank(ctx, tx, r, false, query)
		}
		if err != nil {
			return graph.SearchResult{}, err
		}
		return hits(ctx, tx, r)
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

// hits reads the records of the hits r kept.
func hits(ctx context.Context, tx n4j.ManagedTransaction, r *graph.Ranker) (graph.SearchResult, error) {
	ranked, capped := r.Result()
	if len(ranked) == 0 {
		return graph.SearchResult{Capped: capped}, nil
	}
	uids := make([]string, len(ranked))
	for i, r := range ranked {
		uids[i] = r.Key
	}
	recs, err := run(ctx, tx, queries.Cypher("search-hits"), map[string]any{"uids": uids})
	if err != nil {
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
}

// rank adds to r the candidates of the Lucene query; when ordered, in
// Rank's order of equal scores, stopping once r is Full.
func rank(ctx context.Context, tx n4j.ManagedTransaction, r *graph.Ranker, ordered bool, query string) error {
	recs, err := run(ctx, tx, queries.Cypher("search-candidates"), map[string]any{"query": query})
	if err != nil {
		return err
	}
	cands := make([]graph.SearchCandidate, len(recs))
	for i, rec := range recs {
		str := func(i int) string { v, _ := rec.Values[i].(string); return v }
		ord, _ := rec.Values[2].(int64)
		cands[i] = graph.SearchCandidate{Key: str(0), ArticleID: str(1), Ord: int(ord), Date: str(3),
			Sentence: str(4), Summary: str(5), Title: str(6)}
	}
	if ordered {
		slices.SortFunc(cands, func(a, b graph.SearchCandidate) int { return graph.CompareCandidates(&a, &b) })
	}
	for i := range cands {
		r.Add(&cands[i]) // ranked as read: no candidate is kept that is no hit
		if ordered && r.Full() {
			break // the rest come after the first Cap matches
		}
	}
	return nil
}

// byDate adds to r the candidates of query in Rank's order of equal
// scores until r is Full: date group after date group (search-next-group;
// the first 7 characters of the date), each group's candidates found by
// Lucene with the group's dateGroup token, the undated last. A word in
// most events is then ranked from the first group or two, not from a
// list of every event.
func byDate(ctx context.Context, tx n4j.ManagedTransaction, query string, r *graph.Ranker) error {
	for after := ""; !r.Full(); {
		recs, err := run(ctx, tx, queries.Cypher("search-next-group"), map[string]any{"after": after})
		if err != nil {
			return err
		}
		if len(recs) == 0 {
			break
		}
		group, _ := recs[0].Values[0].(string)
		if group <= after {
			return fmt.Errorf("date group %q does not follow %q", group, after) // each group is after the last
		}
		if err := rank(ctx, tx, r, true, "("+query+") AND dateGroup:"+dateGroup(group)); err != nil {
			return err
		}
		after = group // a date shorter than 7 characters is a group alone
		if utf8.RuneCountInString(group) == 7 {
			after = group + "\U0010FFFF" // after every date that starts with group
		}
	}
	if r.Full() {
		return nil
	}
	return rank(ctx, tx, r, true, "("+query+") AND dateGroup:"+dateGroup(""))
}

// walkOver: a capped search reads its candidates by date (byDate) when
// it has more than walkOver times Cap of them, as the embedded store's
// does. A variable for the tests.
var walkOver = 2

// dateGroup is an event's token in event_text's field dateGroup: "qx" and
// the hexadecimal of the first 7 characters of its date ("qx" alone when
// undated), the embedded store's date_group (migrate-13).
func dateGroup(date string) string {
	n := 0
	for i := range date {
		if n == 7 {
			date = date[:i]
			break
		}
		n++
	}
	return "qx" + hex.EncodeToString([]byte(date))
}

// luceneQuery translates q into a Lucene query that finds at least every
// event q matches, with the analyzer of the index (standard, no stop
// words: UAX #29 words in lower case, as graph.Words splits them, but
// keeping a possessive 's that graph.Words drops): every term in the
// sentence or summary, or every term in the title, as Rank asks. A word w
// becomes (w OR w's OR w’s); a prefix w*; a phrase the AND of its words
// (a Lucene phrase would miss "Zelenskyy's visit" for "zelenskyy visit"),
// stop words left out (SearchQuery.Needed). Every character Lucene's
// syntax gives a meaning is escaped.
func luceneQuery(q graph.SearchQuery) string {
	var text, title []string
	for _, t := range q.Needed() {
		e := luceneEscape(t.Words[0])
		if t.Prefix {
			e += "*"
		} else {
			e = "(" + e + " OR " + e + "'s OR " + e + "’s)"
		}
		text = append(text, "(sentence:"+e+" OR summary:"+e+")")
		title = append(title, "title:"+e)
	}
	return "(" + strings.Join(text, " AND ") + ") OR (" + strings.Join(title, " AND ") + ")"
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
