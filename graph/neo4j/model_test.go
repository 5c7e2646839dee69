package neo4j_test

import (
	"context"
	"testing"

	"github.com/storygraph/storygraph/graph"
	"github.com/storygraph/storygraph/graph/neo4j"
	"github.com/storygraph/storygraph/queries"
	"github.com/storygraph/storygraph/timeline"
)

// Entity filters start from (:Key)-[:NAMES]->(:Entity) nodes written with
// the entities: an entity removed by an update takes its keys with it, and
// Reset leaves no node behind, keys included.
func TestKeysFollowEntities(t *testing.T) {
	s := open(t)
	defer s.Close()
	ctx := context.Background()
	a := minimal("a", "A")
	if _, err := s.Put(ctx, []*timeline.Extraction{a}); err != nil {
		t.Fatal(err)
	}
	for _, key := range []string{"steve witkoff", "witkoff"} {
		if n := count(t, queries.Cypher("test-count-keys"), map[string]any{"key": key}); n != 1 {
			t.Errorf("after Put: %d keys %q naming an entity, want 1", n, key)
		}
	}
	// The update names someone else: Witkoff's entity and keys go.
	b := minimal("a", "A")
	b.Article.ContentHash = "hash-a-2"
	b.Entities[0] = timeline.Entity{ID: "person:kirill-dmitriev", Name: "Kirill Dmitriev", Type: timeline.Person}
	b.Events[0].Participants[0].Name = "Kirill Dmitriev"
	if out, err := s.Put(ctx, []*timeline.Extraction{b}); err != nil || out[0] != graph.Updated {
		t.Fatalf("Put of the update = %v, %v", out, err)
	}
	if n := count(t, queries.Cypher("test-count-keys"), map[string]any{"key": "witkoff"}); n != 0 {
		t.Errorf("after the update: %d keys \"witkoff\", want 0", n)
	}
	if recs, err := s.Events(ctx, graph.Filter{Entities: []string{"Dmitriev"}}); err != nil || len(recs) != 1 {
		t.Errorf("Events(Dmitriev) = %d records, %v; want 1", len(recs), err)
	}
	if err := s.Reset(ctx); err != nil {
		t.Fatal(err)
	}
	if n := count(t, queries.Cypher("test-count-nodes"), nil); n != 0 {
		t.Errorf("after Reset: %d nodes, want 0", n)
	}
}

// A graph written before :Key nodes and dated INVOLVES relationships is
// migrated by the first Events of a Store, so entity filters find what it
// holds.
func TestMigratesOlderGraph(t *testing.T) {
	s := open(t)
	defer s.Close()
	ctx := context.Background()
	if _, err := s.Put(ctx, []*timeline.Extraction{minimal("a", "A")}); err != nil {
		t.Fatal(err)
	}
	admin(t, queries.Cypher("test-strip-keys"), nil)
	admin(t, queries.Cypher("test-strip-involves-dates"), nil)

	s2, err := neo4j.Open(ctx, testConfig(t))
	if err != nil {
		t.Fatal(err)
	}
	defer s2.Close()
	recs, err := s2.Events(ctx, graph.Filter{Entities: []string{"Witkoff"}, From: "2026-01-01", To: "2026-01-31"})
	if err != nil || len(recs) != 1 {
		t.Fatalf("Events(Witkoff, January) on an older graph = %d records, %v; want 1", len(recs), err)
	}
	if n := count(t, queries.Cypher("test-count-keys"), map[string]any{"key": "witkoff"}); n != 1 {
		t.Errorf("after the migration: %d keys \"witkoff\", want 1", n)
	}
}

// count runs a statement returning one count n on the test server.
func count(t *testing.T, query string, params map[string]any) int64 {
	t.Helper()
	n, _ := admin(t, query, params).Records[0].Values[0].(int64)
	return n
}
