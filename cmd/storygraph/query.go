package main

import (
	"bytes"
	"context"
	"encoding/csv"
	"errors"
	"fmt"
	"strings"
	"text/tabwriter"

	"github.com/storygraph/storygraph/graph"
	"github.com/storygraph/storygraph/internal/hint"
	"github.com/urfave/cli/v2"
)

func queryCommand(e *env) *cli.Command {
	formatFlag := func(known string) *cli.StringFlag {
		return &cli.StringFlag{Name: "format", Aliases: []string{"f"}, Value: "text", Usage: known}
	}
	return &cli.Command{
		Name:  "query",
		Usage: "list or run the named analyst queries (queries/analyst.cypher, the README's Browser queries among them)",
		Description: `On Neo4j a query runs as its Cypher would in Neo4j Browser; on the embedded
store its SQL twin (queries/sqlite/analyst.sql) runs, with the same table.`,
		Subcommands: []*cli.Command{
			{
				Name:  "list",
				Usage: "show each analyst query with what it does and its parameters",
				Flags: []cli.Flag{formatFlag("text or json")},
				Action: func(c *cli.Context) error {
					f := c.String("format")
					if f != "text" && f != "json" {
						return usageError{fmt.Errorf("unknown format %q for query list (known: text, json)", f)}
					}
					return runQueryList(e, f)
				},
			},
			{
				Name:      "run",
				Usage:     "run one analyst query",
				ArgsUsage: "NAME [--param key=value ...]",
				Flags: append(dbFlags(),
					&cli.StringSliceFlag{Name: "param", Aliases: []string{"p"}, Usage: "a parameter as `key=value` (repeatable)"},
					formatFlag("text, json or csv")),
				Action: func(c *cli.Context) error {
					if c.NArg() != 1 {
						return hint.New(usageError{errors.New("query run needs one query NAME")}, "storygraph query list shows the names")
					}
					f := c.String("format")
					if f != "text" && f != "json" && f != "csv" {
						return usageError{fmt.Errorf("unknown format %q for query run (known: text, json, csv)", f)}
					}
					q, err := graph.FindAnalystQuery(c.Args().First())
					if err != nil {
						return hint.New(usageError{err}, hint.Of(err))
					}
					given := map[string]string{}
					for _, p := range c.StringSlice("param") {
						k, v, ok := strings.Cut(p, "=")
						if !ok || k == "" {
							return hint.New(usageError{fmt.Errorf("--param %q is not key=value", p)}, "e.g. --param key=witkoff")
						}
						given[k] = v
					}
					params, err := q.Bind(given)
					if err != nil {
						return hint.New(usageError{err}, hint.Of(err))
					}
					return runQuery(c.Context, e, storeSettingsFrom(c), q, params, f)
				},
			},
		},
	}
}

func runQueryList(e *env, format string) error {
	qs := graph.AnalystQueries()
	var buf bytes.Buffer
	if format == "json" {
		if err := encodeJSON(&buf, qs); err != nil {
			return err
		}
	} else {
		for i, q := range qs {
			if i > 0 {
				buf.WriteString("\n")
			}
			fmt.Fprintf(&buf, "%s\n  %s\n", q.Name, q.Description)
			for _, p := range q.Params {
				d := "required"
				if p.HasDefault {
					d = "default " + p.Default
				}
				fmt.Fprintf(&buf, "  --param %s=… (%s, %s) %s\n", p.Name, p.Kind, d, p.Description)
			}
		}
	}
	_, err := e.stdout.Write(buf.Bytes())
	return err
}

func runQuery(ctx context.Context, e *env, set storeSettings, q graph.AnalystQuery, params map[string]any, format string) error {
	st, err := openExistingStore(ctx, set)
	if err != nil {
		return err
	}
	defer st.Close()
	r, ok := st.(graph.QueryRunner)
	if !ok {
		return fmt.Errorf("%s cannot run analyst queries", set.describe())
	}
	t, err := r.RunAnalyst(ctx, q, params)
	if err != nil {
		return err
	}
	var buf bytes.Buffer
	switch format {
	case "json":
		err = encodeJSON(&buf, t)
	case "csv":
		w := csv.NewWriter(&buf)
		_ = w.Write(t.Columns)
		for _, row := range t.Rows {
			_ = w.Write(cells(row, "; "))
		}
		w.Flush()
		err = w.Error()
	default:
		w := tabwriter.NewWriter(&buf, 0, 0, 2, ' ', 0)
		fmt.Fprintln(w, strings.Join(t.Columns, "\t"))
		for _, row := range t.Rows {
			fmt.Fprintln(w, strings.Join(cells(row, ", "), "\t"))
		}
		err = w.Flush()
		if len(t.Rows) == 0 {
			buf.WriteString("(no rows)\n")
		}
	}
	if err != nil {
		return err
	}
	_, err = e.stdout.Write(buf.Bytes())
	return err
}

// cells writes a row's values as text: null empty, lists joined by sep.
func cells(row []any, sep string) []string {
	out := make([]string, len(row))
	for i, v := range row {
		switch x := v.(type) {
		case nil:
		case []any:
			parts := make([]string, len(x))
			for j := range x {
				parts[j] = cells(x[j:j+1], sep)[0]
			}
			out[i] = strings.Join(parts, sep)
		default:
			out[i] = fmt.Sprint(x)
		}
	}
	return out
}
