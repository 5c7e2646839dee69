package sqlite_test

import (
	"context"
	"database/sql"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/storygraph/storygraph/graph"
	"github.com/storygraph/storygraph/graph/sqlite"
	"github.com/storygraph/storygraph/graph/storetest"
	"github.com/storygraph/storygraph/internal/hint"
	"github.com/storygraph/storygraph/timeline"
)

func TestConformance(t *testing.T) {
	storetest.Run(t, func(t *testing.T) graph.Store {
		s, err := sqlite.Open(context.Background(), filepath.Join(t.TempDir(), "story.db"))
		if err != nil {
			t.Fatal(err)
		}
		return s
	})
}

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
	if v := userVersion(t, path, -1); v != 2 {
		t.Errorf("user_version = %d, want 2", v)
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

func TestReopenKeepsData(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "story.db")
	s, err := sqlite.Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := s.Put(ctx, []*timeline.Extraction{extraction("a"), extraction("b")}); err != nil {
		t.Fatal(err)
	}
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	s, err = sqlite.Open(ctx, path)
	if err != nil {
		t.Fatalf("reopen: %v", err)
	}
	defer s.Close()
	st, err := s.Stats(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if st.Articles != 2 || st.Events != 2 {
		t.Errorf("after reopening, Stats = %+v, want 2 articles and 2 events", st)
	}
	out, err := s.Put(ctx, []*timeline.Extraction{extraction("a")})
	if err != nil || out[0] != graph.Unchanged {
		t.Errorf("Put of a stored article after reopening = %v, %v; want unchanged", out, err)
	}
}

// Two stores on one file, as two storygraph processes would be: both see
// the other's writes.
func TestTwoStoresOneFile(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "story.db")
	a, err := sqlite.Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	defer a.Close()
	b, err := sqlite.Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	defer b.Close()
	if _, err := a.Put(ctx, []*timeline.Extraction{extraction("a")}); err != nil {
		t.Fatal(err)
	}
	if _, err := b.Put(ctx, []*timeline.Extraction{extraction("b")}); err != nil {
		t.Fatal(err)
	}
	st, err := a.Stats(ctx)
	if err != nil || st.Articles != 2 {
		t.Errorf("Stats = %+v, %v; want 2 articles", st, err)
	}
}

func TestOpenErrorsNameThePath(t *testing.T) {
	dir := t.TempDir()
	notDB := filepath.Join(dir, "notes.txt")
	if err := os.WriteFile(notDB, []byte(strings.Repeat("not a database\n", 100)), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		name, path string
		want, hint string
	}{
		{"missing directory", filepath.Join(dir, "no", "such", "story.db"), "does not exist", "mkdir -p " + filepath.Join(dir, "no", "such")},
		{"not a database", notDB, "not a database", "not a storygraph database"},
		{"a directory", dir, "is a directory", "a database file inside it"},
	} {
		t.Run(c.name, func(t *testing.T) {
			s, err := sqlite.Open(context.Background(), c.path)
			if err == nil {
				s.Close()
				t.Fatalf("Open(%q) succeeded; want an error", c.path)
			}
			msg := err.Error()
			if !strings.HasPrefix(msg, "open "+c.path+": ") {
				t.Errorf("error %q does not start with %q", msg, "open "+c.path+": ")
			}
			if !strings.Contains(msg, c.want) || strings.Contains(msg, "hint") {
				t.Errorf("error %q does not say %q, or holds a hint", msg, c.want)
			}
			if h := hint.Of(err); !strings.Contains(h, c.hint) {
				t.Errorf("hint %q does not say %q", h, c.hint)
			}
		})
	}
	// The file that was not a database is left as it was.
	if data, _ := os.ReadFile(notDB); !strings.HasPrefix(string(data), "not a database") {
		t.Errorf("Open changed %s", notDB)
	}
}

// A path with characters that mean something in a URI still names a file.
func TestOpenOddPath(t *testing.T) {
	path := filepath.Join(t.TempDir(), "news? #1 100%.db")
	s, err := sqlite.Open(context.Background(), path)
	if err != nil {
		t.Fatal(err)
	}
	s.Close()
	if _, err := os.Stat(path); err != nil {
		t.Errorf("database not created at the path given: %v", err)
	}
}

// extraction is a minimal article with one event.
func extraction(id string) *timeline.Extraction {
	return &timeline.Extraction{
		Article: timeline.Article{ID: id, Title: "Article " + id, ContentHash: "hash-" + id},
		Events:  []timeline.Event{{ID: id + "-1", Date: "2026-01-22", Kind: timeline.KindMeeting}},
	}
}
