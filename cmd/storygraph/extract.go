package main

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"strings"

	"github.com/storygraph/storygraph/timeline"
	"github.com/storygraph/storygraph/timeline/article"
	"github.com/storygraph/storygraph/timeline/chronology"
	"github.com/urfave/cli/v2"
)

type extractOptions struct {
	paths     []string
	format    string
	gazetteer []string
}

func extractCommand(e *env) *cli.Command {
	return &cli.Command{
		Name:      "extract",
		Usage:     "print the events, entities and dates of articles, without a store",
		ArgsUsage: "PATH... (files, folders, globs, or - for JSON Lines on stdin)",
		Description: `Prints each article's extraction. With --format json the output is the
documented contract of README.md ("Extraction JSON"): one JSON object per
article, so 'storygraph extract a.txt --format json | jq .events' works.`,
		Flags: []cli.Flag{
			&cli.StringFlag{Name: "format", Aliases: []string{"f"}, Value: "text", Usage: "output `FORMAT`: text or json"},
			gazetteerFlag(),
		},
		Action: func(c *cli.Context) error {
			if c.NArg() == 0 {
				return usageError{fmt.Errorf("extract needs at least one PATH")}
			}
			return runExtract(c.Context, e, extractOptions{paths: c.Args().Slice(), format: c.String("format"), gazetteer: c.StringSlice("gazetteer")})
		},
	}
}

func runExtract(ctx context.Context, e *env, o extractOptions) error {
	if o.format != "json" && o.format != "text" {
		return usageError{fmt.Errorf("unknown format %q for extract (known: text, json)", o.format)}
	}
	x, err := newExtractor(o.gazetteer)
	if err != nil {
		return err
	}
	written := 0
	failed, err := extractEach(ctx, e, x, o.paths, func(_ *article.Doc, ex *timeline.Extraction) error {
		written++
		// render whole, then write: no half-written objects
		var buf bytes.Buffer
		if o.format == "json" {
			enc := json.NewEncoder(&buf)
			enc.SetIndent("", "  ")
			enc.SetEscapeHTML(false)
			if err := enc.Encode(ex); err != nil {
				return err
			}
		} else {
			writeExtractionText(&buf, ex)
		}
		_, err := e.stdout.Write(buf.Bytes())
		return err
	})
	if err != nil {
		return err
	}
	if failed > 0 && written == 0 {
		return fmt.Errorf("no article could be read (%d input(s) failed)", failed)
	}
	if failed > 0 {
		return partialError{failed}
	}
	return nil
}

func writeExtractionText(b *bytes.Buffer, ex *timeline.Extraction) {
	a := ex.Article
	fmt.Fprintf(b, "%s\n", a.Title)
	pub := a.Published
	if pub == "" {
		pub = "unknown"
	}
	fmt.Fprintf(b, "  published %s (%s)", pub, a.PublishedBasis)
	if a.Source != "" {
		fmt.Fprintf(b, ", %s", a.Source)
	}
	if a.AIGenerated {
		b.WriteString(", AI-generated")
	}
	b.WriteString("\n\n")
	for _, typ := range []timeline.EntityType{timeline.Person, timeline.Place, timeline.Organization} {
		var names []string
		for _, en := range ex.Entities {
			if en.Type == typ {
				n := en.Name
				if en.Discovered {
					n += " (discovered)"
				}
				names = append(names, n)
			}
		}
		if len(names) > 0 {
			fmt.Fprintf(b, "%-14s %s\n", typ+"s:", strings.Join(names, ", "))
		}
	}
	b.WriteString("\n")
	for _, ev := range ex.Events {
		date := chronology.WhenLabel(ev.Date, ev.Precision, ev.Time, ev.Timezone)
		fmt.Fprintf(b, "%s  [%s, %s, %s]\n  %s\n", date, ev.Kind, ev.Status, ev.Certainty, ev.Sentence)
		var who []string
		for _, p := range ev.Participants {
			who = append(who, p.Name+" ("+string(p.Role)+")")
		}
		if len(who) > 0 {
			fmt.Fprintf(b, "  who: %s\n", strings.Join(who, ", "))
		}
		if len(ev.Places) > 0 {
			fmt.Fprintf(b, "  where: %s\n", strings.Join(ev.Places, ", "))
		}
		if len(ev.Topics) > 0 {
			fmt.Fprintf(b, "  topics: %s\n", strings.Join(ev.Topics, ", "))
		}
		b.WriteString("\n")
	}
}
