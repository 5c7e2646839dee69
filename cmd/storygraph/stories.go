package main

import (
	"bytes"
	"context"
	"fmt"
	"strings"

	"github.com/storygraph/storygraph/graph"
	"github.com/storygraph/storygraph/seeds"
	"github.com/storygraph/storygraph/timeline/gazetteer"
	"github.com/urfave/cli/v2"
)

func storiesCommand(e *env) *cli.Command {
	return &cli.Command{
		Name:  "stories",
		Usage: "list the stories the store holds: each topic, and unnamed clusters of events",
		Description: fmt.Sprintf(`For each topic: its name, events, articles, date span and main entities.
Then the unnamed stories: events with no topic that are connected, two
events being linked when they share at least %d people or organisations
and their dates are at most %d days apart; a story has %d events or more.`,
			graph.StoryMinShared, graph.StoryMaxGapDays, graph.StoryMinEvents),
		Flags: append(dbFlags(), gazetteerFlag(),
			&cli.StringFlag{Name: "format", Aliases: []string{"f"}, Value: "text", Usage: "text or json"}),
		Action: func(c *cli.Context) error {
			f := c.String("format")
			if f != "text" && f != "json" {
				return usageError{fmt.Errorf("unknown format %q for stories (known: text, json)", f)}
			}
			if c.NArg() > 0 {
				return usageError{fmt.Errorf("stories takes no arguments, got %q", c.Args().First())}
			}
			return runStories(c.Context, e, storeSettingsFrom(c), c.StringSlice("gazetteer"), f)
		},
	}
}

func runStories(ctx context.Context, e *env, set storeSettings, gaz []string, format string) error {
	g, err := gazetteer.LoadFS(seeds.FS(), seeds.GazetteerDir, gaz...)
	if err != nil {
		return fmt.Errorf("gazetteer: %w", err)
	}
	st, err := openExistingStore(ctx, set)
	if err != nil {
		return err
	}
	defer st.Close()
	teller, ok1 := st.(graph.Storyteller)
	cat, ok2 := st.(graph.Catalog)
	if !ok1 || !ok2 {
		return fmt.Errorf("%s cannot list stories", set.describe())
	}
	topics, err := cat.ListTopics(ctx)
	if err != nil {
		return err
	}
	rows, err := teller.StoryRows(ctx)
	if err != nil {
		return err
	}
	stories := graph.BuildStories(topics, rows)
	for i, s := range stories.Topics {
		for _, t := range g.Topics {
			if t.ID == s.Topic {
				stories.Topics[i].Name = t.Name
			}
		}
	}
	var buf bytes.Buffer
	if format == "json" {
		if err := encodeJSON(&buf, stories); err != nil {
			return err
		}
		_, err = e.stdout.Write(buf.Bytes())
		return err
	}
	fmt.Fprintf(&buf, "Topics (%d)\n", len(stories.Topics))
	if len(stories.Topics) == 0 {
		buf.WriteString("  none\n")
	}
	for _, s := range stories.Topics {
		name := s.Topic
		if s.Name != "" {
			name = s.Name + " (" + s.Topic + ")"
		}
		fmt.Fprintf(&buf, "  %s: %s\n", name, storyLine(s))
	}
	fmt.Fprintf(&buf, "\nUnnamed stories (%d): events without a topic that share %d people or organisations within %d days\n",
		len(stories.Unnamed), graph.StoryMinShared, graph.StoryMaxGapDays)
	if len(stories.Unnamed) == 0 {
		buf.WriteString("  none\n")
	}
	for i, s := range stories.Unnamed {
		fmt.Fprintf(&buf, "  %d. %s\n", i+1, storyLine(s))
	}
	_, err = e.stdout.Write(buf.Bytes())
	return err
}

// storyLine is a story's counts, span and main entities on one line.
func storyLine(s graph.Story) string {
	line := plural(s.Events, "event") + " in " + plural(s.Articles, "article")
	if s.First != "" {
		line += ", " + s.First + " to " + s.Last
	}
	var names []string
	for _, x := range s.Entities {
		names = append(names, fmt.Sprintf("%s (%d)", x.Name, x.Events))
	}
	if len(names) > 0 {
		line += "; " + strings.Join(names, ", ")
	}
	return line
}
