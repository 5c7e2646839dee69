package main

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"net/url"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/storygraph/storygraph/graph/sqlite"
)

var serveArticles = map[string]string{
	"paris.md": `---
title: Zelenskyy in Paris
url: https://example.org/paris
source: GOV.UK
published: 2026-01-06
---
Volodymyr Zelenskyy met Emmanuel Macron in Paris on 6 January 2026 to discuss security guarantees.
`,
	"paris-wire.md": `---
title: Leaders meet at the Elysee
url: https://example.org/paris-wire
source: Kyiv Post
published: 2026-01-07
---
Emmanuel Macron met Volodymyr Zelenskyy in Paris on 6 January 2026, officials said.
`,
	"kyiv.md": `---
title: Zelenskyy on guarantees
url: https://example.org/kyiv
source: GOV.UK
published: 2026-02-05
---
Volodymyr Zelenskyy said on 5 February 2026 that security guarantees were close.
`,
}

// serveStore ingests the articles, stores the lists of all but kyiv (so
// that /related computes kyiv's on the spot), and opens the store.
func serveStore(t *testing.T) (*server, string) {
	t.Helper()
	dir := t.TempDir()
	db := filepath.Join(dir, "story.db")
	var paths []string
	for name, text := range serveArticles {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
		if name != "kyiv.md" {
			paths = append(paths, p)
		}
	}
	slices.Sort(paths)
	ctx := context.Background()
	cli := func(args ...string) {
		var out, errs bytes.Buffer
		if code := run(ctx, append([]string{"storygraph"}, args...), nil, &out, &errs); code != 0 {
			t.Fatalf("storygraph %v: exit %d: %s", args, code, errs.String())
		}
	}
	cli(append([]string{"ingest", "--db", db}, paths...)...)
	cli("enrich", "--db", db, "--write", "--computed-at", "2026-02-10T08:00:00Z")
	cli("ingest", "--db", db, filepath.Join(dir, "kyiv.md"))
	st, err := sqlite.Open(ctx, db)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	srv, err := newServer(st, storeSettings{db: db}, nil)
	if err != nil {
		t.Fatal(err)
	}
	return srv, db
}

func get(t *testing.T, ts *httptest.Server, method, path string) (int, string, map[string]any) {
	t.Helper()
	req, _ := http.NewRequest(method, ts.URL+path, nil)
	resp, err := ts.Client().Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	body, _ := io.ReadAll(resp.Body)
	var m map[string]any
	if strings.HasPrefix(resp.Header.Get("Content-Type"), "application/json") {
		if err := json.Unmarshal(body, &m); err != nil {
			t.Fatalf("%s %s: not JSON: %v\n%s", method, path, err, body)
		}
	}
	return resp.StatusCode, string(body), m
}

// On the embedded store at most two requests work at once: a third waits
// for a slot, and answers 503 when its time runs out while it waits.
func TestServeBoundsRequestsAtWork(t *testing.T) {
	srv, _ := serveStore(t)
	if cap(srv.slots) != 2 {
		t.Fatalf("%d slots, want 2", cap(srv.slots))
	}
	ts := httptest.NewServer(srv.handler("", 300*time.Millisecond))
	defer ts.Close()
	path := "/related?url=" + url.QueryEscape("https://example.org/paris")
	srv.slots <- struct{}{}
	srv.slots <- struct{}{} // two requests at work
	start := time.Now()
	code, body, _ := get(t, ts, "GET", path)
	if code != http.StatusServiceUnavailable || !strings.Contains(body, "took too long") {
		t.Errorf("a third request while two work: %d %s, want 503", code, body)
	}
	if took := time.Since(start); took < 300*time.Millisecond {
		t.Errorf("answered after %s, before its time ran out", took)
	}
	<-srv.slots // one is done: the next request works
	if code, body, _ := get(t, ts, "GET", path); code != 200 {
		t.Errorf("with a slot free: %d %s, want 200", code, body)
	}
	if len(srv.slots) != 1 {
		t.Errorf("%d slots taken after the request, want the 1 held", len(srv.slots))
	}
}

func TestServe(t *testing.T) {
	srv, _ := serveStore(t)
	ts := httptest.NewServer(srv.handler("/news", 5*time.Second))
	defer ts.Close()
	q := url.QueryEscape

	// a stored list, found by the URL as pasted
	code, body, m := get(t, ts, "GET", "/news/related?url="+q("https://EXAMPLE.org/paris/?utm_source=cms"))
	if code != 200 || m["computed_at"] != "2026-02-10T08:00:00Z" || !strings.Contains(body, `"id": "https://example.org/paris-wire"`) ||
		!strings.Contains(body, "both report the meeting in Paris on 6 Jan 2026") {
		t.Errorf("/related?url=paris: %d\n%s", code, body)
	}
	// no stored list: ranked on the spot
	code, body, m = get(t, ts, "GET", "/news/related?url="+q("https://example.org/kyiv")+"&limit=1")
	if rel, _ := m["related"].([]any); code != 200 || m["computed_at"] != nil || len(rel) != 1 {
		t.Errorf("/related?url=kyiv&limit=1: %d\n%s", code, body)
	}

	for _, c := range []struct {
		path string
		code int
		want string
	}{
		{"/news/related", 400, "/related needs url"},
		{"/news/related?url=x&limit=many", 400, `limit \"many\"`},
		{"/news/related?url=" + q("https://example.org/nope"), 404, `no article \"https://example.org/nope\"`},
		{"/news/timeline?from=yesterday", 400, `--from \"yesterday\" is not a date`},
		{"/news/timeline?entity=Nobody", 400, `entity named \"Nobody\"`},
		{"/news/timeline?topic=gardening", 400, `unknown --topic \"gardening\"`},
		{"/news/timeline?kind=party", 400, `unknown --kind \"party\"`},
		{"/news/entity", 400, "/entity needs name"},
		{"/news/entity?name=Nobody", 404, `no entity named \"Nobody\"`},
		{"/news/nothing-here", 404, "no endpoint /nothing-here"},
		{"/related?url=x", 404, "404 page not found"}, // outside the base path
	} {
		code, body, _ := get(t, ts, "GET", c.path)
		if code != c.code || !strings.Contains(body, c.want) {
			t.Errorf("GET %s = %d %s; want %d with %q", c.path, code, body, c.code, c.want)
		}
	}
	if code, body, _ := get(t, ts, "POST", "/news/related?url=x"); code != 405 || !strings.Contains(body, "read-only") {
		t.Errorf("POST /related = %d %s; want 405", code, body)
	}

	code, body, m = get(t, ts, "GET", "/news/timeline?entity=Zelenskyy&from=2026-01")
	if entries, _ := m["entries"].([]any); code != 200 || len(entries) != 2 {
		t.Errorf("/timeline?entity=Zelenskyy: %d, want 2 entries\n%s", code, body)
	}
	code, body, m = get(t, ts, "GET", "/news/entity?name=Macron")
	if e, _ := m["entity"].(map[string]any); code != 200 || e["name"] != "Emmanuel Macron" {
		t.Errorf("/entity?name=Macron: %d\n%s", code, body)
	}
	code, body, _ = get(t, ts, "GET", "/news/?entity=Zelenskyy")
	if code != 200 || !strings.Contains(body, "<html") || !strings.Contains(body, "Zelenskyy in Paris") {
		t.Errorf("/ : %d\n%.300s", code, body)
	}
}

// A request that takes longer than the timeout gets a JSON 503.
func TestServeTimeout(t *testing.T) {
	srv, _ := serveStore(t)
	ts := httptest.NewServer(srv.handler("", time.Nanosecond))
	defer ts.Close()
	code, body, _ := get(t, ts, "GET", "/timeline")
	if code != 503 || !strings.Contains(body, `"error":"the request took too long"`) {
		t.Errorf("GET /timeline with a 1ns timeout = %d %s; want 503", code, body)
	}
}

// serve stops when told (SIGINT, SIGTERM: here its context), after the
// requests in flight.
func TestServeStops(t *testing.T) {
	_, db := serveStore(t)
	ctx, cancel := context.WithCancel(context.Background())
	var errs syncBuffer
	e := &env{stdout: io.Discard, stderr: &errs}
	done := make(chan error, 1)
	go func() { done <- runServe(ctx, e, storeSettings{db: db}, nil, "127.0.0.1:0", "", 5*time.Second) }()
	for !strings.Contains(errs.String(), "serving") {
		time.Sleep(10 * time.Millisecond)
	}
	addr := strings.Fields(strings.SplitN(errs.String(), "http://", 2)[1])[0]
	resp, err := http.Get("http://" + addr + "related?url=" + url.QueryEscape("https://example.org/paris"))
	if err != nil || resp.StatusCode != 200 {
		t.Fatalf("GET /related from the running server: %v, %v", resp, err)
	}
	resp.Body.Close()
	cancel()
	select {
	case err := <-done:
		if err != nil || !strings.Contains(errs.String(), "stopped serving") {
			t.Errorf("runServe = %v; stderr %q", err, errs.String())
		}
	case <-time.After(10 * time.Second):
		t.Fatal("serve did not stop")
	}
	if err := runServe(context.Background(), e, storeSettings{db: db}, nil, "127.0.0.1:99999", "", time.Second); err == nil || !strings.Contains(err.Error(), "listen on 127.0.0.1:99999") {
		t.Errorf("runServe on a bad address = %v", err)
	}
}

type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func (s *syncBuffer) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}

// BenchmarkServe is serve's load test: 50 clients on 127.0.0.1 send, per
// endpoint, at most 5,000 requests or for at most a minute, to a store of
// generated articles (STORYGRAPH_BENCH_ARTICLES, see BenchmarkEnrich) whose
// lists enrich --all --write stored first, and it reports requests/s and
// the p50 and p99 latencies of that run:
//
//   - related: /related?url=… of articles spread over the store;
//   - related-unbounded: the same, first, without the bound on requests
//     at work at once on the embedded store (server.slots): the baseline;
//   - timeline: /timeline?entity=…&from=…&to=… of one person in one month.
//
// Run it with:
//
//	STORYGRAPH_BENCH_ARTICLES=100000 STORYGRAPH_BENCH_SERVE_DB=/tmp/serve.db go test ./cmd/storygraph -run '^$' -bench Serve -benchtime=1x -timeout 60m
//
// STORYGRAPH_BENCH_SERVE_DB keeps the enriched store between runs.
func BenchmarkServe(b *testing.B) {
	n := benchArticles(b)
	ctx := context.Background()
	path := os.Getenv("STORYGRAPH_BENCH_SERVE_DB")
	if path == "" {
		path = filepath.Join(b.TempDir(), "serve.db")
	}
	if _, err := os.Stat(path); err != nil {
		newBenchStore(b, path, n)
		e := &env{stdin: bytes.NewReader(nil), stdout: io.Discard, stderr: io.Discard}
		o := enrichOptions{all: true, write: true}
		o.related.Limit = 5
		if err := runEnrich(ctx, e, storeSettings{db: path}, nil, o, time.Date(2026, 2, 10, 8, 0, 0, 0, time.UTC)); err != nil {
			b.Fatal(err)
		}
	}
	st, err := sqlite.Open(ctx, path)
	if err != nil {
		b.Fatal(err)
	}
	defer st.Close()
	srv, err := newServer(st, storeSettings{db: path}, nil)
	if err != nil {
		b.Fatal(err)
	}
	ts := httptest.NewServer(srv.handler("", 10*time.Second))
	defer ts.Close()
	client := &http.Client{Transport: &http.Transport{MaxIdleConnsPerHost: 50}}
	related := func(i int) string {
		return "/related?url=" + url.QueryEscape(fmt.Sprintf("https://news.example.com/%06d/", i*7919%n))
	}
	slots := srv.slots
	for _, c := range []struct {
		name      string
		path      func(i int) string
		unbounded bool // the baseline: no bound on requests at work at once
	}{
		{"related-unbounded", related, true},
		{"related", related, false},
		{"timeline", func(i int) string {
			p := i * 37 % 400
			name := fmt.Sprintf("Person %c%c Number%d", 'A'+p%26, 'a'+p/26%26, p)
			month := fmt.Sprintf("2025-%02d", 1+i%12)
			return "/timeline?entity=" + url.QueryEscape(name) + "&from=" + month + "&to=" + month
		}, false},
	} {
		srv.slots = slots
		if c.unbounded {
			srv.slots = nil
		}
		b.Run(c.name, func(b *testing.B) {
			const clients, most = 50, 5000
			deadline := time.Now().Add(time.Minute)
			var mu sync.Mutex
			var lat []time.Duration
			var next, failed int
			why := map[string]int{} // failures by status or error
			var wg sync.WaitGroup
			start := time.Now()
			for range clients {
				wg.Add(1)
				go func() {
					defer wg.Done()
					for {
						mu.Lock()
						i := next
						next++
						mu.Unlock()
						if i >= most || time.Now().After(deadline) {
							return
						}
						t := time.Now()
						resp, err := client.Get(ts.URL + c.path(i))
						if err == nil {
							io.Copy(io.Discard, resp.Body)
							resp.Body.Close()
						}
						d := time.Since(t)
						mu.Lock()
						switch {
						case err != nil:
							failed++
							why[err.Error()]++
						case resp.StatusCode != 200:
							failed++
							why[resp.Status]++
						}
						lat = append(lat, d)
						mu.Unlock()
					}
				}()
			}
			wg.Wait()
			wall := time.Since(start)
			if failed > 0 {
				b.Fatalf("%d of %d requests failed: %v", failed, len(lat), why)
			}
			slices.Sort(lat)
			ms := func(q float64) float64 { return float64(lat[int(q*float64(len(lat)-1))].Microseconds()) / 1000 }
			b.ReportMetric(float64(len(lat))/wall.Seconds(), "req/s")
			b.ReportMetric(ms(0.50), "p50-ms")
			b.ReportMetric(ms(0.99), "p99-ms")
			b.ReportMetric(float64(len(lat)), "requests")
		})
	}
}
