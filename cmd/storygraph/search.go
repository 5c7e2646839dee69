package main

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"strings"

	"github.com/storygraph/storygraph/graph"
	"github.com/storygraph/storygraph/internal/hint"
	"github.com/urfave/cli/v2"
)

func searchCommand(e *env) *cli.Command {
	return &cli.Command{
		Name:      "search",
		Usage:     "find the events whose sentence, summary or article title has the words",
		ArgsUsage: `TEXT... (words, "a phrase", a prefix*)`,
		Description: `Every word must occur in an event's sentence or summary, or in its article's
title. "Quoted words" must occur in a row; word* matches words that start
with it. Case does not matter, a possessive 's is ignored, and common
words (the, of, and …) are not searched. Other punctuation is text: AND, OR,
NOT, - and field: are not operators. Hits come with the most occurrences
of the words first, then by date, and are the same on either store.

A broad search is ranked over its first matches only: when more than
--rank-first events match, the first of them by date (then article and
position) are ranked, and a note says so. Add words or a "phrase" to
narrow it, or --rank-first 0 to rank every match.`,
		Flags: append(dbFlags(),
			&cli.IntFlag{Name: "limit", Aliases: []string{"n"}, Value: 20, Usage: "at most `N` hits (0: all)"},
			&cli.IntFlag{Name: "rank-first", Value: graph.SearchCap, Usage: "when more events match, rank only the first `N` by date (0: rank every match)"},
			&cli.StringFlag{Name: "format", Aliases: []string{"f"}, Value: "text", Usage: "text or json"}),
		Action: func(c *cli.Context) error {
			if c.NArg() == 0 {
				return usageError{errors.New("search needs the TEXT to look for")}
			}
			f := c.String("format")
			if f != "text" && f != "json" {
				return usageError{fmt.Errorf("unknown format %q for search (known: text, json)", f)}
			}
			if c.Int("limit") < 0 {
				return usageError{fmt.Errorf("--limit %d: want 0 (all) or more", c.Int("limit"))}
			}
			if c.Int("rank-first") < 0 {
				return usageError{fmt.Errorf("--rank-first %d: want 0 (every match) or more", c.Int("rank-first"))}
			}
			q, err := graph.ParseSearch(strings.Join(c.Args().Slice(), " "))
			if err != nil {
				// usageError hides the hint; keep it outside.
				return hint.New(usageError{err}, hint.Of(err))
			}
			return runSearch(c.Context, e, storeSettingsFrom(c), q, graph.SearchOptions{Limit: c.Int("limit"), Cap: c.Int("rank-first")}, f)
		},
	}
}

func runSearch(ctx context.Context, e *env, set storeSettings, q graph.SearchQuery, o graph.SearchOptions, format string) error {
	st, err := openExistingStore(ctx, set)
	if err != nil {
		return err
	}
	defer st.Close()
	s, ok := st.(graph.Searcher)
	if !ok {
		return fmt.Errorf("%s cannot search", set.describe())
	}
	res, err := s.Search(ctx, q, o)
	if err != nil {
		return err
	}
	hits := res.Hits
	var buf bytes.Buffer
	if format == "json" {
		if hits == nil {
			hits = []graph.SearchHit{}
		}
		out := map[string]any{"query": q.Text, "hits": hits}
		if res.Capped {
			out["capped"], out["ranked"] = true, o.Cap // the first Cap matches by date
		}
		if err := encodeJSON(&buf, out); err != nil {
			return err
		}
	} else {
		if len(hits) == 0 {
			buf.WriteString("No events match.\n")
		}
		for i, h := range hits {
			date := h.Event.Date
			if date == "" {
				date = "undated"
			}
			text := h.Event.Sentence
			if text == "" {
				text = h.Event.Summary
			}
			fmt.Fprintf(&buf, "%d. [%s] %s\n", i+1, date, text)
			src := h.Article.Title
			if h.Article.Source != "" {
				src = h.Article.Source + ": " + src
			}
			if h.Article.Published != "" {
				src += " (" + h.Article.Published + ")"
			}
			if h.Article.URL != "" {
				src += " <" + h.Article.URL + ">"
			}
			fmt.Fprintf(&buf, "   source: %s\n", src)
		}
	}
	if _, err = e.stdout.Write(buf.Bytes()); err != nil {
		return err
	}
	if res.Capped {
		fmt.Fprintf(e.stderr, "storygraph: note: more than %d events match; only the first %d by date were ranked: add words or a \"phrase\" to narrow the search, or --rank-first 0 to rank them all\n", o.Cap, o.Cap)
	}
	return nil
}
