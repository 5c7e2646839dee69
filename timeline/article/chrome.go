package article

import (
	"bytes"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// This file recognises page chrome, bylines, datelines and AI disclaimers
// in single paragraphs. The rules are shared by every format.

type chromeVerdict int

const (
	chromeKeep chromeVerdict = iota
	chromeDrop               // leave this line out
	// chromeList heads a box of links to other pages ("Related",
	// "Trending"). Only its own line is dropped, unless nothing but link
	// titles follows it: then it and the rest are the page's trailing
	// link list (see trailingLinks). A box word inside a body must not
	// end the body, which once lost everything after it.
	chromeList
)

// chromeExact are whole lines (lowercased, trailing ":" removed) that are
// never article text.
var chromeExact = map[string]chromeVerdict{
	"source": chromeList, "sources": chromeList, "references": chromeList, "external links": chromeList,
	"see also": chromeList, "further reading": chromeList, "advertisement": chromeDrop, "advertising": chromeDrop,
	"ad": chromeDrop, "sponsored": chromeDrop, "sponsored content": chromeDrop, "share": chromeDrop,
	"share this": chromeDrop, "share this article": chromeDrop, "share this story": chromeDrop,
	"share article": chromeDrop, "tweet": chromeDrop, "print": chromeDrop, "email": chromeDrop,
	"copy link": chromeDrop, "link copied": chromeDrop, "listen": chromeDrop, "listen to this article": chromeDrop,
	"skip to content": chromeDrop, "skip to main content": chromeDrop, "menu": chromeDrop, "home": chromeDrop,
	"back to top": chromeDrop, "getty images": chromeDrop, "comments": chromeDrop, "read more": chromeDrop,
	"continue reading": chromeDrop, "show more": chromeDrop, "save": chromeDrop, "bookmark": chromeDrop,
	"follow": chromeDrop, "subscribe": chromeDrop, "sign up": chromeDrop, "newsletter": chromeDrop,
	"accept": chromeDrop, "accept all": chromeDrop, "reject all": chromeDrop, "cookie settings": chromeDrop,
	"related": chromeList, "related articles": chromeList, "related stories": chromeList, "related news": chromeList,
	"related content": chromeList, "related coverage": chromeList, "more stories": chromeList,
	"more on this story": chromeList, "you may also like": chromeList, "you might also like": chromeList,
	"recommended": chromeList, "recommended for you": chromeList, "read next": chromeList, "most read": chromeList,
	"most popular": chromeList, "trending": chromeList, "latest news": chromeList, "more from": chromeList,
}

// isProse tells article text from the title of a linked page: a title
// rarely ends in a full stop or runs past thirty words.
func isProse(t string) bool {
	t = strings.TrimRight(t, "\"'”’)")
	if t == "" {
		return false
	}
	end := t[len(t)-1] == '.' || t[len(t)-1] == '!' || strings.HasSuffix(t, "…")
	w := wordCount(t)
	return end && w >= 6 || w > 30
}

// trailingLinks reports whether the n texts after a chromeList line are
// only link titles and disclaimers: then the line heads the page's trailing
// link list, which ends the article. text(i) is the i-th of them.
func trailingLinks(n int, text func(int) string) bool {
	for i := 0; i < n; i++ {
		if t := text(i); isProse(t) && !isAIDisclaimer(t) {
			return false
		}
	}
	return true
}

// chromePrefixes start lines (lowercased) that are captions, credits
// (creditPrefixes and these), links to other pages, newsletter and cookie
// boxes.
var chromePrefixes = slices.Concat(creditPrefixes[:], []string{
	"(photo", "[photo", "(image", "(credit", "caption:",
	"video:", "watch:", "listen:", "read more:", "read more at", "read also:", "also read:", "see also:",
	"related:", "more:", "read next:", "recommended:", "sign up for", "sign up to", "subscribe to our",
	"subscribe for", "subscribe now", "get our newsletter", "get the latest", "newsletter:", "join our newsletter",
	"advertisement", "share this", "share on ", "share via", "follow us on", "follow us:", "we use cookies",
	"this site uses cookies", "this website uses cookies", "accept cookies", "by continuing to use",
	"by clicking", "click here", "copyright ©", "©", "all rights reserved", "(c) ",
	// wire copy's staff credits: "(Reporting by Guy Faulconbridge; Editing by Andrew Osborn)"
	"(reporting by", "reporting by ", "(additional reporting", "additional reporting by", "(writing by", "(editing by",
	"editing by ", "(compiled by", "compiled by ",
})

// creditMarks inside a short line make it a photo credit.
var creditMarks = [...]string{"getty images", "ap photo", "/ap)", "/afp", "afp via getty", "/reuters",
	"reuters/", "shutterstock", "epa-efe", "/epa", "(photo by", "photo credit"}

// lineChrome classifies a one-line paragraph. It runs on every short
// paragraph of every article, so it compares without allocating.
func lineChrome(t string) chromeVerdict {
	if len(t) > 300 {
		return chromeKeep
	}
	if isReadTime(t) {
		return chromeDrop
	}
	var buf [300]byte
	low := lowerASCII(buf[:0], t)
	for len(low) > 0 && strings.IndexByte(" :.>", low[len(low)-1]) >= 0 {
		low = low[:len(low)-1]
	}
	if v, ok := chromeExact[string(low)]; ok {
		return v
	}
	if hasPrefixFold(t, "more from ") && wordCount(t) <= 6 {
		return chromeList
	}
	for _, p := range chromePrefixes {
		if hasPrefixFold(t, p) {
			return chromeDrop
		}
	}
	if isSyndicationCredit(low) || isLinkLine(low) || isCookieLine(low) {
		return chromeDrop
	}
	if len(t) <= 200 {
		for _, m := range creditMarks {
			if bytes.Contains(low, []byte(m)) {
				return chromeDrop
			}
		}
	}
	return chromeKeep
}

// syndicationCredits are a feed's or a syndicated copy's line about where
// the story first ran (lower case): an opening and what follows it.
var syndicationCredits = [...][2]string{
	{"the post ", " appeared first on "}, // WordPress feeds
	{"this article ", "originally "}, {"this article ", "first appeared"}, {"this story ", "originally "},
	{"this story ", "first appeared"}, {"this article is republished from", ""}, {"this content was originally", ""},
}

// isSyndicationCredit matches "The post Ferry strike ends appeared first
// on Harbour Herald." and "This article was originally published by ...".
func isSyndicationCredit(low []byte) bool {
	if len(low) > 250 {
		return false
	}
	for _, c := range syndicationCredits {
		if bytes.HasPrefix(low, []byte(c[0])) && bytes.Contains(low[len(c[0]):], []byte(c[1])) {
			return true
		}
	}
	return false
}

// isCookieLine reports a line of a cookie banner: it speaks of cookies
// and of the site or of choosing ("We use some essential cookies to make
// this website work.", "Accept additional cookies", "Cookies on GOV.UK");
// "The bakery sold 500 cookies on Monday." is none.
func isCookieLine(low []byte) bool {
	if len(low) > 200 || !bytes.Contains(low, []byte("cookie")) {
		return false
	}
	for _, w := range [...]string{"website", "this site", "our site", "accept", "reject", "view cookies", "manage",
		"cookie settings", "cookie policy", "preferences"} {
		if bytes.Contains(low, []byte(w)) {
			return true
		}
	}
	return bytes.HasPrefix(low, []byte("cookies on "))
}

// linkMarks end the text of a link as screen readers are told of it,
// which copying a page keeps ("Our Standards: The Trust Principles.,
// opens new tab").
var linkMarks = [...]string{"opens new tab", "opens in new tab", "opens in a new tab", "opens in new window",
	"opens in a new window", "(opens new window)"}

// isLinkLine reports a short line that is a link, by the mark a page puts
// after its text. A sentence of the story with a link inside keeps its
// line.
func isLinkLine(low []byte) bool {
	if len(low) > 160 {
		return false
	}
	for _, m := range linkMarks {
		if bytes.HasSuffix(low, []byte(m)) {
			return true
		}
	}
	return false
}

// hasPrefixFold is strings.HasPrefix ignoring ASCII case; p is lowercase.
func hasPrefixFold(t, p string) bool {
	if len(t) < len(p) {
		return false
	}
	for i := 0; i < len(p); i++ {
		c := t[i]
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		if c != p[i] {
			return false
		}
	}
	return true
}

// lowerASCII appends t with ASCII letters lowercased.
func lowerASCII(dst []byte, t string) []byte {
	for i := 0; i < len(t); i++ {
		c := t[i]
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		dst = append(dst, c)
	}
	return dst
}

// isAIDisclaimer matches "This content is AI-generated based on source
// articles. ... We recommend verifying ..." and similar notes.
func isAIDisclaimer(t string) bool {
	if len(t) > 600 {
		return false
	}
	// Cheap test first: nearly no paragraph mentions AI.
	if !strings.Contains(t, "AI") && !strings.Contains(t, "ai-") && !strings.Contains(t, "ai generated") &&
		!strings.Contains(t, "rtificial") {
		return false
	}
	low := strings.ToLower(t)
	if !(strings.Contains(low, "ai-generated") || strings.Contains(low, "ai generated") ||
		strings.Contains(low, "generated by ai") || strings.Contains(low, "generated with ai") ||
		strings.Contains(low, "generated using ai") || strings.Contains(low, "written by ai") ||
		strings.Contains(low, "artificial intelligence was used") || strings.Contains(low, "created with the help of ai")) {
		return false
	}
	for _, p := range [...]string{"this content", "this article", "this summary", "this story", "this page",
		"this text", "this analysis", "disclaimer", "note:", "editor's note", "ai-generated", "ai generated", "content generated"} {
		if strings.HasPrefix(low, p) {
			return true
		}
	}
	return strings.Contains(low, "verify") || strings.Contains(low, "accuracy") || strings.Contains(low, "errors may")
}

// metaLines reports whether every line of t is a page's metadata, not
// its story: "From: Department for Transport" (the publisher, as GOV.UK
// pages give it), "Published 4 February 2026", "Last updated: 5 May
// 2026", "Editor: Lee Mohon". It returns the publication date as written
// (else the last update's), "" when none. A line may join several with
// " | ".
func metaLines(t string) (published string, ok bool) {
	updated := ""
	for line := range metaParts(t) {
		low := strings.ToLower(line)
		switch {
		case strings.HasPrefix(low, "from:") && wordCount(line) <= 12 && !strings.ContainsAny(line, ".!?"):
		case hasAnyPrefix(low, metaPersonPrefixes[:]) && wordCount(line) <= 8 && !strings.ContainsAny(line, "!?"):
			// "Editor: Lee Mohon", "Contact: Jane Doe": the page's staff
		default:
			rest, dated := "", false
			for _, p := range metaDatePrefixes {
				if strings.HasPrefix(low, p) {
					rest, dated = strings.TrimSpace(strings.TrimLeft(line[len(p):], ": ")), true
					break
				}
			}
			if !dated || wordCount(rest) > 6 || !strings.ContainsAny(rest, "0123456789") {
				return "", false
			}
			switch {
			case !strings.Contains(low, "updated"):
				if published == "" {
					published = rest
				}
			case updated == "":
				updated = rest
			}
		}
	}
	if published == "" {
		// a page that gives only its last update ("Last Updated: Nov 21,
		// 2026", as NASA's do) was published by then: the best day to
		// read its "Friday, Nov. 20" on
		published = updated
	}
	return published, true
}

// metaParts yields the lines of t, trimmed, and of a line the parts it
// joins with " | " ("Published: 14:05, 5 March 2026 | Updated: 16:20, 5
// March 2026"); a label alone on its line comes with the line after it.
func metaParts(t string) func(yield func(string) bool) {
	return func(yield func(string) bool) {
		label := "" // a label alone on its line ("From:", "Published"): its value is the next line
		for line := range strings.Lines(t) {
			for part := range strings.SplitSeq(line, " | ") {
				part = strings.TrimSpace(part)
				if metaLabels[strings.TrimRight(strings.ToLower(part), ":")] {
					label = part
					continue
				}
				if label != "" {
					part, label = label+" "+part, ""
				}
				if !yield(part) {
					return
				}
			}
		}
		if label != "" {
			yield(label)
		}
	}
}

// metaLabels stand alone on their line above their value, as GOV.UK's
// pages give "From:" and "Published" (lower case, without a colon).
var metaLabels = map[string]bool{"from": true, "published": true, "last updated": true, "updated": true,
	"first published": true}

// metaPersonPrefixes open a line naming the page's staff.
var metaPersonPrefixes = [...]string{"editor:", "author:", "contact:", "media contact:", "written by:", "posted by:", "reporter:"}

func hasAnyPrefix(s string, prefixes []string) bool {
	for _, p := range prefixes {
		if strings.HasPrefix(s, p) {
			return true
		}
	}
	return false
}

// metaDatePrefixes open a line that gives the page's dates.
var metaDatePrefixes = [...]string{"first published", "published on", "published", "last updated on", "last updated", "updated on", "updated"}

// byline returns the author of a "By Jane Doe" line.
func byline(t string) (string, bool) {
	if len(t) > 120 {
		return "", false
	}
	var rest string
	switch {
	case strings.HasPrefix(t, "By "), strings.HasPrefix(t, "BY "), strings.HasPrefix(t, "By: "):
		rest = t[strings.IndexByte(t, ' ')+1:]
	case strings.HasPrefix(t, "Written by "):
		rest = t[len("Written by "):]
	case strings.HasPrefix(t, "Words by "):
		rest = t[len("Words by "):]
	default:
		return "", false
	}
	rest = strings.TrimSpace(rest)
	for _, sep := range [...]string{" | ", "|", " • ", " · ", " - ", " — ", " – ", ", updated", ", published", "\n"} {
		if i := strings.Index(rest, sep); i > 0 {
			rest = rest[:i]
		}
	}
	// "By Eleni Markou, Athens correspondent", "By Jane Doe, Reuters"; not
	// "By Tuesday, the ferry had sunk."
	if i := strings.Index(rest, ", "); i > 0 && !strings.HasSuffix(rest, ".") && wordCount(rest[i+2:]) <= 5 {
		rest = rest[:i]
	}
	rest = strings.TrimSpace(strings.TrimRight(rest, " ,;"))
	r, _ := utf8.DecodeRuneInString(rest)
	if rest == "" || !unicode.IsUpper(r) || wordCount(rest) > 10 || strings.HasSuffix(rest, ".") && wordCount(rest) > 3 {
		return "", false
	}
	// "By the time ..." and "By 2030 ..." start sentences, not bylines:
	// every word of a name starts with a capital (or is a joiner).
	for _, w := range strings.Fields(rest) {
		r, _ := utf8.DecodeRuneInString(w)
		if unicode.IsUpper(r) {
			continue
		}
		switch w {
		case "and", "&", "de", "van", "von", "der", "da", "di", "del", "la", "le", "bin", "al", "in", "ibn":
			continue
		}
		return "", false
	}
	return rest, true
}

// datelineSeps end a dateline, longest first.
var datelineSeps = [...]string{" -- ", " — ", " – ", " - ", "—", "–"}

// dateline returns the length of a news dateline at the start of t ("KYIV,
// Dec 2 (Reuters) - ", "WASHINGTON — ") and the agency named in it.
func dateline(t string) (int, string) {
	head := t
	if len(head) > 90 {
		head = head[:90]
	}
	sepAt, sepLen := -1, 0
	for _, sep := range datelineSeps {
		if i := strings.Index(head, sep); i > 0 && (sepAt < 0 || i < sepAt) {
			sepAt, sepLen = i, len(sep)
		}
	}
	if sepAt < 0 {
		return 0, ""
	}
	p := strings.TrimSpace(t[:sepAt])
	// The place: first word in capitals ("KYIV", "ST. LOUIS", "PORT-AU-PRINCE",
	// two places at once: "KYIV/MOSCOW").
	first := p
	if i := strings.IndexAny(p, " ,("); i > 0 {
		first = p[:i]
	}
	letters := 0
	for _, r := range first {
		switch {
		case unicode.IsUpper(r):
			letters++
		case r == '.' || r == '-' || r == '\'' || r == '’' || r == '/':
		default:
			return 0, ""
		}
	}
	if letters < 2 || wordCount(p) > 10 {
		return 0, ""
	}
	allCaps, comma, agency := true, strings.Contains(p, ","), ""
	if i := strings.LastIndexByte(p, '('); i >= 0 {
		j := strings.IndexByte(p[i:], ')')
		if j < 0 {
			return 0, ""
		}
		agency = p[i+1 : i+j]
		if agency == "" || wordCount(agency) > 3 {
			return 0, ""
		}
	}
	for _, w := range strings.Fields(p) {
		w = strings.Trim(w, ",()")
		if w == "" {
			continue
		}
		r, _ := utf8.DecodeRuneInString(w)
		if unicode.IsLower(r) {
			return 0, ""
		}
		if strings.ToUpper(w) != w {
			allCaps = false
		}
		if strings.ContainsAny(w, ".!?") && !strings.HasSuffix(w, ".") {
			return 0, ""
		}
	}
	if !(agency != "" || comma || allCaps) {
		return 0, ""
	}
	if strings.TrimSpace(t[sepAt+sepLen:]) == "" {
		return 0, ""
	}
	return sepAt + sepLen, agency
}
