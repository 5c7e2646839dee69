package neo4j_test

import (
	"context"
	"encoding/json"
	"path/filepath"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/storygraph/storygraph/graph"
	"github.com/storygraph/storygraph/graph/sqlite"
	"github.com/storygraph/storygraph/graph/storetest"
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
