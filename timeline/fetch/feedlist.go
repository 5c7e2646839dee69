package fetch

import (
	"bytes"
	"cmp"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"net/url"
	"strconv"
	"strings"

	"golang.org/x/net/html/charset"
)

// Feed is one entry of a feed list.
type Feed struct {
	URL   string
	Title string // from OPML's title or text; "" in a URL list
	Line  int    // 1-based, where the entry is
}

// ListError is one entry of a feed list that could not be read.
type ListError struct {
	Name string
	Line int // 1-based; 0 when the problem has no line
	Msg  string
	Hint string // one sentence saying what to do about it
}

func (e *ListError) Error() string {
	if e.Line > 0 {
		return e.Name + ":" + strconv.Itoa(e.Line) + ": " + e.Msg
	}
	return e.Name + ": " + e.Msg
}

const (
	hintURLList = "write one absolute http or https URL a line; blank lines and lines starting with # are skipped"
	hintOPML    = "give an OPML file as a feed reader exports it, or a list of one URL a line"
)

// ReadFeedList reads a feed list named name: OPML when it starts with '<'
// (feeds are the <outline> elements with an xmlUrl, however nested), else
// one URL a line, where blank lines and # comments are skipped. It returns
// every feed it could read, each URL once in the order found, and a
// *ListError for each entry it could not, so one bad line never stops the
// rest; broken XML stops the OPML at that point.
func ReadFeedList(name string, data []byte) ([]Feed, []*ListError) {
	data = bytes.TrimPrefix(data, []byte("\xEF\xBB\xBF"))
	var feeds []Feed
	var errs []*ListError
	if trimmed := bytes.TrimSpace(data); len(trimmed) > 0 && trimmed[0] == '<' {
		feeds, errs = readOPML(name, data)
	} else {
		feeds, errs = readURLList(name, data)
	}
	// A feed listed twice (in two OPML folders, say) is fetched once.
	seen := map[string]bool{}
	kept := feeds[:0]
	for _, f := range feeds {
		if !seen[f.URL] {
			seen[f.URL] = true
			kept = append(kept, f)
		}
	}
	return kept, errs
}

func readURLList(name string, data []byte) ([]Feed, []*ListError) {
	var feeds []Feed
	var errs []*ListError
	n := 0
	for line := range strings.Lines(string(data)) {
		n++
		fields := strings.Fields(line)
		if len(fields) == 0 || strings.HasPrefix(fields[0], "#") {
			continue
		}
		// "URL  # comment" is allowed; a '#' inside a URL is a fragment.
		if len(fields) > 1 && !strings.HasPrefix(fields[1], "#") {
			errs = append(errs, &ListError{Name: name, Line: n, Msg: "more than one word on the line", Hint: hintURLList})
			continue
		}
		if msg := checkFeedURL(fields[0]); msg != "" {
			errs = append(errs, &ListError{Name: name, Line: n, Msg: msg, Hint: hintURLList})
			continue
		}
		feeds = append(feeds, Feed{URL: fields[0], Line: n})
	}
	return feeds, errs
}

func readOPML(name string, data []byte) ([]Feed, []*ListError) {
	var feeds []Feed
	var errs []*ListError
	d := xml.NewDecoder(bytes.NewReader(data))
	d.CharsetReader = charset.NewReaderLabel // exports in ISO-8859-1 and the like
	d.Entity = xml.HTMLEntity                // titles with &nbsp; and friends
	root := true
	for {
		// The end of the previous token is where this one starts.
		line, _ := d.InputPos()
		tok, err := d.Token()
		if err == io.EOF {
			break
		}
		if err != nil {
			msg := err.Error()
			var se *xml.SyntaxError
			if errors.As(err, &se) {
				line, msg = se.Line, se.Msg
			}
			errs = append(errs, &ListError{Name: name, Line: line, Msg: "not valid XML: " + msg, Hint: hintOPML})
			break
		}
		el, ok := tok.(xml.StartElement)
		if !ok {
			continue
		}
		if root {
			root = false
			if !strings.EqualFold(el.Name.Local, "opml") {
				errs = append(errs, &ListError{Name: name, Line: line, Msg: fmt.Sprintf("not an OPML file: it starts with <%s>, not <opml>", el.Name.Local), Hint: hintOPML})
				break
			}
		}
		if !strings.EqualFold(el.Name.Local, "outline") {
			continue
		}
		var xmlURL, title, text string
		hasURL := false
		for _, a := range el.Attr {
			switch strings.ToLower(a.Name.Local) {
			case "xmlurl":
				xmlURL, hasURL = strings.TrimSpace(a.Value), true
			case "title":
				title = strings.TrimSpace(a.Value)
			case "text":
				text = strings.TrimSpace(a.Value)
			}
		}
		if !hasURL {
			continue // a folder, or a link that is not a feed
		}
		if msg := checkFeedURL(xmlURL); msg != "" {
			errs = append(errs, &ListError{Name: name, Line: line, Msg: "outline xmlUrl: " + msg, Hint: hintOPML})
			continue
		}
		feeds = append(feeds, Feed{URL: xmlURL, Title: cmp.Or(title, text), Line: line})
	}
	return feeds, errs
}

// checkFeedURL returns why s is not a URL that Fetch takes, or "".
func checkFeedURL(s string) string {
	if s == "" {
		return "empty URL"
	}
	u, err := url.Parse(s)
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		return fmt.Sprintf("%q is not an absolute http or https URL", redactRaw(s))
	}
	return ""
}
