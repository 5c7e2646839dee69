package fetch

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestReadFeedList(t *testing.T) {
	tests := []struct {
		name      string
		data      string
		want      []Feed
		wantLines []string // each error as "NAME:LINE: message"
	}{
		{
			name: "URL list",
			data: "# news feeds\n\nhttps://example.org/rss\n  http://example.com/atom.xml   # with a comment\nhttps://example.org/rss\n",
			want: []Feed{
				{URL: "https://example.org/rss", Line: 3},
				{URL: "http://example.com/atom.xml", Line: 4},
			},
		},
		{
			name: "URL list with bad lines",
			data: "https://a.example/feed\nftp://b.example/feed\nexample.org/feed\nhttps://c.example/1 https://c.example/2\nhttps://d.example/feed#frag\n",
			want: []Feed{
				{URL: "https://a.example/feed", Line: 1},
				{URL: "https://d.example/feed#frag", Line: 5},
			},
			wantLines: []string{
				`feeds:2: "ftp://b.example/feed" is not an absolute http or https URL`,
				`feeds:3: "example.org/feed" is not an absolute http or https URL`,
				`feeds:4: more than one word on the line`,
			},
		},
		{
			name: "credentials are not repeated",
			data: "gopher://alice:s3cret@example.org/x\n",
			wantLines: []string{
				`feeds:1: "gopher://example.org/x" is not an absolute http or https URL`,
			},
		},
		{
			name: "OPML nested, with a bad outline",
			data: `<?xml version="1.0" encoding="UTF-8"?>
<opml version="2.0">
  <head><title>My feeds</title></head>
  <body>
    <outline text="News" title="News">
      <outline type="rss" text="Kyiv Independent" xmlUrl="https://kyivindependent.com/feed/" htmlUrl="https://kyivindependent.com/"/>
      <outline text="World">
        <outline type="rss" text="Wire&nbsp;service" xmlUrl="https://wire.example/rss"/>
        <outline type="rss" text="Broken" xmlUrl="not a url"/>
      </outline>
    </outline>
    <outline type="rss" title="Again" xmlUrl="https://kyivindependent.com/feed/"/>
    <outline type="link" text="A page" url="https://example.org/"/>
  </body>
</opml>
`,
			want: []Feed{
				{URL: "https://kyivindependent.com/feed/", Title: "Kyiv Independent", Line: 6},
				{URL: "https://wire.example/rss", Title: "Wire\u00a0service", Line: 8},
			},
			wantLines: []string{`feeds:9: outline xmlUrl: "not a url" is not an absolute http or https URL`},
		},
		{
			name: "OPML in Latin-1",
			data: "<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?>\n<opml><body><outline title=\"Caf\xe9\" xmlUrl=\"https://cafe.example/rss\"/></body></opml>",
			want: []Feed{{URL: "https://cafe.example/rss", Title: "Café", Line: 2}},
		},
		{
			name: "broken OPML keeps what came before",
			data: "<opml>\n<body>\n<outline xmlUrl=\"https://a.example/rss\"/>\n<outline xmlUrl=\"https://b.example/rss\">\n</body>\n</opml>\n",
			want: []Feed{{URL: "https://a.example/rss", Line: 3}, {URL: "https://b.example/rss", Line: 4}},
			wantLines: []string{
				"feeds:5: not valid XML: element <outline> closed by </body>",
			},
		},
		{
			name:      "a feed is not a feed list",
			data:      "<rss version=\"2.0\"><channel></channel></rss>",
			wantLines: []string{"feeds:1: not an OPML file: it starts with <rss>, not <opml>"},
		},
		{
			name: "empty",
			data: "",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, errs := ReadFeedList("feeds", []byte(tt.data))
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("feeds (-want +got):\n%s", diff)
			}
			var lines []string
			for _, e := range errs {
				lines = append(lines, e.Error())
				if e.Hint == "" {
					t.Errorf("%v: no hint", e)
				}
			}
			if diff := cmp.Diff(tt.wantLines, lines); diff != "" {
				t.Errorf("errors (-want +got):\n%s", diff)
			}
		})
	}
}
