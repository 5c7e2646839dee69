package related_test

import (
	"context"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/storygraph/storygraph/graph/related"
	"github.com/storygraph/storygraph/graph/sqlite"
	"github.com/storygraph/storygraph/seeds"
	"github.com/storygraph/storygraph/timeline"
	"github.com/storygraph/storygraph/timeline/article"
	"github.com/storygraph/storygraph/timeline/extract"
	"github.com/storygraph/storygraph/timeline/gazetteer"
)

// story is the story a corpus file belongs to, from its name: A01… and the
// sample (000_…, the Davos peace talks) are story A, the Russia-Ukraine
// peace negotiations; B01… is story B, Artemis II; MT-apple-… is Apple
// (meantime-apple and timelines-apple hold the same 30 Wikinews articles,
// stored once under their shared URL).
func story(file string) string {
	switch {
	case strings.HasPrefix(file, "000_"), strings.HasPrefix(file, "A"):
		return "A"
	case strings.HasPrefix(file, "MT-apple"):
		return "apple"
	}
	return file[:1]
}

// TestCorpusPrecision measures the ranking on the evaluation corpus
// (../shared/corpus/*.txt with meantime-apple and timelines-apple, ingested
// together into a SQLite store), and fails below the bar:
//
//   - precision@3: for every article, the share of its top three related
//     that are from its own story, out of min(3, the story's other
//     articles), averaged over the articles: at least 0.9;
//   - happenings first: within a story, for each article, every pair of
//     its related (same story) where one shares a happening and the other
//     only names, the share of pairs where the happening ranks above: 1.
//
// Run with CI=true go test ./graph/related -run Corpus -v to see the figures.
func TestCorpusPrecision(t *testing.T) {
	dir := filepath.Join("..", "..", "..", "shared", "corpus")
	if os.Getenv("CI") == "" {
		t.Skip("reads ../shared/corpus: set CI=true")
	}
	var files []string
	for _, p := range []string{"*.txt", "meantime-apple/*.txt", "timelines-apple/*.txt"} {
		m, _ := filepath.Glob(filepath.Join(dir, p))
		files = append(files, m...)
	}
	if len(files) < 60 {
		t.Fatalf("only %d corpus texts under %s", len(files), dir)
	}
	g, err := gazetteer.LoadFS(seeds.FS(), seeds.GazetteerDir)
	if err != nil {
		t.Fatal(err)
	}
	x := &extract.Extractor{Gazetteer: g}
	ctx := context.Background()
	st, err := sqlite.Open(ctx, filepath.Join(t.TempDir(), "corpus.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	storyOf := map[string]string{}
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		docs, errs := article.Read(f, data)
		if len(errs) > 0 || len(docs) != 1 {
			t.Fatalf("%s: %d articles, %v", f, len(docs), errs)
		}
		ex := x.Extract(&docs[0])
		if _, err := st.Put(ctx, []*timeline.Extraction{ex}); err != nil {
			t.Fatal(err)
		}
		storyOf[ex.Article.ID] = story(filepath.Base(f))
	}
	ix, err := related.Load(ctx, st, g.Countries())
	if err != nil {
		t.Fatal(err)
	}
	size := map[string]int{}
	for _, id := range ix.IDs() {
		size[storyOf[id]]++
	}
	var prec float64
	var n, pairs, good int
	for _, id := range ix.IDs() {
		l, _ := ix.Rank(id, related.Options{})
		want := min(3, size[storyOf[id]]-1)
		if want <= 0 {
			continue
		}
		hits := 0
		var top []string
		for i, r := range l.Related {
			if i >= 3 {
				break
			}
			top = append(top, storyOf[r.Article.ID]+" "+r.Article.Title)
			if storyOf[r.Article.ID] == storyOf[id] {
				hits++
			}
		}
		prec += float64(min(hits, want)) / float64(want)
		n++
		if hits < want {
			t.Logf("%s %q: top three %q", storyOf[id], l.Article.Title, top)
		}
		// a related of the same story sharing a happening above every one
		// sharing only names
		for i, a := range l.Related {
			for _, b := range l.Related[i+1:] {
				if storyOf[a.Article.ID] != storyOf[id] || storyOf[b.Article.ID] != storyOf[id] {
					continue
				}
				ha, hb := happens(a), happens(b)
				if ha == hb {
					continue
				}
				pairs++
				if ha {
					good++
				} else {
					t.Logf("%q: %q (names only, %.2f) ranks above %q (%v, %.2f)", l.Article.Title, a.Article.Title, a.Score, b.Article.Title, b.Reasons, b.Score)
				}
			}
		}
	}
	prec /= float64(n)
	t.Logf("%d articles (%v); precision@3 %.3f; happenings above names in %d of %d pairs", n, size, prec, good, pairs)
	if prec < 0.9 {
		t.Errorf("precision@3 = %.3f, want at least 0.9", prec)
	}
	if good != pairs {
		t.Errorf("a related sharing only names ranks above one sharing a happening in %d of %d pairs", pairs-good, pairs)
	}
}

func happens(l related.Link) bool {
	return slices.ContainsFunc(l.Reasons, func(r string) bool { return strings.HasPrefix(r, "both report ") })
}
