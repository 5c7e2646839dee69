package related_test

import (
	"testing"

	"github.com/storygraph/storygraph/graph/related"
	"github.com/storygraph/storygraph/graph/storetest"
	"github.com/storygraph/storygraph/timeline"
)

// BenchmarkLists ranks every article of 2,000 generated ones
// (storetest.Corpus), as enrich --all does, on one goroutine.
func BenchmarkLists(b *testing.B) {
	var recs []timeline.Record
	for _, x := range storetest.Corpus(2000, 10) {
		for _, e := range x.Events {
			recs = append(recs, timeline.Record{Event: e, Article: timeline.SourceOf(x.Article)})
		}
	}
	ix := related.New(recs, nil)
	b.ResetTimer()
	for range b.N {
		ix.Lists(ix.IDs(), related.Options{Limit: 5}, 1)
	}
}
