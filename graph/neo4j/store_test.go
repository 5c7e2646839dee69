package neo4j_test

import (
	"context"
	"errors"
	"os"
	"os/exec"
	"strconv"
	"strings"
	"testing"
	"time"

	driver "github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/storygraph/storygraph/graph"
	"github.com/storygraph/storygraph/graph/neo4j"
	"github.com/storygraph/storygraph/graph/storetest"
	"github.com/storygraph/storygraph/queries"
	"github.com/storygraph/storygraph/timeline"
)

// The tests need a Neo4j server; they skip without one, unless
// STORYGRAPH_TEST_REQUIRE_NEO4J=1 (CI), which turns the skip into a failure:
//
//	uri=$(scripts/neo4j start --name dev)
//	eval "$(scripts/neo4j env --name dev)"
//	STORYGRAPH_TEST_NEO4J_URI=$NEO4J_URI STORYGRAPH_TEST_NEO4J_PASSWORD_FILE=$NEO4J_PASSWORD_FILE \
//	    go test -race ./graph/neo4j/
//
// The tests empty the server's database neo4j.

const (
	envURI      = "STORYGRAPH_TEST_NEO4J_URI"
	envPassword = "STORYGRAPH_TEST_NEO4J_PASSWORD_FILE"
	envRequire  = "STORYGRAPH_TEST_REQUIRE_NEO4J"
)

// skip skips (or, when Neo4j is required, fails) a test that cannot run.
func skip(tb testing.TB, reason string) {
	tb.Helper()
	if os.Getenv(envRequire) == "1" {
		tb.Fatalf("%s (%s=1: a skip is a failure)", reason, envRequire)
	}
	tb.Skip(reason)
}

// testConfig is the test server's settings, or a skip.
func testConfig(tb testing.TB) neo4j.Config {
	tb.Helper()
	uri := os.Getenv(envURI)
	if uri == "" {
		skip(tb, envURI+" not set: start one with scripts/neo4j start and set "+envURI+" and "+envPassword+" (see store_test.go)")
	}
	cfg := neo4j.Config{URI: uri, Username: "neo4j", Database: "neo4j"}
	if path := os.Getenv(envPassword); path != "" {
		data, err := os.ReadFile(path)
		if err != nil {
			tb.Fatalf("read %s: %v", envPassword, err)
		}
		cfg.Password = strings.TrimRight(string(data), "\r\n")
	}
	return cfg
}

// open returns an empty store on the test server.
func open(tb testing.TB) *neo4j.Store {
	tb.Helper()
	s, err := neo4j.Open(context.Background(), testConfig(tb))
	if err != nil {
		tb.Fatalf("Open: %v", err)
	}
	if err := s.Reset(context.Background()); err != nil {
		s.Close()
		tb.Fatalf("Reset: %v", err)
	}
	return s
}

func TestConformance(t *testing.T) {
	testConfig(t)
	storetest.Run(t, func(t *testing.T) graph.Store { return open(t) })
}

func TestOpenWrongPassword(t *testing.T) {
	cfg := testConfig(t)
	cfg.Password = "not-the-password-" + strings.Repeat("x", 8)
	s, err := neo4j.Open(context.Background(), cfg)
	if err == nil {
		s.Close()
		t.Fatal("Open with a wrong password succeeded")
	}
	checkMessage(t, err, neo4j.ErrAuth, cfg.Password, "refused the login", "wrong username or password")

	// Regression: scrubbing the password out of the message once turned
	// the password "wrong" into "… username or password".
	cfg.Password = "wrong"
	if s, err = neo4j.Open(context.Background(), cfg); err == nil {
		s.Close()
		t.Fatal("Open with a wrong password succeeded")
	}
	checkMessage(t, err, neo4j.ErrAuth, "", "wrong username or password")
}

func TestOpenWrongDatabase(t *testing.T) {
	cfg := testConfig(t)
	cfg.Database = "nosuchdb"
	s, err := neo4j.Open(context.Background(), cfg)
	if err == nil {
		s.Close()
		t.Fatal("Open of a database that does not exist succeeded")
	}
	checkMessage(t, err, neo4j.ErrDatabaseNotFound, cfg.Password, `no database "nosuchdb"`)
}

func TestOpenUnreachable(t *testing.T) {
	cfg := testConfig(t)
	for _, uri := range []string{"bolt://127.0.0.1:1", "neo4j://127.0.0.1:1"} {
		t.Run(uri, func(t *testing.T) {
			cfg.URI = uri
			start := time.Now()
			s, err := neo4j.Open(context.Background(), cfg)
			if err == nil {
				s.Close()
				t.Fatal("Open of a closed port succeeded")
			}
			if d := time.Since(start); d > 10*time.Second {
				t.Errorf("Open took %v to fail; want it fast", d)
			}
			checkMessage(t, err, neo4j.ErrUnreachable, cfg.Password, "cannot reach Neo4j at "+uri, "connection refused")
		})
	}
}

// checkMessage checks an error's kind and that its message is one line,
// says what it should and does not give the password away.
func checkMessage(t *testing.T, err, kind error, password string, want ...string) {
	t.Helper()
	msg := err.Error()
	t.Logf("error: %s", msg)
	if !errors.Is(err, kind) {
		t.Errorf("error %q is not %v", msg, kind)
	}
	if strings.Contains(msg, "\n") {
		t.Errorf("error is not one line: %q", msg)
	}
	if password != "" && strings.Contains(msg, password) {
		t.Errorf("error contains the password: %q", msg)
	}
	for _, w := range want {
		if !strings.Contains(msg, w) {
			t.Errorf("error %q does not say %q", msg, w)
		}
	}
}

// A batch that fails inside the transaction leaves nothing of itself
// behind and the earlier state whole. The test adds a uniqueness
// constraint on Event.summary, so that the batch's events statement fails
// on the server after its articles, entities and topics were written in the
// same transaction.
func TestFailedBatchIsNotHalfWritten(t *testing.T) {
	s := open(t)
	defer s.Close()
	ctx := context.Background()
	if _, err := s.Put(ctx, []*timeline.Extraction{minimal("kept", "Kept title")}); err != nil {
		t.Fatal(err)
	}
	before, err := s.Stats(ctx)
	if err != nil {
		t.Fatal(err)
	}
	admin(t, queries.Cypher("test-drop-blocker"), nil)
	admin(t, queries.Cypher("test-create-blocker"), nil)
	t.Cleanup(func() { admin(t, queries.Cypher("test-drop-blocker"), nil) })

	a, b := minimal("doomed-1", "Doomed one"), minimal("doomed-2", "Doomed two")
	b.Entities = append(b.Entities, timeline.Entity{ID: "person:new-one", Name: "New One", Type: timeline.Person})
	b.Events[0].Topics = []string{"new-topic"}
	b.Events[0].Summary = a.Events[0].Summary // breaks the constraint
	_, err = s.Put(ctx, []*timeline.Extraction{a, b})
	if err == nil {
		t.Fatal("Put of a batch that breaks a constraint succeeded")
	}
	t.Logf("error: %v", err)
	after, err := s.Stats(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if after != before {
		t.Errorf("Stats after a failed batch = %+v, want %+v (as before it)", after, before)
	}
	for _, id := range []string{"doomed-1", "doomed-2"} {
		if _, err := s.Article(ctx, id); !errors.Is(err, graph.ErrNotFound) {
			t.Errorf("Article(%s) after a failed batch: %v, want graph.ErrNotFound", id, err)
		}
	}
	// Fixed, the same batch goes through.
	admin(t, queries.Cypher("test-drop-blocker"), nil)
	b.Events[0].Summary = "Witkoff met someone else"
	out, err := s.Put(ctx, []*timeline.Extraction{a, b})
	if err != nil || len(out) != 2 || out[0] != graph.New || out[1] != graph.New {
		t.Errorf("Put of the fixed batch = %v, %v; want [new new]", out, err)
	}
}

// admin runs one statement on the test server with a driver of its own.
func admin(t *testing.T, query string, params map[string]any) *driver.EagerResult {
	t.Helper()
	cfg := testConfig(t)
	ctx := context.Background()
	drv, err := driver.NewDriverWithContext(cfg.URI, driver.BasicAuth(cfg.Username, cfg.Password, ""))
	if err != nil {
		t.Fatal(err)
	}
	defer drv.Close(ctx)
	res, err := driver.ExecuteQuery(ctx, drv, query, params, driver.EagerResultTransformer,
		driver.ExecuteQueryWithDatabase(cfg.Database))
	if err != nil {
		t.Fatalf("%s: %v", query, err)
	}
	return res
}

// minimal is an article with one event and one entity.
func minimal(id, title string) *timeline.Extraction {
	return &timeline.Extraction{
		Article: timeline.Article{ID: id, Title: title, ContentHash: "hash-" + id, Published: "2026-01-22"},
		Entities: []timeline.Entity{{ID: "person:steve-witkoff", Name: "Steve Witkoff", Type: timeline.Person,
			Mentions: []timeline.Mention{{Text: "Witkoff", Start: 1, End: 8}}}},
		Events: []timeline.Event{{ID: id + "-1", Date: "2026-01-22", Kind: timeline.KindMeeting, Summary: "Witkoff met someone",
			Participants: []timeline.Participant{{Name: "Steve Witkoff", Type: timeline.Person, Role: "agent"}}}},
	}
}

// The server lost between two batches: the next Put fails with a clear
// one-line error, quickly. A dedicated server is started for this test, so
// it needs what scripts/neo4j needs (java, mvn).
func TestServerLost(t *testing.T) {
	cfg := testConfig(t)
	for _, tool := range []string{"java", "mvn"} {
		if _, err := exec.LookPath(tool); err != nil {
			skip(t, tool+" not found: the test starts its own Neo4j with scripts/neo4j")
		}
	}
	name := "failtest-" + strings.TrimPrefix(strings.ReplaceAll(t.Name(), "/", "-"), "Test") + "-" + strconv.Itoa(os.Getpid())
	script := "../../scripts/neo4j"
	out, err := exec.Command(script, "start", "--name", name).Output()
	if err != nil {
		t.Fatalf("scripts/neo4j start --name %s: %v", name, err)
	}
	stopped := false
	stop := func() {
		if !stopped {
			stopped = true
			if out, err := exec.Command(script, "stop", "--name", name).CombinedOutput(); err != nil {
				t.Errorf("scripts/neo4j stop --name %s: %v\n%s", name, err, out)
			}
		}
	}
	defer stop()
	env, err := exec.Command(script, "env", "--name", name).Output()
	if err != nil {
		t.Fatalf("scripts/neo4j env --name %s: %v", name, err)
	}
	cfg.URI = strings.TrimSpace(string(out))
	for _, line := range strings.Split(string(env), "\n") {
		if v, ok := strings.CutPrefix(line, "export NEO4J_PASSWORD_FILE="); ok {
			data, err := os.ReadFile(strings.Trim(v, `'"`))
			if err != nil {
				t.Fatal(err)
			}
			cfg.Password = strings.TrimRight(string(data), "\r\n")
		}
	}
	cfg.MaxRetryTime = 3 * time.Second
	ctx := context.Background()
	s, err := neo4j.Open(ctx, cfg)
	if err != nil {
		t.Fatalf("Open: %v", err)
	}
	defer s.Close()
	if _, err := s.Put(ctx, []*timeline.Extraction{minimal("a", "A")}); err != nil {
		t.Fatalf("first Put: %v", err)
	}
	stop()
	start := time.Now()
	_, err = s.Put(ctx, []*timeline.Extraction{minimal("b", "B")})
	if err == nil {
		t.Fatal("Put to a stopped server succeeded")
	}
	if d := time.Since(start); d > 20*time.Second {
		t.Errorf("Put took %v to fail", d)
	}
	checkMessage(t, err, neo4j.ErrUnreachable, cfg.Password, "put: cannot reach Neo4j at "+cfg.URI)
}
