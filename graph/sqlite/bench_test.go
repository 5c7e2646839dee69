package sqlite_test

import (
	"context"
	"fmt"
	"path/filepath"
	"testing"
	"time"

	"github.com/storygraph/storygraph/graph/sqlite"
	"github.com/storygraph/storygraph/graph/storetest"
)

// BenchmarkPut measures ingest: 10,000 synthetic articles of 5 events and
// 8 entities each (drawn from a shared pool, as real news repeats the same
// people), put in batches of 500 into a new file, everything Put does
// included. It reports articles/s; the target is well over 2,000.
//
//	go test -run '^$' -bench Put -benchtime 3x ./graph/sqlite
func BenchmarkPut(b *testing.B) {
	const articles, batchSize = 10_000, 500
	corpus := storetest.Corpus(articles, 0)
	ctx := context.Background()
	var elapsed time.Duration
	for i := 0; b.Loop(); i++ {
		b.StopTimer()
		s, err := sqlite.Open(ctx, filepath.Join(b.TempDir(), fmt.Sprintf("bench%d.db", i)))
		if err != nil {
			b.Fatal(err)
		}
		b.StartTimer()
		start := time.Now()
		for lo := 0; lo < len(corpus); lo += batchSize {
			if _, err := s.Put(ctx, corpus[lo:min(lo+batchSize, len(corpus))]); err != nil {
				b.Fatal(err)
			}
		}
		elapsed += time.Since(start)
		b.StopTimer()
		s.Close()
		b.StartTimer()
	}
	b.ReportMetric(float64(articles*b.N)/elapsed.Seconds(), "articles/s")
}
