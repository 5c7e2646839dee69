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

// extractEach reads and extracts every article of the paths, in order,
// reporting each bad input and going on; it returns how many failed. An
// error from fn stops it.
func extractEach(e *env, x *timeline.Extractor, paths []string, fn func(doc *article.Doc, ex *timeline.Extraction) error) (failed int, err error) {
	inputs, errs := ingest.Expand(paths)
	failed = len(errs)
	for _, err := range errs {
		reportInputError(e, err)
	}
	for _, in := range inputs {
		data, rerr := readInput(e, in)
		if rerr != nil {
			reportInputError(e, rerr)
			failed++
			continue
		}
		docs, rerrs := article.Read(in.Name, data)
		for _, err := range rerrs {
			reportInputError(e, err)
			failed++
		}
		for i := range docs {
			if err := fn(&docs[i], x.Extract(&docs[i])); err != nil {
				return failed, err
			}
		}
	}
	return failed, nil
}
