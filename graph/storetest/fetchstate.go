package storetest

import (
	"context"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/storygraph/storygraph/graph"
)

// FetchStates checks a store's graph.FetchStates: unknown URLs are absent,
// a put state reads back exactly (time to the nanosecond, in UTC), a second
// put replaces the first, and Reset forgets them all.
func FetchStates(t *testing.T, open func(t *testing.T) graph.Store) {
	ctx := context.Background()
	st := open(t)
	t.Cleanup(func() { _ = st.Close() })
	fs, ok := st.(graph.FetchStates)
	if !ok {
		t.Fatalf("%T does not implement graph.FetchStates", st)
	}
	got, err := fs.FetchStates(ctx, []string{"https://example.org/feed"})
	if err != nil || len(got) != 0 {
		t.Fatalf("FetchStates on an empty store = %v, %v; want none", got, err)
	}
	at := time.Date(2026, 1, 22, 10, 30, 0, 123456789, time.UTC)
	first := []graph.FetchState{
		{URL: "https://example.org/feed", ETag: `"v1"`, LastModified: "Thu, 22 Jan 2026 10:00:00 GMT", FetchedAt: at},
		{URL: "https://example.org/a", Version: "2026-01-22|abc", FetchedAt: at},
	}
	if err := fs.PutFetchStates(ctx, first); err != nil {
		t.Fatal(err)
	}
	second := graph.FetchState{URL: "https://example.org/feed", ETag: `"v2"`, FetchedAt: at.Add(time.Hour)}
	if err := fs.PutFetchStates(ctx, []graph.FetchState{second}); err != nil {
		t.Fatal(err)
	}
	got, err = fs.FetchStates(ctx, []string{"https://example.org/feed", "https://example.org/a", "https://example.org/none"})
	if err != nil {
		t.Fatal(err)
	}
	want := map[string]graph.FetchState{"https://example.org/feed": second, "https://example.org/a": first[1]}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("FetchStates after two puts (-want +got):\n%s", diff)
	}
	if err := st.Reset(ctx); err != nil {
		t.Fatal(err)
	}
	if got, err = fs.FetchStates(ctx, []string{"https://example.org/feed"}); err != nil || len(got) != 0 {
		t.Errorf("FetchStates after Reset = %v, %v; want none", got, err)
	}
}
