package sqlite_test

import (
	"context"
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
