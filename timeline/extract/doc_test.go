package extract

import (
	"go/ast"
	"go/parser"
	"go/token"
	"path/filepath"
	"testing"
)

// TestFunctionLength: no function of the package, tests included, runs
// over 80 lines from func to its closing brace, and sentenceEvent, which
// shows the stages in order, stays under 60.
func TestFunctionLength(t *testing.T) {
	files, err := filepath.Glob("*.go")
	if err != nil {
		t.Fatal(err)
	}
	fset := token.NewFileSet()
	found := false
	for _, f := range files {
		af, err := parser.ParseFile(fset, f, nil, 0)
		if err != nil {
			t.Fatal(err)
		}
		for _, d := range af.Decls {
			fd, ok := d.(*ast.FuncDecl)
			if !ok {
				continue
			}
			n := fset.Position(fd.End()).Line - fset.Position(fd.Pos()).Line + 1
			limit := 80
			if fd.Name.Name == "sentenceEvent" {
				found, limit = true, 59
			}
			if n > limit {
				t.Errorf("%s: %s is %d lines long, over %d", fset.Position(fd.Pos()), fd.Name.Name, n, limit)
			}
		}
	}
	if !found {
		t.Error("no sentenceEvent")
	}
}
