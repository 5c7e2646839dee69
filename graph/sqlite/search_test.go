package sqlite_test

import (
	"context"
	"database/sql"
	"path/filepath"
	"testing"

	"github.com/storygraph/storygraph/graph"
	"github.com/storygraph/storygraph/graph/sqlite"
	"github.com/storygraph/storygraph/graph/storetest"
)

func TestSearch(t *testing.T) {
	storetest.Search(t, func(t *testing.T) graph.Store {
		s, err := sqlite.Open(context.Background(), filepath.Join(t.TempDir(), "story.db"))
		if err != nil {
			t.Fatal(err)
		}
		return s
	})
}

// A file written before search (schema version 2) gets its events indexed
// by the migration.
func TestSearchMigrationIndexesExistingEvents(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "story.db")
	s, err := sqlite.Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := s.Put(ctx, storetest.Corpus(20, 0)); err != nil {
		t.Fatal(err)
	}
	s.Close()
	db, err := sql.Open("sqlite", path)
	if err != nil {
		t.Fatal(err)
	}
	// back to what version 2 had: no search index, no licence columns
	if _, err := db.Exec("DROP TRIGGER IF EXISTS event_text_insert; DROP TRIGGER event_text_delete; DROP TABLE event_text; " +
		"ALTER TABLE articles DROP COLUMN licence; ALTER TABLE articles DROP COLUMN attribution; PRAGMA user_version = 2"); err != nil {
		t.Fatal(err)
	}
	db.Close()
	if s, err = sqlite.Open(ctx, path); err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	q, _ := graph.ParseSearch(`"report 7"`)
	res, err := s.Search(ctx, q, graph.SearchOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Hits) != 5 {
		t.Errorf("after migrating, Search(%q) found %d events, want the 5 of article 7", q.Text, len(res.Hits))
	}
}

func TestStories(t *testing.T) {
	storetest.Stories(t, func(t *testing.T) graph.Store {
		s, err := sqlite.Open(context.Background(), filepath.Join(t.TempDir(), "story.db"))
		if err != nil {
			t.Fatal(err)
		}
		return s
	})
}

func TestAnalystQueries(t *testing.T) {
	storetest.AnalystQueries(t, func(t *testing.T) graph.Store {
		s, err := sqlite.Open(context.Background(), filepath.Join(t.TempDir(), "story.db"))
		if err != nil {
			t.Fatal(err)
		}
		return s
	})
}
