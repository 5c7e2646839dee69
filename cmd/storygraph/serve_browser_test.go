package main

import (
	"context"
	"net/http/httptest"
	"os"
	"os/exec"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
)

// The chronology page, fetched from the running server by headless
// Chromium: its entries are there and its script runs (the status line is
// filled in). Without Chromium the test skips, unless
// STORYGRAPH_TEST_REQUIRE_CHROMIUM=1 (CI).
func TestServePageInBrowser(t *testing.T) {
	exe := ""
	for _, name := range []string{"chromium", "chromium-browser", "google-chrome-stable", "google-chrome"} {
		if p, err := exec.LookPath(name); err == nil {
			exe = p
			break
		}
	}
	if exe == "" {
		const how = "install Debian's chromium package to fetch the page in a headless browser"
		if os.Getenv("STORYGRAPH_TEST_REQUIRE_CHROMIUM") == "1" {
			t.Fatal("no chromium on PATH and STORYGRAPH_TEST_REQUIRE_CHROMIUM=1: " + how)
		}
		t.Skip("no chromium on PATH: " + how)
	}
	srv, _ := serveStore(t)
	ts := httptest.NewServer(srv.handler("/news", 10*time.Second))
	defer ts.Close()

	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
	defer cancel()
	opts := append(chromedp.DefaultExecAllocatorOptions[:], chromedp.ExecPath(exe), chromedp.UserDataDir(t.TempDir()))
	alloc, cancelAlloc := chromedp.NewExecAllocator(ctx, opts...)
	defer cancelAlloc()
	browser, cancelBrowser := chromedp.NewContext(alloc)
	defer cancelBrowser()
	if err := chromedp.Do(browser, chromedp.Navigate(ts.URL+"/news/?entity=Zelenskyy"), chromedp.WaitVisible(chromedp.ID("filters"))); err != nil {
		t.Fatalf("fetching the page in %s: %v", exe, err)
	}
	entries, err := chromedp.Run(browser, chromedp.Evaluate[int](`document.querySelectorAll(".entry").length`))
	if err != nil {
		t.Fatal(err)
	}
	status, err := chromedp.Run(browser, chromedp.Evaluate[string](`document.getElementById("status").textContent`))
	if err != nil {
		t.Fatal(err)
	}
	if entries != 2 || status != "Showing all 2 entries" {
		t.Errorf("page: %d entries, status %q; want Zelenskyy's 2 entries shown", entries, status)
	}
}
