package fetch

import (
	"context"
	"fmt"
	"net/http"
	"net/url"
	"strings"
	"sync"
	"time"
)

const (
	// robotsTTL: RFC 9309 asks crawlers not to use a cached robots.txt for
	// more than 24 hours.
	robotsTTL = 24 * time.Hour
	// robotsMaxBytes: RFC 9309 asks crawlers to parse at least 500 KiB; past
	// that the file is cut, not refused.
	robotsMaxBytes = 512 << 10
	// robotsMaxRedirects: RFC 9309 asks crawlers to follow at least five.
	robotsMaxRedirects = 5
)

// robots is the part of one robots.txt that applies to our product token.
type robots struct {
	rules []rule
}

type rule struct {
	allow   bool
	pattern string // percent-encoding normalised; may hold * and a final $
}

// robotsEntry caches one host's rules; its lock makes concurrent fetches of
// a new host wait for a single robots.txt request.
type robotsEntry struct {
	mu      sync.Mutex
	rules   *robots
	expires time.Time
}

// robotsFor returns the rules of u's host, fetching them when they are not
// cached or are stale. An unreachable robots.txt is not cached, so the next
// fetch asks again.
func (f *Fetcher) robotsFor(ctx context.Context, u *url.URL) (*robots, error) {
	origin := &url.URL{Scheme: u.Scheme, Host: strings.ToLower(u.Host)}
	key := origin.String()
	f.mu.Lock()
	e := f.robots[key]
	if e == nil {
		e = &robotsEntry{}
		f.robots[key] = e
	}
	f.mu.Unlock()

	e.mu.Lock()
	defer e.mu.Unlock()
	if e.rules != nil && f.clock.Now().Before(e.expires) {
		return e.rules, nil
	}
	rules, err := f.fetchRobots(ctx, origin)
	if err != nil {
		return nil, err
	}
	e.rules, e.expires = rules, f.clock.Now().Add(robotsTTL)
	return rules, nil
}

// fetchRobots gets and parses origin's robots.txt with RFC 9309's reading
// of its status: a 4xx means there are no rules, and a 429, a 5xx or no
// answer means everything is disallowed for now.
func (f *Fetcher) fetchRobots(ctx context.Context, origin *url.URL) (*robots, error) {
	u := &url.URL{Scheme: origin.Scheme, Host: origin.Host, Path: "/robots.txt"}
	for hops := 0; ; hops++ {
		rep, err := f.get(ctx, u, nil, robotsMaxBytes, true)
		if err != nil {
			// No answer at all: the host is unreachable, which is what the
			// user needs to hear (RFC 9309's "disallow" would say the same
			// less clearly: the page cannot be fetched either way).
			return nil, err
		}
		switch {
		case rep.status >= 200 && rep.status < 300:
			return parseRobots(string(rep.body), f.token), nil
		case rep.status == http.StatusTooManyRequests || rep.status >= 500:
			return nil, fmt.Errorf("%w: robots.txt unreachable: HTTP %d", ErrDisallowed, rep.status)
		case isRedirect(rep.status) && hops < robotsMaxRedirects:
			next, err := redirectTarget(u, rep)
			if err == nil {
				u = next
				continue
			}
			return &robots{}, nil
		default:
			// 4xx, or redirects that lead nowhere: "unavailable".
			return &robots{}, nil
		}
	}
}

// parseRobots keeps the rules of the groups whose user-agent is token, or,
// when there are none, of the groups for "*". Several groups for one agent
// are merged, as RFC 9309 says.
func parseRobots(text, token string) *robots {
	var mine, star []rule
	var matchesMe, matchesStar, inRules, found bool
	text = strings.TrimPrefix(text, "\uFEFF")
	for line := range strings.Lines(text) {
		if i := strings.IndexByte(line, '#'); i >= 0 {
			line = line[:i]
		}
		key, value, ok := strings.Cut(line, ":")
		if !ok {
			continue
		}
		key, value = strings.ToLower(strings.TrimSpace(key)), strings.TrimSpace(value)
		switch key {
		case "user-agent":
			// A user-agent after rules starts a new group; consecutive ones
			// share the rules that follow.
			if inRules {
				matchesMe, matchesStar, inRules = false, false, false
			}
			if value == "*" {
				matchesStar = true
			} else if token != "" && strings.EqualFold(productToken(value), token) {
				matchesMe, found = true, true
			}
		case "allow", "disallow":
			inRules = true
			if value == "" {
				continue // "Disallow:" with no path disallows nothing
			}
			r := rule{allow: key == "allow", pattern: normalizePath(value)}
			if matchesMe {
				mine = append(mine, r)
			}
			if matchesStar {
				star = append(star, r)
			}
		}
	}
	if found {
		return &robots{rules: mine}
	}
	return &robots{rules: star}
}

// productToken is the leading run of letters, '-' and '_' of a user-agent,
// the part robots.txt groups name ("storygraph" of "storygraph/1.0 (...)").
func productToken(ua string) string {
	ua = strings.TrimSpace(ua)
	end := strings.IndexFunc(ua, func(r rune) bool {
		return !(r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r == '-' || r == '_')
	})
	if end < 0 {
		end = len(ua)
	}
	return strings.ToLower(ua[:end])
}

// allows applies the most specific (longest) matching rule, Allow winning a
// tie; no matching rule allows.
func (r *robots) allows(path string) bool {
	best, allow := -1, true
	for _, rl := range r.rules {
		n := len(rl.pattern)
		if n < best || (n == best && !rl.allow) || !match(rl.pattern, path) {
			continue
		}
		best, allow = n, rl.allow
	}
	return allow
}

// robotsPath is what rules are matched against: the escaped path and query.
func robotsPath(u *url.URL) string {
	p := u.EscapedPath()
	if p == "" {
		p = "/"
	}
	if u.RawQuery != "" {
		p += "?" + u.RawQuery
	}
	return normalizePath(p)
}

// normalizePath percent-encodes bytes outside ASCII and upper-cases the hex
// of existing escapes, so that a rule written with "é" or "%c3%a9" matches
// a path sent as "%C3%A9".
func normalizePath(s string) string {
	const hex = "0123456789ABCDEF"
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c >= 0x80:
			b.WriteByte('%')
			b.WriteByte(hex[c>>4])
			b.WriteByte(hex[c&15])
		case c == '%' && i+2 < len(s) && isHex(s[i+1]) && isHex(s[i+2]):
			b.WriteByte('%')
			b.WriteString(strings.ToUpper(s[i+1 : i+3]))
			i += 2
		default:
			b.WriteByte(c)
		}
	}
	return b.String()
}

func isHex(c byte) bool {
	return c >= '0' && c <= '9' || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F'
}

// match says whether path starts with pattern, where * matches any run of
// characters and a final $ anchors the pattern at the end of the path. It
// backtracks only to the last *, so a hostile pattern cannot make it slow.
func match(pattern, path string) bool {
	anchored := strings.HasSuffix(pattern, "$")
	pattern = strings.TrimSuffix(pattern, "$")
	p, s, star, mark := 0, 0, -1, 0
	for s < len(path) {
		switch {
		case p < len(pattern) && pattern[p] == '*':
			star, mark = p, s
			p++
		case p == len(pattern) && !anchored:
			return true
		case p < len(pattern) && pattern[p] == path[s]:
			p++
			s++
		case star >= 0:
			mark++
			p, s = star+1, mark
		default:
			return false
		}
	}
	for p < len(pattern) && pattern[p] == '*' {
		p++
	}
	return p == len(pattern)
}
