package render

import (
	"encoding/xml"
	"fmt"
	"io"
	"strconv"
	"strings"

	"github.com/storygraph/storygraph/timeline"
)

// NetworkDOT writes the network in Graphviz's DOT language, as an
// undirected graph: a node per entity (label, type), an edge per pair with
// its weight (also its label) and the dates of the shared events.
// `dot -Tsvg` or `neato -Tsvg` draws it.
func NetworkDOT(w io.Writer, n Network) error {
	n = n.normalized()
	var b strings.Builder
	b.WriteString("graph {\n")
	if n.Title != "" {
		b.WriteString("  label=" + dotQuote(n.Title) + ";\n  labelloc=t;\n")
	}
	b.WriteString("  node [shape=box];\n")
	for _, v := range n.Nodes {
		fmt.Fprintf(&b, "  %s [label=%s, type=%s];\n", dotQuote(v.ID), dotQuote(v.Name), dotQuote(string(v.Type)))
	}
	for _, e := range n.Edges {
		fmt.Fprintf(&b, "  %s -- %s [weight=%d, label=\"%d\", dates=%s];\n",
			dotQuote(e.Source), dotQuote(e.Target), e.Weight, e.Weight, dotQuote(strings.Join(e.Dates, " ")))
	}
	b.WriteString("}\n")
	_, err := io.WriteString(w, b.String())
	return err
}

var dotReplacer = strings.NewReplacer(`\`, `\\`, `"`, `\"`, "\r\n", " ", "\n", " ", "\r", " ")

// dotQuote is s as a DOT double-quoted string: quotes and backslashes
// escaped (so that Graphviz reads no escape sequence), on one line.
func dotQuote(s string) string { return `"` + dotReplacer.Replace(s) + `"` }

// NetworkGraphML writes the network as GraphML
// (http://graphml.graphdrawing.org/), which yEd, Cytoscape, igraph and
// NetworkX read: keys declare the node's name and type and the edge's
// weight (an int) and dates (the ISO dates of the shared events, space
// separated).
func NetworkGraphML(w io.Writer, n Network) error {
	n = n.normalized()
	type data struct {
		Key   string `xml:"key,attr"`
		Value string `xml:",chardata"`
	}
	type key struct {
		ID       string `xml:"id,attr"`
		For      string `xml:"for,attr"`
		AttrName string `xml:"attr.name,attr"`
		AttrType string `xml:"attr.type,attr"`
	}
	type node struct {
		ID   string `xml:"id,attr"`
		Data []data `xml:"data"`
	}
	type edge struct {
		ID     string `xml:"id,attr"`
		Source string `xml:"source,attr"`
		Target string `xml:"target,attr"`
		Data   []data `xml:"data"`
	}
	type graph struct {
		ID          string `xml:"id,attr"`
		EdgeDefault string `xml:"edgedefault,attr"`
		Desc        string `xml:"desc,omitempty"`
		Nodes       []node `xml:"node"`
		Edges       []edge `xml:"edge"`
	}
	doc := struct {
		XMLName        xml.Name `xml:"graphml"`
		Xmlns          string   `xml:"xmlns,attr"`
		XmlnsXSI       string   `xml:"xmlns:xsi,attr"`
		SchemaLocation string   `xml:"xsi:schemaLocation,attr"`
		Keys           []key    `xml:"key"`
		Graph          graph    `xml:"graph"`
	}{
		Xmlns:          "http://graphml.graphdrawing.org/xmlns",
		XmlnsXSI:       "http://www.w3.org/2001/XMLSchema-instance",
		SchemaLocation: "http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd",
		Keys: []key{
			{ID: "name", For: "node", AttrName: "name", AttrType: "string"},
			{ID: "type", For: "node", AttrName: "type", AttrType: "string"},
			{ID: "weight", For: "edge", AttrName: "weight", AttrType: "int"},
			{ID: "dates", For: "edge", AttrName: "dates", AttrType: "string"},
		},
		Graph: graph{ID: "G", EdgeDefault: "undirected", Desc: xmlText(n.Title)},
	}
	for _, v := range n.Nodes {
		doc.Graph.Nodes = append(doc.Graph.Nodes, node{ID: v.ID,
			Data: []data{{Key: "name", Value: xmlText(v.Name)}, {Key: "type", Value: string(v.Type)}}})
	}
	for i, e := range n.Edges {
		doc.Graph.Edges = append(doc.Graph.Edges, edge{ID: "e" + strconv.Itoa(i), Source: e.Source, Target: e.Target,
			Data: []data{{Key: "weight", Value: strconv.Itoa(e.Weight)}, {Key: "dates", Value: strings.Join(e.Dates, " ")}}})
	}
	return writeXML(w, doc)
}

// NetworkGEXF writes the network as GEXF 1.3 (https://gexf.net), Gephi's
// format, as a dynamic graph: each edge carries its weight and, as spells,
// the days of the events its two entities share, so that Gephi's timeline
// shows an edge only while they meet. Spells are inclusive day intervals
// (timeformat "date"); overlapping ones are joined, as Gephi wants them
// apart. An edge whose events are all undated has no spell and is there
// all the time; nodes have none either, so every entity stays in view.
func NetworkGEXF(w io.Writer, n Network) error {
	n = n.normalized()
	type attribute struct {
		ID    string `xml:"id,attr"`
		Title string `xml:"title,attr"`
		Type  string `xml:"type,attr"`
	}
	type attributes struct {
		Class      string      `xml:"class,attr"`
		Mode       string      `xml:"mode,attr"`
		Attributes []attribute `xml:"attribute"`
	}
	type attvalue struct {
		For   string `xml:"for,attr"`
		Value string `xml:"value,attr"`
	}
	type node struct {
		ID        string     `xml:"id,attr"`
		Label     string     `xml:"label,attr"`
		AttValues []attvalue `xml:"attvalues>attvalue"`
	}
	type edge struct {
		ID     string      `xml:"id,attr"`
		Source string      `xml:"source,attr"`
		Target string      `xml:"target,attr"`
		Weight int         `xml:"weight,attr"`
		Spells []gexfSpell `xml:"spells>spell,omitempty"`
	}
	type nodes struct {
		Count int    `xml:"count,attr"`
		Nodes []node `xml:"node"`
	}
	type edges struct {
		Count int    `xml:"count,attr"`
		Edges []edge `xml:"edge"`
	}
	type meta struct {
		Creator     string `xml:"creator"`
		Description string `xml:"description,omitempty"`
	}
	type graph struct {
		Mode               string     `xml:"mode,attr"`
		DefaultEdgeType    string     `xml:"defaultedgetype,attr"`
		TimeFormat         string     `xml:"timeformat,attr"`
		TimeRepresentation string     `xml:"timerepresentation,attr"`
		Attributes         attributes `xml:"attributes"`
		Nodes              nodes      `xml:"nodes"`
		Edges              edges      `xml:"edges"`
	}
	doc := struct {
		XMLName        xml.Name `xml:"gexf"`
		Xmlns          string   `xml:"xmlns,attr"`
		XmlnsXSI       string   `xml:"xmlns:xsi,attr"`
		SchemaLocation string   `xml:"xsi:schemaLocation,attr"`
		Version        string   `xml:"version,attr"`
		Meta           meta     `xml:"meta"`
		Graph          graph    `xml:"graph"`
	}{
		Xmlns:          "http://gexf.net/1.3",
		XmlnsXSI:       "http://www.w3.org/2001/XMLSchema-instance",
		SchemaLocation: "http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd",
		Version:        "1.3",
		Meta:           meta{Creator: "storygraph", Description: xmlText(n.Title)},
		Graph: graph{Mode: "dynamic", DefaultEdgeType: "undirected", TimeFormat: "date", TimeRepresentation: "interval",
			Attributes: attributes{Class: "node", Mode: "static", Attributes: []attribute{{ID: "type", Title: "type", Type: "string"}}},
			Nodes:      nodes{Count: len(n.Nodes)}, Edges: edges{Count: len(n.Edges)}},
	}
	for _, v := range n.Nodes {
		doc.Graph.Nodes.Nodes = append(doc.Graph.Nodes.Nodes, node{ID: v.ID, Label: xmlText(v.Name),
			AttValues: []attvalue{{For: "type", Value: string(v.Type)}}})
	}
	for i, e := range n.Edges {
		doc.Graph.Edges.Edges = append(doc.Graph.Edges.Edges, edge{ID: strconv.Itoa(i), Source: e.Source, Target: e.Target,
			Weight: e.Weight, Spells: gexfSpells(e.Dates)})
	}
	return writeXML(w, doc)
}

// gexfSpell is an inclusive interval of days in a GEXF dynamic graph.
type gexfSpell struct {
	Start string `xml:"start,attr"`
	End   string `xml:"end,attr"`
}

// gexfSpells are the days the dates (earliest first) cover, as spells in
// order, overlapping ones joined.
func gexfSpells(dates []string) []gexfSpell {
	var out []gexfSpell
	for _, d := range dates {
		first, last, ok := timeline.Span(d)
		if !ok {
			continue
		}
		if k := len(out) - 1; k >= 0 && first <= out[k].End {
			out[k].End = max(out[k].End, last)
			continue
		}
		out = append(out, gexfSpell{Start: first, End: last})
	}
	return out
}

// xmlText drops what XML 1.0 cannot hold (control characters other than
// tab and line breaks, which encoding/xml would otherwise replace with
// U+FFFD silently).
func xmlText(s string) string {
	return strings.Map(func(r rune) rune {
		if r < 0x20 && r != '\t' && r != '\n' && r != '\r' || r == 0xFFFE || r == 0xFFFF {
			return -1
		}
		return r
	}, s)
}

func writeXML(w io.Writer, doc any) error {
	if _, err := io.WriteString(w, xml.Header); err != nil {
		return err
	}
	enc := xml.NewEncoder(w)
	enc.Indent("", "  ")
	if err := enc.Encode(doc); err != nil {
		return err
	}
	_, err := io.WriteString(w, "\n")
	return err
}

// NetworkMermaid writes the network as a Mermaid flowchart (`graph LR`)
// for Markdown pages that render Mermaid: a box per entity, a line per
// pair labelled with its weight, and a style per entity type. Nodes are
// named n0, n1, … in id order, as Mermaid wants plain names.
func NetworkMermaid(w io.Writer, n Network) error {
	n = n.normalized()
	var b strings.Builder
	if n.Title != "" {
		b.WriteString("---\ntitle: \"" + strings.NewReplacer(`\`, `\\`, `"`, `\"`).Replace(strings.Join(strings.Fields(n.Title), " ")) + "\"\n---\n")
	}
	b.WriteString("graph LR\n")
	name := map[string]string{}
	byType := map[timeline.EntityType][]string{}
	for i, v := range n.Nodes {
		id := "n" + strconv.Itoa(i)
		name[v.ID] = id
		byType[v.Type] = append(byType[v.Type], id)
		fmt.Fprintf(&b, "    %s[\"%s\"]\n", id, mermaidEscape(v.Name))
	}
	for _, e := range n.Edges {
		fmt.Fprintf(&b, "    %s ---|%d| %s\n", name[e.Source], e.Weight, name[e.Target])
	}
	for _, t := range []struct {
		typ   timeline.EntityType
		style string
	}{
		{timeline.Person, "fill:#fdecea,stroke:#c33"},
		{timeline.Organization, "fill:#e8f0fe,stroke:#36c"},
		{timeline.Place, "fill:#e6f4ea,stroke:#393"},
	} {
		if ids := byType[t.typ]; len(ids) > 0 {
			fmt.Fprintf(&b, "    classDef %s %s\n    class %s %s\n", t.typ, t.style, strings.Join(ids, ","), t.typ)
		}
	}
	_, err := io.WriteString(w, b.String())
	return err
}
