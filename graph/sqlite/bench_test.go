package sqlite_test

import (
	"context"
	"fmt"
	"path/filepath"
	"testing"
	"time"

	"github.com/storygraph/storygraph/graph/sqlite"
	"github.com/storygraph/storygraph/timeline"
	"github.com/storygraph/storygraph/timeline/timex"
)

// BenchmarkPut measures ingest: 10,000 synthetic articles of 5 events and
// 8 entities each (drawn from a shared pool, as real news repeats the same
// people), put in batches of 500 into a new file, everything Put does
// included. It reports articles/s; the target is well over 2,000.
//
//	go test -run '^$' -bench Put -benchtime 3x ./graph/sqlite
func BenchmarkPut(b *testing.B) {
	const articles, batchSize = 10_000, 500
	corpus := synthetic(articles)
	ctx := context.Background()
	var elapsed time.Duration
	for i := 0; b.Loop(); i++ {
		b.StopTimer()
		s, err := sqlite.Open(ctx, filepath.Join(b.TempDir(), fmt.Sprintf("bench%d.db", i)))
		if err != nil {
			b.Fatal(err)
		}
		b.StartTimer()
		start := time.Now()
		for lo := 0; lo < len(corpus); lo += batchSize {
			if _, err := s.Put(ctx, corpus[lo:min(lo+batchSize, len(corpus))]); err != nil {
				b.Fatal(err)
			}
		}
		elapsed += time.Since(start)
		b.StopTimer()
		s.Close()
		b.StartTimer()
	}
	b.ReportMetric(float64(articles*b.N)/elapsed.Seconds(), "articles/s")
}

func synthetic(n int) []*timeline.Extraction {
	people := pool(400, timeline.Person, "Person")
	places := pool(60, timeline.Place, "City")
	orgs := pool(30, timeline.Organization, "Ministry")
	kinds := timeline.Kinds
	topics := []string{"peace-negotiations", "energy-strikes", "sanctions", "prisoner-exchange", "aid"}
	out := make([]*timeline.Extraction, n)
	for i := range out {
		id := fmt.Sprintf("https://news.example.com/2026/01/article-%05d", i)
		ents := []timeline.Entity{}
		for j := range 5 {
			ents = append(ents, people[(i*7+j*13)%len(people)])
		}
		ents = append(ents, places[i%len(places)], places[(i*3+1)%len(places)], orgs[i%len(orgs)])
		x := &timeline.Extraction{
			Article: timeline.Article{ID: id, Title: fmt.Sprintf("Talks resume as envoys meet, report %d", i), URL: id,
				Source: "Example News", Published: fmt.Sprintf("2026-01-%02d", 1+i%28), PublishedBasis: "metadata",
				ContentHash: fmt.Sprintf("sha256:%064x", i), Format: "html"},
			Entities: ents,
		}
		for k := range 5 {
			d := fmt.Sprintf("2026-01-%02d", 1+(i+k)%28)
			x.Events = append(x.Events, timeline.Event{
				ID: fmt.Sprintf("%s#%d", id, k), Date: d, Precision: timex.Day, DateBasis: timeline.BasisText,
				DateText: "on Thursday", Kind: kinds[(i+k)%len(kinds)], Status: timeline.StatusHappened,
				Certainty: timeline.CertaintyAsserted, Verb: "met",
				Summary: fmt.Sprintf("%s met %s in %s", ents[k].Name, ents[(k+1)%5].Name, ents[5].Name),
				Participants: []timeline.Participant{
					{Name: ents[k].Name, Type: timeline.Person, Role: "agent"},
					{Name: ents[(k+1)%5].Name, Type: timeline.Person, Role: "counterpart"},
					{Name: ents[7].Name, Type: timeline.Organization, Role: "subject"},
				},
				Places: []string{ents[5].Name, ents[6].Name},
				Topics: []string{topics[(i+k)%len(topics)], topics[(i+k+1)%len(topics)]},
				Sentence: fmt.Sprintf("%s met %s in %s on Thursday to discuss the proposals, officials said, "+
					"in talks that lasted several hours and ended without a joint statement.", ents[k].Name, ents[(k+1)%5].Name, ents[5].Name),
				Start: 100 * k, End: 100*k + 160,
			})
		}
		out[i] = x
	}
	return out
}

func pool(n int, typ, prefix string) []timeline.Entity {
	out := make([]timeline.Entity, n)
	for i := range out {
		name := fmt.Sprintf("%s %c%c Number%d", prefix, 'A'+i%26, 'a'+i/26%26, i)
		out[i] = timeline.Entity{ID: fmt.Sprintf("%s:%d", typ, i), Name: name, Type: typ,
			Aliases:  []string{fmt.Sprintf("%s N%d", prefix, i)},
			Mentions: []timeline.Mention{{Text: name, Start: i, End: i + len(name)}, {Text: name, Start: 2 * i, End: 2*i + len(name)}}}
	}
	return out
}
