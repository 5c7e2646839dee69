package article

import (
	"encoding/json"
	"errors"
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/BurntSushi/toml"
	"gopkg.in/yaml.v3"
)

type frontMatterMeta struct {
	title, url, published, source, author, category, summary string
	licence, attribution                                     string
	aiGenerated                                              bool
	// colonLines are the file lines whose value held ": " and was read
	// as text (quoteColonValues)
	colonLines []int
}

// parseFrontMatter reads the YAML between the "---" lines that open s at
// off, or the TOML between "+++" lines. It returns the offset where the body starts. Unknown keys are
// ignored: real front matter carries licence, attribution and more.
// Values are read from yaml.Node so that dates stay as written and
// trailing "# comments" are not part of them.
func parseFrontMatter(name, s string, off int) (frontMatterMeta, int, *Error) {
	var m frontMatterMeta
	start := off + strings.IndexByte(s[off:], '\n') + 1
	toml := strings.HasPrefix(s[off:], "+++")
	end, bodyOff := -1, len(s)
	for p := start; p < len(s); {
		nl := strings.IndexByte(s[p:], '\n')
		lineEnd, next := len(s), len(s)
		if nl >= 0 {
			lineEnd, next = p+nl, p+nl+1
		}
		l := strings.TrimRight(s[p:lineEnd], " \t\r")
		if !toml && (l == "---" || l == "...") || toml && l == "+++" {
			end, bodyOff = p, next
			break
		}
		p = next
	}
	if end < 0 && toml {
		return m, off, &Error{Name: name, Line: 1, Msg: "front matter opened with +++ is never closed",
			Hint: "End the TOML front matter with a line holding only +++."}
	}
	if end < 0 {
		return m, off, &Error{Name: name, Line: 1, Msg: "front matter opened with --- is never closed",
			Hint: "End the YAML front matter with a line holding only ---; the file was read as plain text."}
	}
	yamlText := s[start:end]
	if toml {
		var e *Error
		if yamlText, e = tomlAsYAML(name, yamlText); e != nil {
			return m, bodyOff, e
		}
	}
	var root yaml.Node
	err := yaml.Unmarshal([]byte(yamlText), &root)
	if fixed, lines := quoteColonValues(yamlText); err != nil && len(lines) > 0 {
		// "title: Live: Flooding in the valley": what its writer meant
		// is plain; read it so, and say so (readText warns)
		if yaml.Unmarshal([]byte(fixed), &root) == nil {
			err, m.colonLines = nil, lines
		}
	}
	if err != nil {
		return m, bodyOff, &Error{Name: name, Line: yamlErrLine(err.Error()), Msg: "front matter: " + yamlErrMsg(err.Error()),
			Hint: "Fix the YAML between the --- lines (quote values that contain ': ' or start with a special character)."}
	}
	if len(root.Content) == 0 {
		return m, bodyOff, nil
	}
	mapping := root.Content[0]
	if mapping.Kind != yaml.MappingNode {
		return m, bodyOff, &Error{Name: name, Line: 2, Msg: "front matter is not a list of key: value pairs",
			Hint: "Write the front matter as YAML keys such as title: and published:."}
	}
	for i := 0; i+1 < len(mapping.Content); i += 2 {
		v := mapping.Content[i+1]
		switch strings.ToLower(mapping.Content[i].Value) {
		case "title", "headline":
			m.title = nodeText(v)
		case "url", "link", "canonical_url", "canonical", "permalink":
			m.url = nodeText(v)
		case "published", "date", "published_at", "pubdate", "date_published", "datepublished":
			if m.published == "" {
				m.published = nodeText(v)
			}
		case "source", "site", "outlet", "publisher", "site_name":
			if m.source == "" {
				m.source = nodeText(v)
			}
		case "author", "authors", "byline":
			m.author = nodeText(v)
		case "category", "categories", "section":
			if m.category == "" {
				m.category = firstText(v)
			}
		case "summary", "description", "excerpt", "dek":
			m.summary = nodeText(v)
		case "licence", "license", "rights", "copyright":
			if m.licence == "" {
				m.licence = nodeText(v)
			}
		case "attribution", "credit":
			m.attribution = nodeText(v)
		case "ai_generated", "ai-generated", "aigenerated":
			m.aiGenerated, _ = strconv.ParseBool(nodeText(v))
		}
	}
	if u := CanonicalURL(m.url); u != "" {
		m.url = u
	}
	return m, bodyOff, nil
}

// tomlAsYAML reads TOML front matter (Hugo's, between +++ lines) with a
// TOML library and writes its values as YAML, so that one set of keys and
// rules reads both; dates and times are written as TOML wrote them.
func tomlAsYAML(name, text string) (string, *Error) {
	var v map[string]any
	if _, err := toml.Decode(text, &v); err != nil {
		line := 1
		var pe toml.ParseError
		if errors.As(err, &pe) {
			line = pe.Position.Line + 1 // the front matter starts on line 2
		}
		return "", &Error{Name: name, Line: line, Msg: "front matter: " + strings.TrimPrefix(err.Error(), "toml: "),
			Hint: `Fix the TOML between the +++ lines (quote text values: title = "...").`}
	}
	out, err := yaml.Marshal(plainTOML(v))
	if err != nil {
		return "", &Error{Name: name, Line: 1, Msg: "front matter: " + err.Error(), Hint: "Write the front matter as YAML between --- lines."}
	}
	return string(out), nil
}

// plainTOML turns the dates and times a TOML library decodes into the text
// they were written as; other values stay as they are.
func plainTOML(v any) any {
	switch x := v.(type) {
	case time.Time:
		// the library marks a date or time written without a zone by
		// the name of its location
		switch x.Location().String() {
		case "date-local":
			return x.Format(time.DateOnly)
		case "datetime-local":
			return x.Format("2006-01-02T15:04:05")
		case "time-local":
			return x.Format(time.TimeOnly)
		}
		return x.Format(time.RFC3339)
	case fmt.Stringer: // toml.LocalDate, LocalDateTime, LocalTime
		return x.String()
	case map[string]any:
		for k, e := range x {
			x[k] = plainTOML(e)
		}
	case []any:
		for i, e := range x {
			x[i] = plainTOML(e)
		}
	case []map[string]any:
		for _, e := range x {
			plainTOML(e)
		}
	}
	return v
}

// nodeText is a scalar's value as written, a sequence joined with ", ", or
// a mapping's "name".
func nodeText(n *yaml.Node) string {
	switch n.Kind {
	case yaml.ScalarNode:
		if n.Tag == "!!null" {
			return ""
		}
		return clean(n.Value)
	case yaml.SequenceNode:
		parts := make([]string, 0, len(n.Content))
		for _, c := range n.Content {
			if t := nodeText(c); t != "" {
				parts = append(parts, t)
			}
		}
		return strings.Join(parts, ", ")
	case yaml.MappingNode:
		for i := 0; i+1 < len(n.Content); i += 2 {
			if n.Content[i].Value == "name" {
				return nodeText(n.Content[i+1])
			}
		}
	case yaml.AliasNode:
		if n.Alias != nil {
			return nodeText(n.Alias)
		}
	}
	return ""
}

func firstText(n *yaml.Node) string {
	if n.Kind == yaml.SequenceNode && len(n.Content) > 0 {
		return nodeText(n.Content[0])
	}
	return nodeText(n)
}

// quoteColonValues quotes the plain values of top-level "key: value"
// lines that hold ": " ("title: Live: Flooding in the valley"), which
// YAML refuses as a mapping inside a value. It returns the text and the
// file lines it changed (the front matter starts on line 2); none when
// no value needed it.
func quoteColonValues(y string) (string, []int) {
	var lines []int
	out := strings.Split(y, "\n")
	for i, l := range out {
		key, v, ok := strings.Cut(l, ": ")
		v = strings.TrimSpace(v)
		if !ok || key == "" || strings.TrimLeft(key, " \t") != key || strings.ContainsAny(key, " \t\"'#") ||
			!strings.Contains(v, ": ") || strings.ContainsRune(`"'[{|>&*!%@#`+"`", rune(v[0])) {
			continue
		}
		q, _ := json.Marshal(v) // a JSON string is a YAML double-quoted scalar
		out[i] = key + ": " + string(q)
		lines = append(lines, i+2)
	}
	return strings.Join(out, "\n"), lines
}

// yamlErrMsg is a YAML error without its "yaml: line 3: " prefix: the
// Error's own line (yamlErrLine) says where, in the file's count.
func yamlErrMsg(msg string) string {
	msg = strings.TrimPrefix(msg, "yaml: ")
	if rest, ok := strings.CutPrefix(msg, "line "); ok {
		if _, after, ok := strings.Cut(rest, ": "); ok {
			return after
		}
	}
	return msg
}

// yamlErrLine turns "yaml: line 3: ..." (relative to the front matter) into
// a file line; the front matter starts on line 2.
func yamlErrLine(msg string) int {
	i := strings.Index(msg, "line ")
	if i < 0 {
		return 1
	}
	j := i + len("line ")
	k := j
	for k < len(msg) && isDigit(msg[k]) {
		k++
	}
	n, err := strconv.Atoi(msg[j:k])
	if err != nil {
		return 1
	}
	return n + 1
}
