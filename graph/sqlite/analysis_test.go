package sqlite_test

import (
	"context"
	"path/filepath"
	"testing"

	"github.com/storygraph/storygraph/graph"
	"github.com/storygraph/storygraph/graph/sqlite"
	"github.com/storygraph/storygraph/graph/storetest"
)

func TestAnalysis(t *testing.T) {
	storetest.Analysis(t, func(t *testing.T) graph.Store {
		s, err := sqlite.Open(context.Background(), filepath.Join(t.TempDir(), "story.db"))
		if err != nil {
			t.Fatal(err)
		}
		return s
	})
}
