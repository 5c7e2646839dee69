package fetch

import (
	"bytes"
	"compress/gzip"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
)

// fakeClock moves only when slept on, and remembers each sleep.
type fakeClock struct {
	mu    sync.Mutex
	now   time.Time
	slept []time.Duration
}

func newFakeClock() *fakeClock {
	return &fakeClock{now: time.Date(2026, 1, 22, 12, 0, 0, 0, time.UTC)}
}

func (c *fakeClock) Now() time.Time {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.now
}

func (c *fakeClock) Sleep(ctx context.Context, d time.Duration) error {
	if err := ctx.Err(); err != nil {
		return err
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	c.now = c.now.Add(d)
	c.slept = append(c.slept, d)
	return nil
}

func (c *fakeClock) sleeps() []time.Duration {
	c.mu.Lock()
	defer c.mu.Unlock()
	return append([]time.Duration(nil), c.slept...)
}

func (c *fakeClock) advance(d time.Duration) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.now = c.now.Add(d)
}

// hit is one request a test site received.
type hit struct {
	path string
	ua   string
	at   time.Time // by the fake clock
}

// site is a test server on 127.0.0.1 that serves robotsTxt at /robots.txt
// (a 404 when it is "") and everything else with h.
type site struct {
	*httptest.Server
	clock *fakeClock
	mu    sync.Mutex
	hits  []hit
}

func newSite(t *testing.T, clock *fakeClock, robotsTxt string, h http.HandlerFunc) *site {
	t.Helper()
	s := &site{clock: clock}
	s.Server = httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		s.mu.Lock()
		s.hits = append(s.hits, hit{path: r.URL.RequestURI(), ua: r.UserAgent(), at: clock.Now()})
		s.mu.Unlock()
		if r.URL.Path == "/robots.txt" {
			if robotsTxt == "" {
				http.NotFound(w, r)
				return
			}
			fmt.Fprint(w, robotsTxt)
			return
		}
		h(w, r)
	}))
	t.Cleanup(s.Close)
	return s
}

func (s *site) paths() []string {
	s.mu.Lock()
	defer s.mu.Unlock()
	var out []string
	for _, h := range s.hits {
		out = append(out, h.path)
	}
	return out
}

func (s *site) allHits() []hit {
	s.mu.Lock()
	defer s.mu.Unlock()
	return append([]hit(nil), s.hits...)
}

// testFetcher has a fake clock and, unless opts says otherwise, no rate
// limit, so that the clock's sleeps are the retries' alone.
func testFetcher(opts Options) (*Fetcher, *fakeClock) {
	clock := newFakeClock()
	opts.Clock = clock
	if opts.MinInterval == 0 {
		opts.MinInterval = -1
	}
	return New(opts), clock
}

func ok(body string) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) { fmt.Fprint(w, body) }
}

func TestRobotsDisallow(t *testing.T) {
	const robotsTxt = `# news site
User-agent: *
Disallow: /private
Allow: /private/press

User-agent: storygraph
User-agent: otherbot
Disallow: /drafts/
`
	tests := []struct {
		path    string
		allowed bool
	}{
		{"/news/1", true},
		{"/drafts/1", false},
		// The storygraph group applies, not "*": /private is not in it.
		{"/private/1", true},
	}
	for _, tt := range tests {
		t.Run(tt.path, func(t *testing.T) {
			f, clock := testFetcher(Options{})
			s := newSite(t, clock, robotsTxt, ok("page"))
			_, err := f.Fetch(t.Context(), s.URL+tt.path, State{})
			if tt.allowed {
				if err != nil {
					t.Fatal(err)
				}
				return
			}
			if !errors.Is(err, ErrDisallowed) {
				t.Fatalf("err = %v, want ErrDisallowed", err)
			}
			if !strings.Contains(err.Error(), s.URL+tt.path) {
				t.Errorf("error %q does not name the URL", err)
			}
			if got := s.paths(); !cmp.Equal(got, []string{"/robots.txt"}) {
				t.Errorf("server saw %v, want only /robots.txt", got)
			}
		})
	}
}

func TestRobotsStatus(t *testing.T) {
	tests := []struct {
		name    string
		status  int
		wantErr error
	}{
		{"missing robots.txt allows all", http.StatusNotFound, nil},
		{"forbidden robots.txt allows all", http.StatusForbidden, nil},
		{"server error disallows all", http.StatusServiceUnavailable, ErrDisallowed},
		{"too many requests disallows all", http.StatusTooManyRequests, ErrDisallowed},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f, _ := testFetcher(Options{})
			s := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
				if r.URL.Path == "/robots.txt" {
					w.WriteHeader(tt.status)
					return
				}
				fmt.Fprint(w, "page")
			}))
			defer s.Close()
			_, err := f.Fetch(t.Context(), s.URL+"/a", State{})
			if !errors.Is(err, tt.wantErr) {
				t.Fatalf("err = %v, want %v", err, tt.wantErr)
			}
		})
	}
}

func TestRobotsCachedPerHostForADay(t *testing.T) {
	f, clock := testFetcher(Options{})
	s := newSite(t, clock, "User-agent: *\nDisallow: /x\n", ok("page"))
	for _, p := range []string{"/a", "/b"} {
		if _, err := f.Fetch(t.Context(), s.URL+p, State{}); err != nil {
			t.Fatal(err)
		}
	}
	clock.advance(25 * time.Hour)
	if _, err := f.Fetch(t.Context(), s.URL+"/c", State{}); err != nil {
		t.Fatal(err)
	}
	want := []string{"/robots.txt", "/a", "/b", "/robots.txt", "/c"}
	if diff := cmp.Diff(want, s.paths()); diff != "" {
		t.Errorf("requests (-want +got):\n%s", diff)
	}
}

// retrySite answers the first len(fails) page requests with those statuses
// and headers, then 200.
func retrySite(t *testing.T, clock *fakeClock, status int, retryAfter []string) *site {
	var n atomic.Int32
	return newSite(t, clock, "", func(w http.ResponseWriter, r *http.Request) {
		i := int(n.Add(1)) - 1
		if i < len(retryAfter) {
			if retryAfter[i] != "" {
				w.Header().Set("Retry-After", retryAfter[i])
			}
			w.WriteHeader(status)
			return
		}
		fmt.Fprint(w, "at last")
	})
}

func TestRetryThenSuccess(t *testing.T) {
	start := newFakeClock().Now()
	tests := []struct {
		name       string
		status     int
		retryAfter []string
		wantSleeps []time.Duration
	}{
		{"429 with Retry-After seconds", 429, []string{"7"}, []time.Duration{7 * time.Second}},
		{"429 with Retry-After date", 429, []string{start.Add(3 * time.Second).Format(http.TimeFormat)},
			[]time.Duration{3 * time.Second}},
		{"503 without Retry-After backs off exponentially", 503, []string{"", ""},
			[]time.Duration{time.Second, 2 * time.Second}},
		{"Retry-After in the past", 502, []string{start.Add(-time.Hour).Format(http.TimeFormat)}, []time.Duration{0}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f, clock := testFetcher(Options{})
			s := retrySite(t, clock, tt.status, tt.retryAfter)
			res, err := f.Fetch(t.Context(), s.URL+"/a", State{})
			if err != nil {
				t.Fatal(err)
			}
			if string(res.Body) != "at last" {
				t.Errorf("body = %q", res.Body)
			}
			if diff := cmp.Diff(tt.wantSleeps, clock.sleeps()); diff != "" {
				t.Errorf("sleeps (-want +got):\n%s", diff)
			}
		})
	}
}

func TestRetryGivesUp(t *testing.T) {
	tests := []struct {
		name         string
		retryAfter   string
		wantAttempts int
		wantSleeps   []time.Duration
		wantMsg      string
	}{
		{"after MaxRetries", "", 4, []time.Duration{time.Second, 2 * time.Second, 4 * time.Second},
			"HTTP 503 Service Unavailable after 4 attempts"},
		{"when Retry-After is past MaxRetryWait", "3600", 1, nil,
			"HTTP 503 Service Unavailable (server asked to retry after 1h0m0s, longer than allowed)"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f, clock := testFetcher(Options{})
			s := newSite(t, clock, "", func(w http.ResponseWriter, r *http.Request) {
				if tt.retryAfter != "" {
					w.Header().Set("Retry-After", tt.retryAfter)
				}
				w.WriteHeader(http.StatusServiceUnavailable)
			})
			_, err := f.Fetch(t.Context(), s.URL+"/a", State{})
			var se *StatusError
			if !errors.As(err, &se) {
				t.Fatalf("err = %v, want a *StatusError", err)
			}
			if se.Code != 503 || se.Attempts != tt.wantAttempts {
				t.Errorf("code %d after %d attempts, want 503 after %d", se.Code, se.Attempts, tt.wantAttempts)
			}
			if want := "fetch " + s.URL + "/a: " + tt.wantMsg; err.Error() != want {
				t.Errorf("err = %q\nwant  %q", err, want)
			}
			if diff := cmp.Diff(tt.wantSleeps, clock.sleeps()); diff != "" {
				t.Errorf("sleeps (-want +got):\n%s", diff)
			}
		})
	}
}

func TestNotModified(t *testing.T) {
	const lastMod = "Wed, 21 Jan 2026 10:00:00 GMT"
	f, clock := testFetcher(Options{})
	s := newSite(t, clock, "", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("ETag", `"v1"`)
		w.Header().Set("Last-Modified", lastMod)
		if r.Header.Get("If-None-Match") == `"v1"` && r.Header.Get("If-Modified-Since") == lastMod {
			w.WriteHeader(http.StatusNotModified)
			return
		}
		fmt.Fprint(w, "<html>story</html>")
	})
	first, err := f.Fetch(t.Context(), s.URL+"/story", State{})
	if err != nil {
		t.Fatal(err)
	}
	if first.NotModified || string(first.Body) != "<html>story</html>" {
		t.Fatalf("first fetch: NotModified %v, body %q", first.NotModified, first.Body)
	}
	wantState := State{URL: s.URL + "/story", ETag: `"v1"`, LastModified: lastMod, FetchedAt: clock.Now()}
	if diff := cmp.Diff(wantState, first.State); diff != "" {
		t.Errorf("state (-want +got):\n%s", diff)
	}

	// The state goes through a store as JSON.
	saved, err := json.Marshal(first.State)
	if err != nil {
		t.Fatal(err)
	}
	wantJSON := `{"url":"` + s.URL + `/story","etag":"\"v1\"","last_modified":"` + lastMod + `","fetched_at":"2026-01-22T12:00:00Z"}`
	if string(saved) != wantJSON {
		t.Errorf("state JSON = %s\nwant         %s", saved, wantJSON)
	}
	var prev State
	if err := json.Unmarshal(saved, &prev); err != nil {
		t.Fatal(err)
	}

	clock.advance(time.Hour)
	second, err := f.Fetch(t.Context(), s.URL+"/story", prev)
	if err != nil {
		t.Fatal(err)
	}
	if !second.NotModified || second.Status != http.StatusNotModified || second.Body != nil {
		t.Errorf("second fetch: NotModified %v, status %d, body %q", second.NotModified, second.Status, second.Body)
	}
	wantState.FetchedAt = clock.Now()
	if diff := cmp.Diff(wantState, second.State); diff != "" {
		t.Errorf("state after 304 (-want +got):\n%s", diff)
	}
}

func TestRedirects(t *testing.T) {
	tests := []struct {
		name    string
		start   string
		wantErr error
		wantURL string // final path when there is no error
	}{
		{"followed", "/hop/2", nil, "/page"},
		{"loop of two", "/loop/a", ErrRedirectLoop, ""},
		{"to itself", "/self", ErrRedirectLoop, ""},
		{"too many", "/hop/7", ErrTooManyRedirects, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f, clock := testFetcher(Options{})
			s := newSite(t, clock, "", func(w http.ResponseWriter, r *http.Request) {
				var to string
				switch p := r.URL.Path; {
				case p == "/loop/a":
					to = "/loop/b"
				case p == "/loop/b":
					to = "/loop/a"
				case p == "/self":
					to = "/self#top" // a fragment does not make it another URL
				case p == "/hop/0":
					to = "/page"
				case strings.HasPrefix(p, "/hop/"):
					var n int
					fmt.Sscanf(p, "/hop/%d", &n)
					to = fmt.Sprintf("/hop/%d", n-1)
				default:
					fmt.Fprint(w, "landed")
					return
				}
				http.Redirect(w, r, to, http.StatusFound)
			})
			res, err := f.Fetch(t.Context(), s.URL+tt.start, State{})
			if tt.wantErr != nil {
				if !errors.Is(err, tt.wantErr) {
					t.Fatalf("err = %v, want %v", err, tt.wantErr)
				}
				if !strings.Contains(err.Error(), s.URL+tt.start) {
					t.Errorf("error %q does not name the URL", err)
				}
				if n := len(s.paths()); n > DefaultMaxRedirects+2 {
					t.Errorf("%d requests for one fetch", n)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if res.URL != s.URL+tt.wantURL {
				t.Errorf("final URL %s, want %s", res.URL, s.URL+tt.wantURL)
			}
		})
	}
}

func TestRedirectTargetNamed(t *testing.T) {
	tests := []struct {
		to      string
		wantErr error
	}{
		{"/members/login", ErrDisallowed},
		{"/gone", ErrNotFound},
	}
	for _, tt := range tests {
		t.Run(tt.to, func(t *testing.T) {
			f, clock := testFetcher(Options{})
			s := newSite(t, clock, "User-agent: *\nDisallow: /members\n", func(w http.ResponseWriter, r *http.Request) {
				if r.URL.Path == "/story" {
					http.Redirect(w, r, tt.to, http.StatusMovedPermanently)
					return
				}
				http.NotFound(w, r)
			})
			_, err := f.Fetch(t.Context(), s.URL+"/story", State{})
			if !errors.Is(err, tt.wantErr) {
				t.Fatalf("err = %v, want %v", err, tt.wantErr)
			}
			if want := "fetch " + s.URL + "/story: redirected to " + s.URL + tt.to + ": "; !strings.HasPrefix(err.Error(), want) {
				t.Errorf("err = %q, want it to start %q", err, want)
			}
		})
	}
}

func TestTooLarge(t *testing.T) {
	const (
		limit    = 1 << 20
		total    = 50 << 20
		maxWrite = 20 << 20 // socket buffers hold a few MB; all 50 would mean the fetcher read on
	)
	tests := []struct {
		name          string
		contentLength bool
	}{
		{"streamed without Content-Length", false},
		{"declared Content-Length", true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f, clock := testFetcher(Options{MaxBytes: limit})
			var written atomic.Int64
			done := make(chan struct{})
			s := newSite(t, clock, "", func(w http.ResponseWriter, r *http.Request) {
				defer close(done)
				if tt.contentLength {
					w.Header().Set("Content-Length", fmt.Sprint(total))
				}
				chunk := make([]byte, 32<<10)
				for written.Load() < total {
					n, err := w.Write(chunk)
					written.Add(int64(n))
					if err != nil {
						return
					}
				}
			})
			_, err := f.Fetch(t.Context(), s.URL+"/huge", State{})
			if !errors.Is(err, ErrTooLarge) {
				t.Fatalf("err = %v, want ErrTooLarge", err)
			}
			select {
			case <-done:
			case <-time.After(10 * time.Second):
				t.Fatal("the server is still writing: the fetcher did not hang up")
			}
			t.Logf("server wrote %d bytes", written.Load())
			if n := written.Load(); n > maxWrite {
				t.Errorf("server wrote %d bytes; the fetcher should stop near %d", n, limit)
			}
		})
	}
}

func TestGzipCountsInflatedBytes(t *testing.T) {
	var zipped bytes.Buffer
	zw := gzip.NewWriter(&zipped)
	zw.Write(make([]byte, 4<<20))
	zw.Close()
	f, clock := testFetcher(Options{MaxBytes: 1 << 20})
	s := newSite(t, clock, "", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Encoding", "gzip")
		w.Write(zipped.Bytes())
	})
	if _, err := f.Fetch(t.Context(), s.URL+"/bomb", State{}); !errors.Is(err, ErrTooLarge) {
		t.Fatalf("err = %v, want ErrTooLarge for %d gzipped bytes that inflate to 4 MB", err, zipped.Len())
	}
}

func TestBodyAtLimitIsKept(t *testing.T) {
	f, clock := testFetcher(Options{MaxBytes: 10})
	s := newSite(t, clock, "", ok("0123456789"))
	res, err := f.Fetch(t.Context(), s.URL+"/ten", State{})
	if err != nil {
		t.Fatal(err)
	}
	if string(res.Body) != "0123456789" {
		t.Errorf("body = %q", res.Body)
	}
}

func TestTimeout(t *testing.T) {
	const timeout = 200 * time.Millisecond
	tests := []struct {
		name string
		h    http.HandlerFunc
	}{
		{"no headers", func(w http.ResponseWriter, r *http.Request) {
			select {
			case <-r.Context().Done():
			case <-time.After(5 * time.Second):
			}
		}},
		{"body trickles", func(w http.ResponseWriter, r *http.Request) {
			for range 50 {
				if _, err := fmt.Fprint(w, "x"); err != nil {
					return
				}
				w.(http.Flusher).Flush()
				select {
				case <-r.Context().Done():
					return
				case <-time.After(100 * time.Millisecond):
				}
			}
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f, clock := testFetcher(Options{Timeout: timeout})
			s := newSite(t, clock, "", tt.h)
			start := time.Now()
			_, err := f.Fetch(t.Context(), s.URL+"/slow", State{})
			if !errors.Is(err, ErrTimeout) {
				t.Fatalf("err = %v, want ErrTimeout", err)
			}
			if !strings.Contains(err.Error(), s.URL+"/slow") {
				t.Errorf("error %q does not name the URL", err)
			}
			if d := time.Since(start); d > 3*time.Second {
				t.Errorf("took %s with a %s time limit", d, timeout)
			}
		})
	}
}

func TestCallerCancelIsNotATimeout(t *testing.T) {
	f, clock := testFetcher(Options{})
	s := newSite(t, clock, "", ok("page"))
	ctx, cancel := context.WithCancel(t.Context())
	cancel()
	_, err := f.Fetch(ctx, s.URL+"/a", State{})
	if !errors.Is(err, context.Canceled) || errors.Is(err, ErrTimeout) {
		t.Errorf("err = %v, want context.Canceled", err)
	}
}

func TestStatusErrors(t *testing.T) {
	tests := []struct {
		status   int
		notFound bool
	}{
		{http.StatusNotFound, true},
		{http.StatusGone, true},
		{http.StatusForbidden, false},
		{http.StatusNotImplemented, false}, // a 5xx that retrying will not change
	}
	for _, tt := range tests {
		t.Run(fmt.Sprint(tt.status), func(t *testing.T) {
			f, clock := testFetcher(Options{})
			s := newSite(t, clock, "", func(w http.ResponseWriter, r *http.Request) { w.WriteHeader(tt.status) })
			_, err := f.Fetch(t.Context(), s.URL+"/missing", State{})
			var se *StatusError
			if !errors.As(err, &se) || se.Code != tt.status || se.Attempts != 1 {
				t.Fatalf("err = %#v, want a StatusError %d after 1 attempt", err, tt.status)
			}
			if errors.Is(err, ErrNotFound) != tt.notFound {
				t.Errorf("errors.Is(err, ErrNotFound) = %v", !tt.notFound)
			}
			want := fmt.Sprintf("fetch %s/missing: HTTP %d %s", s.URL, tt.status, http.StatusText(tt.status))
			if err.Error() != want {
				t.Errorf("err = %q, want %q", err, want)
			}
			if len(clock.sleeps()) != 0 {
				t.Errorf("retried: slept %v", clock.sleeps())
			}
		})
	}
}

func TestCharsetReported(t *testing.T) {
	// "café – «news»" in Windows-1252.
	page := []byte("<p>caf\xe9 \x96 \xabnews\xbb</p>")
	tests := []struct {
		contentType string
		want        string
	}{
		{"text/html; charset=windows-1252", "windows-1252"},
		{`text/html; charset="ISO-8859-1"`, "iso-8859-1"},
		{"text/html", ""},
		{"garbage;;", ""},
	}
	for _, tt := range tests {
		t.Run(tt.contentType, func(t *testing.T) {
			f, clock := testFetcher(Options{})
			s := newSite(t, clock, "", func(w http.ResponseWriter, r *http.Request) {
				w.Header().Set("Content-Type", tt.contentType)
				w.Write(page)
			})
			res, err := f.Fetch(t.Context(), s.URL+"/p", State{})
			if err != nil {
				t.Fatal(err)
			}
			if res.Charset != tt.want || res.ContentType != tt.contentType {
				t.Errorf("Content-Type %q charset %q, want %q %q", res.ContentType, res.Charset, tt.contentType, tt.want)
			}
			if string(res.Body) != string(page) {
				t.Errorf("body = %q, want the bytes as sent", res.Body)
			}
		})
	}
}

func TestRateLimitPerHost(t *testing.T) {
	const every = 2 * time.Second
	f, clock := testFetcher(Options{MinInterval: every})
	a := newSite(t, clock, "", ok("a"))
	b := newSite(t, clock, "", ok("b"))
	for _, u := range []string{a.URL + "/1", a.URL + "/2", b.URL + "/1", a.URL + "/3"} {
		if _, err := f.Fetch(t.Context(), u, State{}); err != nil {
			t.Fatal(err)
		}
	}
	start := newFakeClock().Now()
	var gotA, gotB []time.Duration
	for _, h := range a.allHits() {
		gotA = append(gotA, h.at.Sub(start))
	}
	for _, h := range b.allHits() {
		gotB = append(gotB, h.at.Sub(start))
	}
	// Host a: robots.txt, /1, /2 each 2s apart; /3 comes after b's two
	// requests moved the clock on, and still waits its turn.
	if diff := cmp.Diff([]time.Duration{0, 2 * time.Second, 4 * time.Second, 6 * time.Second}, gotA); diff != "" {
		t.Errorf("host a request times (-want +got):\n%s", diff)
	}
	// Host b does not wait for a: its robots.txt goes at once.
	if diff := cmp.Diff([]time.Duration{4 * time.Second, 6 * time.Second}, gotB); diff != "" {
		t.Errorf("host b request times (-want +got):\n%s", diff)
	}
}

func TestUserAgent(t *testing.T) {
	tests := []struct {
		name, ua, want string
	}{
		{"default", "", DefaultUserAgent()},
		{"custom", "storygraph/1.2.3 (+https://example.org/bot)", "storygraph/1.2.3 (+https://example.org/bot)"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f, clock := testFetcher(Options{UserAgent: tt.ua})
			s := newSite(t, clock, "", ok("page"))
			if _, err := f.Fetch(t.Context(), s.URL+"/a", State{}); err != nil {
				t.Fatal(err)
			}
			for _, h := range s.allHits() {
				if h.ua != tt.want {
					t.Errorf("%s sent User-Agent %q, want %q", h.path, h.ua, tt.want)
				}
			}
		})
	}
	if ua := DefaultUserAgent(); !strings.HasPrefix(ua, "storygraph/") || !strings.Contains(ua, "(+https://github.com/storygraph/storygraph)") {
		t.Errorf("DefaultUserAgent() = %q", ua)
	}
}

func TestErrorsHideCredentials(t *testing.T) {
	f, clock := testFetcher(Options{})
	s := newSite(t, clock, "", func(w http.ResponseWriter, r *http.Request) { http.NotFound(w, r) })
	withCreds := strings.Replace(s.URL, "http://", "http://alice:s3cret@", 1)
	tests := []struct {
		name, url string
		wantErr   error
	}{
		{"HTTP status", withCreds + "/missing", ErrNotFound},
		{"bad URL", withCreds + ":99999999/x", ErrInvalidURL},
		{"no scheme", "alice:s3cret@example.org/x", ErrInvalidURL},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := f.Fetch(t.Context(), tt.url, State{})
			if !errors.Is(err, tt.wantErr) {
				t.Fatalf("err = %v, want %v", err, tt.wantErr)
			}
			if msg := err.Error(); strings.Contains(msg, "s3cret") || strings.Contains(msg, "alice") {
				t.Errorf("error leaks credentials: %q", msg)
			}
		})
	}
}
