package main

import (
	"bytes"
	"context"
	"encoding/csv"
	"encoding/json"
	"fmt"
	"io"
	"slices"
	"sort"
	"strconv"
	"strings"
	"text/tabwriter"

	"github.com/storygraph/storygraph/graph"
	"github.com/storygraph/storygraph/internal/hint"
	"github.com/storygraph/storygraph/timeline"
	"github.com/storygraph/storygraph/timeline/article"
	"github.com/storygraph/storygraph/timeline/extract"
	"github.com/storygraph/storygraph/timeline/gazetteer"
	"github.com/urfave/cli/v2"
)

func entitiesCommand(e *env) *cli.Command {
	return &cli.Command{
		Name:  "entities",
		Usage: "work with the names storygraph finds",
		Subcommands: []*cli.Command{{
			Name:  "list",
			Usage: "list the stored people, places and organisations with their numbers of events and articles",
			Description: `Most present first: by events, then articles, then name. --prefix matches
the start of a name, an alias or a person's surname, ignoring case and accents.`,
			Flags: append(dbFlags(),
				&cli.StringFlag{Name: "type", Usage: "only entities of `TYPE`: " + strings.Join(entityTypes, ", ")},
				&cli.StringFlag{Name: "prefix", Usage: "only entities with a name, alias or surname starting with `TEXT`"},
				formatListFlag()),
			Action: func(c *cli.Context) error {
				if c.NArg() > 0 {
					return usageError{fmt.Errorf("entities list takes no arguments (got %q); use --prefix %s", c.Args().First(), c.Args().First())}
				}
				typ := c.String("type")
				if typ != "" && !slices.Contains(entityTypes, typ) {
					return hint.New(usageError{fmt.Errorf("unknown --type %q", typ)}, "use one of: "+strings.Join(entityTypes, ", "))
				}
				if err := checkListFormat(c.String("format")); err != nil {
					return err
				}
				return runEntitiesList(c.Context, e, storeSettingsFrom(c), graph.EntityQuery{Type: timeline.EntityType(typ), Prefix: c.String("prefix")}, c.String("format"))
			},
		}, {
			Name:      "suggest",
			Usage:     "list people, organisations and places found from cues but not in the gazetteer, as gazetteer YAML to review",
			ArgsUsage: "PATH... (files, folders, globs, or - for stdin: an article, or JSON Lines)",
			Description: `Prints a gazetteer file (version ` + strconv.Itoa(gazetteer.Version) + `) of the discovered names, most mentioned
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
	out := make([]gazetteer.Suggestion, len(list))
	for i, s := range list {
		out[i] = gazetteer.Suggestion{Name: s.name, Type: string(s.typ), Mentions: s.count, Articles: len(s.articles), Example: s.example}
	}
	comment := fmt.Sprintf("Names storygraph found from cues but not in its gazetteer (%d).\nReview them, keep what is right, and pass the file with --gazetteer.", len(list))
	data, err := gazetteer.Suggestions(comment, out)
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

// entityTypes are the values of entities list --type.
var entityTypes = []string{string(timeline.Person), string(timeline.Place), string(timeline.Organization)}

func runEntitiesList(ctx context.Context, e *env, set storeSettings, q graph.EntityQuery, format string) error {
	return withCatalog(ctx, set, func(c graph.Catalog) error {
		list, err := c.ListEntities(ctx, q)
		if err != nil {
			return fmt.Errorf("query %s: %w", set.describe(), err)
		}
		rows := make([][]string, len(list))
		for i, x := range list {
			rows[i] = []string{x.Name, string(x.Type), strconv.Itoa(x.Events), strconv.Itoa(x.Articles), x.ID,
				strings.Join(x.Aliases, "; "), x.Role, x.Country}
		}
		return writeList(e, format, list, "No entities match.",
			[]string{"name", "type", "events", "articles", "id", "aliases", "role", "country"}, rows, 5)
	})
}

// withCatalog opens the store to read and calls fn with its graph.Catalog.
func withCatalog(ctx context.Context, set storeSettings, fn func(graph.Catalog) error) error {
	st, err := openExistingStore(ctx, set)
	if err != nil {
		return err
	}
	defer st.Close()
	c, ok := st.(graph.Catalog)
	if !ok {
		return fmt.Errorf("%s cannot list what it holds", set.describe())
	}
	return fn(c)
}

// formatListFlag is --format of the listing commands.
func formatListFlag() cli.Flag {
	return &cli.StringFlag{Name: "format", Aliases: []string{"f"}, Value: "text", Usage: "output `FORMAT`: text, json or csv"}
}

func checkListFormat(f string) error {
	if f != "text" && f != "json" && f != "csv" {
		return hint.New(usageError{fmt.Errorf("unknown --format %q", f)}, "use one of: text, json, csv")
	}
	return nil
}

// writeList prints a listing: as JSON, the value; as CSV, the header and
// rows; as text, the first textColumns columns aligned under an upper-case
// header, or none when there are no rows.
func writeList(e *env, format string, value any, none string, header []string, rows [][]string, textColumns int) error {
	var buf bytes.Buffer
	switch format {
	case "json":
		if err := encodeJSON(&buf, value); err != nil {
			return err
		}
	case "csv":
		w := csv.NewWriter(&buf)
		_ = w.Write(header)
		_ = w.WriteAll(rows) // a bytes.Buffer does not fail
	default:
		if len(rows) == 0 {
			buf.WriteString(none + "\n")
			break
		}
		tw := tabwriter.NewWriter(&buf, 0, 0, 2, ' ', 0)
		fmt.Fprintln(tw, strings.ToUpper(strings.Join(header[:textColumns], "\t")))
		for _, r := range rows {
			cells := slices.Clone(r[:textColumns])
			for i, c := range cells {
				if c == "" {
					cells[i] = "-" // an empty last cell would leave the line padded with spaces
				}
			}
			fmt.Fprintln(tw, strings.Join(cells, "\t"))
		}
		tw.Flush()
	}
	_, err := e.stdout.Write(buf.Bytes())
	return err
}

// encodeJSON writes v as the commands print JSON: indented by two spaces,
// with <, > and & as they are (the output is data, not HTML).
func encodeJSON(w io.Writer, v any) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	return enc.Encode(v)
}

// checkNames refuses a filter whose --entity or --place names nothing the
// store holds, which would print an empty chronology that looks like an
// answer: the error names them, and the hint the closest stored names
// (closestNames, over the names and aliases of the stored entities and
// the gazetteer's aliases of those it knows). A store without a Catalog
// is not checked.
func checkNames(ctx context.Context, st graph.Store, set storeSettings, f graph.Filter, g *gazetteer.Gazetteer) error {
	c, ok := st.(graph.Catalog)
	if !ok {
		return nil
	}
	unknown, err := c.UnknownNames(ctx, f)
	if err != nil || len(unknown) == 0 {
		return err
	}
	var what, hints []string
	for _, u := range unknown {
		typ := timeline.EntityType("")
		if u.Field == "place" {
			typ = timeline.Place
		}
		what = append(what, fmt.Sprintf("%s named %q", u.Field, u.Value))
		close, err := closestStored(ctx, c, g, u.Value, typ)
		if err != nil {
			return fmt.Errorf("query %s: %w", set.describe(), err)
		}
		if len(close) > 0 {
			hints = append(hints, strings.Join(close, ", or "))
			if len(unknown) > 1 {
				hints[len(hints)-1] += fmt.Sprintf(" (for %q)", u.Value)
			}
		}
	}
	h := "list the stored names with: storygraph entities list"
	if !slices.ContainsFunc(unknown, func(u graph.FilterName) bool { return u.Field != "place" }) {
		h += " --type place"
	}
	if len(hints) > 0 {
		h = "did you mean " + strings.Join(hints, " and ") + "?"
	}
	return hint.New(fmt.Errorf("no %s in %s", strings.Join(what, " and no "), set.describe()), h)
}

// closestStored is closestNames over the stored entities of type typ (any
// when ""), answered by their canonical names.
func closestStored(ctx context.Context, c graph.Catalog, g *gazetteer.Gazetteer, name string, typ timeline.EntityType) ([]string, error) {
	list, err := c.ListEntities(ctx, graph.EntityQuery{Type: typ})
	if err != nil {
		return nil, err
	}
	canonical := map[string]string{} // a name or alias: its entity's name
	var names []string
	add := func(alias, name string) {
		if _, ok := canonical[alias]; !ok {
			canonical[alias] = name
			names = append(names, alias)
		}
	}
	for _, x := range list {
		add(x.Name, x.Name)
	}
	for _, x := range list {
		for _, a := range x.Aliases {
			add(a, x.Name)
		}
		if en := g.ByID(x.ID); en != nil {
			for _, a := range en.Aliases {
				add(a, x.Name)
			}
		}
	}
	var out []string
	for _, n := range closestNames(name, names, len(names)) {
		if cn := canonical[n]; !slices.Contains(out, cn) && len(out) < 3 {
			out = append(out, cn)
		}
	}
	return out, nil
}
