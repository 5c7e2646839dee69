package sqlite_test

import (
	"context"
	"path/filepath"
	"testing"

	"github.com/storygraph/storygraph/graph"
	"github.com/storygraph/storygraph/graph/sqlite"
	"github.com/storygraph/storygraph/graph/storetest"
)

// openTemp opens a new store in the test's temporary folder, for the
// conformance suites.
func openTemp(t *testing.T) graph.Store {
	s, err := sqlite.Open(context.Background(), filepath.Join(t.TempDir(), "story.db"))
	if err != nil {
		t.Fatal(err)
	}
	return s
}

func TestCatalog(t *testing.T) { storetest.Catalog(t, openTemp) }
