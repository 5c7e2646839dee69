package sqlite

import (
	"context"
	"path/filepath"
	"testing"

	"github.com/storygraph/storygraph/graph/storetest"
)

// A capped search read by date (byDate, which walkOver 0 makes every
// capped search take) gives Rank's answer over every event
// (storetest.SearchByDate).
func TestSearchByDate(t *testing.T) {
	s, err := Open(context.Background(), filepath.Join(t.TempDir(), "story.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	defer func(w int) { walkOver = w }(walkOver)
	walkOver = 0
	storetest.SearchByDate(t, s)
}
