package fetch

import (
	"cmp"
	"context"
	"errors"
	"fmt"
	"io"
	"mime"
	"net"
	"net/http"
	"net/url"
	"runtime/debug"
	"strconv"
	"strings"
	"sync"
	"time"
)

// Defaults for the zero values of Options.
const (
	DefaultMinInterval  = time.Second
	DefaultMaxBytes     = 10 << 20
	DefaultTimeout      = 30 * time.Second
	DefaultMaxRedirects = 5
	DefaultMaxRetries   = 3
	DefaultMaxRetryWait = 2 * time.Minute
)

const (
	// retryBase is the first backoff when the server gives no Retry-After;
	// it doubles with each retry.
	retryBase = time.Second
	// accept says what storygraph reads, so that servers which negotiate send
	// a page or a feed rather than, say, JSON for a single-page app.
	accept = "text/html,application/xhtml+xml,application/rss+xml,application/atom+xml,application/xml;q=0.9,*/*;q=0.8"
)

// Options configure a Fetcher. A zero field means its Default constant;
// where said, a negative value means none.
type Options struct {
	UserAgent    string        // default DefaultUserAgent(); its product token is the robots.txt user-agent
	MinInterval  time.Duration // between two requests to one host; negative: no limit
	MaxBytes     int64         // of one response body, after gzip is undone
	Timeout      time.Duration // of one request (connecting, headers, whole body); each retry and redirect has its own
	MaxRedirects int           // followed for one URL; negative: none
	MaxRetries   int           // after a 429 or 5xx; negative: none
	MaxRetryWait time.Duration // waited in all between the retries of one request; negative: give up rather than wait
	Transport    http.RoundTripper
	Clock        Clock // default: the system clock
}

// Clock is the time the fetcher reads and waits on; tests pass a fake one
// so that rate limits and backoff take no real time.
type Clock interface {
	Now() time.Time
	// Sleep waits d, or returns ctx.Err() when ctx ends first.
	Sleep(ctx context.Context, d time.Duration) error
}

// SystemClock is the real clock; a wait of d <= 0 returns at once.
type SystemClock struct{}

// Now implements Clock.
func (SystemClock) Now() time.Time { return time.Now() }

// Sleep implements Clock.
func (SystemClock) Sleep(ctx context.Context, d time.Duration) error {
	if d <= 0 {
		return ctx.Err()
	}
	t := time.NewTimer(d)
	defer t.Stop()
	select {
	case <-ctx.Done():
		return ctx.Err()
	case <-t.C:
		return nil
	}
}

// State is what to keep about a URL between fetches, for conditional GET.
// Its fields are plain and JSON-tagged so that a store can save it as is.
type State struct {
	URL          string    `json:"url"` // as requested, the key to keep it under
	ETag         string    `json:"etag,omitempty"`
	LastModified string    `json:"last_modified,omitempty"` // the header as sent, not parsed
	FetchedAt    time.Time `json:"fetched_at,omitzero"`
}

// Result is a successful fetch: a 2xx response, or a 304 when the caller's
// State still holds.
type Result struct {
	URL          string // final, after redirects
	Status       int
	Body         []byte // nil when NotModified
	ContentType  string // the header as sent
	Charset      string // its charset parameter in lower case, "" when none; bytes are not decoded
	ETag         string
	LastModified string
	FetchedAt    time.Time
	NotModified  bool
	// MaxAge is how long the server says the response stays fresh
	// (Cache-Control max-age), 0 when it does not say.
	MaxAge time.Duration
	State  State // to pass to the next Fetch of the same URL
}

// Fetcher fetches URLs politely. It is safe for concurrent use; its rate
// limits and robots.txt cache are shared by all callers.
type Fetcher struct {
	opts   Options
	token  string // robots.txt product token
	client *http.Client
	clock  Clock

	mu     sync.Mutex
	next   map[string]time.Time    // per host: when the next request may go
	robots map[string]*robotsEntry // per scheme://host
}

// New returns a Fetcher with opts, defaults filled in.
func New(opts Options) *Fetcher {
	if opts.UserAgent == "" {
		opts.UserAgent = DefaultUserAgent()
	}
	if opts.MaxBytes <= 0 {
		opts.MaxBytes = DefaultMaxBytes
	}
	if opts.Timeout <= 0 {
		opts.Timeout = DefaultTimeout
	}
	opts.MinInterval = orDefault(opts.MinInterval, DefaultMinInterval)
	opts.MaxRedirects = orDefault(opts.MaxRedirects, DefaultMaxRedirects)
	opts.MaxRetries = orDefault(opts.MaxRetries, DefaultMaxRetries)
	opts.MaxRetryWait = orDefault(opts.MaxRetryWait, DefaultMaxRetryWait)
	if opts.Transport == nil {
		opts.Transport = http.DefaultTransport
	}
	if opts.Clock == nil {
		opts.Clock = SystemClock{}
	}
	return &Fetcher{
		opts:  opts,
		token: productToken(opts.UserAgent),
		client: &http.Client{
			Transport: opts.Transport,
			// Redirects are followed by Fetch, one hop at a time, so that
			// each hop is checked against robots.txt and the rate limit.
			CheckRedirect: func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse },
			// A backstop for the per-request context deadline.
			Timeout: opts.Timeout,
		},
		clock:  opts.Clock,
		next:   map[string]time.Time{},
		robots: map[string]*robotsEntry{},
	}
}

// orDefault is def for 0, and 0 (none) for a negative v.
func orDefault[T int | time.Duration](v, def T) T {
	switch {
	case v == 0:
		return def
	case v < 0:
		return 0
	}
	return v
}

// DefaultUserAgent names storygraph, its version when the binary knows it,
// and where to read about it, so that site owners can tell who is asking.
func DefaultUserAgent() string {
	v := "dev"
	if bi, ok := debug.ReadBuildInfo(); ok && bi.Main.Version != "" && bi.Main.Version != "(devel)" {
		v = strings.TrimPrefix(bi.Main.Version, "v")
	}
	return "storygraph/" + v + " (+https://github.com/storygraph/storygraph)"
}

// Fetch gets rawURL. With prev from an earlier Result of the same URL it
// asks conditionally, and an unchanged page comes back as NotModified with
// no body. Every error is an *Error naming the URL without its userinfo.
func (f *Fetcher) Fetch(ctx context.Context, rawURL string, prev State) (*Result, error) {
	u, err := parseURL(rawURL)
	if err != nil {
		return nil, &Error{URL: redactRaw(strings.TrimSpace(rawURL)), Err: err}
	}
	res, err := f.fetch(ctx, u, prev)
	if err != nil {
		return nil, &Error{URL: redact(u), Err: err}
	}
	return res, nil
}

func parseURL(raw string) (*url.URL, error) {
	u, err := url.Parse(strings.TrimSpace(raw))
	if err != nil {
		// Not url.Error's text: it quotes the whole URL, userinfo and all.
		var ue *url.Error
		if errors.As(err, &ue) {
			err = ue.Err
		}
		return nil, fmt.Errorf("%w: %v", ErrInvalidURL, err)
	}
	if (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		return nil, fmt.Errorf("%w: want an absolute http or https URL", ErrInvalidURL)
	}
	u.Fragment, u.RawFragment = "", "" // never sent; dropping it keeps redirect loops and State keys stable
	return u, nil
}

func (f *Fetcher) fetch(ctx context.Context, u *url.URL, prev State) (*Result, error) {
	hdr := http.Header{}
	if prev.ETag != "" {
		hdr.Set("If-None-Match", prev.ETag)
	}
	if prev.LastModified != "" {
		hdr.Set("If-Modified-Since", prev.LastModified)
	}
	seen := map[string]bool{u.String(): true}
	cur := u
	for redirects := 0; ; redirects++ {
		rep, err := f.fetchHop(ctx, cur, hdr)
		var res *Result
		if err == nil && !isRedirect(rep.status) {
			res, err = f.result(u, cur, prev, rep)
		}
		if err != nil {
			if cur != u {
				err = fmt.Errorf("redirected to %s: %w", redact(cur), err)
			}
			return nil, err
		}
		if res != nil {
			return res, nil
		}
		next, err := redirectTarget(cur, rep)
		switch {
		case err != nil:
			return nil, err
		case seen[next.String()]:
			return nil, fmt.Errorf("%w: %s redirects back to %s", ErrRedirectLoop, redact(cur), redact(next))
		case redirects >= f.opts.MaxRedirects:
			return nil, fmt.Errorf("%w: more than %d", ErrTooManyRedirects, f.opts.MaxRedirects)
		}
		seen[next.String()] = true
		cur = next
	}
}

// fetchHop asks for u once robots.txt allows it, retrying on 429 and 5xx.
func (f *Fetcher) fetchHop(ctx context.Context, u *url.URL, hdr http.Header) (*reply, error) {
	rules, err := f.robotsFor(ctx, u)
	if err != nil {
		return nil, err
	}
	if !rules.allows(robotsPath(u)) {
		return nil, ErrDisallowed
	}
	var waited time.Duration
	for attempt := 1; ; attempt++ {
		rep, err := f.get(ctx, u, hdr, f.opts.MaxBytes, false)
		if err != nil {
			return nil, err
		}
		rep.attempts = attempt
		if !retryable(rep.status) {
			return rep, nil
		}
		wait, asked := f.backoff(attempt, rep.header.Get("Retry-After"))
		if attempt > f.opts.MaxRetries || waited+wait > f.opts.MaxRetryWait {
			serr := &StatusError{URL: redact(u), Code: rep.status, Attempts: attempt}
			if asked && attempt <= f.opts.MaxRetries {
				serr.RetryAfter = wait
			}
			return nil, serr
		}
		if err := f.clock.Sleep(ctx, wait); err != nil {
			return nil, err
		}
		waited += wait
	}
}

// retryable says whether a status is worth asking again: too many requests,
// and server errors that are usually passing (not 501 Not Implemented or
// 505 HTTP Version Not Supported, which will not change).
func retryable(code int) bool {
	switch code {
	case http.StatusTooManyRequests, http.StatusInternalServerError, http.StatusBadGateway,
		http.StatusServiceUnavailable, http.StatusGatewayTimeout:
		return true
	}
	return false
}

// backoff is how long to wait before attempt+1: the server's Retry-After
// (seconds or an HTTP date) when it gave one, else retryBase doubled per
// attempt. asked says the wait came from the server.
func (f *Fetcher) backoff(attempt int, retryAfter string) (wait time.Duration, asked bool) {
	retryAfter = strings.TrimSpace(retryAfter)
	if s, err := strconv.ParseInt(retryAfter, 10, 64); err == nil {
		const year = 365 * 24 * 60 * 60 // more is as good as never, and would overflow
		return time.Duration(min(max(s, 0), year)) * time.Second, true
	}
	if t, err := http.ParseTime(retryAfter); err == nil {
		return max(t.Sub(f.clock.Now()), 0), true
	}
	return retryBase << min(attempt-1, 16), false
}

func isRedirect(code int) bool {
	switch code {
	case http.StatusMovedPermanently, http.StatusFound, http.StatusSeeOther,
		http.StatusTemporaryRedirect, http.StatusPermanentRedirect:
		return true
	}
	return false
}

func redirectTarget(cur *url.URL, rep *reply) (*url.URL, error) {
	loc := rep.header.Get("Location")
	if loc == "" {
		return nil, fmt.Errorf("HTTP %d redirect without a Location", rep.status)
	}
	ref, err := url.Parse(loc)
	if err != nil {
		return nil, fmt.Errorf("HTTP %d redirect to a bad Location", rep.status)
	}
	next := cur.ResolveReference(ref)
	if next.Scheme != "http" && next.Scheme != "https" {
		return nil, fmt.Errorf("HTTP %d redirect to a %q URL", rep.status, next.Scheme)
	}
	next.Fragment, next.RawFragment = "", ""
	return next, nil
}

func (f *Fetcher) result(requested, final *url.URL, prev State, rep *reply) (*Result, error) {
	now := f.clock.Now()
	res := &Result{URL: final.String(), Status: rep.status, FetchedAt: now, MaxAge: maxAge(rep.header.Get("Cache-Control"))}
	switch {
	case rep.status == http.StatusNotModified:
		// A 304 should repeat the validators; when it does not, the old
		// ones still hold.
		res.NotModified = true
		res.ETag = cmp.Or(rep.header.Get("ETag"), prev.ETag)
		res.LastModified = cmp.Or(rep.header.Get("Last-Modified"), prev.LastModified)
	case rep.status >= 200 && rep.status < 300:
		res.Body = rep.body
		res.ContentType = rep.header.Get("Content-Type")
		res.Charset = charsetOf(res.ContentType)
		res.ETag = rep.header.Get("ETag")
		res.LastModified = rep.header.Get("Last-Modified")
	default:
		return nil, &StatusError{URL: redact(final), Code: rep.status, Attempts: rep.attempts}
	}
	res.State = State{URL: requested.String(), ETag: res.ETag, LastModified: res.LastModified, FetchedAt: now}
	return res, nil
}

// maxAge reads Cache-Control's max-age ("public, max-age=900"); no-cache
// and no-store say nothing about freshness here (a conditional GET is
// made anyway), so they count as 0.
func maxAge(cacheControl string) time.Duration {
	for _, d := range strings.Split(cacheControl, ",") {
		name, value, _ := strings.Cut(strings.TrimSpace(d), "=")
		if strings.EqualFold(name, "max-age") {
			if n, err := strconv.Atoi(strings.Trim(value, `"`)); err == nil && n > 0 {
				return time.Duration(n) * time.Second
			}
		}
	}
	return 0
}

func charsetOf(contentType string) string {
	_, params, err := mime.ParseMediaType(contentType)
	if err != nil {
		return ""
	}
	return strings.ToLower(strings.TrimSpace(params["charset"]))
}

// reply is one HTTP response with its body read.
type reply struct {
	status   int
	header   http.Header
	body     []byte // of a 2xx only
	attempts int
}

// get makes one GET request once the host's turn has come, and reads a 2xx
// body of up to limit bytes within the request's time limit. A longer body
// is ErrTooLarge, or with truncate cut at limit.
func (f *Fetcher) get(ctx context.Context, u *url.URL, hdr http.Header, limit int64, truncate bool) (*reply, error) {
	if err := f.wait(ctx, u.Host); err != nil {
		return nil, err
	}
	actx, cancel := context.WithTimeout(ctx, f.opts.Timeout)
	defer cancel()
	req, err := http.NewRequestWithContext(actx, http.MethodGet, u.String(), nil)
	if err != nil {
		return nil, fmt.Errorf("%w: %v", ErrInvalidURL, err)
	}
	for k, v := range hdr {
		req.Header[k] = v
	}
	req.Header.Set("User-Agent", f.opts.UserAgent)
	req.Header.Set("Accept", accept)
	resp, err := f.client.Do(req)
	if err != nil {
		return nil, f.netErr(ctx, err)
	}
	// Closing an unread body drops the connection rather than draining it,
	// which is what an over-long body needs.
	defer resp.Body.Close()
	rep := &reply{status: resp.StatusCode, header: resp.Header}
	if resp.StatusCode < 200 || resp.StatusCode > 299 {
		return rep, nil
	}
	if !truncate && resp.ContentLength > limit {
		return nil, fmt.Errorf("%w: Content-Length %d is more than the limit of %d bytes", ErrTooLarge, resp.ContentLength, limit)
	}
	// One byte past the limit tells a body of exactly limit bytes from a
	// longer one, without reading the rest. The transport undoes gzip, so a
	// small compressed body that inflates past the limit stops here too.
	body, err := io.ReadAll(io.LimitReader(resp.Body, limit+1))
	if err != nil {
		return nil, f.netErr(ctx, err)
	}
	if int64(len(body)) > limit {
		if !truncate {
			return nil, fmt.Errorf("%w: more than the limit of %d bytes", ErrTooLarge, limit)
		}
		body = body[:limit]
	}
	rep.body = body
	return rep, nil
}

// netErr turns a transport error into one that names no URL (url.Error's
// text keeps the user name) and says ErrTimeout when the request's own time
// limit ran out; the caller's cancellation stays the caller's.
func (f *Fetcher) netErr(ctx context.Context, err error) error {
	if ctx.Err() != nil {
		return ctx.Err()
	}
	var ne net.Error
	if errors.Is(err, context.DeadlineExceeded) || (errors.As(err, &ne) && ne.Timeout()) {
		return fmt.Errorf("%w after %s", ErrTimeout, f.opts.Timeout)
	}
	var ue *url.Error
	if errors.As(err, &ue) {
		return ue.Err
	}
	return err
}

// wait blocks until a request to host may go: each request reserves the
// next slot, MinInterval after the previous one, so concurrent callers are
// spaced too.
func (f *Fetcher) wait(ctx context.Context, host string) error {
	if f.opts.MinInterval <= 0 {
		return nil
	}
	host = strings.ToLower(host)
	now := f.clock.Now()
	f.mu.Lock()
	at := f.next[host]
	if at.Before(now) {
		at = now
	}
	f.next[host] = at.Add(f.opts.MinInterval)
	// A long watch meets many hosts; slots in the past hold nothing back.
	if len(f.next) > 1024 {
		for h, t := range f.next {
			if t.Before(now) {
				delete(f.next, h)
			}
		}
	}
	f.mu.Unlock()
	if d := at.Sub(now); d > 0 {
		return f.clock.Sleep(ctx, d)
	}
	return nil
}
