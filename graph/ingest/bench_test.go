package ingest_test

import (
	"bufio"
	"context"
	"os"
	"path/filepath"
	"syscall"
	"testing"
	"time"

	"github.com/storygraph/storygraph/graph"
	"github.com/storygraph/storygraph/graph/ingest"
	"github.com/storygraph/storygraph/graph/sqlite"
	"github.com/storygraph/storygraph/seeds"
	"github.com/storygraph/storygraph/timeline"
	"github.com/storygraph/storygraph/timeline/extract"
	"github.com/storygraph/storygraph/timeline/gazetteer"
	"github.com/storygraph/storygraph/timeline/synth"
)

// discard is a store that keeps nothing: the baseline that measures
// reading and extraction alone.
type discard struct{}

func (discard) Init(context.Context) error { return nil }
func (discard) Put(_ context.Context, b []*timeline.Extraction) ([]graph.Outcome, error) {
	return make([]graph.Outcome, len(b)), nil
}
func (discard) Events(context.Context, graph.Filter) ([]timeline.Record, error) { return nil, nil }
func (discard) Article(context.Context, string) (*timeline.Extraction, error) {
	return nil, graph.ErrNotFound
}
func (discard) Stats(context.Context) (graph.Stats, error) { return graph.Stats{}, nil }
func (discard) Reset(context.Context) error                { return nil }
func (discard) Close() error                               { return nil }

const benchArticles = 10000

func corpus(b *testing.B) string {
	b.Helper()
	path := filepath.Join(b.TempDir(), "corpus.jsonl")
	f, err := os.Create(path)
	if err != nil {
		b.Fatal(err)
	}
	w := bufio.NewWriter(f)
	for i := 0; i < benchArticles; i++ {
		w.Write(synth.JSONLine(i))
		w.WriteByte('\n')
	}
	if err := w.Flush(); err != nil {
		b.Fatal(err)
	}
	f.Close()
	return path
}

// cpuTime is the CPU time the process has used so far (user and system,
// all threads). On a machine shared with other work, articles/s says as
// much about the others as about ingest; CPU time per article does not.
func cpuTime(b *testing.B) time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		b.Fatal(err)
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

// BenchmarkIngest ingests 10,000 synthetic articles (go test -bench Ingest
// -benchtime 1x ./graph/ingest/): "baseline" reads and extracts into a
// store that keeps nothing, "sqlite" does the same into a fresh embedded
// store. Both report articles/s; the ratio sqlite/baseline is what the
// store costs. Each also reports cpu-ms/article, the CPU time of the whole
// process per article, which a loaded machine does not skew: 4,000
// articles/s on 2 cores needs at most 0.5. Target: ≥4,000 articles/s into
// SQLite on 2 cores (issue 12).
func BenchmarkIngest(b *testing.B) {
	g, err := gazetteer.LoadFS(seeds.FS(), seeds.GazetteerDir)
	if err != nil {
		b.Fatal(err)
	}
	x := &extract.Extractor{Gazetteer: g}
	path := corpus(b)
	run := func(b *testing.B, open func(b *testing.B) graph.Store) {
		var cpu time.Duration
		for i := 0; i < b.N; i++ {
			b.StopTimer()
			st := open(b)
			b.StartTimer()
			before := cpuTime(b)
			sum, err := ingest.Run(context.Background(), ingest.Options{Store: st, Options: extract.Options{Extractor: x}}, []extract.Input{{Name: "corpus.jsonl", Path: path}})
			if err != nil || sum.Failed > 0 {
				b.Fatalf("ingest: %v (%+v)", err, sum)
			}
			cpu += cpuTime(b) - before
			b.StopTimer()
			st.Close()
			b.StartTimer()
		}
		b.ReportMetric(float64(benchArticles*b.N)/b.Elapsed().Seconds(), "articles/s")
		b.ReportMetric(float64(cpu.Microseconds())/1000/float64(benchArticles*b.N), "cpu-ms/article")
	}
	b.Run("baseline", func(b *testing.B) { run(b, func(*testing.B) graph.Store { return discard{} }) })
	b.Run("sqlite", func(b *testing.B) {
		run(b, func(b *testing.B) graph.Store {
			st, err := sqlite.Open(context.Background(), filepath.Join(b.TempDir(), "bench.db"))
			if err != nil {
				b.Fatal(err)
			}
			return st
		})
	})
}
