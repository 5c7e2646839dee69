package sqlite

import (
	"context"
	"path/filepath"
	"strings"
	"testing"

	"github.com/storygraph/storygraph/graph"
	"github.com/storygraph/storygraph/graph/storetest"
)

// Events reads its rows in batches decoded on other goroutines: the
// records come in the rows' order across batches, and an event whose
// stored JSON is broken fails the read with an error naming its article.
func TestEventsDecodedInBatches(t *testing.T) {
	ctx := context.Background()
	s, err := Open(ctx, filepath.Join(t.TempDir(), "story.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	corpus := storetest.Corpus(3*decodeBatch/5+7, 0) // five events an article: three batches and a bit
	if _, err := s.Put(ctx, corpus); err != nil {
		t.Fatal(err)
	}
	recs, err := s.Events(ctx, graph.Filter{})
	if err != nil {
		t.Fatal(err)
	}
	var want, got []string
	for _, x := range corpus {
		for _, ev := range x.Events {
			want = append(want, x.Article.ID+" "+ev.ID)
		}
	}
	for _, r := range recs {
		got = append(got, r.Article.ID+" "+r.Event.ID)
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("Events gave %d records, want %d in the order of the articles and their events", len(got), len(want))
	}
	broken := corpus[2*decodeBatch/5].Article.ID
	if _, err := s.db.ExecContext(ctx, `UPDATE events SET record = '{"id": ' WHERE article_id = ?`, broken); err != nil {
		t.Fatal(err)
	}
	if _, err := s.Events(ctx, graph.Filter{}); err == nil || !strings.Contains(err.Error(), "decode an event of article \""+broken+"\"") {
		t.Errorf("Events with a broken record: %v, want an error naming article %q", err, broken)
	}
}
