package outfile_test

import (
	"errors"
	"os"
	"path/filepath"
	"testing"

	"github.com/storygraph/storygraph/internal/outfile"
)

func write(t *testing.T, path, data string, perm os.FileMode) {
	t.Helper()
	if err := os.WriteFile(path, []byte(data), perm); err != nil {
		t.Fatal(err)
	}
}

func read(t *testing.T, path string) string {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return string(data)
}

// onlyFiles fails when dir holds other names than want (a temporary file
// left behind).
func onlyFiles(t *testing.T, dir string, want ...string) {
	t.Helper()
	ents, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, e := range ents {
		got = append(got, e.Name())
	}
	if len(got) != len(want) {
		t.Fatalf("%s holds %q, want %q", dir, got, want)
	}
	for i := range got {
		if got[i] != want[i] {
			t.Fatalf("%s holds %q, want %q", dir, got, want)
		}
	}
}

func TestWriteReplacesAndKeepsPermissions(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "out.html")
	write(t, path, "old", 0o600)
	if err := outfile.Write(path, []byte("new")); err != nil {
		t.Fatal(err)
	}
	if got := read(t, path); got != "new" {
		t.Errorf("file holds %q, want %q", got, "new")
	}
	if fi, _ := os.Stat(path); fi.Mode().Perm() != 0o600 {
		t.Errorf("mode %v, want the old file's 0600", fi.Mode().Perm())
	}
	onlyFiles(t, dir, "out.html")
}

// Issue 12: --output replaced a symbolic link with a file; the link must
// stay and its target be written, also through a relative link into
// another folder, and a link to a file not there yet creates the file.
func TestWriteThroughSymlink(t *testing.T) {
	dir := t.TempDir()
	if err := os.Mkdir(filepath.Join(dir, "site"), 0o755); err != nil {
		t.Fatal(err)
	}
	target := filepath.Join(dir, "site", "talks.html")
	write(t, target, "old", 0o644)
	for _, c := range []struct{ link, to string }{
		{"talks.html", "site/talks.html"},
		{"absolute.html", target},
		{"chain.html", "talks.html"},
	} {
		if err := os.Symlink(c.to, filepath.Join(dir, c.link)); err != nil {
			t.Fatal(err)
		}
		if err := outfile.Write(filepath.Join(dir, c.link), []byte("via "+c.link)); err != nil {
			t.Fatal(err)
		}
		if fi, err := os.Lstat(filepath.Join(dir, c.link)); err != nil || fi.Mode()&os.ModeSymlink == 0 {
			t.Errorf("%s is no longer a symbolic link (%v)", c.link, err)
		}
		if got := read(t, target); got != "via "+c.link {
			t.Errorf("after writing %s the target holds %q", c.link, got)
		}
	}
	onlyFiles(t, filepath.Join(dir, "site"), "talks.html")

	dangling := filepath.Join(dir, "new.html")
	if err := os.Symlink("site/new.html", dangling); err != nil {
		t.Fatal(err)
	}
	if err := outfile.Write(dangling, []byte("fresh")); err != nil {
		t.Fatal(err)
	}
	if got := read(t, filepath.Join(dir, "site", "new.html")); got != "fresh" {
		t.Errorf("the link's new target holds %q", got)
	}
}

// Issue 12: timeline --db s.db -o s.db replaced the database with the
// chronology. No output format is an SQLite database, so one is refused,
// also through a link, and left as it was.
func TestWriteRefusesADatabase(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "story.db")
	db := "SQLite format 3\x00" + string(make([]byte, 200))
	write(t, path, db, 0o644)
	if err := os.Symlink("story.db", filepath.Join(dir, "link.db")); err != nil {
		t.Fatal(err)
	}
	for _, p := range []string{path, filepath.Join(dir, "link.db")} {
		err := outfile.Write(p, []byte("chronology"))
		if !errors.Is(err, outfile.ErrDatabase) {
			t.Errorf("Write(%s) = %v, want ErrDatabase", p, err)
		}
	}
	if read(t, path) != db {
		t.Error("the database was changed")
	}
	onlyFiles(t, dir, "link.db", "story.db")
}

func TestWriteRefusesAFolder(t *testing.T) {
	dir := t.TempDir()
	if err := outfile.Write(dir, []byte("x")); !errors.Is(err, outfile.ErrFolder) {
		t.Errorf("Write(folder) = %v, want ErrFolder", err)
	}
}

// A device is written in place (it cannot be renamed over).
func TestWriteDevice(t *testing.T) {
	if err := outfile.Write(os.DevNull, []byte("x")); err != nil {
		t.Errorf("Write(%s) = %v", os.DevNull, err)
	}
	if fi, err := os.Stat(os.DevNull); err != nil || fi.Mode().IsRegular() {
		t.Errorf("%s was replaced by a file", os.DevNull)
	}
}
