package article

import (
	"os"
	"strings"
	"testing"
)

// TestFeedSalvagedItemByItem pins issue 12: one item of broken XML used to
// lose the whole feed. Now the others are read, keeping their numbers, and
// the broken one is an error of its own.
func TestFeedSalvagedItemByItem(t *testing.T) {
	rss, err := os.ReadFile("testdata/feed.rss")
	if err != nil {
		t.Fatal(err)
	}
	atom, err := os.ReadFile("testdata/feed.atom")
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		name, file, broken string
		data               []byte
		wantDocs           []string
	}{
		// a mismatched end tag in the second item: gofeed drops the items
		// after it without an error
		{"rss", "feed.rss", "feed.rss#2", []byte(strings.Replace(string(rss),
			"<title>School Bus Routes Change From Monday</title>", "<title>School Bus Routes Change From Monday</titl>", 1)),
			[]string{"feed.rss#1", "feed.rss#3"}},
		// a bare '<' in the second item: gofeed fails the whole feed
		{"rss bare <", "feed.rss", "feed.rss#2", []byte(strings.Replace(string(rss),
			"<title>School Bus Routes Change From Monday</title>", "<title>Routes a < b</title>", 1)),
			[]string{"feed.rss#1", "feed.rss#3"}},
		// the second item never closed
		{"rss unclosed", "feed.rss", "feed.rss#2", []byte(strings.Replace(string(rss),
			"the new estate.<br><br>Parents can check the new times on the county website.]]></description>\n  </item>", "the new estate.]]>\n  <title>", 1)),
			[]string{"feed.rss#1", "feed.rss#3"}},
		// a bare '<' in the first entry
		{"atom", "feed.atom", "feed.atom#1", []byte(strings.Replace(string(atom), "<entry>", "<entry><title>a < b</title>", 1)),
			[]string{"feed.atom#2"}},
	} {
		docs, errs := Read(tc.file, tc.data)
		checkInvariants(t, docs, errs)
		if got := docNames(docs); strings.Join(got, " ") != strings.Join(tc.wantDocs, " ") {
			t.Errorf("%s: docs %q, want %q (errors %v)", tc.name, got, tc.wantDocs, errs)
		}
		if len(errs) != 1 || errs[0].Name != tc.broken || !strings.Contains(errs[0].Msg, "feed item") {
			t.Errorf("%s: errors %v, want one for %s", tc.name, errs, tc.broken)
		}
	}
	// A feed whose head is broken has nothing to salvage: one error.
	docs, errs := Read("feed.rss", []byte(strings.Replace(string(rss), "<channel>", "<channel><title>x</tit>", 1)))
	if len(docs) != 0 || len(errs) != 1 || errs[0].Name != "feed.rss" || !strings.HasPrefix(errs[0].Msg, "cannot read feed") {
		t.Errorf("broken head: %d docs, errors %v", len(docs), errs)
	}
}
