package sqlite

import (
	"context"
	"fmt"
	"path/filepath"
	"reflect"
	"testing"

	"github.com/storygraph/storygraph/graph"
	"github.com/storygraph/storygraph/graph/storetest"
	"github.com/storygraph/storygraph/timeline"
)

// The full-text rows Put passes from Go are those the events and articles
// it stored give (the search-index of migrate-5 read them back): through
// updates in the same batch and in a later one, and with text JSON must
// escape or that is not UTF-8.
func TestPutIndexesStoredText(t *testing.T) {
	c := storetest.Corpus(60, 0)
	c[3].Article.Title = "bad \xff\xfe utf-8, \"quoted\"\t<&> \u2028"
	c[3].Events[0].Sentence = "bad \xff sentence\n\x01 \\ \"Зеленський\""
	c[3].Events[1].Summary = "bad \xfe summary"
	c[3].Events[2].Date = "2026-\xff"
	s := putWithUpdates(t, c, 3, 30, 5)
	got := rowsOf(t, s, `SELECT rowid, sentence, summary, title, article_id, ord, date FROM event_text ORDER BY rowid`)
	want := rowsOf(t, s, `SELECT e.pk, e.record ->> '$.sentence', e.record ->> '$.summary', a.title, e.article_id, e.ord, e.date
		FROM events e JOIN articles a ON a.id = e.article_id ORDER BY e.pk`)
	if len(want) != 60*5-1-2-3 {
		t.Fatalf("%d events stored, want %d", len(want), 60*5-6)
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("full-text rows differ from the stored events:\ngot  %q\nwant %q", got, want)
	}
}

// The counts Put adds a batch at a time (migrate-11) are those counted
// from scratch over what is stored, as migrate-9 counted them: through
// updates in the same batch and in a later one, an entity named twice by
// an article, a participant in two roles or also the event's place, a
// topic given twice, undated events, and an article updated to one
// without events.
func TestPutCountsWhatItStores(t *testing.T) {
	c := storetest.Corpus(60, 7)
	c[2].Entities = append(c[2].Entities, c[2].Entities[0])
	c[4].Events[0].Topics = append(c[4].Events[0].Topics, c[4].Events[0].Topics[0], "")
	c[6].Events[0].Places = append(c[6].Events[0].Places, c[6].Entities[0].Name, "")
	c[6].Entities[0].Type = timeline.Place // a participant and a place
	p := c[6].Events[1].Participants[0]
	p.Role = "subject"
	c[6].Events[1].Participants = append(c[6].Events[1].Participants, p)
	for i := range c[8].Events {
		c[8].Events[i].Date = ""
	}
	s := putWithUpdates(t, c, 4, 30, 6, 9, 8)
	// migrate-9's counting, less its DELETE (an entity of no event and
	// no article has no row).
	for _, q := range [][2]string{{
		`SELECT entity_id, events, articles FROM entity_counts WHERE events <> 0 OR articles <> 0 ORDER BY 1`,
		`SELECT * FROM (SELECT x.id AS id,
		        (SELECT count(*) FROM (SELECT ee.event_pk FROM event_entities ee WHERE ee.entity_id = x.id
		                               UNION
		                               SELECT p.event_pk FROM event_places p WHERE p.entity_id = x.id)) AS events,
		        (SELECT count(*) FROM mentions m WHERE m.entity_id = x.id) AS articles
		        FROM entities x) WHERE events <> 0 OR articles <> 0 ORDER BY 1`,
	}, {
		`SELECT topic, events, articles, first, last FROM topic_counts ORDER BY 1`,
		`SELECT t.topic, count(*), count(DISTINCT e.article_id), coalesce(min(e.first_day), ''), coalesce(max(e.last_day), '')
		 FROM event_topics t JOIN events e ON e.pk = t.event_pk GROUP BY t.topic ORDER BY 1`,
	}} {
		got, want := rowsOf(t, s, q[0]), rowsOf(t, s, q[1])
		if len(want) < 5 {
			t.Fatalf("%d counts: %v", len(want), want)
		}
		if !reflect.DeepEqual(got, want) {
			t.Errorf("counts differ from a recount:\ngot  %v\nwant %v", got, want)
		}
	}
}

// putWithUpdates puts c[:30] into a new store, then c[30:] followed by
// new versions of the articles c[revised[i]], the i-th with its first i+1
// events and last i+1 entities left out.
func putWithUpdates(t *testing.T, c []*timeline.Extraction, revised ...int) *Store {
	t.Helper()
	ctx := context.Background()
	s, err := Open(ctx, filepath.Join(t.TempDir(), "story.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	second := c[30:]
	for i, j := range revised {
		y := *c[j]
		n := i + 1
		y.Article.ContentHash = fmt.Sprintf("%s-%d", y.Article.ContentHash, n)
		y.Article.Title = fmt.Sprintf("%s, revised %d", y.Article.Title, n)
		y.Events = y.Events[min(n, len(y.Events)):]
		y.Entities = y.Entities[:len(y.Entities)-n]
		second = append(second, &y)
	}
	for _, b := range [][]*timeline.Extraction{c[:30], second} {
		if _, err := s.Put(ctx, b); err != nil {
			t.Fatal(err)
		}
	}
	return s
}

// rowsOf returns every row of q.
func rowsOf(t *testing.T, s *Store, q string) [][]any {
	t.Helper()
	rows, err := s.db.QueryContext(context.Background(), q)
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	cols, err := rows.Columns()
	if err != nil {
		t.Fatal(err)
	}
	out, err := scanRows(rows, len(cols))
	if err != nil {
		t.Fatal(err)
	}
	return out
}

// valuesN repeats an insert's row of parameters, whatever the comment
// before it says.
func TestValuesN(t *testing.T) {
	for _, c := range []struct {
		q    string
		n    int
		want string
	}{
		{"-- VALUES in a comment\nINSERT INTO t (a, b)\nVALUES (?, ?);\n", 1, "-- VALUES in a comment\nINSERT INTO t (a, b)\nVALUES (?, ?)"},
		{"INSERT INTO t (a, b) VALUES (?, ?);", 3, "INSERT INTO t (a, b) VALUES (?, ?), (?, ?), (?, ?)"},
		{"INSERT INTO t (a, b)\nVALUES (?, ?)\nON CONFLICT (a) DO UPDATE SET b = b + excluded.b;", 2,
			"INSERT INTO t (a, b)\nVALUES (?, ?), (?, ?)\nON CONFLICT (a) DO UPDATE SET b = b + excluded.b"},
	} {
		if got := valuesN(c.q, c.n); got != c.want {
			t.Errorf("valuesN(%q, %d) = %q, want %q", c.q, c.n, got, c.want)
		}
	}
}

// Put finds a stored article by its id whatever bytes the id holds (the
// batch's hashes are read through JSON): put again, it is unchanged, and
// with other content updated, in a later batch and in the same one.
func TestPutFindsStoredArticleByOddID(t *testing.T) {
	ctx := context.Background()
	s, err := Open(ctx, filepath.Join(t.TempDir(), "story.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	c := storetest.Corpus(2, 0)
	c[0].Article.ID = "bad \xff utf-8 \"quoted\"\n\x01 id"
	c[1].Article.ID = "Зеленський \u2028 id"
	if _, err := s.Put(ctx, c); err != nil {
		t.Fatal(err)
	}
	revised := *c[1]
	revised.Article.ContentHash += "-2"
	for _, tc := range []struct {
		batch []*timeline.Extraction
		want  []graph.Outcome
	}{
		{c, []graph.Outcome{graph.Unchanged, graph.Unchanged}},
		{[]*timeline.Extraction{&revised, c[0], c[1]}, []graph.Outcome{graph.Updated, graph.Unchanged, graph.Updated}},
	} {
		got, err := s.Put(ctx, tc.batch)
		if err != nil {
			t.Fatal(err)
		}
		if !reflect.DeepEqual(got, tc.want) {
			t.Errorf("outcomes %v, want %v", got, tc.want)
		}
	}
	if got := rowsOf(t, s, `SELECT count(*) FROM articles`); got[0][0] != int64(2) {
		t.Errorf("%v articles stored, want 2", got[0][0])
	}
}
