package storetest

import (
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"

	"github.com/storygraph/storygraph/graph"
	"github.com/storygraph/storygraph/timeline"
)

// shortNameArticle is one article whose single event involves the named
// entities, given as (id, name, type, aliases...) entities.
func shortNameArticle(id, event string, entities ...timeline.Entity) *timeline.Extraction {
	x := &timeline.Extraction{Article: timeline.Article{ID: id, Title: "Story " + id, ContentHash: "h-" + id, Published: "2026-03-02"}}
	ev := timeline.Event{ID: event, Date: "2026-03-02", Precision: "day", Kind: timeline.KindStatement,
		Summary: event, Sentence: event + "."}
	for _, e := range entities {
		e.Mentions = []timeline.Mention{{Text: e.Name, Start: 0, End: len(e.Name)}}
		if e.Aliases == nil {
			e.Aliases = []string{}
		}
		x.Entities = append(x.Entities, e)
		ev.Participants = append(ev.Participants, timeline.Participant{Name: e.Name, Type: e.Type, Role: timeline.RoleAgent})
	}
	x.Events = []timeline.Event{ev}
	return x
}

func shortNameEntity(typ timeline.EntityType, id, name string, aliases ...string) timeline.Entity {
	return timeline.Entity{ID: id, Name: name, Type: typ, Aliases: aliases, Discovered: true}
}

// testShortNames: an organisation or place that one article names by its
// full name with an alias ("Halden Motors Corporation (HMC)") and another
// names by that alias alone ("HMC") is one entity to a filter, whichever
// name the filter gives and in whatever order the articles came. A person
// named in full is also the person another article names by the surname
// alone, until the store names a second person in full with that surname.
func testShortNames(t *testing.T, fresh func(*testing.T) graph.Store) {
	org, person := timeline.Organization, timeline.Person
	full := shortNameArticle("a-full", "ev-full",
		shortNameEntity(org, "organization:halden-motors-corporation", "Halden Motors Corporation", "HMC", "Halden"),
		shortNameEntity(person, "person:maria-lindqvist", "Maria Lindqvist", "Lindqvist"))
	acronym := shortNameArticle("b-acronym", "ev-acronym",
		shortNameEntity(org, "organization:hmc", "HMC"),
		shortNameEntity(person, "person:oskar-berg", "Oskar Berg"))
	short := shortNameArticle("c-short", "ev-short", shortNameEntity(org, "organization:halden", "Halden"))
	// Not the company: a person whose surname is its short name, and a
	// person named by Lindqvist's surname alone.
	namesake := shortNameArticle("d-namesake", "ev-namesake",
		shortNameEntity(person, "person:ivar-halden", "Ivar Halden"),
		shortNameEntity(person, "person:lindqvist", "Lindqvist"))
	cases := []struct {
		entities []string
		want     []string
	}{
		{[]string{"Halden Motors Corporation"}, []string{"ev-acronym", "ev-full", "ev-short"}},
		{[]string{"hmc"}, []string{"ev-acronym", "ev-full", "ev-short"}},
		{[]string{"Oskar Berg", "Halden Motors Corporation"}, []string{"ev-acronym"}},
		{[]string{"Halden Motors Corporation", "Oskar Berg"}, []string{"ev-acronym"}},
		{[]string{"Maria Lindqvist"}, []string{"ev-full", "ev-namesake"}},
		{[]string{"Ivar Halden", "Maria Lindqvist"}, []string{"ev-namesake"}},
		{[]string{"Maria Lindqvist", "Ivar Halden"}, []string{"ev-namesake"}},
		{[]string{"Ivar Halden"}, []string{"ev-namesake"}},
		{[]string{"Lindqvist"}, []string{"ev-full", "ev-namesake"}},
	}
	// a second Lindqvist named in full: "Lindqvist" alone is either
	other := shortNameArticle("e-other", "ev-other", shortNameEntity(person, "person:erik-lindqvist", "Erik Lindqvist", "Lindqvist"))
	after := []struct {
		entities []string
		want     []string
	}{
		{[]string{"Maria Lindqvist"}, []string{"ev-full"}},
		{[]string{"Erik Lindqvist"}, []string{"ev-other"}},
		{[]string{"Ivar Halden", "Maria Lindqvist"}, nil},
		{[]string{"Lindqvist"}, []string{"ev-full", "ev-namesake", "ev-other"}},
	}
	for _, order := range [][]*timeline.Extraction{{full, acronym, short, namesake}, {namesake, short, acronym, full}} {
		s := fresh(t)
		for _, x := range order {
			put(t, s, x)
		}
		for _, c := range cases {
			if diff := cmp.Diff(c.want, ids(events(t, s, graph.Filter{Entities: c.entities}))); diff != "" {
				t.Errorf("Events(%q) (-want +got):\n%s", c.entities, diff)
			}
		}
		put(t, s, other)
		for _, c := range after {
			if diff := cmp.Diff(c.want, ids(events(t, s, graph.Filter{Entities: c.entities})), cmpopts.EquateEmpty()); diff != "" {
				t.Errorf("with Erik Lindqvist stored, Events(%q) (-want +got):\n%s", c.entities, diff)
			}
		}
	}
}
