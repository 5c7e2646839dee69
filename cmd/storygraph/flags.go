package main

import (
	"os"
	"strings"

	"github.com/storygraph/storygraph/graph/neo4j"
	"github.com/storygraph/storygraph/timeline/extract"
	"github.com/urfave/cli/v2"
	"golang.org/x/term"
)

// Settings come from a flag, then the environment variable named in its
// help, then the default. Only cmd/ reads them.

func gazetteerFlag() cli.Flag {
	return &cli.StringSliceFlag{Name: "gazetteer", Aliases: []string{"g"}, EnvVars: []string{"STORYGRAPH_GAZETTEER"},
		Usage: "extra gazetteer YAML `FILE`s or folders, added to the built-in one (repeatable)"}
}

func globalFlags() []cli.Flag { return nil }

// maxArticleSizeFlag bounds one article, so that one huge input cannot
// take the machine's memory (issue 12).
func maxArticleSizeFlag() cli.Flag {
	return &cli.Int64Flag{Name: "max-article-size", EnvVars: []string{"STORYGRAPH_MAX_ARTICLE_SIZE"}, Value: extract.DefaultMaxArticleSize >> 20,
		Usage: "most text one article may have, in `MB` (a file, JSON Lines line or JSON array item read for it: four times that); a larger one is an error and the rest goes on"}
}

// maxArticleSize is the flag's value in bytes.
func maxArticleSize(c *cli.Context) int64 { return c.Int64("max-article-size") << 20 }

func dbFlags() []cli.Flag {
	return []cli.Flag{
		&cli.StringFlag{Name: "db", EnvVars: []string{"STORYGRAPH_DB"}, Value: "storygraph.db",
			Usage: "embedded store: the SQLite database `FILE` (created if missing)"},
		&cli.StringFlag{Name: "neo4j-uri", EnvVars: []string{"NEO4J_URI"},
			Usage: "use Neo4j at `URI` (bolt://, neo4j://, neo4j+s://) instead of the embedded store"},
		&cli.StringFlag{Name: "neo4j-username", EnvVars: []string{"NEO4J_USERNAME"}, Value: "neo4j", Usage: "Neo4j user `NAME`"},
		&cli.StringFlag{Name: "neo4j-password-file", EnvVars: []string{"NEO4J_PASSWORD_FILE"},
			Usage: "read the Neo4j password from `FILE` (or set NEO4J_PASSWORD)"},
		&cli.StringFlag{Name: "neo4j-database", EnvVars: []string{"NEO4J_DATABASE"}, Value: "neo4j", Usage: "Neo4j database `NAME`"},
		// Strings, parsed by openNeo4j, so a bad value gets storygraph's error and hint.
		&cli.StringFlag{Name: "neo4j-connect-timeout", EnvVars: []string{envConnectTimeout},
			Usage: "give up connecting to Neo4j (handshake, login, a first query) after `DURATION` (e.g. 30s; default " + neo4j.DefaultConnectTimeout.String() + ")"},
		&cli.StringFlag{Name: "neo4j-timeout", EnvVars: []string{envCallTimeout},
			Usage: "give up on each later Neo4j call (one batch or query, retries included) after `DURATION` (e.g. 5m; default " + neo4j.DefaultCallTimeout.String() + ")"},
	}
}

func isTerminal(w any) bool {
	f, ok := w.(*os.File)
	return ok && term.IsTerminal(int(f.Fd()))
}

// interspersed lets flags follow arguments ("ingest dir/ --db x.db"), as
// users type them; urfave/cli v2 stops reading flags at the first argument.
// It moves every flag of the named command before its arguments.
func interspersed(app *cli.App, args []string) []string {
	if len(args) < 2 {
		return args
	}
	// find the command (and a subcommand, for "db stats")
	i := 1
	for i < len(args) && strings.HasPrefix(args[i], "-") {
		i++
	}
	if i >= len(args) {
		return args
	}
	cmd := findCommand(app.Commands, args[i])
	if cmd == nil {
		return args
	}
	i++
	if len(cmd.Subcommands) > 0 && i < len(args) {
		if sub := findCommand(cmd.Subcommands, args[i]); sub != nil {
			cmd = sub
			i++
		}
	}
	takesValue := map[string]bool{}
	for _, f := range cmd.Flags {
		_, isBool := f.(*cli.BoolFlag)
		for _, n := range f.Names() {
			takesValue[n] = !isBool
		}
	}
	var flags, rest []string
	for k := i; k < len(args); k++ {
		a := args[k]
		if a == "--" {
			rest = append(rest, args[k:]...)
			break
		}
		if len(a) > 1 && strings.HasPrefix(a, "-") {
			flags = append(flags, a)
			name := strings.TrimLeft(a, "-")
			if !strings.Contains(name, "=") && takesValue[name] && k+1 < len(args) {
				flags = append(flags, args[k+1])
				k++
			}
			continue
		}
		rest = append(rest, a)
	}
	out := append([]string{}, args[:i]...)
	out = append(out, flags...)
	return append(out, rest...)
}

func findCommand(cmds []*cli.Command, name string) *cli.Command {
	for _, c := range cmds {
		if c.HasName(name) {
			return c
		}
	}
	return nil
}
