package render_test

import (
	"bytes"
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"image/png"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/chromedp/cdproto/accessibility"
	"github.com/chromedp/cdproto/network"
	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/kb"

	"github.com/storygraph/storygraph/graph"
	"github.com/storygraph/storygraph/graph/ingest"
	"github.com/storygraph/storygraph/graph/sqlite"
	"github.com/storygraph/storygraph/seeds"
	"github.com/storygraph/storygraph/timeline/chronology"
	"github.com/storygraph/storygraph/timeline/extract"
	"github.com/storygraph/storygraph/timeline/gazetteer"
	"github.com/storygraph/storygraph/timeline/render"
)

// chromium is the browser the page test drives: Debian's chromium package.
// Without it the test skips and says how to get it, unless
// STORYGRAPH_TEST_REQUIRE_CHROMIUM=1 (CI), where a skip would hide a
// broken page.
func chromium(t testing.TB) string {
	t.Helper()
	for _, name := range []string{"chromium", "chromium-browser", "google-chrome-stable", "google-chrome"} {
		if p, err := exec.LookPath(name); err == nil {
			return p
		}
	}
	const how = "install Debian's chromium package (apt-get install chromium) to open the HTML page in a headless browser"
	if os.Getenv("STORYGRAPH_TEST_REQUIRE_CHROMIUM") == "1" {
		t.Fatal("no chromium on PATH and STORYGRAPH_TEST_REQUIRE_CHROMIUM=1: " + how)
	}
	t.Skip("no chromium on PATH: " + how)
	return ""
}

// TestPageInBrowser opens the HTML chronology in headless Chromium, as a
// reader would open the saved file: the entries and filters are there,
// choosing an entity or typing words hides the other entries, the page
// makes no network request, and it fits a phone's width. With -update it
// also rewrites testdata/page.png, the README's screenshot of the page on
// the demo's store; review it by eye.
func TestPageInBrowser(t *testing.T) {
	browser := startBrowser(t)
	sample := sampleChronology(t)

	t.Run("entries and filters", func(t *testing.T) {
		p := openPage(t, browser, sample)
		if got := p.visible(t); len(got) != len(sample.Entries) {
			t.Errorf("%d entries visible, want all %d", len(got), len(sample.Entries))
		}
		for _, f := range []struct {
			id   string
			want int
		}{
			{"f-entity", count(sample, func(e chronology.Entry) []string { return participantNames(e) })},
			{"f-place", count(sample, func(e chronology.Entry) []string { return e.Places })},
			{"f-kind", count(sample, func(e chronology.Entry) []string { return []string{string(e.Kind)} })},
			{"f-topic", count(sample, func(e chronology.Entry) []string { return e.Topics })},
		} {
			n := evalIn[int](t, p, `document.querySelectorAll("#`+f.id+` option[value]:not([value=''])").length`)
			if n != f.want || f.want == 0 {
				t.Errorf("#%s offers %d choices, want %d (one per value in the entries)", f.id, n, f.want)
			}
			if label := evalIn[string](t, p, `document.querySelector("label[for=`+f.id+`]").textContent`); label == "" {
				t.Errorf("#%s has no label", f.id)
			}
		}
		if s, want := p.text(t, "#status"), fmt.Sprintf("Showing all %d entries", len(sample.Entries)); s != want {
			t.Errorf("status = %q, want %q", s, want)
		}
		// the inline CSS was allowed by the page's own Content Security Policy
		if w := evalIn[string](t, p, `getComputedStyle(document.querySelector(".entry")).borderLeftWidth`); w != "3px" {
			t.Errorf("entry border = %q: the page's CSS did not apply (does the CSP hash match?)", w)
		}
		p.noNetwork(t)
	})

	t.Run("choosing an entity hides the other entries", func(t *testing.T) {
		p := openPage(t, browser, sample)
		const who = "Jared Kushner"
		want := entryIDs(sample, func(e chronology.Entry) bool { return slices.Contains(participantNames(e), who) })
		if len(want) == 0 || len(want) == len(sample.Entries) {
			t.Fatalf("%s is in %d of %d entries: choose someone in some but not all", who, len(want), len(sample.Entries))
		}
		// with the keyboard, as a reader would
		p.choose(t, "f-entity", who)
		if got := evalIn[string](t, p, `(s => s.options[s.selectedIndex].text)(document.getElementById("f-entity"))`); !strings.HasPrefix(got, who) {
			t.Fatalf("typing %q chose %q", who, got)
		}
		if got := p.visible(t); !slices.Equal(got, want) {
			t.Errorf("visible entries = %q, want the entries with %s %q", got, who, want)
		}
		if n := evalIn[int](t, p, `[...document.querySelectorAll("section.date")].filter(s => !s.hidden).length`); n != evalIn[int](t, p,
			`new Set([...document.querySelectorAll(".entry:not([hidden])")].map(e => e.closest("section"))).size`) {
			t.Errorf("%d date groups shown, want only those with a visible entry", n)
		}
		if s := p.text(t, "#status"); !strings.HasPrefix(s, "Showing ") || !strings.Contains(s, " of ") {
			t.Errorf("status = %q, want it to say how many are shown", s)
		}
		p.do(t, chromedp.Click(chromedp.ID("f-clear")))
		if got := p.visible(t); len(got) != len(sample.Entries) {
			t.Errorf("after Clear filters %d entries visible, want %d", len(got), len(sample.Entries))
		}
		p.noNetwork(t)
	})

	t.Run("a name in an entry picks it", func(t *testing.T) {
		p := openPage(t, browser, sample)
		const who = "Vladimir Putin"
		want := entryIDs(sample, func(e chronology.Entry) bool { return slices.Contains(participantNames(e), who) })
		// Tab to the first button for him, press Enter: the keyboard path a click also takes
		if !evalIn[bool](t, p, `(b => { if (!b) return false; b.focus(); return document.activeElement === b })(
			[...document.querySelectorAll("button.pick[data-facet=entity]")].find(b => b.textContent === "`+who+`"))`) {
			t.Fatalf("no button for %s in the entries", who)
		}
		p.do(t, chromedp.KeyEvent("\r"))
		if got := p.visible(t); !slices.Equal(got, want) {
			t.Errorf("after choosing %s in an entry: visible %q, want %q", who, got, want)
		}
		if got := evalIn[string](t, p, `(s => s.options[s.selectedIndex].text)(document.getElementById("f-entity"))`); !strings.HasPrefix(got, who) {
			t.Errorf("the Who filter shows %q, want %s", got, who)
		}
	})

	t.Run("the filters live in the address", func(t *testing.T) {
		p := openPage(t, browser, sample)
		p.do(t, chromedp.SendKeys(chromedp.ID("f-text"), "moscow"))
		p.choose(t, "f-entity", "Jared Kushner")
		if h := evalIn[string](t, p, `location.hash`); h != "#?entity=Jared+Kushner&q=moscow" {
			t.Errorf("address = %q, want the filters in it", h)
		}
		want := p.visible(t)
		// the same address opened afresh shows the same entries
		q := openURL(t, browser, p.url+"#?entity=Jared+Kushner&q=moscow")
		q.do(t, chromedp.WaitVisible(chromedp.ID("filters")))
		if got := q.visible(t); !slices.Equal(got, want) || len(got) == 0 {
			t.Errorf("reopened with the address: visible %q, want %q", got, want)
		}
		if v := evalIn[string](t, q, `document.getElementById("f-text").value`); v != "moscow" {
			t.Errorf("search box = %q after reopening", v)
		}
		// a link to an entry is an address too, and is left as it is
		id := sample.Entries[len(sample.Entries)-1].ID
		r := openURL(t, browser, p.url+"#"+id)
		r.do(t, chromedp.WaitVisible(chromedp.ID("filters")))
		if h := evalIn[string](t, r, `location.hash`); h != "#"+id {
			t.Errorf("a link to an entry became %q", h)
		}
		if got := r.visible(t); len(got) != len(sample.Entries) {
			t.Errorf("a link to an entry shows %d entries, want all %d", len(got), len(sample.Entries))
		}
		if !evalIn[bool](t, r, `document.getElementById(`+strconv.Quote(id)+`).matches(":target")`) {
			t.Errorf("the linked entry %s is not the target", id)
		}
	})

	t.Run("typing filters as you type", func(t *testing.T) {
		p := openPage(t, browser, sample)
		for _, q := range []struct{ typed string }{
			{"moscow"},             // case does not matter
			{"ZAPORIZHZHIA"},       // nor does upper case
			{"abu dhabi"},          // several words
			{"no such words here"}, // nothing: a message says so
		} {
			p.do(t, chromedp.Click(chromedp.ID("f-clear")), chromedp.SendKeys(chromedp.ID("f-text"), q.typed))
			if v := evalIn[string](t, p, `document.getElementById("f-text").value`); v != q.typed {
				t.Fatalf("the search box holds %q after Clear filters and typing %q", v, q.typed)
			}
			want := entryIDs(sample, func(e chronology.Entry) bool { return allWords(entryText(e), q.typed) })
			got := p.visible(t)
			if !slices.Equal(got, want) {
				t.Errorf("typed %q: visible %q, want %q", q.typed, got, want)
			}
			none := evalIn[bool](t, p, `!document.getElementById("none").hidden`)
			if none != (len(want) == 0) {
				t.Errorf("typed %q: 'no entries match' shown = %v with %d matches", q.typed, none, len(want))
			}
		}
		p.noNetwork(t)
	})

	t.Run("keyboard reaches the filters", func(t *testing.T) {
		p := openPage(t, browser, sample)
		// Tab from the top: the skip link, then the search box.
		p.do(t, chromedp.KeyEvent("\t"), chromedp.KeyEvent("\t"))
		if id := evalIn[string](t, p, `document.activeElement.id`); id != "f-text" {
			t.Errorf("second Tab focuses %q, want the search box", id)
		}
	})

	t.Run("no request even for a page that links out", func(t *testing.T) {
		// A control that the listener sees requests at all: the same
		// browser fetching an image from a closed local port.
		p := openRaw(t, browser, []byte(`<!doctype html><title>control</title><img src="http://127.0.0.1:9/x.png" alt="">`))
		p.waitRequest(t, "http://127.0.0.1:9/x.png")
		// The page's CSP stops even an image smuggled into an entry's
		// text from loading (html/template escapes it anyway).
		c := sample
		c.Entries = slices.Clone(c.Entries)
		c.Entries[0].Summary = `<img src="http://127.0.0.1:9/y.png">`
		p = openPage(t, browser, c)
		if n := evalIn[int](t, p, `document.querySelectorAll("img").length`); n != 0 {
			t.Errorf("%d img elements: the summary was not escaped", n)
		}
		p.noNetwork(t)
	})

	t.Run("every control has an accessible name", func(t *testing.T) {
		p := openPage(t, browser, sample)
		ctx, cancel := context.WithTimeout(p.ctx, 20*time.Second)
		defer cancel()
		tree, err := chromedp.Call(ctx, accessibility.GetFullAXTree, accessibility.GetFullAXTreeParams{})
		if err != nil {
			t.Fatal(err)
		}
		str := func(v *accessibility.Value) string {
			var s string
			if v != nil {
				_ = json.Unmarshal(v.Value, &s)
			}
			return s
		}
		roles := map[string]int{}
		for _, n := range tree.Nodes {
			if n.Ignored {
				continue
			}
			role, name := str(n.Role), str(n.Name)
			roles[role]++
			switch role {
			case "textbox", "searchbox", "combobox", "button", "link":
				if strings.TrimSpace(name) == "" {
					t.Errorf("a %s without a name a screen reader could say", role)
				}
			case "search":
				if name != "Filter the chronology" {
					t.Errorf("search landmark named %q", name)
				}
			}
		}
		for _, role := range []string{"main", "search", "heading", "combobox", "button", "status"} {
			if roles[role] == 0 {
				t.Errorf("no %s in the accessibility tree (roles: %v)", role, roles)
			}
		}
	})

	t.Run("fits a phone", func(t *testing.T) {
		p := openPage(t, browser, sample)
		p.do(t, chromedp.EmulateViewport(375, 740, chromedp.EmulateScale(2)))
		if w := evalIn[int](t, p, `document.documentElement.scrollWidth`); w > 375 {
			t.Errorf("page is %dpx wide on a 375px phone: it scrolls sideways", w)
		}
		if !evalIn[bool](t, p, `!!document.querySelector('meta[name=viewport]')`) {
			t.Error("no viewport meta")
		}
	})

	t.Run("screenshot of the demo", func(t *testing.T) {
		p := openPage(t, browser, demoChronology(t))
		p.do(t, chromedp.EmulateViewport(900, 1300))
		shot, err := chromedp.Run(p.ctx, chromedp.CaptureScreenshot())
		if err != nil {
			t.Fatal(err)
		}
		if _, err := png.Decode(bytes.NewReader(shot)); err != nil {
			t.Fatalf("screenshot is not a PNG: %v", err)
		}
		if update := flag.Lookup("update"); update != nil && update.Value.String() == "true" {
			if err := os.WriteFile(filepath.Join("testdata", "page.png"), shot, 0o644); err != nil {
				t.Fatal(err)
			}
		}
	})
}

// startBrowser starts one headless Chromium for a test and its subtests,
// each of which opens its own tab; the deadline keeps a hung browser from
// hanging the run.
func startBrowser(t testing.TB) context.Context {
	t.Helper()
	exe := chromium(t)
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
	t.Cleanup(cancel)
	opts := append(chromedp.DefaultExecAllocatorOptions[:], chromedp.ExecPath(exe), chromedp.WindowSize(1024, 768),
		chromedp.UserDataDir(t.TempDir()))
	alloc, cancelAlloc := chromedp.NewExecAllocator(ctx, opts...)
	t.Cleanup(cancelAlloc)
	browser, cancelBrowser := chromedp.NewContext(alloc)
	t.Cleanup(cancelBrowser)
	if err := chromedp.Do(browser); err != nil {
		t.Fatalf("starting %s: %v", exe, err)
	}
	return browser
}

// BenchmarkPageFilter is what a reader waits for when choosing a filter on
// a page of 1,000 and 10,000 entries: choosing the next person in the Who
// list, from the change event to the next frame (the page's work, then the
// browser's style and layout), timed in the page; p50 and p99 of the same
// run.
func BenchmarkPageFilter(b *testing.B) {
	browser := startBrowser(b)
	for _, n := range []int{1000, 10000} {
		var buf bytes.Buffer
		if err := render.HTML(&buf, bigChronology(n)); err != nil {
			b.Fatal(err)
		}
		path := filepath.Join(b.TempDir(), "big.html")
		if err := os.WriteFile(path, buf.Bytes(), 0o644); err != nil {
			b.Fatal(err)
		}
		b.Run(fmt.Sprintf("entries=%d", n), func(b *testing.B) {
			tab, closeTab := chromedp.NewContext(browser)
			defer closeTab()
			if err := chromedp.Do(tab, chromedp.Navigate("file://"+filepath.ToSlash(path)), chromedp.WaitVisible(chromedp.ID("filters"))); err != nil {
				b.Fatal(err)
			}
			var ms []float64
			for i := 0; b.Loop(); i++ {
				// until the frame after the change: the page's work and
				// the browser's style and layout of what it hid
				took, err := chromedp.Run(tab, chromedp.Evaluate[float64](fmt.Sprintf(`(async () => {
					const s = document.getElementById("f-entity");
					s.selectedIndex = 1 + %d %% (s.options.length - 1);
					const t0 = performance.now();
					s.dispatchEvent(new Event("change", {bubbles: true}));
					await new Promise(done => requestAnimationFrame(() => setTimeout(done, 0)));
					return performance.now() - t0;
				})()`, i), chromedp.EvalAwaitPromise))
				if err != nil {
					b.Fatal(err)
				}
				ms = append(ms, took)
			}
			slices.Sort(ms)
			b.ReportMetric(ms[len(ms)/2], "p50-ms")
			b.ReportMetric(ms[len(ms)*99/100], "p99-ms")
		})
	}
}

// page is one tab with a chronology page loaded from a file, and every
// request that tab sent.
type page struct {
	ctx  context.Context
	url  string
	mu   sync.Mutex
	reqs []string
}

func openPage(t *testing.T, browser context.Context, c render.Chronology) *page {
	t.Helper()
	var buf bytes.Buffer
	if err := render.HTML(&buf, c); err != nil {
		t.Fatal(err)
	}
	p := openRaw(t, browser, buf.Bytes())
	// the filters appear once the page's script has run
	p.do(t, chromedp.WaitVisible(chromedp.ID("filters")))
	return p
}

func openRaw(t *testing.T, browser context.Context, html []byte) *page {
	t.Helper()
	path := filepath.Join(t.TempDir(), "page.html")
	if err := os.WriteFile(path, html, 0o644); err != nil {
		t.Fatal(err)
	}
	return openURL(t, browser, "file://"+filepath.ToSlash(path))
}

func openURL(t *testing.T, browser context.Context, url string) *page {
	t.Helper()
	tab, closeTab := chromedp.NewContext(browser)
	t.Cleanup(closeTab)
	p := &page{ctx: tab, url: url}
	if err := chromedp.Do(tab); err != nil { // opens the tab, so Listen has one
		t.Fatal(err)
	}
	err := chromedp.Listen(tab, func(ev any) {
		if ev, ok := ev.(*network.EventRequestWillBeSent); ok {
			p.mu.Lock()
			p.reqs = append(p.reqs, ev.Request.URL)
			p.mu.Unlock()
		}
	})
	if err != nil {
		t.Fatal(err)
	}
	p.do(t, chromedp.Navigate(p.url))
	return p
}

// do runs actions with a deadline of their own, so a wait that never ends
// fails the subtest and not the whole run.
func (p *page) do(t *testing.T, actions ...chromedp.Action[chromedp.Void]) {
	t.Helper()
	ctx, cancel := context.WithTimeout(p.ctx, 20*time.Second)
	defer cancel()
	if err := chromedp.Do(ctx, actions...); err != nil {
		t.Fatal(err)
	}
}

func evalIn[T any](t *testing.T, p *page, js string) T {
	t.Helper()
	ctx, cancel := context.WithTimeout(p.ctx, 20*time.Second)
	defer cancel()
	v, err := chromedp.Run(ctx, chromedp.Evaluate[T](js))
	if err != nil {
		t.Fatalf("%s: %v", js, err)
	}
	return v
}

func (p *page) text(t *testing.T, css string) string {
	t.Helper()
	return evalIn[string](t, p, `document.querySelector("`+css+`").textContent`)
}

// visible are the ids of the entries a reader sees (rendered, not just
// unhidden: a hidden date group hides its entries too).
func (p *page) visible(t *testing.T) []string {
	t.Helper()
	return evalIn[[]string](t, p, `[...document.querySelectorAll(".entry")].filter(e => e.getClientRects().length > 0).map(e => e.id)`)
}

// choose picks the option whose label starts with label in the list with
// the id, with the keyboard: focus, then the down arrow until it is
// chosen. (Typing the name would depend on the browser's one-second
// type-ahead, which a loaded machine can outlast between two keys.)
func (p *page) choose(t *testing.T, id, label string) {
	t.Helper()
	i := evalIn[int](t, p, `[...document.getElementById(`+strconv.Quote(id)+`).options].findIndex(o => o.text.startsWith(`+strconv.Quote(label)+`))`)
	if i <= 0 {
		t.Fatalf("#%s offers no %q", id, label)
	}
	p.do(t, chromedp.Focus(chromedp.ID(id)), chromedp.KeyEvent(strings.Repeat(kb.ArrowDown, i)))
}

// noNetwork fails when the tab requested anything but the page itself.
func (p *page) noNetwork(t *testing.T) {
	t.Helper()
	// a round trip, so events sent before it have been handled
	_ = evalIn[int](t, p, `1`)
	p.mu.Lock()
	defer p.mu.Unlock()
	for _, u := range p.reqs {
		if u != p.url {
			t.Errorf("the page requested %s: it must load nothing", u)
		}
	}
	if !slices.Contains(p.reqs, p.url) {
		t.Errorf("no request for the page itself seen (%q): is the listener working?", p.reqs)
	}
}

// waitRequest waits until the tab has requested url.
func (p *page) waitRequest(t *testing.T, url string) {
	t.Helper()
	deadline := time.Now().Add(20 * time.Second)
	for {
		p.mu.Lock()
		seen := slices.Contains(p.reqs, url)
		p.mu.Unlock()
		if seen {
			return
		}
		if time.Now().After(deadline) {
			t.Fatalf("the control page's request for %s was never seen: the no-network check could not fail", url)
		}
		_ = evalIn[int](t, p, `1`) // a round trip to the browser, not a sleep
	}
}

func participantNames(e chronology.Entry) []string {
	var out []string
	for _, p := range e.Participants {
		out = append(out, p.Name)
	}
	return out
}

// count is the number of distinct values of one filter in the entries.
func count(c render.Chronology, values func(chronology.Entry) []string) int {
	seen := map[string]bool{}
	for _, e := range c.Entries {
		for _, v := range values(e) {
			seen[v] = true
		}
	}
	return len(seen)
}

func entryIDs(c render.Chronology, keep func(chronology.Entry) bool) []string {
	out := []string{}
	for _, e := range c.Entries {
		if keep(e) {
			out = append(out, e.ID)
		}
	}
	return out
}

// entryText is what the page shows of an entry, for the expected matches
// of the text box.
func entryText(e chronology.Entry) string {
	parts := []string{e.DateLabel, string(e.Kind), string(e.Status), string(e.Certainty), e.Time, e.Timezone}
	if len(e.Quotes()) == 0 {
		parts = append(parts, e.Summary) // else the sentences stand for it
	}
	parts = append(parts, participantNames(e)...)
	parts = append(parts, e.Places...)
	parts = append(parts, e.Topics...)
	for _, s := range e.Sources {
		parts = append(parts, s.Sentence, s.Article.Title, s.Article.Source, s.Article.Published)
	}
	return strings.ToLower(strings.Join(parts, " "))
}

func allWords(text, typed string) bool {
	for _, w := range strings.Fields(strings.ToLower(typed)) {
		if !strings.Contains(text, w) {
			return false
		}
	}
	return true
}

// demoChronology is what `storygraph demo` shows: the built-in sample
// articles in a fresh embedded store, the peace-negotiations topic.
func demoChronology(t *testing.T) render.Chronology {
	t.Helper()
	ctx := context.Background()
	g, err := gazetteer.LoadFS(seeds.FS(), seeds.GazetteerDir)
	if err != nil {
		t.Fatal(err)
	}
	// the same files the binary embeds, read where they live
	inputs, errs := extract.Expand([]string{filepath.Join("..", "..", "seeds", seeds.ArticlesDir)})
	if len(errs) > 0 {
		t.Fatal(errs[0])
	}
	st, err := sqlite.Open(ctx, filepath.Join(t.TempDir(), "demo.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	if _, err := ingest.Run(ctx, ingest.Options{Store: st, Options: extract.Options{Extractor: &extract.Extractor{Gazetteer: g}}}, inputs); err != nil {
		t.Fatal(err)
	}
	recs, err := st.Events(ctx, graph.Filter{Topics: []string{"peace-negotiations"}})
	if err != nil {
		t.Fatal(err)
	}
	return render.Chronology{Title: "Russia-Ukraine peace negotiations: chronology from the sample articles",
		Entries: chronology.Chronology(recs, chronology.ChronologyOptions{Countries: g.Countries()})}
}
