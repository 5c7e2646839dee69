// Package corpus loads the evaluation corpus beside the repository
// (../shared/corpus) for the tests of timeline's packages, the one way
// they all read it: extracted with the built-in gazetteer, as records.
package corpus

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/storygraph/storygraph/seeds"
	"github.com/storygraph/storygraph/timeline"
	"github.com/storygraph/storygraph/timeline/article"
	"github.com/storygraph/storygraph/timeline/extract"
	"github.com/storygraph/storygraph/timeline/gazetteer"
)

// Records reads the corpus texts whose names match pattern ("A*.txt"),
// extracts them and returns their records, each text's article ID by the
// first three letters of its file name ("A09"), and the gazetteer. It
// skips t when the corpus is absent, except in CI (CI set), where it
// fails: a CI run must never pass by skipping.
func Records(t testing.TB, pattern string) ([]timeline.Record, map[string]string, *gazetteer.Gazetteer) {
	t.Helper()
	dir := dir(t)
	names, _ := filepath.Glob(filepath.Join(dir, pattern))
	if len(names) == 0 {
		if os.Getenv("CI") != "" {
			t.Fatalf("no corpus at %s in CI", dir)
		}
		t.Skipf("no evaluation corpus at %s", dir)
	}
	g, err := gazetteer.LoadFS(seeds.FS(), seeds.GazetteerDir)
	if err != nil {
		t.Fatal(err)
	}
	x := &extract.Extractor{Gazetteer: g}
	var recs []timeline.Record
	idOf := map[string]string{}
	for _, n := range names {
		data, err := os.ReadFile(n)
		if err != nil {
			t.Fatal(err)
		}
		docs, _ := article.Read(n, data)
		for i := range docs {
			ex := x.Extract(&docs[i])
			idOf[filepath.Base(n)[:3]] = ex.Article.ID
			for _, e := range ex.Events {
				recs = append(recs, timeline.Record{Event: e, Article: timeline.SourceOf(ex.Article)})
			}
		}
	}
	return recs, idOf, g
}

// dir is ../shared/corpus beside the module's root.
func dir(t testing.TB) string {
	return filepath.Join(moduleRoot(t), "..", "shared", "corpus")
}

// moduleRoot is the directory of go.mod, found from the test's working
// directory upwards.
func moduleRoot(t testing.TB) string {
	wd, err := os.Getwd()
	if err != nil {
		t.Fatal(err)
	}
	for d := wd; ; d = filepath.Dir(d) {
		if _, err := os.Stat(filepath.Join(d, "go.mod")); err == nil {
			return d
		}
		if filepath.Dir(d) == d {
			t.Fatalf("no go.mod above %s", wd)
		}
	}
}
