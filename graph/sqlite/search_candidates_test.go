package sqlite

import (
	"context"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/storygraph/storygraph/graph/storetest"
	"github.com/storygraph/storygraph/queries"
)

// search-candidates reads FTS5's content table event_text_content, not
// event_text's columns: its c0 … c5 must be those columns, as they are.
func TestSearchCandidatesReadTheIndexedColumns(t *testing.T) {
	ctx := context.Background()
	s, err := Open(ctx, filepath.Join(t.TempDir(), "story.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	corpus := storetest.Corpus(20, 0)
	corpus[3].Events[1].Sentence, corpus[4].Events[0].Date = "", "" // empty text and no date, read as they are
	if _, err := s.Put(ctx, corpus); err != nil {
		t.Fatal(err)
	}
	const match = `MATCH '"report" AND "officials"'`
	q := strings.Replace(strings.TrimSuffix(strings.TrimSpace(queries.SQL("search-candidates")), ";"), "MATCH ?", match, 1)
	got := rowsOf(t, s, "SELECT * FROM ("+q+") ORDER BY 1")
	want := rowsOf(t, s, "SELECT rowid, article_id, ord, date, sentence, summary, title FROM event_text WHERE event_text "+match+" ORDER BY rowid")
	if len(want) != 99 {
		t.Fatalf("event_text has %d events of a report with officials, want 99", len(want))
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("search-candidates (-event_text's columns +got):\n%s", diff)
	}
}
