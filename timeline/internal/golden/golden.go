// Package golden compares test output with a golden file, for the tests
// of timeline and its packages. Run the tests with -update to rewrite the
// files from the current output, then review the diff by eye.
package golden

import (
	"flag"
	"os"
	"testing"

	"github.com/google/go-cmp/cmp"
)

var update = flag.Bool("update", false, "rewrite golden files from the current output")

// Check fails t when got differs from the file at path (or, with -update,
// writes got there first).
func Check(t testing.TB, path string, got []byte) {
	t.Helper()
	if *update {
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (create it with go test -update)", err)
	}
	if diff := cmp.Diff(string(want), string(got)); diff != "" {
		t.Errorf("%s changed (-golden +now); if intended, run go test -update and review:\n%s", path, diff)
	}
}
