package extract_test

import (
	"fmt"

	"github.com/storygraph/storygraph/seeds"
	"github.com/storygraph/storygraph/timeline/article"
	"github.com/storygraph/storygraph/timeline/extract"
	"github.com/storygraph/storygraph/timeline/gazetteer"
)

// An article goes in; its events come out with their dates resolved
// against the publication date, their precision and their participants.
func ExampleExtractor_Extract() {
	g, err := gazetteer.LoadFS(seeds.FS(), seeds.GazetteerDir)
	if err != nil {
		panic(err)
	}
	x := &extract.Extractor{Gazetteer: g}
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
	// 2026-01-19/2026-01-22 range attack claimed [Russia] [Odesa]
}
