// Package ingest loads articles into a graph.Store: it expands the inputs
// (files, folders, globs, "-" for JSON Lines on standard input), reads and
// extracts them on every core, and writes the extractions in batches.
//
// Extraction runs in parallel but results are written in input order, so
// the same inputs always leave the same store. A bad input is reported and
// skipped; the rest goes on.
package ingest

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

	"github.com/storygraph/storygraph/graph"
	"github.com/storygraph/storygraph/timeline"
	"github.com/storygraph/storygraph/timeline/article"
)

// Options configure a run.
type Options struct {
	Store     graph.Store
	Extractor *timeline.Extractor
	// Workers is the number of extraction goroutines (default: GOMAXPROCS).
	Workers int
	// BatchSize is the number of articles per store transaction (default 256).
	BatchSize int
	// Stdin is read for the input "-".
	Stdin io.Reader
	// OnError is called with every bad input (file, line or item), in
	// input order. The run goes on.
	OnError func(err *article.Error)
	// OnProgress is called after each input with the inputs done and the
	// total (total is 0 while folders are still being listed).
	OnProgress func(done, total int)
}

// Summary counts what a run did.
type Summary struct {
	Inputs    int `json:"inputs"`
	New       int `json:"new"`
	Updated   int `json:"updated"`
	Unchanged int `json:"unchanged"`
	Failed    int `json:"failed"`
	Events    int `json:"events"`
	Entities  int `json:"entities"`
}

// Input is one file to read; Name is what messages call it.
type Input struct {
	Name string
	Path string // "" for standard input
}

// skipInFolders are extensions that are never articles; inside a folder
// they are passed over silently (named explicitly they are still read and
// reported if bad).
var skipInFolders = map[string]bool{".yaml": true, ".yml": true, ".png": true, ".jpg": true, ".jpeg": true,
	".gif": true, ".webp": true, ".svg": true, ".pdf": true, ".zip": true, ".gz": true, ".tar": true,
	".db": true, ".db-wal": true, ".db-shm": true, ".go": true, ".mod": true, ".sum": true, ".exe": true}

// Expand turns the command-line paths into inputs, sorted within each
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

type result struct {
	seq  int
	last bool // the last job of its input
	exs  []*timeline.Extraction
	errs []*article.Error
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
	return in.Path == "" || ext == ".jsonl" || ext == ".ndjson"
}

// Run ingests the inputs. It returns the summary and an error only when the
// store failed (inputs that fail are counted and reported via OnError).
func Run(ctx context.Context, opts Options, inputs []Input) (Summary, error) {
	workers := opts.Workers
	if workers <= 0 {
		workers = runtime.GOMAXPROCS(0)
	}
	batchSize := opts.BatchSize
	if batchSize <= 0 {
		batchSize = 256
	}
	if err := opts.Store.Init(ctx); err != nil {
		return Summary{}, err
	}
	sum := Summary{Inputs: len(inputs)}
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()

	jobs := make(chan job, workers*4)
	results := make(chan result, workers*4)
	var wg sync.WaitGroup
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := range jobs {
				r := work(opts, j)
				r.seq, r.last = j.seq, j.last
				results <- r
			}
		}()
	}
	go func() {
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
				ok = streamLines(in, opts.Stdin, send)
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
	}()
	go func() { wg.Wait(); close(results) }()

	// The store writes one batch while the next is extracted and
	// assembled: writing and extraction overlap on separate cores.
	batches := make(chan []*timeline.Extraction, 1)
	written := make(chan error, 1)
	var stored Summary // touched only by the writer until it is done
	go func() {
		entities := map[string]bool{}
		var err error
		for batch := range batches {
			if err != nil {
				continue // drain after a failure
			}
			var outcomes []graph.Outcome
			if outcomes, err = opts.Store.Put(ctx, batch); err != nil {
				cancel()
				continue
			}
			for i, o := range outcomes {
				switch o {
				case graph.New:
					stored.New++
				case graph.Updated:
					stored.Updated++
				case graph.Unchanged:
					stored.Unchanged++
				}
				stored.Events += len(batch[i].Events)
				for _, e := range batch[i].Entities {
					entities[e.ID] = true
				}
			}
		}
		stored.Entities = len(entities)
		written <- err
	}()

	// Write in input order: hold results that arrive early.
	pending := map[int]result{}
	next := 0
	var batch []*timeline.Extraction
	inputsDone := 0
	for r := range results {
		if ctx.Err() != nil {
			continue // drain
		}
		pending[r.seq] = r
		for {
			r, ok := pending[next]
			if !ok {
				break
			}
			delete(pending, next)
			next++
			for _, e := range r.errs {
				sum.Failed++
				if opts.OnError != nil {
					opts.OnError(e)
				}
			}
			batch = append(batch, r.exs...)
			if len(batch) >= batchSize {
				batches <- batch
				batch = nil
			}
			if r.last {
				inputsDone++
				if opts.OnProgress != nil {
					opts.OnProgress(inputsDone, len(inputs))
				}
			}
		}
	}
	if len(batch) > 0 && ctx.Err() == nil {
		batches <- batch
	}
	close(batches)
	storeErr := <-written
	sum.New, sum.Updated, sum.Unchanged, sum.Events, sum.Entities = stored.New, stored.Updated, stored.Unchanged, stored.Events, stored.Entities
	if storeErr == nil && ctx.Err() != nil {
		storeErr = ctx.Err()
	}
	return sum, storeErr
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

func work(opts Options, j job) result {
	if !j.line {
		return readOne(opts, j.in, j.seq)
	}
	r := result{seq: j.seq}
	if j.err != "" {
		r.errs = []*article.Error{{Name: j.in.Name, Msg: j.err}}
		return r
	}
	if len(j.data) == 0 {
		r.errs = []*article.Error{{Name: j.in.Name, Msg: "empty input", Hint: "send one JSON object per line"}}
		return r
	}
	if j.data[0] != '{' {
		r.errs = []*article.Error{{Name: j.in.Name, Msg: "this line is not a JSON object", Hint: `each line must be one object: {"title": …, "url": …, "published": …, "body": …}`}}
		return r
	}
	docs, errs := article.Read(j.in.Name, j.data)
	for _, e := range errs {
		e.Line = 0 // the name already says "file:LINE"
	}
	r.errs = errs
	for i := range docs {
		if ex, err := Extract(opts.Extractor, &docs[i]); err != nil {
			r.errs = append(r.errs, err)
		} else {
			r.exs = append(r.exs, ex)
		}
	}
	return r
}

func readOne(opts Options, in Input, seq int) result {
	data, rerr := ReadInput(in, opts.Stdin)
	if rerr != nil {
		return result{seq: seq, errs: []*article.Error{rerr}}
	}
	docs, errs := article.Read(in.Name, data)
	r := result{seq: seq, errs: errs}
	for i := range docs {
		if ex, err := Extract(opts.Extractor, &docs[i]); err != nil {
			r.errs = append(r.errs, err)
		} else {
			r.exs = append(r.exs, ex)
		}
	}
	return r
}

// Extract runs the extractor on one article; a bug that panics on some
// input becomes an error for that article alone, so the rest of a batch
// goes on.
func Extract(x *timeline.Extractor, doc *article.Doc) (ex *timeline.Extraction, err *article.Error) {
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

// String renders a summary for people.
func (s Summary) String() string {
	return fmt.Sprintf("%d new, %d updated, %d unchanged, %d failed; %d events, %d entities",
		s.New, s.Updated, s.Unchanged, s.Failed, s.Events, s.Entities)
}

func unwrap(err error) string {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err.Error()
	}
	return err.Error()
}
