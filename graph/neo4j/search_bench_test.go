package neo4j_test

import (
	"context"
	"testing"

	"github.com/storygraph/storygraph/graph/neo4j"
	"github.com/storygraph/storygraph/graph/storetest"
)

// BenchmarkSearch measures search on a database of 100,000 generated
// events (storetest.BenchSearch), p50 and p99 of each kind of query, after
// 50 warm-up searches of each; the target is a p99 under 250 ms. It loads
// the corpus (a minute or more) unless the database holds it already (as
// BenchmarkAnalysis leaves it):
//
//	STORYGRAPH_TEST_NEO4J_URI=… STORYGRAPH_TEST_NEO4J_PASSWORD_FILE=… \
//	    go test -run '^$' -bench Search -benchtime 100x ./graph/neo4j/
func BenchmarkSearch(b *testing.B) {
	s, err := neo4j.Open(context.Background(), testConfig(b))
	if err != nil {
		b.Fatal(err)
	}
	defer s.Close()
	storetest.LoadBenchCorpus(b, s)
	storetest.BenchSearchWarm(b, s, 50)
}
