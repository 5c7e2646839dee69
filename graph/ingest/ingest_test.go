package ingest_test

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/storygraph/storygraph/graph"
	"github.com/storygraph/storygraph/graph/ingest"
	"github.com/storygraph/storygraph/graph/sqlite"
	"github.com/storygraph/storygraph/seeds"
	"github.com/storygraph/storygraph/timeline"
	"github.com/storygraph/storygraph/timeline/article"
	"github.com/storygraph/storygraph/timeline/gazetteer"
	"github.com/storygraph/storygraph/timeline/synth"
)

func extractor(t *testing.T) *timeline.Extractor {
	t.Helper()
	g, err := gazetteer.LoadFS(seeds.FS(), seeds.GazetteerDir)
	if err != nil {
		t.Fatal(err)
	}
	return &timeline.Extractor{Gazetteer: g}
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
	inputs, errs := ingest.Expand([]string{write("a.jsonl", lines), write("empty.txt", ""), filepath.Join(dir, "missing.md"), write("b.md", "---\ntitle: B\npublished: 2026-01-05\n---\nOfficials met in Kyiv on Monday.\n")})
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
	sum, err := ingest.Run(context.Background(), ingest.Options{Store: st, Extractor: extractor(t), Workers: 3, BatchSize: 1,
		OnError:    func(e *article.Error) { reported = append(reported, e.Error()) },
		OnProgress: func(done, total int) { progress = append(progress, done*10+total) }}, inputs)
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
	inputs, _ := ingest.Expand(names)
	x := extractor(t)
	var got [][]timeline.Record
	for _, workers := range []int{1, 4} {
		st, err := sqlite.Open(context.Background(), filepath.Join(dir, "w"+string(rune('0'+workers))+".db"))
		if err != nil {
			t.Fatal(err)
		}
		if _, err := ingest.Run(context.Background(), ingest.Options{Store: st, Extractor: x, Workers: workers, BatchSize: 7}, inputs); err != nil {
			t.Fatal(err)
		}
		recs, err := st.Events(context.Background(), graph.Filter{})
		if err != nil {
			t.Fatal(err)
		}
		st.Close()
		got = append(got, recs)
	}
	a := timeline.Chronology(got[0], timeline.ChronologyOptions{})
	b := timeline.Chronology(got[1], timeline.ChronologyOptions{})
	if len(a) == 0 || !cmp.Equal(a, b, cmp.AllowUnexported(timeline.Entry{})) {
		t.Errorf("1 and 4 workers give different chronologies (%d vs %d entries)", len(a), len(b))
	}
}

// TestEachInOrderAndStops: Each hands articles on in input order whatever
// the number of workers, and an error from the callback stops it at once
// and is returned, with no goroutine left behind.
func TestEachInOrderAndStops(t *testing.T) {
	dir := t.TempDir()
	var stream strings.Builder
	var want []string
	for i := 1; i <= 300; i++ {
		line := synth.JSONLine(i)
		stream.Write(line)
		stream.WriteByte('\n')
		want = append(want, string(line))
	}
	p := filepath.Join(dir, "many.jsonl")
	if err := os.WriteFile(p, []byte(stream.String()), 0o644); err != nil {
		t.Fatal(err)
	}
	x := extractor(t)
	var titles []string
	opts := ingest.Options{Extractor: x, Workers: 2}
	failed, err := ingest.Each(context.Background(), opts, []ingest.Input{{Name: p, Path: p}}, func(doc *article.Doc, ex *timeline.Extraction) error {
		titles = append(titles, ex.Article.Title)
		return nil
	})
	if err != nil || failed != 0 {
		t.Fatalf("Each = %d failed, %v", failed, err)
	}
	if len(titles) != len(want) {
		t.Fatalf("got %d articles, want %d", len(titles), len(want))
	}
	for i, title := range titles {
		if !strings.Contains(want[i], title) {
			t.Fatalf("article %d is %q: out of input order", i, title)
		}
	}

	stop := errors.New("enough")
	seen := 0
	before := runtime.NumGoroutine()
	_, err = ingest.Each(context.Background(), opts, []ingest.Input{{Name: p, Path: p}}, func(*article.Doc, *timeline.Extraction) error {
		seen++
		if seen == 3 {
			return stop
		}
		return nil
	})
	if !errors.Is(err, stop) || seen != 3 {
		t.Fatalf("after a callback error: err %v, %d calls; want %v after 3", err, seen, stop)
	}
	// Each has drained its workers; give the last of them a moment to return.
	for i := 0; runtime.NumGoroutine() > before && i < 100; i++ {
		time.Sleep(10 * time.Millisecond)
	}
	if n := runtime.NumGoroutine(); n > before {
		t.Fatalf("%d goroutines after Each returned, %d before", n, before)
	}
}
