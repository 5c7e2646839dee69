package chronology_test

import (
	"fmt"
	"testing"

	"github.com/storygraph/storygraph/timeline"
	"github.com/storygraph/storygraph/timeline/chronology"
	"github.com/storygraph/storygraph/timeline/timex"
)

// TestOrder: the first day a date covers orders entries; among entries
// starting the same day, the day comes before the wider spans, an earlier
// time before a later one; undated entries come last.
func TestOrder(t *testing.T) {
	recs := []timeline.Record{
		rec("a", "ev:undated", timeline.KindStatement, "", timex.Unknown, "Undated.", nil),
		rec("a", "ev:month", timeline.KindStatement, "2026-01", timex.Month, "In January.", nil),
		rec("a", "ev:week", timeline.KindStatement, "2026-01-05/2026-01-11", timex.Week, "That week.", nil),
		rec("a", "ev:day-late", timeline.KindStatement, "2026-01-05", timex.Day, "At noon.", nil),
		rec("a", "ev:day", timeline.KindStatement, "2026-01-05", timex.Day, "That day.", nil),
		rec("a", "ev:first", timeline.KindStatement, "2026-01-01", timex.Day, "New year.", nil),
	}
	recs[3].Event.Time = "12:00"
	var got []string
	for _, e := range chronology.Chronology(recs, chronology.ChronologyOptions{NoMerge: true}) {
		got = append(got, e.ID)
	}
	want := []string{"ev:first", "ev:month", "ev:day", "ev:day-late", "ev:week", "ev:undated"}
	if len(got) != len(want) {
		t.Fatalf("order %v, want %v", got, want)
	}
	for i := range want {
		if got[i] != want[i] {
			t.Fatalf("order %v, want %v", got, want)
		}
	}
}

func TestDateLabel(t *testing.T) {
	for _, c := range []struct {
		date  string
		p     timex.Precision
		clock string
		zone  string
		want  string
	}{
		{"2026-01-22", timex.Day, "", "", "22 Jan 2026"},
		{"2026-01-22", timex.Day, "12:00", "GMT", "22 Jan 2026 12:00 GMT"},
		{"2026-01-22", timex.Day, "12:00", "", "22 Jan 2026 12:00"},
		{"2026-01-19/2026-01-25", timex.Week, "", "", "week of 19 Jan 2026"},
		{"2026-01", timex.Month, "", "", "January 2026"},
		{"2026", timex.Year, "", "", "2026"},
		{"2025-12-21/2025-12-31", timex.Range, "", "", "21–31 Dec 2025"},
		{"2025-12-21/2026-01-04", timex.Range, "", "", "21 Dec 2025 – 4 Jan 2026"},
		{"2026-01-28/2026-02-03", timex.Range, "", "", "28 Jan – 3 Feb 2026"},
		{"2026-01-22/2026-01-22", timex.Range, "", "", "22 Jan 2026"},
		{"1980-01-01/1989-12-31", timex.Decade, "", "", "1980s"},
		{"2004-01-01/2011-12-31", timex.Range, "", "", "2004–2011"},
		{"2026-01-01/2026-03-31", timex.Quarter, "", "", "Q1 2026"},
		{"2026-03-01/2026-05-31", timex.Season, "", "", "March – May 2026"},
		{"2025-12-01/2026-02-28", timex.Season, "", "", "December 2025 – February 2026"},
		{"2004-01-01/2011-10-06", timex.Range, "", "", "1 Jan 2004 – 6 Oct 2011"},
		{"", timex.Unknown, "", "", "undated"},
		{"soon", timex.Day, "", "", "undated"},
	} {
		if got := chronology.WhenLabel(c.date, c.p, c.clock, c.zone); got != c.want {
			t.Errorf("WhenLabel(%q, %s, %q, %q) = %q, want %q", c.date, c.p, c.clock, c.zone, got, c.want)
		}
	}
}

// TestSameStory: an article repeating most of another's sentences (the
// same wire story) is marked as such; one sharing a single sentence is not.
func TestSameStory(t *testing.T) {
	s1, s2, s3 := "Drones struck Odesa overnight, the governor said.", "Officials met in Kyiv on Monday.", "Talks resumed in Geneva."
	wire := []timeline.Record{
		rec("wire", "ev:1", timeline.KindAttack, "2026-01-02", timex.Day, s1, nil, "Odesa"),
		rec("wire", "ev:2", timeline.KindMeeting, "2026-01-05", timex.Day, s2, nil, "Kyiv"),
		rec("copy", "ev:3", timeline.KindAttack, "2026-01-02", timex.Day, s1, nil, "Odesa"),
		rec("copy", "ev:4", timeline.KindMeeting, "2026-01-05", timex.Day, s2, nil, "Kyiv"),
		rec("own", "ev:5", timeline.KindAttack, "2026-01-02", timex.Day, s1, nil, "Odesa"),
		rec("own", "ev:6", timeline.KindNegotiation, "2026-01-06", timex.Day, s3, nil, "Geneva"),
		rec("own", "ev:7", timeline.KindNegotiation, "2026-01-07", timex.Day, "Delegations met again in Geneva.", nil, "Geneva"),
	}
	wire[0].Article.Published, wire[1].Article.Published = "2026-01-09", "2026-01-09" // the wire ran first
	wantSameStory(t, chronology.Chronology(wire, chronology.ChronologyOptions{NoMerge: true}), "copy", "wire")
}

// wantSameStory checks that the reports of article copy, and no others,
// name article of as the story they repeat.
func wantSameStory(t *testing.T, entries []chronology.Entry, copy, of string) {
	t.Helper()
	for _, e := range entries {
		for _, s := range e.Sources {
			want := ""
			if s.Article.ID == copy {
				want = of
			}
			if s.SameStoryAs != want {
				t.Errorf("%s (%s): same_story_as %q, want %q", s.Article.ID, e.Summary, s.SameStoryAs, want)
			}
		}
	}
}

// TestBoilerplateIsNoSameStory: two sentences an outlet puts in every
// article (background lines, in 60 of them here) do not make its short
// articles copies of one another; two articles sharing two sentences of
// their own still are.
func TestBoilerplateIsNoSameStory(t *testing.T) {
	b1, b2 := "Norland invaded its neighbour in 2022.", "The ministry did not respond to a request for comment."
	var recs []timeline.Record
	for i := range 60 {
		id := fmt.Sprintf("a%02d", i)
		recs = append(recs,
			rec(id, id+":1", timeline.KindAttack, "2022-02-24", timex.Day, b1, nil, "Valnik"),
			rec(id, id+":2", timeline.KindStatement, "2026-01-05", timex.Day, b2, nil),
			rec(id, id+":3", timeline.KindAttack, "2026-01-05", timex.Day, fmt.Sprintf("Drones struck the port of town %d on Monday.", i), nil))
	}
	own1, own2 := "Ferries resumed service on Friday.", "The union accepted the offer on Thursday."
	for _, id := range []string{"x1", "x2"} {
		recs = append(recs, rec(id, id+":1", timeline.KindOther, "2026-01-09", timex.Day, own1, nil),
			rec(id, id+":2", timeline.KindAgreement, "2026-01-08", timex.Day, own2, nil))
	}
	wantSameStory(t, chronology.Chronology(recs, chronology.ChronologyOptions{NoMerge: true}), "x2", "x1")
}
