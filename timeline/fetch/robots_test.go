package fetch

import "testing"

func TestParseRobots(t *testing.T) {
	tests := []struct {
		name  string
		txt   string
		path  string
		allow bool
	}{
		{"no rules", "", "/a", true},
		{"disallow all", "User-agent: *\nDisallow: /\n", "/a", false},
		{"empty disallow allows", "User-agent: *\nDisallow:\n", "/a", true},
		{"longest match wins", "User-agent: *\nDisallow: /\nAllow: /public/\n", "/public/x", true},
		{"longest match wins either way", "User-agent: *\nAllow: /p\nDisallow: /public/\n", "/public/x", false},
		{"allow wins a tie", "User-agent: *\nDisallow: /a\nAllow: /a\n", "/a", true},
		{"wildcard", "User-agent: *\nDisallow: /*/private\n", "/uk/private/1", false},
		{"end anchor matches", "User-agent: *\nDisallow: /*.json$\n", "/data.json", false},
		{"end anchor does not match longer", "User-agent: *\nDisallow: /*.json$\n", "/data.json.html", true},
		{"query", "User-agent: *\nDisallow: /*?print=\n", "/story?print=1", false},
		{"case-sensitive path", "User-agent: *\nDisallow: /Private\n", "/private", true},
		{"our group, any case, with version", "User-agent: *\nDisallow: /\n\nUser-agent: StoryGraph/2.0\nDisallow: /x\n", "/a", true},
		{"our group only", "User-agent: *\nDisallow: /a\n\nUser-agent: storygraph\nDisallow: /x\n", "/a", true},
		// RFC 9309: a blank line does not end a group's user-agent lines.
		{"user-agents share rules across a blank line", "User-agent: storygraph\n\nUser-agent: *\nDisallow: /\n", "/a", false},
		{"our groups merge", "User-agent: storygraph\nDisallow: /a\n\nUser-agent: other\nDisallow: /b\n\nUser-agent: storygraph\nDisallow: /c\n", "/c", false},
		{"other agent's group ignored", "User-agent: otherbot\nDisallow: /\n", "/a", true},
		{"not a prefix of our token", "User-agent: story\nDisallow: /\n", "/a", true},
		{"shared group", "User-agent: otherbot\nUser-agent: storygraph\nDisallow: /a\n", "/a", false},
		{"comments and spacing", "\uFEFF# hi\n  USER-AGENT : *  # all\r\n disallow:/a # no\r\n", "/a/b", false},
		{"non-ASCII rule", "User-agent: *\nDisallow: /café\n", "/caf%C3%A9/1", false},
		{"lower-case escapes", "User-agent: *\nDisallow: /caf%c3%a9\n", "/caf%C3%A9", false},
		{"sitemap does not end a group", "User-agent: *\nSitemap: https://x/s.xml\nDisallow: /a\n", "/a", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := parseRobots(tt.txt, "storygraph").allows(tt.path); got != tt.allow {
				t.Errorf("allows(%q) = %v, want %v", tt.path, got, tt.allow)
			}
		})
	}
}

func TestMatch(t *testing.T) {
	tests := []struct {
		pattern, path string
		want          bool
	}{
		{"/", "/", true},
		{"/a", "/abc", true},
		{"/abc", "/a", false},
		{"/a$", "/a", true},
		{"/a$", "/ab", false},
		{"/*", "/", true},
		{"*", "/x", true},
		{"/a*c", "/abbbc/d", true},
		{"/a*c$", "/abcbc", true},
		{"/a*c$", "/abcb", false},
		{"/a**b", "/ab", true},
		{"/*.php$", "/index.php?x", false},
	}
	for _, tt := range tests {
		if got := match(tt.pattern, tt.path); got != tt.want {
			t.Errorf("match(%q, %q) = %v, want %v", tt.pattern, tt.path, got, tt.want)
		}
	}
}

func TestProductToken(t *testing.T) {
	for ua, want := range map[string]string{
		"storygraph/1.0 (+https://github.com/storygraph/storygraph)": "storygraph",
		"Googlebot-News": "googlebot-news",
		"  x_y z":        "x_y",
		"1bot":           "",
	} {
		if got := productToken(ua); got != want {
			t.Errorf("productToken(%q) = %q, want %q", ua, got, want)
		}
	}
}
