package sqlite_test

import (
	"context"
	"os"
	"path/filepath"
	"testing"

	"github.com/storygraph/storygraph/graph/sqlite"
	"github.com/storygraph/storygraph/graph/storetest"
)

// BenchmarkSearch measures search on a store of 100,000 generated events
// (storetest.BenchSearch), p50 and p99 of each kind of query; the target
// is a p99 under 100 ms. STORYGRAPH_BENCH_DB=FILE keeps the store in FILE
// and reuses it (as BenchmarkAnalysis does):
//
//	go test -run '^$' -bench Search -benchtime 100x ./graph/sqlite
func BenchmarkSearch(b *testing.B) {
	path := os.Getenv("STORYGRAPH_BENCH_DB")
	if path == "" {
		path = filepath.Join(b.TempDir(), "bench.db")
	}
	s, err := sqlite.Open(context.Background(), path)
	if err != nil {
		b.Fatal(err)
	}
	defer s.Close()
	storetest.LoadBenchCorpus(b, s)
	storetest.BenchSearch(b, s)
}
