package main

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"os"
	"strings"
	"time"

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
		ArgsUsage: "ARTICLE... (a stored article's URL or id, or an article file or folder)",
		Description: `Ranks the stored articles by what they share with each ARTICLE in the
graph, most first: happenings both report (after the chronology's merging),
then people, places and organisations both are about (in the title or lead,
or most frequent) and topics, then names both merely mention; the score
falls with the time between their happenings (halved at 30 days). Each link
says why. Near-duplicates (the same story in another outlet) are shown as
copies, never as related.

An ARTICLE that is a file or folder is read and extracted first (it need not
be stored); otherwise it is a stored article's id or URL, as pasted (a
trailing slash or tracking parameters are dropped as ingest drops them).
Several ARTICLEs, or a folder, give one list per article.`,
		Flags: append(dbFlags(), gazetteerFlag(),
			&cli.StringFlag{Name: "id", Usage: "a stored article's `ID` or URL (the same as giving it as ARTICLE)"},
			&cli.IntFlag{Name: "limit", Aliases: []string{"n"}, Value: 5, Usage: "at most `N` articles per list"},
			&cli.StringFlag{Name: "since", Usage: "only articles published on or after `DATE` (YYYY-MM-DD)"},
			&cli.StringSliceFlag{Name: "exclude-source", Usage: "leave out articles of this `OUTLET` (repeatable)"},
			&cli.StringFlag{Name: "format", Aliases: []string{"f"}, Value: "text", Usage: "text, markdown or json"}),
		Action: func(c *cli.Context) error {
			args := c.Args().Slice()
			if id := c.String("id"); id != "" {
				args = append(args, id)
			}
			if len(args) == 0 {
				return usageError{errors.New("related needs an ARTICLE: a stored article's URL or id (storygraph articles list), or an article file")}
			}
			f := c.String("format")
			if f != "text" && f != "markdown" && f != "json" {
				return usageError{fmt.Errorf("unknown format %q for related (known: text, markdown, json)", f)}
			}
			o, err := relatedOptions(c.Int("limit"), c.String("since"), c.StringSlice("exclude-source"))
			if err != nil {
				return err
			}
			return runRelated(c.Context, e, storeSettingsFrom(c), c.StringSlice("gazetteer"), args, o, f)
		},
	}
}

// relatedOptions checks the flags every related list shares.
func relatedOptions(limit int, since string, exclude []string) (related.Options, error) {
	if since != "" {
		if _, err := time.Parse(time.DateOnly, since); err != nil {
			return related.Options{}, usageError{hint.New(fmt.Errorf("--since %q is not a date", since), "give a day as YYYY-MM-DD, e.g. --since 2026-01-01")}
		}
	}
	if limit < 0 {
		return related.Options{}, usageError{fmt.Errorf("--limit %d: give 0 (all) or more", limit)}
	}
	return related.Options{Limit: limit, Since: since, ExcludeSources: exclude}, nil
}

// loadRelated indexes every stored event for ranking, with the
// gazetteer's countries.
func loadRelated(ctx context.Context, st graph.Store, gaz []string) (*related.Index, error) {
	x, err := newExtractor(gaz)
	if err != nil {
		return nil, err
	}
	return related.Load(ctx, st, x.Gazetteer.Countries())
}

// relatedOfStored ranks for a stored article named by id or URL as a user
// pastes it; an error wrapping graph.ErrNotFound when none is stored.
func relatedOfStored(ctx context.Context, st graph.Store, ix *related.Index, arg string, o related.Options) (related.List, error) {
	ids := []string{arg}
	if u := article.CanonicalURL(arg); u != "" {
		ids = append(ids, u, ix.URL(u))
	}
	for _, id := range ids {
		if ix.Has(id) {
			l, _ := ix.Rank(id, o)
			return l, nil
		}
	}
	// an article without events is stored but not indexed
	for _, id := range ids {
		if id == "" {
			continue
		}
		ex, err := st.Article(ctx, id)
		if errors.Is(err, graph.ErrNotFound) {
			continue
		}
		if err != nil {
			return related.List{}, err
		}
		l, _ := ix.With(ex).Rank(ex.Article.ID, o)
		return l, nil
	}
	return related.List{}, fmt.Errorf("article %q: %w", arg, graph.ErrNotFound)
}

func runRelated(ctx context.Context, e *env, set storeSettings, gaz []string, args []string, o related.Options, format string) error {
	st, err := openExistingStore(ctx, set)
	if err != nil {
		return err
	}
	defer st.Close()
	ix, err := loadRelated(ctx, st, gaz)
	if err != nil {
		return err
	}
	var lists []related.List
	for _, arg := range args {
		if _, serr := os.Stat(arg); serr == nil || arg == "-" {
			got, err := relatedOfFiles(ctx, e, ix, gaz, arg, o)
			if err != nil {
				return err
			}
			lists = append(lists, got...)
			continue
		}
		l, err := relatedOfStored(ctx, st, ix, arg, o)
		if errors.Is(err, graph.ErrNotFound) {
			return hint.New(fmt.Errorf("no article %q in %s, and no such file", arg, set.describe()),
				"give a stored article's URL or id (storygraph articles list shows them), or an article file")
		}
		if err != nil {
			return err
		}
		lists = append(lists, l)
	}
	var buf bytes.Buffer
	if err := writeRelated(&buf, format, lists); err != nil {
		return err
	}
	_, err = e.stdout.Write(buf.Bytes())
	return err
}

// relatedOfFiles reads and extracts the articles of a file or folder and
// ranks each against the store.
func relatedOfFiles(ctx context.Context, e *env, ix *related.Index, gaz []string, path string, o related.Options) ([]related.List, error) {
	x, err := newExtractor(gaz)
	if err != nil {
		return nil, err
	}
	inputs, errs := extract.Expand([]string{path})
	if len(errs) > 0 {
		return nil, inputError(errs[0])
	}
	var exs []*timeline.Extraction
	var bad *article.Error
	opts := extract.Options{Extractor: x, Stdin: e.stdin, OnError: func(err *article.Error) {
		if bad == nil { // the first is reported; the others are alike
			bad = err
		}
	}}
	if _, err := extract.Each(ctx, opts, inputs, func(_ *article.Doc, ex *timeline.Extraction) error {
		exs = append(exs, ex)
		return nil
	}); err != nil {
		return nil, err
	}
	if bad != nil {
		return nil, inputError(bad)
	}
	if len(exs) == 0 {
		return nil, hint.New(fmt.Errorf("%s holds no article", path), "give an article file (text, Markdown, HTML or JSON) or a folder of them")
	}
	var out []related.List
	for _, ex := range exs {
		l, _ := ix.With(ex).Rank(ex.Article.ID, o)
		out = append(out, l)
	}
	return out, nil
}

// writeRelated renders lists: text, Markdown, or JSON (one object for one
// list, an array for several).
func writeRelated(buf *bytes.Buffer, format string, lists []related.List) error {
	switch format {
	case "json":
		if len(lists) == 1 {
			return encodeJSON(buf, lists[0])
		}
		return encodeJSON(buf, lists)
	case "markdown":
		for i, l := range lists {
			if i > 0 {
				buf.WriteString("\n")
			}
			if len(lists) > 1 {
				fmt.Fprintf(buf, "# %s\n\n", l.Article.Title)
			}
			buf.WriteString("## Related Articles\n\n")
			for _, r := range l.Related {
				fmt.Fprintf(buf, "- %s", mdLink(r.Article))
				if r.Article.Published != "" {
					fmt.Fprintf(buf, " (%s)", r.Article.Published)
				}
				fmt.Fprintf(buf, ": %s\n", strings.Join(r.Reasons, "; "))
			}
		}
	default:
		for i, l := range lists {
			if i > 0 {
				buf.WriteString("\n")
			}
			if len(lists) > 1 {
				fmt.Fprintf(buf, "Related to %s:\n", citation(l.Article))
			}
			if len(l.Related) == 0 {
				buf.WriteString("No related articles stored.\n")
			}
			for j, r := range l.Related {
				fmt.Fprintf(buf, "%d. %s  score %.2f\n", j+1, citation(r.Article), r.Score)
				for _, why := range r.Reasons {
					fmt.Fprintf(buf, "   %s\n", why)
				}
				for _, c := range r.Copies {
					fmt.Fprintf(buf, "   copy: %s\n", citation(c))
				}
			}
			for _, c := range l.Copies {
				fmt.Fprintf(buf, "Copy of this article: %s\n", citation(c))
			}
		}
	}
	return nil
}

// citation is an article in one line: "Title (2026-01-20, GOV.UK) <url>".
func citation(a timeline.Source) string {
	s := a.Title
	var meta []string
	if a.Published != "" {
		meta = append(meta, a.Published)
	}
	if a.Source != "" {
		meta = append(meta, a.Source)
	}
	if len(meta) > 0 {
		s += " (" + strings.Join(meta, ", ") + ")"
	}
	if a.URL != "" {
		s += " <" + a.URL + ">"
	}
	return s
}

func mdLink(a timeline.Source) string {
	if a.URL == "" {
		return a.Title
	}
	return "[" + a.Title + "](" + a.URL + ")"
}
