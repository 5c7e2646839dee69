package graph_test

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/storygraph/storygraph/graph"
)

// lookups are ShortestPath's store lookups over an in-memory graph given as
// events: each a list of entity IDs, its ID its position ("e0", "e1", …).
// The stores' own lookups are checked by storetest.Analysis.
func lookups(events [][]string) (graph.Pairs, graph.FirstShared, graph.Entities, *int) {
	queries := 0
	pairs := func(_ context.Context, ids []string) ([][2]string, error) {
		queries++
		var out [][2]string
		for _, ev := range events {
			for _, a := range ev {
				if !slices.Contains(ids, a) {
					continue
				}
				for _, b := range ev {
					if b != a {
						out = append(out, [2]string{a, b})
					}
				}
			}
		}
		return out, nil
	}
	first := func(_ context.Context, a, b string) (graph.EventRef, bool, error) {
		for i, ev := range events {
			if slices.Contains(ev, a) && slices.Contains(ev, b) {
				return graph.EventRef{ID: "e" + string(rune('0'+i))}, true, nil
			}
		}
		return graph.EventRef{}, false, nil
	}
	entities := func(_ context.Context, ids []string) (map[string]graph.EntityRef, error) {
		out := map[string]graph.EntityRef{}
		for _, ev := range events {
			for _, id := range ev {
				if slices.Contains(ids, id) {
					out[id] = graph.EntityRef{ID: id, Name: id}
				}
			}
		}
		return out, nil
	}
	return pairs, first, entities, &queries
}

// chain is the entity IDs a path goes through, and its events.
func chain(hops []graph.Hop) (ids, events []string) {
	for i, h := range hops {
		if i == 0 {
			ids = append(ids, h.From.ID)
		}
		ids = append(ids, h.To.ID)
		events = append(events, h.Event.ID)
	}
	return ids, events
}

func TestShortestPath(t *testing.T) {
	// a-b-c-d-e in a line, a second way a-x-c, and z-y apart; x sorts
	// after b, so a-b-c wins the tie from a and from c's side alike.
	events := [][]string{{"a", "b"}, {"b", "c"}, {"c", "d"}, {"d", "e"}, {"a", "x"}, {"x", "c"}, {"z", "y"}, {"a", "b", "q"}}
	for _, c := range []struct {
		from, to string
		max      int
		ids      []string
		events   []string
	}{
		{"a", "b", 4, []string{"a", "b"}, []string{"e0"}}, // e0 before e7
		{"a", "c", 4, []string{"a", "b", "c"}, []string{"e0", "e1"}},
		{"c", "a", 4, []string{"c", "b", "a"}, []string{"e1", "e0"}},
		{"a", "e", 4, []string{"a", "b", "c", "d", "e"}, []string{"e0", "e1", "e2", "e3"}},
		{"e", "a", 4, []string{"e", "d", "c", "b", "a"}, []string{"e3", "e2", "e1", "e0"}},
		{"q", "x", 4, []string{"q", "a", "x"}, []string{"e7", "e4"}},
	} {
		pairs, first, entities, _ := lookups(events)
		hops, err := graph.ShortestPath(context.Background(), c.from, c.to, c.max, pairs, first, entities)
		if err != nil {
			t.Fatalf("%s to %s: %v", c.from, c.to, err)
		}
		ids, evs := chain(hops)
		if diff := cmp.Diff(c.ids, ids); diff != "" {
			t.Errorf("%s to %s: entities (-want +got):\n%s", c.from, c.to, diff)
		}
		if diff := cmp.Diff(c.events, evs); diff != "" {
			t.Errorf("%s to %s: events (-want +got):\n%s", c.from, c.to, diff)
		}
	}
	for _, c := range []struct {
		from, to string
		max      int
		want     error
	}{
		{"a", "e", 3, graph.ErrNoPath},
		{"a", "z", 6, graph.ErrNoPath},
		{"a", "nobody", 4, graph.ErrNotFound},
	} {
		pairs, first, entities, _ := lookups(events)
		if _, err := graph.ShortestPath(context.Background(), c.from, c.to, c.max, pairs, first, entities); !errors.Is(err, c.want) {
			t.Errorf("%s to %s within %d: %v, want %v", c.from, c.to, c.max, err, c.want)
		}
	}
	// Each step is one query, from alternate ends: a four-hop path costs
	// four.
	pairs, first, entities, queries := lookups(events)
	if _, err := graph.ShortestPath(context.Background(), "a", "e", 4, pairs, first, entities); err != nil {
		t.Fatal(err)
	}
	if *queries != 4 {
		t.Errorf("a to e took %d pairs queries, want 4", *queries)
	}
}

func TestNarrow(t *testing.T) {
	found := []graph.EntityRef{{ID: "person:jared-kushner", Name: "Jared Kushner"}, {ID: "person:josh-kushner", Name: "Josh Kushner"}}
	if got := graph.Narrow("Kushner", found); len(got) != 2 {
		t.Errorf("Narrow(Kushner) kept %d, want both", len(got))
	}
	if got := graph.Narrow("JARED Kushner", found); len(got) != 1 || got[0].ID != "person:jared-kushner" {
		t.Errorf("Narrow(JARED Kushner) = %v, want Jared Kushner alone", got)
	}
}

func TestSortDates(t *testing.T) {
	got := []string{"2026-01-22", "2026", "2026-01", "2026-01-19/2026-01-25", "2025-12-31", "2026-01-19"}
	graph.SortDates(got)
	// by first day, then last: the month and the year begin on 1 January
	want := []string{"2025-12-31", "2026-01", "2026", "2026-01-19", "2026-01-19/2026-01-25", "2026-01-22"}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("SortDates (-want +got):\n%s", diff)
	}
}

// TestGrowNetworkFollowsTheStrongest: depth 2 follows only the Expand
// strongest depth-1 neighbours, so the leaves of the two weakest of
// twelve are not reached, and asks Hubs about those ten only. The stores'
// own queries are checked by storetest.Analysis.
func TestGrowNetworkFollowsTheStrongest(t *testing.T) {
	// s shares 13-i events with n01…n12; each nXX shares one with lXX.
	var events [][]string
	for i := 1; i <= 12; i++ {
		n := fmt.Sprintf("n%02d", i)
		for range 13 - i {
			events = append(events, []string{"s", n})
		}
		events = append(events, []string{n, fmt.Sprintf("l%02d", i)})
	}
	_, _, entities, _ := lookups(events)
	edges := func(centre []string) ([]graph.Edge, error) {
		w := map[[2]string]int{}
		for _, ev := range events {
			if slices.Contains(centre, ev[0]) || slices.Contains(centre, ev[1]) {
				w[[2]string{min(ev[0], ev[1]), max(ev[0], ev[1])}]++
			}
		}
		var out []graph.Edge
		for k, n := range w {
			out = append(out, graph.Edge{Source: k[0], Target: k[1], Weight: n})
		}
		return out, nil
	}
	var asked []string
	hubs := func(_ context.Context, ids []string, n int) ([]string, error) {
		asked = ids
		return []string{"n02"}, nil
	}
	got, err := graph.GrowNetwork(context.Background(), graph.NetworkQuery{Seeds: []string{"s"}, Depth: 2}, edges, hubs, entities)
	if err != nil {
		t.Fatal(err)
	}
	var ids []string
	for _, n := range got.Nodes {
		ids = append(ids, n.ID)
	}
	want := []string{"l01", "l03", "l04", "l05", "l06", "l07", "l08", "l09", "l10",
		"n01", "n02", "n03", "n04", "n05", "n06", "n07", "n08", "n09", "n10", "n11", "n12", "s"}
	if diff := cmp.Diff(want, ids); diff != "" {
		t.Errorf("nodes (-want +got):\n%s", diff)
	}
	if diff := cmp.Diff([]string{"n01", "n02", "n03", "n04", "n05", "n06", "n07", "n08", "n09", "n10"}, asked); diff != "" {
		t.Errorf("hubs asked about (-want +got):\n%s", diff)
	}
	if len(got.Hubs) != 1 || got.Hubs[0].ID != "n02" || got.LeftOut != 0 {
		t.Errorf("hubs %v, left out %d", got.Hubs, got.LeftOut)
	}
	// a limit of 12 keeps s and its 11 strongest neighbours
	got, err = graph.GrowNetwork(context.Background(), graph.NetworkQuery{Seeds: []string{"s"}, Depth: 2, Limit: 12}, edges, hubs, entities)
	if err != nil {
		t.Fatal(err)
	}
	if len(got.Nodes) != 12 || got.Nodes[len(got.Nodes)-2].ID != "n11" || got.LeftOut != 10 {
		t.Errorf("limit 12: %v, left out %d", got.Nodes, got.LeftOut)
	}
}
