package main

import (
	"fmt"
	"os"

	"github.com/storygraph/storygraph/graph/neo4j"
	"github.com/urfave/cli/v2"
)

func configCommand(e *env) *cli.Command {
	return &cli.Command{
		Name:  "config",
		Usage: "print the effective settings (secrets masked)",
		Flags: append(dbFlags(), gazetteerFlag()),
		Action: func(c *cli.Context) error {
			s := storeSettingsFrom(c)
			pw := "(not set)"
			if s.neo4jPwdFile != "" {
				pw = "(from file " + s.neo4jPwdFile + ")"
			} else if os.Getenv("NEO4J_PASSWORD") != "" {
				pw = "(set in NEO4J_PASSWORD, hidden)"
			}
			store := "embedded (SQLite)"
			if s.neo4jURI != "" {
				store = "Neo4j"
			}
			fmt.Fprintf(e.stdout, "store:           %s\ndb:              %s\nneo4j-uri:       %s\nneo4j-username:  %s\nneo4j-password:  %s\nneo4j-database:  %s\ngazetteer:       built-in%s\n",
				store, s.db, neo4j.RedactURI(s.neo4jURI), s.neo4jUser, pw, s.neo4jDB, extraList(c.StringSlice("gazetteer")))
			return nil
		},
	}
}

func extraList(paths []string) string {
	if len(paths) == 0 {
		return ""
	}
	return fmt.Sprintf(" + %v", paths)
}
