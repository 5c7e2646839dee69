package article

import (
	"bytes"
	"net/url"
	"path"
	"sort"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Kind is the role of a block in an article.
type Kind string

// Block kinds, in the order they usually appear.
const (
	KindTitle     Kind = "title"
	KindSummary   Kind = "summary"
	KindDateline  Kind = "dateline"
	KindHeading   Kind = "heading"
	KindParagraph Kind = "paragraph"
	KindListItem  Kind = "list-item"
	KindQuote     Kind = "quote"
)

// Block is one piece of an article's text.
type Block struct {
	Kind Kind
	// Text is exactly Doc.Text[Start:End].
	Text       string
	Start, End int
}

// Input formats, as reported in Doc.Format.
const (
	FormatPageDump = "pagedump"
	FormatMarkdown = "markdown"
	FormatText     = "text"
	FormatJSON     = "json"
	FormatJSONL    = "jsonl"
	FormatHTML     = "html"
	FormatRSS      = "rss"
	FormatAtom     = "atom"
)

// Doc is one article read from a file.
type Doc struct {
	// Name is the file name as given; "name:LINE" for line LINE of a JSON
	// Lines file; "name#N" for item N (1-based) of a feed or of a JSON array
	// with more than one article.
	Name   string
	Format string
	Title  string
	// URL is the canonical URL (see CanonicalURL) when one was found.
	URL      string
	Source   string
	Author   string
	Category string
	// Published is the raw published value as found ("2026-01-22",
	// "Thu, 22 Jan 2026 10:00:00 GMT", "January 22, 2026"), "" if none.
	// It is not parsed here.
	Published   string
	Summary     string
	AIGenerated bool
	// Licence and Attribution are the terms and credit the metadata
	// states (front matter's licence/license and attribution).
	Licence, Attribution string
	// Text is the coordinate space of Block offsets: the file content as
	// given for text formats (offsets are byte offsets into the file), the
	// "body" string for JSON and JSON Lines, the extracted main text for
	// HTML and feeds.
	Text string
	// Blocks are the title, summary, headings and body paragraphs in
	// reading order, page chrome left out.
	Blocks []Block
	// Warnings are problems the reader worked around: the article was
	// read, but its writer should know (a front matter value read as
	// text though YAML would refuse it).
	Warnings []*Error
}

// Error is a problem with one input, or with one line or item of it; the
// rest of the input goes on.
type Error struct {
	Name string
	Line int // 1-based; 0 when the problem has no line
	Msg  string
	// Hint is one sentence saying what to do about it. It is not part of
	// Error(): the command line prints it on its own line (see
	// internal/hint, which cmd wraps every *Error into).
	Hint string
}

// Error is "name[:line]: msg" on one line. A name that could pass for
// something else (a newline, a control character, a quote, leading or
// trailing space) is quoted with strconv.Quote, and control characters in
// msg are escaped, so that input can never forge a line of its own such
// as "storygraph: hint: …". Plain names are left as they are, as people
// type them.
func (e *Error) Error() string {
	name := e.Name
	if needsQuote(name) {
		name = strconv.Quote(name)
	}
	if e.Line > 0 {
		return name + ":" + strconv.Itoa(e.Line) + ": " + escapeControls(e.Msg)
	}
	return name + ": " + escapeControls(e.Msg)
}

func needsQuote(s string) bool {
	if s == "" || strings.TrimSpace(s) != s {
		return true
	}
	for _, r := range s {
		if r == '"' || !unicode.IsPrint(r) && r != ' ' {
			return true
		}
	}
	return false
}

// shellWord is name as a word to paste into a shell: as it is when it is
// plain, else in single quotes (control characters escaped, so a hint
// stays one line).
func shellWord(name string) string {
	if !needsQuote(name) && !strings.ContainsAny(name, " '$`\\!*?[]{}()<>|;&#~") {
		return name
	}
	return "'" + escapeControls(strings.ReplaceAll(name, "'", `'\''`)) + "'"
}

// escapeControls writes control characters (newlines, carriage returns,
// escapes) as Go escapes and leaves the rest of s as it is.
func escapeControls(s string) string {
	if strings.IndexFunc(s, unicode.IsControl) < 0 {
		return s
	}
	var b strings.Builder
	for _, r := range s {
		if unicode.IsControl(r) {
			q := strconv.QuoteRune(r)
			b.WriteString(q[1 : len(q)-1])
			continue
		}
		b.WriteRune(r)
	}
	return b.String()
}

// Read detects the format of data by its content and reads the articles in
// it. It returns every article it could read and an *Error for each input,
// line or item it could not.
//
// A name that is not valid UTF-8 has its bad bytes replaced by U+FFFD, so
// that every string Read returns is valid UTF-8.
func Read(name string, data []byte) ([]Doc, []*Error) {
	docs, errs := read(strings.ToValidUTF8(name, "\uFFFD"), data)
	for _, e := range errs {
		// Library messages may quote the broken input.
		e.Msg = strings.ToValidUTF8(e.Msg, "\uFFFD")
	}
	return docs, errs
}

func read(name string, data []byte) ([]Doc, []*Error) {
	body := bytes.TrimPrefix(data, utf8BOM)
	if len(bytes.TrimSpace(body)) == 0 {
		return nil, []*Error{{Name: name, Msg: "empty file",
			Hint: "Check that the file was saved completely; an article needs at least a title or a paragraph."}}
	}
	if isBinary(data) {
		return nil, []*Error{{Name: name, Msg: "binary file, not an article",
			Hint: "Pass a text, Markdown, JSON, HTML or feed file; extract the text from PDFs or documents first."}}
	}
	lead := bytes.TrimLeft(body, " \t\r\n")
	switch {
	case bytes.HasPrefix(body, []byte("---\n")) || bytes.HasPrefix(body, []byte("---\r\n")),
		bytes.HasPrefix(body, []byte("+++\n")) || bytes.HasPrefix(body, []byte("+++\r\n")):
		return readText(name, data, true)
	case lead[0] == '{' || lead[0] == '[':
		return readJSON(name, data)
	case lead[0] == '<':
		switch sniffMarkup(lead) {
		case FormatRSS, FormatAtom:
			return readFeed(name, data)
		case FormatHTML:
			return readHTML(name, data)
		}
	}
	return readText(name, data, false)
}

var utf8BOM = []byte{0xEF, 0xBB, 0xBF}

// isBinary reports NUL bytes or mostly control bytes in the first 8 KiB. A
// UTF-16 file with a BOM is text (the HTML reader decodes it).
func isBinary(data []byte) bool {
	if bytes.HasPrefix(data, []byte{0xFF, 0xFE}) || bytes.HasPrefix(data, []byte{0xFE, 0xFF}) {
		return false
	}
	head := data
	if len(head) > 8192 {
		head = head[:8192]
	}
	ctrl := 0
	for _, c := range head {
		switch {
		case c == 0:
			return true
		case c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f':
			ctrl++
		}
	}
	return ctrl*10 > len(head)
}

// checkUTF8 reports the first invalid UTF-8 sequence with its line and byte
// offset.
func checkUTF8(name string, data []byte) *Error {
	if utf8.Valid(data) {
		return nil
	}
	line, off := 1, 0
	for off < len(data) {
		c := data[off]
		if c < utf8.RuneSelf {
			if c == '\n' {
				line++
			}
			off++
			continue
		}
		r, size := utf8.DecodeRune(data[off:])
		if r == utf8.RuneError && size <= 1 {
			break
		}
		off += size
	}
	return &Error{Name: name, Line: line,
		Msg:  "invalid UTF-8 at byte offset " + strconv.Itoa(off) + " (byte 0x" + strconv.FormatUint(uint64(data[min(off, len(data)-1)]), 16) + ")",
		Hint: "Convert the file to UTF-8, e.g. with `iconv -f windows-1252 -t utf-8 " + shellWord(path.Base(name)) + "`."}
}

// sniffMarkup tells HTML from feeds by the first tags of lead, which starts
// with '<'. It returns "" for markup that is neither.
func sniffMarkup(lead []byte) string {
	head := lead
	if len(head) > 2048 {
		head = head[:2048]
	}
	low := bytes.ToLower(head)
	// Skip the XML declaration, comments, doctype and processing
	// instructions to find the root element.
	i := 0
	for i < len(low) {
		j := bytes.IndexByte(low[i:], '<')
		if j < 0 {
			break
		}
		i += j
		rest := low[i:]
		switch {
		case bytes.HasPrefix(rest, []byte("<!doctype html")):
			return FormatHTML
		case bytes.HasPrefix(rest, []byte("<?")), bytes.HasPrefix(rest, []byte("<!")):
			end := bytes.IndexByte(rest, '>')
			if end < 0 {
				return ""
			}
			i += end + 1
			continue
		case bytes.HasPrefix(rest, []byte("<rss")), bytes.HasPrefix(rest, []byte("<rdf:rdf")):
			return FormatRSS
		case bytes.HasPrefix(rest, []byte("<feed")):
			return FormatAtom
		}
		return FormatHTML
	}
	return ""
}

// trackingParams are query parameters that identify a click, not a page.
var trackingParams = map[string]bool{
	"fbclid": true, "gclid": true, "dclid": true, "msclkid": true,
	"mc_cid": true, "mc_eid": true, "igshid": true, "yclid": true,
}

// CanonicalURL normalises raw so that two links to the same article compare
// equal: lowercase scheme and host, no fragment, no utm_* / fbclid / gclid
// parameters, no default port, no trailing slash. It returns "" for a string
// that is not an absolute http(s) URL.
func CanonicalURL(raw string) string {
	raw = strings.TrimSpace(raw)
	if raw == "" {
		return ""
	}
	u, err := url.Parse(raw)
	if err != nil || u.Host == "" || u.Opaque != "" {
		return ""
	}
	u.Scheme = strings.ToLower(u.Scheme)
	if u.Scheme != "http" && u.Scheme != "https" {
		return ""
	}
	host := strings.ToLower(u.Hostname())
	if host == "" || !utf8.ValidString(host) {
		return ""
	}
	port := u.Port()
	if (u.Scheme == "http" && port == "80") || (u.Scheme == "https" && port == "443") {
		port = ""
	}
	if strings.Contains(host, ":") { // IPv6 literal
		host = "[" + host + "]"
	}
	if port != "" {
		host += ":" + port
	}
	u.Host = host
	u.User = nil
	u.Fragment, u.RawFragment = "", ""
	if u.RawQuery != "" {
		q, err := url.ParseQuery(u.RawQuery)
		if err != nil {
			return ""
		}
		for k := range q {
			if strings.HasPrefix(strings.ToLower(k), "utm_") || trackingParams[strings.ToLower(k)] {
				delete(q, k)
			}
		}
		u.RawQuery = encodeQuery(q, bareKeys(u.RawQuery))
	}
	u.ForceQuery = false
	p := strings.TrimRight(u.EscapedPath(), "/")
	u.RawPath = ""
	if up, err := url.PathUnescape(p); err == nil {
		u.Path = up
		u.RawPath = p
	} else {
		return ""
	}
	out := u.String()
	if !utf8.ValidString(out) {
		return ""
	}
	return out
}

// bareKeys are the query's keys written without "=" ("?open"): a site
// may serve another page for "?open=", and a link must stay as given.
func bareKeys(raw string) map[string]bool {
	var bare map[string]bool
	for _, part := range strings.Split(raw, "&") {
		if part != "" && !strings.Contains(part, "=") {
			if k, err := url.QueryUnescape(part); err == nil {
				if bare == nil {
					bare = map[string]bool{}
				}
				bare[k] = true
			}
		}
	}
	return bare
}

// encodeQuery is url.Values.Encode with a stable key order; a key in bare
// with an empty value is written without "=".
func encodeQuery(q url.Values, bare map[string]bool) string {
	if len(q) == 0 {
		return ""
	}
	keys := make([]string, 0, len(q))
	for k := range q {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	var b strings.Builder
	for _, k := range keys {
		for _, v := range q[k] {
			if b.Len() > 0 {
				b.WriteByte('&')
			}
			b.WriteString(url.QueryEscape(k))
			if v == "" && bare[k] {
				continue
			}
			b.WriteByte('=')
			b.WriteString(url.QueryEscape(v))
		}
	}
	return b.String()
}

// clean makes a metadata value a single trimmed line of valid UTF-8.
func clean(s string) string {
	if !utf8.ValidString(s) {
		s = strings.ToValidUTF8(s, "\uFFFD")
	}
	if strings.ContainsAny(s, "\n\r\t\u00a0") || strings.Contains(s, "  ") {
		s = strings.Join(strings.Fields(s), " ")
	}
	return strings.TrimSpace(s)
}

// firstNonEmpty returns the first argument that is not blank, cleaned.
func firstNonEmpty(vals ...string) string {
	for _, v := range vals {
		if v = clean(v); v != "" {
			return v
		}
	}
	return ""
}
