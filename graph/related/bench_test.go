package related_test

import (
	"context"
	"testing"

	"github.com/storygraph/storygraph/graph/related"
	"github.com/storygraph/storygraph/graph/storetest"
	"github.com/storygraph/storygraph/timeline"
)

// generated is the records of n generated articles (storetest.Corpus).
func generated(n int) []timeline.Record {
	var recs []timeline.Record
	for _, x := range storetest.Corpus(n, 10) {
		for _, e := range x.Events {
			recs = append(recs, timeline.Record{Event: e, Article: timeline.SourceOf(x.Article)})
		}
	}
	return recs
}

// BenchmarkLists ranks every article of 2,000 generated ones, as enrich
// --all does, on one goroutine.
func BenchmarkLists(b *testing.B) {
	ix := related.New(generated(2000), nil)
	b.ResetTimer()
	for range b.N {
		ix.Lists(context.Background(), ix.IDs(), related.Options{Limit: 5}, 1)
	}
}
