package queries

import (
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// usedNames scans the Go sources of the stores for queries.Cypher("x") and
// queries.SQL("x") calls. Names must be string literals at the call site so
// this check sees them.
func usedNames(t *testing.T, fn string) []string {
	t.Helper()
	re := regexp.MustCompile(`queries\.` + fn + `\("([^"]+)"\)`)
	seen := map[string]bool{}
	err := filepath.WalkDir("..", func(p string, d os.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() && (d.Name() == ".git" || d.Name() == "testdata") {
			return filepath.SkipDir
		}
		if !strings.HasSuffix(p, ".go") || strings.HasPrefix(p, filepath.Join("..", "queries")) {
			return nil
		}
		data, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		for _, m := range re.FindAllStringSubmatch(string(data), -1) {
			seen[m[1]] = true
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	out := []string{}
	for n := range seen {
		out = append(out, n)
	}
	sort.Strings(out)
	return out
}

func TestEveryQueryIsUsed(t *testing.T) {
	for _, c := range []struct {
		fn      string
		defined []string
	}{{"Cypher", CypherNames()}, {"SQL", SQLNames()}} {
		used := usedNames(t, c.fn)
		if diff := cmp.Diff(c.defined, used); diff != "" {
			t.Errorf("%s queries defined (-) versus used by the stores (+):\n%s", c.fn, diff)
		}
	}
}

func TestLoadRejectsBadFiles(t *testing.T) {
	for _, c := range []struct{ name, text, want string }{
		{"before", "MATCH (n) RETURN n\n// name: a\nRETURN 1", "before the first"},
		{"dup", "// name: a\nRETURN 1\n// name: a\nRETURN 2", "defined twice"},
		{"empty", "// name: a\n\n// name: b\nRETURN 2", "is empty"},
		{"noname", "// name:\nRETURN 1", "without a name"},
	} {
		fsys := mapFS(map[string]string{"x.cypher": c.text})
		_, err := load(fsys, "*.cypher", "// name:")
		if err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("%s: got %v, want an error containing %q", c.name, err, c.want)
		}
	}
}
