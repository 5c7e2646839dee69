package sqlite_test

import (
	"context"
	"database/sql"
	"fmt"
	"path/filepath"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/storygraph/storygraph/graph/sqlite"
	"github.com/storygraph/storygraph/graph/storetest"
	"github.com/storygraph/storygraph/timeline"
)

// tiesCounted is what entity_ties must hold: every pair of entities of an
// event, the smaller id first, with the number of events they share, counted from
// event_entities (migrate-12's own count of what was stored).
const tiesCounted = `SELECT a.entity_id, b.entity_id, count(DISTINCT a.event_pk)
FROM event_entities a
JOIN event_entities b ON b.event_pk = a.event_pk AND b.entity_id > a.entity_id
GROUP BY a.entity_id, b.entity_id ORDER BY 1, 2`

const tiesKept = `SELECT entity_id, other_id, events FROM entity_ties ORDER BY 1, 2`

// entityTies reads the rows of query (tiesCounted or tiesKept).
func entityTies(t *testing.T, path, query string) []string {
	t.Helper()
	db, err := sql.Open("sqlite", path)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	rows, err := db.Query(query)
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	out := []string{}
	for rows.Next() {
		var a, b string
		var n int
		if err := rows.Scan(&a, &b, &n); err != nil {
			t.Fatal(err)
		}
		out = append(out, fmt.Sprintf("%s %s %d", a, b, n))
	}
	if err := rows.Err(); err != nil {
		t.Fatal(err)
	}
	return out
}

// entity_ties (migrate-12) follows what is stored through new articles,
// articles replaced by others with fewer events and entities in several
// roles of one event, in a later batch or the same one, and Reset; and migrate-12 counts what a version-11
// file holds.
func TestEntityTiesFollowTheStore(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "story.db")
	s, err := sqlite.Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	defer func() { s.Close() }()
	same := func(when string) {
		t.Helper()
		want, got := entityTies(t, path, tiesCounted), entityTies(t, path, tiesKept)
		if len(want) < 100 {
			t.Fatalf("%s: only %d ties stored", when, len(want))
		}
		if diff := cmp.Diff(want, got); diff != "" {
			t.Errorf("%s: entity_ties (-counted +kept):\n%s", when, diff)
		}
	}
	if _, err := s.Put(ctx, append(storetest.AnalysisFixture(), storetest.Corpus(300, 7)...)); err != nil {
		t.Fatal(err)
	}
	same("after Put")

	// Half the articles again, changed: fewer events, Witkoff elsewhere,
	// and a participant twice in one event (two roles).
	var changed []*timeline.Extraction
	for i, x := range storetest.Corpus(300, 3)[:150] {
		x.Article.ContentHash += "-2"
		x.Events = x.Events[:1+i%5]
		ev := &x.Events[0]
		p := ev.Participants[0]
		p.Role = "subject"
		ev.Participants = append(ev.Participants, p)
		changed = append(changed, x)
	}
	// and ten of them once more in the same batch: Put flushes what it
	// gathered before it deletes the version it stored moments ago
	for _, x := range storetest.Corpus(10, 5) {
		x.Article.ContentHash += "-3"
		x.Events = x.Events[2:]
		changed = append(changed, x)
	}
	if _, err := s.Put(ctx, changed); err != nil {
		t.Fatal(err)
	}
	same("after replacing 150 articles")

	// migrate-12 from a version-11 file
	s.Close()
	sqlExec(t, path, "DROP TRIGGER entity_ties_delete", "DROP INDEX entity_ties_other",
		"DROP TABLE entity_ties",
		"PRAGMA user_version = 11")
	if s, err = sqlite.Open(ctx, path); err != nil {
		t.Fatal(err)
	}
	same("after migrating from version 11")
	if _, err := s.Put(ctx, storetest.Corpus(320, 7)[300:]); err != nil {
		t.Fatal(err)
	}
	same("after Put on the migrated file")

	if err := s.Reset(ctx); err != nil {
		t.Fatal(err)
	}
	if got := entityTies(t, path, tiesKept); len(got) > 0 {
		t.Errorf("after Reset entity_ties holds %d rows, first %s", len(got), got[0])
	}
}
