package chronology_test

import (
	"fmt"

	"github.com/storygraph/storygraph/timeline"
	"github.com/storygraph/storygraph/timeline/chronology"
)

// Reports of one happening from two articles become one entry.
func ExampleChronology() {
	report := func(article, sentence string) timeline.Record {
		return timeline.Record{
			Event: timeline.Event{ID: "ev:" + article, Kind: timeline.KindMeeting, Date: "2026-01-06", Precision: "day",
				Summary: sentence, Sentence: sentence, Places: []string{"Paris"},
				Participants: []timeline.Participant{{Name: "Emmanuel Macron", Type: timeline.Person, Role: "agent"}}},
			Article: timeline.Source{ID: article, Title: article},
		}
	}
	entries := chronology.Chronology([]timeline.Record{
		report("a", "Macron hosted the summit in Paris."),
		report("b", "Leaders met in Paris, hosted by Macron."),
	}, chronology.ChronologyOptions{})
	for _, e := range entries {
		fmt.Println(e.DateLabel, len(e.Sources), "sources:", e.MergedBecause)
	}
	// Output:
	// 6 Jan 2026 2 sources: [b (ev:b): same kind (meeting); dates nest; both involve emmanuel macron; both at paris]
}
