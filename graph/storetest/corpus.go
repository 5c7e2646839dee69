package storetest

import (
	"fmt"
	"math/rand/v2"
	"slices"
	"time"

	"github.com/storygraph/storygraph/timeline"
	"github.com/storygraph/storygraph/timeline/timex"
)

// Corpus builds n synthetic articles for the stores' benchmarks of 5 events each, deterministically: 400
// people, 60 places and 30 organisations shared between articles as real
// news repeats the same names, dates spread over 2025 and 2026. When
// busyEvery > 0, every busyEvery-th event also involves Steve Witkoff.
func Corpus(n, busyEvery int) []*timeline.Extraction {
	people := pool(400, timeline.Person, "Person")
	places := pool(60, timeline.Place, "City")
	orgs := pool(30, timeline.Organization, "Ministry")
	witkoff := timeline.Entity{ID: "person:steve-witkoff", Name: "Steve Witkoff", Type: timeline.Person,
		Aliases: []string{"Steven Witkoff"}, Role: "US special envoy", Country: "US",
		Mentions: []timeline.Mention{{Text: "Steve Witkoff", Start: 10, End: 23}}}
	topics := []string{"peace-negotiations", "energy-strikes", "sanctions", "prisoner-exchange", "aid"}
	r := rand.New(rand.NewPCG(2026, 1))
	first := time.Date(2025, 1, 1, 0, 0, 0, 0, time.UTC)
	out := make([]*timeline.Extraction, n)
	for i := range out {
		id := fmt.Sprintf("https://news.example.com/%06d", i)
		ents := []timeline.Entity{}
		for j := range 5 {
			ents = append(ents, people[(i*7+j*13)%len(people)])
		}
		ents = append(ents, places[i%len(places)], places[(i*3+1)%len(places)], orgs[i%len(orgs)])
		x := &timeline.Extraction{
			Article: timeline.Article{ID: id, Title: fmt.Sprintf("Talks resume as envoys meet, report %d", i), URL: id,
				Source: "Example News", Published: first.AddDate(0, 0, i%730).Format("2006-01-02"), PublishedBasis: "metadata",
				ContentHash: fmt.Sprintf("sha256:%064x", i), Format: "html"},
			Entities: ents,
		}
		for k := range 5 {
			g := i*5 + k
			d := first.AddDate(0, 0, r.IntN(730)).Format("2006-01-02")
			ev := timeline.Event{
				ID: fmt.Sprintf("%s#%d", id, k), Date: d, Precision: timex.Day, DateBasis: timeline.BasisText,
				DateText: "on Thursday", Kind: timeline.Kinds[g%len(timeline.Kinds)], Status: timeline.StatusHappened,
				Certainty: timeline.CertaintyAsserted, Verb: "met",
				Summary: fmt.Sprintf("%s met %s in %s", ents[k].Name, ents[(k+1)%5].Name, ents[5].Name),
				Participants: []timeline.Participant{
					{Name: ents[k].Name, Type: timeline.Person, Role: "agent"},
					{Name: ents[(k+1)%5].Name, Type: timeline.Person, Role: "counterpart"},
					{Name: ents[7].Name, Type: timeline.Organization, Role: "subject"},
				},
				Places: []string{ents[5].Name, ents[6].Name},
				Topics: []string{topics[g%len(topics)], topics[(g+1)%len(topics)]},
				Sentence: fmt.Sprintf("%s met %s in %s on Thursday to discuss the proposals, officials said, "+
					"in talks that lasted several hours and ended without a joint statement.", ents[k].Name, ents[(k+1)%5].Name, ents[5].Name),
				Start: 100 * k, End: 100*k + 160,
			}
			if busyEvery > 0 && g%busyEvery == 0 {
				ev.Participants = append(ev.Participants, timeline.Participant{Name: "Steve Witkoff", Type: timeline.Person, Role: "counterpart"})
				if !slices.ContainsFunc(x.Entities, func(e timeline.Entity) bool { return e.ID == witkoff.ID }) {
					x.Entities = append(x.Entities, witkoff)
				}
			}
			x.Events = append(x.Events, ev)
		}
		out[i] = x
	}
	return out
}

func pool(n int, typ timeline.EntityType, prefix string) []timeline.Entity {
	out := make([]timeline.Entity, n)
	for i := range out {
		name := fmt.Sprintf("%s %c%c Number%d", prefix, 'A'+i%26, 'a'+i/26%26, i)
		out[i] = timeline.Entity{ID: fmt.Sprintf("%s:%d", typ, i), Name: name, Type: typ,
			Aliases:  []string{fmt.Sprintf("%s N%d", prefix, i)},
			Mentions: []timeline.Mention{{Text: name, Start: i, End: i + len(name)}, {Text: name, Start: 2 * i, End: 2*i + len(name)}}}
	}
	return out
}
