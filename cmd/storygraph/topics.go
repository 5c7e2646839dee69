package main

import (
	"context"
	"fmt"
	"strconv"

	"github.com/storygraph/storygraph/graph"
	"github.com/urfave/cli/v2"
)

func topicsCommand(e *env) *cli.Command {
	return &cli.Command{
		Name:  "topics",
		Usage: "list the topic ids --topic takes, with their names and numbers of events and articles",
		Description: `Every topic of the gazetteer (built in and --gazetteer files), and any
other topic stored events are about, by id, with the first and last day of
its dated events.`,
		Flags: append(dbFlags(), gazetteerFlag(), formatListFlag()),
		Action: func(c *cli.Context) error {
			if c.NArg() > 0 {
				return usageError{fmt.Errorf("topics takes no arguments (got %q)", c.Args().First())}
			}
			if err := checkListFormat(c.String("format")); err != nil {
				return err
			}
			return runTopics(c.Context, e, storeSettingsFrom(c), c.StringSlice("gazetteer"), c.String("format"))
		},
	}
}

// topicRow is a topic as topics prints it: the store's counts and the
// gazetteer's name.
type topicRow struct {
	ID       string `json:"id"`
	Name     string `json:"name"`
	Events   int    `json:"events"`
	Articles int    `json:"articles"`
	First    string `json:"first,omitempty"`
	Last     string `json:"last,omitempty"`
}

func runTopics(ctx context.Context, e *env, set storeSettings, gaz []string, format string) error {
	x, err := newExtractor(gaz)
	if err != nil {
		return err
	}
	return withCatalog(ctx, set, func(c graph.Catalog) error {
		stored, err := c.ListTopics(ctx)
		if err != nil {
			return fmt.Errorf("query %s: %w", set.describe(), err)
		}
		byID := map[string]graph.TopicCount{}
		for _, t := range stored {
			byID[t.ID] = t
		}
		for _, t := range x.Gazetteer.Topics {
			if _, ok := byID[t.ID]; !ok {
				byID[t.ID] = graph.TopicCount{ID: t.ID}
			}
		}
		all := make([]graph.TopicCount, 0, len(byID))
		for _, t := range byID {
			all = append(all, t)
		}
		graph.SortTopics(all)
		list := make([]topicRow, len(all))
		rows := make([][]string, len(all))
		for i, t := range all {
			list[i] = topicRow{ID: t.ID, Events: t.Events, Articles: t.Articles, First: t.First, Last: t.Last}
			for _, g := range x.Gazetteer.Topics {
				if g.ID == t.ID {
					list[i].Name = g.Name
				}
			}
			rows[i] = []string{t.ID, list[i].Name, strconv.Itoa(t.Events), strconv.Itoa(t.Articles), t.First, t.Last}
		}
		return writeList(e, format, list, "No topics.", []string{"id", "name", "events", "articles", "first", "last"}, rows, 6)
	})
}
