package graph

import (
	"context"
	"encoding/json"
	"fmt"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/storygraph/storygraph/internal/hint"
	"github.com/storygraph/storygraph/queries"
	"github.com/storygraph/storygraph/timeline"
)

// QueryRunner is the part of a store that runs the named analyst queries
// (queries/analyst.cypher and their SQL twins in queries/sqlite/analyst.sql).
// Both stores implement it; it is kept apart from Store because only the
// query command needs it.
type QueryRunner interface {
	// RunAnalyst runs q with params as Bind returned them: Neo4j its
	// Cypher, as it would run in Browser, the embedded store its SQL
	// twin. Values are normalised by NormalizeValue.
	RunAnalyst(ctx context.Context, q AnalystQuery, params map[string]any) (Table, error)
}

// Table is what an analyst query returns: its columns and rows.
type Table struct {
	Columns []string `json:"columns"`
	Rows    [][]any  `json:"rows"`
}

// AnalystQuery is one named analyst query: its name as the CLI takes it,
// what its first comment lines say, its parameters, and its text for each
// store.
type AnalystQuery struct {
	Name        string       `json:"name"`
	Description string       `json:"description"`
	Params      []QueryParam `json:"params"`
	Cypher      string       `json:"-"`
	SQL         string       `json:"-"`
}

// QueryParam is a declared parameter: "// param: name (kind, default D)
// description" in the Cypher. Kinds: text, name (folded as a filter folds
// names), date (YYYY-MM-DD), number. Without a default it is required.
type QueryParam struct {
	Name        string `json:"name"`
	Kind        string `json:"kind"`
	Default     string `json:"default,omitempty"`
	HasDefault  bool   `json:"-"`
	Description string `json:"description"`
}

// analyst pairs each query's Cypher and SQL by name; the names are literal
// so that queries.TestEveryQueryIsUsed sees every one of them used.
var analyst = []struct{ name, cypher, sql string }{
	{"entity-events", queries.Cypher("analyst-entity-events"), queries.SQL("analyst-entity-events")},
	{"meetings", queries.Cypher("analyst-meetings"), queries.SQL("analyst-meetings")},
	{"text", queries.Cypher("analyst-text"), queries.SQL("analyst-text")},
}

var paramLine = regexp.MustCompile(`^// param: (\w+) \((text|name|date|number)(?:, default ([^)]*))?\) (.+)$`)

// AnalystQueries lists the analyst queries, sorted by name.
func AnalystQueries() []AnalystQuery {
	out := make([]AnalystQuery, 0, len(analyst))
	for _, a := range analyst {
		q := AnalystQuery{Name: a.name, Cypher: a.cypher, SQL: a.sql, Params: []QueryParam{}}
		var desc []string
		for _, l := range strings.Split(a.cypher, "\n") {
			if !strings.HasPrefix(l, "//") {
				break
			}
			if m := paramLine.FindStringSubmatch(l); m != nil {
				q.Params = append(q.Params, QueryParam{Name: m[1], Kind: m[2], Default: m[3], HasDefault: strings.Contains(l, ", default "), Description: m[4]})
			} else if len(q.Params) == 0 && !strings.HasPrefix(l, "// param:") {
				desc = append(desc, strings.TrimSpace(strings.TrimPrefix(l, "//")))
			}
		}
		// The description is the first paragraph: up to the first sentence
		// that ends a line.
		text := strings.Join(desc, " ")
		if i := strings.Index(text, ". "); i >= 0 {
			text = text[:i+1]
		}
		q.Description = text
		out = append(out, q)
	}
	slices.SortFunc(out, func(a, b AnalystQuery) int { return strings.Compare(a.Name, b.Name) })
	return out
}

// FindAnalystQuery returns the query named name, or a usage-grade error
// that lists the names.
func FindAnalystQuery(name string) (AnalystQuery, error) {
	var names []string
	for _, q := range AnalystQueries() {
		if q.Name == name {
			return q, nil
		}
		names = append(names, q.Name)
	}
	return AnalystQuery{}, hint.New(fmt.Errorf("no analyst query named %q (known: %s)", name, strings.Join(names, ", ")),
		"storygraph query list shows each with its parameters")
}

// Bind checks given (name=value pairs from --param) against q's
// parameters and returns the values to bind: every declared parameter,
// from given or its default, converted to its kind. An unknown, missing
// or malformed parameter is an error with a hint.
func (q AnalystQuery) Bind(given map[string]string) (map[string]any, error) {
	usage := func() string {
		var ps []string
		for _, p := range q.Params {
			s := "--param " + p.Name + "=…"
			if p.HasDefault {
				s = "[" + s + "]"
			}
			ps = append(ps, s)
		}
		return "run it as: storygraph query run " + q.Name + " " + strings.Join(ps, " ")
	}
	out := map[string]any{}
	for name := range given {
		if !slices.ContainsFunc(q.Params, func(p QueryParam) bool { return p.Name == name }) {
			return nil, hint.New(fmt.Errorf("query %s has no parameter %q", q.Name, name), usage())
		}
	}
	for _, p := range q.Params {
		v, ok := given[p.Name]
		if !ok {
			if !p.HasDefault {
				return nil, hint.New(fmt.Errorf("query %s needs --param %s=… (%s: %s)", q.Name, p.Name, p.Kind, p.Description), usage())
			}
			v = p.Default
		}
		switch p.Kind {
		case "name":
			out[p.Name] = timeline.Fold(v)
		case "date":
			if _, err := time.Parse(time.DateOnly, v); err != nil {
				return nil, hint.New(fmt.Errorf("query %s: --param %s=%q is not a date", q.Name, p.Name, v), "write dates as YYYY-MM-DD, e.g. 2026-01-31")
			}
			out[p.Name] = v
		case "number":
			n, err := strconv.ParseInt(v, 10, 64)
			if err != nil || n < 0 {
				return nil, hint.New(fmt.Errorf("query %s: --param %s=%q is not a number", q.Name, p.Name, v), "give a whole number, e.g. --param "+p.Name+"=10")
			}
			out[p.Name] = n
		default:
			if strings.TrimSpace(v) == "" {
				return nil, hint.New(fmt.Errorf("query %s: --param %s is empty", q.Name, p.Name), usage())
			}
			out[p.Name] = v
		}
	}
	return out, nil
}

// NormalizeValue makes a value from either store the same JSON-able
// value: whole numbers as int64, a date or time as its ISO text, an empty
// string as nil (Neo4j does not store empty properties), a list
// recursively, and a text that is a JSON array (how the SQL twins return
// lists) as that list.
func NormalizeValue(v any) any {
	switch x := v.(type) {
	case nil:
		return nil
	case string:
		if x == "" {
			return nil
		}
		if strings.HasPrefix(x, "[") {
			var list []any
			if json.Unmarshal([]byte(x), &list) == nil {
				return NormalizeValue(list)
			}
		}
		return x
	case []byte:
		return NormalizeValue(string(x))
	case int:
		return int64(x)
	case int64:
		return x
	case float64:
		if x == float64(int64(x)) {
			return int64(x)
		}
		return x
	case bool:
		return x
	case time.Time:
		if x.Hour() == 0 && x.Minute() == 0 && x.Second() == 0 && x.Nanosecond() == 0 {
			return x.Format(time.DateOnly)
		}
		return x.Format(time.RFC3339Nano)
	case []any:
		out := make([]any, len(x))
		for i := range x {
			out[i] = NormalizeValue(x[i])
		}
		return out
	case fmt.Stringer:
		return x.String()
	}
	return fmt.Sprint(v)
}
