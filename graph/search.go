package graph

import (
	"cmp"
	"context"
	"errors"
	"fmt"
	"slices"
	"strings"
	"unicode"

	"github.com/rivo/uniseg"

	"github.com/storygraph/storygraph/internal/hint"
	"github.com/storygraph/storygraph/timeline"
)

// Searcher is the part of a store that finds events by their words. Both
// stores implement it; it is kept apart from Store because only search
// needs it.
//
// The two engines (SQLite FTS5, Neo4j's Lucene full-text indexes) tokenise
// and rank differently, so neither decides what matches or in what order:
// each store asks its engine for candidates, a superset of the events that
// can match, and Rank decides on their text. The answer is then the same
// bytes from either store.
type Searcher interface {
	// Search returns the events that match q, best first (see Rank),
	// within o's limits (see SearchOptions).
	Search(ctx context.Context, q SearchQuery, o SearchOptions) (SearchResult, error)
}

// SearchOptions bound a search's answer and the work it takes.
type SearchOptions struct {
	// Limit is the most hits returned, best first (0: all).
	Limit int
	// Cap, when above 0, is the most matches ranked: when more events
	// than Cap match, only the Cap of them that come first in Rank's order
	// of equal scores (date, earliest first and undated last, article id,
	// position) are ranked, and SearchResult.Capped says so. 0: every
	// match is ranked.
	Cap int
}

// SearchCap is the Cap of the command line's searches (see the README's
// decision on broad searches): a word in nearly every event is not ranked
// across a whole store of them.
const SearchCap = 2000

// SearchResult is a search's answer.
type SearchResult struct {
	Hits []SearchHit
	// Capped: more than SearchOptions.Cap events matched, and Hits are the
	// best of the first Cap of them (by date, article id, position).
	Capped bool
}

// SearchHit is an event that matched, with its article and its score.
type SearchHit struct {
	timeline.Record
	Score int `json:"score"`
}

// SearchCandidate is what a store's engine found: one event's text and
// sort keys, without its record, which a store reads only for the hits
// Rank keeps. Key is the store's own handle on the event.
type SearchCandidate struct {
	Key       string
	ArticleID string
	Ord       int
	Date      string // timeline.Event.Date
	Sentence  string
	Summary   string
	Title     string // the article's
}

// Ranked is a candidate Rank kept, with its score.
type Ranked struct {
	SearchCandidate
	Score int
}

// SearchTerm is one thing a query looks for: a word, a phrase (Words
// longer than one) or a prefix (Prefix true, one word).
type SearchTerm struct {
	Words  []string
	Prefix bool
}

// SearchQuery is a parsed search: every term must match (AND).
type SearchQuery struct {
	Text  string
	Terms []SearchTerm
}

// ErrBadQuery is wrapped by every error of ParseSearch.
var ErrBadQuery = errors.New("bad search query")

// stopWords are Lucene's classic English stop set: words too common to find
// anything by. They are dropped from a query (not from a phrase, which must
// match whole); a query of nothing else is an error.
var stopWords = map[string]bool{}

func init() {
	for _, w := range strings.Fields("a an and are as at be but by for if in into is it no not of on or such that the their then there these they this to was will with") {
		stopWords[w] = true
	}
}

// Needed is what an engine must find for q to match, each a word and
// whether it is a prefix: every word of every term, less the stop words of
// phrases (a phrase has another word, and Rank checks the phrase whole).
// An engine that finds every event with all of them finds a superset of
// the hits.
func (q SearchQuery) Needed() []SearchTerm {
	var out []SearchTerm
	for _, t := range q.Terms {
		for _, w := range t.Words {
			if len(t.Words) == 1 || !stopWords[w] {
				out = append(out, SearchTerm{Words: []string{w}, Prefix: t.Prefix})
			}
		}
	}
	return out
}

// minPrefix is the shortest prefix searched for: "a*" would match most of
// the index.
const minPrefix = 2

// ParseSearch reads the user's syntax: words, "quoted phrases" and word*
// prefixes, all of which must match. Everything else — punctuation, the
// operators of FTS5 or Lucene (AND OR NOT + - : ^ ~ ( )) — is taken as
// plain text, so a query can never reach an engine as an operator the user
// did not mean. Words are split as Lucene's standard tokenizer splits them
// (Unicode word boundaries, UAX #29) and folded to lower case.
func ParseSearch(text string) (SearchQuery, error) {
	q := SearchQuery{Text: text}
	bad := func(format string, a ...any) (SearchQuery, error) {
		err := fmt.Errorf("search %q: %w: "+format, append([]any{text, ErrBadQuery}, a...)...)
		return SearchQuery{}, hint.New(err, `search for words, "a phrase" or a prefix* (at least 2 letters), e.g. storygraph search '"peace talks" witk*'`)
	}
	if strings.TrimSpace(text) == "" {
		return bad("the query is empty")
	}
	if strings.Count(text, `"`)%2 != 0 {
		return bad("a quote is not closed")
	}
	stopped := 0
	for i, part := range strings.Split(text, `"`) {
		if i%2 == 1 { // inside quotes
			words := Words(part)
			if len(words) == 0 {
				continue
			}
			if !slices.ContainsFunc(words, func(w string) bool { return !stopWords[w] }) {
				stopped++
				continue
			}
			q.Terms = append(q.Terms, SearchTerm{Words: words})
			continue
		}
		for rest := part; rest != ""; {
			var seg string
			seg, rest, _ = uniseg.FirstWordInString(rest, -1)
			w := fold(seg)
			if w == "" {
				continue
			}
			if strings.HasPrefix(rest, "*") {
				if len([]rune(w)) < minPrefix {
					return bad("the prefix %q is shorter than %d letters", seg+"*", minPrefix)
				}
				q.Terms = append(q.Terms, SearchTerm{Words: []string{w}, Prefix: true})
				continue
			}
			if stopWords[w] {
				stopped++
				continue
			}
			q.Terms = append(q.Terms, SearchTerm{Words: []string{w}})
		}
	}
	if len(q.Terms) == 0 {
		if stopped > 0 {
			return bad("it has only stop words (the, of, and …), which are not searched")
		}
		return bad("it has no words")
	}
	// The same term twice would count twice in the score.
	q.Terms = slices.CompactFunc(sortedTerms(q.Terms), func(a, b SearchTerm) bool { return termKey(a) == termKey(b) })
	return q, nil
}

func termKey(t SearchTerm) string {
	k := strings.Join(t.Words, " ")
	if t.Prefix {
		k += "*"
	}
	return k
}

func sortedTerms(ts []SearchTerm) []SearchTerm {
	slices.SortStableFunc(ts, func(a, b SearchTerm) int { return strings.Compare(termKey(a), termKey(b)) })
	return ts
}

// Words splits text into the words search compares: Unicode word
// boundaries (UAX #29, as Lucene's standard tokenizer), segments with a
// letter or digit only, lower case, a possessive 's dropped.
func Words(text string) []string {
	if isASCII(text) {
		return asciiWords(text)
	}
	return unicodeWords(text)
}

func unicodeWords(text string) []string {
	var out []string
	for rest := text; rest != ""; {
		var seg string
		seg, rest, _ = uniseg.FirstWordInString(rest, -1)
		if w := fold(seg); w != "" {
			out = append(out, w)
		}
	}
	return out
}

// fold is one word segment as search compares it, or "" for a segment of
// punctuation or space.
func fold(seg string) string {
	if !strings.ContainsFunc(seg, func(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }) {
		return ""
	}
	w := strings.ToLower(seg)
	for _, s := range []string{"'s", "’s"} {
		if t, ok := strings.CutSuffix(w, s); ok && t != "" {
			return t
		}
	}
	return w
}

// Matches counts how often term t occurs in words (a phrase: its words in a
// row; a prefix: words that start with it).
func (t SearchTerm) Matches(words []string) int {
	n := 0
	for i := 0; i+len(t.Words) <= len(words); i++ {
		ok := true
		for j, w := range t.Words {
			if t.Prefix {
				ok = strings.HasPrefix(words[i+j], w)
			} else {
				ok = ok && words[i+j] == w
			}
		}
		if ok {
			n++
		}
	}
	return n
}

// Rank decides which candidates match and in what order, the same on
// every store. An event matches when every term occurs in its sentence or
// summary, or every term occurs in its article's title (the engines index
// events and titles apart, so a term in each does not make a match). Its
// score is the number of times the terms occur in the sentence, summary
// and title together. Hits come by score (highest first), then date
// (earliest first, undated last), article id and position in the article;
// at most limit of them (limit <= 0: all). Candidates that do not match,
// and duplicates, are dropped.
//
// Rank counts as Words splits and SearchTerm.Matches compares, but with
// one reused list of words that are pieces of the candidate's text
// (counter), not lower-cased copies, and keeps only the best limit hits
// as it goes (a store may hand it every event): TestRankAsWords holds it
// to Words and Matches.
func Rank(q SearchQuery, cands []SearchCandidate, limit int) []Ranked {
	ranked, _ := RankCapped(q, cands, SearchOptions{Limit: limit})
	return ranked
}

// RankCapped is Rank within o: with a Cap, only the first o.Cap matches
// in the order of equal scores are ranked, and capped reports that more
// matched.
func RankCapped(q SearchQuery, cands []SearchCandidate, o SearchOptions) (ranked []Ranked, capped bool) {
	r := newRanker(q, o, len(cands))
	for i := range cands {
		r.Add(&cands[i])
	}
	return r.Result()
}

// Ranker is Rank one candidate at a time, for a store that reads its
// candidates one by one: it keeps only the hits, and with a limit only the
// best limit of them, not every candidate read. With a Cap it keeps the
// first Cap+1 matches in the order of equal scores (at most twice that
// between trims); a store that adds its candidates in that order may stop
// once Full.
type Ranker struct {
	q      SearchQuery
	limit  int
	cap    int
	hits   []Ranked // with a limit and no cap, in order once there are limit of them
	full   bool     // with a cap: more than cap matches were added
	seen   map[string]struct{}
	titles map[string]int // an article's events share its title: where its counts start in titleCounts
	// titleCounts are the terms' counts in each title, len(q.Terms) a title
	titleCounts []int
	wc          counter
}

// NewRanker starts ranking for q within o, as RankCapped does.
func NewRanker(q SearchQuery, o SearchOptions) *Ranker { return newRanker(q, o, 0) }

func newRanker(q SearchQuery, o SearchOptions, size int) *Ranker {
	return &Ranker{q: q, limit: o.Limit, cap: max(o.Cap, 0), seen: make(map[string]struct{}, size), titles: map[string]int{}}
}

// Full reports that more than the Cap matches have been added. Only a
// store that adds its candidates in Rank's order of equal scores (date,
// article id, position) may stop then: the rest cannot be ranked.
func (r *Ranker) Full() bool { return r.full }

// Add ranks c, the next candidate; a hit kept is a copy of *c.
func (r *Ranker) Add(c *SearchCandidate) {
	if _, ok := r.seen[c.Key]; ok {
		return
	}
	r.seen[c.Key] = struct{}{}
	t, ok := r.titles[c.ArticleID]
	if !ok {
		t = len(r.titleCounts)
		r.titles[c.ArticleID] = t
		r.wc.reset()
		r.wc.add(c.Title)
		for _, term := range r.q.Terms {
			r.titleCounts = append(r.titleCounts, r.wc.matches(term))
		}
	}
	r.wc.reset()
	r.wc.add(c.Sentence)
	r.wc.sep() // a phrase does not run on into the summary
	r.wc.add(c.Summary)
	inText, inTitle, score := true, true, 0
	for k, term := range r.q.Terms {
		n, m := r.wc.matches(term), r.titleCounts[t+k]
		inText = inText && n > 0
		inTitle = inTitle && m > 0
		score += n + m
	}
	if !inText && !inTitle {
		return
	}
	h := Ranked{*c, score}
	if r.cap > 0 {
		// Every match is kept until the first cap+1 of them, in the order
		// of equal scores, are known; Result ranks the first cap.
		r.hits = append(r.hits, h)
		if len(r.hits) > r.cap {
			r.full = true
		}
		if len(r.hits) > 2*(r.cap+1) {
			slices.SortFunc(r.hits, compareKeys)
			r.hits = r.hits[:r.cap+1]
		}
		return
	}
	switch limit := r.limit; {
	case limit <= 0 || len(r.hits) < limit:
		r.hits = append(r.hits, h)
		if limit > 0 && len(r.hits) == limit {
			slices.SortFunc(r.hits, compareRanked)
		}
	case compareRanked(h, r.hits[limit-1]) < 0: // better than the worst kept
		at, _ := slices.BinarySearchFunc(r.hits, h, compareRanked)
		copy(r.hits[at+1:], r.hits[at:limit-1])
		r.hits[at] = h
	}
}

// Ranked is the hits of the candidates added, best first, as Rank returns
// them (with a Cap, of the first Cap matches).
func (r *Ranker) Ranked() []Ranked {
	ranked, _ := r.Result()
	return ranked
}

// Result is the hits of the candidates added, best first, as RankCapped
// returns them: with a Cap, the best of the first Cap matches in the
// order of equal scores, and whether more matched.
func (r *Ranker) Result() (ranked []Ranked, capped bool) {
	if r.cap > 0 && len(r.hits) > r.cap {
		slices.SortFunc(r.hits, compareKeys)
		r.hits, capped = r.hits[:r.cap], true
	}
	slices.SortFunc(r.hits, compareRanked)
	if r.limit > 0 && len(r.hits) > r.limit {
		r.hits = r.hits[:r.limit]
	}
	return r.hits, capped
}

// compareRanked is Rank's order of two hits: score (highest first), then
// compareKeys.
func compareRanked(a, b Ranked) int {
	if c := cmp.Compare(b.Score, a.Score); c != 0 {
		return c
	}
	return compareKeys(a, b)
}

// compareKeys is Rank's order of equal scores: date (earliest first,
// undated last), article id and position. No two events have the same
// article id and position. A Cap keeps the first matches in this order.
func compareKeys(a, b Ranked) int { return CompareCandidates(&a.SearchCandidate, &b.SearchCandidate) }

// CompareCandidates is Rank's order of equal scores, in which a store
// adds its candidates to a Ranker to stop once it is Full.
func CompareCandidates(a, b *SearchCandidate) int {
	if (a.Date == "") != (b.Date == "") {
		if a.Date == "" {
			return 1
		}
		return -1
	}
	if c := strings.Compare(a.Date, b.Date); c != 0 {
		return c
	}
	if c := strings.Compare(a.ArticleID, b.ArticleID); c != 0 {
		return c
	}
	return cmp.Compare(a.Ord, b.Ord)
}

// counter holds the words of a text as Words gives them, without a string
// a word: on ASCII text each word is a piece of the text itself, not
// lower-cased (matches compares as if it were), with a possessive 's
// dropped; other text is split by Words' own path. Rank reuses one for
// every candidate.
type counter struct {
	words []string
}

func (wc *counter) reset() { wc.words = wc.words[:0] }

// sep appends the word "\x00", which no term's word is, between the
// sentence and the summary, as Rank did with Words.
func (wc *counter) sep() { wc.words = append(wc.words, "\x00") }

// add appends the words of text: Words(text), each as it is in text on
// ASCII text (asciiWords without fold's lower-cased copies).
func (wc *counter) add(text string) {
	if !isASCII(text) {
		wc.words = append(wc.words, unicodeWords(text)...)
		return
	}
	for i, j := 0, 0; i < len(text); i = j {
		if j = asciiWordEnd(text, i); j == i {
			j++
			continue
		}
		if strings.Trim(text[i:j], "_") == "" {
			continue // fold: a segment of _ alone is no word
		}
		end := j
		if end-i > 2 && text[end-2] == '\'' && (text[end-1] == 's' || text[end-1] == 'S') {
			end -= 2 // fold: the possessive 's dropped
		}
		wc.words = append(wc.words, text[i:end])
	}
}

// matches is SearchTerm.Matches on the words added, as if lower-cased.
func (wc *counter) matches(t SearchTerm) int {
	n := 0
	for i := 0; i+len(t.Words) <= len(wc.words); i++ {
		ok := true
		for j, w := range t.Words {
			word := wc.words[i+j]
			if t.Prefix {
				ok = len(word) >= len(w) && lowerIs(word[:len(w)], w)
			} else {
				ok = ok && len(word) == len(w) && lowerIs(word, w)
			}
		}
		if ok {
			n++
		}
	}
	return n
}

// lowerIs reports whether word, its ASCII letters lower-cased, is w (of
// the same length). Words' lower case of a word is that: an ASCII word has
// no other letters, and a word of other text is lower-cased already.
func lowerIs(word, w string) bool {
	for k := 0; k < len(w); k++ {
		b := word[k]
		if 'A' <= b && b <= 'Z' {
			b += 'a' - 'A'
		}
		if b != w[k] {
			return false
		}
	}
	return true
}

// Hits pairs what Rank kept with the records a store read for them, by
// Key, in Rank's order; a record missing (deleted in between) is left out.
func Hits(ranked []Ranked, records map[string]timeline.Record) []SearchHit {
	out := make([]SearchHit, 0, len(ranked))
	for _, r := range ranked {
		if rec, ok := records[r.Key]; ok {
			out = append(out, SearchHit{Record: rec, Score: r.Score})
		}
	}
	return out
}

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			return false
		}
	}
	return true
}

// asciiWords is Words for ASCII text, four times faster (search ranks every
// candidate's text): the UAX #29 rules that apply to ASCII. Letters,
// digits and _ join (WB5, WB8–10, WB13a/b); a letter joins a letter across
// one : . or ' (WB6/7), a digit a digit across one , ; . or ' (WB11/12).
// TestASCIIWords holds it to the uniseg path.
func asciiWords(text string) []string {
	var out []string
	for i, j := 0, 0; i < len(text); i = j {
		if j = asciiWordEnd(text, i); j == i {
			j++
			continue
		}
		if w := fold(text[i:j]); w != "" {
			out = append(out, w)
		}
	}
	return out
}

// asciiWordEnd is the end of the word segment of ASCII text that starts at
// i, or i when text[i] starts none (punctuation or space).
func asciiWordEnd(text string, i int) int {
	word := func(b byte) bool { return isLetter(b) || isDigit(b) || b == '_' }
	if !word(text[i]) {
		return i
	}
	j := i + 1
	for j < len(text) {
		if word(text[j]) {
			j++
			continue
		}
		if j+1 < len(text) {
			prev, mid, next := text[j-1], text[j], text[j+1]
			if isLetter(prev) && isLetter(next) && (mid == ':' || mid == '.' || mid == '\'') ||
				isDigit(prev) && isDigit(next) && (mid == ',' || mid == ';' || mid == '.' || mid == '\'') {
				j += 2
				continue
			}
		}
		break
	}
	return j
}

func isLetter(b byte) bool { return 'a' <= b && b <= 'z' || 'A' <= b && b <= 'Z' }
func isDigit(b byte) bool  { return '0' <= b && b <= '9' }
