package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"sync"

	"github.com/schollz/progressbar/v3"
	"github.com/storygraph/storygraph/graph/ingest"
	"github.com/storygraph/storygraph/internal/hint"
	"github.com/storygraph/storygraph/timeline/article"
	"github.com/storygraph/storygraph/timeline/extract"
	"github.com/urfave/cli/v2"
)

type ingestOptions struct {
	paths     []string
	store     storeSettings
	gazetteer []string
	quiet     bool
	batchSize int
	maxSize   int64
	enrich    bool
}

func ingestCommand(e *env) *cli.Command {
	return &cli.Command{
		Name:      "ingest",
		Usage:     "read articles, extract their events and store them",
		ArgsUsage: "PATH... (files, folders, globs, http(s) URLs of pages or feeds, or - for stdin: an article, or JSON Lines)",
		Description: `Reads page dumps, Markdown or text with YAML front matter, JSON and JSON Lines
(and HTML pages and RSS/Atom feeds), detected by content. Ingesting an
article again changes nothing; a changed version (same URL) replaces it.
Each bad input is reported with its reason and the rest goes on; the exit
status is then 3. With --enrich, an ingest that stored new or changed
articles then brings the stored Related Articles lists up to date, as
'enrich --write' does (only the lists the new articles change).`,
		Flags: append(dbFlags(), gazetteerFlag(),
			&cli.BoolFlag{Name: "quiet", Aliases: []string{"q"}, Usage: "print nothing but errors"},
			&cli.IntFlag{Name: "batch-size", Usage: "articles per store transaction, `N` (default: what the store writes fastest; smaller batches let other writers in sooner)"},
			maxArticleSizeFlag(),
			&cli.BoolFlag{Name: "enrich", Usage: "after storing new or changed articles, update the stored Related Articles lists (enrich --write)"}),
		Action: func(c *cli.Context) error {
			if c.NArg() == 0 {
				return usageError{fmt.Errorf("ingest needs at least one PATH")}
			}
			return runIngest(c.Context, e, ingestOptions{paths: c.Args().Slice(), store: storeSettingsFrom(c),
				gazetteer: c.StringSlice("gazetteer"), quiet: c.Bool("quiet"), batchSize: c.Int("batch-size"),
				maxSize: maxArticleSize(c), enrich: c.Bool("enrich")})
		},
	}
}

func runIngest(ctx context.Context, e *env, o ingestOptions) error {
	x, err := newExtractor(o.gazetteer)
	if err != nil {
		return err
	}
	inputs, errs := extract.Expand(o.paths)
	for _, err := range errs {
		reportInputError(e, err)
	}
	if len(inputs) == 0 {
		return hint.New(fmt.Errorf("nothing to ingest: none of the %d path(s) given is readable", len(o.paths)), "give article files, folders, globs, or - to read standard input (one article, or JSON Lines)")
	}
	// a store this command creates is removed again when no article could
	// be read: a failed first ingest leaves no empty store behind
	_, statErr := os.Stat(o.store.db)
	created := o.store.neo4jURI == "" && errors.Is(statErr, fs.ErrNotExist)
	st, err := openStore(ctx, o.store)
	if err != nil {
		return err
	}
	closeStore := sync.OnceValue(st.Close)
	defer closeStore() //nolint:errcheck // closed and checked below where it matters
	var bar *progressbar.ProgressBar
	if e.stderrTTY && !o.quiet && len(inputs) > 1 {
		bar = progressbar.NewOptions(len(inputs), progressbar.OptionSetWriter(e.stderr),
			progressbar.OptionSetDescription("ingesting"), progressbar.OptionShowCount(),
			progressbar.OptionClearOnFinish(), progressbar.OptionThrottle(100_000_000))
	}
	sum, err := ingest.Run(ctx, ingest.Options{Store: st, Options: extract.Options{
		Extractor: x, Stdin: e.stdin, Fetch: urlFetcher(), MaxArticleSize: o.maxSize,
		OnError: func(err *article.Error) {
			if bar != nil {
				_ = bar.Clear()
			}
			reportInputError(e, err)
		},
		OnWarning: func(w *article.Error) {
			if bar != nil {
				_ = bar.Clear()
			}
			reportInputWarning(e, w)
		},
		OnProgress: func(done, total int) {
			if bar != nil {
				_ = bar.Set(done)
			}
		},
	}, OnWait: waitNotice(e, bar, o.quiet), BatchSize: o.batchSize}, inputs)
	if bar != nil {
		_ = bar.Finish()
	}
	sum.Failed += len(errs)
	if err != nil && ctx.Err() != nil {
		return hint.New(fmt.Errorf("ingest into %s: interrupted; stored before it: %s", o.store.describe(), sum),
			"nothing of the batch in progress was written; run the same command again to finish (stored articles are skipped as unchanged)")
	}
	if err != nil {
		return hint.New(fmt.Errorf("ingest into %s: %w; stored before it: %s", o.store.describe(), err, sum),
			"nothing of the failed batch was written; run the same command again to finish (stored articles are skipped as unchanged)")
	}
	if !o.quiet {
		fmt.Fprintf(e.stdout, "ingested %d input(s) into %s: %s\n", len(inputs), o.store.describe(), sum)
	}
	if sum.Failed > 0 && sum.New+sum.Updated+sum.Unchanged == 0 {
		if created && closeStore() == nil {
			for _, f := range []string{o.store.db, o.store.db + "-wal", o.store.db + "-shm"} {
				_ = os.Remove(f)
			}
		}
		return fmt.Errorf("no article could be read (%d input(s) failed)", sum.Failed)
	}
	if o.enrich && sum.New+sum.Updated > 0 {
		if err := ingestEnrich(ctx, e, o); err != nil {
			return err
		}
	}
	if sum.Failed > 0 {
		return partialError{sum.Failed}
	}
	return nil
}

// ingestEnrich updates the stored Related Articles lists after an ingest
// that stored articles (enrichStored, as watch --enrich does).
func ingestEnrich(ctx context.Context, e *env, o ingestOptions) error {
	if o.quiet {
		quiet := *e
		quiet.stdout = io.Discard
		e = &quiet
	}
	if err := enrichStored(ctx, e, o.store, o.gazetteer); err != nil {
		return hint.New(fmt.Errorf("enrich after the ingest: %w", err), "the articles are stored; run storygraph enrich --write to update the Related Articles lists")
	}
	return nil
}
