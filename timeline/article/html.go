package article

import (
	"bytes"
	"encoding/json"
	"strings"
	"unicode/utf8"

	readability "codeberg.org/readeck/go-readability/v2"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
	"golang.org/x/net/html/charset"
)

// This file reads HTML pages: metadata from <head> and JSON-LD, main text
// from the readability extraction, split into blocks by walking its HTML.

// htmlMeta is what a page says about itself, by source.
type htmlMeta struct {
	title, ogTitle, ogURL, canonical, ogSite, ogDesc, desc string
	published, author, section                             string
	// articleTime is the first <time datetime> inside the <article>, out
	// of its asides and lists: the story's own date when nothing marks
	// one as the publication date
	articleTime string
	ld          ldArticle
}

// ldArticle is the part of a JSON-LD NewsArticle that we use.
type ldArticle struct {
	headline, published, author, publisher, url, description, section string
}

func readHTML(name string, data []byte) ([]Doc, []*Error) {
	src := decodeHTML(data)
	root, err := html.Parse(strings.NewReader(src))
	if err != nil {
		return nil, []*Error{{Name: name, Msg: "cannot parse HTML: " + err.Error(),
			Hint: "Save the page again as complete HTML."}}
	}
	var m htmlMeta
	collectMeta(root, &m)

	d := Doc{Name: name, Format: FormatHTML}
	d.Title = firstNonEmpty(m.ld.headline, m.ogTitle)
	d.Published = firstNonEmpty(m.published, m.ld.published, m.articleTime)
	d.Author = firstNonEmpty(m.ld.author, m.author)
	d.Source = firstNonEmpty(m.ogSite, m.ld.publisher)
	d.Summary = firstNonEmpty(m.ogDesc, m.desc, m.ld.description)
	d.Category = firstNonEmpty(m.section, m.ld.section)
	for _, u := range [...]string{m.canonical, m.ogURL, m.ld.url} {
		if c := CanonicalURL(u); c != "" {
			d.URL = c
			break
		}
	}

	removeJunk(root)
	var items []item
	p := readability.NewParser()
	if art, err := p.ParseDocument(root, nil); err == nil {
		if art.Node != nil {
			items = collectBlocks(art.Node, items)
		}
		if d.Title == "" {
			d.Title = clean(art.Title())
		}
		if d.Source == "" {
			d.Source = clean(art.SiteName())
		}
		if d.Author == "" {
			if a, ok := byline(clean(art.Byline())); ok {
				d.Author = a
			} else if b := clean(art.Byline()); len(b) < 80 {
				d.Author = b
			}
		}
	}
	if len(items) == 0 {
		// Readability gives up on short pages; the cleaned body is still
		// better than nothing.
		if body := findElement(root, atom.Body); body != nil {
			items = collectBlocks(body, items)
		}
	}
	if d.Title == "" {
		d.Title = m.title
	}
	if d.Source == "" {
		d.Source = siteOfTitle(m.title, d.Title)
	}
	d.Title = stripSiteName(d.Title, d.Source)
	finishDoc(&d, items)
	if d.Title == "" && len(d.Blocks) == 0 {
		return nil, []*Error{{Name: name, Msg: "no article text found in HTML",
			Hint: "Check that the page is an article and not a script-rendered shell; save it after it has loaded."}}
	}
	return []Doc{d}, nil
}

// decodeHTML returns the page as UTF-8, decoded from the charset its BOM or
// <meta> declares, else from a guess (Windows-1252 when it is not UTF-8).
func decodeHTML(data []byte) string {
	enc, name, _ := charset.DetermineEncoding(data, "")
	if name != "utf-8" && enc != nil {
		if out, err := enc.NewDecoder().Bytes(data); err == nil {
			data = out
		}
	}
	data = bytes.TrimPrefix(data, utf8BOM)
	if !utf8.Valid(data) {
		// Declared UTF-8 but not: read it as Windows-1252 rather than fail.
		if out, err := charsetDecode("windows-1252", data); err == nil {
			data = out
		}
	}
	return strings.ToValidUTF8(string(data), "\uFFFD")
}

func charsetDecode(label string, data []byte) ([]byte, error) {
	enc, _ := charset.Lookup(label)
	return enc.NewDecoder().Bytes(data)
}

func attr(n *html.Node, key string) string {
	for _, a := range n.Attr {
		if a.Key == key {
			return a.Val
		}
	}
	return ""
}

func findElement(n *html.Node, a atom.Atom) *html.Node {
	if n.Type == html.ElementNode && n.DataAtom == a {
		return n
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if f := findElement(c, a); f != nil {
			return f
		}
	}
	return nil
}

// collectMeta reads <title>, <meta>, <link rel=canonical>, JSON-LD and the
// first <time datetime> of the page.
func collectMeta(n *html.Node, m *htmlMeta) {
	if n.Type == html.ElementNode {
		switch n.DataAtom {
		case atom.Title:
			if m.title == "" && n.FirstChild != nil {
				m.title = textOf(n)
			}
		case atom.Meta:
			key := strings.ToLower(attr(n, "property"))
			if key == "" {
				key = strings.ToLower(attr(n, "name"))
			}
			if key == "" {
				key = strings.ToLower(attr(n, "itemprop"))
			}
			val := attr(n, "content")
			set := func(dst *string) {
				if *dst == "" {
					*dst = val
				}
			}
			switch key {
			case "og:title", "twitter:title":
				set(&m.ogTitle)
			case "og:url":
				set(&m.ogURL)
			case "og:site_name", "application-name":
				set(&m.ogSite)
			case "og:description", "twitter:description":
				set(&m.ogDesc)
			case "description":
				set(&m.desc)
			case "article:published_time", "datepublished", "date", "pubdate", "publishdate",
				"dc.date", "dc.date.issued", "dcterms.created", "sailthru.date", "parsely-pub-date":
				set(&m.published)
			case "author", "article:author", "dc.creator", "byl", "parsely-author", "sailthru.author":
				if !strings.Contains(val, "://") {
					set(&m.author)
				}
			case "article:section", "section", "parsely-section":
				set(&m.section)
			}
		case atom.Link:
			if strings.EqualFold(strings.TrimSpace(attr(n, "rel")), "canonical") && m.canonical == "" {
				m.canonical = attr(n, "href")
			}
		case atom.Script:
			if strings.Contains(strings.ToLower(attr(n, "type")), "ld+json") && n.FirstChild != nil {
				readJSONLD(n.FirstChild.Data, m)
			}
		case atom.Time:
			if m.articleTime == "" && inStory(n) {
				m.articleTime = attr(n, "datetime")
			}
			if m.published == "" && m.ld.published == "" {
				if dt := attr(n, "datetime"); dt != "" && (attr(n, "itemprop") == "datePublished" || attr(n, "pubdate") != "" || hasPublishedClass(n)) {
					m.published = dt
				}
			}
		}
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		collectMeta(c, m)
	}
}

// inStory reports whether n is inside an <article> and not inside one of
// its asides, lists, navigation or footer (the dates of other pages).
func inStory(n *html.Node) bool {
	for p := n.Parent; p != nil; p = p.Parent {
		switch p.DataAtom {
		case atom.Aside, atom.Nav, atom.Footer, atom.Li, atom.Ul, atom.Ol:
			return false
		case atom.Article:
			return true
		}
	}
	return false
}

// siteOfTitle is the outlet a <title> names after the headline
// ("Ferry strike ends | Coastal Herald"), "" when it names none.
func siteOfTitle(pageTitle, headline string) string {
	if headline == "" {
		return ""
	}
	for _, sep := range titleSiteSeps {
		if head, site, ok := strings.Cut(pageTitle, sep); ok && sameText(head, headline) && wordCount(site) <= 5 {
			return strings.TrimSpace(site)
		}
	}
	return ""
}

func hasPublishedClass(n *html.Node) bool {
	c := strings.ToLower(attr(n, "class"))
	return strings.Contains(c, "publish") || strings.Contains(c, "dateline")
}

var ldArticleTypes = map[string]bool{
	"NewsArticle": true, "Article": true, "ReportageNewsArticle": true, "AnalysisNewsArticle": true,
	"OpinionNewsArticle": true, "BackgroundNewsArticle": true, "ReviewNewsArticle": true,
	"BlogPosting": true, "LiveBlogPosting": true, "Report": true, "ScholarlyArticle": true,
}

// readJSONLD finds the first article object in a JSON-LD script, looking
// inside arrays and @graph.
func readJSONLD(src string, m *htmlMeta) {
	if m.ld.headline != "" {
		return
	}
	var v any
	if json.Unmarshal([]byte(strings.TrimSpace(src)), &v) != nil {
		return
	}
	if obj := findLDArticle(v, 0); obj != nil {
		m.ld = ldArticle{
			headline:    ldText(obj["headline"]),
			published:   ldText(obj["datePublished"]),
			author:      ldName(obj["author"]),
			publisher:   ldName(obj["publisher"]),
			url:         firstNonEmpty(ldText(obj["url"]), ldName(obj["mainEntityOfPage"])),
			description: ldText(obj["description"]),
			section:     ldText(obj["articleSection"]),
		}
		if m.ld.headline == "" {
			m.ld.headline = ldText(obj["name"])
		}
	}
}

func findLDArticle(v any, depth int) map[string]any {
	if depth > 8 {
		return nil
	}
	switch x := v.(type) {
	case []any:
		for _, e := range x {
			if o := findLDArticle(e, depth+1); o != nil {
				return o
			}
		}
	case map[string]any:
		switch t := x["@type"].(type) {
		case string:
			if ldArticleTypes[t] {
				return x
			}
		case []any:
			for _, e := range t {
				if s, ok := e.(string); ok && ldArticleTypes[s] {
					return x
				}
			}
		}
		if g, ok := x["@graph"]; ok {
			return findLDArticle(g, depth+1)
		}
	}
	return nil
}

func ldText(v any) string {
	switch x := v.(type) {
	case string:
		return clean(x)
	case []any:
		if len(x) > 0 {
			return ldText(x[0])
		}
	case map[string]any:
		if s, ok := x["@value"]; ok {
			return ldText(s)
		}
	}
	return ""
}

// ldName reads "Jane Doe", {"name": "Jane Doe"}, {"@id": url} or a list of
// those (joined with ", ").
func ldName(v any) string {
	switch x := v.(type) {
	case string:
		return clean(x)
	case map[string]any:
		if n := ldText(x["name"]); n != "" {
			return n
		}
		return ldText(x["@id"])
	case []any:
		var parts []string
		for _, e := range x {
			if n := ldName(e); n != "" && !strings.Contains(n, "://") {
				parts = append(parts, n)
			}
		}
		return strings.Join(parts, ", ")
	}
	return ""
}

// junkTags never hold article text.
var junkTags = map[atom.Atom]bool{
	atom.Script: true, atom.Style: true, atom.Noscript: true, atom.Template: true, atom.Iframe: true,
	atom.Svg: true, atom.Canvas: true, atom.Form: true, atom.Button: true, atom.Input: true,
	atom.Select: true, atom.Textarea: true, atom.Nav: true, atom.Aside: true, atom.Footer: true,
	atom.Figure: true, atom.Figcaption: true, atom.Picture: true, atom.Video: true, atom.Audio: true,
	atom.Object: true, atom.Embed: true, atom.Dialog: true, atom.Menu: true, atom.Img: true, atom.Label: true,
}

// junkTokens in class, id or role mark ads, newsletter boxes, share
// buttons, related links, cookie banners and captions.
var junkTokens = map[string]bool{
	"ad": true, "ads": true, "advert": true, "adverts": true, "advertisement": true, "adslot": true,
	"adunit": true, "dfp": true, "gpt": true, "promo": true, "promotion": true, "sponsor": true, "sponsored": true,
	"newsletter": true, "subscribe": true, "subscription": true, "signup": true, "share": true,
	"sharing": true, "social": true, "related": true, "recommended": true, "recirc": true, "outbrain": true,
	"taboola": true, "cookie": true, "cookies": true, "consent": true, "gdpr": true, "caption": true,
	"credit": true, "nav": true, "navbar": true, "navigation": true, "menu": true, "breadcrumb": true,
	"breadcrumbs": true, "sidebar": true, "comments": true, "footer": true, "masthead": true,
	"paywall": true, "popup": true, "modal": true, "toolbar": true, "readmore": true, "banner": true,
	"complementary": true, "contentinfo": true, "tags": true, "trending": true, "mostread": true,
}

// removeJunk deletes chrome elements before readability runs: its own
// rules miss newsletter boxes and share bars that carry article-like text.
func removeJunk(n *html.Node) {
	for c := n.FirstChild; c != nil; {
		next := c.NextSibling
		if c.Type == html.CommentNode || (c.Type == html.ElementNode && isJunk(c)) {
			n.RemoveChild(c)
		} else {
			removeJunk(c)
		}
		c = next
	}
}

func isJunk(n *html.Node) bool {
	if junkTags[n.DataAtom] {
		return true
	}
	switch n.DataAtom {
	case atom.Html, atom.Body, atom.Main, atom.Article, atom.Head, atom.Title, atom.Meta, atom.Link:
		return false
	case atom.Header:
		return !hasAncestor(n, atom.Article, atom.Main)
	}
	if attr(n, "aria-hidden") == "true" || hasAttr(n, "hidden") {
		return true
	}
	if st := strings.ToLower(attr(n, "style")); strings.Contains(st, "display:none") || strings.Contains(st, "display: none") {
		return true
	}
	if !hasJunkToken(attr(n, "class")) && !hasJunkToken(attr(n, "id")) && !hasJunkToken(attr(n, "role")) &&
		!hasJunkToken(attr(n, "data-component")) {
		return false
	}
	// A wrapper whose class happens to say "share" but that holds the
	// story itself is not junk.
	return countParagraphs(n, 0) <= 4
}

func hasAttr(n *html.Node, key string) bool {
	for _, a := range n.Attr {
		if a.Key == key {
			return true
		}
	}
	return false
}

func hasAncestor(n *html.Node, atoms ...atom.Atom) bool {
	for p := n.Parent; p != nil; p = p.Parent {
		for _, a := range atoms {
			if p.DataAtom == a {
				return true
			}
		}
	}
	return false
}

func countParagraphs(n *html.Node, acc int) int {
	for c := n.FirstChild; c != nil && acc <= 4; c = c.NextSibling {
		if c.Type == html.ElementNode {
			if c.DataAtom == atom.P {
				acc++
			}
			acc = countParagraphs(c, acc)
		}
	}
	return acc
}

// hasJunkToken splits an attribute into words ("ad-slot top" -> ad, slot,
// top) and reports a junk word.
func hasJunkToken(v string) bool {
	if v == "" {
		return false
	}
	var buf [64]byte
	word := buf[:0]
	check := func() bool {
		ok := len(word) > 0 && junkTokens[string(word)]
		word = word[:0]
		return ok
	}
	for i := 0; i < len(v); i++ {
		c := v[i]
		switch {
		case c >= 'A' && c <= 'Z':
			word = append(word, c+'a'-'A')
		case c >= 'a' && c <= 'z' || c >= '0' && c <= '9':
			word = append(word, c)
		default:
			if check() {
				return true
			}
		}
	}
	return check()
}

// item is a block before offsets are known.
type item struct {
	kind Kind
	text string
}

var inlineTags = map[atom.Atom]bool{
	atom.A: true, atom.Abbr: true, atom.B: true, atom.Bdi: true, atom.Bdo: true, atom.Cite: true,
	atom.Code: true, atom.Data: true, atom.Dfn: true, atom.Em: true, atom.I: true, atom.Kbd: true,
	atom.Mark: true, atom.Q: true, atom.S: true, atom.Samp: true, atom.Small: true, atom.Span: true,
	atom.Strong: true, atom.Sub: true, atom.Sup: true, atom.Time: true, atom.U: true, atom.Var: true,
	atom.Br: true, atom.Wbr: true, atom.Font: true, atom.Del: true, atom.Ins: true, atom.Strike: true, atom.Tt: true, atom.Big: true,
}

// collectBlocks walks n and appends one item per paragraph, heading, list
// item or quote, in document order.
func collectBlocks(n *html.Node, items []item) []item {
	w := walker{items: items}
	w.container(n, KindParagraph)
	return w.items
}

type walker struct {
	items []item
	run   strings.Builder
}

func (w *walker) container(n *html.Node, kind Kind) {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		switch {
		case c.Type == html.TextNode:
			w.run.WriteString(c.Data)
		case c.Type != html.ElementNode:
		case isJunk(c):
		case inlineTags[c.DataAtom]:
			w.inline(c)
		default:
			w.flush(kind)
			w.block(c, kind)
		}
	}
	w.flush(kind)
}

func (w *walker) block(n *html.Node, outer Kind) {
	switch n.DataAtom {
	case atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6:
		w.container(n, KindHeading)
	case atom.Li, atom.Dt, atom.Dd:
		w.container(n, KindListItem)
	case atom.Blockquote:
		w.container(n, KindQuote)
	case atom.P, atom.Pre, atom.Td, atom.Th:
		if outer == KindQuote || outer == KindListItem {
			w.container(n, outer)
		} else {
			w.container(n, KindParagraph)
		}
	default:
		if outer == KindQuote {
			w.container(n, KindQuote)
		} else {
			w.container(n, KindParagraph)
		}
	}
}

func (w *walker) inline(n *html.Node) {
	if n.DataAtom == atom.Br {
		w.run.WriteByte('\n')
		return
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		switch {
		case c.Type == html.TextNode:
			w.run.WriteString(c.Data)
		case c.Type == html.ElementNode && !isJunk(c):
			w.inline(c)
		}
	}
}

// flush ends the current run of inline text. Two or more <br> in a row
// split it into paragraphs, as feeds often write "one<br><br>two".
func (w *walker) flush(kind Kind) {
	if w.run.Len() == 0 {
		return
	}
	s := w.run.String()
	w.run.Reset()
	for _, part := range strings.Split(s, "\n\n") {
		if t := clean(part); t != "" {
			w.items = append(w.items, item{kind, t})
		}
	}
}

// finishDoc applies the shared chrome rules to extracted items and lays
// them out as Doc.Text ("title\n\nblock\n\nblock"), recording offsets.
func finishDoc(d *Doc, items []item) {
	kept := make([]item, 0, len(items)+2)
	inBox := false // after a box word: its list of links
	for i, it := range items {
		if inBox = inBox && it.kind == KindListItem && !isProse(it.text); inBox {
			continue
		}
		switch lineChrome(it.text) {
		case chromeDrop:
			continue
		case chromeList:
			rest := items[i+1:]
			if trailingLinks(len(rest), func(j int) string { return rest[j].text }) {
				for _, r := range rest {
					if isAIDisclaimer(r.text) {
						d.AIGenerated = true
					}
				}
				goto done
			}
			inBox = true
			continue
		}
		if isAIDisclaimer(it.text) {
			d.AIGenerated = true
			continue
		}
		if it.kind != KindHeading {
			if a, ok := byline(it.text); ok {
				if d.Author == "" {
					d.Author = a
				}
				continue
			}
		}
		if it.kind == KindHeading && d.Title != "" && sameText(it.text, d.Title) {
			continue
		}
		if it.kind == KindParagraph {
			if n, agency := dateline(it.text); n > 0 {
				if d.Source == "" && agency != "" {
					d.Source = agency
				}
				kept = append(kept, item{KindDateline, strings.TrimSpace(it.text[:n])}, item{KindParagraph, strings.TrimSpace(it.text[n:])})
				continue
			}
		}
		kept = append(kept, it)
	}
done:
	// Headings with nothing after them head chrome we removed.
	for len(kept) > 0 && kept[len(kept)-1].kind == KindHeading {
		kept = kept[:len(kept)-1]
	}
	var b strings.Builder
	blocks := make([]Block, 0, len(kept)+1)
	add := func(k Kind, t string) {
		if b.Len() > 0 {
			if k == KindParagraph && len(blocks) > 0 && blocks[len(blocks)-1].Kind == KindDateline {
				b.WriteByte(' ')
			} else {
				b.WriteString("\n\n")
			}
		}
		blocks = append(blocks, Block{Kind: k, Start: b.Len()})
		b.WriteString(t)
		blocks[len(blocks)-1].End = b.Len()
	}
	if d.Title != "" {
		add(KindTitle, d.Title)
	}
	for _, it := range kept {
		add(it.kind, it.text)
	}
	d.Text = b.String()
	for i := range blocks {
		blocks[i].Text = d.Text[blocks[i].Start:blocks[i].End]
	}
	d.Blocks = blocks
}

// textOf is the cleaned text under n.
func textOf(n *html.Node) string {
	var b strings.Builder
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			if c.Type == html.TextNode {
				b.WriteString(c.Data)
			} else {
				walk(c)
			}
		}
	}
	walk(n)
	return clean(b.String())
}

// titleSiteSeps part a headline from the outlet's name a page appends to
// its <title>.
var titleSiteSeps = [...]string{" | ", " – ", " — ", " - ", " :: ", " · "}

// stripSiteName removes the outlet's name that pages append to <title>
// ("Headline | Outlet", "Headline – Outlet").
func stripSiteName(title, site string) string {
	if site == "" || len(title) <= len(site) {
		return title
	}
	for _, sep := range titleSiteSeps {
		cut := len(title) - len(site) - len(sep)
		if cut > 0 && strings.HasSuffix(title[:cut+len(sep)], sep) && strings.EqualFold(title[cut+len(sep):], site) {
			return strings.TrimSpace(title[:cut])
		}
	}
	return title
}
