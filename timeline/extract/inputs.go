package extract

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"runtime"
	"slices"
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
	// MaxArticleSize is the most bytes of text one article may have (0:
	// DefaultMaxArticleSize); what is read for it (a file read whole, a
	// line of JSON Lines, an item of a JSON array, a fetched page) may be
	// four times that, for markup. A larger one is an error naming it and
	// is not extracted, so peak memory is bounded by the batch, not by the
	// largest input.
	MaxArticleSize int64
	// Fetch gets the bytes of a URL input (the caller's polite fetcher);
	// nil: URL inputs fail with a message saying so.
	Fetch func(ctx context.Context, url string) ([]byte, error)
}

// DefaultMaxArticleSize is the limit on one article's text when none is
// given: forty times a long article. Extraction takes about 80 bytes of
// memory a byte of text (scripts/memory: 195 MB peak for a 2 MB article),
// so two workers each on an article at the limit stay under 400 MB.
const DefaultMaxArticleSize = 2 << 20

func (o Options) maxSize() int64 {
	if o.MaxArticleSize > 0 {
		return o.MaxArticleSize
	}
	return DefaultMaxArticleSize
}

// readLimit is the most bytes read for one article: its text and markup.
func (o Options) readLimit() int64 { return 4 * o.maxSize() }

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
			errs = append(errs, &article.Error{Name: p, Msg: msg, Hint: "check the path; folders are read whole and '-' reads standard input (an article, or JSON Lines)"})
			continue
		}
		if !st.IsDir() {
			// (a pipe, such as /dev/stdin, can be read only once: by stream)
			if st.Mode().IsRegular() {
				if list, lerrs, ok := feedListInputs(p, st.Size()); ok {
					out, errs = append(out, list...), append(errs, lerrs...)
					continue
				}
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

// job is one unit of work: a whole file, or one article of a stream: a
// line of JSON Lines (data set, name "file:LINE") or an item of a JSON
// array (name "file#N").
type job struct {
	seq  int
	in   Input
	data []byte
	line bool
	last bool
	err  string // a read error of a stream, or an article too large
	hint string
	item bool // an item of a JSON array
	// whole: data is all of an input that is not JSON (standard input
	// read by stream), read as a file is
	whole bool
}

// isJSONLines says whether an input is always read as JSON Lines:
// standard input and *.jsonl / *.ndjson files. Other files are streamed
// too when their content is JSON Lines or a JSON array (see stream).
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
	go feed(ctx, inputs, opts.Stdin, opts.readLimit(), jobs)
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
func feed(ctx context.Context, inputs []Input, stdin io.Reader, max int64, jobs chan<- job) {
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
		if in.URL != "" {
			ok = send(job{in: in})
		} else {
			ok = stream(in, stdin, max, send)
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

// stream sends a file or standard input as jobs. JSON arrays and JSON
// Lines, whatever the file is called, are streamed an article at a time,
// so memory stays flat however large the file; other files are one job,
// read whole by the worker (up to max).
func stream(in Input, stdin io.Reader, max int64, send func(job) bool) bool {
	var r io.Reader
	// a pipe ("-", /dev/stdin, <(cat story.txt), a FIFO) can be read only
	// once: what is peeked here is all there is, so it is read here too
	pipe := in.Path == ""
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
		if st, err := f.Stat(); err == nil && !st.Mode().IsRegular() {
			pipe = true
		}
		r = f
	}
	br := bufio.NewReaderSize(r, 64<<10)
	switch firstByte(br) {
	case '[':
		return streamArray(in, br, max, send)
	case '{':
		return streamLines(in, br, max, isJSONLines(in), send)
	}
	if pipe && firstByte(br) != 0 {
		// Not JSON: one article in any format a file may have (plain
		// text, Markdown, HTML, a feed), read whole up to the limit:
		// 'storygraph extract - < story.txt' reads the story.
		data, err := io.ReadAll(io.LimitReader(br, max+1))
		switch {
		case err != nil:
			return send(job{in: in, line: true, err: err.Error()})
		case int64(len(data)) > max:
			return send(tooLarge(in.Name, "standard input is larger than", max))
		}
		return send(job{in: in, data: data, whole: true})
	}
	if pipe {
		return streamLines(in, br, max, true, send) // empty: reported
	}
	return send(job{in: in})
}

// firstByte is the first byte of r after a byte-order mark and white
// space, 0 if none is found in the first 64 KiB; nothing is consumed.
func firstByte(br *bufio.Reader) byte {
	head, _ := br.Peek(64 << 10)
	head = bytes.TrimLeft(bytes.TrimPrefix(head, utf8BOM), " \t\r\n")
	if len(head) == 0 {
		return 0
	}
	return head[0]
}

var utf8BOM = []byte("\xef\xbb\xbf")

// tooLarge is the error of an input over the read limit; what says which
// ("the line is longer than").
func tooLarge(name, what string, limit int64) job {
	return job{in: Input{Name: name}, line: true,
		err:  fmt.Sprintf("%s %s, the most read for one article (four times --max-article-size)", what, mb(limit)),
		hint: tooLargeHint}
}

const tooLargeHint = "split it into articles, or raise the limit with --max-article-size (in MB)"

// mb writes a size for people: "8 MB", "100.5 MB", "512 bytes".
func mb(n int64) string {
	switch {
	case n < 1<<20:
		return fmt.Sprintf("%d bytes", n)
	case n%(1<<20) == 0:
		return fmt.Sprintf("%d MB", n>>20)
	}
	return fmt.Sprintf("%.1f MB", float64(n)/(1<<20))
}

// streamLines sends each non-empty line of JSON Lines as a job named
// "name:LINE". Unless always, a file whose first line is not a whole JSON
// value is one JSON object over several lines and goes whole to a worker,
// and a file of one line keeps its plain name, as when read whole.
func streamLines(in Input, br *bufio.Reader, max int64, always bool, send func(job) bool) bool {
	n, sent := 0, 0
	var held *job // the first line, until a second shows it is JSON Lines
	for {
		line, long, err := readLine(br, max)
		if len(line) > 0 || long {
			n++
			if n == 1 {
				line = bytes.TrimPrefix(line, utf8BOM)
			}
			name := fmt.Sprintf("%s:%d", in.Name, n)
			var j job
			switch t := bytes.TrimSpace(line); {
			case long:
				j = tooLarge(name, "the line is longer than", max)
			case len(t) == 0:
				goto next
			default:
				j = job{in: Input{Name: name, Path: in.Path}, data: t, line: true}
			}
			if sent == 0 && held == nil && !always {
				if !long && !json.Valid(j.data) {
					return send(job{in: in})
				}
				held = &j
				goto next
			}
			if held != nil {
				if !send(*held) {
					return false
				}
				held, sent = nil, sent+1
			}
			if !send(j) {
				return false
			}
			sent++
		}
	next:
		if err != nil {
			if err != io.EOF {
				return send(job{in: Input{Name: in.Name}, line: true, err: err.Error()})
			}
			break
		}
	}
	if held != nil {
		// one line: the file is one article under its own name
		held.in.Name = in.Name
		return send(*held)
	}
	if sent == 0 {
		return send(job{in: in, data: []byte{}, line: true})
	}
	return true
}

// readLine reads one line of br; a line over max bytes is read through
// and dropped (long), so that no line is held whole past the limit.
func readLine(br *bufio.Reader, max int64) (line []byte, long bool, err error) {
	for {
		frag, e := br.ReadSlice('\n')
		if !long {
			if int64(len(line)+len(frag)) > max+2 { // room for "\r\n"
				line, long = nil, true
			} else {
				line = append(line, frag...)
			}
		}
		if e != bufio.ErrBufferFull {
			return line, long, e
		}
	}
}

// streamArray sends each item of a JSON array as a job named "name#N"
// ("name" when the array holds one), decoded one at a time with
// encoding/json's Decoder. An item over max bytes is an error naming it
// and is read through without being held (skipValue), and the array goes
// on; broken JSON ends the array with an error naming the item, as the
// decoder cannot resume.
func streamArray(in Input, br *bufio.Reader, max int64, send func(job) bool) bool {
	cr := &capReader{r: br, max: max + 128<<10}
	dec := json.NewDecoder(cr)
	if _, err := dec.Token(); err != nil { // the '['
		return send(job{in: in})
	}
	itemName := func(i int) string { return fmt.Sprintf("%s#%d", in.Name, i) }
	n := 0           // items seen
	base := int64(0) // offset in the file of dec's offset 0
	var held json.RawMessage
	heldAt := 0
	flush := func(name string) bool {
		if held == nil {
			return true
		}
		j := job{in: Input{Name: name, Path: in.Path}, data: held, line: true, item: true}
		held = nil
		return send(j)
	}
	for dec.More() {
		cr.start = dec.InputOffset()
		var raw json.RawMessage
		err := dec.Decode(&raw)
		n++
		if held != nil && !flush(itemName(heldAt)) {
			return false
		}
		if err == nil && int64(len(raw)) <= max {
			held, heldAt = raw, n
			continue
		}
		if err == nil || errors.Is(err, errTooLarge) {
			if !send(tooLarge(itemName(n), "the array item is larger than", max)) {
				return false
			}
			if err == nil {
				continue
			}
			// Read past the item from where the decoder stopped, then
			// go on with a new decoder, in the array again.
			at := base + dec.InputOffset()
			rest := bufio.NewReaderSize(io.MultiReader(dec.Buffered(), br), 64<<10)
			k, more, serr := skipValue(rest)
			if serr != nil {
				return send(job{in: Input{Name: itemName(n)}, line: true, err: fmt.Sprintf("JSON array broken after byte %d: %v; the items before it were read, none after it", at+k, serr),
					hint: arrayHint})
			}
			if !more {
				break
			}
			base = at + k - 1 // the '[' given to the new decoder stands for the ','
			cr = &capReader{r: io.MultiReader(strings.NewReader("["), rest), max: max + 128<<10}
			dec = json.NewDecoder(cr)
			_, _ = dec.Token() // the "[" just given
			continue
		}
		return send(job{in: Input{Name: itemName(n)}, line: true,
			err:  fmt.Sprintf("JSON array broken at byte %d: %v; the %d item(s) before it were read, none after it", base+dec.InputOffset(), unwrapJSON(err), n-1),
			hint: arrayHint})
	}
	if n == 1 && held != nil {
		return flush(in.Name)
	}
	if !flush(itemName(heldAt)) {
		return false
	}
	if n == 0 {
		return send(job{in: in, line: true, err: "JSON array holds no articles",
			hint: `put one object per article in the array, each with "title" and "body"`})
	}
	return true
}

const arrayHint = "fix the JSON (a validator such as jq shows where it breaks), or write one article a line (JSON Lines) so one bad line spoils only itself"

// skipValue reads one JSON value and what follows it up to and including
// the ',' or ']' of the array it is in, holding none of it; more says
// whether a ',' (another item) came. It returns the bytes read. Strings
// are followed so that brackets in them do not count.
func skipValue(r *bufio.Reader) (n int64, more bool, err error) {
	depth, inString, escaped, started := 0, false, false, false
	for {
		c, err := r.ReadByte()
		if err != nil {
			if err == io.EOF {
				err = io.ErrUnexpectedEOF
			}
			return n, false, err
		}
		n++
		switch {
		case inString:
			switch {
			case escaped:
				escaped = false
			case c == '\\':
				escaped = true
			case c == '"':
				inString = false
			}
		case c == '"':
			inString, started = true, true
		case c == '{' || c == '[':
			depth, started = depth+1, true
		case c == '}' || c == ']':
			if depth == 0 {
				if c == ']' && started {
					return n, false, nil
				}
				return n, false, fmt.Errorf("unexpected %q", c)
			}
			depth--
		case c == ',' && depth == 0 && started:
			return n, true, nil
		case c != ' ' && c != '\t' && c != '\r' && c != '\n':
			started = true
		}
	}
}

var errTooLarge = errors.New("article too large")

// capReader fails a read once more than max bytes have been read since
// start, so that one huge array item is not buffered whole. Reads are
// short so that the decoder reads little past the item it is on.
type capReader struct {
	r          io.Reader
	pos, start int64
	max        int64
}

func (c *capReader) Read(p []byte) (int, error) {
	if c.pos-c.start > c.max {
		return 0, errTooLarge
	}
	if len(p) > 64<<10 {
		p = p[:64<<10]
	}
	n, err := c.r.Read(p)
	c.pos += int64(n)
	return n, err
}

func unwrapJSON(err error) string { return strings.TrimPrefix(err.Error(), "json: ") }

func work(ctx context.Context, opts Options, j job) result {
	if j.in.URL != "" {
		return workURL(ctx, opts, j.in)
	}
	if j.whole {
		docs, errs := article.Read(j.in.Name, j.data)
		return extractAll(opts, docs, errs)
	}
	if !j.line {
		data, rerr := readCapped(j.in, opts.Stdin, opts.readLimit())
		if rerr != nil {
			return result{items: []item{{err: rerr}}}
		}
		docs, errs := article.Read(j.in.Name, data)
		return extractAll(opts, docs, errs)
	}
	fail := func(msg, hint string) result {
		return result{items: []item{{err: &article.Error{Name: j.in.Name, Msg: msg, Hint: hint}}}}
	}
	switch {
	case j.err != "":
		return fail(j.err, j.hint)
	case len(j.data) == 0:
		return fail("empty input", "send an article (text, HTML, a feed), or JSON Lines: one article object per line")
	case j.data[0] != '{' && j.item:
		return fail("this array item is not a JSON object", `each item must be one object: {"title": …, "url": …, "published": …, "body": …}`)
	case j.data[0] != '{':
		return fail("this line is not a JSON object", `each line must be one object: {"title": …, "url": …, "published": …, "body": …}`)
	}
	docs, errs := article.Read(j.in.Name, j.data)
	for _, e := range errs {
		e.Line = 0 // the name already says "file:LINE"
	}
	return extractAll(opts, docs, errs)
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
	if limit := opts.readLimit(); int64(len(data)) > limit {
		j := tooLarge(in.Name, "the page is larger than", limit)
		return fail(j.err, j.hint)
	}
	docs, errs := article.Read(in.Name, data)
	for i := range docs {
		if docs[i].URL == "" && docs[i].Format != article.FormatRSS && docs[i].Format != article.FormatAtom {
			docs[i].URL = article.CanonicalURL(in.URL)
		}
	}
	return extractAll(opts, docs, errs)
}

// extractAll extracts each document read from one job: the read errors
// first, then each article or its extraction failure. An article whose
// text is over the limit is an error, not extracted.
func extractAll(opts Options, docs []article.Doc, errs []*article.Error) result {
	items := make([]item, 0, len(errs)+len(docs))
	for _, e := range errs {
		items = append(items, item{err: e})
	}
	for i := range docs {
		if n, max := int64(len(docs[i].Text)), opts.maxSize(); n > max {
			items = append(items, item{err: &article.Error{Name: docs[i].Name, Hint: tooLargeHint,
				Msg: fmt.Sprintf("the article's text is %s, more than %s, the most one article may take", mb(n), mb(max))}})
			continue
		}
		ex, err := Extract(opts.Extractor, &docs[i])
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
	out := slices.Clone(doc.Warnings)
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

// readCapped is ReadInput for a file of at most max bytes: a larger one
// is an error before anything is read.
func readCapped(in Input, stdin io.Reader, max int64) ([]byte, *article.Error) {
	if in.Path != "" {
		if st, err := os.Stat(in.Path); err == nil && st.Size() > max {
			j := tooLarge(in.Name, "the file is "+mb(st.Size())+", more than", max)
			return nil, &article.Error{Name: in.Name, Msg: j.err, Hint: j.hint}
		}
	}
	return ReadInput(in, stdin)
}

// ReadInput reads one input whole; "-" reads stdin, which must hold JSON
// Lines here (the extraction's own inputs also read one article of
// another format on stdin: see stream).
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
