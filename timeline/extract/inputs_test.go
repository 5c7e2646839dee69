package extract_test

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
	"time"

	"github.com/storygraph/storygraph/seeds"
	"github.com/storygraph/storygraph/timeline"
	"github.com/storygraph/storygraph/timeline/article"
	"github.com/storygraph/storygraph/timeline/extract"
	"github.com/storygraph/storygraph/timeline/gazetteer"
	"github.com/storygraph/storygraph/timeline/synth"
)

func newExtractor(t *testing.T) *extract.Extractor {
	t.Helper()
	g, err := gazetteer.LoadFS(seeds.FS(), seeds.GazetteerDir)
	if err != nil {
		t.Fatal(err)
	}
	return &extract.Extractor{Gazetteer: g}
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
	x := newExtractor(t)
	var titles []string
	opts := extract.Options{Extractor: x, Workers: 2}
	failed, err := extract.Each(context.Background(), opts, []extract.Input{{Name: p, Path: p}}, func(doc *article.Doc, ex *timeline.Extraction) error {
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
	_, err = extract.Each(context.Background(), opts, []extract.Input{{Name: p, Path: p}}, func(*article.Doc, *timeline.Extraction) error {
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
