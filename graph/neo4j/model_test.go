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

// Issue 12 (speed): an entity that a batch names with nothing new (its
// name, aliases, keys, role and country all stored) is neither locked nor
// written again, so concurrent writers naming the same people do not
// queue for them; one named with a new alias is.
func TestPutLocksOnlyChangedEntities(t *testing.T) {
	s := open(t)
	defer s.Close()
	ctx := context.Background()
	alias := minimal("c", "C")
	alias.Entities[0].Aliases = []string{"Steven Witkoff"}
	for _, c := range []struct {
		x    *timeline.Extraction
		want int
	}{{minimal("a", "A"), 1}, {minimal("b", "B"), 0}, {alias, 1}, {minimal("d", "D"), 0}} {
		got, err := neo4j.PutLocked(ctx, s, []*timeline.Extraction{c.x})
		if err != nil {
			t.Fatal(err)
		}
		if got != c.want {
			t.Errorf("Put of %s locked %d entities, want %d", c.x.Article.ID, got, c.want)
		}
	}
	if recs, err := s.Events(ctx, graph.Filter{Entities: []string{"Steven Witkoff"}}); err != nil || len(recs) != 4 {
		t.Errorf("Events(Steven Witkoff) = %d records, %v; want 4", len(recs), err)
	}
}

// Put CREATEs the relationships of the articles and events it creates,
// and MERGEs those of nodes another writer stored after Put read the
// store: the same article stored by two writers at once has each
// relationship once.
func TestPutRacingAnotherWriter(t *testing.T) {
	s := open(t)
	defer s.Close()
	ctx := context.Background()
	batch := []*timeline.Extraction{minimal("a", "A"), minimal("b", "B")}
	if _, err := s.Put(ctx, batch); err != nil {
		t.Fatal(err)
	}
	nodes, rels := count(t, queries.Cypher("test-count-nodes"), nil), count(t, queries.Cypher("test-count-relationships"), nil)
	if err := s.Reset(ctx); err != nil {
		t.Fatal(err)
	}
	err := neo4j.PutRacing(ctx, s, batch, func() error {
		_, err := s.Put(ctx, batch)
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	if n, r := count(t, queries.Cypher("test-count-nodes"), nil), count(t, queries.Cypher("test-count-relationships"), nil); n != nodes || r != rels {
		t.Errorf("after two writers: %d nodes, %d relationships; one writer leaves %d, %d", n, r, nodes, rels)
	}
}
