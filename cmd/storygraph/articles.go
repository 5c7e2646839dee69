package main

import (
	"context"
	"fmt"
	"strconv"

	"github.com/storygraph/storygraph/graph"
	"github.com/storygraph/storygraph/internal/hint"
	"github.com/urfave/cli/v2"
)

func articlesCommand(e *env) *cli.Command {
	return &cli.Command{
		Name:  "articles",
		Usage: "work with the stored articles",
		Subcommands: []*cli.Command{{
			Name:  "list",
			Usage: "list the stored articles with their ids (as related --id takes them) and numbers of events",
			Description: `By publication date, articles without one last. --source compares the
outlet's whole name, ignoring case and accents; --from and --to bound the
publication date, and an article without one never matches them.`,
			Flags: append(dbFlags(),
				&cli.StringSliceFlag{Name: "source", Usage: "only articles of the outlet `NAME` (e.g. Reuters; repeatable: any of them)"},
				&cli.StringFlag{Name: "from", Usage: "only articles published on or after `DATE` (2026-01-15, 2026-01 or 2026)"},
				&cli.StringFlag{Name: "to", Usage: "only articles published on or before `DATE` (2026-01-31, 2026-01 or 2026)"},
				formatListFlag()),
			Action: func(c *cli.Context) error {
				if c.NArg() > 0 {
					return usageError{fmt.Errorf("articles list takes no arguments (got %q); filter with --source, --from, --to", c.Args().First())}
				}
				q := graph.ArticleQuery{Sources: c.StringSlice("source"), From: c.String("from"), To: c.String("to")}
				if err := q.Validate(); err != nil {
					m := filterMessage(graph.Filter{From: q.From, To: q.To}, err)
					return hint.New(usageError{m}, hint.Of(m))
				}
				if err := checkListFormat(c.String("format")); err != nil {
					return err
				}
				return runArticlesList(c.Context, e, storeSettingsFrom(c), q, c.String("format"))
			},
		}},
	}
}

func runArticlesList(ctx context.Context, e *env, set storeSettings, q graph.ArticleQuery, format string) error {
	return withCatalog(ctx, set, func(c graph.Catalog) error {
		list, err := c.ListArticles(ctx, q)
		if err != nil {
			return fmt.Errorf("query %s: %w", set.describe(), err)
		}
		rows := make([][]string, len(list))
		for i, a := range list {
			published := a.Published
			if published == "" && format == "text" {
				published = "undated"
			}
			rows[i] = []string{published, a.Source, strconv.Itoa(a.Events), a.Title, a.ID, a.URL}
		}
		return writeList(e, format, list, "No articles match.",
			[]string{"published", "source", "events", "title", "id", "url"}, rows, 5)
	})
}
