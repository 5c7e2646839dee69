package sqlite_test

import (
	"context"
	"fmt"
	"log"
	"os"
	"path/filepath"

	"github.com/storygraph/storygraph/graph"
	"github.com/storygraph/storygraph/graph/sqlite"
	"github.com/storygraph/storygraph/timeline"
)

// Open a store, put an article's extraction, and ask for the events that
// involve Witkoff in January 2026: the surname alone finds Steve Witkoff.
func ExampleOpen() {
	dir, err := os.MkdirTemp("", "storygraph")
	if err != nil {
		log.Fatal(err)
	}
	defer os.RemoveAll(dir)

	ctx := context.Background()
	store, err := sqlite.Open(ctx, filepath.Join(dir, "story.db"))
	if err != nil {
		log.Fatal(err)
	}
	defer store.Close()

	x := &timeline.Extraction{
		Article: timeline.Article{ID: "https://example.com/davos", Title: "Envoys meet Zelensky in Davos",
			Published: "2026-01-22", ContentHash: "sha256:0d1a"},
		Entities: []timeline.Entity{
			{ID: "person:steve-witkoff", Name: "Steve Witkoff", Type: timeline.Person},
			{ID: "person:volodymyr-zelenskyy", Name: "Volodymyr Zelenskyy", Type: timeline.Person, Aliases: []string{"Zelensky"}},
		},
		Events: []timeline.Event{{
			ID: "e1", Date: "2026-01-22", Kind: timeline.KindMeeting, Summary: "Witkoff met Zelenskyy in Davos",
			Participants: []timeline.Participant{
				{Name: "Steve Witkoff", Type: timeline.Person, Role: "agent"},
				{Name: "Zelensky", Type: timeline.Person, Role: "counterpart"},
			},
			Places: []string{"Davos"}, Topics: []string{"peace-negotiations"},
		}},
	}
	for range 2 {
		outcomes, err := store.Put(ctx, []*timeline.Extraction{x})
		if err != nil {
			log.Fatal(err)
		}
		fmt.Println(outcomes[0])
	}

	records, err := store.Events(ctx, graph.Filter{Entities: []string{"witkoff"}, From: "2026-01-01", To: "2026-01-31"})
	if err != nil {
		log.Fatal(err)
	}
	for _, r := range records {
		fmt.Println(r.Event.Date, r.Event.Summary, "-", r.Article.Title)
	}
	// Output:
	// new
	// unchanged
	// 2026-01-22 Witkoff met Zelenskyy in Davos - Envoys meet Zelensky in Davos
}
