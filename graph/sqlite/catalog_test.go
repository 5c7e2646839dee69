package sqlite_test

import (
	"context"
	"os"
	"path/filepath"
	"testing"

	"github.com/storygraph/storygraph/graph"
	"github.com/storygraph/storygraph/graph/sqlite"
	"github.com/storygraph/storygraph/graph/storetest"
)

// openTemp opens a new store in the test's temporary folder, for the
// conformance suites.
func openTemp(t *testing.T) graph.Store {
	s, err := sqlite.Open(context.Background(), filepath.Join(t.TempDir(), "story.db"))
	if err != nil {
		t.Fatal(err)
	}
	return s
}

func TestCatalog(t *testing.T) { storetest.Catalog(t, openTemp) }

// BenchmarkCatalog measures entities list, articles list, topics, the
// unknown-name check and the new timeline filters on a store of 100,000
// generated events (storetest.BenchCatalog), p50 and p99 of each. It
// reuses STORYGRAPH_BENCH_DB as BenchmarkAnalysis does:
//
//	go test -run '^$' -bench Catalog -benchtime 100x ./graph/sqlite
func BenchmarkCatalog(b *testing.B) {
	path := os.Getenv("STORYGRAPH_BENCH_DB")
	if path == "" {
		path = filepath.Join(b.TempDir(), "bench.db")
	}
	s, err := sqlite.Open(context.Background(), path)
	if err != nil {
		b.Fatal(err)
	}
	defer s.Close()
	storetest.LoadBench(b, s)
	storetest.BenchCatalog(b, s)
}
