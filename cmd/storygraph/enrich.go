package main

import (
	"bytes"
	"cmp"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"html/template"
	"time"

	"github.com/storygraph/storygraph/graph"
	"github.com/storygraph/storygraph/graph/related"
	"github.com/storygraph/storygraph/internal/hint"
	"github.com/storygraph/storygraph/timeline"
	"github.com/storygraph/storygraph/timeline/chronology"
	"github.com/storygraph/storygraph/timeline/timex"
	"github.com/urfave/cli/v2"
)

func enrichCommand(e *env) *cli.Command {
	return &cli.Command{
		Name:      "enrich",
		Usage:     "compute the Related Articles lists of many stored articles, print them for a CMS, store them with --write",
		ArgsUsage: " ",
		Description: `Ranks, for each selected stored article, the related articles as the
related command does. Without --all or --since it is incremental: only the
articles whose list is not stored or was computed from another version of
the article, and their neighbours (the articles they now rank highest and
those whose stored lists link to them), since the score is symmetric.

--write stores the lists: (:Article)-[:RELATED_TO {rank, score, reasons,
computedAt}]->(:Article) in Neo4j, the related table in the embedded store.
Formats: text; json; jsonl (one line per article: its URL, and the related
URLs, titles, dates and reasons); html (a snippet per article, to paste
under "Related Articles"). With --write and no --format it prints a summary.`,
		Flags: append(dbFlags(), gazetteerFlag(),
			&cli.BoolFlag{Name: "all", Usage: "every stored article"},
			&cli.StringFlag{Name: "since", Usage: "the articles published on or after `DATE` (YYYY-MM-DD)"},
			&cli.BoolFlag{Name: "write", Usage: "store the lists in the store"},
			&cli.IntFlag{Name: "limit", Aliases: []string{"n"}, Value: 5, Usage: "at most `N` related articles per list"},
			&cli.StringSliceFlag{Name: "exclude-source", Usage: "leave out related articles of this `OUTLET` (repeatable)"},
			&cli.StringFlag{Name: "format", Aliases: []string{"f"}, Usage: "text, json, jsonl or html (default: text, or a summary with --write)"},
			&cli.TimestampFlag{Name: "computed-at", Layout: time.RFC3339, Usage: "stamp the lists with `TIME` (RFC 3339) instead of now, for reproducible output"}),
		Action: func(c *cli.Context) error {
			if c.NArg() > 0 {
				return usageError{fmt.Errorf("enrich takes no ARTICLE (%q): it works on the stored articles; use related for one", c.Args().First())}
			}
			if c.Bool("all") && c.String("since") != "" {
				return usageError{errors.New("give --all or --since, not both")}
			}
			f := c.String("format")
			if f != "" && f != "text" && f != "json" && f != "jsonl" && f != "html" {
				return usageError{fmt.Errorf("unknown format %q for enrich (known: text, json, jsonl, html)", f)}
			}
			o, err := relatedOptions(c.Int("limit"), c.String("since"), c.StringSlice("exclude-source"))
			if err != nil {
				return err
			}
			o.Since = "" // --since selects the articles, not their related
			now := time.Now()
			if t := c.Timestamp("computed-at"); t != nil {
				now = *t
			}
			opts := enrichOptions{all: c.Bool("all"), since: c.String("since"), write: c.Bool("write"), format: f, related: o}
			return runEnrich(c.Context, e, storeSettingsFrom(c), c.StringSlice("gazetteer"), opts, now)
		},
	}
}

type enrichOptions struct {
	all     bool
	since   string
	write   bool
	format  string // "" for the default
	related related.Options
}

func runEnrich(ctx context.Context, e *env, set storeSettings, gaz []string, o enrichOptions, now time.Time) error {
	st, err := openExistingStore(ctx, set)
	if err != nil {
		return err
	}
	defer st.Close()
	rs, ok := st.(graph.Relations)
	if !ok {
		return fmt.Errorf("%s cannot store related articles", set.describe())
	}
	ix, err := loadRelated(ctx, st, gaz)
	if err != nil && ctx.Err() != nil {
		return enrichInterrupted(set, o.write, 0, -1)
	}
	if err != nil {
		return err
	}
	var ids []string
	changed, neighbours := 0, 0
	switch {
	case o.all:
		ids = ix.IDs()
	case o.since != "":
		for _, id := range ix.IDs() {
			if src, _ := ix.Source(id); len(src.Published) >= 10 && src.Published >= o.since {
				ids = append(ids, id)
			}
		}
	default:
		states, err := rs.RelatedStates(ctx)
		if err != nil {
			return err
		}
		stale := ix.Stale(states)
		changed = len(stale)
		ids = stale
		if len(stale) < len(ix.IDs()) {
			more, err := ix.Neighbours(ctx, stale, states, o.related, rs.RelatedLinking, 0)
			if err != nil {
				return err
			}
			neighbours = len(more)
			ids = append(ids, more...)
		}
	}
	// ranked and stored a batch at a time: an interruption (ctx) stops the
	// ranking within an article, and the batches stored before it stay.
	// The changed articles' lists go last: until theirs are stored they
	// stay stale, so a rerun after an interruption still recomputes their
	// neighbours. Printed in the order of ids.
	work := append(ids[changed:len(ids):len(ids)], ids[:changed]...)
	const batch = 1000 // lists per transaction: bounded memory on Neo4j
	var done []related.List
	for i := 0; i < len(work); i += batch {
		part, err := ix.Lists(ctx, work[i:min(i+batch, len(work))], o.related, 0)
		if err == nil && o.write {
			stored := make([]graph.RelatedList, 0, len(part))
			for _, l := range part {
				stored = append(stored, ix.Stored(l, now))
			}
			err = rs.PutRelated(ctx, stored)
		}
		if err != nil && ctx.Err() != nil {
			return enrichInterrupted(set, o.write, i, len(work))
		}
		if err != nil {
			return err
		}
		done = append(done, part...)
	}
	lists := append(done[len(ids)-changed:len(ids):len(ids)], done[:len(ids)-changed]...)
	var buf bytes.Buffer
	format := o.format
	if format == "" && !o.write {
		format = "text"
	}
	switch format {
	case "":
	case "jsonl":
		for _, l := range lists {
			if err := writeJSONLine(&buf, l); err != nil {
				return err
			}
		}
	case "html":
		for _, l := range lists {
			if err := snippet.Execute(&buf, l); err != nil {
				return err
			}
		}
	case "json":
		if lists == nil {
			lists = []related.List{}
		}
		if err := encodeJSON(&buf, lists); err != nil {
			return err
		}
	default:
		if err := writeRelated(&buf, "text", lists); err != nil {
			return err
		}
	}
	summary := fmt.Sprintf("enriched %d of %d article(s)", len(lists), len(ix.IDs()))
	if !o.all && o.since == "" {
		summary += fmt.Sprintf(" (%d changed, %d neighbour(s))", changed, neighbours)
	}
	if o.write {
		summary += fmt.Sprintf("; stored %d list(s) in %s, computed at %s", len(lists), set.describe(), now.UTC().Format(time.RFC3339))
	}
	if format == "" {
		fmt.Fprintln(&buf, summary)
	} else {
		fmt.Fprintln(e.stderr, "storygraph: "+summary)
	}
	_, err = e.stdout.Write(buf.Bytes())
	return err
}

// enrichStored is what ingest --enrich and watch --enrich run after
// storing articles: the incremental 'enrich --write' with enrich's default
// limit, which recomputes the lists the new or changed articles change
// and prints its summary line.
func enrichStored(ctx context.Context, e *env, set storeSettings, gaz []string) error {
	o, err := relatedOptions(5, "", nil)
	if err != nil {
		return err
	}
	return runEnrich(ctx, e, set, gaz, enrichOptions{write: true, related: o}, time.Now())
}

// enrichInterrupted says what an enrich stopped by a signal did: the lists
// of the batches before the one in progress are stored (with --write).
// total is -1 when it was still reading the store.
func enrichInterrupted(set storeSettings, write bool, stored, total int) error {
	of, rest := fmt.Sprintf("%d of %d list(s)", stored, total), "; the batch in progress is not stored"
	if total < 0 {
		of, rest = "no list", " (it was reading the store)"
	}
	if !write {
		return hint.New(fmt.Errorf("interrupted: enrich ranked %s and printed none", of), "run the same command again")
	}
	return hint.New(fmt.Errorf("interrupted: enrich stored %s in %s%s", of, set.describe(), rest), "run the same command again to finish")
}

// cmsLink is a related article as a CMS takes it.
type cmsLink struct {
	// URL is "" for an article stored without one; ID is what ingest
	// stored it under.
	URL       string   `json:"url,omitempty"`
	ID        string   `json:"id"`
	Title     string   `json:"title"`
	Published string   `json:"published"`
	Source    string   `json:"source,omitempty"`
	Score     float64  `json:"score,omitempty"`
	Reasons   []string `json:"reasons,omitempty"`
	Copies    []string `json:"copies,omitempty"`
}

func cmsLinkOf(a timeline.Source) cmsLink {
	return cmsLink{URL: a.URL, ID: a.ID, Title: a.Title, Published: a.Published, Source: a.Source}
}

// writeJSONLine writes one list as a JSON line: the article and its
// related articles.
func writeJSONLine(buf *bytes.Buffer, l related.List) error {
	line := struct {
		cmsLink
		Related []cmsLink `json:"related"`
	}{cmsLink: cmsLinkOf(l.Article), Related: []cmsLink{}}
	for _, k := range l.Related {
		c := cmsLinkOf(k.Article)
		c.Score, c.Reasons = k.Score, k.Reasons
		for _, cp := range k.Copies {
			c.Copies = append(c.Copies, cmp.Or(cp.URL, cp.ID))
		}
		line.Related = append(line.Related, c)
	}
	enc := json.NewEncoder(buf)
	enc.SetEscapeHTML(false)
	return enc.Encode(line)
}

// precisions of a publication date by its length.
var precisions = map[int]timex.Precision{len("2006"): timex.Year, len("2006-01"): timex.Month, len("2006-01-02"): timex.Day}

// snippet is the HTML a page pastes under its "Related Articles" heading:
// one list per article, marked with the article's URL.
var snippet = template.Must(template.New("related").Funcs(template.FuncMap{
	"day": func(d string) string { return chronology.DateLabel(d, precisions[len(d)]) },
}).Parse(`<ul class="related-articles" data-article="{{or .Article.URL .Article.ID}}">
{{- range .Related}}
  <li>{{if .Article.URL}}<a href="{{.Article.URL}}">{{.Article.Title}}</a>{{else}}{{.Article.Title}}{{end}}{{if .Article.Published}} <time datetime="{{.Article.Published}}">{{day .Article.Published}}</time>{{end}}{{with .Reasons}} <span class="why">{{index . 0}}</span>{{end}}</li>
{{- end}}
</ul>
`))
