package main

import (
	"bytes"
	"context"
	"io"
	"os"
	"path/filepath"
	"runtime/pprof"
	"strconv"
	"syscall"
	"testing"
	"time"

	"github.com/storygraph/storygraph/graph"
	"github.com/storygraph/storygraph/graph/sqlite"
	"github.com/storygraph/storygraph/graph/storetest"
	"github.com/storygraph/storygraph/internal/neo4jtest"
)

// benchArticles is how many generated articles BenchmarkEnrich stores:
// STORYGRAPH_BENCH_ARTICLES, 10,000 by default (100,000 for the issue's
// figures).
func benchArticles(b *testing.B) int {
	n := 10_000
	if v := os.Getenv("STORYGRAPH_BENCH_ARTICLES"); v != "" {
		var err error
		if n, err = strconv.Atoi(v); err != nil {
			b.Fatalf("STORYGRAPH_BENCH_ARTICLES=%q: %v", v, err)
		}
	}
	return n
}

// fillStore puts the generated articles from..to (storetest.Corpus, whose
// first n articles are the same for every n) into st, 1,000 a batch.
func fillStore(b *testing.B, st graph.Store, from, to int) {
	b.Helper()
	ctx := context.Background()
	all := storetest.Corpus(to, 10)
	for i := from; i < to; i += 1000 {
		if _, err := st.Put(ctx, all[i:min(i+1000, to)]); err != nil {
			b.Fatal(err)
		}
	}
}

// newBenchStore writes a SQLite store of n generated articles at path.
func newBenchStore(b *testing.B, path string, n int) {
	b.Helper()
	st, err := sqlite.Open(context.Background(), path)
	if err != nil {
		b.Fatal(err)
	}
	defer st.Close()
	fillStore(b, st, 0, n)
}

// BenchmarkEnrich measures `enrich --all --write` over a SQLite store of
// generated articles, then an incremental `enrich --write` after adding
// 1,000 more, each once (run with -benchtime=1x), and reports their
// seconds as all-s and incremental-s, the incremental run's time as a
// share of the full run's (incremental/all), the same in CPU time of the
// process (all-cpu-s, incremental-cpu-s, incremental/all-cpu: what a
// shared, loaded machine changes least), and logs how many lists the
// incremental run recomputed:
//
//	STORYGRAPH_BENCH_ARTICLES=100000 go test ./cmd/storygraph -run '^$' -bench Enrich -benchtime=1x -timeout 60m
//
// The store is built in the test's temporary folder, or reused from
// STORYGRAPH_BENCH_ENRICH_DB when that file exists (it is copied, so every
// run starts from the same store). With STORYGRAPH_TEST_NEO4J_URI (and
// STORYGRAPH_TEST_NEO4J_PASSWORD_FILE) set, as for the other Neo4j
// benchmarks, the store is that server's database neo4j instead: emptied,
// then filled with the generated articles. STORYGRAPH_BENCH_ENRICH_PROFILE=FILE
// writes a CPU profile of the incremental run (go tool pprof FILE).
func BenchmarkEnrich(b *testing.B) {
	n := benchArticles(b)
	ctx := context.Background()
	set, open := enrichBenchStore(b, n)
	e := &env{stdin: bytes.NewReader(nil), stdout: io.Discard, stderr: io.Discard}
	at := time.Date(2026, 2, 10, 8, 0, 0, 0, time.UTC)
	o := enrichOptions{all: true, write: true}
	o.related.Limit = 5
	for range b.N {
		b.StopTimer()
		st := open()
		b.StartTimer()
		cpu := cpuTime(b)
		start := time.Now()
		if err := runEnrich(ctx, e, set, nil, o, at); err != nil {
			b.Fatal(err)
		}
		all := time.Since(start)
		allCPU := cpuTime(b) - cpu
		b.StopTimer()
		fillStore(b, st, n, n+1000)
		st.Close()
		var out bytes.Buffer
		e.stdout = &out
		incremental := o
		incremental.all = false
		stop := profileCPU(b, os.Getenv("STORYGRAPH_BENCH_ENRICH_PROFILE"))
		cpu = cpuTime(b)
		start = time.Now()
		if err := runEnrich(ctx, e, set, nil, incremental, at.Add(time.Hour)); err != nil {
			b.Fatal(err)
		}
		inc := time.Since(start)
		incCPU := cpuTime(b) - cpu
		stop()
		b.ReportMetric(all.Seconds(), "all-s")
		b.ReportMetric(inc.Seconds(), "incremental-s")
		b.ReportMetric(inc.Seconds()/all.Seconds(), "incremental/all")
		b.ReportMetric(allCPU.Seconds(), "all-cpu-s")
		b.ReportMetric(incCPU.Seconds(), "incremental-cpu-s")
		b.ReportMetric(incCPU.Seconds()/allCPU.Seconds(), "incremental/all-cpu")
		b.Logf("%d articles: %s", n, out.String())
		e.stdout = io.Discard
	}
}

// enrichBenchStore is BenchmarkEnrich's store of n generated articles:
// its settings, and what opens it for adding more.
func enrichBenchStore(b *testing.B, n int) (storeSettings, func() graph.Store) {
	ctx := context.Background()
	if uri := os.Getenv(envNeo4jURI); uri != "" {
		neo4jtest.Lock(b, uri) // other packages' tests share the server
		set := storeSettings{neo4jURI: uri, neo4jUser: "neo4j", neo4jPwdFile: os.Getenv(envNeo4jPassword), neo4jDB: "neo4j"}
		open := func() graph.Store {
			st, err := openStore(ctx, set)
			if err != nil {
				b.Fatal(err)
			}
			return st
		}
		st := open()
		defer st.Close()
		if err := st.Reset(ctx); err != nil {
			b.Fatal(err)
		}
		fillStore(b, st, 0, n)
		return set, open
	}
	path := filepath.Join(b.TempDir(), "bench.db")
	if keep := os.Getenv("STORYGRAPH_BENCH_ENRICH_DB"); keep != "" {
		if _, err := os.Stat(keep); err != nil {
			newBenchStore(b, keep, n)
		}
		data, err := os.ReadFile(keep)
		if err != nil {
			b.Fatal(err)
		}
		if err := os.WriteFile(path, data, 0o644); err != nil {
			b.Fatal(err)
		}
	} else {
		newBenchStore(b, path, n)
	}
	return storeSettings{db: path}, func() graph.Store {
		st, err := sqlite.Open(ctx, path)
		if err != nil {
			b.Fatal(err)
		}
		return st
	}
}

// profileCPU starts a CPU profile into path ("" for none) and returns what
// stops it.
func profileCPU(b *testing.B, path string) (stop func()) {
	if path == "" {
		return func() {}
	}
	f, err := os.Create(path)
	if err != nil {
		b.Fatal(err)
	}
	if err := pprof.StartCPUProfile(f); err != nil {
		b.Fatal(err)
	}
	return func() {
		pprof.StopCPUProfile()
		if err := f.Close(); err != nil {
			b.Fatal(err)
		}
	}
}

// cpuTime is the CPU time (user and system) the process has used.
func cpuTime(b *testing.B) time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		b.Fatal(err)
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
