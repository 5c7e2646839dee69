package article

import (
	"bytes"
	"encoding/json"
	"strconv"
	"strings"
	"unicode/utf8"
)

// jsonArticle is one article in a JSON or JSON Lines file. Fields are raw so
// that a number, an object ({"name": ...}) or a list is read as well as a
// string.
type jsonArticle struct {
	Title       json.RawMessage `json:"title"`
	Headline    json.RawMessage `json:"headline"`
	URL         json.RawMessage `json:"url"`
	Link        json.RawMessage `json:"link"`
	Published   json.RawMessage `json:"published"`
	Date        json.RawMessage `json:"date"`
	PublishedAt json.RawMessage `json:"published_at"`
	// the names news APIs and CMS exports give the same fields
	PublishedAPI  json.RawMessage `json:"publishedAt"`
	PubDate       json.RawMessage `json:"pubDate"`
	DatePublished json.RawMessage `json:"datePublished"`
	Publisher     json.RawMessage `json:"publisher"`
	Byline        json.RawMessage `json:"byline"`
	Source        json.RawMessage `json:"source"`
	Author        json.RawMessage `json:"author"`
	Authors       json.RawMessage `json:"authors"`
	Category      json.RawMessage `json:"category"`
	Summary       json.RawMessage `json:"summary"`
	Description   json.RawMessage `json:"description"`
	Body          json.RawMessage `json:"body"`
	Text          json.RawMessage `json:"text"`
	Content       json.RawMessage `json:"content"`
	AIGenerated   json.RawMessage `json:"ai_generated"`
}

func readJSON(name string, data []byte) ([]Doc, []*Error) {
	lead := bytes.TrimLeft(bytes.TrimPrefix(data, utf8BOM), " \t\r\n")
	if lead[0] == '{' && !json.Valid(lead) && looksLikeJSONLines(lead) {
		// Each line is checked on its own so one bad line spoils only itself.
		return readJSONLines(name, data)
	}
	if e := checkUTF8(name, data); e != nil {
		return nil, []*Error{e}
	}
	if lead[0] == '[' {
		var items []json.RawMessage
		if err := json.Unmarshal(lead, &items); err != nil {
			return nil, []*Error{jsonSyntaxError(name, data, lead, err)}
		}
		var docs []Doc
		var errs []*Error
		for i, raw := range items {
			itemName := name
			if len(items) > 1 {
				itemName = name + "#" + strconv.Itoa(i+1)
			}
			d, e := jsonDoc(itemName, 0, raw, FormatJSON)
			if e != nil {
				errs = append(errs, e)
				continue
			}
			docs = append(docs, d)
		}
		if len(items) == 0 {
			errs = append(errs, &Error{Name: name, Msg: "JSON array holds no articles",
				Hint: `Put one object per article in the array, each with "title" and "body".`})
		}
		return docs, errs
	}
	if json.Valid(lead) {
		if items, ok := wrappedArticles(lead); ok {
			return readJSON(name, items)
		}
		d, e := jsonDoc(name, 0, lead, FormatJSON)
		if e != nil {
			return nil, []*Error{e}
		}
		return []Doc{d}, nil
	}
	var v any
	err := json.Unmarshal(lead, &v)
	return nil, []*Error{jsonSyntaxError(name, data, lead, err)}
}

// wrapperKeys hold the list of articles in the object a news API or a
// CMS export answers with ({"status": "ok", "articles": [...]}).
var wrapperKeys = [...]string{"articles", "items", "results", "data", "posts", "entries", "stories", "docs"}

// wrappedArticles is the array of article objects an object holds under
// one of wrapperKeys, when the object itself is no article (it has no
// title).
func wrappedArticles(obj []byte) ([]byte, bool) {
	var top map[string]json.RawMessage
	if json.Unmarshal(obj, &top) != nil || len(top["title"]) > 0 || len(top["headline"]) > 0 {
		return nil, false
	}
	for _, k := range wrapperKeys {
		if v := bytes.TrimSpace(top[k]); len(v) > 1 && v[0] == '[' && bytes.HasPrefix(bytes.TrimLeft(v[1:], " \t\r\n"), []byte("{")) {
			return v, true
		}
	}
	return nil, false
}

// cutTruncation removes the mark a news API leaves where it cut the text
// ("… [+2110 chars]") and the sentence it cut: what is left is whole.
func cutTruncation(body string) string {
	t := strings.TrimRight(body, " \t\r\n")
	if !strings.HasSuffix(t, " chars]") {
		return body
	}
	i := strings.LastIndex(t, "[+")
	if i < 0 {
		return body
	}
	if _, err := strconv.Atoi(strings.TrimSuffix(t[i+2:], " chars]")); err != nil {
		return body
	}
	t = strings.TrimRight(t[:i], " ")
	if end := strings.LastIndexAny(t, ".!?"); end >= 0 && (strings.HasSuffix(t, "…") || strings.HasSuffix(t, "...")) {
		t = t[:end+1]
	}
	return t
}

// looksLikeJSONLines: the file is not one JSON value, and at least one line
// on its own is a JSON object.
func looksLikeJSONLines(lead []byte) bool {
	lines := 0
	for len(lead) > 0 && lines < 50 {
		l := lead
		if i := bytes.IndexByte(lead, '\n'); i >= 0 {
			l, lead = lead[:i], lead[i+1:]
		} else {
			lead = nil
		}
		l = bytes.TrimSpace(l)
		if len(l) == 0 {
			continue
		}
		lines++
		if l[0] == '{' && json.Valid(l) {
			return true
		}
	}
	return false
}

func readJSONLines(name string, data []byte) ([]Doc, []*Error) {
	var docs []Doc
	var errs []*Error
	lineNo := 0
	for len(data) > 0 {
		lineNo++
		l := data
		if i := bytes.IndexByte(data, '\n'); i >= 0 {
			l, data = data[:i], data[i+1:]
		} else {
			data = nil
		}
		if lineNo == 1 {
			l = bytes.TrimPrefix(l, utf8BOM)
		}
		l = bytes.TrimSpace(l)
		if len(l) == 0 {
			continue
		}
		lineName := name + ":" + strconv.Itoa(lineNo)
		if !utf8.Valid(l) {
			e := checkUTF8(name, l)
			e.Line = lineNo
			errs = append(errs, e)
			continue
		}
		if !json.Valid(l) || l[0] != '{' {
			msg := "line is not a JSON object"
			var v any
			if err := json.Unmarshal(l, &v); err != nil {
				msg = "line is not valid JSON: " + strings.TrimPrefix(err.Error(), "json: ")
			}
			errs = append(errs, &Error{Name: name, Line: lineNo, Msg: msg,
				Hint: "Write each article as one JSON object on a single line; the other lines were read."})
			continue
		}
		d, e := jsonDoc(lineName, lineNo, l, FormatJSONL)
		if e != nil {
			e.Name = name
			errs = append(errs, e)
			continue
		}
		docs = append(docs, d)
	}
	return docs, errs
}

func jsonSyntaxError(name string, data, lead []byte, err error) *Error {
	line := 0
	msg := "not valid JSON"
	if se, ok := err.(*json.SyntaxError); ok {
		skipped := len(data) - len(lead)
		off := int(se.Offset) + skipped
		if off > len(data) {
			off = len(data)
		}
		line = 1 + bytes.Count(data[:off], []byte{'\n'})
		msg = "not valid JSON: " + se.Error()
	} else if err != nil {
		msg = "not valid JSON: " + strings.TrimPrefix(err.Error(), "json: ")
	}
	return &Error{Name: name, Line: line, Msg: msg,
		Hint: `Check the JSON (e.g. with jq .); an article is an object with "title", "url", "published", "source" and "body".`}
}

// jsonDoc makes a Doc of one JSON object. Its body is Doc.Text; blocks are
// found with the plain-text rules.
func jsonDoc(name string, line int, raw []byte, format string) (Doc, *Error) {
	var a jsonArticle
	if err := json.Unmarshal(raw, &a); err != nil {
		return Doc{}, &Error{Name: name, Line: line, Msg: "not a JSON object with article fields: " + strings.TrimPrefix(err.Error(), "json: "),
			Hint: `Give each article as an object with "title", "url", "published", "source" and "body".`}
	}
	d := Doc{
		Name:   name,
		Format: format,
		Title:  firstNonEmpty(rawText(a.Title), rawText(a.Headline)),
		Published: firstNonEmpty(rawText(a.Published), rawText(a.PublishedAt), rawText(a.PublishedAPI),
			rawText(a.DatePublished), rawText(a.PubDate), rawText(a.Date)),
		Source:   firstNonEmpty(rawText(a.Source), rawText(a.Publisher)),
		Author:   firstNonEmpty(rawText(a.Author), rawText(a.Authors), rawText(a.Byline)),
		Category: firstRawText(a.Category),
		Summary:  firstNonEmpty(rawText(a.Summary), rawText(a.Description)),
	}
	rawURL := firstNonEmpty(rawText(a.URL), rawText(a.Link))
	d.URL = CanonicalURL(rawURL)
	if d.URL == "" {
		d.URL = rawURL
	}
	d.AIGenerated, _ = strconv.ParseBool(rawText(a.AIGenerated))
	body, ok := rawString(a.Body)
	if !ok {
		body, ok = rawString(a.Text)
	}
	if !ok {
		body, ok = rawString(a.Content)
	}
	var missing []string
	if d.Title == "" {
		missing = append(missing, `"title"`)
	}
	if !ok || strings.TrimSpace(body) == "" {
		missing = append(missing, `"body"`)
	}
	if len(missing) > 0 {
		return Doc{}, &Error{Name: name, Line: line, Msg: "article has no " + strings.Join(missing, " or "),
			Hint: `Add the missing field: every article needs a "title" and the article text in "body".`}
	}
	d.Title = stripSiteName(d.Title, d.Source)
	d.Text = cutTruncation(body)
	body = d.Text
	r := textReader{s: body, doc: &d}
	r.blocks = make([]Block, 0, 8)
	r.classify(buildSegs(body, splitLines(body, 0), false), true)
	d.Blocks = r.blocks
	return d, nil
}

// rawString is a JSON string's value; ok is false for anything else.
func rawString(raw json.RawMessage) (string, bool) {
	if len(raw) == 0 || raw[0] != '"' {
		return "", false
	}
	var s string
	if json.Unmarshal(raw, &s) != nil {
		return "", false
	}
	return s, true
}

// rawText reads a string, number, bool, list of those, or object with a
// "name" as one line of text.
func rawText(raw json.RawMessage) string {
	raw = bytes.TrimSpace(raw)
	if len(raw) == 0 {
		return ""
	}
	switch raw[0] {
	case '"':
		s, _ := rawString(raw)
		return clean(s)
	case '[':
		var items []json.RawMessage
		if json.Unmarshal(raw, &items) != nil {
			return ""
		}
		parts := make([]string, 0, len(items))
		for _, it := range items {
			if t := rawText(it); t != "" {
				parts = append(parts, t)
			}
		}
		return strings.Join(parts, ", ")
	case '{':
		var obj struct {
			Name json.RawMessage `json:"name"`
		}
		if json.Unmarshal(raw, &obj) != nil {
			return ""
		}
		return rawText(obj.Name)
	case 'n':
		return ""
	}
	return clean(string(raw))
}

func firstRawText(raw json.RawMessage) string {
	raw = bytes.TrimSpace(raw)
	if len(raw) > 0 && raw[0] == '[' {
		var items []json.RawMessage
		if json.Unmarshal(raw, &items) == nil && len(items) > 0 {
			return rawText(items[0])
		}
		return ""
	}
	return rawText(raw)
}
