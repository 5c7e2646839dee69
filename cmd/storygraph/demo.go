package main

import (
	"bytes"
	"context"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"

	"github.com/storygraph/storygraph/graph"
	"github.com/storygraph/storygraph/graph/ingest"
	"github.com/storygraph/storygraph/graph/sqlite"
	"github.com/storygraph/storygraph/seeds"
	"github.com/storygraph/storygraph/timeline/article"
	"github.com/storygraph/storygraph/timeline/extract"
	"github.com/storygraph/storygraph/timeline/render"
	"github.com/urfave/cli/v2"
)

func demoCommand(e *env) *cli.Command {
	return &cli.Command{
		Name:  "demo",
		Usage: "load the built-in sample articles into a fresh embedded store and print the peace-talks chronology",
		Description: `Needs no server and no network: the sample articles and the gazetteer are
built into the binary. The store is a temporary file, removed afterwards,
unless --db names one to keep.`,
		Flags: []cli.Flag{
			&cli.StringFlag{Name: "db", Usage: "keep the demo store in `FILE` (default: a temporary file)"},
			&cli.StringFlag{Name: "format", Aliases: []string{"f"}, Value: "text", Usage: "output `FORMAT`: " + strings.Join(render.Formats, ", ")},
		},
		Action: func(c *cli.Context) error {
			return runDemo(c.Context, e, c.String("db"), c.String("format"))
		},
	}
}

func runDemo(ctx context.Context, e *env, dbPath, format string) error {
	x, err := newExtractor(nil)
	if err != nil {
		return err
	}
	dir, err := os.MkdirTemp("", "storygraph-demo-")
	if err != nil {
		return err
	}
	defer os.RemoveAll(dir)
	// The articles are embedded; give them their repository names.
	articles := filepath.Join(dir, "seeds", "articles")
	if err := os.MkdirAll(articles, 0o755); err != nil {
		return err
	}
	var inputs []extract.Input
	err = fs.WalkDir(seeds.FS(), seeds.ArticlesDir, func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		data, err := fs.ReadFile(seeds.FS(), p)
		if err != nil {
			return err
		}
		path := filepath.Join(articles, filepath.Base(p))
		inputs = append(inputs, extract.Input{Name: "seeds/" + p, Path: path})
		return os.WriteFile(path, data, 0o644)
	})
	if err != nil {
		return err
	}
	if dbPath == "" {
		dbPath = filepath.Join(dir, "demo.db")
	}
	st, err := sqlite.Open(ctx, dbPath)
	if err != nil {
		return err
	}
	defer st.Close()
	sum, err := ingest.Run(ctx, ingest.Options{Store: st, Options: extract.Options{Extractor: x,
		OnError: func(err *article.Error) { reportInputError(e, err) }}}, inputs)
	if err != nil {
		return err
	}
	f := graph.Filter{Topics: []string{"peace-negotiations"}}
	recs, err := st.Events(ctx, f)
	if err != nil {
		return err
	}
	var buf bytes.Buffer
	title := "Russia-Ukraine peace negotiations: chronology from the sample articles"
	if err := render.Write(&buf, format, render.Chronology{Title: title, Entries: chronologyOf(recs, x, false),
		Locate: render.GazetteerLocator(x.Gazetteer), TopicNames: topicNames(x)}); err != nil {
		return usageError{err}
	}
	if _, err := e.stdout.Write(buf.Bytes()); err != nil {
		return err
	}
	if format == "text" {
		fmt.Fprintf(e.stdout, "(%d article(s): %s. Next: storygraph ingest PATH --db story.db, then storygraph timeline --db story.db --help)\n", len(inputs), sum)
	}
	return nil
}
