// Package queries holds every database query storygraph runs, as named
// queries in files: Cypher for Neo4j in *.cypher, SQL for the embedded
// store in sqlite/*.sql. Keeping them out of Go code lets them be read,
// reviewed and pasted into Neo4j Browser or the sqlite3 shell as they are.
//
// A file holds one or more queries, each introduced by a header line
// "// name: some-name" (Cypher) or "-- name: some-name" (SQL). Stores look
// queries up by name; TestEveryQueryIsUsed proves that every name a store
// asks for exists and every query in the files is asked for, so a query can
// never be loaded under a misspelt name.
package queries

import (
	"embed"
	"fmt"
	"io/fs"
	"sort"
	"strings"
)

//go:embed *.cypher sqlite/*.sql
var files embed.FS

var (
	cypher = mustLoad("*.cypher", "// name:")
	sqlite = mustLoad("sqlite/*.sql", "-- name:")
)

// Cypher returns the named Cypher query. It panics on an unknown name: names
// are constants in the stores' code and the package tests check every one.
func Cypher(name string) string { return lookup(cypher, "cypher", name) }

// SQL returns the named SQLite query; it panics like Cypher.
func SQL(name string) string { return lookup(sqlite, "sql", name) }

// CypherNames and SQLNames list the names defined in the files, sorted.
func CypherNames() []string { return names(cypher) }

// SQLNames lists the SQL query names, sorted.
func SQLNames() []string { return names(sqlite) }

func lookup(m map[string]string, lang, name string) string {
	q, ok := m[name]
	if !ok {
		panic(fmt.Sprintf("queries: no %s query named %q", lang, name))
	}
	return q
}

func names(m map[string]string) []string {
	out := make([]string, 0, len(m))
	for n := range m {
		out = append(out, n)
	}
	sort.Strings(out)
	return out
}

func mustLoad(glob, header string) map[string]string {
	m, err := load(files, glob, header)
	if err != nil {
		panic(err)
	}
	return m
}

func load(fsys fs.FS, glob, header string) (map[string]string, error) {
	paths, err := fs.Glob(fsys, glob)
	if err != nil {
		return nil, err
	}
	m := map[string]string{}
	for _, p := range paths {
		data, err := fs.ReadFile(fsys, p)
		if err != nil {
			return nil, err
		}
		name, line := "", 0
		var body []string
		flush := func() error {
			q := strings.TrimSpace(strings.Join(body, "\n"))
			if name == "" {
				if q != "" {
					return fmt.Errorf("queries/%s:%d: text before the first %q header", p, line, header)
				}
				return nil
			}
			if q == "" {
				return fmt.Errorf("queries/%s: query %q is empty", p, name)
			}
			if _, dup := m[name]; dup {
				return fmt.Errorf("queries/%s: query %q is defined twice", p, name)
			}
			m[name] = q
			return nil
		}
		for i, l := range strings.Split(string(data), "\n") {
			if rest, ok := strings.CutPrefix(strings.TrimSpace(l), header); ok {
				if err := flush(); err != nil {
					return nil, err
				}
				name, line, body = strings.TrimSpace(rest), i+1, nil
				if name == "" {
					return nil, fmt.Errorf("queries/%s:%d: header without a name", p, i+1)
				}
				continue
			}
			body = append(body, l)
		}
		if err := flush(); err != nil {
			return nil, err
		}
	}
	return m, nil
}
