package neo4j_test

import (
	"context"
	"encoding/json"
	"path/filepath"
	"slices"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/storygraph/storygraph/graph"
	"github.com/storygraph/storygraph/graph/neo4j"
	"github.com/storygraph/storygraph/graph/sqlite"
	"github.com/storygraph/storygraph/graph/storetest"
	"github.com/storygraph/storygraph/queries"
)

func TestSearch(t *testing.T) {
	storetest.Search(t, func(t *testing.T) graph.Store { return open(t) })
}

// The two engines tokenise and score differently; on the synthetic
// corpus, with its many names and numbers, both stores give the same
// bytes for every kind of query.
func TestSameSearchOnBothStores(t *testing.T) {
	ctx := context.Background()
	n4 := open(t)
	defer n4.Close()
	lite, err := sqlite.Open(ctx, filepath.Join(t.TempDir(), "story.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer lite.Close()
	corpus := storetest.Corpus(300, 7)
	for _, s := range []graph.Store{lite, n4} {
		if _, err := s.Put(ctx, corpus); err != nil {
			t.Fatal(err)
		}
	}
	for _, text := range []string{"number12*", `"met person"`, "city talks", "report 17", "discuss* thursday", "Na Number13", "proposals officials"} {
		q, err := graph.ParseSearch(text)
		if err != nil {
			t.Fatal(err)
		}
		// With a cap of 100, the broad queries (1,500 events each) are read
		// by date on the embedded store and in full on Neo4j.
		for _, o := range []graph.SearchOptions{{Limit: 25}, {Limit: 25, Cap: 100}} {
			var out [2][]byte
			for i, s := range []graph.Searcher{lite, n4} {
				res, err := s.Search(ctx, q, o)
				if err != nil {
					t.Fatalf("%T.Search(%q): %v", s, text, err)
				}
				if len(res.Hits) == 0 {
					t.Errorf("%T.Search(%q): no hits; the query should find some", s, text)
				}
				out[i], _ = json.Marshal(res)
			}
			if diff := cmp.Diff(string(out[0]), string(out[1])); diff != "" {
				t.Errorf("Search(%q, %+v): SQLite (-) and Neo4j (+) differ:\n%s", text, o, diff)
			}
		}
	}
}

func TestStories(t *testing.T) {
	storetest.Stories(t, func(t *testing.T) graph.Store { return open(t) })
}

func TestAnalystQueries(t *testing.T) {
	storetest.AnalystQueries(t, func(t *testing.T) graph.Store { return open(t) })
}

// A capped search read by date (byDate, which walkOver 0 makes every
// capped search take) gives Rank's answer over every event.
func TestSearchByDate(t *testing.T) {
	s := open(t)
	defer s.Close()
	defer neo4j.SetWalkOver(0)()
	storetest.SearchByDate(t, s)
}

// A graph written before event_text held each event's title and date
// group is brought up to date by the first Init of a process: its events
// get both, the index is made again, and a capped search read by date
// finds what Rank over every event finds, titles included.
func TestSearchMigration(t *testing.T) {
	ctx := context.Background()
	s := open(t)
	corpus := storetest.Corpus(20, 0)
	if _, err := s.Put(ctx, corpus); err != nil {
		t.Fatal(err)
	}
	s.Close()
	admin(t, queries.Cypher("test-strip-event-search"), nil)
	admin(t, queries.Cypher("test-drop-event-text"), nil)
	admin(t, queries.Cypher("test-old-event-text"), nil)

	s, err := neo4j.Open(ctx, testConfig(t))
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	defer neo4j.SetWalkOver(0)()
	q, err := graph.ParseSearch("report 7")
	if err != nil {
		t.Fatal(err)
	}
	o := graph.SearchOptions{Limit: 5, Cap: 3}
	res, err := s.Search(ctx, q, o)
	if err != nil {
		t.Fatal(err)
	}
	all := storetest.Candidates(corpus)
	ranked, wantCapped := graph.RankCapped(q, all, o)
	var want, got []string
	for _, r := range ranked {
		want = append(want, r.Key)
	}
	for _, h := range res.Hits {
		got = append(got, h.Event.ID)
	}
	if diff := cmp.Diff(want, got); diff != "" || res.Capped != wantCapped || len(want) == 0 {
		t.Errorf("Search(%q) after the migration, capped %v (want %v) (-Rank +got):\n%s", q.Text, res.Capped, wantCapped, diff)
	}
	n, _ := admin(t, queries.Cypher("test-count-event-search"), nil).Records[0].Get("n")
	props, _ := admin(t, queries.Cypher("test-event-text-properties"), nil).Records[0].Get("properties")
	if n != int64(len(all)) || !slices.Contains(props.([]any), any("dateGroup")) {
		t.Errorf("after the migration: %v events with a date group of %d, event_text on %v", n, len(all), props)
	}
}
