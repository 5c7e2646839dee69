package sqlite

import (
	"context"
	"database/sql"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/storygraph/storygraph/graph"
	"github.com/storygraph/storygraph/queries"
	"github.com/storygraph/storygraph/timeline"
)

var _ graph.Searcher = (*Store)(nil)

// Search implements graph.Searcher with the FTS5 table event_text: the
// candidates' text and sort keys from it, then the records of the hits
// Rank keeps. A capped search with more than walkOver times Cap
// candidates reads them in Rank's order of equal scores, a date group at
// a time (byDate), and stops once more than Cap matched; any other reads
// every candidate in rowid order, which costs less a row (the content
// table read in order, not a row here and there): a capped search lists
// its candidates' rowids first, up to the one that decides.
func (s *Store) Search(ctx context.Context, q graph.SearchQuery, o graph.SearchOptions) (graph.SearchResult, error) {
	if err := s.Init(ctx); err != nil {
		return graph.SearchResult{}, err
	}
	// One read transaction: the candidates, the groups and the records
	// read one state of the store.
	tx, err := s.db.BeginTx(ctx, &sql.TxOptions{ReadOnly: true})
	if err != nil {
		return graph.SearchResult{}, s.fail("search", err)
	}
	defer tx.Rollback()
	match := ftsQuery(q)
	if o.Cap <= 0 {
		r := graph.NewRanker(q, o)
		if err := rank(ctx, tx, r, false, queries.SQL("search-candidates"), match); err != nil {
			return graph.SearchResult{}, s.fail("search", err)
		}
		return s.hits(ctx, tx, r)
	}
	// With a cap, the candidates' rowids first (the doclists, no row
	// read), as far as the first that tells how to read them.
	pks, err := rowids(ctx, tx, match, max(walkOver, 1)*o.Cap+1)
	if err != nil {
		return graph.SearchResult{}, s.fail("search", err)
	}
	walk := len(pks) > walkOver*o.Cap
	if len(pks) <= o.Cap {
		o.Cap = 0 // no more matches than candidates: Rank keeps only the best Limit
	}
	r := graph.NewRanker(q, o)
	if walk {
		err = byDate(ctx, tx, q, r)
	} else {
		err = rank(ctx, tx, r, false, queries.SQL("search-candidates-of"), "["+strings.Join(pks, ",")+"]")
	}
	if err != nil {
		return graph.SearchResult{}, s.fail("search", err)
	}
	return s.hits(ctx, tx, r)
}

// hits reads the records of the hits r kept.
func (s *Store) hits(ctx context.Context, tx *sql.Tx, r *graph.Ranker) (graph.SearchResult, error) {
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

// rowids is the rowids of the first n candidates of match, in rowid
// order (fewer when there are no more).
func rowids(ctx context.Context, tx *sql.Tx, match string, n int) ([]string, error) {
	rows, err := tx.QueryContext(ctx, queries.SQL("search-rowids"), match, n)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var pks []string
	for rows.Next() {
		var pk string
		if err := rows.Scan(&pk); err != nil {
			return nil, err
		}
		pks = append(pks, pk)
	}
	return pks, rows.Err()
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

// byDate adds to r the candidates of q in Rank's order of equal scores
// until r is Full: date group after date group (search-next-group; the
// first 7 characters of the date), each group's candidates found by FTS5
// with the group's token (search-candidates-in-group), the undated last.
// A word in most events is then ranked from the first group or two, not
// from a list of every event. The expression asks for all the words in
// the sentence and summary or all in the title, as Rank does, so that
// "proposals report", with "report" in every title and "proposals" in
// every sentence, walks no group's every event to find nothing.
func byDate(ctx context.Context, tx *sql.Tx, q graph.SearchQuery, r *graph.Ranker) error {
	match := ftsQuery(q)
	match = "({sentence summary} : (" + match + ") OR title : (" + match + ")) AND date_group : "
	walked := queries.SQL("search-candidates-in-group")
	for from := ""; !r.Full(); {
		var group string
		err := tx.QueryRowContext(ctx, queries.SQL("search-next-group"), from).Scan(&group)
		if errors.Is(err, sql.ErrNoRows) {
			break
		}
		if err != nil {
			return err
		}
		to := group + "\x00" // a date shorter than 7 characters is a group alone
		if utf8.RuneCountInString(group) == 7 {
			to = group + "\xff" // every date that starts with group (no UTF-8 byte is 0xff)
		}
		if to <= from {
			return fmt.Errorf("date group %q does not follow %q", group, from) // each group is after the last
		}
		if err := rank(ctx, tx, r, true, walked, match+`"qx`+hex.EncodeToString([]byte(group))+`"`, 0, group, to); err != nil {
			return err
		}
		from = to
	}
	if r.Full() {
		return nil
	}
	return rank(ctx, tx, r, true, walked, match+`"qx"`, 1, "", "\x00")
}

// walkOver: a capped search reads its candidates by date (byDate) when
// it has more than walkOver times Cap of them. Measured on the benchmark
// store of 100,000 events: reading every candidate in rowid order costs
// 1.7 µs a candidate and ranking it 2 µs more; by date, about 10 ms for a
// date group's list of candidates and 4.5 µs a candidate read (the
// content table's rows out of order). A variable for the tests.
var walkOver = 2

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
