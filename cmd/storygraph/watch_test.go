package main

import (
	"bytes"
	"context"
	"fmt"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"strings"
	"testing"

	"github.com/storygraph/storygraph/graph"
	"github.com/storygraph/storygraph/graph/sqlite"
)

// TestWatchEnrich: `watch --enrich` stores the feed's new articles, then
// brings the stored Related Articles lists up to date in the same poll
// (issue 11), and says so in its log.
func TestWatchEnrich(t *testing.T) {
	pages := map[string]string{
		"/news/geneva": "Steve Witkoff met Ukrainian negotiators in Geneva on Thursday to discuss a ceasefire with Rustem Umerov.",
		"/news/talks":  "Rustem Umerov and Steve Witkoff met again in Geneva on Thursday as the ceasefire talks went on.",
	}
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		switch {
		case r.URL.Path == "/feed.xml":
			var items strings.Builder
			for path := range pages {
				fmt.Fprintf(&items, "<item><title>%s</title><link>http://%s%s</link><pubDate>Thu, 22 Jan 2026 09:00:00 GMT</pubDate></item>", path, r.Host, path)
			}
			w.Header().Set("Content-Type", "application/rss+xml")
			fmt.Fprintf(w, `<?xml version="1.0"?><rss version="2.0"><channel><title>Wire</title>%s</channel></rss>`, items.String())
		case pages[r.URL.Path] != "":
			w.Header().Set("Content-Type", "text/html; charset=utf-8")
			fmt.Fprintf(w, `<html><head><title>Talks %s</title><meta property="article:published_time" content="2026-01-22"></head><body><article><h1>Talks</h1><p>%s</p><p>%s</p></article></body></html>`,
				r.URL.Path, pages[r.URL.Path], pages[r.URL.Path])
		default:
			http.NotFound(w, r)
		}
	}))
	defer srv.Close()
	db := filepath.Join(t.TempDir(), "watch.db")
	var stdout, stderr bytes.Buffer
	code := run(context.Background(), []string{"storygraph", "watch", "--db", db, "--polls", "1", "--enrich", srv.URL + "/feed.xml"},
		strings.NewReader(""), &stdout, &stderr)
	if code != 0 {
		t.Fatalf("exit %d\nstdout:\n%s\nstderr:\n%s", code, stdout.String(), stderr.String())
	}
	if !strings.Contains(stdout.String(), "2 new") || !strings.Contains(stdout.String(), "stored 2 list(s)") {
		t.Errorf("the log says no poll or no enrich:\n%s", stdout.String())
	}
	st, err := sqlite.Open(context.Background(), db)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	states, err := graph.Relations(st).RelatedStates(context.Background())
	if err != nil || len(states) != 2 {
		t.Errorf("stored related lists: %v, %v; want one for each article", states, err)
	}
}
