package ingest_test

import (
	"context"
	"fmt"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/storygraph/storygraph/graph"
	"github.com/storygraph/storygraph/graph/ingest"
	"github.com/storygraph/storygraph/graph/sqlite"
	"github.com/storygraph/storygraph/timeline/article"
	"github.com/storygraph/storygraph/timeline/extract"
	"github.com/storygraph/storygraph/timeline/fetch"
)

// newsSite serves robots.txt, an RSS feed (with an ETag, so an unchanged
// feed answers 304) and one HTML page per story, and counts the requests
// for each path. edit changes the feed between polls.
type newsSite struct {
	mu      sync.Mutex
	stories []story
	hits    map[string]int
}

type story struct {
	slug, title, date, text string
	gone                    bool // listed in the feed, but its page is 404
}

func (s *newsSite) edit(f func(*newsSite)) {
	s.mu.Lock()
	defer s.mu.Unlock()
	f(s)
}

func (s *newsSite) count(path string) int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.hits[path]
}

func (s *newsSite) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.hits[r.URL.Path]++
	base := "http://" + r.Host
	switch {
	case r.URL.Path == "/robots.txt":
		fmt.Fprint(w, "User-agent: *\nDisallow: /private/\n")
	case r.URL.Path == "/feed.xml":
		var items strings.Builder
		for _, st := range s.stories {
			fmt.Fprintf(&items, "<item><title>%s</title><link>%s/news/%s</link><pubDate>%s</pubDate><description>%s</description></item>",
				st.title, base, st.slug, st.date, st.title)
		}
		feed := `<?xml version="1.0"?><rss version="2.0"><channel><title>Test Wire</title>` + items.String() + `</channel></rss>`
		etag := fmt.Sprintf(`"%x"`, len(feed)+len(s.stories))
		w.Header().Set("ETag", etag)
		if r.Header.Get("If-None-Match") == etag {
			w.WriteHeader(http.StatusNotModified)
			return
		}
		w.Header().Set("Content-Type", "application/rss+xml")
		fmt.Fprint(w, feed)
	case strings.HasPrefix(r.URL.Path, "/news/"):
		for _, st := range s.stories {
			if "/news/"+st.slug == r.URL.Path && !st.gone {
				w.Header().Set("Content-Type", "text/html; charset=utf-8")
				fmt.Fprintf(w, `<html><head><title>%s</title><meta property="article:published_time" content="%s"></head>`+
					`<body><article><h1>%s</h1><p>%s</p><p>%s</p></article></body></html>`, st.title, "2026-01-22", st.title, st.text, st.text)
				return
			}
		}
		http.NotFound(w, r)
	default:
		http.NotFound(w, r)
	}
}

// TestWatchStoresEachItemOnce: three polls of a feed that changes between
// them store each item once and fetch each page once (the second poll's
// feed is unchanged: 304, no page fetched); a new Watch on the same store
// (a restart) fetches no page again; an item whose link is gone (404) is
// reported and the rest stored.
func TestWatchStoresEachItemOnce(t *testing.T) {
	site := &newsSite{hits: map[string]int{}, stories: []story{
		{slug: "geneva", title: "Envoys meet in Geneva", date: "Thu, 22 Jan 2026 09:00:00 GMT", text: "Steve Witkoff met Ukrainian negotiators in Geneva on Thursday to discuss a ceasefire."},
		{slug: "odesa", title: "Drones strike Odesa", date: "Thu, 22 Jan 2026 07:00:00 GMT", text: "Russian drones struck Odesa overnight, officials said on Thursday."},
	}}
	srv := httptest.NewServer(site)
	defer srv.Close()
	st, err := sqlite.Open(context.Background(), filepath.Join(t.TempDir(), "watch.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	var reported []string
	opts := ingest.WatchOptions{
		Options: ingest.Options{Store: st, Options: extract.Options{Extractor: extractor(t),
			OnError: func(e *article.Error) { reported = append(reported, e.Error()) }}},
		Fetcher: fetch.New(fetch.Options{MinInterval: -1, Timeout: 10 * time.Second}),
		Feeds:   []string{srv.URL + "/feed.xml"},
		Polls:   1,
	}
	var polls []ingest.PollSummary
	opts.OnPoll = func(p ingest.PollSummary) { polls = append(polls, p) }
	poll := func() {
		t.Helper()
		if err := ingest.Watch(context.Background(), opts); err != nil {
			t.Fatal(err)
		}
	}

	poll() // both stories are new
	poll() // nothing changed: 304
	site.edit(func(s *newsSite) {
		s.stories = append(s.stories,
			story{slug: "kyiv", title: "Talks resume in Kyiv", date: "Fri, 23 Jan 2026 08:00:00 GMT", text: "Negotiators resumed talks in Kyiv on Friday."},
			story{slug: "missing", title: "A story taken down", date: "Fri, 23 Jan 2026 09:00:00 GMT", text: "This page no longer exists.", gone: true})
	})
	poll() // kyiv is new; geneva and odesa already seen; missing 404s
	poll() // a restart: a new Watch on the same store, the feed unchanged

	want := []string{
		"poll 1: 1 feed(s), 0 not modified; 2 item(s): 2 new, 0 updated, 0 unchanged, 0 already seen, 0 failed",
		"poll 1: 1 feed(s), 1 not modified; 0 item(s): 0 new, 0 updated, 0 unchanged, 0 already seen, 0 failed",
		"poll 1: 1 feed(s), 0 not modified; 4 item(s): 1 new, 0 updated, 0 unchanged, 2 already seen, 1 failed",
		"poll 1: 1 feed(s), 1 not modified; 0 item(s): 0 new, 0 updated, 0 unchanged, 0 already seen, 0 failed",
	}
	for i, w := range want {
		if i >= len(polls) || polls[i].String() != w {
			t.Errorf("poll %d: got %v\nwant %s", i+1, polls, w)
			break
		}
	}
	for _, slug := range []string{"geneva", "odesa", "kyiv"} {
		if n := site.count("/news/" + slug); n != 1 {
			t.Errorf("page %s fetched %d times, want once", slug, n)
		}
	}
	if len(reported) != 1 || !strings.Contains(reported[0], "/news/missing") || !strings.Contains(reported[0], "404") {
		t.Errorf("reported %q, want one 404 naming /news/missing", reported)
	}
	stats, err := st.Stats(context.Background())
	if err != nil || stats.Articles != 3 {
		t.Errorf("stored %d articles (%v), want 3", stats.Articles, err)
	}
	recs, err := st.Events(context.Background(), graph.Filter{Entities: []string{"Witkoff"}})
	if err != nil || len(recs) == 0 || recs[0].Article.Title != "Envoys meet in Geneva" {
		t.Errorf("Witkoff's events = %+v, %v; want the Geneva meeting", recs, err)
	}
}

// TestWatchStopsOnCancel: a cancelled context ends Watch with no error and
// what was stored stays consistent.
func TestWatchStopsOnCancel(t *testing.T) {
	site := &newsSite{hits: map[string]int{}, stories: []story{{slug: "a", title: "A", date: "Thu, 22 Jan 2026 09:00:00 GMT", text: "Officials met in Kyiv on Thursday."}}}
	srv := httptest.NewServer(site)
	defer srv.Close()
	st, err := sqlite.Open(context.Background(), filepath.Join(t.TempDir(), "watch.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	ctx, cancel := context.WithCancel(context.Background())
	polls := 0
	opts := ingest.WatchOptions{
		Options:  ingest.Options{Store: st, Options: extract.Options{Extractor: extractor(t)}},
		Fetcher:  fetch.New(fetch.Options{MinInterval: -1}),
		Feeds:    []string{srv.URL + "/feed.xml"},
		Interval: time.Hour,
		OnPoll:   func(ingest.PollSummary) { polls++; cancel() },
	}
	done := make(chan error, 1)
	go func() { done <- ingest.Watch(ctx, opts) }()
	select {
	case err := <-done:
		if err != nil || polls != 1 {
			t.Fatalf("Watch after cancel = %v after %d poll(s); want nil after 1", err, polls)
		}
	case <-time.After(30 * time.Second):
		t.Fatal("Watch did not stop within 30 s of its context being cancelled")
	}
}

// stepClock moves only when slept on.
type stepClock struct{ now time.Time }

func (c *stepClock) Now() time.Time { return c.now }
func (c *stepClock) Sleep(ctx context.Context, d time.Duration) error {
	if d > 0 {
		c.now = c.now.Add(d)
	}
	return ctx.Err()
}

// TestWatchHonoursTTLAndMaxAge: a feed whose RSS <ttl> or Cache-Control
// max-age is longer than the interval is fetched only when it has run
// out (issue 11); one without either is fetched at every poll.
func TestWatchHonoursTTLAndMaxAge(t *testing.T) {
	var mu sync.Mutex
	hits := map[string]int{}
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		mu.Lock()
		hits[r.URL.Path]++
		mu.Unlock()
		ttl := ""
		switch r.URL.Path {
		case "/ttl.xml":
			ttl = "<ttl>60</ttl>" // minutes
		case "/maxage.xml":
			w.Header().Set("Cache-Control", "public, max-age=1800")
		case "/plain.xml":
		default:
			http.NotFound(w, r)
			return
		}
		w.Header().Set("Content-Type", "application/rss+xml")
		fmt.Fprintf(w, `<?xml version="1.0"?><rss version="2.0"><channel><title>T</title>%s</channel></rss>`, ttl)
	}))
	defer srv.Close()
	st, err := sqlite.Open(context.Background(), filepath.Join(t.TempDir(), "watch.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	var notDue []int
	ticks := 0
	err = ingest.Watch(context.Background(), ingest.WatchOptions{
		Options:  ingest.Options{Store: st, Options: extract.Options{Extractor: extractor(t)}},
		Fetcher:  fetch.New(fetch.Options{MinInterval: -1, Timeout: 10 * time.Second}),
		Feeds:    []string{srv.URL + "/ttl.xml", srv.URL + "/maxage.xml", srv.URL + "/plain.xml"},
		Interval: 15 * time.Minute,
		Polls:    6, // at 0, 15, 30, 45, 60 and 75 minutes
		Clock:    &stepClock{now: time.Date(2026, 1, 22, 9, 0, 0, 0, time.UTC)},
		OnPoll:   func(p ingest.PollSummary) { notDue = append(notDue, p.NotDue) },
		OnFeed: func(poll, done, total int) {
			if total != 3 || done < 1 || done > 3 {
				t.Errorf("poll %d: progress %d of %d", poll, done, total)
			}
			ticks++
		},
	})
	if err != nil {
		t.Fatal(err)
	}
	// ttl (60 min): polls 1 and 5; max-age (30 min): polls 1, 3 and 5;
	// plain: every poll
	if hits["/ttl.xml"] != 2 || hits["/maxage.xml"] != 3 || hits["/plain.xml"] != 6 {
		t.Errorf("fetches: ttl %d (want 2), max-age %d (want 3), plain %d (want 6)", hits["/ttl.xml"], hits["/maxage.xml"], hits["/plain.xml"])
	}
	if ticks != 18 {
		t.Errorf("progress ticks %d, want one per feed and poll (18)", ticks)
	}
	if want := []int{0, 2, 1, 2, 0, 2}; fmt.Sprint(notDue) != fmt.Sprint(want) {
		t.Errorf("not due per poll %v, want %v", notDue, want)
	}
}
