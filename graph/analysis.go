package graph

import (
	"cmp"
	"context"
	"errors"
	"fmt"
	"slices"
	"strings"

	"github.com/storygraph/storygraph/timeline"
)

// Analysis is the part of a store that answers an analyst's questions
// about entities: who is this (FindEntities, Profile), who appears with
// whom (Network), and how two are connected (Path). Both stores implement
// it and pass storetest.Analysis; it is kept apart from Store because only
// the entity, network and path commands need it.
//
// Every answer is plain data sorted fully (see each type), so that both
// stores give the same bytes. Entities are named by their stored IDs;
// FindEntities turns a name into IDs.
type Analysis interface {
	// FindEntities returns the entities one of whose lookup keys
	// (timeline.Keys: name, aliases, a person's surname; folded, so case
	// and diacritics do not matter) is the folded name, sorted by ID; none
	// is an empty list, not an error. Narrow picks among them.
	FindEntities(ctx context.Context, name string) ([]EntityRef, error)

	// EntityNames lists the name of every stored entity, sorted and once
	// each, for suggestions when a name finds nothing.
	EntityNames(ctx context.Context) ([]string, error)

	// Profile describes the entity with the ID, or returns an error
	// wrapping ErrNotFound.
	Profile(ctx context.Context, id string) (Profile, error)

	// Network returns the co-occurrence network q asks for (see
	// NetworkQuery), or a *FilterError when its kinds or dates are bad.
	Network(ctx context.Context, q NetworkQuery) (Network, error)

	// Path returns the shortest chain of shared events from one entity to
	// another (see ShortestPath for the rules and ties), at most maxHops
	// long, or an error wrapping ErrNoPath.
	Path(ctx context.Context, from, to string, maxHops int) ([]Hop, error)
}

// ErrNoPath is returned (wrapped) by Path when no chain of at most
// maxHops shared events links the two entities.
var ErrNoPath = errors.New("no path")

// EntityRef names a stored entity.
type EntityRef struct {
	ID   string              `json:"id"`
	Name string              `json:"name"`
	Type timeline.EntityType `json:"type"`
	Role string              `json:"role,omitempty"`
}

// Narrow picks, among the entities a name found, those whose canonical
// name is the name (folded), when there are any: "Kushner" may be the
// surname of two people, but "Jared Kushner" is one of them, even if it is
// another's alias. Otherwise it returns found as it is.
func Narrow(name string, found []EntityRef) []EntityRef {
	k := timeline.Fold(name)
	var exact []EntityRef
	for _, e := range found {
		if timeline.Fold(e.Name) == k {
			exact = append(exact, e)
		}
	}
	if len(exact) > 0 {
		return exact
	}
	return found
}

// Profile is what a store knows of one entity.
type Profile struct {
	Entity  EntityRef `json:"entity"`
	Aliases []string  `json:"aliases"` // as stored, never nil
	Country string    `json:"country,omitempty"`
	// FirstSeen and LastSeen are the first and last day ("2006-01-02")
	// that its dated events cover; "" when it has none.
	FirstSeen string `json:"first_seen"`
	LastSeen  string `json:"last_seen"`
	// Articles mention it or report an event involving it; Events
	// involve it.
	Articles int `json:"articles"`
	Events   int `json:"events"`
	// Ties are the entities involved in the same events, sorted by
	// SortTies.
	Ties []Tie `json:"ties"`
}

// Tie is another entity and the number of events it shares.
type Tie struct {
	EntityRef
	Events int `json:"events"`
}

// SortTies orders ties most shared events first, then by name, then ID.
func SortTies(ts []Tie) {
	slices.SortFunc(ts, func(a, b Tie) int {
		if c := cmp.Compare(b.Events, a.Events); c != 0 {
			return c
		}
		if c := strings.Compare(a.Name, b.Name); c != 0 {
			return c
		}
		return strings.Compare(a.ID, b.ID)
	})
}

// NetworkQuery selects a co-occurrence network. The events considered
// are those matching Topics (any), Kinds (any) and the From/To days (an
// event overlapping them), as in Filter; every pair of entities involved
// in one of them is an edge, weighted by the number of such events.
//
// Without Seeds the network is every edge of at least MinWeight. With
// Seeds (entity IDs) it grows from them: depth 1 keeps the edges of at
// least MinWeight that touch a seed; depth 2 also those that touch an
// entity depth 1 reached. The nodes are the seeds and the ends of the kept
// edges.
type NetworkQuery struct {
	Seeds     []string
	Topics    []string
	Kinds     []timeline.Kind
	From, To  string // days or the other forms Filter takes
	Depth     int    // 1 or 2; 0 means 1
	MinWeight int    // 0 means 1
}

// Validate checks the kinds, dates and depth, as Filter.Validate does.
func (q NetworkQuery) Validate() error {
	if err := q.Filter().Validate(); err != nil {
		return err
	}
	if q.Depth < 0 || q.Depth > 2 {
		return &FilterError{Field: "depth", Value: fmt.Sprint(q.Depth), Err: ErrBadDepth}
	}
	return nil
}

// ErrBadDepth: a network depth other than 1 or 2.
var ErrBadDepth = errors.New("depth must be 1 or 2")

// Filter is the event part of q, for its checks and days.
func (q NetworkQuery) Filter() Filter {
	return Filter{Topics: q.Topics, Kinds: q.Kinds, From: q.From, To: q.To}
}

// Network is entities and the events they share.
type Network struct {
	Nodes []EntityRef `json:"nodes"` // sorted by ID, never nil
	Edges []Edge      `json:"edges"` // sorted by Source, Target; never nil
}

// Edge links two entities involved in the same events; Source < Target.
type Edge struct {
	Source string `json:"source"`
	Target string `json:"target"`
	Weight int    `json:"weight"` // events shared
	// Dates are the dates of the shared events that have one, as stored
	// ("2026-01-22", "2026-01"), one per event, sorted by SortDates.
	Dates []string `json:"dates"`
}

// SortDates orders event dates by the first day they cover, then the
// last, then as text.
func SortDates(ds []string) {
	type key struct{ first, last, text string }
	keys := make([]key, len(ds))
	for i, d := range ds {
		f, l, _ := timeline.Span(d)
		keys[i] = key{f, l, d}
	}
	slices.SortFunc(keys, func(a, b key) int {
		return cmp.Or(strings.Compare(a.first, b.first), strings.Compare(a.last, b.last), strings.Compare(a.text, b.text))
	})
	for i, k := range keys {
		ds[i] = k.text
	}
}

// Normalize sorts n as Network promises and makes its slices non-nil.
func (n *Network) Normalize() {
	if n.Nodes == nil {
		n.Nodes = []EntityRef{}
	}
	if n.Edges == nil {
		n.Edges = []Edge{}
	}
	slices.SortFunc(n.Nodes, func(a, b EntityRef) int { return strings.Compare(a.ID, b.ID) })
	for i := range n.Edges {
		if n.Edges[i].Dates == nil {
			n.Edges[i].Dates = []string{}
		}
		SortDates(n.Edges[i].Dates)
	}
	slices.SortFunc(n.Edges, func(a, b Edge) int {
		return cmp.Or(strings.Compare(a.Source, b.Source), strings.Compare(a.Target, b.Target))
	})
}

// Hop is one link of a path: two entities and an event both are involved
// in.
type Hop struct {
	From  EntityRef `json:"from"`
	To    EntityRef `json:"to"`
	Event EventRef  `json:"event"`
}

// EventRef is an event as a path shows it.
type EventRef struct {
	ID       string        `json:"id"`
	Article  string        `json:"article"` // its article's ID
	Title    string        `json:"title"`   // its article's title
	Date     string        `json:"date"`
	Kind     timeline.Kind `json:"kind"`
	Sentence string        `json:"sentence"`
}

// Pairs is a store's one BFS step for ShortestPath: for each of the
// entity IDs, every other entity it shares an event with, as
// [entity, neighbour] pairs in any order.
type Pairs func(ctx context.Context, ids []string) ([][2]string, error)

// FirstShared is a store's lookup of the event two entities share that
// sorts first: earliest first day (undated last), then article ID, then
// position in the article; ok is false when they share none.
type FirstShared func(ctx context.Context, a, b string) (ev EventRef, ok bool, err error)

// Entities is a store's lookup of entities by ID; unknown IDs are absent.
type Entities func(ctx context.Context, ids []string) (map[string]EntityRef, error)

// ShortestPath finds the fewest hops from one entity to another through
// shared events, with a breadth-first search from both ends at once
// (each step expands the smaller frontier with one pairs query), at most
// maxHops. Among paths of that length it returns the one whose sequence
// of entity IDs is smallest, and for each hop the event that sorts first
// (see FirstShared), so that every store answers the same. Both stores'
// Path call it with their own lookups.
func ShortestPath(ctx context.Context, from, to string, maxHops int, pairs Pairs, first FirstShared, entities Entities) ([]Hop, error) {
	refs, err := entities(ctx, []string{from, to})
	if err != nil {
		return nil, err
	}
	for _, id := range []string{from, to} {
		if _, ok := refs[id]; !ok {
			return nil, fmt.Errorf("entity %q: %w", id, ErrNotFound)
		}
	}
	if from == to {
		return []Hop{}, nil
	}
	// dist and preds of each side: preds[n] are the nodes one step nearer
	// that side's start.
	type side struct {
		dist     map[string]int
		preds    map[string][]string
		frontier []string
	}
	a := &side{dist: map[string]int{from: 0}, preds: map[string][]string{}, frontier: []string{from}}
	b := &side{dist: map[string]int{to: 0}, preds: map[string][]string{}, frontier: []string{to}}
	depthA, depthB := 0, 0
	var meet []string
	for depthA+depthB < maxHops && len(meet) == 0 {
		s, depth := a, &depthA
		if len(b.frontier) < len(a.frontier) {
			s, depth = b, &depthB
		}
		if len(s.frontier) == 0 {
			break
		}
		ps, err := pairs(ctx, s.frontier)
		if err != nil {
			return nil, err
		}
		*depth++
		var next []string
		for _, p := range ps {
			d, seen := s.dist[p[1]]
			if !seen {
				s.dist[p[1]] = *depth
				next = append(next, p[1])
				d = *depth
			}
			if d == *depth && !slices.Contains(s.preds[p[1]], p[0]) {
				s.preds[p[1]] = append(s.preds[p[1]], p[0])
			}
		}
		s.frontier = next
		other := b
		if s == b {
			other = a
		}
		// A meeting node n gives a path of *depth + other.dist[n] hops;
		// keep those of the fewest.
		best := -1
		for _, n := range next {
			if d, ok := other.dist[n]; ok && (best < 0 || d < best) {
				best = d
			}
		}
		for _, n := range next {
			if d, ok := other.dist[n]; ok && d == best {
				meet = append(meet, n)
			}
		}
		if len(meet) > 0 {
			if s == a {
				depthB = best
			} else {
				depthA = best
			}
		}
	}
	if len(meet) == 0 {
		return nil, fmt.Errorf("%s and %s within %d hops: %w", refs[from].Name, refs[to].Name, maxHops, ErrNoPath)
	}
	// The nodes on shortest paths, by distance from `from`: the meeting
	// nodes, their preds back to from, and their b-preds on to `to`.
	total := depthA + depthB
	on := make([]map[string]bool, total+1)
	for i := range on {
		on[i] = map[string]bool{}
	}
	for _, m := range meet {
		on[depthA][m] = true
	}
	for k := depthA; k > 0; k-- {
		for n := range on[k] {
			for _, p := range a.preds[n] {
				on[k-1][p] = true
			}
		}
	}
	for k := depthA; k < total; k++ {
		for n := range on[k] {
			for _, p := range b.preds[n] {
				on[k+1][p] = true
			}
		}
	}
	// Smallest IDs first, step by step: every node kept can still reach
	// `to` in the remaining steps, so greedy gives the smallest sequence.
	chain := []string{from}
	for k := 1; k <= total; k++ {
		cur := chain[len(chain)-1]
		var best string
		for n := range on[k] {
			linked := false
			if k <= depthA {
				linked = slices.Contains(a.preds[n], cur)
			} else {
				linked = slices.Contains(b.preds[cur], n)
			}
			if linked && (best == "" || n < best) {
				best = n
			}
		}
		chain = append(chain, best)
	}
	refs, err = entities(ctx, chain)
	if err != nil {
		return nil, err
	}
	hops := make([]Hop, 0, total)
	for i := 0; i+1 < len(chain); i++ {
		ev, ok, err := first(ctx, chain[i], chain[i+1])
		if err != nil {
			return nil, err
		}
		if !ok {
			return nil, fmt.Errorf("path: %s and %s share no event after all (the store changed?)", chain[i], chain[i+1])
		}
		hops = append(hops, Hop{From: refs[chain[i]], To: refs[chain[i+1]], Event: ev})
	}
	return hops, nil
}

// Edges is a store's co-occurrence query for GrowNetwork: the edges of
// at least q.MinWeight among the events q selects that touch one of the
// centre entities (every edge when centre is nil), dates in any order.
type Edges func(centre []string) ([]Edge, error)

// GrowNetwork answers q with a store's edges query as NetworkQuery says:
// one query around the seeds, and for depth 2 one more around the seeds
// and the entities the first reached. Both stores' Network call it.
func GrowNetwork(ctx context.Context, q NetworkQuery, edges Edges, entities Entities) (Network, error) {
	var kept []Edge
	var err error
	if len(q.Seeds) == 0 {
		kept, err = edges(nil)
	} else {
		kept, err = edges(slices.Sorted(slices.Values(q.Seeds)))
		if err == nil && q.Depth == 2 {
			centre := slices.Clone(q.Seeds)
			for _, e := range kept {
				centre = append(centre, e.Source, e.Target)
			}
			slices.Sort(centre)
			kept, err = edges(slices.Compact(centre))
		}
	}
	if err != nil {
		return Network{}, err
	}
	ids := slices.Clone(q.Seeds)
	for _, e := range kept {
		ids = append(ids, e.Source, e.Target)
	}
	slices.Sort(ids)
	ids = slices.Compact(ids)
	refs, err := entities(ctx, ids)
	if err != nil {
		return Network{}, err
	}
	n := Network{Edges: kept}
	for _, id := range ids {
		if r, ok := refs[id]; ok {
			n.Nodes = append(n.Nodes, r)
		}
	}
	n.Normalize()
	return n, nil
}
