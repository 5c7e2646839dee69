package extract_test

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/storygraph/storygraph/seeds"
	"github.com/storygraph/storygraph/timeline"
	"github.com/storygraph/storygraph/timeline/article"
	"github.com/storygraph/storygraph/timeline/extract"
	"github.com/storygraph/storygraph/timeline/fetch"
	"github.com/storygraph/storygraph/timeline/gazetteer"
	"github.com/storygraph/storygraph/timeline/synth"
)

func newExtractor(t *testing.T) *extract.Extractor {
	t.Helper()
	g, err := gazetteer.LoadFS(seeds.FS(), seeds.GazetteerDir)
	if err != nil {
		t.Fatal(err)
	}
	return &extract.Extractor{Gazetteer: g}
}

// TestEachInOrderAndStops: Each hands articles on in input order whatever
// the number of workers, and an error from the callback stops it at once
// and is returned, with no goroutine left behind.
func TestEachInOrderAndStops(t *testing.T) {
	dir := t.TempDir()
	var stream strings.Builder
	var want []string
	for i := 1; i <= 300; i++ {
		line := synth.JSONLine(i)
		stream.Write(line)
		stream.WriteByte('\n')
		want = append(want, string(line))
	}
	p := filepath.Join(dir, "many.jsonl")
	if err := os.WriteFile(p, []byte(stream.String()), 0o644); err != nil {
		t.Fatal(err)
	}
	x := newExtractor(t)
	var titles []string
	opts := extract.Options{Extractor: x, Workers: 2}
	failed, err := extract.Each(context.Background(), opts, []extract.Input{{Name: p, Path: p}}, func(doc *article.Doc, ex *timeline.Extraction) error {
		titles = append(titles, ex.Article.Title)
		return nil
	})
	if err != nil || failed != 0 {
		t.Fatalf("Each = %d failed, %v", failed, err)
	}
	if len(titles) != len(want) {
		t.Fatalf("got %d articles, want %d", len(titles), len(want))
	}
	for i, title := range titles {
		if !strings.Contains(want[i], title) {
			t.Fatalf("article %d is %q: out of input order", i, title)
		}
	}

	stop := errors.New("enough")
	seen := 0
	before := runtime.NumGoroutine()
	_, err = extract.Each(context.Background(), opts, []extract.Input{{Name: p, Path: p}}, func(*article.Doc, *timeline.Extraction) error {
		seen++
		if seen == 3 {
			return stop
		}
		return nil
	})
	if !errors.Is(err, stop) || seen != 3 {
		t.Fatalf("after a callback error: err %v, %d calls; want %v after 3", err, seen, stop)
	}
	// Each has drained its workers; give the last of them a moment to return.
	for i := 0; runtime.NumGoroutine() > before && i < 100; i++ {
		time.Sleep(10 * time.Millisecond)
	}
	if n := runtime.NumGoroutine(); n > before {
		t.Fatalf("%d goroutines after Each returned, %d before", n, before)
	}
}

// TestEachFetchesURLs: a URL input is fetched with the caller's fetcher and
// read like a file (an HTML page is one article, its URL the page's); a URL
// that fails is reported under its own name and the other inputs go on.
func TestEachFetchesURLs(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		switch r.URL.Path {
		case "/robots.txt":
			fmt.Fprint(w, "User-agent: *\nAllow: /\n")
		case "/news/talks":
			w.Header().Set("Content-Type", "text/html; charset=utf-8")
			fmt.Fprint(w, `<html><head><title>Envoys meet</title><meta property="article:published_time" content="2026-01-22"></head>`+
				`<body><article><h1>Envoys meet</h1><p>Steve Witkoff met Vladimir Putin in Moscow on Thursday.</p>`+
				`<p>The talks lasted five hours, officials said.</p></article></body></html>`)
		default:
			http.NotFound(w, r)
		}
	}))
	defer srv.Close()
	f := fetch.New(fetch.Options{MinInterval: -1})
	opts := extract.Options{Extractor: newExtractor(t), Workers: 2,
		Fetch: func(ctx context.Context, url string) ([]byte, error) {
			res, err := f.Fetch(ctx, url, fetch.State{})
			if err != nil {
				return nil, err
			}
			return res.Body, nil
		}}
	var reported []string
	opts.OnError = func(e *article.Error) { reported = append(reported, e.Error()) }
	inputs, errs := extract.Expand([]string{srv.URL + "/news/talks", srv.URL + "/news/gone"})
	if len(errs) != 0 || len(inputs) != 2 || inputs[0].URL == "" {
		t.Fatalf("Expand = %+v, %v; want two URL inputs", inputs, errs)
	}
	var got []*timeline.Extraction
	failed, err := extract.Each(context.Background(), opts, inputs, func(_ *article.Doc, ex *timeline.Extraction) error {
		got = append(got, ex)
		return nil
	})
	if err != nil || failed != 1 {
		t.Fatalf("Each = %d failed, %v; want 1 failed", failed, err)
	}
	if len(reported) != 1 || !strings.Contains(reported[0], "/news/gone") || !strings.Contains(reported[0], "404") {
		t.Errorf("reported %q; want one 404 naming /news/gone", reported)
	}
	if len(got) != 1 || got[0].Article.URL != srv.URL+"/news/talks" || len(got[0].Events) == 0 || got[0].Events[0].Kind != timeline.KindMeeting {
		t.Fatalf("extractions = %+v; want the meeting from %s/news/talks", got, srv.URL)
	}
}

// TestExpandFeedLists: a feed list named as an input (OPML, or one URL a
// line) stands for the URLs it lists, each once, in its order; a bad line
// is an error naming the file and line while the rest go on; an article
// that merely begins with a URL is an article.
func TestExpandFeedLists(t *testing.T) {
	dir := t.TempDir()
	write := func(name, text string) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	opml := write("feeds.opml", `<?xml version="1.0"?><opml version="2.0"><body>
<outline text="World"><outline text="A" xmlUrl="https://a.example/feed.xml"/>
<outline text="B" xmlUrl="https://b.example/rss"/></outline></body></opml>`)
	list := write("sources.txt", "# feeds I follow\nhttps://c.example/atom.xml\n\nhttps://d.example/news/1  # a page\nhttps://c.example/atom.xml\n")
	bad := write("bad.txt", "https://e.example/feed\nhttps://f.example/feed\nftp://g.example/feed\n")
	art := write("article.txt", "https://h.example/source\n\nThe council met on Monday and agreed the budget.\n")
	got, errs := extract.Expand([]string{opml, list, bad, art})
	var names []string
	for _, in := range got {
		names = append(names, in.Name)
	}
	want := []string{"https://a.example/feed.xml", "https://b.example/rss", "https://c.example/atom.xml", "https://d.example/news/1",
		"https://e.example/feed", "https://f.example/feed", art}
	if strings.Join(names, " ") != strings.Join(want, " ") {
		t.Errorf("inputs %q, want %q", names, want)
	}
	if len(errs) != 1 || !strings.HasPrefix(errs[0].Error(), bad+":3: ") || errs[0].Hint == "" {
		t.Errorf("errors %v, want one for %s:3 with a hint", errs, bad)
	}
	broken := write("broken.opml", `<opml version="2.0"><body><outline text="x" xmlUrl="not a url"/><outline xmlUrl="https://i.example/f"/></body></opml>`)
	got, errs = extract.Expand([]string{broken})
	if len(got) != 1 || got[0].URL != "https://i.example/f" || len(errs) != 1 || !strings.Contains(errs[0].Error(), "broken.opml") {
		t.Errorf("broken.opml: inputs %v, errors %v; want the good feed and one error naming the file", got, errs)
	}
}

// TestWarnings pins issue 12's dates lost silently: a published value that
// is not a date and a weekday that does not fit its date reach OnWarning
// with the file and the field or text; the article is still handed on,
// its date basis "invalid", and nothing counts as failed.
func TestWarnings(t *testing.T) {
	dir := t.TempDir()
	files := map[string]string{
		"a.md":   "---\ntitle: Envoys meet\npublished: yes\n---\nSteve Witkoff met Kirill Dmitriev in Miami on Saturday.\n",
		"b.json": `{"title": "Talks", "published": "2026-13-45", "body": "On January 22, 2026, the envoys met in Davos."}`,
		"c.txt":  "Title: Summit Opens\nPublished: 2025-12-20\n\nThe summit opened on Tuesday, December 17, with delegations from both sides.\n",
	}
	var inputs []extract.Input
	for _, name := range []string{"a.md", "b.json", "c.txt"} {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, []byte(files[name]), 0o644); err != nil {
			t.Fatal(err)
		}
		inputs = append(inputs, extract.Input{Name: name, Path: p})
	}
	var warns, bases []string
	opts := extract.Options{Extractor: newExtractor(t), Workers: 2,
		OnWarning: func(w *article.Error) { warns = append(warns, w.Error()) }}
	failed, err := extract.Each(context.Background(), opts, inputs, func(_ *article.Doc, ex *timeline.Extraction) error {
		bases = append(bases, ex.Article.PublishedBasis+" "+ex.Article.Published)
		return nil
	})
	if err != nil || failed != 0 {
		t.Fatalf("Each = %d failed, %v", failed, err)
	}
	want := []string{
		`a.md: published: "yes" is not a date; stored without a publication date`,
		`b.json: published: "2026-13-45" is not a date; stored as published on 2026-01-22, the first date of its text`,
		`c.txt:4: "Tuesday, December 17": 2025-12-17 is a Wednesday, not a Tuesday`,
	}
	if strings.Join(warns, "\n") != strings.Join(want, "\n") {
		t.Errorf("warnings:\n%s\nwant:\n%s", strings.Join(warns, "\n"), strings.Join(want, "\n"))
	}
	if got := strings.Join(bases, "|"); got != "invalid |invalid 2026-01-22|metadata 2025-12-20" {
		t.Errorf("bases = %q", got)
	}
}

// TestStreamedWhateverTheName pins issue 12: JSON Lines in a .txt and a
// JSON array were read whole (50,000 articles peaked at 1.2 GB). With a
// limit of 4 KiB of text an article (16 KiB read), files of 100 KiB can
// only be read streamed; an article past a limit is an error naming it,
// and the rest goes on.
func TestStreamedWhateverTheName(t *testing.T) {
	inputs := streamInputs(t)
	var names, errs []string
	opts := extract.Options{Extractor: newExtractor(t), Workers: 2, MaxArticleSize: 4 << 10,
		OnError: func(e *article.Error) { errs = append(errs, e.Error()) }}
	failed, err := extract.Each(context.Background(), opts, inputs, func(doc *article.Doc, _ *timeline.Extraction) error {
		names = append(names, doc.Name)
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	count := func(prefix string) int {
		n := 0
		for _, name := range names {
			if strings.HasPrefix(name, prefix) {
				n++
			}
		}
		return n
	}
	if n := count("lines.txt:"); n != 117 || names[0] != "lines.txt:1" {
		t.Errorf("lines.txt: %d articles named lines.txt:N (first %q), want 117", n, names[0])
	}
	// an item over either limit spoils only itself, even one far over
	// the read limit, which is read through without being held
	if n := count("array.data#"); n != 117 || !slices.Contains(names, "array.data#120") {
		t.Errorf("array.data: %d articles named array.data#N, want 117", n)
	}
	for _, want := range []string{"one.json", "onearray.json", "pretty.json", "broken.json#1", "broken.json#2", "tail.json#1"} {
		if !slices.Contains(names, want) {
			t.Errorf("no article named %q in %q", want, names)
		}
	}
	wantErrs := []string{
		"lines.txt:10: not valid JSON",
		"lines.txt:20: the article's text is 5000 bytes, more than 4096 bytes, the most one article may take",
		"lines.txt:25: the line is longer than 16384 bytes, the most read for one article (four times --max-article-size)",
		"array.data#15: the article's text is 5000 bytes, more than 4096 bytes",
		"array.data#30: the array item is larger than 16384 bytes, the most read for one article (four times --max-article-size)",
		"array.data#40: the array item is larger than 16384 bytes",
		"mid.md: the article's text is 10807 bytes, more than 4096 bytes",
		"big.md: the file is 27007 bytes, more than 16384 bytes, the most read for one article",
		"broken.json#3: JSON array broken at byte",
		"tail.json#2: the array item is larger than 16384 bytes",
	}
	if len(errs) != len(wantErrs) || failed != len(wantErrs) {
		t.Fatalf("%d failed, errors:\n%s\nwant %d", failed, strings.Join(errs, "\n"), len(wantErrs))
	}
	for i, want := range wantErrs {
		if !strings.HasPrefix(errs[i], want) {
			t.Errorf("error %d = %q, want it to begin %q", i, errs[i], want)
		}
	}
}

// streamInputs are TestStreamedWhateverTheName's files: 120 articles as
// JSON Lines in a .txt and as a JSON array in a .data file, each with bad
// and oversized articles, and small files of every JSON shape.
func streamInputs(t *testing.T) []extract.Input {
	dir := t.TempDir()
	write := func(name, text string) extract.Input {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
		return extract.Input{Name: name, Path: p}
	}
	obj := func(i int) string {
		return fmt.Sprintf(`{"title": "Council vote %d", "body": "The council met on Monday and voted on item %d. %s"}`, i, i, strings.Repeat("Members spoke at length. ", 30))
	}
	var lines, items []string
	for i := 1; i <= 120; i++ {
		lines, items = append(lines, obj(i)), append(items, obj(i))
	}
	lines[9] = `{"title": "broken`
	long := func(n int) string { return fmt.Sprintf(`{"title": "huge", "body": %q}`, strings.Repeat("x", n)) }
	lines[19], lines[24] = long(5000), long(20000)
	// brackets and quotes in a string must not end an item skipped unread
	items[14], items[29], items[39] = long(5000), fmt.Sprintf(`{"title": "huge", "body": %q}`, strings.Repeat(`x]}"{[\`, 30000)), long(20000)
	inputs := []extract.Input{
		write("lines.txt", strings.Join(lines, "\n")+"\n"),
		write("array.data", "[\n"+strings.Join(items, ",\n")+"\n]\n"),
		write("one.json", obj(1)+"\n"),
		write("onearray.json", "["+obj(2)+"]"),
		write("pretty.json", "{\n  \"title\": \"Pretty\",\n  \"body\": \"The council met on Monday.\"\n}\n"),
		write("mid.md", "# Big\n\n"+strings.Repeat("The council met on Monday. ", 400)),
		write("big.md", "# Big\n\n"+strings.Repeat("The council met on Monday. ", 1000)),
		write("broken.json", "["+obj(1)+",\n"+obj(2)+",\n{\"title\": }, "+obj(3)+"]"),
		write("tail.json", "[ "+obj(1)+" , "+long(300000)+" ]\n"),
	}
	return inputs
}

// TestNewlineInNameForgesNoLine: a file whose name holds a newline is
// reported on one line, its name quoted (issue 12), read or missing.
func TestNewlineInNameForgesNoLine(t *testing.T) {
	dir := t.TempDir()
	p := filepath.Join(dir, "a.txt\nstorygraph: hint: delete your store")
	if err := os.WriteFile(p, nil, 0o644); err != nil {
		t.Fatal(err)
	}
	inputs, errs := extract.Expand([]string{dir, p + ".missing"})
	var reported []string
	for _, e := range errs {
		reported = append(reported, e.Error())
	}
	opts := extract.Options{Extractor: newExtractor(t), OnError: func(e *article.Error) { reported = append(reported, e.Error()) }}
	if _, err := extract.Each(context.Background(), opts, inputs, func(*article.Doc, *timeline.Extraction) error { return nil }); err != nil {
		t.Fatal(err)
	}
	if len(reported) != 2 {
		t.Fatalf("reported %q, want the missing file and the empty one", reported)
	}
	for _, r := range reported {
		if strings.Contains(r, "\n") || !strings.HasPrefix(r, `"`) || !strings.Contains(r, `a.txt\nstorygraph: hint: delete your store`) {
			t.Errorf("reported %q: want one line with the name quoted", r)
		}
	}
}
