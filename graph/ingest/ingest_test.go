package ingest_test

import (
	"bytes"
	"context"
	"database/sql"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/storygraph/storygraph/graph"
	"github.com/storygraph/storygraph/graph/ingest"
	"github.com/storygraph/storygraph/graph/sqlite"
	"github.com/storygraph/storygraph/seeds"
	"github.com/storygraph/storygraph/timeline/article"
	"github.com/storygraph/storygraph/timeline/chronology"
	"github.com/storygraph/storygraph/timeline/extract"
	"github.com/storygraph/storygraph/timeline/gazetteer"
	"github.com/storygraph/storygraph/timeline/render"
	"github.com/storygraph/storygraph/timeline/synth"
)

func extractor(t *testing.T) *extract.Extractor {
	t.Helper()
	g, err := gazetteer.LoadFS(seeds.FS(), seeds.GazetteerDir)
	if err != nil {
		t.Fatal(err)
	}
	return &extract.Extractor{Gazetteer: g}
}

// TestRunReportsAndGoesOn: bad inputs are reported in input order with
// their line, the good ones stored, and progress counts every input.
func TestRunReportsAndGoesOn(t *testing.T) {
	dir := t.TempDir()
	write := func(name, text string) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	lines := string(synth.JSONLine(1)) + "\n{broken\n\n" + string(synth.JSONLine(2)) + "\n"
	inputs, errs := extract.Expand([]string{write("a.jsonl", lines), write("empty.txt", ""), filepath.Join(dir, "missing.md"), write("b.md", "---\ntitle: B\npublished: 2026-01-05\n---\nOfficials met in Kyiv on Monday.\n")})
	if len(errs) != 1 || !strings.Contains(errs[0].Error(), "missing.md") {
		t.Fatalf("Expand errors = %v", errs)
	}
	st, err := sqlite.Open(context.Background(), filepath.Join(dir, "s.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	var reported []string
	var progress []int
	sum, err := ingest.Run(context.Background(), ingest.Options{Store: st, BatchSize: 1, Options: extract.Options{Extractor: extractor(t), Workers: 3,
		OnError:    func(e *article.Error) { reported = append(reported, e.Error()) },
		OnProgress: func(done, total int) { progress = append(progress, done*10+total) }}}, inputs)
	if err != nil {
		t.Fatal(err)
	}
	if sum.New != 3 || sum.Failed != 2 {
		t.Errorf("summary %+v, want 3 new and 2 failed", sum)
	}
	if len(reported) != 2 || !strings.Contains(reported[0], "a.jsonl:2") || !strings.Contains(reported[1], "empty.txt") {
		t.Errorf("reported %q, want a.jsonl:2 then empty.txt", reported)
	}
	if !cmp.Equal(progress, []int{13, 23, 33}) {
		t.Errorf("progress %v, want 1/3, 2/3, 3/3", progress)
	}
}

// TestRunIsDeterministic: whatever the number of workers and the batch
// size, the store ends up with the same rows in every table, in the same
// order, and timeline --format json gives the same bytes: the worker pool
// hands extractions on in input order, so parallel ingest is only faster.
// Inputs are files read whole and JSON Lines streamed a line a job.
func TestRunIsDeterministic(t *testing.T) {
	dir := t.TempDir()
	var names []string
	for i := 0; i < 40; i++ {
		name, data := synth.Article(i)
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, data, 0o644); err != nil {
			t.Fatal(err)
		}
		names = append(names, p)
	}
	var lines []byte
	for i := 40; i < 140; i++ {
		lines = append(append(lines, synth.JSONLine(i)...), '\n')
	}
	jsonl := filepath.Join(dir, "more.jsonl")
	if err := os.WriteFile(jsonl, lines, 0o644); err != nil {
		t.Fatal(err)
	}
	inputs, _ := extract.Expand(append(names, jsonl))
	x := extractor(t)
	type run struct{ workers, batch int }
	var dumps, timelines []string
	for _, r := range []run{{1, 1024}, {4, 7}, {2, 1024}} {
		path := filepath.Join(dir, fmt.Sprintf("w%d-b%d.db", r.workers, r.batch))
		st, err := sqlite.Open(context.Background(), path)
		if err != nil {
			t.Fatal(err)
		}
		if _, err := ingest.Run(context.Background(), ingest.Options{Store: st, BatchSize: r.batch, Options: extract.Options{Extractor: x, Workers: r.workers}}, inputs); err != nil {
			t.Fatal(err)
		}
		recs, err := st.Events(context.Background(), graph.Filter{})
		if err != nil {
			t.Fatal(err)
		}
		st.Close()
		var buf bytes.Buffer
		if err := render.JSON(&buf, render.Chronology{Entries: chronology.Chronology(recs, chronology.ChronologyOptions{})}); err != nil {
			t.Fatal(err)
		}
		timelines = append(timelines, buf.String())
		dumps = append(dumps, dump(t, path))
	}
	if len(timelines[0]) < 1000 || !strings.Contains(dumps[0], "more.jsonl:100") {
		t.Fatalf("the sequential run stored too little: %d bytes of timeline", len(timelines[0]))
	}
	for i := 1; i < len(dumps); i++ {
		if d := cmp.Diff(dumps[0], dumps[i]); d != "" {
			t.Errorf("run %d stored other rows than the sequential run (-sequential +parallel):\n%.3000s", i, d)
		}
		if timelines[0] != timelines[i] {
			t.Errorf("run %d gives other timeline JSON than the sequential run", i)
		}
	}
}

// dump is every row of every table of the SQLite file at path, in the
// order the table keeps them. The search index's segments (event_text_data
// and _idx) are left out: FTS5 lays them out by commit, so batch sizes
// differ there while what is indexed (event_text_content) is the same.
func dump(t *testing.T, path string) string {
	t.Helper()
	db, err := sql.Open("sqlite", "file:"+path+"?mode=ro")
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	var tables []string
	rows, err := db.Query(`SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND sql NOT LIKE 'CREATE VIRTUAL%' AND name NOT IN ('event_text_data', 'event_text_idx') ORDER BY name`)
	if err != nil {
		t.Fatal(err)
	}
	for rows.Next() {
		var name string
		if err := rows.Scan(&name); err != nil {
			t.Fatal(err)
		}
		tables = append(tables, name)
	}
	rows.Close()
	var out strings.Builder
	for _, table := range tables {
		rows, err := db.Query(`SELECT * FROM "` + table + `"`)
		if err != nil {
			t.Fatal(err)
		}
		cols, _ := rows.Columns()
		vals := make([]any, len(cols))
		ptrs := make([]any, len(cols))
		for i := range vals {
			ptrs[i] = &vals[i]
		}
		for rows.Next() {
			if err := rows.Scan(ptrs...); err != nil {
				t.Fatal(err)
			}
			fmt.Fprintf(&out, "%s", table)
			for _, v := range vals {
				if b, ok := v.([]byte); ok {
					v = string(b)
				}
				fmt.Fprintf(&out, "\t%v", v)
			}
			out.WriteByte('\n')
		}
		if err := rows.Err(); err != nil {
			t.Fatal(err)
		}
		rows.Close()
	}
	return out.String()
}
