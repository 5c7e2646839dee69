package neo4j_test

import (
	"testing"

	"github.com/storygraph/storygraph/graph"
	"github.com/storygraph/storygraph/graph/storetest"
)

func TestAnalysis(t *testing.T) {
	testConfig(t)
	storetest.Analysis(t, func(t *testing.T) graph.Store { return open(t) })
}
