package main

import (
	"context"
	"fmt"
	"sort"
	"strconv"
	"strings"

	"github.com/storygraph/storygraph/timeline"
	"github.com/storygraph/storygraph/timeline/article"
	"github.com/storygraph/storygraph/timeline/extract"
	"github.com/storygraph/storygraph/timeline/gazetteer"
	"github.com/urfave/cli/v2"
)

func entitiesCommand(e *env) *cli.Command {
	return &cli.Command{
		Name:  "entities",
		Usage: "work with the names storygraph finds",
		Subcommands: []*cli.Command{{
			Name:      "suggest",
			Usage:     "list people, organisations and places found from cues but not in the gazetteer, as gazetteer YAML to review",
			ArgsUsage: "PATH... (files, folders, globs, or - for JSON Lines on stdin)",
			Description: `Prints a gazetteer file (version ` + strconv.Itoa(gazetteer.Version) + `) of the discovered names, most mentioned
first, each with its count and an example sentence as a comment. Review it,
keep what is right, and pass it with --gazetteer.`,
			Flags: []cli.Flag{gazetteerFlag(),
				&cli.IntFlag{Name: "min", Value: 1, Usage: "only names mentioned at least `N` times"}},
			Action: func(c *cli.Context) error {
				if c.NArg() == 0 {
					return usageError{fmt.Errorf("entities suggest needs at least one PATH")}
				}
				return runSuggest(c.Context, e, c.Args().Slice(), c.StringSlice("gazetteer"), c.Int("min"))
			},
		}},
	}
}

type suggestion struct {
	name     string
	typ      timeline.EntityType
	count    int
	articles map[string]bool
	example  string
}

func runSuggest(ctx context.Context, e *env, paths, gaz []string, minCount int) error {
	x, err := newExtractor(gaz)
	if err != nil {
		return err
	}
	found := map[string]*suggestion{}
	failed, err := extractEach(ctx, e, x, paths, func(doc *article.Doc, ex *timeline.Extraction) error {
		for _, en := range ex.Entities {
			if !en.Discovered {
				continue
			}
			s := found[en.ID]
			if s == nil {
				s = &suggestion{name: en.Name, typ: en.Type, articles: map[string]bool{}}
				s.example = sentenceAround(doc.Text, en.Mentions[0])
				found[en.ID] = s
			}
			s.count += len(en.Mentions)
			s.articles[ex.Article.ID] = true
		}
		return nil
	})
	if err != nil {
		return err
	}
	var list []*suggestion
	for _, s := range found {
		if s.count >= minCount {
			list = append(list, s)
		}
	}
	sort.Slice(list, func(i, j int) bool {
		if list[i].count != list[j].count {
			return list[i].count > list[j].count
		}
		return list[i].name < list[j].name
	})
	out := make([]gazetteer.Suggestion, len(list))
	for i, s := range list {
		out[i] = gazetteer.Suggestion{Name: s.name, Type: string(s.typ), Mentions: s.count, Articles: len(s.articles), Example: s.example}
	}
	comment := fmt.Sprintf("Names storygraph found from cues but not in its gazetteer (%d).\nReview them, keep what is right, and pass the file with --gazetteer.", len(list))
	data, err := gazetteer.Suggestions(comment, out)
	if err != nil {
		return err
	}
	if _, err := e.stdout.Write(data); err != nil {
		return err
	}
	if failed > 0 {
		return partialError{failed}
	}
	return nil
}

// sentenceAround returns the sentence of a mention on one line, shortened.
func sentenceAround(text string, m timeline.Mention) string {
	s := strings.Join(strings.Fields(extract.SentenceAt(text, m.Start, m.End)), " ")
	if r := []rune(s); len(r) > 160 {
		s = string(r[:157]) + "..."
	}
	return s
}
