package neo4j_test

import (
	"context"
	"fmt"
	"math/rand/v2"
	"os"
	"slices"
	"testing"
	"time"

	"github.com/storygraph/storygraph/graph"
	"github.com/storygraph/storygraph/graph/neo4j"
	"github.com/storygraph/storygraph/timeline"
	"github.com/storygraph/storygraph/timeline/timex"
)

// The benchmarks run against the test server (see store_test.go) and empty
// its database:
//
//	STORYGRAPH_TEST_NEO4J_URI=… STORYGRAPH_TEST_NEO4J_PASSWORD_FILE=… \
//	    go test -run '^$' -bench . -benchtime 1x ./graph/neo4j/

// BenchmarkIngest puts a corpus of 10,000 synthetic articles (5 events, 8
// entities each) into an empty database twice: batched, by Put in batches
// of 500, and naively, one auto-commit statement per node or relationship
// row (NaivePut, 67 statements an article). It reports articles/s of each
// and their ratio; the targets on a 2-core machine are ≥ 500 articles/s
// batched and ≥ 10× naive.
//
// Both run after a warm-up (see there), as on a server that has been up.
// The naive run takes about 10 articles/s, so by default it puts only the
// first 1,000 articles of the corpus (its rate does not depend on the
// database's size: every statement is an index lookup and a commit). Set
// STORYGRAPH_BENCH_NAIVE_ALL=1 to put all of them (about 17 minutes).
func BenchmarkIngest(b *testing.B) {
	const articles, batchSize = 10_000, 500
	corpus := synthetic(articles, 0)
	s := open(b)
	defer s.Close()
	ctx := context.Background()
	naiveArticles := 1_000
	if os.Getenv("STORYGRAPH_BENCH_NAIVE_ALL") == "1" {
		naiveArticles = articles
	}
	// Warm up: a freshly started server runs its first thousands of writes
	// through the JVM's interpreter and cold caches (the first 10,000
	// articles went at about 400 articles/s, the next 10,000 at about
	// 700), so without this a -benchtime 1x run measures the JIT.
	for lo := 0; lo < 2_000; lo += batchSize {
		if _, err := s.Put(ctx, corpus[lo:lo+batchSize]); err != nil {
			b.Fatal(err)
		}
	}
	reset(b, s)
	for _, x := range corpus[:50] {
		if _, err := neo4j.NaivePut(ctx, s, x); err != nil {
			b.Fatal(err)
		}
	}
	var batched, naive time.Duration
	statements := 0
	for b.Loop() {
		reset(b, s)
		start := time.Now()
		for lo := 0; lo < len(corpus); lo += batchSize {
			if _, err := s.Put(ctx, corpus[lo:min(lo+batchSize, len(corpus))]); err != nil {
				b.Fatal(err)
			}
		}
		batched += time.Since(start)
		st := stats(b, s)

		reset(b, s)
		start = time.Now()
		for _, x := range corpus[:naiveArticles] {
			n, err := neo4j.NaivePut(ctx, s, x)
			if err != nil {
				b.Fatal(err)
			}
			statements += n
		}
		naive += time.Since(start)
		if got := stats(b, s); got.Articles != naiveArticles || got.Events != naiveArticles*5 || st.Articles != articles {
			b.Fatalf("naive put stored %+v, batched %+v", got, st)
		}
	}
	b.StopTimer()
	reset(b, s)
	batchedRate := float64(articles*b.N) / batched.Seconds()
	naiveRate := float64(naiveArticles*b.N) / naive.Seconds()
	b.ReportMetric(batchedRate, "batched-articles/s")
	b.ReportMetric(naiveRate, "naive-articles/s")
	b.ReportMetric(batchedRate/naiveRate, "batched/naive")
	b.ReportMetric(float64(statements)/float64(b.N*naiveArticles), "naive-statements/article")
}

// BenchmarkTimelineQuery loads 100,000 events (20,000 articles) spread over
// 2025 and 2026, 5% of which involve Steve Witkoff, then asks for his
// events of January 2026 by surname, as `storygraph timeline --entity
// Witkoff --from 2026-01-01 --to 2026-01-31` does, 200 times per
// iteration, after 500 warm-up queries: a server that has just loaded the
// data is still compiling the query path (with 10 warm-up queries the p50
// of a 1x run ranged from 8.8 to 10.8 ms; over 600 timed queries it was
// 7.5 ms). It reports the p50 and p99 latency; targets < 10 ms and
// < 50 ms.
func BenchmarkTimelineQuery(b *testing.B) {
	const articles, queriesPerIter = 20_000, 200
	corpus := synthetic(articles, 20)
	s := open(b)
	defer s.Close()
	ctx := context.Background()
	for lo := 0; lo < len(corpus); lo += 500 {
		if _, err := s.Put(ctx, corpus[lo:min(lo+500, len(corpus))]); err != nil {
			b.Fatal(err)
		}
	}
	if st := stats(b, s); st.Events != articles*5 {
		b.Fatalf("loaded %d events, want %d", st.Events, articles*5)
	}
	f := graph.Filter{Entities: []string{"Witkoff"}, From: "2026-01-01", To: "2026-01-31"}
	want := 0
	for _, x := range corpus {
		for _, ev := range x.Events {
			if ev.Date >= f.From && ev.Date <= f.To && slices.ContainsFunc(ev.Participants, func(p timeline.Participant) bool { return p.Name == "Steve Witkoff" }) {
				want++
			}
		}
	}
	// Warm up: the server plans a statement once and caches the plan for
	// every later client, so the first run is not what users wait for.
	for range 500 {
		if _, err := s.Events(ctx, f); err != nil {
			b.Fatal(err)
		}
	}
	var lat []time.Duration
	b.ResetTimer()
	for b.Loop() {
		for range queriesPerIter {
			start := time.Now()
			rs, err := s.Events(ctx, f)
			lat = append(lat, time.Since(start))
			if err != nil {
				b.Fatal(err)
			}
			if len(rs) != want {
				b.Fatalf("Events(%+v) = %d records, want %d", f, len(rs), want)
			}
		}
	}
	b.StopTimer()
	reset(b, s)
	slices.Sort(lat)
	ms := func(q float64) float64 { return float64(lat[int(q*float64(len(lat)-1))]) / float64(time.Millisecond) }
	b.ReportMetric(ms(0.50), "p50-ms")
	b.ReportMetric(ms(0.99), "p99-ms")
	b.ReportMetric(float64(want), "records/query")
}

func reset(b *testing.B, s *neo4j.Store) {
	b.Helper()
	if err := s.Reset(context.Background()); err != nil {
		b.Fatal(err)
	}
}

func stats(b *testing.B, s *neo4j.Store) graph.Stats {
	b.Helper()
	st, err := s.Stats(context.Background())
	if err != nil {
		b.Fatal(err)
	}
	return st
}

// synthetic builds n articles of 5 events each, deterministically: 400
// people, 60 places and 30 organisations shared between articles as real
// news repeats the same names, dates spread over 2025 and 2026. When
// busyEvery > 0, every busyEvery-th event also involves Steve Witkoff.
func synthetic(n, busyEvery int) []*timeline.Extraction {
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
