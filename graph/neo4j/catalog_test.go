package neo4j_test

import (
	"context"
	"testing"

	"github.com/storygraph/storygraph/graph"
	"github.com/storygraph/storygraph/graph/neo4j"
	"github.com/storygraph/storygraph/graph/storetest"
)

func TestCatalog(t *testing.T) {
	testConfig(t)
	storetest.Catalog(t, func(t *testing.T) graph.Store { return open(t) })
}

// BenchmarkCatalog is graph/sqlite's BenchmarkCatalog on Neo4j; it loads
// the corpus (about a minute) unless the database holds it already:
//
//	STORYGRAPH_TEST_NEO4J_URI=… STORYGRAPH_TEST_NEO4J_PASSWORD_FILE=… \
//	    go test -run '^$' -bench Catalog -benchtime 100x ./graph/neo4j/
func BenchmarkCatalog(b *testing.B) {
	s, err := neo4j.Open(context.Background(), testConfig(b))
	if err != nil {
		b.Fatal(err)
	}
	defer s.Close()
	storetest.LoadBench(b, s)
	storetest.BenchCatalog(b, s)
}
