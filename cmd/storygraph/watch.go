package main

import (
	"context"
	"fmt"
	"time"

	"github.com/schollz/progressbar/v3"
	"github.com/storygraph/storygraph/graph/ingest"
	"github.com/storygraph/storygraph/internal/hint"
	"github.com/storygraph/storygraph/timeline/article"
	"github.com/storygraph/storygraph/timeline/extract"
	"github.com/storygraph/storygraph/timeline/fetch"
	"github.com/urfave/cli/v2"
)

type watchOptions struct {
	feeds     []string
	store     storeSettings
	gazetteer []string
	interval  time.Duration
	polls     int
	enrich    bool
}

func watchCommand(e *env) *cli.Command {
	return &cli.Command{
		Name:      "watch",
		Usage:     "poll news feeds and store each new or changed article once",
		ArgsUsage: "FEED... (RSS/Atom feed URLs, or files listing them: OPML or one URL a line)",
		Description: `Fetches every feed at each poll (a conditional GET: an unchanged feed costs
one 304), fetches the page of each new or changed item (robots.txt obeyed,
one request a second per host, retries on 429 and 5xx), extracts its events
and stores them. What was fetched is kept in the store, so a restart fetches
nothing twice. One line per poll on stdout; each failed feed or page on
stderr, and the watch goes on. SIGINT or SIGTERM stop it after the current
feed, with what was fetched stored. With --enrich, a poll that stored new or
changed articles then brings the stored Related Articles lists up to date,
as 'enrich --write' does (only the lists the new articles change).`,
		Flags: append(dbFlags(), gazetteerFlag(),
			&cli.DurationFlag{Name: "interval", Value: 15 * time.Minute, Usage: "time between two polls", EnvVars: []string{"STORYGRAPH_WATCH_INTERVAL"}},
			&cli.IntFlag{Name: "polls", Usage: "stop after `N` polls (0: until stopped)"},
			&cli.BoolFlag{Name: "enrich", Usage: "after a poll that stored articles, update the stored Related Articles lists (enrich --write)"}),
		Action: func(c *cli.Context) error {
			if c.NArg() == 0 {
				return usageError{fmt.Errorf("watch needs at least one FEED")}
			}
			if c.Duration("interval") < time.Minute && c.Int("polls") != 1 {
				return usageError{fmt.Errorf("--interval %s is shorter than a minute; feeds are not polled that often", c.Duration("interval"))}
			}
			return runWatch(c.Context, e, watchOptions{feeds: c.Args().Slice(), store: storeSettingsFrom(c),
				gazetteer: c.StringSlice("gazetteer"), interval: c.Duration("interval"), polls: c.Int("polls"), enrich: c.Bool("enrich")})
		},
	}
}

// feedURLs turns the arguments into feed URLs: a URL as it is, a file as
// the feed list it holds. Bad files and lines are reported; the rest go on.
func feedURLs(e *env, args []string) (urls []string, failed int) {
	for _, a := range args {
		if extract.IsURL(a) {
			urls = append(urls, a)
			continue
		}
		data, rerr := extract.ReadInput(extract.Input{Name: a, Path: a}, nil)
		if rerr != nil {
			failed++
			rerr.Hint = "give a feed URL, or a file of feed URLs (OPML, or one URL a line)"
			reportInputError(e, rerr)
			continue
		}
		feeds, errs := fetch.ReadFeedList(a, data)
		for _, le := range errs {
			failed++
			report(e, hint.New(le, le.Hint))
		}
		for _, f := range feeds {
			urls = append(urls, f.URL)
		}
	}
	return urls, failed
}

func runWatch(ctx context.Context, e *env, o watchOptions) error {
	feeds, failed := feedURLs(e, o.feeds)
	if len(feeds) == 0 {
		return hint.New(fmt.Errorf("nothing to watch: no feed URL in the %d argument(s)", len(o.feeds)), "give RSS or Atom feed URLs (https://…), or an OPML file of them")
	}
	x, err := newExtractor(o.gazetteer)
	if err != nil {
		return err
	}
	st, err := openStore(ctx, o.store)
	if err != nil {
		return err
	}
	defer st.Close()
	fmt.Fprintf(e.stdout, "watching %d feed(s) into %s every %s\n", len(feeds), o.store.describe(), o.interval)
	// on a terminal, a bar per poll over its feeds, cleared when it is done
	var bar *progressbar.ProgressBar
	onFeed := func(poll, done, total int) {
		if !e.stderrTTY {
			return
		}
		if done == 1 {
			bar = progressbar.NewOptions(total, progressbar.OptionSetWriter(e.stderr),
				progressbar.OptionSetDescription(fmt.Sprintf("poll %d", poll)), progressbar.OptionShowCount(),
				progressbar.OptionClearOnFinish(), progressbar.OptionThrottle(100_000_000))
		}
		_ = bar.Set(done)
	}
	err = ingest.Watch(ctx, ingest.WatchOptions{
		Options: ingest.Options{Store: st, Options: extract.Options{Extractor: x,
			OnError: func(err *article.Error) { failed++; reportInputError(e, err) }}},
		Fetcher:  fetch.New(fetch.Options{}),
		Feeds:    feeds,
		Interval: o.interval,
		Polls:    o.polls,
		OnFeed:   onFeed,
		OnPoll: func(p ingest.PollSummary) {
			fmt.Fprintf(e.stdout, "%s %s\n", time.Now().UTC().Format(time.RFC3339), p)
			if o.enrich && p.New+p.Updated > 0 && ctx.Err() == nil {
				enrichAfterPoll(ctx, e, o)
			}
		},
	})
	if err != nil {
		return hint.New(fmt.Errorf("watch into %s: %w", o.store.describe(), err), "what was fetched before the error is stored; run the same command again to go on")
	}
	if ctx.Err() != nil {
		fmt.Fprintln(e.stdout, "stopped; everything fetched so far is stored")
	}
	if failed > 0 {
		return partialError{failed}
	}
	return nil
}

// enrichAfterPoll updates the stored Related Articles lists after a poll
// that stored articles (enrichStored; its one summary line joins the
// poll's). A failure is reported and the watch goes on: the next poll's
// enrich catches up.
func enrichAfterPoll(ctx context.Context, e *env, o watchOptions) {
	if err := enrichStored(ctx, e, o.store, o.gazetteer); err != nil {
		report(e, hint.New(fmt.Errorf("enrich after the poll: %w", err), "the articles are stored; the next poll that stores articles tries again, or run storygraph enrich --write"))
	}
}

// urlFetcher is the fetch function ingest gives extract.Each for URL
// inputs: one polite fetcher for the whole run.
func urlFetcher() func(ctx context.Context, url string) ([]byte, error) {
	f := fetch.New(fetch.Options{})
	return func(ctx context.Context, url string) ([]byte, error) {
		res, err := f.Fetch(ctx, url, fetch.State{})
		if err != nil {
			return nil, err
		}
		return res.Body, nil
	}
}
