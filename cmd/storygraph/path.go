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

// maxPathHops bounds --max-hops: past six hops in news everyone is linked
// to everyone, and the search reads most of the graph.
const maxPathHops = 6

func pathCommand(e *env) *cli.Command {
	return &cli.Command{
		Name:      "path",
		Usage:     "how two entities are connected: the shortest chain of events they share",
		ArgsUsage: "A B (names, aliases or surnames)",
		Description: `Prints the fewest hops from A to B, each hop two entities involved in one
event, with the event's date, kind and sentence. Among chains of the same
length the one through the alphabetically first entity IDs is shown, each
hop with the earliest event the two share, so the answer never depends on
the store. No chain within --max-hops: says so and exits 1.`,
		Flags: append(dbFlags(),
			&cli.IntFlag{Name: "max-hops", Value: 4, Usage: fmt.Sprintf("at most `N` hops (1 to %d)", maxPathHops)},
			&cli.StringFlag{Name: "format", Aliases: []string{"f"}, Value: "text", Usage: "text or json"}),
		Action: func(c *cli.Context) error {
			if c.NArg() != 2 {
				return usageError{fmt.Errorf("path takes two NAMEs (got %d arguments); quote names with spaces", c.NArg())}
			}
			if h := c.Int("max-hops"); h < 1 || h > maxPathHops {
				return usageError{fmt.Errorf("--max-hops %d: use 1 to %d", h, maxPathHops)}
			}
			f := c.String("format")
			if f != "text" && f != "json" {
				return usageError{fmt.Errorf("unknown format %q for path (known: text, json)", f)}
			}
			return runPath(c.Context, e, storeSettingsFrom(c), c.Args().Get(0), c.Args().Get(1), c.Int("max-hops"), f)
		},
	}
}

func runPath(ctx context.Context, e *env, set storeSettings, a, b string, maxHops int, format string) error {
	st, an, err := openAnalysis(ctx, set)
	if err != nil {
		return err
	}
	defer st.Close()
	from, err := resolveEntity(ctx, an, set, a)
	if err != nil {
		return err
	}
	to, err := resolveEntity(ctx, an, set, b)
	if err != nil {
		return err
	}
	hops, err := an.Path(ctx, from.ID, to.ID, maxHops)
	if errors.Is(err, graph.ErrNoPath) {
		h := "they share no chain of events at all, or raise --max-hops"
		if maxHops < maxPathHops {
			h = fmt.Sprintf("raise --max-hops (up to %d), or see each one's links with storygraph network --entity NAME", maxPathHops)
		}
		return hint.New(fmt.Errorf("no path between %s and %s within %s in %s", from.Name, to.Name, plural(maxHops, "hop"), set.describe()), h)
	}
	if err != nil {
		return fmt.Errorf("query %s: %w", set.describe(), err)
	}
	var buf bytes.Buffer
	if format == "json" {
		if err := encodeJSON(&buf, struct {
			From graph.EntityRef `json:"from"`
			To   graph.EntityRef `json:"to"`
			Hops []graph.Hop     `json:"hops"`
		}{from, to, hops}); err != nil {
			return err
		}
		return writeOutput(e, "", buf.Bytes())
	}
	fmt.Fprintf(&buf, "%s to %s: %s\n", from.Name, to.Name, plural(len(hops), "hop"))
	for i, h := range hops {
		date := h.Event.Date
		if date == "" {
			date = "undated"
		}
		source := h.Event.Title
		if strings.Contains(h.Event.Article, "://") {
			source += " <" + h.Event.Article + ">" // a URL, as the chronology shows it
		}
		fmt.Fprintf(&buf, "\n%d. %s — %s\n   %s  [%s]\n   %s\n   source: %s\n", i+1, h.From.Name, h.To.Name, date, h.Event.Kind, h.Event.Sentence, source)
	}
	return writeOutput(e, "", buf.Bytes())
}

// plural is "1 hop", "2 hops".
func plural(n int, noun string) string {
	if n == 1 {
		return "1 " + noun
	}
	return fmt.Sprintf("%d %ss", n, noun)
}
