package sqlite

import (
	"context"
	"fmt"
	"path/filepath"
	"reflect"
	"testing"

	"github.com/storygraph/storygraph/graph/storetest"
	"github.com/storygraph/storygraph/timeline"
)

// The full-text rows Put passes from Go are those the events and articles
// it stored give (the search-index of migrate-5 read them back): through
// updates in the same batch and in a later one, and with text JSON must
// escape or that is not UTF-8.
func TestPutIndexesStoredText(t *testing.T) {
	ctx := context.Background()
	s, err := Open(ctx, filepath.Join(t.TempDir(), "story.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	c := storetest.Corpus(60, 0)
	c[3].Article.Title = "bad \xff\xfe utf-8, \"quoted\"\t<&> \u2028"
	c[3].Events[0].Sentence = "bad \xff sentence\n\x01 \\ \"Зеленський\""
	c[3].Events[1].Summary = "bad \xfe summary"
	c[3].Events[2].Date = "2026-\xff"
	revised := func(x *timeline.Extraction, n int) *timeline.Extraction {
		y := *x
		y.Article.ContentHash = fmt.Sprintf("%s-%d", x.Article.ContentHash, n)
		y.Article.Title = fmt.Sprintf("%s, revised %d", x.Article.Title, n)
		y.Events = y.Events[:len(y.Events)-n]
		return &y
	}
	batches := [][]*timeline.Extraction{
		c[:30],
		append(append([]*timeline.Extraction{revised(c[3], 1), c[30]}, c[31:]...), revised(c[30], 2), revised(c[5], 3)),
	}
	for _, b := range batches {
		if _, err := s.Put(ctx, b); err != nil {
			t.Fatal(err)
		}
	}
	read := func(q string) [][]any {
		rows, err := s.db.QueryContext(ctx, q)
		if err != nil {
			t.Fatal(err)
		}
		defer rows.Close()
		var out [][]any
		for rows.Next() {
			r := make([]any, 7)
			ptrs := make([]any, len(r))
			for i := range r {
				ptrs[i] = &r[i]
			}
			if err := rows.Scan(ptrs...); err != nil {
				t.Fatal(err)
			}
			out = append(out, r)
		}
		if err := rows.Err(); err != nil {
			t.Fatal(err)
		}
		return out
	}
	got := read(`SELECT rowid, sentence, summary, title, article_id, ord, date FROM event_text ORDER BY rowid`)
	want := read(`SELECT e.pk, e.record ->> '$.sentence', e.record ->> '$.summary', a.title, e.article_id, e.ord, e.date
		FROM events e JOIN articles a ON a.id = e.article_id ORDER BY e.pk`)
	if len(want) != 60*5-1-2-3 {
		t.Fatalf("%d events stored, want %d", len(want), 60*5-6)
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("full-text rows differ from the stored events:\ngot  %q\nwant %q", got, want)
	}
}
