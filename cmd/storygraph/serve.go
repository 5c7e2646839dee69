package main

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"net"
	"net/http"
	"os/signal"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"time"

	"github.com/storygraph/storygraph/graph"
	"github.com/storygraph/storygraph/graph/related"
	"github.com/storygraph/storygraph/internal/hint"
	"github.com/storygraph/storygraph/timeline"
	"github.com/storygraph/storygraph/timeline/article"
	"github.com/storygraph/storygraph/timeline/extract"
	"github.com/urfave/cli/v2"
)

func serveCommand(e *env) *cli.Command {
	return &cli.Command{
		Name:  "serve",
		Usage: "serve related articles, chronologies and entities over HTTP (read-only), for a CMS",
		Description: `A read-only HTTP server on 127.0.0.1 by default. Every endpoint answers GET:

   /related?url=URL[&limit=N]   the stored list of the article (enrich --write),
                                computed on the spot when it has none; 404 for
                                an article not stored
   /timeline?topic=&entity=&place=&kind=&from=&to=&status=&certainty=&source=&as-of=
                                the timeline command's filters and JSON
   /entity?name=NAME            the entity command's JSON
   /                            the chronology page (timeline --format html),
                                with the same filters as /timeline

Errors are JSON ({"error": …, "hint": …}): 400 for a bad parameter, 404 for
an unknown article or entity, 503 when a request takes longer than --timeout.
SIGINT or SIGTERM stops it after the requests in flight.`,
		Flags: append(dbFlags(), gazetteerFlag(),
			&cli.StringFlag{Name: "addr", Value: "127.0.0.1:8080", Usage: "listen on `HOST:PORT`"},
			&cli.StringFlag{Name: "base-path", Usage: "serve under `PATH` (\"/news\") behind a proxy"},
			&cli.DurationFlag{Name: "timeout", Value: 10 * time.Second, Usage: "answer 503 to a request not done within `DURATION`"}),
		Action: func(c *cli.Context) error {
			if c.NArg() > 0 {
				return usageError{fmt.Errorf("serve takes no arguments (%q)", c.Args().First())}
			}
			base := strings.TrimRight(c.String("base-path"), "/")
			if base != "" && !strings.HasPrefix(base, "/") {
				return usageError{fmt.Errorf("--base-path %q must start with /", c.String("base-path"))}
			}
			return runServe(c.Context, e, storeSettingsFrom(c), c.StringSlice("gazetteer"), c.String("addr"), base, c.Duration("timeout"))
		},
	}
}

func runServe(ctx context.Context, e *env, set storeSettings, gaz []string, addr, base string, timeout time.Duration) error {
	st, err := openExistingStore(ctx, set)
	if err != nil {
		return err
	}
	defer st.Close()
	srv, err := newServer(st, set, gaz)
	if err != nil {
		return err
	}
	ln, err := net.Listen("tcp", addr)
	if err != nil {
		return hint.New(fmt.Errorf("listen on %s: %w", addr, err), "give another --addr, e.g. --addr 127.0.0.1:8081")
	}
	hs := &http.Server{Handler: srv.handler(base, timeout), ReadHeaderTimeout: 5 * time.Second,
		ReadTimeout: 10 * time.Second, WriteTimeout: timeout + 5*time.Second, IdleTimeout: time.Minute}
	ctx, stop := signal.NotifyContext(ctx, syscall.SIGINT, syscall.SIGTERM)
	defer stop()
	fmt.Fprintf(e.stderr, "storygraph: serving %s at http://%s%s/ (Ctrl-C stops)\n", set.describe(), ln.Addr(), base)
	done := make(chan error, 1)
	go func() { done <- hs.Serve(ln) }()
	select {
	case err := <-done:
		return err
	case <-ctx.Done():
	}
	// graceful: the requests in flight finish, within the timeout
	sctx, cancel := context.WithTimeout(context.Background(), timeout)
	defer cancel()
	if err := hs.Shutdown(sctx); err != nil {
		return fmt.Errorf("stop serving: %w", err)
	}
	fmt.Fprintln(e.stderr, "storygraph: stopped serving")
	return nil
}

// server answers the HTTP endpoints from one open store.
type server struct {
	st  graph.Store
	rel graph.Relations // nil when the store keeps no lists
	an  graph.Analysis  // nil when the store answers no entity queries
	x   *extract.Extractor
	set storeSettings

	// slots bounds the requests at work at once on the embedded store
	// (nil: no bound): its pool keeps two idle connections, and each
	// request past them opened and closed a SQLite connection of its own
	// (the schema read again, an empty page cache), so 50 clients at once
	// queued on that instead of on the cores.
	slots chan struct{}

	// index ranks articles without a stored list; built at the first
	// need (reading every event), then kept for the server's life.
	once  sync.Once
	index *related.Index
	ixErr error
}

func newServer(st graph.Store, set storeSettings, gaz []string) (*server, error) {
	x, err := newExtractor(gaz)
	if err != nil {
		return nil, err
	}
	s := &server{st: st, x: x, set: set}
	if set.neo4jURI == "" {
		s.slots = make(chan struct{}, 2)
	}
	s.rel, _ = st.(graph.Relations)
	s.an, _ = st.(graph.Analysis)
	return s, nil
}

// httpError is an error with its status code.
type httpError struct {
	status int
	err    error
}

func (h httpError) Error() string { return h.err.Error() }
func (h httpError) Unwrap() error { return h.err }

func badRequest(err error) error { return httpError{http.StatusBadRequest, err} }
func notFound(err error) error   { return httpError{http.StatusNotFound, err} }

func (s *server) handler(base string, timeout time.Duration) http.Handler {
	mux := http.NewServeMux()
	mux.HandleFunc("/related", s.json(s.related))
	mux.HandleFunc("/timeline", s.json(s.timeline))
	mux.HandleFunc("/entity", s.json(s.entity))
	mux.HandleFunc("/", s.page)
	var h http.Handler = mux
	if base != "" {
		h = http.StripPrefix(base, mux)
	}
	return http.TimeoutHandler(readOnly(h), timeout, `{"error":"the request took too long"}`+"\n")
}

// readOnly refuses every method but GET and HEAD.
func readOnly(h http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.Method != http.MethodGet && r.Method != http.MethodHead {
			w.Header().Set("Allow", "GET, HEAD")
			writeError(w, httpError{http.StatusMethodNotAllowed, fmt.Errorf("%s is not allowed: the server is read-only", r.Method)})
			return
		}
		h.ServeHTTP(w, r)
	})
}

// json turns an endpoint into a handler: its bytes as JSON, or its error.
func (s *server) json(f func(*http.Request) ([]byte, error)) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		if s.slots != nil {
			select {
			case s.slots <- struct{}{}:
				defer func() { <-s.slots }()
			case <-r.Context().Done():
				writeError(w, httpError{http.StatusServiceUnavailable, errors.New("the request took too long")})
				return
			}
		}
		body, err := f(r)
		if err != nil {
			writeError(w, err)
			return
		}
		w.Header().Set("Content-Type", "application/json; charset=utf-8")
		w.Write(body)
	}
}

// writeError answers {"error": …, "hint": …} with the error's status: a
// usage error (a bad parameter) is 400, an httpError its own, anything
// else 500.
func writeError(w http.ResponseWriter, err error) {
	status := http.StatusInternalServerError
	var he httpError
	var ue usageError
	switch {
	case errors.As(err, &he):
		status = he.status
	case errors.As(err, &ue):
		status = http.StatusBadRequest
	}
	body := map[string]string{"error": err.Error()}
	if h := hint.Of(err); h != "" {
		body["hint"] = h
	}
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	w.Header().Set("X-Content-Type-Options", "nosniff")
	w.WriteHeader(status)
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	enc.Encode(body)
}

// relatedAnswer is /related's JSON.
type relatedAnswer struct {
	Article    timeline.Source     `json:"article"`
	ComputedAt *time.Time          `json:"computed_at"` // null when computed for this request
	Related    []graph.RelatedLink `json:"related"`
}

func (s *server) related(r *http.Request) ([]byte, error) {
	q := r.URL.Query()
	raw := q.Get("url")
	if raw == "" {
		return nil, badRequest(hint.New(errors.New("/related needs url"), "ask /related?url=https://… with a stored article's URL or id"))
	}
	limit := 5
	if v := q.Get("limit"); v != "" {
		n, err := strconv.Atoi(v)
		if err != nil || n < 1 || n > 100 {
			return nil, badRequest(fmt.Errorf("limit %q: give a number from 1 to 100", v))
		}
		limit = n
	}
	ctx := r.Context()
	// the URL as ingest stores it first: what a pasted URL most often is
	ids := []string{raw}
	if u := article.CanonicalURL(raw); u != "" && u != raw {
		ids = []string{u, raw}
	}
	// a stored list first: one indexed read, what a CMS asks most
	if s.rel != nil {
		for _, id := range ids {
			l, err := s.rel.Related(ctx, id)
			if errors.Is(err, graph.ErrNotFound) {
				continue
			}
			if err != nil {
				return nil, err
			}
			return marshal(relatedAnswer{Article: l.Article, ComputedAt: &l.ComputedAt, Related: l.Links[:min(limit, len(l.Links))]})
		}
	}
	var ex *timeline.Extraction
	for _, id := range ids {
		x, err := s.st.Article(ctx, id)
		if errors.Is(err, graph.ErrNotFound) {
			continue
		}
		if err != nil {
			return nil, err
		}
		ex = x
		break
	}
	if ex == nil {
		return nil, notFound(hint.New(fmt.Errorf("no article %q in %s", raw, s.set.describe()), "give the article's URL as it was ingested, or ingest it first"))
	}
	// no stored list: rank now
	s.once.Do(func() { s.index, s.ixErr = related.Load(context.WithoutCancel(ctx), s.st, s.x.Gazetteer.Countries()) })
	if s.ixErr != nil {
		return nil, s.ixErr
	}
	ix := s.index
	if !ix.Has(ex.Article.ID) {
		ix = ix.With(ex)
	}
	l, _ := ix.Rank(ex.Article.ID, related.Options{Limit: limit})
	return marshal(relatedAnswer{Article: timeline.SourceOf(ex.Article), Related: ix.Stored(l, time.Time{}).Links})
}

func marshal(v any) ([]byte, error) {
	b, err := json.MarshalIndent(v, "", "  ")
	return append(b, '\n'), err
}

// filterOf reads the timeline command's filters from a query string, each
// parameter named as its flag and repeatable as the flag is.
func filterOf(r *http.Request) (graph.Filter, error) {
	q := r.URL.Query()
	f, err := buildFilter(q.Get, func(name string) []string { return q[name] })
	if err != nil {
		return f, badRequest(hint.New(err, hint.Of(err)))
	}
	return f, nil
}

// chronology renders the filtered chronology in format, as timeline does;
// a filter naming no stored entity or place is a bad parameter.
func (s *server) chronology(r *http.Request, format string) ([]byte, error) {
	f, err := filterOf(r)
	if err != nil {
		return nil, err
	}
	if err := checkTopics(s.x, f); err != nil {
		return nil, err
	}
	stamp, err := sourceDateEpoch()
	if err != nil {
		return nil, err
	}
	out, err := timelineBytes(r.Context(), s.st, s.x, timelineOptions{store: s.set, filter: f, format: format}, stamp)
	var fe *graph.FilterError
	if err != nil && hint.Of(err) != "" && !errors.As(err, &fe) && !errors.As(err, new(usageError)) {
		return nil, badRequest(err) // names no stored entity or place (checkNames)
	}
	return out, err
}

func (s *server) timeline(r *http.Request) ([]byte, error) { return s.chronology(r, "json") }

func (s *server) entity(r *http.Request) ([]byte, error) {
	name := r.URL.Query().Get("name")
	if name == "" {
		return nil, badRequest(hint.New(errors.New("/entity needs name"), "ask /entity?name=Witkoff"))
	}
	if s.an == nil {
		return nil, httpError{http.StatusNotImplemented, fmt.Errorf("%s cannot answer entity queries", s.set.describe())}
	}
	out, err := entityBytes(r.Context(), s.st, s.an, s.x, s.set, name, 10, "json")
	if err != nil && hint.Of(err) != "" && !errors.As(err, new(usageError)) {
		return nil, notFound(err) // no entity of that name (resolveEntity)
	}
	return out, err
}

// page serves the chronology page at /, and 404 for any other path.
func (s *server) page(w http.ResponseWriter, r *http.Request) {
	if r.URL.Path != "/" {
		writeError(w, notFound(fmt.Errorf("no endpoint %s", r.URL.Path)))
		return
	}
	body, err := s.chronology(r, "html")
	if err != nil {
		writeError(w, err)
		return
	}
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	w.Write(body)
}
