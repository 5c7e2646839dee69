package graph_test

import (
	stdcmp "cmp"
	"errors"
	"fmt"
	"math/rand/v2"
	"slices"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"

	"github.com/storygraph/storygraph/graph"
	"github.com/storygraph/storygraph/internal/hint"
)

func TestWords(t *testing.T) {
	for _, c := range []struct {
		text string
		want []string
	}{
		{"Zelensky's office said", []string{"zelensky", "office", "said"}},
		{"Zelensky’s U.S. visit, 3.5 hours", []string{"zelensky", "u.s", "visit", "3.5", "hours"}},
		{"O'Brien met (2026-01-22) at 12:00", []string{"o'brien", "met", "2026", "01", "22", "at", "12", "00"}},
		{"-- ... !!", nil},
		{"Київ і Харків", []string{"київ", "і", "харків"}},
	} {
		if diff := cmp.Diff(c.want, graph.Words(c.text)); diff != "" {
			t.Errorf("Words(%q) (-want +got):\n%s", c.text, diff)
		}
	}
}

func TestParseSearch(t *testing.T) {
	for _, c := range []struct {
		text string
		want []graph.SearchTerm
	}{
		{"Witkoff", []graph.SearchTerm{{Words: []string{"witkoff"}}}},
		{`"peace talks" witk*`, []graph.SearchTerm{{Words: []string{"peace", "talks"}}, {Words: []string{"witk"}, Prefix: true}}},
		{"the talks in the Kremlin", []graph.SearchTerm{{Words: []string{"kremlin"}}, {Words: []string{"talks"}}}},
		{`"the Kremlin"`, []graph.SearchTerm{{Words: []string{"the", "kremlin"}}}},
		{"talks AND NOT -heating OR (x:y)^2~", []graph.SearchTerm{{Words: []string{"2"}}, {Words: []string{"heating"}}, {Words: []string{"talks"}}, {Words: []string{"x:y"}}}},
		{"talks Talks TALKS", []graph.SearchTerm{{Words: []string{"talks"}}}},
	} {
		q, err := graph.ParseSearch(c.text)
		if err != nil {
			t.Errorf("ParseSearch(%q): %v", c.text, err)
			continue
		}
		if diff := cmp.Diff(c.want, q.Terms); diff != "" {
			t.Errorf("ParseSearch(%q) (-want +got):\n%s", c.text, diff)
		}
	}
	for _, text := range []string{"", "   ", "the of and", `"the of"`, `"unclosed`, "a*", "--- !!"} {
		_, err := graph.ParseSearch(text)
		if !errors.Is(err, graph.ErrBadQuery) || hint.Of(err) == "" {
			t.Errorf("ParseSearch(%q) = %v; want graph.ErrBadQuery with a hint", text, err)
		}
	}
}

func TestRank(t *testing.T) {
	q, _ := graph.ParseSearch("talks")
	c := func(article string, ord int, date, sentence string) graph.SearchCandidate {
		return graph.SearchCandidate{Key: fmt.Sprint(article, ord), ArticleID: article, Ord: ord, Date: date, Sentence: sentence}
	}
	got := graph.Rank(q, []graph.SearchCandidate{
		c("b", 0, "2026-01-02", "talks"),
		c("a", 1, "", "talks and talks"),
		c("a", 0, "2026-01-02", "talks"),
		c("a", 0, "2026-01-02", "talks"), // a duplicate candidate
		c("c", 0, "2026-01-01", "talk"),  // not a match
		c("c", 1, "2026-01-01", "talks"),
	}, 0)
	var keys []string
	for _, h := range got {
		keys = append(keys, fmt.Sprint(h.Key, " ", h.Score))
	}
	if diff := cmp.Diff([]string{"a1 2", "c1 1", "a0 1", "b0 1"}, keys); diff != "" {
		t.Errorf("Rank order (-want +got):\n%s", diff)
	}
	if got := graph.Rank(q, []graph.SearchCandidate{c("b", 0, "", "talks"), c("a", 0, "", "talks")}, 1); len(got) != 1 || got[0].Key != "a0" {
		t.Errorf("Rank with limit 1 = %+v, want a0 alone", got)
	}
}

// asciiWords, the fast path, splits exactly as the UAX #29 library does.
func TestASCIIWords(t *testing.T) {
	texts := []string{"O'Brien's U.S. visit: 3.5 hours, 1,000 km; x:y a_b _c 12:00 a.b.c a..b 1;2 ab'", "it's", "__", "a'1", "1.a"}
	r := rand.New(rand.NewPCG(9, 9))
	const alphabet = "aZq09_.:',; -\"!x\n"
	for range 20000 {
		b := make([]byte, 1+r.IntN(12))
		for i := range b {
			b[i] = alphabet[r.IntN(len(alphabet))]
		}
		texts = append(texts, string(b))
	}
	for _, text := range texts {
		if got, want := graph.Words(text), graph.UnicodeWords(text); !slices.Equal(got, want) {
			t.Fatalf("Words(%q) = %q, the UAX #29 library says %q", text, got, want)
		}
	}
}

// rankAsWords is Rank as it was before counter: Words and Matches on every
// candidate, all hits sorted (in Rank's order, which the stores' suite
// checks). TestRankAsWords holds Rank to it.
func rankAsWords(q graph.SearchQuery, cands []graph.SearchCandidate, limit int) []graph.Ranked {
	var hits []graph.Ranked
	seen := map[string]bool{}
	titles := map[string][]string{}
	for _, c := range cands {
		if seen[c.Key] {
			continue
		}
		seen[c.Key] = true
		text := append(graph.Words(c.Sentence), "\x00")
		text = append(text, graph.Words(c.Summary)...)
		title, ok := titles[c.ArticleID]
		if !ok {
			title = graph.Words(c.Title)
			titles[c.ArticleID] = title
		}
		inText, inTitle, score := true, true, 0
		for _, t := range q.Terms {
			n, m := t.Matches(text), t.Matches(title)
			inText = inText && n > 0
			inTitle = inTitle && m > 0
			score += n + m
		}
		if inText || inTitle {
			hits = append(hits, graph.Ranked{SearchCandidate: c, Score: score})
		}
	}
	slices.SortFunc(hits, graph.CompareRanked)
	if limit > 0 && len(hits) > limit {
		hits = hits[:limit]
	}
	return hits
}

// Rank's counting without a string a word finds the same hits, scores and
// order as Words and Matches, on random texts of the characters Words
// treats apart (case, joiners, possessives, non-ASCII, the separator
// "\x00") and random words, phrases and prefixes, with and without a limit.
func TestRankAsWords(t *testing.T) {
	r := rand.New(rand.NewPCG(13, 13))
	vocab := []string{"Talks", "talks", "talk", "TALKS", "Zelensky's", "zelensky’s", "O'Brien's", "o'brien", "U.S.", "u.s",
		"3.5", "1,000", "12:00", "x:y", "a_b", "__", "_", "it's", "IT'S", "'s", "Київ", "київ", "Ünal", "ünal's", "met", "\x00", "s"}
	seps := []string{" ", " ", ", ", ". ", "'", "-", ":", "\n", "", "’", "..."}
	text := func() string {
		var b strings.Builder
		for range r.IntN(8) {
			b.WriteString(vocab[r.IntN(len(vocab))])
			b.WriteString(seps[r.IntN(len(seps))])
		}
		return b.String()
	}
	queries := []string{"talks", "TALKS talk", `"talks talks"`, `"met talks" zelensky`, "tal*", "zel* o'brien", "u.s", "3.5 12",
		"x:y a_b", "київ", "ки*", "ünal", `"it talks"`, "it* talks", "ta* o'b*", "o'brien's", "1,000"}
	for round := range 100 {
		cands := make([]graph.SearchCandidate, r.IntN(60))
		for i := range cands {
			// a key is one event, one article and position: Rank's order
			// is total on events, not on candidates that only tie
			k := r.IntN(50)
			art := fmt.Sprint("a", k%8)
			cands[i] = graph.SearchCandidate{Key: fmt.Sprint("k", k), ArticleID: art, Ord: k / 8,
				Date:     []string{"", "2026-01-01", "2026-01-02", "2025-12"}[r.IntN(4)],
				Sentence: text(), Summary: text(), Title: "title of " + art + " " + text()}
		}
		for _, text := range queries {
			q, err := graph.ParseSearch(text)
			if err != nil {
				t.Fatalf("ParseSearch(%q): %v", text, err)
			}
			for _, limit := range []int{0, 1, 3, 20} {
				want, got := rankAsWords(q, cands, limit), graph.Rank(q, cands, limit)
				if len(want) == 0 {
					want = []graph.Ranked{}
				}
				if diff := cmp.Diff(want, got, cmpopts.EquateEmpty()); diff != "" {
					t.Fatalf("round %d: Rank(%q, limit %d) (-as Words +got):\n%s", round, text, limit, diff)
				}
			}
		}
	}
}

// RankCapped ranks the first Cap matches in the order of equal scores
// (date, undated last, article id, position) and no other, whatever order
// the candidates come in: Rank over those matches alone, as Words and
// Matches find them, and capped exactly when more matched.
func TestRankCapped(t *testing.T) {
	r := rand.New(rand.NewPCG(21, 21))
	words := []string{"talks", "Talks", "talk", "peace", "met", "the", "talks'", "zelensky's"}
	text := func() string {
		var b strings.Builder
		for range r.IntN(6) {
			b.WriteString(words[r.IntN(len(words))] + " ")
		}
		return b.String()
	}
	byKeys := func(a, b graph.Ranked) int {
		if (a.Date == "") != (b.Date == "") {
			if a.Date == "" {
				return 1
			}
			return -1
		}
		return stdcmp.Or(strings.Compare(a.Date, b.Date), strings.Compare(a.ArticleID, b.ArticleID), a.Ord-b.Ord)
	}
	for round := range 200 {
		cands := make([]graph.SearchCandidate, r.IntN(80))
		for i := range cands {
			art := fmt.Sprint("a", r.IntN(10))
			cands[i] = graph.SearchCandidate{Key: fmt.Sprint(art, "#", i), ArticleID: art, Ord: i,
				Date:     []string{"", "2026-01-01", "2026-01-02", "2025-12", "2026"}[r.IntN(5)],
				Sentence: text(), Summary: text(), Title: "title of " + art}
		}
		for _, text := range []string{"talks", "talks peace", `"peace talks"`, "tal*", "zelensky met"} {
			q, _ := graph.ParseSearch(text)
			all := rankAsWords(q, cands, 0)
			for _, o := range []graph.SearchOptions{{Cap: 1}, {Cap: 5}, {Limit: 3, Cap: 5}, {Limit: 20, Cap: 12}, {Limit: 2, Cap: 200}, {Limit: 4}} {
				first := slices.Clone(all)
				slices.SortFunc(first, byKeys)
				wantCapped := o.Cap > 0 && len(first) > o.Cap
				if wantCapped {
					first = first[:o.Cap]
				}
				slices.SortFunc(first, graph.CompareRanked)
				if o.Limit > 0 && len(first) > o.Limit {
					first = first[:o.Limit]
				}
				shuffled := slices.Clone(cands)
				r.Shuffle(len(shuffled), func(i, j int) { shuffled[i], shuffled[j] = shuffled[j], shuffled[i] })
				for _, in := range [][]graph.SearchCandidate{cands, shuffled} {
					got, capped := graph.RankCapped(q, in, o)
					if diff := cmp.Diff(first, got, cmpopts.EquateEmpty()); diff != "" || capped != wantCapped {
						t.Fatalf("round %d: RankCapped(%q, %+v) capped %v, want %v (-want +got):\n%s", round, text, o, capped, wantCapped, diff)
					}
				}
			}
		}
	}
}
