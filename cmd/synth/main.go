// Command synth writes the synthetic benchmark corpus of timeline/synth:
// N articles as files in a folder (mixed formats), as JSON Lines or one
// JSON array on standard output, or one article of a given size.
//
//	go run ./cmd/synth -n 10000 -dir /tmp/corpus
//	go run ./cmd/synth -n 100000 > corpus.jsonl
//	go run ./cmd/synth -n 50000 -array > corpus.json
//	go run ./cmd/synth -bytes 100000000 > big.md
package main

import (
	"bufio"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"path/filepath"

	"github.com/storygraph/storygraph/timeline/synth"
)

func main() {
	os.Exit(run())
}

func run() int {
	n := flag.Int("n", 10000, "number of articles")
	dir := flag.String("dir", "", "write one file per article into this folder (default: JSON Lines on stdout)")
	array := flag.Bool("array", false, "write the articles as one JSON array instead of JSON Lines")
	size := flag.Int64("bytes", 0, "write one Markdown article of about this many bytes, its body the bodies of articles 0, 1, 2, …")
	flag.Parse()
	fail := func(err error) int {
		fmt.Fprintf(os.Stderr, "synth: error: %v\n", err)
		return 1
	}
	if *dir == "" {
		w := bufio.NewWriterSize(os.Stdout, 1<<20)
		switch {
		case *size > 0:
			if err := bigArticle(w, *size); err != nil {
				return fail(err)
			}
		case *array:
			w.WriteString("[\n")
			for i := 0; i < *n; i++ {
				if i > 0 {
					w.WriteString(",\n")
				}
				w.Write(synth.JSONLine(i))
			}
			w.WriteString("\n]\n")
		default:
			for i := 0; i < *n; i++ {
				w.Write(synth.JSONLine(i))
				w.WriteByte('\n')
			}
		}
		if err := w.Flush(); err != nil {
			return fail(err)
		}
		return 0
	}
	if err := os.MkdirAll(*dir, 0o755); err != nil {
		return fail(err)
	}
	for i := 0; i < *n; i++ {
		name, data := synth.Article(i)
		if err := os.WriteFile(filepath.Join(*dir, name), data, 0o644); err != nil {
			return fail(err)
		}
	}
	return 0
}

// bigArticle writes one article of at least size bytes: front matter, then
// the bodies of the synthetic articles one after the other.
func bigArticle(w *bufio.Writer, size int64) error {
	head := "---\ntitle: Everything at once\npublished: 2026-01-22\n---\n\n"
	w.WriteString(head)
	written := int64(len(head))
	for i := 0; written < size; i++ {
		var a struct{ Body string }
		if err := json.Unmarshal(synth.JSONLine(i), &a); err != nil {
			return err
		}
		n, _ := w.WriteString(a.Body + "\n\n")
		written += int64(n)
	}
	return nil
}
