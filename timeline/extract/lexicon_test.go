package extract

import (
	"go/ast"
	"go/parser"
	"go/token"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/storygraph/storygraph/timeline"
)

// wordLists returns every list of string literals in a Go file: the
// arguments of a set(...) call, the elements (or keys) of a composite
// literal, the values of a switch case. pos names where each list starts.
func wordLists(t *testing.T, path string) (lists [][]string, pos []string) {
	t.Helper()
	fset := token.NewFileSet()
	f, err := parser.ParseFile(fset, path, nil, 0)
	if err != nil {
		t.Fatal(err)
	}
	literals := func(exprs []ast.Expr) []string {
		var out []string
		for _, e := range exprs {
			if kv, ok := e.(*ast.KeyValueExpr); ok {
				e = kv.Key
			}
			if lit, ok := e.(*ast.BasicLit); ok && lit.Kind == token.STRING {
				s, _ := strconv.Unquote(lit.Value)
				out = append(out, s)
			}
		}
		return out
	}
	ast.Inspect(f, func(n ast.Node) bool {
		var words []string
		switch n := n.(type) {
		case *ast.CallExpr:
			if id, ok := n.Fun.(*ast.Ident); ok && id.Name == "set" {
				words = literals(n.Args)
			}
		case *ast.CompositeLit:
			words = literals(n.Elts)
		case *ast.CaseClause:
			words = literals(n.List)
		}
		if len(words) > 0 {
			lists = append(lists, words)
			pos = append(pos, fset.Position(n.Pos()).String())
		}
		return true
	})
	return lists, pos
}

// TestLexiconHasNoDuplicates: a word listed twice in one list is a slip
// (the second entry says nothing, and a later edit of one leaves the other).
func TestLexiconHasNoDuplicates(t *testing.T) {
	lists, pos := wordLists(t, "lexicon.go")
	if len(lists) < 35 {
		t.Fatalf("found %d word lists in lexicon.go; the parser missed some", len(lists))
	}
	for i, words := range lists {
		seen := map[string]bool{}
		for _, w := range words {
			if seen[w] {
				t.Errorf("%s: %q listed twice", pos[i], w)
			}
			seen[w] = true
		}
	}
}

// TestTriggerWordsHaveOneKind: a word under two kinds would take the kind
// listed last; a word may have two only when listed here as intended.
func TestTriggerWordsHaveOneKind(t *testing.T) {
	intended := map[string]bool{} // none today
	kindOf := map[string]timeline.Kind{}
	for _, l := range triggerWords {
		for _, w := range l.words {
			if k, ok := kindOf[w]; ok && k != l.kind && !intended[w] {
				t.Errorf("trigger %q is both %s and %s", w, k, l.kind)
			}
			kindOf[w] = l.kind
		}
	}
	// happeningVerbs add their forms, each verb under one kind, without
	// changing the kind of a word triggerWords lists
	verbKind := map[string]timeline.Kind{}
	for _, l := range slices.Concat(happeningVerbs, serviceVerbs) {
		for _, v := range l.verbs {
			if k, ok := verbKind[v]; ok {
				t.Errorf("happening verb %q is both %s and %s", v, k, l.kind)
			}
			verbKind[v] = l.kind
			for _, w := range append(pastForms(v), v) {
				if _, ok := kindOf[w]; !ok {
					kindOf[w] = l.kind
				}
			}
		}
	}
	// servicePresent add their present forms, under KindOther
	for _, w := range servicePresent {
		if _, ok := kindOf[w]; !ok {
			kindOf[w] = timeline.KindOther
		}
	}
	for w, k := range kindOf {
		if triggers[w] != k {
			t.Errorf("trigger %q has kind %q, want %q", w, triggers[w], k)
		}
	}
	if len(kindOf) != len(triggers) {
		t.Errorf("triggers has %d words, triggerWords, happeningVerbs and servicePresent %d", len(triggers), len(kindOf))
	}
}

// TestWordListsLiveInLexicon: word lists are kept in lexicon.go, so that
// lists read by different rules do not drift apart unseen. A list here is
// three or more string literals together.
func TestWordListsLiveInLexicon(t *testing.T) {
	elsewhere := map[string]string{
		"inputs.go": "skipInFolders lists file extensions for reading folders, not words",
	}
	files, err := filepath.Glob("*.go")
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range files {
		if f == "lexicon.go" || strings.HasSuffix(f, "_test.go") || elsewhere[f] != "" {
			continue
		}
		lists, pos := wordLists(t, f)
		for i, words := range lists {
			if len(words) >= 3 {
				t.Errorf("%s: a word list outside lexicon.go: %q", pos[i], words)
			}
		}
	}
}
