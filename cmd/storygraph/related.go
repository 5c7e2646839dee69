package main

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"sort"
	"strings"

	"github.com/storygraph/storygraph/graph"
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

type relatedArticle struct {
	Article timeline.Source `json:"article"`
	Score   int             `json:"score"`
	Shares  []string        `json:"shares"`
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
				return withHint(fmt.Errorf("no article %q in %s", id, set.describe()), "give the article's URL as ingest stored it, or its file instead of --id")
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
			return withHint(rerr, rerr.Hint)
		}
		docs, rerrs := article.Read(path, data)
		if len(rerrs) > 0 {
			return withHint(rerrs[0], rerrs[0].Hint)
		}
		if len(docs) != 1 {
			return usageError{fmt.Errorf("%s holds %d articles; related takes one (use --id for a stored one)", path, len(docs))}
		}
		ex = x.Extract(&docs[0])
	}
	related, err := relatedTo(ctx, st, ex, limit)
	if err != nil {
		return err
	}
	var buf bytes.Buffer
	switch format {
	case "json":
		enc := json.NewEncoder(&buf)
		enc.SetIndent("", "  ")
		enc.SetEscapeHTML(false)
		if related == nil {
			related = []relatedArticle{}
		}
		if err := enc.Encode(map[string]any{"article": timeline.SourceOf(ex.Article), "related": related}); err != nil {
			return err
		}
	case "markdown":
		buf.WriteString("## Related Articles\n\n")
		for _, r := range related {
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
		if len(related) == 0 {
			buf.WriteString("No related articles stored.\n")
		}
		for i, r := range related {
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

// relatedTo ranks stored articles by the entities they share with ex.
func relatedTo(ctx context.Context, st graph.Store, ex *timeline.Extraction, limit int) ([]relatedArticle, error) {
	type key struct {
		ent    timeline.Entity
		weight int
	}
	var keys []key
	for _, en := range ex.Entities {
		switch en.Type {
		case timeline.Person, timeline.Organization:
			keys = append(keys, key{en, 3})
		case timeline.Place:
			// a country is shared by half the news; a city is telling.
			// Countries are the places with no country of their own.
			w := 2
			if en.Country == "" {
				w = 1
			}
			keys = append(keys, key{en, w})
		}
	}
	// the most mentioned first; at most twelve queries
	sort.SliceStable(keys, func(i, j int) bool {
		if len(keys[i].ent.Mentions) != len(keys[j].ent.Mentions) {
			return len(keys[i].ent.Mentions) > len(keys[j].ent.Mentions)
		}
		return keys[i].ent.Name < keys[j].ent.Name
	})
	if len(keys) > 12 {
		keys = keys[:12]
	}
	found := map[string]*relatedArticle{}
	for _, k := range keys {
		f := graph.Filter{Entities: []string{k.ent.Name}}
		if k.ent.Type == timeline.Place {
			f = graph.Filter{Places: []string{k.ent.Name}}
		}
		recs, err := st.Events(ctx, f)
		if err != nil {
			return nil, err
		}
		seen := map[string]bool{}
		for _, r := range recs {
			if r.Article.ID == ex.Article.ID || seen[r.Article.ID] {
				continue
			}
			seen[r.Article.ID] = true
			ra := found[r.Article.ID]
			if ra == nil {
				ra = &relatedArticle{Article: r.Article}
				found[r.Article.ID] = ra
			}
			ra.Score += k.weight
			ra.Shares = append(ra.Shares, k.ent.Name)
		}
	}
	var out []relatedArticle
	for _, ra := range found {
		out = append(out, *ra)
	}
	sort.Slice(out, func(i, j int) bool {
		a, b := out[i], out[j]
		if a.Score != b.Score {
			return a.Score > b.Score
		}
		if a.Article.Published != b.Article.Published {
			return a.Article.Published > b.Article.Published
		}
		return a.Article.ID < b.Article.ID
	})
	if limit > 0 && len(out) > limit {
		out = out[:limit]
	}
	return out, nil
}
