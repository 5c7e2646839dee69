package main

import (
	"context"
	"fmt"
	"slices"
	"strings"

	"github.com/storygraph/storygraph/timeline"
	"github.com/storygraph/storygraph/timeline/article"
	"github.com/storygraph/storygraph/timeline/render"
	"github.com/urfave/cli/v2"
)

type extractOptions struct {
	paths     []string
	format    string
	gazetteer []string
	maxSize   int64
}

func extractCommand(e *env) *cli.Command {
	return &cli.Command{
		Name:      "extract",
		Usage:     "print the events, entities and dates of articles, without a store",
		ArgsUsage: "PATH... (files, folders, globs, or - for stdin: an article, or JSON Lines)",
		Description: `Prints each article's extraction. With --format json the output is the
documented contract of README.md ("Extraction JSON"): one JSON object per
article, so 'storygraph extract a.txt --format json | jq .events' works.`,
		Flags: []cli.Flag{
			&cli.StringFlag{Name: "format", Aliases: []string{"f"}, Value: "text", Usage: "output `FORMAT`: text or json"},
			gazetteerFlag(),
			maxArticleSizeFlag(),
		},
		Action: func(c *cli.Context) error {
			if c.NArg() == 0 {
				return usageError{fmt.Errorf("extract needs at least one PATH")}
			}
			return runExtract(c.Context, e, extractOptions{paths: c.Args().Slice(), format: c.String("format"), gazetteer: c.StringSlice("gazetteer"),
				maxSize: maxArticleSize(c)})
		},
	}
}

func runExtract(ctx context.Context, e *env, o extractOptions) error {
	if !slices.Contains(render.ExtractionFormats, o.format) {
		return usageError{fmt.Errorf("unknown format %q for extract (known: %s)", o.format, strings.Join(render.ExtractionFormats, ", "))}
	}
	x, err := newExtractor(o.gazetteer)
	if err != nil {
		return err
	}
	written := 0
	failed, err := extractEachSized(ctx, e, x, o.maxSize, o.paths, func(_ *article.Doc, ex *timeline.Extraction) error {
		written++
		return render.WriteExtraction(e.stdout, o.format, ex)
	})
	if err != nil {
		return err
	}
	if failed > 0 && written == 0 {
		return fmt.Errorf("no article could be read (%d input(s) failed)", failed)
	}
	if failed > 0 {
		return partialError{failed}
	}
	return nil
}
