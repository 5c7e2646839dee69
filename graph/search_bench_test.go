package graph_test

import (
	"fmt"
	"testing"

	"github.com/storygraph/storygraph/graph"
)

// BenchmarkRank ranks 10,000 candidates of the shape of the stores'
// benchmark corpus for a query of two words in every sentence, limit 20.
func BenchmarkRank(b *testing.B) {
	cands := make([]graph.SearchCandidate, 10000)
	for i := range cands {
		name := fmt.Sprintf("Person %c%c Number%d", 'A'+i%26, 'a'+i/26%26, i%400)
		cands[i] = graph.SearchCandidate{Key: fmt.Sprint(i), ArticleID: fmt.Sprint(i / 5), Ord: i % 5, Date: fmt.Sprintf("2025-%02d-%02d", 1+i%12, 1+i%28),
			Sentence: name + " met Person Bb Number7 in City Cc Number9 on Thursday to discuss the proposals, officials said, " +
				"in talks that lasted several hours and ended without a joint statement.",
			Summary: name + " met Person Bb Number7 in City Cc Number9", Title: fmt.Sprintf("Talks resume as envoys meet, report %d", i/5)}
	}
	q, _ := graph.ParseSearch("proposals officials")
	b.ReportAllocs()
	for b.Loop() {
		graph.Rank(q, cands, 20)
	}
}
