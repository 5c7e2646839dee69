package sqlite

import (
	"context"
	"fmt"
	"path/filepath"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/storygraph/storygraph/graph"
	"github.com/storygraph/storygraph/graph/storetest"
)

// A capped search read by date (byDate, which walkOver 0 makes every
// capped search take) gives Rank's answer over every event: across date
// groups, dates shorter than a group's 7 characters ("2025", "2025-W0"
// is not one), week and range dates, and the undated, which come last.
func TestSearchByDate(t *testing.T) {
	ctx := context.Background()
	s, err := Open(ctx, filepath.Join(t.TempDir(), "story.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	corpus := storetest.Corpus(40, 0)
	for i, x := range corpus {
		for k := range x.Events {
			switch ev := &x.Events[k]; (i*5 + k) % 9 {
			case 0:
				ev.Date = ""
			case 1:
				ev.Date = "2025"
			case 2:
				ev.Date = "2025-W07"
			case 3:
				ev.Date = ev.Date + "/2026-12-31"
			}
		}
	}
	if _, err := s.Put(ctx, corpus); err != nil {
		t.Fatal(err)
	}
	var all []graph.SearchCandidate
	for _, x := range corpus {
		for i, ev := range x.Events {
			all = append(all, graph.SearchCandidate{Key: ev.ID, ArticleID: x.Article.ID, Ord: i, Date: ev.Date,
				Sentence: ev.Sentence, Summary: ev.Summary, Title: x.Article.Title})
		}
	}
	defer func(w int) { walkOver = w }(walkOver)
	walkOver = 0
	for _, text := range []string{"officials", "proposals officials", "number1*", `"met person"`, "report 7", "proposals report", "envoys"} {
		q, err := graph.ParseSearch(text)
		if err != nil {
			t.Fatal(err)
		}
		for _, c := range []int{1, 7, 50, 150, 199, 200, 1000} {
			o := graph.SearchOptions{Limit: 5, Cap: c}
			ranked, wantCapped := graph.RankCapped(q, all, o)
			want := []string{}
			for _, r := range ranked {
				want = append(want, fmt.Sprintf("%d %q %s", r.Score, r.Date, r.Key))
			}
			res, err := s.Search(ctx, q, o)
			if err != nil {
				t.Fatal(err)
			}
			got := []string{}
			for _, h := range res.Hits {
				got = append(got, fmt.Sprintf("%d %q %s", h.Score, h.Event.Date, h.Event.ID))
			}
			if diff := cmp.Diff(want, got); diff != "" || res.Capped != wantCapped {
				t.Errorf("Search(%q, %+v) capped %v, want %v (-Rank over every event +got):\n%s", text, o, res.Capped, wantCapped, diff)
			}
		}
	}
}
