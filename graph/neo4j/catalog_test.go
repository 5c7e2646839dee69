package neo4j_test

import (
	"testing"

	"github.com/storygraph/storygraph/graph"
	"github.com/storygraph/storygraph/graph/storetest"
)

func TestCatalog(t *testing.T) {
	testConfig(t)
	storetest.Catalog(t, func(t *testing.T) graph.Store { return open(t) })
}
