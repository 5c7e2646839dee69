package ingest_test

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/storygraph/storygraph/graph"
	"github.com/storygraph/storygraph/graph/ingest"
	"github.com/storygraph/storygraph/graph/sqlite"
	"github.com/storygraph/storygraph/seeds"
	"github.com/storygraph/storygraph/timeline"
	"github.com/storygraph/storygraph/timeline/article"
	"github.com/storygraph/storygraph/timeline/chronology"
	"github.com/storygraph/storygraph/timeline/extract"
	"github.com/storygraph/storygraph/timeline/gazetteer"
	"github.com/storygraph/storygraph/timeline/synth"
)

func extractor(t *testing.T) *extract.Extractor {
	t.Helper()
	g, err := gazetteer.LoadFS(seeds.FS(), seeds.GazetteerDir)
	if err != nil {
		t.Fatal(err)
	}
	return &extract.Extractor{Gazetteer: g}
}

// TestRunReportsAndGoesOn: bad inputs are reported in input order with
// their line, the good ones stored, and progress counts every input.
func TestRunReportsAndGoesOn(t *testing.T) {
	dir := t.TempDir()
	write := func(name, text string) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	lines := string(synth.JSONLine(1)) + "\n{broken\n\n" + string(synth.JSONLine(2)) + "\n"
	inputs, errs := extract.Expand([]string{write("a.jsonl", lines), write("empty.txt", ""), filepath.Join(dir, "missing.md"), write("b.md", "---\ntitle: B\npublished: 2026-01-05\n---\nOfficials met in Kyiv on Monday.\n")})
	if len(errs) != 1 || !strings.Contains(errs[0].Error(), "missing.md") {
		t.Fatalf("Expand errors = %v", errs)
	}
	st, err := sqlite.Open(context.Background(), filepath.Join(dir, "s.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	var reported []string
	var progress []int
	sum, err := ingest.Run(context.Background(), ingest.Options{Store: st, BatchSize: 1, Options: extract.Options{Extractor: extractor(t), Workers: 3,
		OnError:    func(e *article.Error) { reported = append(reported, e.Error()) },
		OnProgress: func(done, total int) { progress = append(progress, done*10+total) }}}, inputs)
	if err != nil {
		t.Fatal(err)
	}
	if sum.New != 3 || sum.Failed != 2 {
		t.Errorf("summary %+v, want 3 new and 2 failed", sum)
	}
	if len(reported) != 2 || !strings.Contains(reported[0], "a.jsonl:2") || !strings.Contains(reported[1], "empty.txt") {
		t.Errorf("reported %q, want a.jsonl:2 then empty.txt", reported)
	}
	if !cmp.Equal(progress, []int{13, 23, 33}) {
		t.Errorf("progress %v, want 1/3, 2/3, 3/3", progress)
	}
}

// TestRunIsDeterministic: whatever the number of workers, the store ends
// up with the same records.
func TestRunIsDeterministic(t *testing.T) {
	dir := t.TempDir()
	var names []string
	for i := 0; i < 60; i++ {
		name, data := synth.Article(i)
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, data, 0o644); err != nil {
			t.Fatal(err)
		}
		names = append(names, p)
	}
	inputs, _ := extract.Expand(names)
	x := extractor(t)
	var got [][]timeline.Record
	for _, workers := range []int{1, 4} {
		st, err := sqlite.Open(context.Background(), filepath.Join(dir, "w"+string(rune('0'+workers))+".db"))
		if err != nil {
			t.Fatal(err)
		}
		if _, err := ingest.Run(context.Background(), ingest.Options{Store: st, BatchSize: 7, Options: extract.Options{Extractor: x, Workers: workers}}, inputs); err != nil {
			t.Fatal(err)
		}
		recs, err := st.Events(context.Background(), graph.Filter{})
		if err != nil {
			t.Fatal(err)
		}
		st.Close()
		got = append(got, recs)
	}
	a := chronology.Chronology(got[0], chronology.ChronologyOptions{})
	b := chronology.Chronology(got[1], chronology.ChronologyOptions{})
	if len(a) == 0 || !cmp.Equal(a, b, cmp.AllowUnexported(chronology.Entry{})) {
		t.Errorf("1 and 4 workers give different chronologies (%d vs %d entries)", len(a), len(b))
	}
}
