package timeline_test

import (
	"fmt"

	"github.com/storygraph/storygraph/seeds"
	"github.com/storygraph/storygraph/timeline"
	"github.com/storygraph/storygraph/timeline/article"
	"github.com/storygraph/storygraph/timeline/gazetteer"
)

// An article goes in; its events come out with their dates resolved
// against the publication date, their precision and their participants.
func ExampleExtractor_Extract() {
	g, err := gazetteer.LoadFS(seeds.FS(), seeds.GazetteerDir)
	if err != nil {
		panic(err)
	}
	x := &timeline.Extractor{Gazetteer: g}
	docs, _ := article.Read("talks.md", []byte(`---
title: Envoys meet
published: 2026-01-22
---
Steve Witkoff met Vladimir Putin in Moscow on Thursday. Russian drones struck Odesa this week, the governor said.
`))
	for _, e := range x.Extract(&docs[0]).Events {
		var who []string
		for _, p := range e.Participants {
			who = append(who, p.Name)
		}
		fmt.Println(e.Date, e.Precision, e.Kind, e.Certainty, who, e.Places)
	}
	// Output:
	// 2026-01-22 day meeting asserted [Steve Witkoff Vladimir Putin] [Moscow]
	// 2026-01-19/2026-01-25 week attack claimed [Russia] [Odesa]
}

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
	entries := timeline.Chronology([]timeline.Record{
		report("a", "Macron hosted the summit in Paris."),
		report("b", "Leaders met in Paris, hosted by Macron."),
	}, timeline.ChronologyOptions{})
	for _, e := range entries {
		fmt.Println(e.DateLabel, len(e.Sources), "sources:", e.MergedBecause)
	}
	// Output:
	// 6 Jan 2026 2 sources: [b (ev:b): same kind (meeting); dates nest; both involve emmanuel macron; both at paris]
}
