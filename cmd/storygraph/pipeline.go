package main

import (
	"context"
	"fmt"
	"strings"

	"github.com/storygraph/storygraph/internal/hint"
	"github.com/storygraph/storygraph/seeds"
	"github.com/storygraph/storygraph/timeline"
	"github.com/storygraph/storygraph/timeline/article"
	"github.com/storygraph/storygraph/timeline/chronology"
	"github.com/storygraph/storygraph/timeline/extract"
	"github.com/storygraph/storygraph/timeline/gazetteer"
)

// newExtractor loads the built-in gazetteer plus the user's files.
func newExtractor(extra []string) (*extract.Extractor, error) {
	g, err := gazetteer.LoadFS(seeds.FS(), seeds.GazetteerDir, extra...)
	if err != nil {
		return nil, hint.New(fmt.Errorf("gazetteer: %w", err), "fix the file named above; every entry needs a name, and the known fields are listed with each error")
	}
	return &extract.Extractor{Gazetteer: g}, nil
}

// reportInputError prints one bad input, "storygraph: error: name:line: msg"
// with its hint; the rest of the inputs go on.
func reportInputError(e *env, err *article.Error) { report(e, inputError(err)) }

// extractEach reads and extracts every article of the paths (on every core,
// JSON Lines streamed) and calls fn with each in input order, reporting each
// bad input and going on; it returns how many failed. An error from fn
// stops it.
func extractEach(ctx context.Context, e *env, x *extract.Extractor, paths []string, fn func(doc *article.Doc, ex *timeline.Extraction) error) (failed int, err error) {
	return extractEachSized(ctx, e, x, 0, paths, fn)
}

// extractEachSized is extractEach with a limit on one article's bytes (0:
// extract.DefaultMaxArticleSize).
func extractEachSized(ctx context.Context, e *env, x *extract.Extractor, maxSize int64, paths []string, fn func(doc *article.Doc, ex *timeline.Extraction) error) (failed int, err error) {
	inputs, errs := extract.Expand(paths)
	for _, err := range errs {
		reportInputError(e, err)
	}
	opts := extract.Options{Extractor: x, Stdin: e.stdin, MaxArticleSize: maxSize, OnError: func(err *article.Error) { reportInputError(e, err) },
		OnWarning: func(w *article.Error) { reportInputWarning(e, w) }}
	failed, err = extract.Each(ctx, opts, inputs, fn)
	return failed + len(errs), err
}

// chronologyOf is the chronology users get of stored records, from
// `timeline` and `demo` alike: ordered and, unless noMerge, merged, with the
// gazetteer's countries (which a shared place must not be to count).
func chronologyOf(recs []timeline.Record, x *extract.Extractor, noMerge bool) []chronology.Entry {
	return chronology.Chronology(recs, chronology.ChronologyOptions{NoMerge: noMerge, Countries: x.Gazetteer.Countries()})
}

// knownTopic reports whether the gazetteer defines a topic id, and lists
// the ids for a message.
func knownTopic(x *extract.Extractor, id string) (bool, string) {
	var ids []string
	for _, t := range x.Gazetteer.Topics {
		if t.ID == id {
			return true, ""
		}
		ids = append(ids, t.ID)
	}
	return false, strings.Join(ids, ", ")
}
