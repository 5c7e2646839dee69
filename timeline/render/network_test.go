package render_test

import (
	"bytes"
	"encoding/json"
	"encoding/xml"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/storygraph/storygraph/timeline"
	"github.com/storygraph/storygraph/timeline/internal/golden"
	"github.com/storygraph/storygraph/timeline/render"
)

// networkFixture is the network of the export fixture's participants.
func networkFixture() render.Network {
	c := exportFixture()
	return render.NetworkOf(c.Title, c.Entries)
}

func TestNetworkOf(t *testing.T) {
	n := networkFixture()
	var ids []string
	for _, v := range n.Nodes {
		ids = append(ids, v.ID)
	}
	want := []string{"organization:world-economic-forum", "person:donald-trump", "person:jared-kushner",
		"person:steve-witkoff", "person:vladimir-putin", "person:volodymyr-zelenskyy"}
	if !slices.Equal(ids, want) {
		t.Errorf("nodes %q, want %q", ids, want)
	}
	edge := func(a, b string) render.NetworkEdge {
		for _, e := range n.Edges {
			if e.Source == "person:"+a && e.Target == "person:"+b {
				return e
			}
		}
		t.Errorf("no edge %s -- %s", a, b)
		return render.NetworkEdge{}
	}
	// shared: the talks (a range) and the flight home; the undated
	// proposal counts in the weight but has no date
	if e := edge("jared-kushner", "steve-witkoff"); e.Weight != 2 || !slices.Equal(e.Dates, []string{"2026-01-20/2026-02-03", "2026-07-16"}) {
		t.Errorf("Kushner -- Witkoff = %+v", e)
	}
	if e := edge("steve-witkoff", "vladimir-putin"); e.Weight != 2 || !slices.Equal(e.Dates, []string{"2026-01-20/2026-02-03"}) {
		t.Errorf("Witkoff -- Putin = %+v, want weight 2 and the one dated event", e)
	}
	if e := edge("steve-witkoff", "volodymyr-zelenskyy"); e.Weight != 1 || !slices.Equal(e.Dates, []string{"2026-02"}) {
		t.Errorf("Witkoff -- Zelenskyy = %+v", e)
	}
	if len(n.Edges) != 8 {
		t.Errorf("%d edges, want 8: %+v", len(n.Edges), n.Edges)
	}
}

// networkRender renders n in every network format.
func networkRender(t *testing.T, n render.Network) map[string][]byte {
	t.Helper()
	out := map[string][]byte{}
	for _, f := range render.NetworkFormats {
		var b bytes.Buffer
		if err := render.WriteNetwork(&b, f, n); err != nil {
			t.Fatalf("%s: %v", f, err)
		}
		out[f] = b.Bytes()
	}
	return out
}

// TestNetworkGoldens: testdata/network-{fixture,sample}.{json,dot,graphml,gexf,mermaid}
// hold every network format of the fixture's and the sample articles'
// networks. Refresh with go test ./timeline/render/ -update and review
// them by eye.
func TestNetworkGoldens(t *testing.T) {
	sc := sampleChronology(t)
	for name, n := range map[string]render.Network{
		"fixture": networkFixture(),
		"sample":  render.NetworkOf(sc.Title, sc.Entries),
	} {
		for f, b := range networkRender(t, n) {
			t.Run(name+"."+f, func(t *testing.T) {
				golden.Check(t, filepath.Join("testdata", "network-"+name+"."+f), b)
			})
		}
	}
}

// graphML is the part of GraphML the network writes.
type graphML struct {
	XMLName xml.Name `xml:"http://graphml.graphdrawing.org/xmlns graphml"`
	Keys    []struct {
		ID       string `xml:"id,attr"`
		For      string `xml:"for,attr"`
		AttrName string `xml:"attr.name,attr"`
		AttrType string `xml:"attr.type,attr"`
	} `xml:"key"`
	Graph struct {
		EdgeDefault string `xml:"edgedefault,attr"`
		Desc        string `xml:"desc"`
		Nodes       []struct {
			ID   string        `xml:"id,attr"`
			Data []graphMLData `xml:"data"`
		} `xml:"node"`
		Edges []struct {
			Source string        `xml:"source,attr"`
			Target string        `xml:"target,attr"`
			Data   []graphMLData `xml:"data"`
		} `xml:"edge"`
	} `xml:"graph"`
}

type graphMLData struct {
	Key   string `xml:"key,attr"`
	Value string `xml:",chardata"`
}

// gexf is the part of GEXF 1.3 the network writes.
type gexf struct {
	XMLName xml.Name `xml:"http://gexf.net/1.3 gexf"`
	Version string   `xml:"version,attr"`
	Meta    struct {
		Description string `xml:"description"`
	} `xml:"meta"`
	Graph struct {
		Mode            string `xml:"mode,attr"`
		DefaultEdgeType string `xml:"defaultedgetype,attr"`
		TimeFormat      string `xml:"timeformat,attr"`
		Attributes      []struct {
			Class      string `xml:"class,attr"`
			Attributes []struct {
				ID    string `xml:"id,attr"`
				Title string `xml:"title,attr"`
				Type  string `xml:"type,attr"`
			} `xml:"attribute"`
		} `xml:"attributes"`
		Nodes struct {
			Count int `xml:"count,attr"`
			Nodes []struct {
				ID        string `xml:"id,attr"`
				Label     string `xml:"label,attr"`
				AttValues []struct {
					For   string `xml:"for,attr"`
					Value string `xml:"value,attr"`
				} `xml:"attvalues>attvalue"`
			} `xml:"node"`
		} `xml:"nodes"`
		Edges struct {
			Count int `xml:"count,attr"`
			Edges []struct {
				ID     string  `xml:"id,attr"`
				Source string  `xml:"source,attr"`
				Target string  `xml:"target,attr"`
				Weight float64 `xml:"weight,attr"`
				Spells []struct {
					Start string `xml:"start,attr"`
					End   string `xml:"end,attr"`
				} `xml:"spells>spell"`
			} `xml:"edge"`
		} `xml:"edges"`
	} `xml:"graph"`
}

// dotStatement is one node or edge statement of the DOT the network writes.
var (
	dotNode = regexp.MustCompile(`^  ("(?:[^"\\]|\\.)*") \[label=("(?:[^"\\]|\\.)*"), type="(\w*)"\];$`)
	dotEdge = regexp.MustCompile(`^  ("(?:[^"\\]|\\.)*") -- ("(?:[^"\\]|\\.)*") \[weight=(\d+), label="(\d+)", dates="([^"]*)"\];$`)
)

// dotUnquote reads a DOT double-quoted string.
func dotUnquote(s string) string {
	return strings.NewReplacer(`\\`, `\`, `\"`, `"`).Replace(s[1 : len(s)-1])
}

// checkNetwork reads every format of n back and compares it with n.
func checkNetwork(t *testing.T, n render.Network, out map[string][]byte) {
	t.Helper()
	type edgeKey struct{ s, t string }
	nodes := map[string]render.NetworkNode{}
	for _, v := range n.Nodes {
		nodes[v.ID] = v
	}
	edges := map[edgeKey]render.NetworkEdge{}
	for _, e := range n.Edges {
		edges[edgeKey{e.Source, e.Target}] = e
	}

	// JSON
	var back render.Network
	if err := json.Unmarshal(out["json"], &back); err != nil {
		t.Fatalf("json: %v", err)
	}
	if diff := cmp.Diff(n, back); diff != "" {
		t.Errorf("json does not read back (-want +got):\n%s", diff)
	}

	// GraphML
	var gm graphML
	if err := xml.Unmarshal(out["graphml"], &gm); err != nil {
		t.Fatalf("graphml: %v", err)
	}
	keys := map[string]string{}
	for _, k := range gm.Keys {
		keys[k.ID] = k.For + " " + k.AttrName + " " + k.AttrType
	}
	if keys["type"] != "node type string" || keys["name"] != "node name string" || keys["weight"] != "edge weight int" ||
		keys["dates"] != "edge dates string" || gm.Graph.EdgeDefault != "undirected" || gm.Graph.Desc != n.Title {
		t.Errorf("graphml keys %v, edgedefault %q, desc %q", keys, gm.Graph.EdgeDefault, gm.Graph.Desc)
	}
	data := func(ds []graphMLData) map[string]string {
		m := map[string]string{}
		for _, d := range ds {
			if keys[d.Key] == "" {
				t.Errorf("graphml: data for undeclared key %q", d.Key)
			}
			m[d.Key] = d.Value
		}
		return m
	}
	if len(gm.Graph.Nodes) != len(n.Nodes) || len(gm.Graph.Edges) != len(n.Edges) {
		t.Errorf("graphml: %d nodes, %d edges; want %d, %d", len(gm.Graph.Nodes), len(gm.Graph.Edges), len(n.Nodes), len(n.Edges))
	}
	for _, v := range gm.Graph.Nodes {
		d := data(v.Data)
		if w := nodes[v.ID]; d["name"] != w.Name || d["type"] != string(w.Type) {
			t.Errorf("graphml node %s = %v, want %+v", v.ID, d, w)
		}
	}
	for _, e := range gm.Graph.Edges {
		d := data(e.Data)
		w, ok := edges[edgeKey{e.Source, e.Target}]
		if !ok || d["weight"] != strconv.Itoa(w.Weight) || d["dates"] != strings.Join(w.Dates, " ") {
			t.Errorf("graphml edge %s -- %s = %v, want %+v", e.Source, e.Target, d, w)
		}
	}

	// GEXF
	var gx gexf
	if err := xml.Unmarshal(out["gexf"], &gx); err != nil {
		t.Fatalf("gexf: %v", err)
	}
	if gx.Version != "1.3" || gx.Graph.Mode != "dynamic" || gx.Graph.TimeFormat != "date" || gx.Graph.DefaultEdgeType != "undirected" ||
		len(gx.Graph.Attributes) != 1 || gx.Graph.Attributes[0].Class != "node" || gx.Meta.Description != n.Title {
		t.Errorf("gexf header: version %q, graph %+v", gx.Version, gx.Graph.Attributes)
	}
	if gx.Graph.Nodes.Count != len(n.Nodes) || len(gx.Graph.Nodes.Nodes) != len(n.Nodes) ||
		gx.Graph.Edges.Count != len(n.Edges) || len(gx.Graph.Edges.Edges) != len(n.Edges) {
		t.Errorf("gexf counts: %d/%d nodes, %d/%d edges", gx.Graph.Nodes.Count, len(gx.Graph.Nodes.Nodes), gx.Graph.Edges.Count, len(gx.Graph.Edges.Edges))
	}
	for _, v := range gx.Graph.Nodes.Nodes {
		w := nodes[v.ID]
		if v.Label != w.Name || len(v.AttValues) != 1 || v.AttValues[0].For != "type" || v.AttValues[0].Value != string(w.Type) {
			t.Errorf("gexf node %+v, want %+v", v, w)
		}
	}
	for _, e := range gx.Graph.Edges.Edges {
		w, ok := edges[edgeKey{e.Source, e.Target}]
		if !ok || e.Weight != float64(w.Weight) {
			t.Errorf("gexf edge %+v, want %+v", e, w)
		}
		// every dated event's days are inside a spell, and spells are
		// ordered and apart
		for _, d := range w.Dates {
			first, last, ok := timeline.Span(d)
			in := false
			for _, s := range e.Spells {
				in = in || ok && s.Start <= first && last <= s.End
			}
			if ok && !in {
				t.Errorf("gexf edge %s -- %s: %s is in no spell %+v", e.Source, e.Target, d, e.Spells)
			}
		}
		for i := 1; i < len(e.Spells); i++ {
			if e.Spells[i].Start <= e.Spells[i-1].End {
				t.Errorf("gexf edge %s -- %s: spells overlap or are out of order: %+v", e.Source, e.Target, e.Spells)
			}
		}
	}

	// DOT: by structure, every node and edge once
	lines := strings.Split(strings.TrimSuffix(string(out["dot"]), "\n"), "\n")
	if lines[0] != "graph {" || lines[len(lines)-1] != "}" {
		t.Errorf("dot is not one undirected graph: %q ... %q", lines[0], lines[len(lines)-1])
	}
	seenNodes, seenEdges := map[string]bool{}, map[edgeKey]bool{}
	for _, l := range lines[1 : len(lines)-1] {
		if m := dotNode.FindStringSubmatch(l); m != nil {
			id := dotUnquote(m[1])
			if w, ok := nodes[id]; !ok || seenNodes[id] || dotUnquote(m[2]) != w.Name || m[3] != string(w.Type) {
				t.Errorf("dot node %q, want %+v once", l, w)
			}
			seenNodes[id] = true
		} else if m := dotEdge.FindStringSubmatch(l); m != nil {
			k := edgeKey{dotUnquote(m[1]), dotUnquote(m[2])}
			if w, ok := edges[k]; !ok || seenEdges[k] || m[3] != strconv.Itoa(w.Weight) || m[5] != strings.Join(w.Dates, " ") {
				t.Errorf("dot edge %q, want %+v once", l, w)
			}
			seenEdges[k] = true
		} else if !strings.HasPrefix(l, "  label=") && l != "  labelloc=t;" && l != "  node [shape=box];" {
			t.Errorf("dot statement not understood: %q", l)
		}
	}
	if len(seenNodes) != len(nodes) || len(seenEdges) != len(edges) {
		t.Errorf("dot has %d nodes and %d edges, want %d and %d", len(seenNodes), len(seenEdges), len(nodes), len(edges))
	}

	// Mermaid: by structure, balanced quotes, every node and edge once
	mlines := strings.Split(strings.TrimSuffix(string(out["mermaid"]), "\n"), "\n")
	if n.Title != "" {
		mlines = mlines[3:] // front matter
	}
	if mlines[0] != "graph LR" {
		t.Fatalf("mermaid starts with %q, want graph LR", mlines[0])
	}
	mNode := regexp.MustCompile(`^    (n\d+)\["([^"]*)"\]$`)
	mEdge := regexp.MustCompile(`^    (n\d+) ---\|(\d+)\| (n\d+)$`)
	byName := map[string]string{}
	i := 0
	for _, l := range mlines[1:] {
		if strings.Count(l, `"`)%2 != 0 {
			t.Errorf("mermaid: unbalanced quotes in %q", l)
		}
		if m := mNode.FindStringSubmatch(l); m != nil {
			checkMermaidText(t, "node", m[2])
			if i >= len(n.Nodes) || mermaidDecode(m[2]) != n.Nodes[i].Name {
				t.Errorf("mermaid node %q, want node %d of %d", l, i, len(n.Nodes))
			} else {
				byName[m[1]] = n.Nodes[i].ID
			}
			i++
		} else if m := mEdge.FindStringSubmatch(l); m != nil {
			k := edgeKey{byName[m[1]], byName[m[3]]}
			if w, ok := edges[k]; !ok || m[2] != strconv.Itoa(w.Weight) {
				t.Errorf("mermaid edge %q, want %+v", l, w)
			}
			delete(edges, k)
		} else if !strings.HasPrefix(l, "    classDef ") && !strings.HasPrefix(l, "    class ") {
			t.Errorf("mermaid statement not understood: %q", l)
		}
	}
	if i != len(n.Nodes) || len(edges) != 0 {
		t.Errorf("mermaid: %d nodes of %d; edges missing: %v", i, len(n.Nodes), edges)
	}
}

func TestNetworkFormatsReadBack(t *testing.T) {
	n := networkFixture()
	checkNetwork(t, n, networkRender(t, n))

	sc := sampleChronology(t)
	s := render.NetworkOf(sc.Title, sc.Entries)
	if len(s.Nodes) == 0 || len(s.Edges) == 0 {
		t.Fatalf("the sample network is empty: %+v", s)
	}
	checkNetwork(t, s, networkRender(t, s))
}

// TestNetworkIsNormalized: any order, repeated pairs and a reversed edge
// give the same bytes; names that need escaping read back whole; an edge
// to an entity with no node gets one.
func TestNetworkIsNormalized(t *testing.T) {
	odd := `Odd "name" <b> & \ back;slash # 100%: colon`
	a := render.Network{Title: `A "title"`,
		Nodes: []render.NetworkNode{{ID: "person:b", Name: "B", Type: timeline.Person}, {ID: "person:a", Name: odd, Type: timeline.Person},
			{ID: "place:c", Name: "C", Type: timeline.Place}},
		Edges: []render.NetworkEdge{{Source: "person:b", Target: "person:a", Weight: 1, Dates: []string{"2026-01-22"}},
			{Source: "place:c", Target: "person:a", Weight: 2, Dates: []string{"2026-01-19/2026-01-25", "2026-01-20"}},
			{Source: "person:a", Target: "person:b", Weight: 1, Dates: []string{"2026-01-21"}}},
	}
	b := render.Network{Title: a.Title, Nodes: []render.NetworkNode{a.Nodes[2], a.Nodes[1], a.Nodes[0]},
		Edges: []render.NetworkEdge{a.Edges[1], a.Edges[2], a.Edges[0]}}
	outA, outB := networkRender(t, a), networkRender(t, b)
	for _, f := range render.NetworkFormats {
		if !bytes.Equal(outA[f], outB[f]) {
			t.Errorf("%s depends on the input order:\n%s\n---\n%s", f, outA[f], outB[f])
		}
	}
	want := render.Network{Title: a.Title,
		Nodes: []render.NetworkNode{a.Nodes[1], a.Nodes[0], a.Nodes[2]},
		Edges: []render.NetworkEdge{{Source: "person:a", Target: "person:b", Weight: 2, Dates: []string{"2026-01-21", "2026-01-22"}},
			{Source: "person:a", Target: "place:c", Weight: 2, Dates: []string{"2026-01-19/2026-01-25", "2026-01-20"}}},
	}
	var back render.Network
	if err := json.Unmarshal(outA["json"], &back); err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(want, back); diff != "" {
		t.Errorf("normalized network (-want +got):\n%s", diff)
	}
	checkNetwork(t, want, outA)
	if !strings.Contains(string(outA["gexf"]), `<spell start="2026-01-19" end="2026-01-25"></spell>`) ||
		strings.Contains(string(outA["gexf"]), `start="2026-01-20"`) {
		t.Errorf("overlapping days are not one spell:\n%s", outA["gexf"])
	}

	dangling := render.Network{Edges: []render.NetworkEdge{{Source: "x", Target: "y", Weight: 1}}}
	out := networkRender(t, dangling)
	var gm graphML
	if err := xml.Unmarshal(out["graphml"], &gm); err != nil || len(gm.Graph.Nodes) != 2 {
		t.Errorf("an edge's ends have no nodes: %v, %+v", err, gm.Graph.Nodes)
	}
	// a line break in a name does not break a line of DOT or Mermaid
	broken := render.Network{Nodes: []render.NetworkNode{{ID: "person:x", Name: "X\nY\r\nZ"}}}
	out = networkRender(t, broken)
	if strings.Count(string(out["dot"]), "\n") != 4 || strings.Count(string(out["mermaid"]), "\n") != 2 {
		t.Errorf("a line break in a name breaks a line:\n%s\n%s", out["dot"], out["mermaid"])
	}
	if err := render.WriteNetwork(&bytes.Buffer{}, "yaml", dangling); err == nil {
		t.Error("unknown network format accepted")
	}
}

// TestNetworkBoundsInJSON: a bounded network's left-out count and hubs
// read back from JSON (sorted), and the other formats do not change for
// them.
func TestNetworkBoundsInJSON(t *testing.T) {
	plain := render.Network{Title: "T", Nodes: []render.NetworkNode{{ID: "person:a", Name: "A", Type: timeline.Person},
		{ID: "person:b", Name: "B", Type: timeline.Person}}, Edges: []render.NetworkEdge{{Source: "person:a", Target: "person:b", Weight: 1}}}
	bounded := plain
	bounded.LeftOut, bounded.Hubs = 7, []string{"person:b", "person:a"}
	outP, outB := networkRender(t, plain), networkRender(t, bounded)
	var back render.Network
	if err := json.Unmarshal(outB["json"], &back); err != nil {
		t.Fatal(err)
	}
	if back.LeftOut != 7 || !slices.Equal(back.Hubs, []string{"person:a", "person:b"}) {
		t.Errorf("bounds read back as %d, %v", back.LeftOut, back.Hubs)
	}
	if bytes.Contains(outP["json"], []byte("left_out")) || bytes.Contains(outP["json"], []byte("hubs")) {
		t.Errorf("an unbounded network writes its bounds:\n%s", outP["json"])
	}
	for _, f := range render.NetworkFormats {
		if f != "json" && !bytes.Equal(outP[f], outB[f]) {
			t.Errorf("%s changes with the bounds", f)
		}
	}
}
