package main

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"strings"

	"github.com/storygraph/storygraph/graph"
	"github.com/storygraph/storygraph/internal/hint"
	"github.com/urfave/cli/v2"
)

func dbCommand(e *env) *cli.Command {
	return &cli.Command{
		Name:  "db",
		Usage: "set up, inspect or empty the store",
		Subcommands: []*cli.Command{
			{
				Name:  "init",
				Usage: "create or migrate the schema (constraints and indexes on Neo4j); ingest does it too",
				Flags: dbFlags(),
				Action: func(c *cli.Context) error {
					return withStore(c.Context, storeSettingsFrom(c), openStore, func(s storeHandle) error {
						if err := s.st.Init(c.Context); err != nil {
							return err
						}
						fmt.Fprintf(e.stdout, "schema ready in %s\n", s.settings.describe())
						return nil
					})
				},
			},
			{
				Name:  "stats",
				Usage: "count articles, events and entities",
				Flags: append(dbFlags(), &cli.StringFlag{Name: "format", Aliases: []string{"f"}, Value: "text", Usage: "text or json"}),
				Action: func(c *cli.Context) error {
					return withStore(c.Context, storeSettingsFrom(c), openExistingStore, func(s storeHandle) error {
						st, err := s.st.Stats(c.Context)
						if err != nil {
							return err
						}
						if c.String("format") == "json" {
							data, _ := json.MarshalIndent(st, "", "  ")
							fmt.Fprintf(e.stdout, "%s\n", data)
							return nil
						}
						fmt.Fprintf(e.stdout, "%s\n  articles:      %d\n  events:        %d\n  entities:      %d (people %d, places %d, organisations %d)\n  topics:        %d\n",
							s.settings.describe(), st.Articles, st.Events, st.Entities, st.People, st.Places, st.Organizations, st.Topics)
						return nil
					})
				},
			},
			{
				Name:  "reset",
				Usage: "delete everything stored (asks first unless --yes)",
				Flags: append(dbFlags(), &cli.BoolFlag{Name: "yes", Aliases: []string{"y"}, Usage: "do not ask"}),
				Action: func(c *cli.Context) error {
					set := storeSettingsFrom(c)
					if !c.Bool("yes") {
						fmt.Fprintf(e.stderr, "Delete every article, event and entity in %s? Type yes: ", set.describe())
						line, _ := bufio.NewReader(e.stdin).ReadString('\n')
						if strings.TrimSpace(line) != "yes" {
							return hint.New(fmt.Errorf("reset cancelled; nothing deleted"), "pass --yes to reset without asking")
						}
					}
					return withStore(c.Context, set, openStore, func(s storeHandle) error {
						if err := s.st.Reset(c.Context); err != nil {
							return err
						}
						fmt.Fprintf(e.stdout, "emptied %s\n", s.settings.describe())
						return nil
					})
				},
			},
		},
	}
}

type storeHandle struct {
	st       graph.Store
	settings storeSettings
}

// withStore opens the store with open (openStore, or openExistingStore for
// commands that only read), runs fn and closes it.
func withStore(ctx context.Context, set storeSettings, open func(context.Context, storeSettings) (graph.Store, error), fn func(storeHandle) error) error {
	st, err := open(ctx, set)
	if err != nil {
		return err
	}
	defer st.Close()
	return fn(storeHandle{st: st, settings: set})
}
