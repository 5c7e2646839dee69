package render

import (
	"cmp"
	"crypto/sha256"
	"embed"
	"encoding/base64"
	"fmt"
	"html/template"
	"io"
	"net/url"
	"slices"
	"strings"
	"time"

	"github.com/storygraph/storygraph/timeline"
	"github.com/storygraph/storygraph/timeline/chronology"
	"github.com/storygraph/storygraph/timeline/timex"
)

// The page is one file an editor can publish or an analyst can keep: its
// CSS and JS are inlined from page/, it loads nothing (a Content Security
// Policy forbids it, so a stray URL in the data cannot fetch either), and
// without JS it is still the whole chronology; JS only adds the filters.
//
//go:embed page/page.html.tmpl page/page.css page/page.js
var pageFS embed.FS

var (
	pageCSS  = mustRead("page/page.css")
	pageJS   = mustRead("page/page.js")
	pageTmpl = template.Must(template.New("page.html.tmpl").Funcs(template.FuncMap{
		"dayLabel": dayLabel,
		"isDay":    func(date string) bool { _, err := time.Parse(time.DateOnly, date); return err == nil },
		"ids":      ids,
		"credit":   Credit,
	}).ParseFS(pageFS, "page/page.html.tmpl"))
	// The policy allows exactly the inline style and script above, by hash.
	pageCSP = fmt.Sprintf("default-src 'none'; style-src '%s'; script-src '%s'; form-action 'none'; base-uri 'none'",
		cspHash(pageCSS), cspHash(pageJS))
)

func mustRead(name string) string {
	b, err := pageFS.ReadFile(name)
	if err != nil {
		panic(err)
	}
	return string(b)
}

func cspHash(s string) string {
	sum := sha256.Sum256([]byte(s))
	return "sha256-" + base64.StdEncoding.EncodeToString(sum[:])
}

// HTML writes the chronology as a self-contained web page.
func HTML(w io.Writer, c Chronology) error {
	var b strings.Builder
	if err := pageTmpl.Execute(&b, newPageView(c)); err != nil {
		return err
	}
	_, err := io.WriteString(w, b.String())
	return err
}

// pageView is what the template shows: entries grouped by date label, and
// the filter choices, each with a short id that entries list in their data-*
// attributes (ids, not names, so no name needs quoting for JS).
type pageView struct {
	Title            string
	Total            int
	Groups           []dateGroup
	Entities         []facetGroup
	Places, Kinds    []facet
	Topics           []facet
	Style            template.CSS
	Script           template.JS
	ContentSecurity  string
	HasFilterChoices bool
}

type facet struct {
	ID, Label string
	Count     int
}

type facetGroup struct {
	Label  string
	Facets []facet
}

// dateGroup is a run of entries with the same date label; Datetime is the
// machine-readable form of that date at its own precision, or "" when HTML
// has none (a range).
type dateGroup struct {
	Label, Datetime string
	Approximate     bool
	Entries         []entryView
}

// entryView is an entry as the other formats for people show it (see
// citedOf): what it is in words, each sentence once, each article once,
// numbered to the sentences when there are several of both.
type entryView struct {
	chronology.Entry
	What string
	// Anchor links to the entry on the page, for an editor to cite.
	Anchor            template.URL
	KindID            string
	Who, Where, About []pick
	Quotes            []quoteView
	Articles          []articleView
	Numbered          bool
}

type quoteView struct{ Sentence, Marker string }

type articleView struct {
	timeline.Source
	// DatesIt is this article's own date of an entry whose sources disagree.
	DatesIt string
}

// pick is a value of an entry that is also a filter choice: the page's JS
// makes it a button that shows only the entries with it.
type pick struct{ Facet, ID, Label string }

// ids are the choices an entry has for one filter, for its data-* attribute.
func ids(ps []pick) string {
	out := make([]string, len(ps))
	for i, p := range ps {
		out[i] = p.ID
	}
	return strings.Join(out, " ")
}

func newPageView(c Chronology) pageView {
	v := pageView{Title: c.Title, Total: len(c.Entries), Style: template.CSS(pageCSS),
		Script: template.JS(pageJS), ContentSecurity: pageCSP}
	if v.Title == "" {
		v.Title = "Chronology"
	}
	entities := newFacets("e")
	places, kinds, topics := newFacets("p"), newFacets("k"), newFacets("t")
	types := map[string]timeline.EntityType{}
	for _, e := range c.Entries {
		for _, p := range e.Participants {
			entities.add(string(p.Type) + "\x00" + p.Name)
			types[string(p.Type)+"\x00"+p.Name] = p.Type
		}
		for _, p := range e.Places {
			places.add(p)
		}
		kinds.add(string(e.Kind))
		for _, t := range e.Topics {
			topics.add(t)
		}
	}
	entities.number()
	places.number()
	kinds.number()
	topics.number()

	for _, e := range c.Entries {
		ct := citedOf(e)
		// a fragment, typed so html/template does not read "#ev:…" as a
		// URL scheme; escaped, so any ID stays inside the fragment
		anchor := template.URL("#" + url.PathEscape(e.ID))
		ev := entryView{Entry: e, What: kindWords(e), Anchor: anchor, KindID: kinds.id(string(e.Kind)), Numbered: ct.numbered}
		for _, q := range ct.quotes {
			ev.Quotes = append(ev.Quotes, quoteView{q.Sentence, ct.marker(q)})
		}
		for _, a := range ct.articles {
			ev.Articles = append(ev.Articles, articleView{a, datesIt(e, a)})
		}
		for _, p := range e.Participants {
			ev.Who = append(ev.Who, pick{"entity", entities.id(string(p.Type) + "\x00" + p.Name), p.Name})
		}
		for _, p := range e.Places {
			ev.Where = append(ev.Where, pick{"place", places.id(p), p})
		}
		for _, t := range e.Topics {
			ev.About = append(ev.About, pick{"topic", topics.id(t), c.topicName(t)})
		}
		label := e.DateLabel
		if label == "" {
			label = chronology.DateLabel(e.Date, e.Precision)
		}
		if n := len(v.Groups); n > 0 && v.Groups[n-1].Label == label {
			v.Groups[n-1].Entries = append(v.Groups[n-1].Entries, ev)
			continue
		}
		dt := machineDate(e.Date, e.Precision)
		v.Groups = append(v.Groups, dateGroup{Label: label, Datetime: dt,
			Approximate: !dayPrecise(e.Precision) || e.DateConflict, Entries: []entryView{ev}})
	}

	// People first, then organisations, then anything else, as a reader
	// looks for them.
	byType := map[timeline.EntityType][]facet{}
	for _, k := range entities.keys() {
		_, name, _ := strings.Cut(k, "\x00")
		byType[types[k]] = append(byType[types[k]], entities.facet(k, name))
	}
	typeNames := map[timeline.EntityType]string{timeline.Person: "People", timeline.Organization: "Organisations", timeline.Place: "Places"}
	order := []timeline.EntityType{timeline.Person, timeline.Organization, timeline.Place}
	var rest []timeline.EntityType
	for t := range byType {
		if typeNames[t] == "" {
			rest = append(rest, t)
		}
	}
	slices.Sort(rest)
	for _, t := range append(order, rest...) {
		if fs := byType[t]; len(fs) > 0 {
			name := typeNames[t]
			if name == "" {
				name = string(t)
			}
			v.Entities = append(v.Entities, facetGroup{Label: name, Facets: fs})
		}
	}
	v.Places, v.Kinds = places.labels(), kinds.labels()
	for _, k := range topics.keys() {
		v.Topics = append(v.Topics, topics.facet(k, c.topicName(k)))
	}
	v.HasFilterChoices = len(c.Entries) > 0
	return v
}

// facets counts the values of one filter and numbers them in name order,
// so the ids and the option order are the same for the same entries.
type facets struct {
	prefix string
	count  map[string]int
	ids    map[string]string
}

func newFacets(prefix string) *facets {
	return &facets{prefix: prefix, count: map[string]int{}, ids: map[string]string{}}
}

func (f *facets) add(key string) { f.count[key]++ }

// keys are the values in name order (folded, so "Zelenskyy" sorts with "zelenskyy").
func (f *facets) keys() []string {
	keys := make([]string, 0, len(f.count))
	for k := range f.count {
		keys = append(keys, k)
	}
	slices.SortFunc(keys, func(a, b string) int {
		return cmp.Or(cmp.Compare(timeline.Fold(a), timeline.Fold(b)), cmp.Compare(a, b))
	})
	return keys
}

func (f *facets) number() {
	for i, k := range f.keys() {
		f.ids[k] = fmt.Sprintf("%s%d", f.prefix, i+1)
	}
}

func (f *facets) id(key string) string { return f.ids[key] }

func (f *facets) facet(key, label string) facet {
	return facet{ID: f.ids[key], Label: label, Count: f.count[key]}
}

func (f *facets) labels() []facet {
	var out []facet
	for _, k := range f.keys() {
		out = append(out, f.facet(k, k))
	}
	return out
}

// dayLabel writes a publication date as the entries' dates are written,
// "22 Jan 2026"; anything else is left as given (and isDay is false for it,
// so it gets no <time>).
func dayLabel(date string) string {
	d, err := time.Parse(time.DateOnly, date)
	if err != nil {
		return date
	}
	return d.Format("2 Jan 2006")
}

func dayPrecise(p timex.Precision) bool {
	return p == timex.Day || p == timex.Hour || p == timex.Minute
}

// machineDate is a date as HTML's <time datetime> writes it at its own
// precision: a day, an ISO week (2026-W04), a month (2026-01) or a year.
// Other spans have no such form and get "": a first day would claim a
// precision the source never gave.
func machineDate(date string, p timex.Precision) string {
	first, last, ok := timeline.Span(date)
	if !ok {
		return ""
	}
	switch p {
	case timex.Day, timex.Hour, timex.Minute:
		return first
	case timex.Month:
		return first[:7]
	case timex.Year:
		return first[:4]
	case timex.Week:
		f, err1 := time.Parse(time.DateOnly, first)
		l, err2 := time.Parse(time.DateOnly, last)
		if err1 != nil || err2 != nil || f.Weekday() != time.Monday || l.Sub(f) != 6*24*time.Hour {
			return ""
		}
		y, w := f.ISOWeek()
		return fmt.Sprintf("%04d-W%02d", y, w)
	}
	if first == last {
		return first
	}
	return ""
}
