package storetest

import (
	"context"
	"errors"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/storygraph/storygraph/graph"
	"github.com/storygraph/storygraph/graph/related"
	"github.com/storygraph/storygraph/timeline"
)

// Relations checks a store's graph.Relations: an article without a list
// is not found; a put list reads back by rank with each related
// article's citation from the store, its reasons, fingerprint and time (to
// the nanosecond, UTC), leaving out links to articles not stored; a second
// put replaces the first; RelatedStates (with each list's Floor and Slack)
// and RelatedLinking answer from the lists; an article stored again, or Reset, forgets its list. It also
// checks that related.Load over the store ranks exactly as over the
// records put, so every store gives the same lists.
func Relations(t *testing.T, open func(t *testing.T) graph.Store) {
	ctx := context.Background()
	st := open(t)
	t.Cleanup(func() { _ = st.Close() })
	rs, ok := st.(graph.Relations)
	if !ok {
		t.Fatalf("%T does not implement graph.Relations", st)
	}
	put(t, st, corpus()...)
	if _, err := rs.Related(ctx, davosID); !errors.Is(err, graph.ErrNotFound) {
		t.Fatalf("Related before any list: %v, want ErrNotFound", err)
	}

	// the ranking over the store is the ranking over what was put
	ix, err := related.Load(ctx, st, nil)
	if err != nil {
		t.Fatal(err)
	}
	want := related.New(recordsOf(corpus()...), nil)
	for _, id := range want.IDs() {
		w, _ := want.Rank(id, related.Options{})
		g, ok := ix.Rank(id, related.Options{})
		if diff := cmp.Diff(w, g); !ok || diff != "" {
			t.Errorf("Rank(%s) over the store (-over records +over store):\n%s", id, diff)
		}
		if ix.Fingerprint(id) != want.Fingerprint(id) {
			t.Errorf("Fingerprint(%s) over the store differs", id)
		}
	}

	at := time.Date(2026, 2, 1, 9, 30, 0, 123456789, time.FixedZone("CET", 3600))
	src := func(x *timeline.Extraction) timeline.Source { return timeline.SourceOf(x.Article) }
	lists := []graph.RelatedList{
		{ArticleID: davosID, Fingerprint: "sha256:d1", ComputedAt: at, Floor: 2.5, Slack: 21, Links: []graph.RelatedLink{
			{Article: timeline.Source{ID: moscow().Article.ID}, Rank: 1, Score: 17.5, Reasons: []string{"both report the meeting in Moscow on 22 Jan 2026", "both are about Steve Witkoff"}},
			{Article: timeline.Source{ID: "https://example.org/not-stored"}, Rank: 2, Score: 3, Reasons: []string{"gone"}},
			{Article: timeline.Source{ID: abuDhabi().Article.ID}, Rank: 3, Score: 1.25, Reasons: []string{"both mention Kyiv"}},
		}},
		{ArticleID: moscow().Article.ID, Fingerprint: "sha256:m1", ComputedAt: at, Floor: -1},
		{ArticleID: "https://example.org/not-stored", Fingerprint: "sha256:x", ComputedAt: at},
	}
	if err := rs.PutRelated(ctx, lists); err != nil {
		t.Fatal(err)
	}
	got, err := rs.Related(ctx, davosID)
	if err != nil {
		t.Fatal(err)
	}
	wantList := graph.RelatedList{ArticleID: davosID, Article: src(davos()), Fingerprint: "sha256:d1", ComputedAt: at.UTC(), Links: []graph.RelatedLink{
		{Article: src(moscow()), Rank: 1, Score: 17.5, Reasons: []string{"both report the meeting in Moscow on 22 Jan 2026", "both are about Steve Witkoff"}},
		{Article: src(abuDhabi()), Rank: 3, Score: 1.25, Reasons: []string{"both mention Kyiv"}},
	}}
	if diff := cmp.Diff(wantList, got); diff != "" {
		t.Errorf("Related(davos) (-want +got):\n%s", diff)
	}
	if got, err := rs.Related(ctx, moscow().Article.ID); err != nil || len(got.Links) != 0 || got.Links == nil || got.Fingerprint != "sha256:m1" {
		t.Errorf("Related(moscow) = %+v, %v; want an empty list", got, err)
	}
	if _, err := rs.Related(ctx, "https://example.org/not-stored"); !errors.Is(err, graph.ErrNotFound) {
		t.Errorf("Related of an article not stored: %v, want ErrNotFound", err)
	}
	states := func() map[string]graph.RelatedState {
		t.Helper()
		s, err := rs.RelatedStates(ctx)
		if err != nil {
			t.Fatal(err)
		}
		return s
	}
	if diff := cmp.Diff(map[string]graph.RelatedState{davosID: {Fingerprint: "sha256:d1", Links: 2, Worst: 1.25, Floor: 2.5, Slack: 21},
		moscow().Article.ID: {Fingerprint: "sha256:m1", Floor: -1}}, states()); diff != "" {
		t.Errorf("RelatedStates (-want +got):\n%s", diff)
	}
	linking := func(ids ...string) []string {
		t.Helper()
		got, err := rs.RelatedLinking(ctx, ids)
		if err != nil {
			t.Fatal(err)
		}
		return got
	}
	if got := linking(abuDhabi().Article.ID, moscow().Article.ID); !cmp.Equal(got, []string{davosID}) {
		t.Errorf("RelatedLinking(abu dhabi, moscow) = %v, want davos", got)
	}
	if got := linking(davosID); len(got) != 0 {
		t.Errorf("RelatedLinking(davos) = %v, want none", got)
	}

	// a second put replaces the list whole
	later := at.Add(time.Hour)
	if err := rs.PutRelated(ctx, []graph.RelatedList{{ArticleID: davosID, Fingerprint: "sha256:d2", ComputedAt: later, Links: []graph.RelatedLink{
		{Article: timeline.Source{ID: abuDhabi().Article.ID}, Rank: 1, Score: 2, Reasons: nil}}}}); err != nil {
		t.Fatal(err)
	}
	got, err = rs.Related(ctx, davosID)
	wantList = graph.RelatedList{ArticleID: davosID, Article: src(davos()), Fingerprint: "sha256:d2", ComputedAt: later.UTC(), Links: []graph.RelatedLink{
		{Article: src(abuDhabi()), Rank: 1, Score: 2, Reasons: []string{}}}}
	if diff := cmp.Diff(wantList, got); err != nil || diff != "" {
		t.Errorf("Related(davos) after a second put: %v (-want +got):\n%s", err, diff)
	}
	if got := linking(moscow().Article.ID); len(got) != 0 {
		t.Errorf("RelatedLinking(moscow) after the replacement = %v, want none", got)
	}

	// an article stored again has no list until computed again
	put(t, st, davosUpdated())
	if _, err := rs.Related(ctx, davosID); !errors.Is(err, graph.ErrNotFound) {
		t.Errorf("Related of an updated article: %v, want ErrNotFound", err)
	}
	if got := linking(abuDhabi().Article.ID); len(got) != 0 {
		t.Errorf("RelatedLinking(abu dhabi) after davos was updated = %v, want none", got)
	}
	if diff := cmp.Diff(map[string]graph.RelatedState{moscow().Article.ID: {Fingerprint: "sha256:m1", Floor: -1}}, states()); diff != "" {
		t.Errorf("RelatedStates after an update (-want +got):\n%s", diff)
	}
	if err := st.Reset(ctx); err != nil {
		t.Fatal(err)
	}
	if s := states(); len(s) != 0 {
		t.Errorf("RelatedStates after Reset = %v, want none", s)
	}
}
