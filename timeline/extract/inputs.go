package extract

import (
	"bufio"
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"runtime"
	"sort"
	"strings"
	"sync"
	"time"

	"github.com/storygraph/storygraph/timeline"
	"github.com/storygraph/storygraph/timeline/article"
)

// Inputs to extractions: the one path every command takes from files,
// folders, globs and standard input to extractions (ingest writes what Each
// yields, extract prints it, entities suggest reads it).

// Options configure Each.
type Options struct {
	Extractor *Extractor
	// Workers is the number of extraction goroutines (default: GOMAXPROCS).
	Workers int
	// Stdin is read for the input "-".
	Stdin io.Reader
	// OnError is called with every bad input (file, line or item), in
	// input order. The run goes on.
	OnError func(err *article.Error)
	// OnWarning is called, in input order and before the article itself
	// is handed on, with every problem that did not stop an article from
	// being read: a published value that is not a date, a weekday that
	// does not fit its date. Warnings are not counted as failures.
	OnWarning func(w *article.Error)
	// OnProgress is called after each input with the inputs done and the
	// total (total is 0 while folders are still being listed).
	OnProgress func(done, total int)
	// Fetch gets the bytes of a URL input (the caller's polite fetcher);
	// nil: URL inputs fail with a message saying so.
	Fetch func(ctx context.Context, url string) ([]byte, error)
}

// Input is one file or URL to read; Name is what messages call it.
type Input struct {
	Name string
	Path string // "" for standard input and URLs
	URL  string // an http(s) URL of an article page or a feed
}

// IsURL says whether a command-line input names a web page or feed.
func IsURL(p string) bool {
	l := strings.ToLower(p)
	return strings.HasPrefix(l, "http://") || strings.HasPrefix(l, "https://")
}

// skipInFolders are extensions that are never articles; inside a folder
// they are passed over silently (named explicitly they are still read and
// reported if bad).
var skipInFolders = map[string]bool{".yaml": true, ".yml": true, ".png": true, ".jpg": true, ".jpeg": true,
	".gif": true, ".webp": true, ".svg": true, ".pdf": true, ".zip": true, ".gz": true, ".tar": true,
	".db": true, ".db-wal": true, ".db-shm": true, ".go": true, ".mod": true, ".sum": true, ".exe": true}

// Expand turns the command-line paths into inputs (a feed list named
// explicitly into the URLs it lists: feedlist.go), sorted within each
// folder. Missing paths and empty globs are errors for the caller to report
// (as *article.Error) while the others go on.
func Expand(paths []string) ([]Input, []*article.Error) {
	var out []Input
	var errs []*article.Error
	for _, p := range paths {
		if p == "-" {
			out = append(out, Input{Name: "-"})
			continue
		}
		if IsURL(p) {
			out = append(out, Input{Name: p, URL: p})
			continue
		}
		st, err := os.Stat(p)
		if err != nil {
			if strings.ContainsAny(p, "*?[") {
				matches, gerr := filepath.Glob(p)
				if gerr != nil || len(matches) == 0 {
					errs = append(errs, &article.Error{Name: p, Msg: "no file matches this pattern", Hint: "check the pattern, or quote it so the shell does not expand it"})
					continue
				}
				sort.Strings(matches)
				sub, serr := Expand(matches)
				out, errs = append(out, sub...), append(errs, serr...)
				continue
			}
			msg := err.Error()
			var pe *fs.PathError
			if errors.As(err, &pe) {
				msg = pe.Err.Error()
			}
			errs = append(errs, &article.Error{Name: p, Msg: msg, Hint: "check the path; folders are read whole and '-' reads JSON Lines from standard input"})
			continue
		}
		if !st.IsDir() {
			if list, lerrs, ok := feedListInputs(p, st.Size()); ok {
				out, errs = append(out, list...), append(errs, lerrs...)
				continue
			}
			out = append(out, Input{Name: p, Path: p})
			continue
		}
		werr := filepath.WalkDir(p, func(path string, d fs.DirEntry, err error) error {
			if err != nil {
				errs = append(errs, &article.Error{Name: path, Msg: err.Error()})
				return nil
			}
			name := d.Name()
			if strings.HasPrefix(name, ".") && path != p {
				if d.IsDir() {
					return filepath.SkipDir
				}
				return nil
			}
			if d.Type()&fs.ModeSymlink != 0 {
				// follow a link to a file; a link to a folder is not walked
				if st, err := os.Stat(path); err != nil || !st.Mode().IsRegular() {
					if err != nil {
						errs = append(errs, &article.Error{Name: path, Msg: "broken link: " + unwrap(err)})
					}
					return nil
				}
			} else if d.IsDir() || !d.Type().IsRegular() {
				return nil
			}
			lower := strings.ToLower(name)
			if skipInFolders[filepath.Ext(lower)] || strings.HasPrefix(lower, "readme") || strings.HasPrefix(lower, "license") {
				return nil
			}
			out = append(out, Input{Name: path, Path: path})
			return nil
		})
		if werr != nil {
			errs = append(errs, &article.Error{Name: p, Msg: werr.Error()})
		}
	}
	return out, errs
}

// item is one outcome of reading an input, in input order: an article
// with its extraction, or a bad input.
type item struct {
	doc   *article.Doc
	ex    *timeline.Extraction
	err   *article.Error
	warns []*article.Error
}

type result struct {
	seq   int
	last  bool // the last job of its input
	items []item
}

// job is one unit of work: a whole file, or one line of a JSON Lines
// stream (data set, name "file:LINE").
type job struct {
	seq  int
	in   Input
	data []byte
	line bool
	last bool
	err  string // a read error of a stream
}

// isJSONLines says whether an input is streamed line by line: standard
// input and *.jsonl / *.ndjson files. Streaming keeps memory flat however
// large the stream.
func isJSONLines(in Input) bool {
	ext := strings.ToLower(filepath.Ext(in.Path))
	return in.URL == "" && (in.Path == "" || ext == ".jsonl" || ext == ".ndjson")
}

// Each reads and extracts the inputs on opts.Workers goroutines and calls fn
// with every article, in input order, from the calling goroutine. Bad inputs
// go to opts.OnError, also in input order, and are counted in failed;
// Each stops at the first error
// from fn or when ctx is done, and returns that error. It is the one path
// from inputs to extractions: ingest writes what it yields, extract prints
// it.
func Each(ctx context.Context, opts Options, inputs []Input, fn func(doc *article.Doc, ex *timeline.Extraction) error) (failed int, err error) {
	workers := opts.Workers
	if workers <= 0 {
		workers = runtime.GOMAXPROCS(0)
	}
	ctx, cancel := context.WithCancel(ctx)
	jobs := make(chan job, workers*4)
	results := make(chan result, workers*4)
	var wg sync.WaitGroup
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := range jobs {
				r := work(ctx, opts, j)
				r.seq, r.last = j.seq, j.last
				results <- r
			}
		}()
	}
	go feed(ctx, inputs, opts.Stdin, jobs)
	go func() { wg.Wait(); close(results) }()
	// On the way out, stop the reader and let the workers finish, so no
	// goroutine outlives the call.
	defer func() {
		cancel()
		for range results {
		}
	}()

	// Hand results on in input order: hold those that arrive early.
	pending := map[int]result{}
	next, inputsDone := 0, 0
	for r := range results {
		if err := ctx.Err(); err != nil {
			return failed, err
		}
		pending[r.seq] = r
		for {
			r, ok := pending[next]
			if !ok {
				break
			}
			delete(pending, next)
			next++
			for _, it := range r.items {
				if it.err != nil {
					failed++
					if opts.OnError != nil {
						opts.OnError(it.err)
					}
					continue
				}
				if opts.OnWarning != nil {
					for _, w := range it.warns {
						opts.OnWarning(w)
					}
				}
				if err := fn(it.doc, it.ex); err != nil {
					return failed, err
				}
			}
			if r.last {
				inputsDone++
				if opts.OnProgress != nil {
					opts.OnProgress(inputsDone, len(inputs))
				}
			}
		}
	}
	return failed, ctx.Err()
}

// feed sends the inputs as jobs, numbered in input order, and closes jobs
// when all are sent or ctx is done.
func feed(ctx context.Context, inputs []Input, stdin io.Reader, jobs chan<- job) {
	defer close(jobs)
	seq := 0
	// Jobs are sent one behind, so the last job of an input can be
	// marked as such when the input ends.
	var held *job
	send := func(j job) bool {
		if held != nil {
			held.seq = seq
			seq++
			select {
			case jobs <- *held:
			case <-ctx.Done():
				return false
			}
		}
		held = &j
		return true
	}
	for _, in := range inputs {
		ok := true
		if isJSONLines(in) {
			ok = streamLines(in, stdin, send)
		} else {
			ok = send(job{in: in})
		}
		if !ok {
			return
		}
		held.last = true
	}
	if held != nil {
		held.seq = seq
		select {
		case jobs <- *held:
		case <-ctx.Done():
		}
	}
}

// streamLines sends each non-empty line of a JSON Lines input as a job.
func streamLines(in Input, stdin io.Reader, send func(job) bool) bool {
	var r io.Reader
	if in.Path == "" {
		if stdin == nil {
			return send(job{in: in, data: nil, line: true})
		}
		r = stdin
	} else {
		f, err := os.Open(in.Path)
		if err != nil {
			return send(job{in: in}) // the worker reports the error
		}
		defer f.Close()
		r = f
	}
	br := bufio.NewReaderSize(r, 64<<10)
	n := 0
	sent := false
	for {
		line, err := br.ReadBytes('\n')
		if len(line) > 0 {
			n++
			if n == 1 {
				line = bytes.TrimPrefix(line, []byte("\xef\xbb\xbf")) // a byte-order mark
			}
			if t := bytes.TrimSpace(line); len(t) > 0 {
				if !send(job{in: Input{Name: fmt.Sprintf("%s:%d", in.Name, n), Path: in.Path}, data: t, line: true}) {
					return false
				}
				sent = true
			}
		}
		if err != nil {
			if err != io.EOF {
				return send(job{in: Input{Name: in.Name}, line: true, err: err.Error()})
			}
			break
		}
	}
	if !sent {
		return send(job{in: in, data: []byte{}, line: true})
	}
	return true
}

func work(ctx context.Context, opts Options, j job) result {
	if j.in.URL != "" {
		return workURL(ctx, opts, j.in)
	}
	if !j.line {
		data, rerr := ReadInput(j.in, opts.Stdin)
		if rerr != nil {
			return result{items: []item{{err: rerr}}}
		}
		docs, errs := article.Read(j.in.Name, data)
		return extractAll(opts.Extractor, docs, errs)
	}
	fail := func(msg, hint string) result {
		return result{items: []item{{err: &article.Error{Name: j.in.Name, Msg: msg, Hint: hint}}}}
	}
	switch {
	case j.err != "":
		return fail(j.err, "")
	case len(j.data) == 0:
		return fail("empty input", "send one JSON object per line")
	case j.data[0] != '{':
		return fail("this line is not a JSON object", `each line must be one object: {"title": …, "url": …, "published": …, "body": …}`)
	}
	docs, errs := article.Read(j.in.Name, j.data)
	for _, e := range errs {
		e.Line = 0 // the name already says "file:LINE"
	}
	return extractAll(opts.Extractor, docs, errs)
}

// workURL fetches a URL input and reads it like a file: a page is one
// article (its URL the page's, unless the page names a canonical one), a
// feed is its items as the feed gives them.
func workURL(ctx context.Context, opts Options, in Input) result {
	fail := func(msg, hint string) result {
		return result{items: []item{{err: &article.Error{Name: in.Name, Msg: msg, Hint: hint}}}}
	}
	if opts.Fetch == nil {
		return fail("this command does not fetch URLs", "save the page and pass the file instead")
	}
	data, err := opts.Fetch(ctx, in.URL)
	if err != nil {
		return fail(err.Error(), "check the address; the other inputs go on")
	}
	docs, errs := article.Read(in.Name, data)
	for i := range docs {
		if docs[i].URL == "" && docs[i].Format != article.FormatRSS && docs[i].Format != article.FormatAtom {
			docs[i].URL = article.CanonicalURL(in.URL)
		}
	}
	return extractAll(opts.Extractor, docs, errs)
}

// extractAll extracts each document read from one job: the read errors
// first, then each article or its extraction failure.
func extractAll(x *Extractor, docs []article.Doc, errs []*article.Error) result {
	items := make([]item, 0, len(errs)+len(docs))
	for _, e := range errs {
		items = append(items, item{err: e})
	}
	for i := range docs {
		ex, err := Extract(x, &docs[i])
		it := item{doc: &docs[i], ex: ex, err: err}
		if ex != nil {
			it.warns = warnings(&docs[i], ex)
		}
		items = append(items, it)
	}
	return result{items: items}
}

// warnings are the problems of an article that was read: dates that were
// given but cannot be right. Once they were dropped or used without a word.
func warnings(doc *article.Doc, ex *timeline.Extraction) []*article.Error {
	var out []*article.Error
	if ex.Article.PublishedBasis == "invalid" {
		msg := fmt.Sprintf("published: %q is not a date; stored without a publication date", doc.Published)
		if ex.Article.Published != "" {
			msg = fmt.Sprintf("published: %q is not a date; stored as published on %s, the first date of its text", doc.Published, ex.Article.Published)
		}
		out = append(out, &article.Error{Name: doc.Name, Msg: msg,
			Hint: "write the publication date as 2026-01-22 (or as feeds do: Thu, 22 Jan 2026 10:00:00 GMT) and ingest the file again"})
	}
	for _, t := range ex.Times {
		wd, ok := namedWeekday(t.Text)
		if !ok || t.Precision != "day" || len(t.Value) < 10 {
			continue
		}
		day, err := time.Parse(time.DateOnly, t.Value[:10])
		if err != nil || day.Weekday() == wd {
			continue
		}
		out = append(out, &article.Error{Name: doc.Name, Line: textLine(doc, t.Start),
			Msg:  fmt.Sprintf("%q: %s is a %s, not a %s", t.Text, t.Value[:10], day.Weekday(), wd),
			Hint: "the date is kept as written and the weekday ignored; check the article for a wrong day or year"})
	}
	return out
}

// weekdayNames are the weekdays as texts begin with them, full or short.
var weekdayNames = map[string]time.Weekday{
	"monday": time.Monday, "mon": time.Monday, "tuesday": time.Tuesday, "tue": time.Tuesday, "tues": time.Tuesday,
	"wednesday": time.Wednesday, "wed": time.Wednesday, "thursday": time.Thursday, "thu": time.Thursday,
	"thur": time.Thursday, "thurs": time.Thursday, "friday": time.Friday, "fri": time.Friday,
	"saturday": time.Saturday, "sat": time.Saturday, "sunday": time.Sunday, "sun": time.Sunday,
}

// namedWeekday is the weekday a date's text opens with ("Tuesday,
// December 17", "Thu, 22 Jan 2026").
func namedWeekday(text string) (time.Weekday, bool) {
	end := strings.IndexAny(text, " ,.")
	if end <= 0 {
		return 0, false
	}
	wd, ok := weekdayNames[strings.ToLower(text[:end])]
	return wd, ok
}

// textLine is the 1-based line of offset off for formats whose text is
// the file itself; 0 for the others, whose name already says where.
func textLine(doc *article.Doc, off int) int {
	switch doc.Format {
	case article.FormatPageDump, article.FormatMarkdown, article.FormatText:
		if off <= len(doc.Text) {
			return strings.Count(doc.Text[:off], "\n") + 1
		}
	}
	return 0
}

// Extract runs the extractor on one article; a bug that panics on some
// input becomes an error for that article alone, so the rest of a batch
// goes on.
func Extract(x *Extractor, doc *article.Doc) (ex *timeline.Extraction, err *article.Error) {
	defer func() {
		if p := recover(); p != nil {
			ex, err = nil, &article.Error{Name: doc.Name, Msg: fmt.Sprintf("extraction failed: %v", p),
				Hint: "this is a bug in storygraph: please report it with the article attached"}
		}
	}()
	return x.Extract(doc), nil
}

// ReadInput reads one input whole; "-" reads stdin, which must hold JSON
// Lines.
func ReadInput(in Input, stdin io.Reader) ([]byte, *article.Error) {
	var data []byte
	var err error
	if in.Path == "" {
		if stdin == nil {
			return nil, &article.Error{Name: "-", Msg: "no standard input"}
		}
		data, err = io.ReadAll(stdin)
	} else {
		data, err = os.ReadFile(in.Path)
	}
	if err != nil {
		msg := err.Error()
		var pe *fs.PathError
		if errors.As(err, &pe) {
			msg = pe.Err.Error()
		}
		return nil, &article.Error{Name: in.Name, Msg: msg}
	}
	if in.Path == "" && len(data) > 0 && !looksLikeJSON(data) {
		return nil, &article.Error{Name: "-", Msg: "standard input is not JSON Lines", Hint: `send one JSON object per line: {"title": …, "url": …, "published": …, "body": …}`}
	}
	return data, nil
}

func looksLikeJSON(data []byte) bool {
	for _, b := range data {
		switch b {
		case ' ', '\t', '\r', '\n':
			continue
		case '{', '[':
			return true
		}
		return false
	}
	return true
}

func unwrap(err error) string {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err.Error()
	}
	return err.Error()
}
