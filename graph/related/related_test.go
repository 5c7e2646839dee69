package related_test

import (
	"context"
	"fmt"
	"path/filepath"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/storygraph/storygraph/graph"
	"github.com/storygraph/storygraph/graph/related"
	"github.com/storygraph/storygraph/graph/sqlite"
	"github.com/storygraph/storygraph/timeline"
)

func entity(typ timeline.EntityType, name, country string, mentions int) timeline.Entity {
	e := timeline.Entity{ID: string(typ) + ":" + name, Name: name, Type: typ, Country: country}
	for range mentions {
		e.Mentions = append(e.Mentions, timeline.Mention{Text: name})
	}
	return e
}

// article is a stored article with one event involving who at where.
func article(id, published string, who []string, where ...string) *timeline.Extraction {
	x := &timeline.Extraction{Article: timeline.Article{ID: id, Title: "Article " + id, Published: published, ContentHash: "h-" + id}}
	ev := timeline.Event{ID: id + "-1", Kind: timeline.KindMeeting, Places: where}
	for _, p := range who {
		ev.Participants = append(ev.Participants, timeline.Participant{Name: p, Type: timeline.Person, Role: timeline.RoleAgent})
		x.Entities = append(x.Entities, entity(timeline.Person, p, "", 1))
	}
	x.Events = []timeline.Event{ev}
	return x
}

func TestRank(t *testing.T) {
	ctx := context.Background()
	st, err := sqlite.Open(ctx, filepath.Join(t.TempDir(), "story.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	query := &timeline.Extraction{
		Article: timeline.Article{ID: "q", Title: "The article ranked for", ContentHash: "h-q"},
		Entities: []timeline.Entity{
			entity(timeline.Place, "Odesa", "Ukraine", 1),
			entity(timeline.Person, "Steve Witkoff", "", 3),
			entity(timeline.Place, "Ukraine", "", 2), // no country of its own: weight 1
		},
	}
	_, err = st.Put(ctx, []*timeline.Extraction{
		article("a", "2026-01-20", []string{"Steve Witkoff"}, "Odesa"), // 3 + 2
		article("b", "2026-01-22", nil, "Ukraine"),                     // 1
		article("c", "2026-01-21", nil, "Ukraine", "Odesa"),            // 1 + 2, published before e
		article("e", "2026-01-23", nil, "Odesa", "Ukraine"),            // 2 + 1
		article("d", "2026-01-23", []string{"Kirill Dmitriev"}, "Paris"),
		article("q", "2026-01-24", []string{"Steve Witkoff"}, "Odesa"), // the article itself
	})
	if err != nil {
		t.Fatal(err)
	}
	got, err := related.Rank(ctx, st, query, 0)
	if err != nil {
		t.Fatal(err)
	}
	type row struct {
		ID     string
		Score  int
		Shares []string
	}
	var rows []row
	for _, r := range got {
		rows = append(rows, row{r.Article.ID, r.Score, r.Shares})
	}
	// shares in the order of the article's entities, most mentioned first
	want := []row{
		{"a", 5, []string{"Steve Witkoff", "Odesa"}},
		{"e", 3, []string{"Ukraine", "Odesa"}},
		{"c", 3, []string{"Ukraine", "Odesa"}},
		{"b", 1, []string{"Ukraine"}},
	}
	if diff := cmp.Diff(want, rows); diff != "" {
		t.Errorf("Rank (-want +got):\n%s", diff)
	}
	if got[0].Article.Title != "Article a" || got[0].Article.Published != "2026-01-20" {
		t.Errorf("the related article's source = %+v", got[0].Article)
	}

	limited, err := related.Rank(ctx, st, query, 2)
	if err != nil || len(limited) != 2 || limited[1].Article.ID != "e" {
		t.Errorf("Rank(limit 2) = %+v, %v; want a and e", limited, err)
	}
}

// countingEvents answers nothing and counts the queries.
type countingEvents struct{ filters []graph.Filter }

func (c *countingEvents) Events(_ context.Context, f graph.Filter) ([]timeline.Record, error) {
	c.filters = append(c.filters, f)
	return nil, nil
}

// At most twelve of the article's entities are looked up, the most
// mentioned first; people by name, places as places.
func TestRankLooksUpTheMostMentioned(t *testing.T) {
	ex := &timeline.Extraction{Article: timeline.Article{ID: "q"}}
	for i := range 15 {
		ex.Entities = append(ex.Entities, entity(timeline.Person, fmt.Sprintf("P%02d", i), "", i+1))
	}
	ex.Entities = append(ex.Entities, entity(timeline.Place, "Kyiv", "Ukraine", 100))
	var c countingEvents
	got, err := related.Rank(context.Background(), &c, ex, 5)
	if err != nil || got != nil {
		t.Fatalf("Rank = %v, %v; want nothing", got, err)
	}
	if len(c.filters) != 12 {
		t.Fatalf("%d queries, want 12", len(c.filters))
	}
	if f := c.filters[0]; len(f.Places) != 1 || f.Places[0] != "Kyiv" || len(f.Entities) != 0 {
		t.Errorf("first query = %+v, want the place Kyiv", f)
	}
	if f := c.filters[1]; len(f.Entities) != 1 || f.Entities[0] != "P14" {
		t.Errorf("second query = %+v, want the person P14", f)
	}
}
