package neo4j_test

import (
	"testing"

	"github.com/storygraph/storygraph/graph"
	"github.com/storygraph/storygraph/graph/storetest"
)

func TestRelations(t *testing.T) {
	storetest.Relations(t, func(t *testing.T) graph.Store { return open(t) })
}
