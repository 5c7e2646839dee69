package neo4j_test

import (
	"context"
	"errors"
	"os"
	"strings"
	"testing"

	driver "github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/storygraph/storygraph/graph"
	"github.com/storygraph/storygraph/graph/neo4j"
	"github.com/storygraph/storygraph/graph/storetest"
	"github.com/storygraph/storygraph/internal/neo4jtest"
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
	neo4jtest.Lock(tb, uri) // other packages' tests share the server
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

func TestFetchStates(t *testing.T) {
	storetest.FetchStates(t, func(t *testing.T) graph.Store { return open(t) })
}
