package sqlite_test

import (
	"context"
	"os"
	"path/filepath"
	"testing"

	"github.com/storygraph/storygraph/graph/sqlite"
	"github.com/storygraph/storygraph/graph/storetest"
)

// BenchmarkAnalysis measures entity, network --depth 2 and path on a store
// of 100,000 generated events (storetest.BenchAnalysis), p50 and p99 of
// each; the target is a p99 under 100 ms. Building the store takes about
// ten seconds:
//
//	go test -run '^$' -bench Analysis -benchtime 200x ./graph/sqlite
//
// STORYGRAPH_BENCH_DB=FILE keeps the store in FILE and reuses it when it
// exists, to look at the queries in the sqlite3 shell or measure again.
func BenchmarkAnalysis(b *testing.B) {
	ctx := context.Background()
	path := os.Getenv("STORYGRAPH_BENCH_DB")
	if path == "" {
		path = filepath.Join(b.TempDir(), "bench.db")
	}
	_, statErr := os.Stat(path)
	s, err := sqlite.Open(ctx, path)
	if err != nil {
		b.Fatal(err)
	}
	defer s.Close()
	corpus := storetest.Corpus(storetest.BenchAnalysisEvents/5, 10)
	if statErr == nil {
		corpus = nil // stored before
	}
	for lo := 0; lo < len(corpus); lo += s.BatchSize() {
		if _, err := s.Put(ctx, corpus[lo:min(lo+s.BatchSize(), len(corpus))]); err != nil {
			b.Fatal(err)
		}
	}
	storetest.BenchAnalysis(b, s)
}
