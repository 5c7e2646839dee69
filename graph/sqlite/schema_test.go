package sqlite_test

import (
	"context"
	"database/sql"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/storygraph/storygraph/graph/sqlite"
	"github.com/storygraph/storygraph/internal/hint"
	"github.com/storygraph/storygraph/timeline"
)

func TestOpenMigratesAnEmptyFile(t *testing.T) {
	path := filepath.Join(t.TempDir(), "story.db")
	if err := os.WriteFile(path, nil, 0o644); err != nil {
		t.Fatal(err)
	}
	s, err := sqlite.Open(context.Background(), path)
	if err != nil {
		t.Fatalf("Open of an empty file: %v", err)
	}
	defer s.Close()
	if _, err := s.Put(context.Background(), []*timeline.Extraction{extraction("a")}); err != nil {
		t.Fatalf("Put after migration: %v", err)
	}
}

func TestOpenSetsSchemaVersion(t *testing.T) {
	path := filepath.Join(t.TempDir(), "story.db")
	s, err := sqlite.Open(context.Background(), path)
	if err != nil {
		t.Fatal(err)
	}
	s.Close()
	if v := userVersion(t, path, -1); v != 6 {
		t.Errorf("user_version = %d, want 6", v)
	}
}

func TestOpenRefusesANewerSchema(t *testing.T) {
	path := filepath.Join(t.TempDir(), "story.db")
	userVersion(t, path, 99)
	s, err := sqlite.Open(context.Background(), path)
	if err == nil {
		s.Close()
		t.Fatal("Open of a file from a newer storygraph succeeded")
	}
	for _, w := range []string{path, "newer"} {
		if !strings.Contains(err.Error(), w) {
			t.Errorf("error %q does not say %q", err, w)
		}
	}
	if h := hint.Of(err); !strings.Contains(h, "upgrade storygraph") {
		t.Errorf("hint %q does not say to upgrade storygraph", h)
	}
}

// userVersion sets PRAGMA user_version of the file at path when set >= 0,
// and returns it.
func userVersion(t *testing.T, path string, set int) int {
	t.Helper()
	db, err := sql.Open("sqlite", path) // the driver graph/sqlite registers
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	if set >= 0 {
		if _, err := db.Exec(fmt.Sprintf("PRAGMA user_version = %d", set)); err != nil {
			t.Fatal(err)
		}
	}
	var v int
	if err := db.QueryRow("PRAGMA user_version").Scan(&v); err != nil {
		t.Fatal(err)
	}
	return v
}
