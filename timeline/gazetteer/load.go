package gazetteer

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/storygraph/storygraph/timeline"
	"github.com/storygraph/storygraph/timeline/text"
	"gopkg.in/yaml.v3"
)

// Version is the gazetteer file format this program reads.
const Version = 1

// Types of entries.
const (
	Person       = "person"
	Place        = "place"
	Organization = "organization"
)

// Entry is a person, place or organisation the gazetteer knows.
type Entry struct {
	ID        string // "person:steve-witkoff"
	Name      string
	Type      string
	Aliases   []string
	Role      string
	Country   string
	Kind      string // place: country, city, region, site, feature; organisation: its kind
	Lat, Lon  float64
	HasCoords bool
	Demonyms  []string
	// Ambiguous names (Georgia, Jordan, Nice) need context to count.
	Ambiguous bool
	// Offices are the titled offices a person holds or held, with when:
	// "the Prime Minister" in an article stands for whoever held it on the
	// day it was published (see HeldOn).
	Offices []Office
	// Source is "file:line" of the entry, for messages.
	Source string
}

// IsCountry reports whether e is a country: a place of kind country. It is
// the one definition of a country (see Gazetteer.Countries).
func (e *Entry) IsCountry() bool { return e.Type == Place && e.Kind == "country" }

// Office is a role held over a period. Since and Until are zero when not
// known; AsOf is the date the file says its roles are current on.
type Office struct {
	Role               string
	Key                string // Fold(Role), computed once at load for matching titles
	Since, Until, AsOf time.Time
}

// HeldOn reports whether the office was held on day t. Where Since is not
// known, an office known to be current on AsOf is trusted from a year
// before it: roles change, and a 2019 article's "the Prime Minister" is
// better left unresolved than given today's. Without a day (t zero) only a
// current office (no Until) counts.
func (o Office) HeldOn(t time.Time) bool {
	if t.IsZero() {
		return o.Until.IsZero()
	}
	since := o.Since
	if since.IsZero() && !o.AsOf.IsZero() {
		since = o.AsOf.AddDate(-1, 0, 0)
	}
	return (since.IsZero() || !t.Before(since)) && (o.Until.IsZero() || !t.After(o.Until))
}

// Topic is a story theme recognised from keywords and entities.
type Topic struct {
	ID       string
	Name     string
	Keywords []string
	Entities []string
	// Kinds are the kinds of happening the topic is made of, when it is
	// made of some only ("Drone and missile attacks": attack, casualty):
	// as an article's main topic it then goes only to events of those
	// kinds, so a meeting in an article on air strikes is no attack.
	Kinds  []string
	Source string
}

// Gazetteer is the loaded set of entries and topics with its matcher.
type Gazetteer struct {
	Entries []*Entry
	Topics  []*Topic
	byID    map[string]*Entry
	m       *matcher
}

// Countries returns the canonical names of the gazetteer's countries (see
// Entry.IsCountry): what chronology merging must not count as a shared
// site.
func (g *Gazetteer) Countries() map[string]bool {
	out := map[string]bool{}
	for _, e := range g.Entries {
		if e.IsCountry() {
			out[e.Name] = true
		}
	}
	return out
}

// ByID returns the entry with that ID, or nil.
func (g *Gazetteer) ByID(id string) *Entry { return g.byID[id] }

// Slug makes the stable ID part of a name: folded, words joined by "-".
func Slug(name string) string { return strings.ReplaceAll(text.Fold(name), " ", "-") }

// ID is the stable entity ID of a type and canonical name.
func ID(typ, name string) string { return typ + ":" + Slug(name) }

// LoadFiles reads gazetteer files and folders (every *.yaml / *.yml in a
// folder, sorted). Every problem of every file is reported, each as
// "file:line:col: message", joined in one error.
func LoadFiles(paths ...string) (*Gazetteer, error) {
	srcs, err := readPaths(paths)
	if err != nil {
		return nil, err
	}
	return build(srcs)
}

// LoadFS reads every *.yaml file of a folder in fsys (sorted by name), for
// the gazetteer embedded in the binary, then the user's files and folders
// in extra, which add entries and aliases to it.
func LoadFS(fsys fs.FS, dir string, extra ...string) (*Gazetteer, error) {
	names, err := fs.Glob(fsys, dir+"/*.yaml")
	if err != nil {
		return nil, err
	}
	sort.Strings(names)
	var srcs []source
	for _, n := range names {
		data, err := fs.ReadFile(fsys, n)
		if err != nil {
			return nil, err
		}
		srcs = append(srcs, source{"seeds/" + n, data})
	}
	user, err := readPaths(extra)
	if err != nil {
		return nil, err
	}
	return build(append(srcs, user...))
}

// readPaths reads files, and the *.yaml / *.yml files of folders.
func readPaths(paths []string) ([]source, error) {
	var srcs []source
	var errs []error
	for _, p := range paths {
		st, err := os.Stat(p)
		if err != nil {
			errs = append(errs, fmt.Errorf("%s: %w", p, unwrapPathError(err)))
			continue
		}
		files := []string{p}
		if st.IsDir() {
			files = nil
			ents, err := os.ReadDir(p)
			if err != nil {
				errs = append(errs, err)
				continue
			}
			for _, e := range ents {
				if n := e.Name(); !e.IsDir() && (strings.HasSuffix(n, ".yaml") || strings.HasSuffix(n, ".yml")) {
					files = append(files, filepath.Join(p, n))
				}
			}
		}
		for _, f := range files {
			data, err := os.ReadFile(f)
			if err != nil {
				errs = append(errs, fmt.Errorf("%s: %w", f, unwrapPathError(err)))
				continue
			}
			srcs = append(srcs, source{f, data})
		}
	}
	return srcs, errors.Join(errs...)
}

func unwrapPathError(err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}

type source struct {
	name string
	data []byte
}

// FileError is one problem at a position of a gazetteer file.
type FileError struct {
	File      string
	Line, Col int
	Msg       string
}

func (e *FileError) Error() string {
	if e.Line == 0 {
		return fmt.Sprintf("%s: %s", e.File, e.Msg)
	}
	return fmt.Sprintf("%s:%d:%d: %s", e.File, e.Line, e.Col, e.Msg)
}

var (
	personFields = fields("name", "aliases", "role", "since", "until", "offices", "country")
	officeFields = fields("role", "since", "until")
	placeFields  = fields("name", "aliases", "kind", "country", "lat", "lon", "demonyms", "ambiguous")
	orgFields    = fields("name", "aliases", "kind", "country", "ambiguous")
	topicFields  = fields("id", "name", "keywords", "entities", "kinds")
	fileFields   = fields("version", "roles_as_of", "people", "places", "organizations", "topics")
	placeKinds   = fields("country", "city", "region", "site", "feature")
)

func fields(names ...string) map[string]bool {
	m := map[string]bool{}
	for _, n := range names {
		m[n] = true
	}
	return m
}

func known(m map[string]bool) string {
	var ks []string
	for k := range m {
		ks = append(ks, k)
	}
	sort.Strings(ks)
	return strings.Join(ks, ", ")
}

// decoder walks a yaml.Node tree and collects every error with its position.
type decoder struct {
	file string
	errs []error
	asOf time.Time // the file's roles_as_of
}

func (d *decoder) fail(n *yaml.Node, format string, args ...any) {
	d.errs = append(d.errs, &FileError{File: d.file, Line: n.Line, Col: n.Column, Msg: fmt.Sprintf(format, args...)})
}

// mapping checks that n is a mapping with only allowed keys and returns its
// values by key.
func (d *decoder) mapping(n *yaml.Node, allowed map[string]bool, what string) map[string]*yaml.Node {
	if n.Kind != yaml.MappingNode {
		d.fail(n, "%s must be a mapping", what)
		return nil
	}
	out := map[string]*yaml.Node{}
	for i := 0; i+1 < len(n.Content); i += 2 {
		k, v := n.Content[i], n.Content[i+1]
		if !allowed[k.Value] {
			d.fail(k, "unknown field %q in %s (known fields: %s)", k.Value, what, known(allowed))
			continue
		}
		if _, dup := out[k.Value]; dup {
			d.fail(k, "field %q given twice", k.Value)
			continue
		}
		out[k.Value] = v
	}
	return out
}

func (d *decoder) str(n *yaml.Node, field string) string {
	if n == nil {
		return ""
	}
	if n.Kind != yaml.ScalarNode || n.Tag == "!!null" {
		d.fail(n, "%s must be a string", field)
		return ""
	}
	return strings.TrimSpace(n.Value)
}

func (d *decoder) list(n *yaml.Node, field string) []string {
	if n == nil {
		return nil
	}
	if n.Kind != yaml.SequenceNode {
		d.fail(n, "%s must be a list of strings", field)
		return nil
	}
	var out []string
	for _, c := range n.Content {
		if s := d.str(c, field+" item"); s != "" {
			out = append(out, s)
		}
	}
	return out
}

// date reads a YYYY-MM-DD day; zero when n is nil.
func (d *decoder) date(n *yaml.Node, field string) time.Time {
	if n == nil {
		return time.Time{}
	}
	t, err := time.Parse("2006-01-02", strings.TrimSpace(n.Value))
	if n.Kind != yaml.ScalarNode || err != nil {
		d.fail(n, "%s must be a day written YYYY-MM-DD, like 2024-07-05", field)
		return time.Time{}
	}
	return t
}

// office reads one role with its period.
func (d *decoder) office(role string, m map[string]*yaml.Node, asOf time.Time, at *yaml.Node) (Office, bool) {
	o := Office{Role: role, Key: text.Fold(role), Since: d.date(m["since"], "since"), Until: d.date(m["until"], "until"), AsOf: asOf}
	if !o.Since.IsZero() && !o.Until.IsZero() && o.Until.Before(o.Since) {
		d.fail(at, "until (%s) is before since (%s)", o.Until.Format("2006-01-02"), o.Since.Format("2006-01-02"))
		return o, false
	}
	return o, true
}

func (d *decoder) float(n *yaml.Node, field string, min, max float64) (float64, bool) {
	if n == nil {
		return 0, false
	}
	f, err := strconv.ParseFloat(n.Value, 64)
	if n.Kind != yaml.ScalarNode || err != nil || f < min || f > max {
		d.fail(n, "%s must be a number from %g to %g", field, min, max)
		return 0, false
	}
	return f, true
}

func (d *decoder) boolean(n *yaml.Node, field string) bool {
	if n == nil {
		return false
	}
	switch n.Value {
	case "true":
		return true
	case "false":
		return false
	}
	d.fail(n, "%s must be true or false", field)
	return false
}

func build(srcs []source) (*Gazetteer, error) {
	g := &Gazetteer{byID: map[string]*Entry{}}
	var errs []error
	topicIDs := map[string]string{}
	for _, src := range srcs {
		d := &decoder{file: src.name}
		var doc yaml.Node
		if err := yaml.Unmarshal(src.data, &doc); err != nil {
			errs = append(errs, fmt.Errorf("%s: %s", src.name, strings.TrimPrefix(err.Error(), "yaml: ")))
			continue
		}
		if len(doc.Content) == 0 {
			errs = append(errs, &FileError{File: src.name, Msg: "empty gazetteer file; it needs at least \"version: 1\""})
			continue
		}
		top := d.mapping(doc.Content[0], fileFields, "a gazetteer file")
		if top != nil {
			if v := top["version"]; v == nil {
				d.fail(doc.Content[0], "missing \"version: %d\"", Version)
			} else if v.Value != strconv.Itoa(Version) {
				d.fail(v, "unsupported version %q; this storygraph reads version %d", v.Value, Version)
			}
			d.asOf = d.date(top["roles_as_of"], "roles_as_of")
			d.entries(g, top["people"], Person, personFields)
			d.entries(g, top["places"], Place, placeFields)
			d.entries(g, top["organizations"], Organization, orgFields)
			d.topics(g, top["topics"], topicIDs)
		}
		errs = append(errs, d.errs...)
	}
	if len(errs) > 0 {
		return nil, errors.Join(errs...)
	}
	g.m = newMatcher(g)
	return g, nil
}

func (d *decoder) entries(g *Gazetteer, n *yaml.Node, typ string, allowed map[string]bool) {
	if n == nil {
		return
	}
	if n.Kind != yaml.SequenceNode {
		d.fail(n, "the %s list must be a sequence", typ)
		return
	}
	for _, item := range n.Content {
		m := d.mapping(item, allowed, "a "+typ)
		if m == nil {
			continue
		}
		e := &Entry{Type: typ, Source: fmt.Sprintf("%s:%d", d.file, item.Line)}
		e.Name = d.str(m["name"], "name")
		if e.Name == "" {
			d.fail(item, "a %s needs a name", typ)
			continue
		}
		e.Aliases = d.list(m["aliases"], "aliases")
		e.Role = d.str(m["role"], "role")
		if (m["since"] != nil || m["until"] != nil) && e.Role == "" {
			d.fail(item, "since and until date a role; give the role too")
		}
		if e.Role != "" {
			if o, ok := d.office(e.Role, m, d.asOf, item); ok {
				e.Offices = append(e.Offices, o)
			}
		}
		if n := m["offices"]; n != nil {
			if n.Kind != yaml.SequenceNode {
				d.fail(n, "offices must be a list of {role, since, until}")
			} else {
				for _, on := range n.Content {
					om := d.mapping(on, officeFields, "an office")
					if om == nil {
						continue
					}
					role := d.str(om["role"], "role")
					if role == "" {
						d.fail(on, "an office needs a role")
						continue
					}
					if o, ok := d.office(role, om, time.Time{}, on); ok {
						e.Offices = append(e.Offices, o)
					}
				}
			}
		}
		e.Country = d.str(m["country"], "country")
		e.Kind = d.str(m["kind"], "kind")
		if typ == Place && e.Kind != "" && !placeKinds[e.Kind] {
			d.fail(m["kind"], "unknown place kind %q (known: %s)", e.Kind, known(placeKinds))
		}
		lat, okLat := d.float(m["lat"], "lat", -90, 90)
		lon, okLon := d.float(m["lon"], "lon", -180, 180)
		if okLat != okLon {
			d.fail(item, "lat and lon go together")
		}
		e.Lat, e.Lon, e.HasCoords = lat, lon, okLat && okLon
		e.Demonyms = d.list(m["demonyms"], "demonyms")
		e.Ambiguous = d.boolean(m["ambiguous"], "ambiguous")
		e.ID = ID(typ, e.Name)
		if prev := g.byID[e.ID]; prev != nil {
			// A later file (a user's) adds to an entry rather than clashing.
			prev.Aliases = appendNew(prev.Aliases, e.Aliases...)
			prev.Demonyms = appendNew(prev.Demonyms, e.Demonyms...)
			if e.Role != "" {
				prev.Role = e.Role
			}
			for _, o := range e.Offices {
				// the later file's dates for the same role win
				prev.Offices = slices.DeleteFunc(prev.Offices, func(p Office) bool { return p.Role == o.Role })
				prev.Offices = append(prev.Offices, o)
			}
			if e.Country != "" {
				prev.Country = e.Country
			}
			continue
		}
		g.byID[e.ID] = e
		g.Entries = append(g.Entries, e)
	}
}

func (d *decoder) topics(g *Gazetteer, n *yaml.Node, seen map[string]string) {
	if n == nil {
		return
	}
	if n.Kind != yaml.SequenceNode {
		d.fail(n, "topics must be a sequence")
		return
	}
	for _, item := range n.Content {
		m := d.mapping(item, topicFields, "a topic")
		if m == nil {
			continue
		}
		t := &Topic{Source: fmt.Sprintf("%s:%d", d.file, item.Line)}
		t.ID = d.str(m["id"], "id")
		t.Name = d.str(m["name"], "name")
		t.Keywords = d.list(m["keywords"], "keywords")
		t.Entities = d.list(m["entities"], "entities")
		t.Kinds = d.list(m["kinds"], "kinds")
		for _, k := range t.Kinds {
			if !slices.Contains(timeline.Kinds, timeline.Kind(k)) {
				d.fail(m["kinds"], "unknown kind %q in topic %q (known: %s)", k, t.ID, knownKinds())
			}
		}
		if t.ID == "" || Slug(t.ID) != t.ID {
			d.fail(item, "a topic needs an id of lowercase words joined by \"-\" (got %q)", t.ID)
			continue
		}
		if prev, dup := seen[t.ID]; dup {
			d.fail(item, "topic %q is already defined at %s", t.ID, prev)
			continue
		}
		seen[t.ID] = t.Source
		if t.Name == "" {
			t.Name = t.ID
		}
		g.Topics = append(g.Topics, t)
	}
}

// knownKinds lists the kinds of happening for an error message.
func knownKinds() string {
	var ks []string
	for _, k := range timeline.Kinds {
		ks = append(ks, string(k))
	}
	return strings.Join(ks, ", ")
}

func appendNew(list []string, add ...string) []string {
	for _, a := range add {
		dup := false
		for _, l := range list {
			if l == a {
				dup = true
				break
			}
		}
		if !dup {
			list = append(list, a)
		}
	}
	return list
}
