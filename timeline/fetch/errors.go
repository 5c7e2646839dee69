package fetch

import (
	"errors"
	"fmt"
	"net/http"
	"net/url"
	"strings"
	"time"
)

// Sentinel errors, for errors.Is. Every error Fetch returns is an *Error that
// names the URL and wraps one of these, a *StatusError, or the caller's
// context error.
var (
	ErrDisallowed       = errors.New("disallowed by robots.txt")
	ErrTooLarge         = errors.New("response too large")
	ErrNotFound         = errors.New("not found")
	ErrRedirectLoop     = errors.New("redirect loop")
	ErrTooManyRedirects = errors.New("too many redirects")
	ErrTimeout          = errors.New("timed out")
	ErrInvalidURL       = errors.New("invalid URL")
)

// Error is a failed fetch of one URL.
type Error struct {
	URL string // as requested, without userinfo
	Err error
}

func (e *Error) Error() string { return "fetch " + e.URL + ": " + e.Err.Error() }
func (e *Error) Unwrap() error { return e.Err }

// StatusError is a final HTTP status that is neither success, 304 nor a
// redirect. errors.Is(err, ErrNotFound) holds for 404 and 410.
type StatusError struct {
	URL        string // the URL that answered (after redirects), without userinfo
	Code       int
	Attempts   int           // how many times it was asked; more than 1 after retries
	RetryAfter time.Duration // the server's last Retry-After when it was more than the fetcher would wait
}

func (e *StatusError) Error() string {
	var b strings.Builder
	fmt.Fprintf(&b, "HTTP %d %s", e.Code, http.StatusText(e.Code))
	if e.Attempts > 1 {
		fmt.Fprintf(&b, " after %d attempts", e.Attempts)
	}
	if e.RetryAfter > 0 {
		fmt.Fprintf(&b, " (server asked to retry after %s, longer than allowed)", e.RetryAfter)
	}
	return b.String()
}

func (e *StatusError) Is(target error) bool {
	return target == ErrNotFound && (e.Code == http.StatusNotFound || e.Code == http.StatusGone)
}

// redact returns u as a string without userinfo: a user name is as much a
// secret as a password when it is an API token.
func redact(u *url.URL) string {
	if u.User == nil {
		return u.String()
	}
	c := *u
	c.User = nil
	return c.String()
}

// redactRaw is redact for a string that may not parse, or parses without a
// host ("user:pass@host/x" has the scheme "user"): it drops everything up to
// the last "@" of what would be the authority.
func redactRaw(raw string) string {
	if u, err := url.Parse(raw); err == nil && u.Host != "" {
		return redact(u)
	}
	prefix, rest := "", raw
	if i := strings.Index(raw, "://"); i >= 0 {
		prefix, rest = raw[:i+3], raw[i+3:]
	}
	authority := rest
	if j := strings.IndexAny(rest, "/?#"); j >= 0 {
		authority = rest[:j]
	}
	if at := strings.LastIndex(authority, "@"); at >= 0 {
		return prefix + rest[at+1:]
	}
	return raw
}
