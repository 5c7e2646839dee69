package sqlite_test

import (
	"bytes"
	"context"
	"database/sql"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/storygraph/storygraph/graph/sqlite"
	"github.com/storygraph/storygraph/internal/hint"
	"github.com/storygraph/storygraph/queries"
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
	if v := userVersion(t, path, -1); v != latestVersion() {
		t.Errorf("user_version = %d, want %d", v, latestVersion())
	}
}

func TestOpenRefusesANewerSchema(t *testing.T) {
	path := filepath.Join(t.TempDir(), "story.db")
	sqlExec(t, path, "PRAGMA application_id = 1937008498") // storygraph's, as every file since migrate-7
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

func sqlExec(t *testing.T, path string, stmts ...string) {
	t.Helper()
	db, err := sql.Open("sqlite", path)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	for _, s := range stmts {
		if _, err := db.Exec(s); err != nil {
			t.Fatalf("%s: %v", s, err)
		}
	}
}

// Issue 12: an SQLite file of another program was switched to WAL and
// given storygraph's tables. It is refused, with a hint, before anything
// is written: its bytes stay the same, and no -wal or -shm file appears.
// So is a file that is not SQLite at all, and an empty database, an
// empty file or a storygraph file written before migrate-7 (no
// application_id) are taken.
func TestOpenRefusesAForeignFile(t *testing.T) {
	dir := t.TempDir()
	foreign := filepath.Join(dir, "places.sqlite")
	sqlExec(t, foreign, "CREATE TABLE moz_places (id INTEGER PRIMARY KEY, url TEXT)",
		"CREATE TABLE moz_bookmarks (id INTEGER PRIMARY KEY, fk INTEGER)", "INSERT INTO moz_places (url) VALUES ('https://example.org/')")
	tagged := filepath.Join(dir, "tagged.db")                                           // another program's application_id, no tables
	sqlExec(t, tagged, "PRAGMA application_id = 1196444487", "PRAGMA user_version = 1") // GeoPackage's "GPKG"
	text := filepath.Join(dir, "notes.db")
	if err := os.WriteFile(text, []byte("SQLite is not in here\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct{ path, says string }{
		{foreign, `an SQLite database of another program (tables "moz_bookmarks", "moz_places", application_id 0, user_version 0)`},
		{tagged, "an SQLite database of another program (no tables, application_id 1196444487, user_version 1)"},
		{text, "not a database (not an SQLite file)"},
	} {
		before, err := os.ReadFile(c.path)
		if err != nil {
			t.Fatal(err)
		}
		s, err := sqlite.Open(context.Background(), c.path)
		if err == nil {
			s.Close()
			t.Errorf("Open(%s) took another program's file", c.path)
			continue
		}
		if want := "open " + c.path + ": " + c.says + ", "; !strings.HasPrefix(err.Error(), want) && !strings.HasPrefix(err.Error(), "open "+c.path+": "+c.says+";") {
			t.Errorf("error %q, want it to start %q", err, want)
		}
		if h := hint.Of(err); !strings.Contains(h, "not a storygraph database") || !strings.Contains(h, "pass another path") {
			t.Errorf("hint %q does not say what the file is and what to do", h)
		}
		if after, _ := os.ReadFile(c.path); !bytes.Equal(before, after) {
			t.Errorf("Open changed %s", c.path)
		}
		for _, side := range []string{"-wal", "-shm", "-journal"} {
			if _, err := os.Stat(c.path + side); err == nil {
				t.Errorf("Open left %s", c.path+side)
			}
		}
	}

	// What is storygraph's, or may become it, is taken.
	empty := filepath.Join(dir, "empty.db")
	sqlExec(t, empty, "PRAGMA user_version = 0")
	old := filepath.Join(dir, "old.db") // as storygraph left it before migrate-7
	var before []string
	for v := 1; v < 7; v++ {
		before = append(before, queries.SQL(fmt.Sprintf("migrate-%d", v)))
	}
	sqlExec(t, old, before...)
	for _, path := range []string{empty, old} {
		s, err := sqlite.Open(context.Background(), path)
		if err != nil {
			t.Errorf("Open(%s): %v", path, err)
			continue
		}
		s.Close()
		if v := userVersion(t, path, -1); v != latestVersion() {
			t.Errorf("%s: user_version %d after Open, want %d", path, v, latestVersion())
		}
	}
}

// latestVersion is the schema version of a new file: the number of named
// migrations (TestEveryQueryIsUsed checks that each is listed).
func latestVersion() int {
	n := 0
	for _, name := range queries.SQLNames() {
		if strings.HasPrefix(name, "migrate-") {
			n++
		}
	}
	return n
}
