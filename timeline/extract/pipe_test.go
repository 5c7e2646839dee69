//go:build unix

package extract_test

import (
	"context"
	"os"
	"path/filepath"
	"syscall"
	"testing"
	"time"

	"github.com/storygraph/storygraph/timeline"
	"github.com/storygraph/storygraph/timeline/article"
	"github.com/storygraph/storygraph/timeline/extract"
)

// TestPipeByPath: a path that is a pipe (/dev/stdin, <(cat story.txt), a
// FIFO) is read once: an article of plain text or JSON Lines sent through
// one is read, not reported as an empty file because looking at it first
// used it up.
func TestPipeByPath(t *testing.T) {
	for _, c := range []struct {
		name, text string
		want       []string
	}{
		{"plain text", "Council votes on budget\n\nThe council of Kelby voted on Monday to cut its budget.\n", []string{"Council votes on budget"}},
		{"JSON Lines", `{"title": "First", "body": "The council met on Monday."}` + "\n" + `{"title": "Second", "body": "The mayor resigned on Tuesday."}` + "\n", []string{"First", "Second"}},
	} {
		t.Run(c.name, func(t *testing.T) {
			p := filepath.Join(t.TempDir(), "fifo")
			if err := syscall.Mkfifo(p, 0o600); err != nil {
				t.Fatal(err)
			}
			go func() {
				f, err := os.OpenFile(p, os.O_WRONLY, 0)
				if err != nil {
					return
				}
				f.WriteString(c.text)
				f.Close()
			}()
			inputs, errs := extract.Expand([]string{p})
			if len(errs) > 0 || len(inputs) != 1 || inputs[0].Path != p {
				t.Fatalf("Expand(fifo) = %v, %v: want the pipe itself as one input", inputs, errs)
			}
			var titles, failures []string
			opts := extract.Options{Extractor: newExtractor(t), Workers: 1,
				OnError: func(e *article.Error) { failures = append(failures, e.Error()) }}
			done := make(chan error, 1)
			go func() {
				_, err := extract.Each(context.Background(), opts, inputs, func(doc *article.Doc, _ *timeline.Extraction) error {
					titles = append(titles, doc.Title)
					return nil
				})
				done <- err
			}()
			select {
			case err := <-done:
				if err != nil {
					t.Fatal(err)
				}
			case <-time.After(20 * time.Second):
				// (opening a pipe a second time waits for a writer that has gone)
				t.Fatal("reading the pipe did not end: it was opened twice")
			}
			if len(failures) > 0 || len(titles) != len(c.want) || titles[0] != c.want[0] {
				t.Errorf("titles %q, errors %q: want %q", titles, failures, c.want)
			}
		})
	}
}
