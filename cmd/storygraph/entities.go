package main

import (
	"bytes"
	"context"
	"fmt"
	"sort"
	"strings"

	"github.com/storygraph/storygraph/timeline"
	"github.com/storygraph/storygraph/timeline/article"
	"github.com/storygraph/storygraph/timeline/extract"
	"github.com/urfave/cli/v2"
	"gopkg.in/yaml.v3"
)

func entitiesCommand(e *env) *cli.Command {
	return &cli.Command{
		Name:  "entities",
		Usage: "work with the names storygraph finds",
		Subcommands: []*cli.Command{{
			Name:      "suggest",
			Usage:     "list people, organisations and places found from cues but not in the gazetteer, as gazetteer YAML to review",
			ArgsUsage: "PATH... (files, folders, globs, or - for JSON Lines on stdin)",
			Description: `Prints a gazetteer file (version 1) of the discovered names, most mentioned
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
	data, err := suggestionsYAML(list)
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

// suggestionsYAML renders a gazetteer file, with counts and examples as
// comments so that it loads as it is.
func suggestionsYAML(list []*suggestion) ([]byte, error) {
	sections := map[timeline.EntityType]string{timeline.Person: "people", timeline.Organization: "organizations", timeline.Place: "places"}
	root := &yaml.Node{Kind: yaml.MappingNode}
	root.HeadComment = fmt.Sprintf("Names storygraph found from cues but not in its gazetteer (%d).\nReview them, keep what is right, and pass the file with --gazetteer.", len(list))
	root.Content = append(root.Content, scalar("version"), &yaml.Node{Kind: yaml.ScalarNode, Tag: "!!int", Value: "1"})
	for _, typ := range []timeline.EntityType{timeline.Person, timeline.Organization, timeline.Place} {
		seq := &yaml.Node{Kind: yaml.SequenceNode}
		for _, s := range list {
			if s.typ != typ {
				continue
			}
			item := &yaml.Node{Kind: yaml.MappingNode, Content: []*yaml.Node{scalar("name"), scalar(s.name)}}
			item.HeadComment = fmt.Sprintf("%d mention(s) in %d article(s), e.g. %q", s.count, len(s.articles), s.example)
			seq.Content = append(seq.Content, item)
		}
		if len(seq.Content) > 0 {
			root.Content = append(root.Content, scalar(sections[typ]), seq)
		}
	}
	var buf bytes.Buffer
	enc := yaml.NewEncoder(&buf)
	enc.SetIndent(2)
	if err := enc.Encode(root); err != nil {
		return nil, err
	}
	return buf.Bytes(), enc.Close()
}

func scalar(v string) *yaml.Node { return &yaml.Node{Kind: yaml.ScalarNode, Value: v} }
