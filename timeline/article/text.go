package article

import (
	"path"
	"strings"
	"unicode"
	"unicode/utf8"
)

// This file reads the line-oriented formats: the page dump, Markdown and
// plain text, with or without YAML front matter. Everything here works on
// byte offsets into the file so that Block.Text is always a slice of
// Doc.Text; nothing is copied or rewritten.

// span is a trimmed line: s[start:end], empty when start == end.
type span struct{ start, end int }

// seg is a run of lines that forms one candidate block.
type seg struct {
	start, end int
	kind       Kind
	lines      int
	explicit   bool // kind comes from markup (a Markdown heading or quote)
	// box numbers the glued lines tidyPage split into segments (from 1):
	// the segments of one box of page furniture share it
	box int
}

func readText(name string, data []byte, frontMatter bool) ([]Doc, []*Error) {
	if e := checkUTF8(name, data); e != nil {
		return nil, []*Error{e}
	}
	s := string(data)
	doc := Doc{Name: name, Format: FormatText, Text: s}
	var errs []*Error
	off := 0
	if strings.HasPrefix(s, "\uFEFF") {
		off = len("\uFEFF")
	}
	var fm frontMatterMeta
	if frontMatter {
		var e *Error
		fm, off, e = parseFrontMatter(name, s, off)
		if e != nil {
			// no article without its metadata: stored undated under a
			// hash of its text, it would stay beside the fixed file's
			// article (identified by its url) as a second, wrongly dated
			// copy
			return nil, []*Error{e}
		}
	} else if header, body, ok := readHeaderLines(s, off); ok {
		// "Title: ...", "Published: ..." lines: the same keys as front matter
		fm, _, _ = parseFrontMatter(name, "---\n"+header+"---\n", 0)
		frontMatter, off = true, body
	}
	if frontMatter {
		doc.Title, doc.URL, doc.Published = fm.title, fm.url, fm.published
		doc.Source, doc.Author, doc.Category, doc.Summary = fm.source, fm.author, fm.category, fm.summary
		doc.AIGenerated = fm.aiGenerated
		doc.Licence, doc.Attribution = fm.licence, fm.attribution
		for _, l := range fm.colonLines {
			doc.Warnings = append(doc.Warnings, &Error{Name: name, Line: l, Msg: `front matter: a value holds ": "; read as text`,
				Hint: `quote the value (title: "Live: ...") so that YAML reads it as one`})
		}
	}
	lines := splitLines(s, off)

	r := textReader{s: s, doc: &doc}
	r.md = isMarkdownName(name) || hasMarkdownSignals(s[off:])
	if r.md {
		doc.Format = FormatMarkdown
	}
	body := lines
	if !frontMatter && !r.md {
		if rt := readTimeLine(s, lines); rt >= 0 {
			doc.Format = FormatPageDump
			r.readTimeDate(s[lines[rt].start:lines[rt].end])
			r.pageDumpHeader(lines[:rt])
			body = lines[rt+1:]
			r.wantSummary = true
		}
	}
	r.blocks = make([]Block, 0, 8+len(body)/3)
	if doc.Format == FormatPageDump && r.titleSpan.end > 0 {
		r.add(KindTitle, r.titleSpan.start, r.titleSpan.end)
	}
	segs := r.tidyPage(buildSegs(s, body, r.md), frontMatter)
	r.classify(segs, frontMatter)
	doc.Blocks = r.blocks
	if doc.Title == "" && len(doc.Blocks) == 0 {
		errs = append(errs, &Error{Name: name, Msg: "no article text found",
			Hint: "Check that the file holds an article's text and not only page navigation or boilerplate."})
		return nil, errs
	}
	return []Doc{doc}, errs
}

type textReader struct {
	s           string
	doc         *Doc
	md          bool
	blocks      []Block
	titleSpan   span
	wantSummary bool // the page dump's first paragraph is the summary
	mdHeadings  bool // the Markdown has explicit headings: no guessing
}

func (r *textReader) add(k Kind, start, end int) {
	r.blocks = append(r.blocks, Block{Kind: k, Text: r.s[start:end], Start: start, End: end})
}

func isMarkdownName(name string) bool {
	switch strings.ToLower(path.Ext(name)) {
	case ".md", ".markdown", ".mdx", ".mkd":
		return true
	}
	return false
}

// hasMarkdownSignals looks for markup that plain text rarely has: ATX
// headings, fenced code, bold lines and [links](url). One pass over s.
func hasMarkdownSignals(s string) bool {
	for i := 0; i < len(s); {
		rest := s[i:]
		if strings.HasPrefix(rest, "# ") || strings.HasPrefix(rest, "## ") || strings.HasPrefix(rest, "### ") ||
			strings.HasPrefix(rest, "```") || strings.HasPrefix(rest, "**") {
			return true
		}
		nl := strings.IndexByte(rest, '\n')
		if nl < 0 {
			break
		}
		i += nl + 1
	}
	if i := strings.Index(s, "]("); i > 0 && strings.LastIndexByte(s[:i], '[') >= 0 {
		return true
	}
	return false
}

// splitLines returns s[off:] as trimmed lines.
func splitLines(s string, off int) []span {
	n := strings.Count(s[off:], "\n") + 1
	lines := make([]span, 0, n)
	for off <= len(s) {
		end := strings.IndexByte(s[off:], '\n')
		next := 0
		if end < 0 {
			end = len(s)
			next = len(s) + 1
		} else {
			end += off
			next = end + 1
		}
		a, b := trimSpan(s, off, end)
		lines = append(lines, span{a, b})
		off = next
	}
	return lines
}

// trimSpan trims ASCII white space, no-break spaces, zero-width spaces and
// BOMs from both ends of s[a:b].
func trimSpan(s string, a, b int) (int, int) {
	for a < b {
		switch {
		case isSpaceByte(s[a]):
			a++
		case strings.HasPrefix(s[a:b], "\u00a0"):
			a += 2
		case strings.HasPrefix(s[a:b], "\u200b"), strings.HasPrefix(s[a:b], "\uFEFF"):
			a += 3
		default:
			goto right
		}
	}
right:
	for b > a {
		switch {
		case isSpaceByte(s[b-1]):
			b--
		case strings.HasSuffix(s[a:b], "\u00a0"):
			b -= 2
		case strings.HasSuffix(s[a:b], "\u200b"), strings.HasSuffix(s[a:b], "\uFEFF"):
			b -= 3
		default:
			return a, b
		}
	}
	return a, b
}

func isSpaceByte(c byte) bool {
	return c == ' ' || c == '\t' || c == '\r' || c == '\f' || c == '\v'
}

// readTimeLine finds the "2 min read" chrome line near the top of a page
// dump; everything above it is the page header. -1 when there is none.
func readTimeLine(s string, lines []span) int {
	seen := 0
	for i, l := range lines {
		if l.start == l.end {
			continue
		}
		if isReadTime(s[l.start:l.end]) {
			return i
		}
		if seen++; seen >= 12 {
			break
		}
	}
	return -1
}

// isReadTime matches "2 min read", "5 mins read", "3 minute read",
// "2 min readSource", "Reading time: 4 minutes".
func isReadTime(t string) bool {
	if len(t) > 40 {
		return false
	}
	low := strings.ToLower(t)
	if strings.HasPrefix(low, "reading time") {
		return true
	}
	i := 0
	for i < len(low) && low[i] >= '0' && low[i] <= '9' {
		i++
	}
	if i == 0 || i > 3 {
		return false
	}
	rest := strings.TrimLeft(low[i:], " ")
	for _, unit := range [...]string{"minutes", "minute", "mins", "min"} {
		if strings.HasPrefix(rest, unit) {
			rest = strings.TrimLeft(rest[len(unit):], " .")
			return strings.HasPrefix(rest, "read")
		}
	}
	return false
}

// readTimeDate reads the date a read-time line may carry ("4 min read ·
// Mar 2, 2026") as the publication date.
func (r *textReader) readTimeDate(t string) {
	for _, sep := range navSeps {
		if _, date, ok := strings.Cut(t, strings.TrimSpace(sep)); ok && r.doc.Published == "" {
			if date = strings.TrimSpace(date); isDateOnlyLine(date) {
				r.doc.Published = date
			}
			return
		}
	}
}

// pageDumpHeader reads the lines above the read-time line: the site line
// ("Home|Outlet"), image captions, the category glued to a badge
// ("PoliticsAI Analysis") and, last, the title.
func (r *textReader) pageDumpHeader(lines []span) {
	s := r.s
	var nonEmpty []span
	for _, l := range lines {
		if l.start < l.end {
			nonEmpty = append(nonEmpty, l)
		}
	}
	if len(nonEmpty) == 0 {
		return
	}
	// the title is the last line above the read time, or the last of
	// four words or more when a short line (the outlet's or author's
	// name, "The Danube Times") comes between them
	title := nonEmpty[len(nonEmpty)-1]
	for i := len(nonEmpty) - 1; i >= 0 && i >= len(nonEmpty)-3; i-- {
		t := s[nonEmpty[i].start:nonEmpty[i].end]
		if author, ok := byline(t); ok {
			// "By Jane Doe, CNN" between the title and the read time
			if r.doc.Author == "" {
				r.doc.Author = author
			}
			continue
		}
		if wordCount(t) >= 4 {
			title, nonEmpty = nonEmpty[i], nonEmpty[:i+1]
			break
		}
	}
	r.titleSpan = title
	r.doc.Title = r.s[title.start:title.end]
	rest := nonEmpty[:len(nonEmpty)-1]
	for i, l := range rest {
		t := r.s[l.start:l.end]
		if cat, ok := splitBadge(t); ok {
			r.doc.AIGenerated = true
			if cat != "" && r.doc.Category == "" {
				r.doc.Category = cat
			}
			continue
		}
		if i == 0 {
			if j := strings.LastIndexByte(t, '|'); j >= 0 {
				r.doc.Source = strings.TrimSpace(t[j+1:])
				continue
			}
			if len(rest) > 1 && wordCount(t) <= 4 {
				r.doc.Source = t
				continue
			}
		}
		// A short line right above the title is the category; other
		// lines are image captions.
		if i == len(rest)-1 && r.doc.Category == "" && wordCount(t) <= 3 && !hasTerminalPunct(t) {
			r.doc.Category = t
		}
	}
}

// badges are the labels a page dump glues to the category line when the
// page says its content is AI-generated.
var badges = [...]string{"AI Analysis", "AI Summary", "AI Generated", "AI-Generated", "AI generated",
	"AI Brief", "AI Insight", "AI Explainer", "AI Report", "AI Digest", "AI News"}

// splitBadge splits "PoliticsAI Analysis" into "Politics" and reports
// whether the line carries an AI badge.
func splitBadge(t string) (string, bool) {
	for _, b := range badges {
		if strings.HasSuffix(t, b) {
			cat := strings.TrimSpace(strings.TrimRight(t[:len(t)-len(b)], " |·•-"))
			if wordCount(cat) > 4 {
				return "", false
			}
			return cat, true
		}
	}
	return "", false
}

func wordCount(t string) int {
	n, in := 0, false
	for i := 0; i < len(t); i++ {
		sp := t[i] == ' ' || t[i] == '\t' || t[i] == '\n'
		if !sp && !in {
			n++
		}
		in = !sp
	}
	return n
}

func hasTerminalPunct(t string) bool {
	if t == "" {
		return false
	}
	switch t[len(t)-1] {
	case '.', ',', ';', ':', '!':
		return true
	}
	return strings.HasSuffix(t, "…") || strings.HasSuffix(t, ".\"") || strings.HasSuffix(t, ".”") ||
		strings.HasSuffix(t, ".'") || strings.HasSuffix(t, ".’") || strings.HasSuffix(t, ".)")
}

// buildSegs groups lines into candidate blocks: paragraphs (runs of
// non-blank lines), list items, and in Markdown headings and quotes.
func buildSegs(s string, lines []span, md bool) []seg {
	segs := make([]seg, 0, len(lines)/2+1)
	cur := -1 // index of the open paragraph or list item
	inFence := false
	for _, l := range lines {
		t := s[l.start:l.end]
		if inFence {
			if strings.HasPrefix(t, "```") || strings.HasPrefix(t, "~~~") {
				inFence = false
			}
			continue
		}
		if t == "" {
			cur = -1
			continue
		}
		if md {
			switch {
			case strings.HasPrefix(t, "```") || strings.HasPrefix(t, "~~~"):
				inFence, cur = true, -1
				continue
			case strings.HasPrefix(t, "<!--") || strings.HasPrefix(t, "!["):
				cur = -1
				continue
			case t[0] == '#':
				if a, b, ok := atxHeading(s, l); ok {
					segs = append(segs, seg{start: a, end: b, kind: KindHeading, lines: 1, explicit: true})
					cur = -1
					continue
				}
			case t[0] == '>':
				a, b := trimSpan(s, l.start+1, l.end)
				if a < b {
					segs = append(segs, seg{start: a, end: b, kind: KindQuote, lines: 1, explicit: true})
				}
				cur = -1
				continue
			}
		}
		if c, ok := ruleLine(t); ok {
			// A setext underline turns the one-line paragraph above it
			// into a heading.
			if md && (c == '=' || c == '-') && cur >= 0 && segs[cur].lines == 1 && segs[cur].kind == KindParagraph {
				segs[cur].kind, segs[cur].explicit = KindHeading, true
			}
			cur = -1
			continue
		}
		if n := listMarker(t, md); n > 0 {
			a, b := trimSpan(s, l.start+n, l.end)
			if a < b {
				segs = append(segs, seg{start: a, end: b, kind: KindListItem, lines: 1})
				cur = len(segs) - 1
			}
			continue
		}
		if cur >= 0 {
			segs[cur].end = l.end
			segs[cur].lines++
			continue
		}
		segs = append(segs, seg{start: l.start, end: l.end, kind: KindParagraph, lines: 1})
		cur = len(segs) - 1
	}
	return segs
}

// atxHeading returns the text of a "## Heading ##" line without its marks.
func atxHeading(s string, l span) (int, int, bool) {
	i := l.start
	for i < l.end && s[i] == '#' {
		i++
	}
	level := i - l.start
	if level > 6 || (i < l.end && s[i] != ' ' && s[i] != '\t') {
		return 0, 0, false
	}
	a, b := trimSpan(s, i, l.end)
	// Closing sequence: " ##".
	j := b
	for j > a && s[j-1] == '#' {
		j--
	}
	if j < b && (j == a || s[j-1] == ' ') {
		a, b = trimSpan(s, a, j)
	}
	return a, b, a < b
}

// ruleLine matches horizontal rules and setext underlines ("---", "***",
// "* * *", "===").
func ruleLine(t string) (byte, bool) {
	if len(t) < 3 {
		return 0, false
	}
	c := t[0]
	if c != '-' && c != '*' && c != '_' && c != '=' {
		return 0, false
	}
	n := 0
	for i := 0; i < len(t); i++ {
		switch t[i] {
		case c:
			n++
		case ' ', '\t':
		default:
			return 0, false
		}
	}
	return c, n >= 3
}

// listMarker returns the length of a bullet ("• ", "- ", "* ", "+ ", "1. ")
// at the start of t, 0 if there is none.
func listMarker(t string, md bool) int {
	for _, m := range [...]string{"• ", "· ", "▪ ", "◦ ", "- ", "* ", "– "} {
		if strings.HasPrefix(t, m) && len(t) > len(m) {
			return len(m)
		}
	}
	if strings.HasPrefix(t, "•") && len(t) > len("•") {
		return len("•")
	}
	if md {
		if strings.HasPrefix(t, "+ ") && len(t) > 2 {
			return 2
		}
		i := 0
		for i < len(t) && i < 3 && t[i] >= '0' && t[i] <= '9' {
			i++
		}
		if i > 0 && i+1 < len(t) && (t[i] == '.' || t[i] == ')') && t[i+1] == ' ' {
			return i + 2
		}
	}
	return 0
}

// classify turns candidate segments into blocks, leaving chrome out and
// picking up title, summary, byline and AI disclaimers on the way.
func (r *textReader) classify(segs []seg, frontMatter bool) {
	s := r.s
	for _, sg := range segs {
		if sg.explicit && sg.kind == KindHeading {
			r.mdHeadings = true
			break
		}
	}
	titleDone := r.titleSpan.end > 0
	inBox := false // after a box word: its list of links
	for i := 0; i < len(segs); i++ {
		sg := segs[i]
		t := s[sg.start:sg.end]
		if inBox = inBox && sg.kind == KindListItem && !isProse(t); inBox {
			continue
		}
		if sg.lines == 1 && !sg.explicit {
			if r.md && r.emphasisedFurniture(t) {
				continue
			}
			switch lineChrome(t) {
			case chromeDrop:
				continue
			case chromeList:
				if r.trailingLinks(nil, segs[i+1:]) {
					return
				}
				inBox = true
				continue
			}
		} else if sg.lines > 1 {
			// "Related Articles" with its links glued below it.
			if nl := strings.IndexByte(t, '\n'); nl > 0 && lineChrome(strings.TrimSpace(t[:nl])) == chromeList {
				if r.trailingLinks(strings.Split(t[nl+1:], "\n"), segs[i+1:]) {
					return
				}
				// Only the box's own line goes; the lines below it stay.
				a, b := trimSpan(s, sg.start+nl+1, sg.end)
				sg = seg{start: a, end: b, kind: sg.kind, lines: sg.lines - 1}
				t = s[a:b]
			}
		}
		if isAIDisclaimer(t) {
			r.doc.AIGenerated = true
			continue
		}
		if published, ok := metaLines(t); ok {
			if r.doc.Published == "" {
				r.doc.Published = published
			}
			continue
		}
		if sg.kind == KindQuote || sg.kind == KindListItem {
			r.add(sg.kind, sg.start, sg.end)
			titleDone = true
			continue
		}
		if sg.lines == 1 && sg.kind == KindParagraph {
			if author, ok := byline(t); ok {
				if r.doc.Author == "" {
					r.doc.Author = author
				}
				continue
			}
		}
		if !titleDone {
			titleDone = true
			sg = r.dateAbove(sg)
			if r.takeTitle(sg, i+1 < len(segs), frontMatter) {
				continue
			}
			if nl, ok := r.titleLine(sg, frontMatter); ok {
				// a text written a sentence a line, with no blank line
				// under its title: the title goes, its lines stay
				r.add(KindTitle, sg.start, sg.start+nl)
				sg = r.restOfSeg(sg, nl)
				sg = r.dateAbove(sg)
			}
			t = s[sg.start:sg.end]
		}
		if sg.kind == KindHeading {
			r.add(KindHeading, sg.start, sg.end)
			continue
		}
		if r.md && sg.lines == 1 {
			// A paragraph that is all bold is a heading: "**Why now**".
			if a, b, ok := boldHeading(s, sg.start, sg.end); ok {
				r.add(KindHeading, a, b)
				continue
			}
		}
		if r.wantSummary {
			r.wantSummary = false
			r.doc.Summary = t
			r.add(KindSummary, sg.start, sg.end)
			continue
		}
		if r.doc.Summary != "" && len(r.blocks) <= 1 && t == r.doc.Summary {
			r.add(KindSummary, sg.start, sg.end)
			continue
		}
		if !r.mdHeadings && sg.lines == 1 && i+1 < len(segs) && isHeadingLike(t) {
			r.add(KindHeading, sg.start, sg.end)
			continue
		}
		if n, agency := dateline(t); n > 0 {
			if r.doc.Source == "" && agency != "" {
				r.doc.Source = agency
			}
			a, b := trimSpan(s, sg.start, sg.start+n)
			r.add(KindDateline, a, b)
			a, b = trimSpan(s, sg.start+n, sg.end)
			if a < b {
				r.add(KindParagraph, a, b)
			}
			continue
		}
		r.add(KindParagraph, sg.start, sg.end)
	}
}

// trailingLinks reports whether the lines glued below a chromeList line
// and the segments after it are only the page's trailing link list. The AI
// disclaimer that such a list may hide still marks the article.
func (r *textReader) trailingLinks(glued []string, rest []seg) bool {
	n := len(glued) + len(rest)
	text := func(i int) string {
		if i < len(glued) {
			return strings.TrimSpace(glued[i])
		}
		sg := rest[i-len(glued)]
		return r.s[sg.start:sg.end]
	}
	if !trailingLinks(n, text) {
		return false
	}
	for i := 0; i < n; i++ {
		if isAIDisclaimer(text(i)) {
			r.doc.AIGenerated = true
		}
	}
	return true
}

// takeTitle decides whether the first content segment is the title.
func (r *textReader) takeTitle(sg seg, more, frontMatter bool) bool {
	t := r.s[sg.start:sg.end]
	if frontMatter && r.doc.Title != "" {
		if sameText(t, r.doc.Title) {
			r.add(KindTitle, sg.start, sg.end)
			return true
		}
		return false
	}
	ok := false
	switch {
	case sg.explicit && sg.kind == KindHeading:
		ok = true
	case sg.kind == KindParagraph && sg.lines == 1 && more && !r.mdHeadings:
		ok = len(t) <= 250 && wordCount(t) <= 30 && !hasTerminalPunct(t)
	}
	if !ok {
		return false
	}
	if r.doc.Title == "" {
		r.doc.Title = t
	}
	r.add(KindTitle, sg.start, sg.end)
	return true
}

// dateAbove takes a date line off the top of the first segment of a text
// written a sentence a line with no blank line under it ("October 22,
// 2008\nHalden Motors will cut 3,000 jobs, the company said on
// Tuesday."): it is the page's date, not the first sentence's.
func (r *textReader) dateAbove(sg seg) seg {
	if sg.kind != KindParagraph || sg.lines < 2 || sg.explicit {
		return sg
	}
	t := r.s[sg.start:sg.end]
	nl := strings.IndexByte(t, '\n')
	line := strings.TrimSpace(t[:nl])
	if !isDateOnlyLine(unglueDate(line)) {
		return sg
	}
	if r.doc.Published == "" {
		r.doc.Published = unglueDate(line)
	}
	return r.restOfSeg(sg, nl)
}

// restOfSeg is the segment without its first line, which ends at nl.
func (r *textReader) restOfSeg(sg seg, nl int) seg {
	a, b := trimSpan(r.s, sg.start+nl+1, sg.end)
	return seg{start: a, end: b, kind: sg.kind, lines: sg.lines - 1}
}

// titleLine reports whether the first segment's first line is the title
// of a text written a sentence a line with no blank line under its title
// ("Port strike ends\nDock workers returned to work on Monday.\n..."), and
// where that line ends: the front matter's title, or, without one, a short
// line with no full stop above lines that open a sentence and mostly end
// one. A hard-wrapped paragraph's lines mostly do not, so its first line
// stays.
func (r *textReader) titleLine(sg seg, frontMatter bool) (int, bool) {
	if sg.kind != KindParagraph || sg.lines < 2 || sg.explicit {
		return 0, false
	}
	t := r.s[sg.start:sg.end]
	nl := strings.IndexByte(t, '\n')
	first := strings.TrimSpace(t[:nl])
	if frontMatter && r.doc.Title != "" {
		return nl, sameText(first, r.doc.Title)
	}
	if r.mdHeadings || len(first) > 250 || wordCount(first) > 30 || hasTerminalPunct(first) {
		return 0, false
	}
	if next, _ := utf8.DecodeRuneInString(strings.TrimSpace(t[nl+1:])); !unicode.IsUpper(next) && !unicode.IsDigit(next) && !strings.ContainsRune("\"“‘'", next) {
		return 0, false // "a poll published\non Thursday showed": one sentence wrapped
	}
	ended, lines := 0, 0
	for _, line := range strings.Split(t[nl+1:], "\n") {
		if line = strings.TrimSpace(line); line != "" {
			lines++
			if hasTerminalPunct(line) || strings.HasSuffix(line, "?") || strings.HasSuffix(line, "\"") || strings.HasSuffix(line, "”") {
				ended++
			}
		}
	}
	if lines == 0 || 2*ended <= lines {
		return 0, false
	}
	if r.doc.Title == "" {
		r.doc.Title = first
	}
	return nl, true
}

// sameText compares a line with a metadata value, ignoring case, quotes and
// spacing differences.
func sameText(a, b string) bool {
	a = strings.Trim(a, " \"'“”#*")
	b = strings.Trim(b, " \"'“”#*")
	return strings.EqualFold(a, b) || strings.EqualFold(strings.Join(strings.Fields(a), " "), strings.Join(strings.Fields(b), " "))
}

func boldHeading(s string, a, b int) (int, int, bool) {
	t := s[a:b]
	for _, m := range [...]string{"**", "__"} {
		if len(t) > 4 && strings.HasPrefix(t, m) && strings.HasSuffix(t, m) && !strings.Contains(t[2:len(t)-2], m) {
			x, y := trimSpan(s, a+2, b-2)
			inner := s[x:y]
			if x < y && len(inner) <= 120 && !hasTerminalPunct(inner) {
				return x, y, true
			}
		}
	}
	return 0, 0, false
}

// isHeadingLike guesses a section heading in plain text: a short line
// without terminal punctuation that starts with a capital or a digit and is
// not a date line.
func isHeadingLike(t string) bool {
	if len(t) > 120 || len(t) < 3 {
		return false
	}
	if w := wordCount(t); w > 16 {
		return false
	}
	c := t[0]
	if !(c >= 'A' && c <= 'Z') && !(c >= '0' && c <= '9') && c < 0x80 && c != '"' && c != '\'' {
		return false
	}
	if c >= 0x80 && strings.ToLower(t[:min(len(t), 4)]) == t[:min(len(t), 4)] && strings.ToUpper(t[:min(len(t), 4)]) != t[:min(len(t), 4)] {
		return false // starts with a lowercase non-ASCII letter
	}
	if hasTerminalPunct(t) {
		return false
	}
	// Lines of a speech broken for reading ("... like this –") and
	// quotes are not headings.
	for _, end := range [...]string{"\"", "”", ")", "–", "—", "-", "…", "'", "’"} {
		if strings.HasSuffix(t, end) {
			return false
		}
	}
	return !looksLikeDateLine(t)
}

var monthPrefixes = [...]string{"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec",
	"mon", "tue", "wed", "thu", "fri", "sat", "sun"}

// looksLikeDateLine matches "November 27, 2025, Bishkek" and "6 January
// 2026 - 22:17": lines that start with a date and carry a year.
func looksLikeDateLine(t string) bool {
	hasYear := false
	for i := 0; i+4 <= len(t); i++ {
		if (t[i] == '1' && t[i+1] == '9' || t[i] == '2' && t[i+1] == '0') && isDigit(t[i+2]) && isDigit(t[i+3]) &&
			(i == 0 || !isDigit(t[i-1])) && (i+4 == len(t) || !isDigit(t[i+4])) {
			hasYear = true
			break
		}
	}
	if !hasYear {
		return false
	}
	if isDigit(t[0]) {
		return true
	}
	if len(t) >= 3 {
		low := strings.ToLower(t[:3])
		for _, m := range monthPrefixes {
			if low == m {
				return true
			}
		}
	}
	return false
}

func isDigit(c byte) bool { return c >= '0' && c <= '9' }
