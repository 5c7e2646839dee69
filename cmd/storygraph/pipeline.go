package main

import (
	"fmt"

	"github.com/storygraph/storygraph/graph/ingest"
	"github.com/storygraph/storygraph/seeds"
	"github.com/storygraph/storygraph/timeline"
	"github.com/storygraph/storygraph/timeline/article"
	"github.com/storygraph/storygraph/timeline/gazetteer"
)

// newExtractor loads the built-in gazetteer plus the user's files.
func newExtractor(extra []string) (*timeline.Extractor, error) {
	g, err := gazetteer.LoadFS(seeds.FS(), seeds.GazetteerDir, extra...)
	if err != nil {
		return nil, withHint(fmt.Errorf("gazetteer: %w", err), "fix the file named above; every entry needs a name, and the known fields are listed with each error")
	}
	return &timeline.Extractor{Gazetteer: g}, nil
}

// reportInputError prints one bad input as "storygraph: error: name:line: msg"
// with its hint.
func reportInputError(e *env, err *article.Error) {
	fmt.Fprintf(e.stderr, "storygraph: error: %s\n", err.Error())
	if err.Hint != "" {
		fmt.Fprintf(e.stderr, "storygraph: hint: %s\n", err.Hint)
	}
}

func readInput(e *env, in ingest.Input) ([]byte, *article.Error) {
	return ingest.ReadInput(in, e.stdin)
}
