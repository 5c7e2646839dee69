package ingest

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/mmcdole/gofeed/rss"
	"github.com/storygraph/storygraph/graph"
	"github.com/storygraph/storygraph/timeline"
	"github.com/storygraph/storygraph/timeline/article"
	"github.com/storygraph/storygraph/timeline/extract"
	"github.com/storygraph/storygraph/timeline/fetch"
)

// WatchOptions configure Watch: the store and extraction as for Run, the
// fetcher, the feeds and how often to poll them.
type WatchOptions struct {
	Options
	Fetcher *fetch.Fetcher
	Feeds   []string
	// Interval is the time between the start of two polls (default 15 min).
	// A feed whose own TTL (RSS <ttl>) or Cache-Control max-age is longer
	// is fetched only when that much time has passed (at most a day).
	Interval time.Duration
	// Polls stops Watch after that many polls; 0 polls until ctx ends.
	Polls int
	// Clock is what Watch reads and waits on (default: the system clock).
	Clock fetch.Clock
	// OnPoll is called after each poll with what it did.
	OnPoll func(PollSummary)
	// OnFeed is called after each feed of a poll (fetched or not due) with
	// the feeds done and the total: a progress bar's ticks.
	OnFeed func(poll, done, total int)
}

// PollSummary counts what one poll did. Stored, Updated and Unchanged are
// the store's outcomes for the articles written; Seen are feed items
// already stored at the same version, which are not fetched again.
type PollSummary struct {
	Poll        int `json:"poll"`
	Feeds       int `json:"feeds"`
	NotDue      int `json:"not_due"` // feeds whose TTL or max-age has not run out: not fetched
	NotModified int `json:"not_modified"`
	Items       int `json:"items"`
	Seen        int `json:"seen"`
	New         int `json:"new"`
	Updated     int `json:"updated"`
	Unchanged   int `json:"unchanged"`
	Failed      int `json:"failed"`
}

// String renders a poll for one log line.
func (p PollSummary) String() string {
	notDue := ""
	if p.NotDue > 0 {
		notDue = fmt.Sprintf(" (%d not due)", p.NotDue)
	}
	return fmt.Sprintf("poll %d: %d feed(s)%s, %d not modified; %d item(s): %d new, %d updated, %d unchanged, %d already seen, %d failed",
		p.Poll, p.Feeds, notDue, p.NotModified, p.Items, p.New, p.Updated, p.Unchanged, p.Seen, p.Failed)
}

// maxPace is the longest a feed's TTL or max-age may keep it unpolled.
const maxPace = 24 * time.Hour

// ErrNoFetchState is returned by Watch for a store that cannot keep fetch
// state.
var ErrNoFetchState = errors.New("this store cannot keep fetch state")

// Watch polls the feeds until ctx ends (or opts.Polls polls are done): each
// poll fetches every feed with a conditional GET, and each item whose
// version (its link, dates and text as the feed gives them) is not stored
// yet has its page fetched, read, extracted and stored. Fetch state goes to
// the store after the articles it describes, so a crash between the two
// fetches an item again rather than losing it, and a restart fetches
// nothing that has not changed. A cancelled ctx ends Watch after the
// current feed's batch, with a nil error.
func Watch(ctx context.Context, opts WatchOptions) error {
	states, ok := opts.Store.(graph.FetchStates)
	if !ok {
		return ErrNoFetchState
	}
	if err := opts.Store.Init(ctx); err != nil {
		return err
	}
	clock := opts.Clock
	if clock == nil {
		clock = fetch.SystemClock{}
	}
	interval := opts.Interval
	if interval <= 0 {
		interval = 15 * time.Minute
	}
	w := &watcher{opts: opts, states: states, clock: clock, interval: interval, due: map[string]time.Time{}}
	for poll := 1; ; poll++ {
		start := clock.Now()
		sum, err := w.poll(ctx, poll)
		if opts.OnPoll != nil {
			opts.OnPoll(sum)
		}
		if err != nil {
			if ctx.Err() != nil {
				return nil // stopped: what was stored is consistent
			}
			return err
		}
		if opts.Polls > 0 && poll >= opts.Polls {
			return nil
		}
		if err := clock.Sleep(ctx, interval-clock.Now().Sub(start)); err != nil {
			return nil
		}
	}
}

type watcher struct {
	opts     WatchOptions
	states   graph.FetchStates
	clock    fetch.Clock
	interval time.Duration
	// due is when each feed may be fetched again: its poll's start plus the
	// longest of the interval, its TTL and its max-age (pace). Kept in
	// memory: after a restart each feed costs one conditional GET.
	due   map[string]time.Time
	start time.Time // of the current poll
}

// poll fetches each feed once. A feed that fails is reported and counted;
// the others go on. Only a store error (or ctx) ends the poll early.
func (w *watcher) poll(ctx context.Context, n int) (PollSummary, error) {
	sum := PollSummary{Poll: n, Feeds: len(w.opts.Feeds)}
	w.start = w.clock.Now()
	for i, feed := range w.opts.Feeds {
		if err := ctx.Err(); err != nil {
			return sum, err
		}
		if w.start.Before(w.due[feed]) {
			sum.NotDue++
		} else if err := w.feed(ctx, feed, &sum); err != nil {
			return sum, err
		}
		if w.opts.OnFeed != nil {
			w.opts.OnFeed(n, i+1, len(w.opts.Feeds))
		}
	}
	return sum, nil
}

func (w *watcher) report(name string, err error) {
	if w.opts.OnError != nil {
		var ae *article.Error
		if errors.As(err, &ae) {
			w.opts.OnError(ae)
			return
		}
		w.opts.OnError(&article.Error{Name: name, Msg: err.Error()})
	}
}

// feed polls one feed: a conditional GET, then its new or changed items.
func (w *watcher) feed(ctx context.Context, feedURL string, sum *PollSummary) error {
	known, err := w.states.FetchStates(ctx, []string{feedURL})
	if err != nil {
		return err
	}
	prev := known[feedURL]
	res, err := w.opts.Fetcher.Fetch(ctx, feedURL, fetch.State{URL: feedURL, ETag: prev.ETag, LastModified: prev.LastModified})
	if err != nil {
		if ctx.Err() != nil {
			return ctx.Err()
		}
		sum.Failed++
		w.report(feedURL, err)
		return nil
	}
	feedState := graph.FetchState{URL: feedURL, ETag: res.ETag, LastModified: res.LastModified, FetchedAt: w.clock.Now().UTC()}
	w.due[feedURL] = w.start.Add(pace(w.interval, res.MaxAge, feedTTL(res.Body)))
	if res.NotModified {
		sum.NotModified++
		return w.states.PutFetchStates(ctx, []graph.FetchState{feedState})
	}
	items, errs := article.Read(feedURL, res.Body)
	for _, e := range errs { // a broken item is reported; the others go on
		sum.Failed++
		w.report(feedURL, e)
	}
	sum.Items += len(items)
	keys, versions := make([]string, len(items)), make([]string, len(items))
	for i := range items {
		versions[i] = itemVersion(&items[i])
		keys[i] = itemKey(&items[i], versions[i])
	}
	seen, err := w.states.FetchStates(ctx, keys)
	if err != nil {
		return err
	}
	var batch []*timeline.Extraction
	newStates := []graph.FetchState{}
	for i := range items {
		version := versions[i]
		if st, ok := seen[keys[i]]; ok && st.Version == version {
			sum.Seen++
			continue
		}
		doc, err := w.page(ctx, &items[i])
		if err != nil {
			if ctx.Err() != nil {
				break // store what is done, then stop
			}
			sum.Failed++
			w.report(items[i].Name, err)
			continue
		}
		ex, xerr := extract.Extract(w.opts.Extractor, doc)
		if xerr != nil {
			sum.Failed++
			w.report(doc.Name, xerr)
			continue
		}
		batch = append(batch, ex)
		newStates = append(newStates, graph.FetchState{URL: keys[i], Version: version, FetchedAt: w.clock.Now().UTC()})
	}
	if len(batch) > 0 {
		// Not ctx: a stop asked for during the fetches still stores what
		// was fetched, in one transaction.
		outcomes, err := w.opts.Store.Put(context.WithoutCancel(ctx), batch)
		if err != nil {
			return err
		}
		for _, o := range outcomes {
			switch o {
			case graph.New:
				sum.New++
			case graph.Updated:
				sum.Updated++
			case graph.Unchanged:
				sum.Unchanged++
			}
		}
	}
	if ctx.Err() != nil {
		// The feed's validators are not saved: the next run reads it again
		// and finds the items not fetched this time.
		return errors.Join(ctx.Err(), w.states.PutFetchStates(context.WithoutCancel(ctx), newStates))
	}
	return w.states.PutFetchStates(ctx, append(newStates, feedState))
}

// page fetches an item's own page and reads the article from it; an item
// without a link, or whose page holds no article text, stands for itself.
// The feed's title, date and outlet fill what the page lacks.
func (w *watcher) page(ctx context.Context, item *article.Doc) (*article.Doc, error) {
	if item.URL == "" {
		return item, nil
	}
	res, err := w.opts.Fetcher.Fetch(ctx, item.URL, fetch.State{URL: item.URL})
	if err != nil {
		return nil, err
	}
	docs, errs := article.Read(item.URL, res.Body)
	if len(docs) != 1 || len(docs[0].Blocks) == 0 {
		if len(errs) > 0 && len(item.Blocks) == 0 {
			return nil, errs[0]
		}
		return item, nil // not an article page: the feed's text is what we have
	}
	d := &docs[0]
	d.Name = item.URL
	if d.URL == "" {
		d.URL = item.URL
	}
	if d.Title == "" {
		d.Title = item.Title
	}
	if d.Published == "" {
		d.Published = item.Published
	}
	if d.Source == "" {
		d.Source = item.Source
	}
	return d, nil
}

// itemKey is what an item's fetch state is kept under: its link, else its
// version (a hash of its text).
func itemKey(d *article.Doc, version string) string {
	if d.URL != "" {
		return d.URL
	}
	return "item:" + version
}

// itemVersion changes when the feed says the item changed: its link, date,
// title or text.
func itemVersion(d *article.Doc) string {
	h := sha256.New()
	for _, s := range []string{d.URL, d.Published, d.Title, d.Text} {
		h.Write([]byte(s))
		h.Write([]byte{0})
	}
	return hex.EncodeToString(h.Sum(nil)[:12])
}

// pace is how long a feed rests after a fetch: the longest of the
// interval, the server's max-age and the feed's TTL, at most maxPace.
func pace(interval, maxAge, ttl time.Duration) time.Duration {
	return min(max(interval, maxAge, ttl), max(interval, maxPace))
}

// feedTTL is an RSS feed's <ttl> (minutes it may be cached), 0 when it has
// none; read by gofeed's RSS parser, and only when the body has the tag.
func feedTTL(body []byte) time.Duration {
	if !bytes.Contains(body, []byte("<ttl>")) {
		return 0
	}
	f, err := (&rss.Parser{}).Parse(bytes.NewReader(body))
	if err != nil {
		return 0
	}
	n, err := strconv.Atoi(strings.TrimSpace(f.TTL))
	if err != nil || n <= 0 {
		return 0
	}
	return time.Duration(n) * time.Minute
}
