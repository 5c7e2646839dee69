// Command synth writes the synthetic benchmark corpus of timeline/synth:
// N articles as files in a folder (mixed formats), or as JSON Lines on
// standard output.
//
//	go run ./cmd/synth -n 10000 -dir /tmp/corpus
//	go run ./cmd/synth -n 100000 > corpus.jsonl
package main

import (
	"bufio"
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
	flag.Parse()
	if *dir == "" {
		w := bufio.NewWriterSize(os.Stdout, 1<<20)
		for i := 0; i < *n; i++ {
			w.Write(synth.JSONLine(i))
			w.WriteByte('\n')
		}
		if err := w.Flush(); err != nil {
			fmt.Fprintf(os.Stderr, "synth: error: %v\n", err)
			return 1
		}
		return 0
	}
	if err := os.MkdirAll(*dir, 0o755); err != nil {
		fmt.Fprintf(os.Stderr, "synth: error: %v\n", err)
		return 1
	}
	for i := 0; i < *n; i++ {
		name, data := synth.Article(i)
		if err := os.WriteFile(filepath.Join(*dir, name), data, 0o644); err != nil {
			fmt.Fprintf(os.Stderr, "synth: error: %v\n", err)
			return 1
		}
	}
	return 0
}
