package main

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"strings"

	"github.com/storygraph/storygraph/graph"
	"github.com/storygraph/storygraph/graph/related"
	"github.com/storygraph/storygraph/internal/hint"
	"github.com/storygraph/storygraph/timeline"
	"github.com/storygraph/storygraph/timeline/article"
	"github.com/storygraph/storygraph/timeline/extract"
	"github.com/urfave/cli/v2"
)

func relatedCommand(e *env) *cli.Command {
	return &cli.Command{
		Name:      "related",
		Usage:     "list stored articles related to an article, for its \"Related Articles\" links",
		ArgsUsage: "[PATH] (an article file; or --id of a stored article)",
		Description: `Ranks the stored articles by the people, organisations and places they
share with the given article (people and organisations count three, cities
and sites two, countries one), most related first. The article itself need not be stored.`,
		Flags: append(dbFlags(), gazetteerFlag(),
			&cli.StringFlag{Name: "id", Usage: "a stored article's `ID` (its URL, or sha256:… as ingest shows)"},
			&cli.IntFlag{Name: "limit", Aliases: []string{"n"}, Value: 5, Usage: "at most `N` articles"},
			&cli.StringFlag{Name: "format", Aliases: []string{"f"}, Value: "text", Usage: "text, markdown or json"}),
		Action: func(c *cli.Context) error {
			if (c.NArg() == 0) == (c.String("id") == "") {
				return usageError{errors.New("related needs either one article PATH or --id")}
			}
			f := c.String("format")
			if f != "text" && f != "markdown" && f != "json" {
				return usageError{fmt.Errorf("unknown format %q for related (known: text, markdown, json)", f)}
			}
			return runRelated(c.Context, e, storeSettingsFrom(c), c.StringSlice("gazetteer"), c.Args().First(), c.String("id"), c.Int("limit"), f)
		},
	}
}

func runRelated(ctx context.Context, e *env, set storeSettings, gaz []string, path, id string, limit int, format string) error {
	st, err := openExistingStore(ctx, set)
	if err != nil {
		return err
	}
	defer st.Close()
	var ex *timeline.Extraction
	if id != "" {
		if ex, err = st.Article(ctx, id); err != nil {
			if errors.Is(err, graph.ErrNotFound) {
				return hint.New(fmt.Errorf("no article %q in %s", id, set.describe()), "give the article's URL as ingest stored it, or its file instead of --id")
			}
			return err
		}
	} else {
		x, err := newExtractor(gaz)
		if err != nil {
			return err
		}
		data, rerr := extract.ReadInput(extract.Input{Name: path, Path: path}, e.stdin)
		if rerr != nil {
			return inputError(rerr)
		}
		docs, rerrs := article.Read(path, data)
		if len(rerrs) > 0 {
			return inputError(rerrs[0])
		}
		if len(docs) != 1 {
			return usageError{fmt.Errorf("%s holds %d articles; related takes one (use --id for a stored one)", path, len(docs))}
		}
		ex = x.Extract(&docs[0])
	}
	list, err := related.Rank(ctx, st, ex, limit)
	if err != nil {
		return err
	}
	var buf bytes.Buffer
	switch format {
	case "json":
		enc := json.NewEncoder(&buf)
		enc.SetIndent("", "  ")
		enc.SetEscapeHTML(false)
		if list == nil {
			list = []related.Article{}
		}
		if err := enc.Encode(map[string]any{"article": timeline.SourceOf(ex.Article), "related": list}); err != nil {
			return err
		}
	case "markdown":
		buf.WriteString("## Related Articles\n\n")
		for _, r := range list {
			title := r.Article.Title
			if r.Article.URL != "" {
				title = "[" + title + "](" + r.Article.URL + ")"
			}
			fmt.Fprintf(&buf, "- %s", title)
			if r.Article.Published != "" {
				fmt.Fprintf(&buf, " (%s)", r.Article.Published)
			}
			buf.WriteString("\n")
		}
	default:
		if len(list) == 0 {
			buf.WriteString("No related articles stored.\n")
		}
		for i, r := range list {
			fmt.Fprintf(&buf, "%d. %s", i+1, r.Article.Title)
			if r.Article.Published != "" {
				fmt.Fprintf(&buf, " (%s)", r.Article.Published)
			}
			if r.Article.URL != "" {
				fmt.Fprintf(&buf, " <%s>", r.Article.URL)
			}
			fmt.Fprintf(&buf, "\n   shares: %s\n", strings.Join(r.Shares, ", "))
		}
	}
	_, err = e.stdout.Write(buf.Bytes())
	return err
}
