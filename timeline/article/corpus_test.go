package article

import (
	"os"
	"path/filepath"
	"testing"
)

// TestCorpus reads every file of a directory named by ARTICLE_CORPUS_DIR
// (e.g. shared/corpus) and checks the invariants; with -v it prints what
// was found. It is skipped when the variable is unset.
func TestCorpus(t *testing.T) {
	dir := os.Getenv("ARTICLE_CORPUS_DIR")
	if dir == "" {
		t.Skip("ARTICLE_CORPUS_DIR not set")
	}
	files, err := filepath.Glob(filepath.Join(dir, "*"))
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range files {
		if fi, err := os.Stat(f); err != nil || fi.IsDir() || filepath.Ext(f) == ".yaml" {
			continue
		}
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		docs, errs := Read(filepath.Base(f), data)
		checkInvariants(t, docs, errs)
		for _, e := range errs {
			t.Logf("%v (hint: %s)", e, e.Hint)
		}
		for _, d := range docs {
			t.Logf("%s [%s] title=%q source=%q author=%q published=%q category=%q ai=%v", d.Name, d.Format, d.Title, d.Source, d.Author, d.Published, d.Category, d.AIGenerated)
			for _, b := range d.Blocks {
				txt := b.Text
				if len(txt) > 70 {
					txt = txt[:70] + "…"
				}
				t.Logf("   %-9s %q", b.Kind, txt)
			}
		}
	}
}
