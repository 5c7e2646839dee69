package main

import (
	"context"
	"flag"
	"os"
	"path/filepath"
	"testing"

	"github.com/rogpeppe/go-internal/testscript"
)

// The end-to-end tests are testscript files in testdata/script: each runs
// storygraph as a user would, with its inputs inline and the expected
// output and errors. Run one with: go test ./cmd/storygraph -run TestScripts/NAME
// Refresh expected files inside the scripts with: go test ./cmd/storygraph -run TestScripts -update

var update = flag.Bool("update", false, "rewrite the expected output in testdata/script/*.txtar")

func TestMain(m *testing.M) {
	testscript.Main(m, map[string]func(){
		"storygraph": func() { os.Exit(run(context.Background(), os.Args, os.Stdin, os.Stdout, os.Stderr)) },
	})
}

func TestScripts(t *testing.T) {
	root, err := filepath.Abs("../..")
	if err != nil {
		t.Fatal(err)
	}
	testscript.Run(t, testscript.Params{
		Dir:           "testdata/script",
		UpdateScripts: *update,
		Setup: func(env *testscript.Env) error {
			// the repository's seeds, for scripts that read the sample
			env.Setenv("SEEDS", filepath.Join(root, "seeds"))
			env.Setenv("STORYGRAPH_DB", "")
			env.Setenv("NEO4J_URI", "")
			// inputs a text archive cannot hold: a binary file and Latin-1 text
			if err := os.WriteFile(filepath.Join(env.WorkDir, "binary.bin"), []byte("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00"), 0o644); err != nil {
				return err
			}
			return os.WriteFile(filepath.Join(env.WorkDir, "latin1.txt"), []byte("Caf\xe9 talks resumed in Geneva.\n"), 0o644)
		},
	})
}
