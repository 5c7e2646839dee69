package sqlite_test

import (
	"bytes"
	"context"
	"database/sql"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/storygraph/storygraph/graph"
	"github.com/storygraph/storygraph/graph/sqlite"
	"github.com/storygraph/storygraph/graph/storetest"
	"github.com/storygraph/storygraph/internal/hint"
	"github.com/storygraph/storygraph/queries"
	"github.com/storygraph/storygraph/timeline"
)

func TestOpenMigratesAnEmptyFile(t *testing.T) {
	path := filepath.Join(t.TempDir(), "story.db")
	if err := os.WriteFile(path, nil, 0o644); err != nil {
		t.Fatal(err)
	}
	s, err := sqlite.Open(context.Background(), path)
	if err != nil {
		t.Fatalf("Open of an empty file: %v", err)
	}
	defer s.Close()
	if _, err := s.Put(context.Background(), []*timeline.Extraction{extraction("a")}); err != nil {
		t.Fatalf("Put after migration: %v", err)
	}
}

func TestOpenSetsSchemaVersion(t *testing.T) {
	path := filepath.Join(t.TempDir(), "story.db")
	s, err := sqlite.Open(context.Background(), path)
	if err != nil {
		t.Fatal(err)
	}
	s.Close()
	if v := userVersion(t, path, -1); v != latestVersion() {
		t.Errorf("user_version = %d, want %d", v, latestVersion())
	}
}

func TestOpenRefusesANewerSchema(t *testing.T) {
	path := filepath.Join(t.TempDir(), "story.db")
	sqlExec(t, path, "PRAGMA application_id = 1937008498") // storygraph's, as every file since migrate-7
	userVersion(t, path, 99)
	s, err := sqlite.Open(context.Background(), path)
	if err == nil {
		s.Close()
		t.Fatal("Open of a file from a newer storygraph succeeded")
	}
	for _, w := range []string{path, "newer"} {
		if !strings.Contains(err.Error(), w) {
			t.Errorf("error %q does not say %q", err, w)
		}
	}
	if h := hint.Of(err); !strings.Contains(h, "upgrade storygraph") {
		t.Errorf("hint %q does not say to upgrade storygraph", h)
	}
}

// userVersion sets PRAGMA user_version of the file at path when set >= 0,
// and returns it.
func userVersion(t *testing.T, path string, set int) int {
	t.Helper()
	db, err := sql.Open("sqlite", path) // the driver graph/sqlite registers
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	if set >= 0 {
		if _, err := db.Exec(fmt.Sprintf("PRAGMA user_version = %d", set)); err != nil {
			t.Fatal(err)
		}
	}
	var v int
	if err := db.QueryRow("PRAGMA user_version").Scan(&v); err != nil {
		t.Fatal(err)
	}
	return v
}

func sqlExec(t *testing.T, path string, stmts ...string) {
	t.Helper()
	db, err := sql.Open("sqlite", path)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	for _, s := range stmts {
		if _, err := db.Exec(s); err != nil {
			t.Fatalf("%s: %v", s, err)
		}
	}
}

// Issue 12: an SQLite file of another program was switched to WAL and
// given storygraph's tables. It is refused, with a hint, before anything
// is written: its bytes stay the same, and no -wal or -shm file appears.
// So is a file that is not SQLite at all, and an empty database, an
// empty file or a storygraph file written before migrate-7 (no
// application_id) are taken.
func TestOpenRefusesAForeignFile(t *testing.T) {
	dir := t.TempDir()
	foreign := filepath.Join(dir, "places.sqlite")
	sqlExec(t, foreign, "CREATE TABLE moz_places (id INTEGER PRIMARY KEY, url TEXT)",
		"CREATE TABLE moz_bookmarks (id INTEGER PRIMARY KEY, fk INTEGER)", "INSERT INTO moz_places (url) VALUES ('https://example.org/')")
	tagged := filepath.Join(dir, "tagged.db")                                           // another program's application_id, no tables
	sqlExec(t, tagged, "PRAGMA application_id = 1196444487", "PRAGMA user_version = 1") // GeoPackage's "GPKG"
	text := filepath.Join(dir, "notes.db")
	if err := os.WriteFile(text, []byte("SQLite is not in here\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct{ path, says string }{
		{foreign, `an SQLite database of another program (tables "moz_bookmarks", "moz_places", application_id 0, user_version 0)`},
		{tagged, "an SQLite database of another program (no tables, application_id 1196444487, user_version 1)"},
		{text, "not a database (not an SQLite file)"},
	} {
		before, err := os.ReadFile(c.path)
		if err != nil {
			t.Fatal(err)
		}
		s, err := sqlite.Open(context.Background(), c.path)
		if err == nil {
			s.Close()
			t.Errorf("Open(%s) took another program's file", c.path)
			continue
		}
		if want := "open " + c.path + ": " + c.says + ", "; !strings.HasPrefix(err.Error(), want) && !strings.HasPrefix(err.Error(), "open "+c.path+": "+c.says+";") {
			t.Errorf("error %q, want it to start %q", err, want)
		}
		if h := hint.Of(err); !strings.Contains(h, "not a storygraph database") || !strings.Contains(h, "pass another path") {
			t.Errorf("hint %q does not say what the file is and what to do", h)
		}
		if after, _ := os.ReadFile(c.path); !bytes.Equal(before, after) {
			t.Errorf("Open changed %s", c.path)
		}
		for _, side := range []string{"-wal", "-shm", "-journal"} {
			if _, err := os.Stat(c.path + side); err == nil {
				t.Errorf("Open left %s", c.path+side)
			}
		}
	}

	// What is storygraph's, or may become it, is taken.
	empty := filepath.Join(dir, "empty.db")
	sqlExec(t, empty, "PRAGMA user_version = 0")
	old := filepath.Join(dir, "old.db") // as storygraph left it before migrate-7
	var before []string
	for v := 1; v < 7; v++ {
		before = append(before, queries.SQL(fmt.Sprintf("migrate-%d", v)))
	}
	sqlExec(t, old, before...)
	for _, path := range []string{empty, old} {
		s, err := sqlite.Open(context.Background(), path)
		if err != nil {
			t.Errorf("Open(%s): %v", path, err)
			continue
		}
		s.Close()
		if v := userVersion(t, path, -1); v != latestVersion() {
			t.Errorf("%s: user_version %d after Open, want %d", path, v, latestVersion())
		}
	}
}

// latestVersion is the schema version of a new file: the number of named
// migrations (TestEveryQueryIsUsed checks that each is listed).
func latestVersion() int {
	n := 0
	for _, name := range queries.SQLNames() {
		if strings.HasPrefix(name, "migrate-") {
			n++
		}
	}
	return n
}

// A version-8 file (before the catalog's counts were kept at write time)
// gets them counted by migrate-9 from what it holds: every list and
// profile reads the same as before the counts were dropped, and Put
// keeps them from then on.
func TestMigrate9CountsWhatWasStored(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "story.db")
	s, err := sqlite.Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := s.Put(ctx, append(storetest.AnalysisFixture(), storetest.Corpus(200, 7)...)); err != nil {
		t.Fatal(err)
	}
	want := catalogOf(t, s)
	s.Close()
	// back to version 8: no counts, no span index, no triggers
	var drop []string
	for _, trig := range countTriggers {
		drop = append(drop, "DROP TRIGGER IF EXISTS "+trig)
	}
	sqlExec(t, path, append(drop, "DROP TABLE entity_counts", "DROP TABLE topic_counts", "DROP INDEX events_span",
		"DROP INDEX articles_published", "PRAGMA user_version = 8")...)
	if s, err = sqlite.Open(ctx, path); err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	if v := userVersion(t, path, -1); v != latestVersion() {
		t.Fatalf("user_version %d after Open, want %d", v, latestVersion())
	}
	got := catalogOf(t, s)
	if len(want.Topics) == 0 || len(want.Entities) < 10 {
		t.Fatalf("the store holds %d entities and %d topics", len(want.Entities), len(want.Topics))
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("after migrating from version 8 (-before +after):\n%s", diff)
	}
	// the counts go on from there
	if _, err := s.Put(ctx, storetest.Corpus(210, 7)[200:]); err != nil {
		t.Fatal(err)
	}
	after := catalogOf(t, s)
	if after.Entities[0].ID != "person:steve-witkoff" || after.Entities[0].Events <= want.Entities[0].Events {
		t.Errorf("after 10 more articles the busiest entity is %+v, was %+v", after.Entities[0], want.Entities[0])
	}
}

type catalogState struct {
	Entities []graph.EntityCount
	Topics   []graph.TopicCount
	Profiles []graph.Profile
}

func catalogOf(t *testing.T, s *sqlite.Store) catalogState {
	t.Helper()
	ctx := context.Background()
	var c catalogState
	var err error
	if c.Entities, err = s.ListEntities(ctx, graph.EntityQuery{}); err != nil {
		t.Fatal(err)
	}
	if c.Topics, err = s.ListTopics(ctx); err != nil {
		t.Fatal(err)
	}
	for _, x := range c.Entities {
		p, err := s.Profile(ctx, x.ID)
		if err != nil {
			t.Fatal(err)
		}
		c.Profiles = append(c.Profiles, p)
	}
	return c
}

// BenchmarkPutCounts is what migrate-9's triggers cost ingest: the same
// 5,000 articles put into a new file with the triggers and into one with
// them dropped, alternately in one run, reported as the ratio of the
// times (with/without) and articles/s of each. Since migrate-11 dropped
// the insert triggers (Put adds the counts a batch at a time), only the
// delete triggers are left, which puts into a new file never fire.
//
//	go test -run '^$' -bench PutCounts -benchtime 4x ./graph/sqlite
func BenchmarkPutCounts(b *testing.B) {
	const articles, batch = 5_000, 1_000
	corpus := storetest.Corpus(articles, 10)
	ctx := context.Background()
	var took, cpu [2]time.Duration
	for i := 0; b.Loop(); i++ {
		for _, counts := range []bool{i%2 == 0, i%2 != 0} {
			b.StopTimer()
			path := filepath.Join(b.TempDir(), fmt.Sprintf("put%d-%v.db", i, counts))
			s, err := sqlite.Open(ctx, path)
			if err != nil {
				b.Fatal(err)
			}
			if !counts {
				db, err := sql.Open("sqlite", path)
				if err != nil {
					b.Fatal(err)
				}
				for _, trig := range countTriggers {
					if _, err := db.Exec("DROP TRIGGER IF EXISTS " + trig); err != nil {
						b.Fatal(err)
					}
				}
				db.Close()
			}
			b.StartTimer()
			start, cpuStart := time.Now(), cpuTime()
			for lo := 0; lo < articles; lo += batch {
				if _, err := s.Put(ctx, corpus[lo:lo+batch]); err != nil {
					b.Fatal(err)
				}
			}
			k := 0
			if !counts {
				k = 1
			}
			took[k] += time.Since(start)
			cpu[k] += cpuTime() - cpuStart
			s.Close()
		}
	}
	b.ReportMetric(took[0].Seconds()/took[1].Seconds(), "with/without")
	b.ReportMetric(float64(articles*b.N)/took[0].Seconds(), "articles/s-with")
	b.ReportMetric(float64(articles*b.N)/took[1].Seconds(), "articles/s-without")
	if cpu[1] > 0 {
		// CPU time moves less than wall time with other work on the machine
		b.ReportMetric(cpu[0].Seconds()/cpu[1].Seconds(), "cpu-with/without")
	}
}

// cpuTime is the CPU time this process has used, user and system, from
// /proc/self/stat (in clock ticks of 10 ms); 0 where there is no /proc.
func cpuTime() time.Duration {
	stat, err := os.ReadFile("/proc/self/stat")
	if err != nil {
		return 0
	}
	// the fields after the command, which is in parentheses
	fields := strings.Fields(string(stat[bytes.LastIndexByte(stat, ')')+1:]))
	if len(fields) < 13 {
		return 0
	}
	var ticks int64
	for _, f := range fields[11:13] { // utime, stime: fields 14 and 15 of the line
		var n int64
		fmt.Sscan(f, &n)
		ticks += n
	}
	return time.Duration(ticks) * 10 * time.Millisecond
}

// countTriggers are the triggers of migrate-9.
var countTriggers = []string{"entity_counts_participant_insert", "entity_counts_participant_delete",
	"entity_counts_place_insert", "entity_counts_place_delete", "entity_counts_mention_insert",
	"entity_counts_mention_delete", "entity_counts_forget", "topic_counts_insert", "topic_counts_delete"}
