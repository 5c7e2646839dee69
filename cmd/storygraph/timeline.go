package main

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/storygraph/storygraph/graph"
	"github.com/storygraph/storygraph/internal/hint"
	"github.com/storygraph/storygraph/internal/outfile"
	"github.com/storygraph/storygraph/timeline"
	"github.com/storygraph/storygraph/timeline/chronology"
	"github.com/storygraph/storygraph/timeline/extract"
	"github.com/storygraph/storygraph/timeline/render"
	"github.com/urfave/cli/v2"
)

type timelineOptions struct {
	store     storeSettings
	filter    graph.Filter
	format    string
	title     string
	output    string
	noMerge   bool
	explain   bool
	groupBy   string
	key       int
	gazetteer []string
}

func filterFlags() []cli.Flag {
	return []cli.Flag{
		&cli.StringSliceFlag{Name: "topic", Aliases: []string{"t"}, Usage: "only events about topic `ID` (e.g. peace-negotiations; repeatable: any of them)"},
		&cli.StringSliceFlag{Name: "entity", Aliases: []string{"e"}, Usage: "only events involving `NAME` (name, alias or surname; repeatable: all of them)"},
		&cli.StringSliceFlag{Name: "place", Aliases: []string{"p"}, Usage: "only events at `PLACE` (repeatable: any of them)"},
		&cli.StringSliceFlag{Name: "kind", Aliases: []string{"k"}, Usage: "only events of `KIND`: " + strings.Join(graph.Strings(timeline.Kinds), ", ") + " (repeatable)"},
		&cli.StringFlag{Name: "from", Usage: "only events on or after `DATE` (2026-01-15, 2026-01 or 2026)"},
		&cli.StringFlag{Name: "to", Usage: "only events on or before `DATE` (2026-01-31, 2026-01 or 2026)"},
		&cli.StringSliceFlag{Name: "status", Usage: "only events of `STATUS`: " + strings.Join(graph.Strings(graph.Statuses), ", ") + " (repeatable)"},
		&cli.StringSliceFlag{Name: "certainty", Usage: "only events of `CERTAINTY`: " + strings.Join(graph.Strings(graph.Certainties), ", ") + " (repeatable)"},
		&cli.StringSliceFlag{Name: "source", Usage: "only events reported by the outlet `NAME` (e.g. Reuters; whole name, any case; repeatable: any of them)"},
		&cli.StringFlag{Name: "as-of", Usage: "only what had been published by `DATE`: events of articles published on or before it (undated articles are left out)"},
	}
}

func timelineCommand(e *env) *cli.Command {
	return &cli.Command{
		Name:  "timeline",
		Usage: "print the chronology of stored events, filtered",
		Description: `Events are ordered by date in a way that respects precision: a week-precision
event sorts with its week and is shown as "week of …", never as a day.
Reports of one happening by several articles are one entry with every
source (--explain says why they were merged; --no-merge keeps them apart).`,
		Flags: append(append(dbFlags(), filterFlags()...),
			&cli.StringFlag{Name: "format", Aliases: []string{"f"}, Value: "text", Usage: "output `FORMAT`: " + strings.Join(render.Formats, ", ")},
			&cli.StringFlag{Name: "title", Usage: "chronology `TITLE` (default: from the filters)"},
			&cli.StringFlag{Name: "output", Aliases: []string{"o"}, Usage: "write to `FILE` (atomically) instead of standard output"},
			&cli.BoolFlag{Name: "no-merge", Usage: "one entry per report: do not merge reports of one happening from several articles"},
			&cli.BoolFlag{Name: "explain", Usage: "say which reports were merged into each entry and why"},
			&cli.StringFlag{Name: "group-by", Usage: "text and markdown: a heading per `PERIOD`: " + strings.Join(render.GroupBys, ", ")},
			&cli.IntFlag{Name: "key", Usage: "only the `N` most important entries (most sources, then most connected participants), in date order"},
			gazetteerFlag(),
		),
		Action: func(c *cli.Context) error {
			if c.NArg() > 0 {
				return usageError{fmt.Errorf("timeline takes no arguments (got %q); filter with --topic, --entity, --place, --kind, --from, --to", c.Args().First())}
			}
			f, err := filterFrom(c)
			if err != nil {
				return err
			}
			return runTimeline(c.Context, e, timelineOptions{store: storeSettingsFrom(c), filter: f,
				format: c.String("format"), title: c.String("title"), output: c.String("output"),
				noMerge: c.Bool("no-merge"), explain: c.Bool("explain"), gazetteer: c.StringSlice("gazetteer"),
				groupBy: c.String("group-by"), key: c.Int("key")})
		},
	}
}

func filterFrom(c *cli.Context) (graph.Filter, error) {
	f, err := buildFilter(c.String, c.StringSlice)
	if err != nil {
		return f, hint.New(usageError{err}, hint.Of(err)) // the hint outside, where report finds it
	}
	return f, nil
}

// buildFilter is the filter named by the filter flags (or the query
// parameters of the same names, for serve), validated, with whole days;
// its error is filterMessage's.
func buildFilter(one func(string) string, many func(string) []string) (graph.Filter, error) {
	f := graph.Filter{Topics: many("topic"), Entities: many("entity"), Places: many("place"),
		From: one("from"), To: one("to"), Sources: many("source"), AsOf: one("as-of")}
	for _, k := range many("kind") {
		f.Kinds = append(f.Kinds, timeline.Kind(k))
	}
	for _, st := range many("status") {
		f.Statuses = append(f.Statuses, timeline.Status(st))
	}
	for _, ce := range many("certainty") {
		f.Certainties = append(f.Certainties, timeline.Certainty(ce))
	}
	if err := f.Validate(); err != nil {
		return f, filterMessage(f, err)
	}
	// the title and the stores see whole days
	f.From, f.To = f.Days()
	f.AsOf = f.AsOfDay()
	return f, nil
}

// filterMessage says what is wrong with a filter in the words of its flags.
func filterMessage(f graph.Filter, err error) error {
	var fe *graph.FilterError
	if !errors.As(err, &fe) {
		return err
	}
	switch {
	case errors.Is(err, graph.ErrUnknownKind):
		return fmt.Errorf("unknown --kind %q (known: %s)", fe.Value, strings.Join(graph.Strings(timeline.Kinds), ", "))
	case errors.Is(err, graph.ErrUnknownStatus):
		return hint.New(fmt.Errorf("unknown --status %q", fe.Value), fe.Hint())
	case errors.Is(err, graph.ErrUnknownCertainty):
		return hint.New(fmt.Errorf("unknown --certainty %q", fe.Value), fe.Hint())
	case errors.Is(err, graph.ErrNotADate) && fe.Field == "as-of":
		return hint.New(fmt.Errorf("--as-of %q is not a date", fe.Value), fe.Hint())
	case errors.Is(err, graph.ErrNotADate) && fe.Field == "from":
		return fmt.Errorf("--from %q is not a date; use 2026-01-15, 2026-01 or 2026", fe.Value)
	case errors.Is(err, graph.ErrNotADate):
		return fmt.Errorf("--to %q is not a date; use 2026-01-31, 2026-01 or 2026", fe.Value)
	case errors.Is(err, graph.ErrEmptyRange):
		from, to := f.Days()
		return fmt.Errorf("--from %s is after --to %s", from, to)
	}
	return err
}

// defaultTitle says what the chronology is of, from its filters.
func defaultTitle(f graph.Filter) string {
	var parts []string
	if len(f.Topics) > 0 {
		parts = append(parts, strings.Join(f.Topics, " or "))
	}
	if len(f.Entities) > 0 {
		parts = append(parts, "with "+strings.Join(f.Entities, " and "))
	}
	if len(f.Places) > 0 {
		parts = append(parts, "at "+strings.Join(f.Places, " or "))
	}
	if len(f.Kinds) > 0 {
		parts = append(parts, "("+strings.Join(graph.Strings(f.Kinds), ", ")+")")
	}
	if qualities := append(graph.Strings(f.Statuses), graph.Strings(f.Certainties)...); len(qualities) > 0 {
		parts = append(parts, "("+strings.Join(qualities, ", ")+")")
	}
	if len(f.Sources) > 0 {
		parts = append(parts, "reported by "+strings.Join(f.Sources, " or "))
	}
	switch {
	case f.From != "" && f.To != "":
		parts = append(parts, "from "+f.From+" to "+f.To)
	case f.From != "":
		parts = append(parts, "from "+f.From)
	case f.To != "":
		parts = append(parts, "until "+f.To)
	}
	if f.AsOf != "" {
		parts = append(parts, "as known on "+f.AsOf)
	}
	if len(parts) == 0 {
		return "Chronology"
	}
	return "Chronology: " + strings.Join(parts, " ")
}

func runTimeline(ctx context.Context, e *env, o timelineOptions) error {
	format, ok := render.Canonical(o.format)
	if !ok {
		return usageError{fmt.Errorf("unknown format %q (known: %s)", o.format, strings.Join(render.Formats, ", "))}
	}
	if err := checkLayout(format, o.groupBy, o.key); err != nil {
		return err
	}
	stamp, err := sourceDateEpoch()
	if err != nil {
		return err
	}
	x, err := newExtractor(o.gazetteer)
	if err != nil {
		return err
	}
	if err := checkTopics(x, o.filter); err != nil {
		return err
	}
	if err := checkOutput(o.output, o.store); err != nil {
		return err
	}
	st, err := openExistingStore(ctx, o.store)
	if err != nil {
		return err
	}
	defer st.Close()
	out, err := timelineBytes(ctx, st, x, o, stamp)
	if err != nil {
		return err
	}
	return writeOutput(e, o.output, out)
}

// checkTopics refuses a topic the gazetteer does not know (a usage error).
func checkTopics(x *extract.Extractor, f graph.Filter) error {
	for _, t := range f.Topics {
		if ok, known := knownTopic(x, t); !ok {
			return hint.New(usageError{fmt.Errorf("unknown --topic %q (known: %s)", t, known)},
				"storygraph topics lists them with their names and numbers of events")
		}
	}
	return nil
}

// timelineBytes renders the chronology of o.filter from an open store, as
// timeline prints it (serve's /timeline and / answer with it).
func timelineBytes(ctx context.Context, st graph.Store, x *extract.Extractor, o timelineOptions, stamp time.Time) ([]byte, error) {
	if err := checkNames(ctx, st, o.store, o.filter, x.Gazetteer); err != nil {
		return nil, err
	}
	recs, err := st.Events(ctx, o.filter)
	if err != nil {
		return nil, fmt.Errorf("query %s: %w", o.store.describe(), err)
	}
	title := o.title
	if title == "" {
		title = topicTitle(o.filter, x)
	}
	var buf bytes.Buffer
	if err := render.Write(&buf, o.format, render.Chronology{Title: title, Explain: o.explain, GroupBy: o.groupBy,
		Entries: chronology.Key(chronologyOf(recs, x, o.noMerge), o.key), Now: stamp,
		Locate: render.GazetteerLocator(x.Gazetteer), TopicNames: topicNames(x)}); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}

// checkLayout checks --group-by and --key before any work is done.
func checkLayout(format, groupBy string, key int) error {
	if groupBy != "" && !slices.Contains(render.GroupBys, groupBy) {
		return hint.New(usageError{fmt.Errorf("unknown --group-by %q (known: %s)", groupBy, strings.Join(render.GroupBys, ", "))},
			"group by day, week or month, e.g. --group-by week")
	}
	if groupBy != "" && format != "text" && format != "markdown" {
		return hint.New(usageError{fmt.Errorf("--group-by is for --format text or markdown, not %s", format)},
			"drop --group-by, or use --format markdown")
	}
	if key < 0 {
		return hint.New(usageError{fmt.Errorf("--key %d is not a number of entries", key)}, "give how many entries to keep, e.g. --key 15")
	}
	return nil
}

// topicNames are the gazetteer's topic names by id.
func topicNames(x *extract.Extractor) map[string]string {
	names := map[string]string{}
	for _, t := range x.Gazetteer.Topics {
		if t.Name != "" {
			names[t.ID] = t.Name
		}
	}
	return names
}

// topicTitle is the default title of a chronology: the topics by their
// names in the gazetteer ("Peace negotiations"), which is what editors
// publish, then the other filters; without a topic, defaultTitle's.
func topicTitle(f graph.Filter, x *extract.Extractor) string {
	if len(f.Topics) == 0 {
		return defaultTitle(f)
	}
	names := topicNames(x)
	var topics []string
	for _, id := range f.Topics {
		name := id
		if n := names[id]; n != "" {
			name = n
		}
		topics = append(topics, name)
	}
	rest := f
	rest.Topics = nil
	if r := defaultTitle(rest); r != "Chronology" {
		return strings.Join(topics, " or ") + " " + strings.TrimPrefix(r, "Chronology: ")
	}
	return strings.Join(topics, " or ")
}

// sourceDateEpoch is the iCalendar DTSTAMP a user pins with
// SOURCE_DATE_EPOCH (the reproducible-builds convention); unset, it is zero
// and the calendar is stamped with the newest publication date it cites,
// so the same store gives the same bytes without reading a clock.
func sourceDateEpoch() (time.Time, error) {
	v := os.Getenv("SOURCE_DATE_EPOCH")
	if v == "" {
		return time.Time{}, nil
	}
	n, err := strconv.ParseInt(v, 10, 64)
	if err != nil || n < 0 {
		return time.Time{}, hint.New(usageError{fmt.Errorf("SOURCE_DATE_EPOCH %q is not a number of seconds since 1970", v)},
			"set it to e.g. $(date +%s), or unset it to stamp calendars with the newest publication date")
	}
	return time.Unix(n, 0).UTC(), nil
}

// writeOutput writes to stdout, or to a file atomically (see
// internal/outfile), so a failed run never leaves half a file.
func writeOutput(e *env, path string, data []byte) error {
	if path == "" || path == "-" {
		_, err := e.stdout.Write(data)
		return err
	}
	err := outfile.Write(path, data)
	switch {
	case errors.Is(err, outfile.ErrFolder):
		return hint.New(fmt.Errorf("--output %w", err), "name a file, e.g. "+filepath.Join(path, "chronology.html"))
	case errors.Is(err, outfile.ErrDatabase):
		return hint.New(usageError{fmt.Errorf("--output %w; it was left as it was", err)}, "--output names the file to write the result to, not the store (that is --db); name another file")
	case err != nil:
		return hint.New(fmt.Errorf("write --output %s: %w; the file was left as it was", path, err), "check that the folder of --output exists, is writable and has room")
	}
	return nil
}
