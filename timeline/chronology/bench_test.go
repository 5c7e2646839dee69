package chronology_test

import (
	"fmt"
	"testing"

	"github.com/storygraph/storygraph/timeline"
	"github.com/storygraph/storygraph/timeline/chronology"
	"github.com/storygraph/storygraph/timeline/timex"
)

// benchRecords are n reports, one per article, of n/20 happenings (a
// meeting of two people somewhere on a day), each told in the words of a
// few templates as many outlets' articles tell one story: what a busy
// person's month looks like in a large store (`timeline --entity X --from
// 2026-01 --to 2026-01`).
func benchRecords(n int) []timeline.Record {
	people := []string{"Anna Berg", "Luca Conti", "Marta Silva", "Ken Ito", "Ilse Brandt", "Kai Moreno"}
	towns := []string{"Valnik", "Tovrin", "Marenza", "Oslo", "Geneva"}
	recs := make([]timeline.Record, 0, n)
	for i := range n {
		h := i % (n / 20)
		a, b, town := people[h%len(people)], people[(h/len(people)+1+h)%len(people)], towns[h%len(towns)]
		day := fmt.Sprintf("2026-01-%02d", 1+h%31)
		sentence := fmt.Sprintf("%s met %s in %s on %s.", a, b, town, day)
		if i%3 == 1 {
			sentence = fmt.Sprintf("%s and %s held talks in %s, officials said.", b, a, town)
		}
		recs = append(recs, rec(fmt.Sprintf("art%05d", i), fmt.Sprintf("ev:%d", i), timeline.KindMeeting, day, timex.Day, sentence, []string{a, b}, town))
	}
	return recs
}

// BenchmarkChronology orders and merges 4,000 reports of 200 happenings
// (merge), against ordering them without merging (baseline), in the same
// run:
//
//	go test -run '^$' -bench Chronology ./timeline/chronology/
func BenchmarkChronology(b *testing.B) {
	recs := benchRecords(4000)
	for _, c := range []struct {
		name string
		o    chronology.ChronologyOptions
	}{{"baseline", chronology.ChronologyOptions{NoMerge: true}}, {"merge", chronology.ChronologyOptions{}}} {
		b.Run(c.name, func(b *testing.B) {
			for b.Loop() {
				chronology.Chronology(recs, c.o)
			}
		})
	}
}
