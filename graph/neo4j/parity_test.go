package neo4j_test

import (
	"bufio"
	"bytes"
	"context"
	"os"
	"path/filepath"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/storygraph/storygraph/graph"
	"github.com/storygraph/storygraph/graph/ingest"
	"github.com/storygraph/storygraph/graph/neo4j"
	"github.com/storygraph/storygraph/graph/sqlite"
	"github.com/storygraph/storygraph/seeds"
	"github.com/storygraph/storygraph/timeline"
	"github.com/storygraph/storygraph/timeline/chronology"
	"github.com/storygraph/storygraph/timeline/extract"
	"github.com/storygraph/storygraph/timeline/gazetteer"
	"github.com/storygraph/storygraph/timeline/render"
	"github.com/storygraph/storygraph/timeline/synth"
)

// TestSameChronologyOnBothStores ingests the sample article and a
// generated corpus into the embedded store and into Neo4j, and checks that
// `timeline --format json` gives byte-identical output for a range of
// filters. It lives in this package because tests of one package run one
// after the other, and every test here empties the same Neo4j database.
func TestSameChronologyOnBothStores(t *testing.T) {
	cfg := testConfig(t)
	ctx := context.Background()
	dir := t.TempDir()
	corpus := filepath.Join(dir, "corpus.jsonl")
	f, err := os.Create(corpus)
	if err != nil {
		t.Fatal(err)
	}
	w := bufio.NewWriter(f)
	const n = 2000
	for i := 0; i < n; i++ {
		w.Write(synth.JSONLine(i))
		w.WriteByte('\n')
	}
	if err := w.Flush(); err != nil {
		t.Fatal(err)
	}
	f.Close()
	inputs := []extract.Input{{Name: "sample.txt", Path: filepath.Join("..", "..", "seeds", "articles", "000_03fc8d64ca5172c5.txt")}, {Name: "corpus.jsonl", Path: corpus}}

	g, err := gazetteer.LoadFS(seeds.FS(), seeds.GazetteerDir)
	if err != nil {
		t.Fatal(err)
	}
	x := &extract.Extractor{Gazetteer: g}

	lite, err := sqlite.Open(ctx, filepath.Join(dir, "story.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer lite.Close()
	n4, err := neo4j.Open(ctx, cfg)
	if err != nil {
		t.Fatal(err)
	}
	defer n4.Close()
	if err := n4.Reset(ctx); err != nil {
		t.Fatal(err)
	}
	for _, st := range []graph.Store{lite, n4} {
		sum, err := ingest.Run(ctx, ingest.Options{Store: st, BatchSize: 500, Options: extract.Options{Extractor: x}}, inputs)
		if err != nil || sum.Failed != 0 || sum.New != n+1 {
			t.Fatalf("ingest: %v, %+v", err, sum)
		}
	}
	for _, f := range []graph.Filter{
		{},
		{Entities: []string{"Witkoff"}},
		{Entities: []string{"zelensky", "Putin"}},
		{Topics: []string{"peace-negotiations"}, From: "2026-01-01", To: "2026-01-31"},
		{Places: []string{"Kyiv", "Odesa"}, Kinds: []timeline.Kind{timeline.KindAttack}},
		{From: "2025-12-01", To: "2025-12-31"},
	} {
		var outs [2][]byte
		for i, st := range []graph.Store{lite, n4} {
			recs, err := st.Events(ctx, f)
			if err != nil {
				t.Fatal(err)
			}
			var buf bytes.Buffer
			// the chronology users get: merged, with the gazetteer's countries
			c := render.Chronology{Title: "parity", Entries: chronology.Chronology(recs, chronology.ChronologyOptions{Countries: g.Countries()})}
			if err := render.JSON(&buf, c); err != nil {
				t.Fatal(err)
			}
			outs[i] = buf.Bytes()
		}
		if len(outs[0]) < 100 {
			t.Errorf("filter %+v: almost nothing matched (%d bytes); the test would prove little", f, len(outs[0]))
		}
		if !bytes.Equal(outs[0], outs[1]) {
			t.Errorf("filter %+v: SQLite and Neo4j chronologies differ (-sqlite +neo4j):\n%s", f, cmp.Diff(string(outs[0]), string(outs[1])))
		}
	}
}
