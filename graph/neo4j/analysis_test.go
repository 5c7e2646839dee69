package neo4j_test

import (
	"context"
	"path/filepath"
	"testing"

	"github.com/storygraph/storygraph/graph"
	"github.com/storygraph/storygraph/graph/sqlite"
	"github.com/storygraph/storygraph/graph/storetest"
)

func TestAnalysis(t *testing.T) {
	testConfig(t)
	storetest.Analysis(t, func(t *testing.T) graph.Store { return open(t) })
}

// TestSameAnalysisOnBothStores: every answer of graph.Analysis is the
// same on SQLite and on Neo4j (storetest.SameAnalysis).
func TestSameAnalysisOnBothStores(t *testing.T) {
	n4 := open(t)
	defer n4.Close()
	lite, err := sqlite.Open(context.Background(), filepath.Join(t.TempDir(), "story.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer lite.Close()
	storetest.SameAnalysis(t, lite, n4)
}
