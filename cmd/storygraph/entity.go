package main

import (
	"bytes"
	"cmp"
	"context"
	"encoding/json"
	"fmt"
	"slices"
	"strings"

	"github.com/xrash/smetrics"

	"github.com/storygraph/storygraph/graph"
	"github.com/storygraph/storygraph/internal/hint"
	"github.com/storygraph/storygraph/timeline"
	"github.com/storygraph/storygraph/timeline/extract"
	"github.com/storygraph/storygraph/timeline/render"
	"github.com/urfave/cli/v2"
)

func entityCommand(e *env) *cli.Command {
	return &cli.Command{
		Name:      "entity",
		Usage:     "profile one person, place or organisation: who it is, when seen, its chronology and who it appears with",
		ArgsUsage: "NAME (a name, alias or surname, any case, with or without accents)",
		Description: `Prints the entity's type, aliases, role, first and last day seen, its
numbers of articles and events, the entities most often involved in the
same events, and its chronology exactly as 'timeline --entity NAME' prints
it. A name that fits several entities lists them (exit 2); a name that
fits none suggests the closest stored names (exit 1).`,
		Flags: append(dbFlags(), gazetteerFlag(),
			&cli.IntFlag{Name: "top", Value: 10, Usage: "list at most `N` entities it appears with"},
			&cli.StringFlag{Name: "format", Aliases: []string{"f"}, Value: "text", Usage: "text or json"}),
		Action: func(c *cli.Context) error {
			if c.NArg() != 1 {
				return usageError{fmt.Errorf("entity takes one NAME (got %d arguments); quote a name with spaces", c.NArg())}
			}
			f := c.String("format")
			if f != "text" && f != "json" {
				return usageError{fmt.Errorf("unknown format %q for entity (known: text, json)", f)}
			}
			return runEntity(c.Context, e, storeSettingsFrom(c), c.StringSlice("gazetteer"), c.Args().First(), c.Int("top"), f)
		},
	}
}

func runEntity(ctx context.Context, e *env, set storeSettings, gaz []string, name string, top int, format string) error {
	x, err := newExtractor(gaz)
	if err != nil {
		return err
	}
	st, an, err := openAnalysis(ctx, set)
	if err != nil {
		return err
	}
	defer st.Close()
	out, err := entityBytes(ctx, st, an, x, set, name, top, format)
	if err != nil {
		return err
	}
	return writeOutput(e, "", out)
}

// entityBytes renders the entity's profile and chronology from an open
// store, as entity prints it (serve's /entity answers with it).
func entityBytes(ctx context.Context, st graph.Store, an graph.Analysis, x *extract.Extractor, set storeSettings, name string, top int, format string) ([]byte, error) {
	ref, err := resolveEntity(ctx, an, set, name)
	if err != nil {
		return nil, err
	}
	p, err := an.Profile(ctx, ref.ID)
	if err != nil {
		return nil, fmt.Errorf("query %s: %w", set.describe(), err)
	}
	if top >= 0 && len(p.Ties) > top {
		p.Ties = p.Ties[:top]
	}
	// The chronology timeline --entity prints for the entity's name.
	f := graph.Filter{Entities: []string{p.Entity.Name}}
	recs, err := st.Events(ctx, f)
	if err != nil {
		return nil, fmt.Errorf("query %s: %w", set.describe(), err)
	}
	chron := render.Chronology{Title: defaultTitle(f), Entries: chronologyOf(recs, x, false)}
	var buf bytes.Buffer
	if format == "json" {
		var c bytes.Buffer
		if err := render.JSON(&c, chron); err != nil {
			return nil, err
		}
		if err := encodeJSON(&buf, struct {
			graph.Profile
			Chronology json.RawMessage `json:"chronology"`
		}{p, c.Bytes()}); err != nil {
			return nil, err
		}
		return buf.Bytes(), nil
	}
	writeProfile(&buf, p)
	if err := render.Text(&buf, chron); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}

func writeProfile(b *bytes.Buffer, p graph.Profile) {
	fmt.Fprintf(b, "%s\n%s\n", p.Entity.Name, strings.Repeat("=", len([]rune(p.Entity.Name))))
	line := func(label, value string) {
		if value != "" {
			fmt.Fprintf(b, "%-11s %s\n", label+":", value)
		}
	}
	line("type", string(p.Entity.Type))
	line("role", p.Entity.Role)
	line("country", p.Country)
	line("aliases", strings.Join(p.Aliases, ", "))
	line("first seen", p.FirstSeen)
	line("last seen", p.LastSeen)
	fmt.Fprintf(b, "%-11s %d\n%-11s %d\n", "articles:", p.Articles, "events:", p.Events)
	if len(p.Ties) > 0 {
		b.WriteString("\nMost often with (shared events):\n")
		for _, t := range p.Ties {
			fmt.Fprintf(b, "  %4d  %s (%s)\n", t.Events, t.Name, t.Type)
		}
	}
	b.WriteString("\n")
}

// openAnalysis opens the store to read and its graph.Analysis.
func openAnalysis(ctx context.Context, set storeSettings) (graph.Store, graph.Analysis, error) {
	st, err := openExistingStore(ctx, set)
	if err != nil {
		return nil, nil, err
	}
	an, ok := st.(graph.Analysis)
	if !ok {
		st.Close()
		return nil, nil, fmt.Errorf("%s cannot answer entity, network or path queries", set.describe())
	}
	return st, an, nil
}

// resolveEntity turns a name into the one stored entity it names: none is
// an error with the closest names, several a usage error listing them.
func resolveEntity(ctx context.Context, an graph.Analysis, set storeSettings, name string) (graph.EntityRef, error) {
	found, err := an.FindEntities(ctx, name)
	if err != nil {
		return graph.EntityRef{}, fmt.Errorf("query %s: %w", set.describe(), err)
	}
	found = graph.Narrow(name, found)
	switch len(found) {
	case 1:
		return found[0], nil
	case 0:
		names, err := an.EntityNames(ctx)
		if err != nil {
			return graph.EntityRef{}, fmt.Errorf("query %s: %w", set.describe(), err)
		}
		h := "ingest articles that name it, or check the spelling"
		if close := closestNames(name, names, 3); len(close) > 0 {
			h = "did you mean " + strings.Join(close, ", or ") + "?"
		}
		return graph.EntityRef{}, hint.New(fmt.Errorf("no entity named %q in %s", name, set.describe()), h)
	}
	var list []string
	for _, f := range found {
		d := string(f.Type)
		if f.Role != "" {
			d += ", " + f.Role
		}
		list = append(list, fmt.Sprintf("%s (%s)", f.Name, d))
	}
	return graph.EntityRef{}, hint.New(usageError{fmt.Errorf("%q names %d entities: %s", name, len(found), strings.Join(list, "; "))},
		fmt.Sprintf("give the full name, e.g. %q", found[0].Name))
}

// closestNames are at most n of names most like name: Jaro-Winkler
// similarity of the folded name to the whole name or to its last word (a
// misspelt surname), at least 0.85, best first. smetrics is what
// urfave/cli already uses to suggest mistyped commands.
func closestNames(name string, names []string, n int) []string {
	k := timeline.Fold(name)
	type scored struct {
		name  string
		score float64
	}
	var out []scored
	for _, c := range names {
		f := timeline.Fold(c)
		s := smetrics.JaroWinkler(k, f, 0.7, 4)
		if w := strings.Fields(f); len(w) > 1 {
			s = max(s, smetrics.JaroWinkler(k, w[len(w)-1], 0.7, 4))
		}
		if s >= 0.85 {
			out = append(out, scored{c, s})
		}
	}
	slices.SortFunc(out, func(a, b scored) int {
		return cmp.Or(cmp.Compare(b.score, a.score), strings.Compare(a.name, b.name))
	})
	var names2 []string
	for i := 0; i < len(out) && i < n; i++ {
		names2 = append(names2, out[i].name)
	}
	return names2
}
