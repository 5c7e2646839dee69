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
// least MinWeight that touch a seed; depth 2 also follows the edges of
// the Expand strongest depth-1 neighbours (most shared events with the
// seeds, then ID), except hubs: entities in more than Hub stored events,
// whose edges reach most of a store and would cost as much to read. So
// depth 2 reads at most Expand×Hub events besides the seeds' own, however
// large the store grows. At most Limit nodes are kept: the seeds, then
// depth-1 neighbours, then depth-2 ones, each ring strongest first
// (SortStrength); the edges are those between kept nodes.
type NetworkQuery struct {
	Seeds     []string
	Topics    []string
	Kinds     []timeline.Kind
	From, To  string // days or the other forms Filter takes
	Depth     int    // 1 or 2; 0 means 1
	MinWeight int    // 0 means 1
	Limit     int    // at most this many nodes; 0 means DefaultNetworkLimit
	Hub       int    // a hub is in more than this many events; 0 means DefaultHub
}

// The bounds of a network when the query leaves them at 0. 50 nodes is
// what a reader can still follow in a drawing (Linkurious asks before
// expanding more than 50 neighbours at once, for the same reason); an
// entity in more than 1,000 events is a hub, like Linkurious's
// supernodes, which it does not expand either; depth 2 follows at most 10
// neighbours, so it reads at most 10,000 events besides the seeds'.
const (
	DefaultNetworkLimit = 50
	DefaultHub          = 1000
	Expand              = 10
)

// limit and hub are q's bounds with their defaults.
func (q NetworkQuery) limit() int { return cmp.Or(q.Limit, DefaultNetworkLimit) }
func (q NetworkQuery) hub() int   { return cmp.Or(q.Hub, DefaultHub) }

// Validate checks the kinds, dates, depth and bounds, as Filter.Validate
// does.
func (q NetworkQuery) Validate() error {
	if err := q.Filter().Validate(); err != nil {
		return err
	}
	if q.Depth < 0 || q.Depth > 2 {
		return &FilterError{Field: "depth", Value: fmt.Sprint(q.Depth), Err: ErrBadDepth}
	}
	if q.Limit < 0 {
		return &FilterError{Field: "limit", Value: fmt.Sprint(q.Limit), Err: ErrBadBound}
	}
	if q.Hub < 0 {
		return &FilterError{Field: "hub", Value: fmt.Sprint(q.Hub), Err: ErrBadBound}
	}
	return nil
}

// ErrBadBound: a negative network limit or hub size.
var ErrBadBound = errors.New("must be 0 (the default) or more")

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
	// LeftOut counts the entities the query reached but Limit left out.
	LeftOut int `json:"left_out"`
	// Hubs are the depth-1 neighbours depth 2 did not follow because they
	// are hubs (see NetworkQuery), sorted by ID, never nil.
	Hubs []EntityRef `json:"hubs"`
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
	if n.Hubs == nil {
		n.Hubs = []EntityRef{}
	}
	slices.SortFunc(n.Hubs, func(a, b EntityRef) int { return strings.Compare(a.ID, b.ID) })
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

// Hubs is a store's lookup of which of the entity IDs take part in more
// than n stored events (whatever the query's filters), in any order. A
// store stops counting an entity's events at n+1, so it costs at most
// that much whatever the store holds.
type Hubs func(ctx context.Context, ids []string, n int) ([]string, error)

// SortStrength orders entity IDs by their strength, the summed weight
// of their edges that count (most first), then by ID.
func SortStrength(ids []string, strength map[string]int) {
	slices.SortFunc(ids, func(a, b string) int {
		return cmp.Or(cmp.Compare(strength[b], strength[a]), strings.Compare(a, b))
	})
}

// GrowNetwork answers q with a store's queries as NetworkQuery says: one
// edges query around the seeds, and for depth 2 one hubs query for the
// strongest neighbours and one edges query around those that are not
// hubs. Both stores' Network call it, so both choose the same nodes.
func GrowNetwork(ctx context.Context, q NetworkQuery, edges Edges, hubs Hubs, entities Entities) (Network, error) {
	seeds := slices.Sorted(slices.Values(q.Seeds))
	seeds = slices.Compact(seeds)
	// rings[0] are the seeds, rings[1] the ends of their edges, rings[2]
	// the ends of the followed neighbours' edges; each ring's strength
	// counts the edges to the ring before it.
	var rings [3][]string
	rings[0] = seeds
	strength := map[string]int{}
	ring := map[string]int{}
	for _, id := range seeds {
		ring[id] = 0
	}
	found := map[[2]string]Edge{}
	add := func(es []Edge, from map[string]bool, r int) {
		for _, e := range es {
			found[[2]string{e.Source, e.Target}] = e
			for _, end := range [][2]string{{e.Source, e.Target}, {e.Target, e.Source}} {
				if from != nil && !from[end[1]] {
					continue // counts only towards the ring it leads to
				}
				if _, ok := ring[end[0]]; !ok {
					ring[end[0]] = r
					rings[r] = append(rings[r], end[0])
				}
				if ring[end[0]] == r {
					strength[end[0]] += e.Weight
				}
			}
		}
	}
	var n Network
	if len(seeds) == 0 {
		es, err := edges(nil)
		if err != nil {
			return Network{}, err
		}
		add(es, nil, 1)
	} else {
		es, err := edges(seeds)
		if err != nil {
			return Network{}, err
		}
		add(es, setOf(seeds), 1)
		SortStrength(rings[1], strength)
		if q.Depth == 2 {
			follow := rings[1][:min(len(rings[1]), Expand, max(q.limit()-len(seeds), 0))]
			big, err := hubs(ctx, follow, q.hub())
			if err != nil {
				return Network{}, err
			}
			isHub := setOf(big)
			follow = slices.DeleteFunc(slices.Clone(follow), func(id string) bool { return isHub[id] })
			if len(follow) > 0 {
				es, err := edges(slices.Sorted(slices.Values(follow)))
				if err != nil {
					return Network{}, err
				}
				add(es, setOf(follow), 2)
			}
			n.Hubs = make([]EntityRef, 0, len(big))
			for _, id := range big {
				n.Hubs = append(n.Hubs, EntityRef{ID: id})
			}
		}
	}
	SortStrength(rings[1], strength)
	SortStrength(rings[2], strength)
	ids := slices.Concat(rings[0], rings[1], rings[2])
	if keep := max(q.limit(), len(seeds)); len(ids) > keep {
		n.LeftOut = len(ids) - keep
		ids = ids[:keep]
	}
	kept := setOf(ids)
	for _, e := range found {
		if kept[e.Source] && kept[e.Target] {
			n.Edges = append(n.Edges, e)
		}
	}
	slices.Sort(ids)
	refs, err := entities(ctx, ids)
	if err != nil {
		return Network{}, err
	}
	for _, id := range ids {
		if r, ok := refs[id]; ok {
			n.Nodes = append(n.Nodes, r)
		}
	}
	for i, h := range n.Hubs {
		n.Hubs[i] = refs[h.ID]
	}
	n.Normalize()
	return n, nil
}

// setOf is the set of ids.
func setOf(ids []string) map[string]bool {
	m := make(map[string]bool, len(ids))
	for _, id := range ids {
		m[id] = true
	}
	return m
}
