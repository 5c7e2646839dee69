package render

import (
	"encoding/json"
	"fmt"
	"io"
	"slices"
	"sort"
	"strings"

	"github.com/storygraph/storygraph/timeline"
	"github.com/storygraph/storygraph/timeline/chronology"
	"github.com/storygraph/storygraph/timeline/gazetteer"
)

// NetworkFormats lists the formats of a network, for flag help and
// validation.
var NetworkFormats = []string{"json", "dot", "graphml", "gexf", "mermaid"}

// Network is who appears with whom: entities as nodes, and an undirected
// edge between two entities for the events they share.
type Network struct {
	Title string        `json:"title,omitempty"`
	Nodes []NetworkNode `json:"nodes"`
	Edges []NetworkEdge `json:"edges"`
	// LeftOut counts the entities a node limit left out, and Hubs are the
	// ids of nodes whose own links were not followed (too busy); both are
	// written by the JSON format only, and only when there are some.
	LeftOut int      `json:"left_out,omitempty"`
	Hubs    []string `json:"hubs,omitempty"`
}

// NetworkNode is one entity.
type NetworkNode struct {
	// ID is the entity's id ("person:steve-witkoff").
	ID   string              `json:"id"`
	Name string              `json:"name"`
	Type timeline.EntityType `json:"type"`
}

// NetworkEdge links two entities that appear in the same events. It is
// undirected; Source sorts before Target.
type NetworkEdge struct {
	Source string `json:"source"`
	Target string `json:"target"`
	// Weight is the number of events the two share.
	Weight int `json:"weight"`
	// Dates are the ISO dates of those events ("2026-01-22", "2026-01",
	// "2026-01-19/2026-01-25"), one per dated event, earliest first.
	Dates []string `json:"dates"`
}

// NetworkOf builds the network of the entries' participants: a node per
// participant, an edge per pair that takes part in the same entry, its
// weight the number of such entries and its dates theirs.
func NetworkOf(title string, entries []chronology.Entry) Network {
	n := Network{Title: title}
	nodes := map[string]NetworkNode{}
	edges := map[[2]string]*NetworkEdge{}
	for _, e := range entries {
		var ids []string
		for _, p := range e.Participants {
			id := gazetteer.ID(string(p.Type), p.Name)
			if _, ok := nodes[id]; !ok {
				nodes[id] = NetworkNode{ID: id, Name: p.Name, Type: p.Type}
			}
			ids = append(ids, id)
		}
		slices.Sort(ids)
		ids = slices.Compact(ids)
		for i := range ids {
			for _, b := range ids[i+1:] {
				k := [2]string{ids[i], b}
				ed := edges[k]
				if ed == nil {
					ed = &NetworkEdge{Source: k[0], Target: k[1]}
					edges[k] = ed
				}
				ed.Weight++
				if e.Date != "" {
					ed.Dates = append(ed.Dates, e.Date)
				}
			}
		}
	}
	for _, v := range nodes {
		n.Nodes = append(n.Nodes, v)
	}
	for _, v := range edges {
		n.Edges = append(n.Edges, *v)
	}
	return n.normalized()
}

// normalized is a copy of n in the one form every format writes: a node
// once per id (and one, named by its id, for an edge end that has none),
// an edge once per pair (the weights and dates of repeated pairs added
// up) with Source <= Target; nodes sorted by id, edges by source and
// target, an edge's dates earliest first. Slices are never nil.
func (n Network) normalized() Network {
	out := Network{Title: n.Title, Nodes: []NetworkNode{}, Edges: []NetworkEdge{}, LeftOut: n.LeftOut}
	if len(n.Hubs) > 0 {
		out.Hubs = slices.Sorted(slices.Values(n.Hubs))
	}
	known := map[string]bool{}
	addNode := func(v NetworkNode) {
		if !known[v.ID] {
			known[v.ID] = true
			out.Nodes = append(out.Nodes, v)
		}
	}
	for _, v := range n.Nodes {
		addNode(v)
	}
	at := map[[2]string]int{}
	for _, e := range n.Edges {
		if e.Target < e.Source {
			e.Source, e.Target = e.Target, e.Source
		}
		addNode(NetworkNode{ID: e.Source, Name: e.Source})
		addNode(NetworkNode{ID: e.Target, Name: e.Target})
		k := [2]string{e.Source, e.Target}
		if i, ok := at[k]; ok {
			out.Edges[i].Weight += e.Weight
			out.Edges[i].Dates = append(out.Edges[i].Dates, e.Dates...)
			continue
		}
		at[k] = len(out.Edges)
		e.Dates = append([]string{}, e.Dates...)
		out.Edges = append(out.Edges, e)
	}
	sort.SliceStable(out.Nodes, func(i, j int) bool { return out.Nodes[i].ID < out.Nodes[j].ID })
	for _, e := range out.Edges {
		sort.SliceStable(e.Dates, func(i, j int) bool { return netDateBefore(e.Dates[i], e.Dates[j]) })
	}
	sort.SliceStable(out.Edges, func(i, j int) bool {
		a, b := out.Edges[i], out.Edges[j]
		if a.Source != b.Source {
			return a.Source < b.Source
		}
		return a.Target < b.Target
	})
	return out
}

// netDateBefore orders ISO dates by the first day they cover, then the
// last (a day before the week that begins on it), then as text; undated
// last.
func netDateBefore(a, b string) bool {
	af, al, aok := timeline.Span(a)
	bf, bl, bok := timeline.Span(b)
	switch {
	case aok != bok:
		return aok
	case af != bf:
		return af < bf
	case al != bl:
		return al < bl
	}
	return a < b
}

// WriteNetwork renders n in the named format.
func WriteNetwork(w io.Writer, format string, n Network) error {
	switch format {
	case "json":
		return NetworkJSON(w, n)
	case "dot":
		return NetworkDOT(w, n)
	case "graphml":
		return NetworkGraphML(w, n)
	case "gexf":
		return NetworkGEXF(w, n)
	case "mermaid":
		return NetworkMermaid(w, n)
	}
	return fmt.Errorf("unknown network format %q (known: %s)", format, strings.Join(NetworkFormats, ", "))
}

// NetworkJSON writes the network as one indented JSON object:
// {"title", "nodes": [{"id", "name", "type"}], "edges": [{"source",
// "target", "weight", "dates"}]}, with "left_out" and "hubs" when set.
func NetworkJSON(w io.Writer, n Network) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	return enc.Encode(n.normalized())
}
