package extract

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"

	"github.com/storygraph/storygraph/timeline/article"
	"github.com/storygraph/storygraph/timeline/fetch"
)

// A feed list named as an input (OPML as feed readers export it, or a file
// of one URL a line) stands for the pages and feeds it lists: `ingest
// feeds.opml` reads what `watch feeds.opml` would poll, once.

// maxFeedList is the largest file read to see whether it is a feed list;
// an article can be larger, a feed list hardly.
const maxFeedList = 1 << 20

// feedListInputs reads the file at path as a feed list when it is one: an
// .opml file, or a file whose every line (but blank ones and # comments)
// is one absolute URL. It returns the URLs as inputs, in the list's order,
// each listed once, and an error for each entry it could not read.
func feedListInputs(path string, size int64) (inputs []Input, errs []*article.Error, ok bool) {
	if size > maxFeedList {
		return nil, nil, false
	}
	opml := strings.EqualFold(filepath.Ext(path), ".opml")
	data, err := os.ReadFile(path)
	if err != nil || !opml && !isURLList(data) {
		return nil, nil, false
	}
	feeds, lerrs := fetch.ReadFeedList(path, data)
	for _, f := range feeds {
		inputs = append(inputs, Input{Name: f.URL, URL: f.URL})
	}
	for _, e := range lerrs {
		errs = append(errs, &article.Error{Name: e.Name, Line: e.Line, Msg: e.Msg, Hint: e.Hint})
	}
	return inputs, errs, true
}

// isURLList reports whether every line of data that is not blank or a #
// comment is one URL-like word (a "# comment" may follow it) and one at
// least is an http(s) URL: a list with a bad entry is still a list, whose
// bad entry fetch.ReadFeedList reports by line.
func isURLList(data []byte) bool {
	web := false
	for line := range strings.Lines(string(bytes.TrimPrefix(data, []byte("\xEF\xBB\xBF")))) {
		fields := strings.Fields(line)
		if len(fields) == 0 || strings.HasPrefix(fields[0], "#") {
			continue
		}
		if !strings.Contains(fields[0], "://") || len(fields) > 1 && !strings.HasPrefix(fields[1], "#") {
			return false
		}
		web = web || IsURL(fields[0])
	}
	return web
}
