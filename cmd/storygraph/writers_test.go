package main

import (
	"bytes"
	"context"
	"database/sql"
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	driver "github.com/neo4j/neo4j-go-driver/v5/neo4j"
	_ "modernc.org/sqlite"

	"github.com/storygraph/storygraph/internal/neo4jtest"
	"github.com/storygraph/storygraph/internal/netfault"
	"github.com/storygraph/storygraph/timeline/synth"
)

// Issue 12, several writers at once: four real storygraph processes
// ingest overlapping inputs, which name shared entities with different
// spellings, into one store at the same time; the store must then hold
// exactly what one process ingesting the same inputs leaves: the same
// counts, every entity with the same name and aliases, and the same
// `timeline --format json` bytes. Run it many times to catch races:
//
//	go test ./cmd/storygraph -run TestFourWriters -count 20
//
// The Neo4j case needs a server (see graph/neo4j/store_test.go) and
// empties its database neo4j.

const (
	envNeo4jURI      = "STORYGRAPH_TEST_NEO4J_URI"
	envNeo4jPassword = "STORYGRAPH_TEST_NEO4J_PASSWORD_FILE"
	envRequireNeo4j  = "STORYGRAPH_TEST_REQUIRE_NEO4J"
)

func TestFourWritersSQLite(t *testing.T) {
	bin := storygraphBinary(t)
	dir := t.TempDir()
	inputs := writerInputs(t, dir)

	single := filepath.Join(dir, "single.db")
	mustRun(t, bin, nil, append([]string{"ingest", "-q", "--db", single}, inputs...)...)
	shared := filepath.Join(dir, "shared.db")
	runConcurrently(t, bin, nil, inputs, "--db", shared)

	for _, what := range []string{"stats", "timeline"} {
		want := storeOutput(t, bin, nil, what, "--db", single)
		got := storeOutput(t, bin, nil, what, "--db", shared)
		if !bytes.Equal(want, got) {
			t.Errorf("%s of four writers differs from one writer's:\n%s", what, firstDiff(want, got))
		}
	}
	want, got := sqliteDump(t, single), sqliteDump(t, shared)
	if want != got {
		t.Errorf("the stored rows of four writers differ from one writer's:\n%s", firstDiff([]byte(want), []byte(got)))
	}
	checkSharedAliases(t, want)
}

func TestFourWritersNeo4j(t *testing.T) {
	uri, password := neo4jTestServer(t)
	bin := storygraphBinary(t)
	dir := t.TempDir()
	inputs := writerInputs(t, dir)
	env := []string{"NEO4J_URI=" + uri, "NEO4J_USERNAME=neo4j", "NEO4J_PASSWORD=" + password, "NEO4J_DATABASE=neo4j"}

	mustRun(t, bin, env, "db", "reset", "--yes")
	mustRun(t, bin, env, append([]string{"ingest", "-q"}, inputs...)...)
	wantStats := storeOutput(t, bin, env, "stats")
	wantTimeline := storeOutput(t, bin, env, "timeline")
	wantDump := neo4jDump(t, uri, password)

	mustRun(t, bin, env, "db", "reset", "--yes")
	runConcurrently(t, bin, env, inputs)
	if got := storeOutput(t, bin, env, "stats"); !bytes.Equal(wantStats, got) {
		t.Errorf("stats of four writers differ from one writer's:\n%s", firstDiff(wantStats, got))
	}
	if got := storeOutput(t, bin, env, "timeline"); !bytes.Equal(wantTimeline, got) {
		t.Errorf("the timeline of four writers differs from one writer's:\n%s", firstDiff(wantTimeline, got))
	}
	if got := neo4jDump(t, uri, password); got != wantDump {
		t.Errorf("the graph of four writers differs from one writer's:\n%s", firstDiff([]byte(wantDump), []byte(got)))
	}
	checkSharedAliases(t, wantDump)
}

// writerInputs writes the four writers' inputs as JSON Lines files and
// returns their paths. Writer k gets synthetic articles [300k, 300k+400)
// of 1,200, so each shares 100 with the next, and, after every 25 of
// them, an article naming the same discovered people spelt differently
// ("Dana Whitfield", "Dána Whitfield"), every fourth of those shared with
// the next writer too: every batch of every writer merges into the same
// entities.
func writerInputs(t *testing.T, dir string) []string {
	t.Helper()
	people := [][]string{
		{"Dana Whitfield", "Dána Whitfield", "Dana Whitfíeld", "Dàna Whitfield"},
		{"Marek Novotny", "Marek Novotný", "Márek Novotny", "Marek Nóvotny"},
		{"Ilse Brandt", "Ilse Brändt", "Ílse Brandt", "Ilse Brandť"},
	}
	variant := func(w, j int) []byte {
		var b strings.Builder
		for p, names := range people {
			name := names[(w+j+p)%len(names)]
			surname := strings.Fields(name)[1]
			fmt.Fprintf(&b, "Negotiator %s met Volodymyr Zelenskyy in Geneva on January %d, 2026. %s said the talks were useful. ", name, 1+j, surname)
		}
		data, _ := json.Marshal(map[string]string{"title": fmt.Sprintf("Geneva talks, part %d-%d", w, j),
			"url": fmt.Sprintf("https://variants.example.org/%d/%d", w, j), "published": fmt.Sprintf("2026-01-%02d", 1+j),
			"source": "Variants", "body": b.String()})
		return data
	}
	var paths []string
	for w := 0; w < 4; w++ {
		var b bytes.Buffer
		for i := 300 * w; i < 300*w+400; i++ {
			b.Write(synth.JSONLine(i % 1200))
			b.WriteByte('\n')
			if i%25 != 0 {
				continue
			}
			j := (i - 300*w) / 25
			b.Write(variant(w, j))
			b.WriteByte('\n')
			if j%4 == 0 { // the next writer's article too
				b.Write(variant((w+1)%4, j))
				b.WriteByte('\n')
			}
		}
		p := filepath.Join(dir, fmt.Sprintf("writer%d.jsonl", w))
		if err := os.WriteFile(p, b.Bytes(), 0o644); err != nil {
			t.Fatal(err)
		}
		paths = append(paths, p)
	}
	return paths
}

// runConcurrently starts one ingest process per input, all at once, and
// waits for them all.
func runConcurrently(t *testing.T, bin string, env, inputs []string, args ...string) {
	t.Helper()
	var wg sync.WaitGroup
	errs := make([]error, len(inputs))
	outs := make([][]byte, len(inputs))
	for i, in := range inputs {
		// Small batches: many transactions, each racing the other writers'.
		cmd := command(bin, env, append(append([]string{"ingest", "-q", "--batch-size", "32"}, args...), in)...)
		wg.Add(1)
		go func() {
			defer wg.Done()
			outs[i], errs[i] = cmd.CombinedOutput()
		}()
	}
	wg.Wait()
	for i, err := range errs {
		if err != nil {
			t.Fatalf("writer %d: %v\n%s", i, err, outs[i])
		}
	}
}

func command(bin string, env []string, args ...string) *exec.Cmd {
	cmd := exec.Command(bin, args...)
	// Only what the test sets: no store settings of the caller's shell.
	cmd.Env = append([]string{"HOME=" + os.TempDir(), "PATH=" + os.Getenv("PATH")}, env...)
	return cmd
}

func mustRun(t *testing.T, bin string, env []string, args ...string) []byte {
	t.Helper()
	cmd := command(bin, env, args...)
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("storygraph %s: %v\n%s", strings.Join(args, " "), err, stderr.Bytes())
	}
	return out
}

// storeOutput is the output of db stats or of the whole timeline as JSON.
func storeOutput(t *testing.T, bin string, env []string, what string, args ...string) []byte {
	t.Helper()
	if what == "stats" {
		return mustRun(t, bin, env, append([]string{"db", "stats", "--format", "json"}, args...)...)
	}
	return mustRun(t, bin, env, append([]string{"timeline", "--format", "json"}, args...)...)
}

// sqliteDump is every entity, key and mention of an SQLite store, and its
// events with their links (by article and position, not by row number,
// which depends on who wrote first), one per line, sorted.
func sqliteDump(t *testing.T, path string) string {
	t.Helper()
	db, err := sql.Open("sqlite", "file:"+path+"?mode=ro")
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	var lines []string
	for _, q := range []string{
		"SELECT 'entity', id, name, type, aliases, role, country, discovered FROM entities",
		"SELECT 'key', key, entity_id FROM entity_keys",
		"SELECT 'mention', article_id, entity_id, count FROM mentions",
		"SELECT 'event', article_id, ord, id, date FROM events",
		"SELECT 'involves', e.article_id, e.ord, x.entity_id, x.role FROM event_entities x JOIN events e ON e.pk = x.event_pk",
		"SELECT 'at', e.article_id, e.ord, x.key, coalesce(x.entity_id, '') FROM event_places x JOIN events e ON e.pk = x.event_pk",
		"SELECT 'about', e.article_id, e.ord, x.topic FROM event_topics x JOIN events e ON e.pk = x.event_pk",
		"SELECT 'article', id, content_hash FROM articles",
	} {
		lines = append(lines, queryLines(t, db, q)...)
	}
	slices.Sort(lines)
	var b strings.Builder
	for _, l := range lines {
		b.WriteString(l + "\n")
	}
	return b.String()
}

func queryLines(t *testing.T, db *sql.DB, q string) []string {
	t.Helper()
	rows, err := db.Query(q)
	if err != nil {
		t.Fatalf("%s: %v", q, err)
	}
	defer rows.Close()
	cols, _ := rows.Columns()
	var out []string
	for rows.Next() {
		vals := make([]any, len(cols))
		ptrs := make([]any, len(cols))
		for i := range vals {
			ptrs[i] = &vals[i]
		}
		if err := rows.Scan(ptrs...); err != nil {
			t.Fatal(err)
		}
		var fields []string
		for _, v := range vals {
			if b, ok := v.([]byte); ok {
				v = string(b)
			}
			fields = append(fields, fmt.Sprint(v))
		}
		out = append(out, strings.Join(fields, "\t"))
	}
	if err := rows.Err(); err != nil {
		t.Fatal(err)
	}
	return out
}

// neo4jTestServer is the test server's URI and password, or a skip.
func neo4jTestServer(t *testing.T) (uri, password string) {
	t.Helper()
	uri = os.Getenv(envNeo4jURI)
	if uri == "" {
		reason := envNeo4jURI + " not set: start one with scripts/neo4j start (see graph/neo4j/store_test.go)"
		if os.Getenv(envRequireNeo4j) == "1" {
			t.Fatalf("%s (%s=1: a skip is a failure)", reason, envRequireNeo4j)
		}
		t.Skip(reason)
	}
	neo4jtest.Lock(t, uri) // other packages' tests share the server
	if path := os.Getenv(envNeo4jPassword); path != "" {
		data, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		password = strings.TrimRight(string(data), "\r\n")
	}
	return uri, password
}

// neo4jDump is every entity with its properties and labels, every key,
// and how many relationships of each type join which kinds of node, one
// per line, sorted: a duplicate relationship or a lost alias shows.
func neo4jDump(t *testing.T, uri, password string) string {
	t.Helper()
	ctx := context.Background()
	drv, err := driver.NewDriverWithContext(uri, driver.BasicAuth("neo4j", password, ""))
	if err != nil {
		t.Fatal(err)
	}
	defer drv.Close(ctx)
	var b strings.Builder
	for _, q := range []string{
		`MATCH (x:Entity) RETURN 'entity', x.id, x.name, x.type, x.aliases, x.keys, x.role, x.country, x.discovered,
		        apocFree_labels, x._lock AS lock ORDER BY x.id`,
		`MATCH (k:Key)-[:NAMES]->(x) RETURN 'key', k.key, x.id ORDER BY k.key, x.id`,
		`MATCH (a)-[r]->(b) RETURN 'rels', type(r), labels(a)[0], count(r) ORDER BY type(r), labels(a)[0]`,
		`MATCH (a:Article)-[r:MENTIONS]->(x) RETURN 'mention', a.id, x.id, r.count ORDER BY a.id, x.id`,
		`MATCH (a:Article)-[:MENTIONS]->(x) WITH a, x, count(*) AS n WHERE n > 1 RETURN 'duplicate mention', a.id, x.id`,
		`MATCH (e:Event)-[r:INVOLVES]->(x) WITH e, x, r.role AS role, count(*) AS n WHERE n > 1 RETURN 'duplicate involves', e.uid, x.id, role`,
	} {
		q = strings.Replace(q, "apocFree_labels", "[l IN labels(x) WHERE l <> 'Entity'] AS labels", 1)
		res, err := driver.ExecuteQuery(ctx, drv, q, nil, driver.EagerResultTransformer, driver.ExecuteQueryWithDatabase("neo4j"))
		if err != nil {
			t.Fatalf("%s: %v", q, err)
		}
		for _, r := range res.Records {
			fmt.Fprintln(&b, r.Values...)
		}
	}
	return b.String()
}

// checkSharedAliases proves the inputs did what the test means them to:
// entities that different writers named differently.
func checkSharedAliases(t *testing.T, dump string) {
	t.Helper()
	for _, want := range []string{"Dána Whitfield", "Marek Novotný", "Ilse Brändt"} {
		if !strings.Contains(dump, want) {
			t.Errorf("no entity has the alias %q: the inputs do not share entities as meant", want)
		}
	}
}

// firstDiff shows where two outputs first differ, with some context.
func firstDiff(want, got []byte) string {
	wl, gl := strings.Split(string(want), "\n"), strings.Split(string(got), "\n")
	for i := 0; i < len(wl) || i < len(gl); i++ {
		var w, g string
		if i < len(wl) {
			w = wl[i]
		}
		if i < len(gl) {
			g = gl[i]
		}
		if w != g {
			return fmt.Sprintf("line %d:\n  one writer:   %.300s\n  four writers: %.300s", i+1, w, g)
		}
	}
	return "(same lines)"
}

var (
	buildOnce sync.Once
	builtBin  string
	buildErr  error
)

// storygraphBinary builds storygraph once per test process: the tests run
// real processes, with main's signal handling, as a user would. Each test
// process builds into its own folder (a running test may be using
// another's binary) and removes those of processes that have ended.
func storygraphBinary(t *testing.T) string {
	t.Helper()
	buildOnce.Do(func() {
		root := filepath.Join(os.TempDir(), "storygraph-writers-test")
		if old, err := os.ReadDir(root); err == nil {
			for _, d := range old {
				if pid, err := strconv.Atoi(d.Name()); err == nil && syscall.Kill(pid, 0) != nil {
					os.RemoveAll(filepath.Join(root, d.Name()))
				}
			}
		}
		dir := filepath.Join(root, strconv.Itoa(os.Getpid()))
		if buildErr = os.MkdirAll(dir, 0o755); buildErr != nil {
			return
		}
		builtBin = filepath.Join(dir, "storygraph")
		out, err := exec.Command("go", "build", "-o", builtBin, ".").CombinedOutput()
		if err != nil {
			buildErr = fmt.Errorf("go build: %v\n%s", err, out)
		}
	})
	if buildErr != nil {
		t.Fatal(buildErr)
	}
	return builtBin
}

// Issue 12: `db stats` against a server that accepts and never answers
// ends within the connect deadline (STORYGRAPH_NEO4J_CONNECT_TIMEOUT),
// saying so, and at once on SIGINT or SIGTERM.
func TestSilentNeo4j(t *testing.T) {
	bin := storygraphBinary(t)
	addr := netfault.SilentServer(t)
	env := []string{"NEO4J_URI=bolt://" + addr, "NEO4J_PASSWORD=secret"}
	cases := []struct {
		name   string
		env    []string
		signal os.Signal
		within time.Duration
		stderr string
	}{
		{"deadline", []string{envConnectTimeout + "=2s"}, nil, 5 * time.Second, "did not answer within 2s (the connect deadline)"},
		{"flag", []string{"STORYGRAPH_TEST_ARGS=--neo4j-connect-timeout=1500ms"}, nil, 4 * time.Second, "did not answer within 1.5s (the connect deadline)"},
		{"SIGINT", nil, os.Interrupt, 3 * time.Second, "interrupted while connecting to Neo4j at bolt://"},
		{"SIGTERM", nil, syscall.SIGTERM, 3 * time.Second, "interrupted while connecting to Neo4j at bolt://"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			args := []string{"db", "stats"}
			if len(c.env) == 1 && strings.HasPrefix(c.env[0], "STORYGRAPH_TEST_ARGS=") { // a flag, not the environment
				args = append(args, strings.TrimPrefix(c.env[0], "STORYGRAPH_TEST_ARGS="))
			}
			cmd := command(bin, append(env, c.env...), args...)
			var stderr bytes.Buffer
			cmd.Stderr = &stderr
			start := time.Now()
			if err := cmd.Start(); err != nil {
				t.Fatal(err)
			}
			if c.signal != nil {
				time.Sleep(500 * time.Millisecond)
				cmd.Process.Signal(c.signal)
			}
			done := make(chan error, 1)
			go func() { done <- cmd.Wait() }()
			var err error
			select {
			case err = <-done:
			case <-time.After(c.within + 10*time.Second):
				cmd.Process.Kill()
				t.Fatalf("still running after %s", c.within+10*time.Second)
			}
			took := time.Since(start)
			if took > c.within {
				t.Errorf("took %s, want under %s", took, c.within)
			}
			if code := cmd.ProcessState.ExitCode(); code != exitFailure {
				t.Errorf("exit code %d (%v), want %d", code, err, exitFailure)
			}
			if !strings.Contains(stderr.String(), c.stderr) || strings.Contains(stderr.String(), "secret") {
				t.Errorf("stderr:\n%s\nwant it to say %q, without the password", stderr.String(), c.stderr)
			}
		})
	}
}

// Issue 12, faults: `kill -9` of a real ingest process in the middle of
// its run leaves an SQLite file that opens and passes PRAGMA
// integrity_check, and the same command run again ends with exactly the
// counts, entities and timeline of an uninterrupted run.
func TestKilledSQLiteIngest(t *testing.T) {
	bin := storygraphBinary(t)
	dir := t.TempDir()
	input := synthInput(t, dir, 1200)
	single := filepath.Join(dir, "single.db")
	mustRun(t, bin, nil, "ingest", "-q", "--db", single, input)

	killed := filepath.Join(dir, "killed.db")
	args := []string{"ingest", "-q", "--batch-size", "32", "--db", killed, input}
	cmd := command(bin, nil, args...)
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	// Kill it once some batches are committed and more are coming.
	stored := 0
	for deadline := time.Now().Add(60 * time.Second); stored == 0 && time.Now().Before(deadline); time.Sleep(50 * time.Millisecond) {
		stored = countArticles(t, killed)
	}
	if err := cmd.Process.Signal(syscall.SIGKILL); err != nil {
		t.Fatal(err)
	}
	cmd.Wait()
	if stored == 0 || stored >= 1200 {
		t.Fatalf("killed with %d articles stored; want some, not all", stored)
	}

	db, err := sql.Open("sqlite", "file:"+killed)
	if err != nil {
		t.Fatal(err)
	}
	var check string
	if err := db.QueryRow("PRAGMA integrity_check").Scan(&check); err != nil || check != "ok" {
		t.Errorf("integrity_check after kill -9 = %q, %v", check, err)
	}
	db.Close()
	t.Logf("killed with %d of 1200 articles stored", stored)

	mustRun(t, bin, nil, args...)
	for _, what := range []string{"stats", "timeline"} {
		want := storeOutput(t, bin, nil, what, "--db", single)
		if got := storeOutput(t, bin, nil, what, "--db", killed); !bytes.Equal(want, got) {
			t.Errorf("%s after kill -9 and a rerun differs from one run's:\n%s", what, firstDiff(want, got))
		}
	}
	if want, got := sqliteDump(t, single), sqliteDump(t, killed); want != got {
		t.Errorf("the rows after kill -9 and a rerun differ from one run's:\n%s", firstDiff([]byte(want), []byte(got)))
	}
}

// countArticles counts the articles committed to an SQLite store so far,
// 0 while there is no store yet.
func countArticles(t *testing.T, path string) int {
	t.Helper()
	if _, err := os.Stat(path); err != nil {
		return 0
	}
	db, err := sql.Open("sqlite", "file:"+path+"?mode=ro")
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	var n int
	if err := db.QueryRow("SELECT count(*) FROM articles").Scan(&n); err != nil {
		return 0 // the schema is not there yet
	}
	return n
}

// envNeo4jName names the scripts/neo4j instance of envNeo4jURI, which
// the fault tests stop and restart (its data kept).
const envNeo4jName = "STORYGRAPH_TEST_NEO4J_NAME"

// Issue 12, faults: the Neo4j server stopped, or paused (SIGSTOP), in the
// middle of an ingest ends it with an error saying that Neo4j cannot be
// reached or did not answer within the call deadline, and how much was
// stored; restarted with its data, or resumed, the same command run again
// leaves exactly what an uninterrupted run does. Needs scripts/neo4j's
// instance:
//
//	STORYGRAPH_TEST_NEO4J_NAME=dev go test ./cmd/storygraph -run TestNeo4jFaultMidIngest
func TestNeo4jFaultMidIngest(t *testing.T) {
	uri, password := neo4jTestServer(t)
	name := os.Getenv(envNeo4jName)
	if name == "" {
		reason := envNeo4jName + " not set: the scripts/neo4j instance to stop and restart"
		if os.Getenv(envRequireNeo4j) == "1" {
			t.Fatalf("%s (%s=1: a skip is a failure)", reason, envRequireNeo4j)
		}
		t.Skip(reason)
	}
	root, err := filepath.Abs("../..")
	if err != nil {
		t.Fatal(err)
	}
	scriptPath := filepath.Join(root, "scripts", "neo4j")
	script := func(t *testing.T, args ...string) {
		t.Helper()
		out, err := exec.Command(scriptPath, append(args, "--name", name)...).CombinedOutput()
		if err != nil {
			t.Fatalf("scripts/neo4j %s: %v\n%s", strings.Join(args, " "), err, out)
		}
	}
	t.Cleanup(func() { // leave the server running for the next test
		exec.Command(scriptPath, "resume", "--name", name).Run()
		if exec.Command(scriptPath, "status", "--name", name).Run() != nil {
			exec.Command(scriptPath, "restart", "--name", name).Run()
		}
	})
	bin := storygraphBinary(t)
	input := synthInput(t, t.TempDir(), 1200)
	env := []string{"NEO4J_URI=" + uri, "NEO4J_USERNAME=neo4j", "NEO4J_PASSWORD=" + password, "NEO4J_DATABASE=neo4j"}
	args := []string{"ingest", "-q", "--batch-size", "32", input}

	mustRun(t, bin, env, "db", "reset", "--yes")
	mustRun(t, bin, env, args...)
	wantStats := storeOutput(t, bin, env, "stats")
	wantTimeline := storeOutput(t, bin, env, "timeline")
	wantDump := neo4jDump(t, uri, password)

	cases := []struct {
		name           string
		env            []string
		fault, recover string // scripts/neo4j commands
		within         time.Duration
		says           string
	}{
		// The driver retries a lost connection for up to 30s; reaching a
		// stopped server again and the race detector on two shared cores
		// add to it (CI once took 60.1s). 90s is still inside the README's
		// deadline for one call, retries included (2 minutes), and far
		// from hanging for good.
		{"stopped", nil, "stop --keep-data", "restart", 90 * time.Second, "cannot reach Neo4j at " + uri},
		{"paused", []string{envCallTimeout + "=10s"}, "pause", "resume", 25 * time.Second,
			"Neo4j at " + uri + " did not answer within 10s (the call deadline)"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			mustRun(t, bin, env, "db", "reset", "--yes")
			cmd := command(bin, append(env, c.env...), args...)
			var stderr bytes.Buffer
			cmd.Stderr = &stderr
			if err := cmd.Start(); err != nil {
				t.Fatal(err)
			}
			for deadline := time.Now().Add(2 * time.Minute); time.Now().Before(deadline); time.Sleep(100 * time.Millisecond) {
				if strings.Contains(neo4jDump(t, uri, password), "rels REPORTS") {
					break // some batches are stored
				}
			}
			script(t, strings.Fields(c.fault)...)
			faulted := time.Now()
			cmd.Wait()
			took := time.Since(faulted)
			t.Logf("ingest ended %s after the fault:\n%s", took.Round(time.Second), stderr.String())
			if took > c.within {
				t.Errorf("ingest ended %s after the fault, want within %s", took, c.within)
			}
			if code := cmd.ProcessState.ExitCode(); code != exitFailure {
				t.Errorf("exit code %d, want %d", code, exitFailure)
			}
			msg := stderr.String()
			if !strings.Contains(msg, c.says) || !strings.Contains(msg, "stored before it: ") ||
				!strings.Contains(msg, "run the same command again") || strings.Contains(msg, password) {
				t.Errorf("stderr does not say %q, what was stored and what to do (or shows the password):\n%s", c.says, msg)
			}

			script(t, c.recover)
			mustRun(t, bin, env, args...)
			if got := storeOutput(t, bin, env, "stats"); !bytes.Equal(wantStats, got) {
				t.Errorf("stats after the fault and a rerun differ from one run's:\n%s", firstDiff(wantStats, got))
			}
			if got := storeOutput(t, bin, env, "timeline"); !bytes.Equal(wantTimeline, got) {
				t.Errorf("the timeline after a rerun differs from one run's:\n%s", firstDiff(wantTimeline, got))
			}
			if got := neo4jDump(t, uri, password); got != wantDump {
				t.Errorf("the graph after a rerun differs from one run's:\n%s", firstDiff([]byte(wantDump), []byte(got)))
			}
		})
	}
}

// synthInput writes the first n articles of the synthetic corpus as one
// JSON Lines file in dir and returns its path.
func synthInput(t *testing.T, dir string, n int) string {
	t.Helper()
	var b bytes.Buffer
	for i := 0; i < n; i++ {
		b.Write(synth.JSONLine(i))
		b.WriteByte('\n')
	}
	path := filepath.Join(dir, "articles.jsonl")
	if err := os.WriteFile(path, b.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

// Issue 12: a login refused when no password was given says that none
// was given, not that it was wrong.
func TestNeo4jPasswordMissing(t *testing.T) {
	uri, _ := neo4jTestServer(t)
	bin := storygraphBinary(t)
	cmd := command(bin, []string{"NEO4J_URI=" + uri}, "db", "stats")
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	cmd.Run()
	if code := cmd.ProcessState.ExitCode(); code != exitFailure {
		t.Errorf("exit code %d, want %d", code, exitFailure)
	}
	if msg := stderr.String(); !strings.Contains(msg, "storygraph: error: Neo4j at "+uri+" refused the login: no password was given\n") || !strings.Contains(msg, "storygraph: hint: set NEO4J_PASSWORD") {
		t.Errorf("stderr:\n%s\nwant it to say that no password was given and how to give one", msg)
	}
}

// Issue 12: a password typed into --neo4j-username is never echoed.
func TestNeo4jUsernameNotEchoed(t *testing.T) {
	uri, password := neo4jTestServer(t)
	bin := storygraphBinary(t)
	cmd := command(bin, []string{"NEO4J_URI=" + uri, "NEO4J_PASSWORD=" + password}, "db", "stats", "--neo4j-username", "Hunter2-secret")
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	cmd.Run()
	msg := stderr.String()
	if strings.Contains(msg, "Hunter2") || !strings.Contains(msg, "refused the login of the user named by --neo4j-username / NEO4J_USERNAME") {
		t.Errorf("stderr:\n%s\nwant the refused login without the username", msg)
	}
}

// Issue 12: a disk that fills up during --output leaves the old file as it
// was, and no temporary file beside it. Two real failures of a real
// process: a file size limit (ulimit -f, EFBIG: runs anywhere), and, where
// the test may mount one, a full 64 KiB tmpfs (ENOSPC).
func TestOutputDiskFull(t *testing.T) {
	bin := storygraphBinary(t)
	dir := t.TempDir()
	db := filepath.Join(dir, "s.db")
	mustRun(t, bin, nil, "ingest", "-q", "--db", db, synthInput(t, dir, 300))
	args := []string{"timeline", "--db", db, "--format", "html"}
	if n := len(mustRun(t, bin, nil, args...)); n < 200<<10 {
		t.Fatalf("the chronology is %d bytes; the test needs one over 200 KiB to fill the limits", n)
	}
	check := func(t *testing.T, cmd *exec.Cmd, out string) {
		t.Helper()
		var stderr bytes.Buffer
		cmd.Stderr = &stderr
		cmd.Run()
		if code := cmd.ProcessState.ExitCode(); code != exitFailure {
			t.Errorf("exit code %d, want %d; stderr:\n%s", code, exitFailure, stderr.String())
		}
		if msg := stderr.String(); !strings.Contains(msg, "the file was left as it was") || !strings.Contains(msg, "has room") {
			t.Errorf("stderr does not say the file was kept and why:\n%s", msg)
		}
		if data, err := os.ReadFile(out); err != nil || string(data) != "the old chronology\n" {
			t.Errorf("the old file now holds %.80q (%v)", data, err)
		}
		ents, _ := os.ReadDir(filepath.Dir(out))
		for _, e := range ents {
			if strings.HasPrefix(e.Name(), ".") {
				t.Errorf("a temporary file was left: %s", e.Name())
			}
		}
	}
	t.Run("ulimit", func(t *testing.T) {
		out := filepath.Join(t.TempDir(), "talks.html")
		if err := os.WriteFile(out, []byte("the old chronology\n"), 0o644); err != nil {
			t.Fatal(err)
		}
		// 100 KiB: room for SQLite's 32 KiB shared-memory file, not for the page.
		cmd := command("bash", nil, append([]string{"-c", `ulimit -f 100 && exec "$0" "$@"`, bin}, append(args, "-o", out)...)...)
		check(t, cmd, out)
	})
	t.Run("tmpfs", func(t *testing.T) {
		mnt := t.TempDir()
		if out, err := exec.Command("mount", "-t", "tmpfs", "-o", "size=64k", "tmpfs", mnt).CombinedOutput(); err != nil {
			t.Skipf("cannot mount a tmpfs here (%v: %s); the ulimit case ran", err, bytes.TrimSpace(out))
		}
		t.Cleanup(func() { exec.Command("umount", mnt).Run() })
		out := filepath.Join(mnt, "talks.html")
		if err := os.WriteFile(out, []byte("the old chronology\n"), 0o644); err != nil {
			t.Fatal(err)
		}
		check(t, command(bin, nil, append(args, "-o", out)...), out)
	})
}

// Issue 12: SIGINT or SIGTERM stops a long command within seconds, with
// a message saying what was stored. Real processes, real signals, sent
// while the command is at work (the test fails if it had finished).
func TestSignalStopsLongCommands(t *testing.T) {
	bin := storygraphBinary(t)
	dir := t.TempDir()
	big := filepath.Join(dir, "big")
	if err := os.Mkdir(big, 0o755); err != nil {
		t.Fatal(err)
	}
	input := synthInput(t, big, 30000)
	store := filepath.Join(dir, "store.db")
	mustRun(t, bin, nil, "ingest", "-q", "--db", store, synthInput(t, dir, 4000))

	cases := []struct {
		name   string
		args   []string
		signal os.Signal
		after  time.Duration // signal this long after the start
		within time.Duration // end this long after the signal
		code   int
		says   []string
	}{
		{"ingest SIGINT", []string{"ingest", "-q", "--batch-size", "64", "--db", filepath.Join(dir, "a.db"), input}, os.Interrupt, 3 * time.Second, 5 * time.Second, exitFailure,
			[]string{"interrupted; stored before it: ", "run the same command again to finish"}},
		{"ingest SIGTERM", []string{"ingest", "-q", "--db", filepath.Join(dir, "b.db"), input}, syscall.SIGTERM, 3 * time.Second, 5 * time.Second, exitFailure,
			[]string{"interrupted; stored before it: "}},
		// ranking 4,000 articles takes 15 s of two cores or more: the signal
		// comes while it ranks (or still reads, on a loaded machine); it
		// looks at the signal between articles, so it stops on its own (not
		// ended at the grace) within a second, saying what it stored
		{"enrich", []string{"enrich", "--all", "--write", "--db", store}, os.Interrupt, 8 * time.Second, time.Second, exitFailure,
			[]string{"storygraph: error: interrupted: enrich stored ", " in embedded store " + store}},
		{"serve", []string{"serve", "--addr", "127.0.0.1:0", "--db", store}, syscall.SIGTERM, 2 * time.Second, 5 * time.Second, exitOK,
			[]string{"storygraph: stopped serving"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			cmd := command(bin, nil, c.args...)
			var stderr bytes.Buffer
			cmd.Stderr = &stderr
			if err := cmd.Start(); err != nil {
				t.Fatal(err)
			}
			done := make(chan struct{})
			go func() { cmd.Wait(); close(done) }()
			select {
			case <-done:
				t.Fatalf("finished within %s, before the signal; stderr:\n%s", c.after, stderr.String())
			case <-time.After(c.after):
			}
			cmd.Process.Signal(c.signal)
			signalled := time.Now()
			select {
			case <-done:
			case <-time.After(c.within + 30*time.Second):
				cmd.Process.Kill()
				<-done
				t.Fatalf("still running %s after the signal", c.within+30*time.Second)
			}
			took := time.Since(signalled)
			t.Logf("ended %s after the signal:\n%s", took.Round(time.Millisecond), stderr.String())
			if took > c.within {
				t.Errorf("ended %s after the signal, want within %s", took, c.within)
			}
			if code := cmd.ProcessState.ExitCode(); code != c.code {
				t.Errorf("exit code %d, want %d", code, c.code)
			}
			for _, s := range c.says {
				if !strings.Contains(stderr.String(), s) {
					t.Errorf("stderr does not say %q", s)
				}
			}
		})
	}
}

// A command that does not look at its context after a signal (a long
// computation) is ended after the grace period all the same, saying so.
func TestRunUntilStoppedEndsAStuckCommand(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	cancel() // the signal came
	stuck := make(chan struct{})
	defer close(stuck)
	start := time.Now()
	err := runUntilStopped(ctx, func() error { <-stuck; return nil }, "enrich", 200*time.Millisecond)
	if took := time.Since(start); took > 2*time.Second {
		t.Errorf("returned after %s, want about 200ms", took)
	}
	want := "interrupted: enrich was ended (it did not stop within 200ms); lists of batches committed before it are stored"
	if err == nil || !strings.HasPrefix(err.Error(), want) {
		t.Errorf("error %v, want it to start %q", err, want)
	}
}
