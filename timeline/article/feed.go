package article

import (
	"bytes"
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
	if err != nil {
		return nil, []*Error{{Name: name, Msg: "cannot read feed: " + err.Error(),
			Hint: "Check that the file is a complete RSS 2.0 or Atom document (an XML validator shows where it breaks)."}}
	}
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
		d := Doc{Name: name + "#" + strconv.Itoa(i+1), Format: format, Source: source}
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
	if len(feed.Items) == 0 {
		errs = append(errs, &Error{Name: name, Msg: "feed has no items",
			Hint: "Pass a feed that lists articles, or the articles themselves."})
	}
	return docs, errs
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
