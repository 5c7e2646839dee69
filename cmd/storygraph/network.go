package main

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"strings"

	"github.com/storygraph/storygraph/graph"
	"github.com/storygraph/storygraph/internal/hint"
	"github.com/storygraph/storygraph/timeline"
	"github.com/storygraph/storygraph/timeline/extract"
	"github.com/storygraph/storygraph/timeline/render"
	"github.com/urfave/cli/v2"
)

type networkOptions struct {
	store     storeSettings
	entities  []string
	query     graph.NetworkQuery
	format    string
	title     string
	output    string
	gazetteer []string
}

func networkCommand(e *env) *cli.Command {
	return &cli.Command{
		Name:  "network",
		Usage: "who appears with whom: entities linked by the events they share, around entities, a topic or dates",
		Description: `Two entities are linked when they are involved in the same events; an
edge's weight is the number of those events and it carries their dates.
Around --entity (repeatable), --depth 1 keeps the links of those entities
and --depth 2 also the links of the entities they reach. --topic, --kind,
--from and --to choose the events; --min-weight drops lighter links.
A network is bounded so that it stays readable and quick on a large
store: at most --limit entities, strongest links first (a note on
standard error says how many were left out), and --depth 2 follows only
the 10 strongest neighbours, not those in more than --hub events, whose
links lead almost everywhere (a note names them).
Formats: JSON, Graphviz DOT, GraphML (yEd, Cytoscape), GEXF (Gephi, with
the dates on the edges for its timeline) and a Mermaid flowchart.`,
		Flags: append(dbFlags(), gazetteerFlag(),
			&cli.StringSliceFlag{Name: "entity", Aliases: []string{"e"}, Usage: "around `NAME` (name, alias or surname; repeatable)"},
			&cli.StringSliceFlag{Name: "topic", Aliases: []string{"t"}, Usage: "only events about topic `ID` (repeatable: any of them)"},
			&cli.StringSliceFlag{Name: "kind", Aliases: []string{"k"}, Usage: "only events of `KIND`: " + strings.Join(graph.Strings(timeline.Kinds), ", ") + " (repeatable)"},
			&cli.StringFlag{Name: "from", Usage: "only events on or after `DATE` (2026-01-15, 2026-01 or 2026)"},
			&cli.StringFlag{Name: "to", Usage: "only events on or before `DATE` (2026-01-31, 2026-01 or 2026)"},
			&cli.IntFlag{Name: "depth", Value: 1, Usage: "`1` or 2: links of the entities, or also of those they reach"},
			&cli.IntFlag{Name: "min-weight", Value: 1, Usage: "only links of at least `N` shared events"},
			&cli.IntFlag{Name: "limit", Value: graph.DefaultNetworkLimit, Usage: "at most `N` entities: the named ones, then the most linked"},
			&cli.IntFlag{Name: "hub", Value: graph.DefaultHub, Usage: "--depth 2 does not follow entities in more than `N` events"},
			&cli.StringFlag{Name: "format", Aliases: []string{"f"}, Value: "json", Usage: "output `FORMAT`: " + strings.Join(render.NetworkFormats, ", ")},
			&cli.StringFlag{Name: "title", Usage: "network `TITLE` (default: from the options)"},
			&cli.StringFlag{Name: "output", Aliases: []string{"o"}, Usage: "write to `FILE` (atomically) instead of standard output"},
		),
		Action: func(c *cli.Context) error {
			if c.NArg() > 0 {
				return usageError{fmt.Errorf("network takes no arguments (got %q); name entities with --entity", c.Args().First())}
			}
			q := graph.NetworkQuery{Topics: c.StringSlice("topic"), From: c.String("from"), To: c.String("to"),
				Depth: c.Int("depth"), MinWeight: c.Int("min-weight"), Limit: c.Int("limit"), Hub: c.Int("hub")}
			for _, k := range c.StringSlice("kind") {
				q.Kinds = append(q.Kinds, timeline.Kind(k))
			}
			return runNetwork(c.Context, e, networkOptions{store: storeSettingsFrom(c), entities: c.StringSlice("entity"), query: q,
				format: c.String("format"), title: c.String("title"), output: c.String("output"), gazetteer: c.StringSlice("gazetteer")})
		},
	}
}

func runNetwork(ctx context.Context, e *env, o networkOptions) error {
	q := o.query
	if len(o.entities) == 0 && len(q.Topics) == 0 && q.From == "" && q.To == "" {
		return hint.New(usageError{errors.New("network needs --entity, --topic or --from/--to to say what it is of")},
			"e.g. storygraph network --entity Witkoff --depth 2 --format gexf --output witkoff.gexf")
	}
	if q.Depth != 1 && q.Depth != 2 {
		return usageError{fmt.Errorf("--depth %d: use 1 or 2", q.Depth)}
	}
	if q.MinWeight < 1 {
		return usageError{fmt.Errorf("--min-weight %d: use 1 or more", q.MinWeight)}
	}
	if q.Limit < 1 {
		return usageError{fmt.Errorf("--limit %d: use 1 or more", q.Limit)}
	}
	if q.Hub < 1 {
		return usageError{fmt.Errorf("--hub %d: use 1 or more", q.Hub)}
	}
	if err := q.Filter().Validate(); err != nil {
		return usageError{filterMessage(q.Filter(), err)}
	}
	if !validNetworkFormat(o.format) {
		return usageError{fmt.Errorf("unknown format %q for network (known: %s)", o.format, strings.Join(render.NetworkFormats, ", "))}
	}
	x, err := newExtractor(o.gazetteer)
	if err != nil {
		return err
	}
	for _, t := range q.Topics {
		if ok, known := knownTopic(x, t); !ok {
			return usageError{fmt.Errorf("unknown --topic %q (known: %s)", t, known)}
		}
	}
	st, an, err := openAnalysis(ctx, o.store)
	if err != nil {
		return err
	}
	defer st.Close()
	var names []string
	for _, name := range o.entities {
		ref, err := resolveEntity(ctx, an, o.store, name)
		if err != nil {
			return err
		}
		q.Seeds = append(q.Seeds, ref.ID)
		names = append(names, ref.Name)
	}
	n, err := an.Network(ctx, q)
	if err != nil {
		return fmt.Errorf("query %s: %w", o.store.describe(), err)
	}
	title := o.title
	if title == "" {
		title = networkTitle(names, q, x)
	}
	var buf bytes.Buffer
	if err := render.WriteNetwork(&buf, o.format, renderNetwork(title, n)); err != nil {
		return err
	}
	if err := writeOutput(e, o.output, buf.Bytes()); err != nil {
		return err
	}
	// The bounds are said on standard error, so that standard output stays
	// the network in its format.
	if n.LeftOut > 0 {
		fmt.Fprintf(e.stderr, "storygraph: note: %d more entities left out by --limit %d; raise it to see them\n", n.LeftOut, q.Limit)
	}
	if len(n.Hubs) > 0 {
		var hubs []string
		for _, h := range n.Hubs {
			hubs = append(hubs, h.Name)
		}
		fmt.Fprintf(e.stderr, "storygraph: note: depth 2 did not follow %s, in more than %d events each; raise --hub to follow them\n",
			strings.Join(hubs, ", "), q.Hub)
	}
	return nil
}

func validNetworkFormat(f string) bool {
	for _, k := range render.NetworkFormats {
		if f == k {
			return true
		}
	}
	return false
}

// networkTitle says what the network is of, from its options, with the
// chronology's words for its filters (topics by their names).
func networkTitle(names []string, q graph.NetworkQuery, x *extract.Extractor) string {
	t := "Network"
	if len(names) > 0 {
		t += " around " + strings.Join(names, " and ")
		if q.Depth == 2 {
			t += " (depth 2)"
		}
	}
	if f := topicTitle(q.Filter(), x); f != "Chronology" {
		t += ": " + strings.TrimPrefix(f, "Chronology: ")
	}
	if q.MinWeight > 1 {
		t += fmt.Sprintf(", links of %d+ events", q.MinWeight)
	}
	return t
}

// renderNetwork is a store's network in the renderers' form: the same
// nodes and edges, which the renderers write in their one sorted order.
func renderNetwork(title string, n graph.Network) render.Network {
	out := render.Network{Title: title, LeftOut: n.LeftOut}
	for _, h := range n.Hubs {
		out.Hubs = append(out.Hubs, h.ID)
	}
	for _, v := range n.Nodes {
		out.Nodes = append(out.Nodes, render.NetworkNode{ID: v.ID, Name: v.Name, Type: v.Type})
	}
	for _, e := range n.Edges {
		out.Edges = append(out.Edges, render.NetworkEdge{Source: e.Source, Target: e.Target, Weight: e.Weight, Dates: e.Dates})
	}
	return out
}
