package article

import (
	"strconv"
	"strings"
)

// Plain-text articles often open with labelled lines instead of YAML
// front matter, as scrapers, mail exports and editors write them:
//
//	Title: Floods force thousands from homes
//	Published: 2025-11-12
//	By: Jane Doe
//
// possibly with blank lines between. readHeaderLines reads them as the
// front matter they stand for, so the same keys mean the same on both.

// headerKeys are the labels read, each as the front-matter key it stands
// for. A line with another label ends the header: "Note: ..." or
// "Update: ..." is body text.
var headerKeys = map[string]string{
	"title": "title", "headline": "headline", "published": "published", "date": "date",
	"published_at": "published_at", "url": "url", "link": "link", "source": "source", "site": "site",
	"author": "author", "by": "author", "byline": "byline", "category": "category", "section": "section",
	"summary": "summary", "description": "description", "licence": "licence", "license": "license",
	"attribution": "attribution",
	// an e-mail's (a newsletter saved as text): its subject is the
	// title, its sender the source, when it was sent the date
	"subject": "title", "from": "source", "sent": "date",
}

// mailKeys are an e-mail's other header lines: part of the header, read
// for nothing.
var mailKeys = map[string]bool{"to": true, "cc": true, "bcc": true, "reply-to": true, "message-id": true,
	"mime-version": true, "content-type": true, "importance": true}

// readHeaderLines reads the labelled lines that open s at off. It returns
// them as YAML (each value quoted, so a colon in a title stays text), the
// offset where the body starts, and whether they are a header: at least a
// title or a publication date.
func readHeaderLines(s string, off int) (yamlText string, body int, ok bool) {
	var b strings.Builder
	named := false
	p := off
	for p < len(s) {
		nl := strings.IndexByte(s[p:], '\n')
		end, next := len(s), len(s)
		if nl >= 0 {
			end, next = p+nl, p+nl+1
		}
		line := strings.TrimSpace(s[p:end])
		if line == "" {
			p = next
			continue
		}
		label, value, found := strings.Cut(line, ":")
		if found && mailKeys[strings.ToLower(strings.TrimSpace(label))] {
			p = next
			continue
		}
		key := headerKeys[strings.ReplaceAll(strings.ToLower(strings.TrimSpace(label)), " ", "_")]
		value = strings.TrimSpace(value)
		if key == "source" {
			// "Harbour Herald <news@herald.example>": the name, not the address
			if i := strings.IndexByte(value, '<'); i > 0 && strings.HasSuffix(value, ">") {
				value = strings.TrimSpace(value[:i])
			}
		}
		if !found || key == "" || value == "" || strings.HasPrefix(value, "//") {
			break
		}
		named = named || key == "title" || key == "headline" || key == "published" || key == "date" || key == "published_at"
		b.WriteString(key + ": " + strconv.Quote(value) + "\n")
		p = next
	}
	if !named {
		return "", off, false
	}
	return b.String(), p, true
}
