package article

import (
	"bytes"
	"encoding/xml"
	"io"
	"strconv"
	"strings"

	"github.com/mmcdole/gofeed"
	"golang.org/x/net/html"
)

// readFeed reads an RSS or Atom feed: each item is one Doc named
// "name#N". The item's full text (content:encoded or Atom content) is used
// when present, else its description.
func readFeed(name string, data []byte) ([]Doc, []*Error) {
	feed, err := gofeed.NewParser().Parse(bytes.NewReader(data))
	// gofeed stops at some XML errors and silently drops the items after
	// others (a mismatched end tag): both are salvaged item by item.
	if err != nil || len(feed.Items) < len(itemStarts(data)) {
		return salvageFeed(name, data, err)
	}
	return feedDocs(name, feed, 0)
}

// itemTags are the start and end tags of a feed's items: RSS, else Atom.
func itemTags(data []byte) (open, closeTag []byte, tail string) {
	if sniffMarkup(bytes.TrimLeft(data, " \t\r\n\xef\xbb\xbf")) == FormatAtom {
		return []byte("<entry"), []byte("</entry>"), "</feed>"
	}
	return []byte("<item"), []byte("</item>"), "</channel></rss>"
}

func itemStarts(data []byte) []int {
	open, _, _ := itemTags(data)
	return tagStarts(data, open)
}

// feedDocs reads the items of a parsed feed; item i is named "name#(first+i+1)".
func feedDocs(name string, feed *gofeed.Feed, first int) ([]Doc, []*Error) {
	format := FormatRSS
	if feed.FeedType == "atom" {
		format = FormatAtom
	}
	source := clean(feed.Title)
	var docs []Doc
	var errs []*Error
	for i, it := range feed.Items {
		if it == nil {
			continue
		}
		d := Doc{Name: name + "#" + strconv.Itoa(first+i+1), Format: format, Source: source}
		d.Title = clean(htmlToText(it.Title))
		d.URL = CanonicalURL(it.Link)
		if d.URL == "" && len(it.Links) > 0 {
			d.URL = CanonicalURL(it.Links[0])
		}
		d.Published = firstNonEmpty(it.Published, it.Updated)
		d.Author = feedAuthor(it)
		if len(it.Categories) > 0 {
			d.Category = clean(it.Categories[0])
		}
		body := it.Content
		if strings.TrimSpace(body) == "" {
			body = it.Description
		} else if desc := clean(htmlToText(it.Description)); desc != "" {
			d.Summary = desc
		}
		var items []item
		if strings.TrimSpace(body) != "" {
			root, err := html.Parse(strings.NewReader(body))
			if err == nil {
				removeJunk(root)
				items = collectBlocks(root, items)
			}
		}
		finishDoc(&d, items)
		if d.Title == "" && len(d.Blocks) == 0 {
			errs = append(errs, &Error{Name: d.Name, Msg: "feed item has no title and no text",
				Hint: "Check the feed item; it was skipped and the other items were read."})
			continue
		}
		docs = append(docs, d)
	}
	if len(feed.Items) == 0 && first == 0 {
		errs = append(errs, &Error{Name: name, Msg: "feed has no items",
			Hint: "Pass a feed that lists articles, or the articles themselves."})
	}
	return docs, errs
}

// salvageFeed reads a feed that does not parse whole, item by item: each
// <item> or <entry> is parsed on its own between the feed's head (channel
// title, namespaces) and its closing tags, so that one item of broken XML
// costs that item alone, reported as "name#N". gofeed stops at the first
// XML error and has no lenient mode; the items are cut out by their tags,
// which feed items never nest.
func salvageFeed(name string, data []byte, whole error) ([]Doc, []*Error) {
	fail := func(err error) ([]Doc, []*Error) {
		msg := "its XML is broken before the first item"
		if err != nil {
			msg = err.Error()
		}
		return nil, []*Error{{Name: name, Msg: "cannot read feed: " + msg,
			Hint: "Check that the file is a complete RSS 2.0 or Atom document (an XML validator shows where it breaks)."}}
	}
	open, closeTag, tail := itemTags(data)
	starts := tagStarts(data, open)
	if len(starts) == 0 {
		return fail(whole)
	}
	head := data[:starts[0]]
	if bytes.Contains(head, []byte("<rdf:RDF")) {
		tail = "</rdf:RDF>" // RSS 1.0: items follow the channel
	}
	var docs []Doc
	var errs []*Error
	for i, start := range starts {
		end := len(data)
		if i+1 < len(starts) {
			end = starts[i+1]
		}
		part := data[start:end]
		j := bytes.Index(part, closeTag)
		if j < 0 {
			// Cut short or never closed: what it holds may be half an
			// article, so it is not stored.
			errs = append(errs, &Error{Name: name + "#" + strconv.Itoa(i+1), Msg: "feed item never ends (no " + string(closeTag) + "; the file may be cut short)",
				Hint: "The other items of the feed were read; fetch or save the feed again."})
			continue
		}
		part = part[:j+len(closeTag)]
		// gofeed reads a broken item leniently into a wrong one (an
		// unclosed <title> swallows the link and text): only a
		// well-formed item is kept.
		if err := wellFormed(part); err != nil {
			errs = append(errs, &Error{Name: name + "#" + strconv.Itoa(i+1), Msg: "feed item is not well-formed XML: " + err.Error(),
				Hint: "The other items of the feed were read; an XML validator shows where this one breaks."})
			continue
		}
		doc := make([]byte, 0, len(head)+len(part)+len(tail))
		doc = append(append(append(doc, head...), part...), tail...)
		feed, err := gofeed.NewParser().Parse(bytes.NewReader(doc))
		if err != nil || len(feed.Items) != 1 {
			msg := "feed item is not well-formed XML"
			if err != nil {
				msg = "cannot read feed item: " + err.Error()
			}
			errs = append(errs, &Error{Name: name + "#" + strconv.Itoa(i+1), Msg: msg,
				Hint: "The other items of the feed were read; an XML validator shows where this one breaks."})
			continue
		}
		d, e := feedDocs(name, feed, i)
		docs, errs = append(docs, d...), append(errs, e...)
	}
	if len(docs) == 0 {
		return fail(whole)
	}
	return docs, errs
}

// wellFormed checks one item as XML, allowing HTML's named entities
// (&nbsp;), which feeds use and gofeed reads.
func wellFormed(part []byte) error {
	d := xml.NewDecoder(bytes.NewReader(part))
	d.Strict, d.Entity = true, xml.HTMLEntity
	for {
		if _, err := d.Token(); err == io.EOF {
			return nil
		} else if err != nil {
			return err
		}
	}
}

// tagStarts are the offsets of the start tags open ("<item") in data,
// outside CDATA sections and comments, which may quote markup.
func tagStarts(data, open []byte) []int {
	var out []int
	for i := bytes.IndexByte(data, '<'); i >= 0 && i < len(data); {
		rest := data[i:]
		skip := 1
		if end := quotedEnd(rest); end != "" {
			k := bytes.Index(rest, []byte(end))
			if k < 0 {
				return out
			}
			skip = k + len(end)
		} else if bytes.HasPrefix(rest, open) && len(rest) > len(open) && strings.IndexByte(" \t\r\n>", rest[len(open)]) >= 0 {
			out = append(out, i)
		}
		j := bytes.IndexByte(data[i+skip:], '<')
		if j < 0 {
			break
		}
		i += skip + j
	}
	return out
}

// quotedEnd is the end of the CDATA section or comment rest opens, or "".
func quotedEnd(rest []byte) string {
	switch {
	case bytes.HasPrefix(rest, []byte("<![CDATA[")):
		return "]]>"
	case bytes.HasPrefix(rest, []byte("<!--")):
		return "-->"
	}
	return ""
}

func feedAuthor(it *gofeed.Item) string {
	var names []string
	for _, p := range it.Authors {
		if p != nil {
			if n := firstNonEmpty(p.Name, p.Email); n != "" {
				names = append(names, n)
			}
		}
	}
	if len(names) == 0 && it.Author != nil {
		return firstNonEmpty(it.Author.Name, it.Author.Email)
	}
	if len(names) == 0 && it.DublinCoreExt != nil && len(it.DublinCoreExt.Creator) > 0 {
		return clean(it.DublinCoreExt.Creator[0])
	}
	return strings.Join(names, ", ")
}

// htmlToText reads a title or summary that may carry markup or entities.
func htmlToText(s string) string {
	if !strings.ContainsAny(s, "<&") {
		return s
	}
	root, err := html.Parse(strings.NewReader(s))
	if err != nil {
		return s
	}
	return textOf(root)
}
