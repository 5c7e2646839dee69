package chronology_test

import (
	"reflect"
	"testing"

	"github.com/storygraph/storygraph/timeline"
	"github.com/storygraph/storygraph/timeline/chronology"
)

func TestKey(t *testing.T) {
	people := func(names ...string) []timeline.Participant {
		var ps []timeline.Participant
		for _, n := range names {
			ps = append(ps, timeline.Participant{Name: n, Type: timeline.Person})
		}
		return ps
	}
	reports := func(articles ...string) []chronology.Report {
		var rs []chronology.Report
		for _, a := range articles {
			rs = append(rs, chronology.Report{Article: timeline.Source{ID: a}})
		}
		return rs
	}
	entries := []chronology.Entry{
		{ID: "1", Participants: people("Witkoff", "Putin"), Sources: reports("a")},
		{ID: "2", Participants: people("Lone Mayor"), Sources: reports("a", "b")},
		// one article twice is one source
		{ID: "3", Participants: people("Witkoff"), Sources: reports("c", "c")},
		{ID: "4", Participants: people("Witkoff", "Putin", "witkoff"), Sources: reports("d")},
		{ID: "5", Participants: people("Nobody Else"), Sources: reports("e")},
		{ID: "6", Participants: people("Putin"), Sources: reports("f")},
	}
	want := []chronology.Importance{{1, 4}, {2, 0}, {1, 2}, {1, 4}, {1, 0}, {1, 2}}
	if got := chronology.Score(entries); !reflect.DeepEqual(got, want) {
		t.Fatalf("Score = %v, want %v", got, want)
	}
	ids := func(es []chronology.Entry) []string {
		var out []string
		for _, e := range es {
			out = append(out, e.ID)
		}
		return out
	}
	// 2 (two sources); 1 and 4 tie on connections: 1 is earlier; then 3
	// and 6 tie: the earlier, 3 — all kept in chronological order
	for n, want := range map[int][]string{1: {"2"}, 3: {"1", "2", "4"}, 4: {"1", "2", "3", "4"}, 0: ids(entries), 9: ids(entries)} {
		if got := ids(chronology.Key(entries, n)); !reflect.DeepEqual(got, want) {
			t.Errorf("Key(%d) = %v, want %v", n, got, want)
		}
	}
}
