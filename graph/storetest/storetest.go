// Package storetest is the conformance suite of graph.Store: every
// implementation's tests call Run, so the embedded store and Neo4j are held
// to the same written contract (graph/store.go) by the same cases, and the
// chronologies built from either are identical.
//
// The suite uses small hand-built extractions (fixtures.go), never the
// extraction pipeline, so a change in extraction cannot break a store's
// tests.
package storetest

import (
	"context"
	"encoding/json"
	"errors"
	"slices"
	"strings"
	"sync"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"

	"github.com/storygraph/storygraph/graph"
	"github.com/storygraph/storygraph/timeline"
)

// Run runs every behaviour of graph.Store as a subtest. open must return a
// new, empty, initialised-or-not store each time it is called (some
// subtests open two); Run closes each store when its subtest ends.
func Run(t *testing.T, open func(t *testing.T) graph.Store) {
	fresh := func(t *testing.T) graph.Store {
		t.Helper()
		s := open(t)
		t.Cleanup(func() {
			if err := s.Close(); err != nil {
				t.Errorf("Close: %v", err)
			}
		})
		return s
	}
	for _, c := range []struct {
		name string
		test func(t *testing.T, fresh func(*testing.T) graph.Store)
	}{
		{"Empty", testEmpty},
		{"InitIsIdempotent", testInitIsIdempotent},
		{"PutOutcomes", testPutOutcomes},
		{"PutEmptyBatch", testPutEmptyBatch},
		{"SameArticleTwiceInOneBatch", testSameArticleTwiceInOneBatch},
		{"UnchangedWritesNothing", testUnchangedWritesNothing},
		{"UpdateReplacesEvents", testUpdateReplacesEvents},
		{"Idempotent", testIdempotent},
		{"RecordsRoundTrip", testRecordsRoundTrip},
		{"ArticleRoundTrip", testArticleRoundTrip},
		{"ArticleNotFound", testArticleNotFound},
		{"Stats", testStats},
		{"EntitiesShareAliases", testEntitiesShareAliases},
		{"ShortNames", testShortNames},
		{"Filters", testFilters},
		{"InvalidFilter", testInvalidFilter},
		{"Reset", testReset},
		{"CanceledContextWritesNothing", testCanceledContextWritesNothing},
		{"InvalidBatchWritesNothing", testInvalidBatchWritesNothing},
		{"FailedUpdateKeepsEarlierVersion", testFailedUpdateKeepsEarlierVersion},
		{"Deterministic", testDeterministic},
		{"ConcurrentReads", testConcurrentReads},
	} {
		t.Run(c.name, func(t *testing.T) { c.test(t, fresh) })
	}
}

// Fixture event IDs, for reading the filter cases.
const (
	eDavosMeeting   = "evt-davos-meeting"
	eKyivHeating    = "evt-kyiv-heating"
	eKremlinMeeting = "evt-kremlin-meeting"
	ePeskov         = "evt-peskov-constructive"
	eAbuDhabiAgreed = "evt-abu-dhabi-agreed"
	eAbuDhabiTalks  = "evt-abu-dhabi-talks"
	eStrikes        = "evt-january-strikes"
	eZelenskyPutin  = "evt-zelensky-to-meet-putin"
	eDavosArrival   = "evt-davos-arrival"
)

var allEvents = []string{eAbuDhabiAgreed, eAbuDhabiTalks, eDavosMeeting, eStrikes, eKremlinMeeting,
	eKyivHeating, ePeskov, eZelenskyPutin}

// corpusStats is what the three fixture articles hold: entities are counted
// once however many articles mention them.
var corpusStats = graph.Stats{Articles: 3, Events: 8, Entities: 12, People: 6, Places: 5, Organizations: 1, Topics: 2}

func put(t *testing.T, s graph.Store, batch ...*timeline.Extraction) []graph.Outcome {
	t.Helper()
	out, err := s.Put(context.Background(), batch)
	if err != nil {
		t.Fatalf("Put: %v", err)
	}
	if len(out) != len(batch) {
		t.Fatalf("Put returned %d outcomes for %d extractions", len(out), len(batch))
	}
	return out
}

func events(t *testing.T, s graph.Store, f graph.Filter) []timeline.Record {
	t.Helper()
	rs, err := s.Events(context.Background(), f)
	if err != nil {
		t.Fatalf("Events(%+v): %v", f, err)
	}
	sortRecords(rs)
	return rs
}

func stats(t *testing.T, s graph.Store) graph.Stats {
	t.Helper()
	st, err := s.Stats(context.Background())
	if err != nil {
		t.Fatalf("Stats: %v", err)
	}
	return st
}

// sortRecords orders records fully (stores return them in any order).
func sortRecords(rs []timeline.Record) {
	slices.SortFunc(rs, func(a, b timeline.Record) int {
		if c := strings.Compare(a.Event.ID, b.Event.ID); c != 0 {
			return c
		}
		return strings.Compare(a.Article.ID, b.Article.ID)
	})
}

// recordsOf is what a store must return for the extractions' events.
func recordsOf(xs ...*timeline.Extraction) []timeline.Record {
	var rs []timeline.Record
	for _, x := range xs {
		for _, ev := range x.Events {
			rs = append(rs, timeline.Record{Event: ev, Article: timeline.SourceOf(x.Article)})
		}
	}
	sortRecords(rs)
	return rs
}

func ids(rs []timeline.Record) []string {
	out := []string{}
	for _, r := range rs {
		out = append(out, r.Event.ID)
	}
	slices.Sort(out)
	return out
}

func testEmpty(t *testing.T, fresh func(*testing.T) graph.Store) {
	s := fresh(t)
	if got := events(t, s, graph.Filter{}); len(got) != 0 {
		t.Errorf("Events of an empty store: %d records", len(got))
	}
	if got := stats(t, s); got != (graph.Stats{}) {
		t.Errorf("Stats of an empty store = %+v, want zeros", got)
	}
}

func testInitIsIdempotent(t *testing.T, fresh func(*testing.T) graph.Store) {
	s := fresh(t)
	ctx := context.Background()
	if err := s.Init(ctx); err != nil {
		t.Fatalf("Init: %v", err)
	}
	put(t, s, davos())
	if err := s.Init(ctx); err != nil {
		t.Fatalf("second Init: %v", err)
	}
	if got := stats(t, s).Articles; got != 1 {
		t.Errorf("after a second Init, %d articles stored, want 1", got)
	}
}

func testPutOutcomes(t *testing.T, fresh func(*testing.T) graph.Store) {
	s := fresh(t)
	for _, c := range []struct {
		batch []*timeline.Extraction
		want  []graph.Outcome
	}{
		{[]*timeline.Extraction{davos(), moscow()}, []graph.Outcome{graph.New, graph.New}},
		{[]*timeline.Extraction{davos()}, []graph.Outcome{graph.Unchanged}},
		{[]*timeline.Extraction{abuDhabi(), davosUpdated(), moscow()}, []graph.Outcome{graph.New, graph.Updated, graph.Unchanged}},
		{[]*timeline.Extraction{davos()}, []graph.Outcome{graph.Updated}}, // back to the first version
	} {
		if diff := cmp.Diff(c.want, put(t, s, c.batch...)); diff != "" {
			t.Errorf("outcomes (-want +got):\n%s", diff)
		}
	}
	if diff := cmp.Diff(recordsOf(corpus()...), events(t, s, graph.Filter{})); diff != "" {
		t.Errorf("events after the puts (-want +got):\n%s", diff)
	}
}

func testPutEmptyBatch(t *testing.T, fresh func(*testing.T) graph.Store) {
	s := fresh(t)
	out, err := s.Put(context.Background(), nil)
	if err != nil || len(out) != 0 {
		t.Errorf("Put(nil) = %v, %v; want no outcomes, no error", out, err)
	}
}

func testSameArticleTwiceInOneBatch(t *testing.T, fresh func(*testing.T) graph.Store) {
	s := fresh(t)
	got := put(t, s, davos(), davos(), davosUpdated())
	if diff := cmp.Diff([]graph.Outcome{graph.New, graph.Unchanged, graph.Updated}, got); diff != "" {
		t.Errorf("outcomes (-want +got):\n%s", diff)
	}
	if diff := cmp.Diff(recordsOf(davosUpdated()), events(t, s, graph.Filter{})); diff != "" {
		t.Errorf("events: the last version must win (-want +got):\n%s", diff)
	}
}

// An article stored again under the same content hash is not rewritten,
// even when the extraction differs (say, a newer extractor).
func testUnchangedWritesNothing(t *testing.T, fresh func(*testing.T) graph.Store) {
	s := fresh(t)
	put(t, s, davos())
	x := davos()
	x.Article.Title = "A title that must not be stored"
	x.Events = x.Events[:1]
	if got := put(t, s, x); got[0] != graph.Unchanged {
		t.Fatalf("outcome %q, want %q", got[0], graph.Unchanged)
	}
	a, err := s.Article(context.Background(), davosID)
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(davos(), a); diff != "" {
		t.Errorf("stored article changed (-want +got):\n%s", diff)
	}
	if diff := cmp.Diff(recordsOf(davos()), events(t, s, graph.Filter{})); diff != "" {
		t.Errorf("events changed (-want +got):\n%s", diff)
	}
}

// An updated article replaces its events, their links and its mentions:
// nothing of the earlier version is found by any filter, and entities
// only the earlier version mentioned are gone.
func testUpdateReplacesEvents(t *testing.T, fresh func(*testing.T) graph.Store) {
	s := fresh(t)
	put(t, s, davos())
	if got := put(t, s, davosUpdated()); got[0] != graph.Updated {
		t.Fatalf("outcome %q, want %q", got[0], graph.Updated)
	}
	if diff := cmp.Diff(recordsOf(davosUpdated()), events(t, s, graph.Filter{})); diff != "" {
		t.Errorf("events (-want +got):\n%s", diff)
	}
	for _, f := range []graph.Filter{
		{Entities: []string{"Kushner"}},      // dropped participant
		{Topics: []string{"energy-strikes"}}, // dropped event
		{Places: []string{"Kyiv"}},           // dropped event's place
		{Entities: []string{"Witkoff", "Zelenskyy", "Kushner"}},
	} {
		if got := ids(events(t, s, f)); len(got) != 0 {
			t.Errorf("Events(%+v) = %v, want none: stale links of the earlier version", f, got)
		}
	}
	if diff := cmp.Diff([]string{eDavosArrival, eDavosMeeting}, ids(events(t, s, graph.Filter{Entities: []string{"Witkoff"}}))); diff != "" {
		t.Errorf("Events(Witkoff) (-want +got):\n%s", diff)
	}
	// Stats are those of a store that only ever saw the update.
	other := fresh(t)
	put(t, other, davosUpdated())
	if diff := cmp.Diff(stats(t, other), stats(t, s)); diff != "" {
		t.Errorf("Stats after the update (-fresh store +updated store):\n%s", diff)
	}
	a, err := s.Article(context.Background(), davosID)
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(davosUpdated(), a); diff != "" {
		t.Errorf("Article (-want +got):\n%s", diff)
	}
}

func testIdempotent(t *testing.T, fresh func(*testing.T) graph.Store) {
	s := fresh(t)
	put(t, s, corpus()...)
	evs, st := events(t, s, graph.Filter{}), stats(t, s)
	got := put(t, s, corpus()...)
	if diff := cmp.Diff([]graph.Outcome{graph.Unchanged, graph.Unchanged, graph.Unchanged}, got); diff != "" {
		t.Errorf("outcomes of the second put (-want +got):\n%s", diff)
	}
	if diff := cmp.Diff(evs, events(t, s, graph.Filter{})); diff != "" {
		t.Errorf("events changed by the second put (-first +second):\n%s", diff)
	}
	if diff := cmp.Diff(st, stats(t, s)); diff != "" {
		t.Errorf("Stats changed by the second put (-first +second):\n%s", diff)
	}
}

// Records come back exactly as put, with their article's citation.
func testRecordsRoundTrip(t *testing.T, fresh func(*testing.T) graph.Store) {
	s := fresh(t)
	put(t, s, corpus()...)
	got := events(t, s, graph.Filter{})
	if diff := cmp.Diff(recordsOf(corpus()...), got); diff != "" {
		t.Errorf("Events (-put +stored):\n%s", diff)
	}
	// Byte-exact through JSON too, so chronologies render identically.
	want, _ := json.Marshal(recordsOf(corpus()...))
	gotJSON, _ := json.Marshal(got)
	if string(want) != string(gotJSON) {
		t.Errorf("Events as JSON differ from what was put:\nput:    %s\nstored: %s", want, gotJSON)
	}
}

func testArticleRoundTrip(t *testing.T, fresh func(*testing.T) graph.Store) {
	s := fresh(t)
	put(t, s, corpus()...)
	for _, want := range corpus() {
		got, err := s.Article(context.Background(), want.Article.ID)
		if err != nil {
			t.Errorf("Article(%q): %v", want.Article.ID, err)
			continue
		}
		if diff := cmp.Diff(want, got); diff != "" {
			t.Errorf("Article(%q) (-put +stored):\n%s", want.Article.ID, diff)
		}
	}
}

func testArticleNotFound(t *testing.T, fresh func(*testing.T) graph.Store) {
	s := fresh(t)
	put(t, s, davos())
	for _, id := range []string{moscowID, "", strings.ToUpper(davosID)} {
		x, err := s.Article(context.Background(), id)
		if !errors.Is(err, graph.ErrNotFound) {
			t.Errorf("Article(%q) = %v, %v; want an error wrapping graph.ErrNotFound", id, x, err)
		}
	}
}

func testStats(t *testing.T, fresh func(*testing.T) graph.Store) {
	s := fresh(t)
	put(t, s, davos())
	want := graph.Stats{Articles: 1, Events: 2, Entities: 5, People: 3, Places: 2, Topics: 2}
	if diff := cmp.Diff(want, stats(t, s)); diff != "" {
		t.Errorf("Stats after one article (-want +got):\n%s", diff)
	}
	put(t, s, moscow(), abuDhabi())
	if diff := cmp.Diff(corpusStats, stats(t, s)); diff != "" {
		t.Errorf("Stats after the corpus (-want +got):\n%s", diff)
	}
}

// Entities are shared by ID: an alias only one article gives finds the
// entity's events in every article.
func testEntitiesShareAliases(t *testing.T, fresh func(*testing.T) graph.Store) {
	for _, order := range [][]*timeline.Extraction{corpus(), {abuDhabi(), moscow(), davos()}} {
		s := fresh(t)
		put(t, s, order...)
		want := []string{eAbuDhabiAgreed, eAbuDhabiTalks, eDavosMeeting, eKremlinMeeting}
		for _, name := range []string{"Special Envoy Witkoff", "Steven Witkoff"} {
			if diff := cmp.Diff(want, ids(events(t, s, graph.Filter{Entities: []string{name}}))); diff != "" {
				t.Errorf("Events(%q) (-want +got):\n%s", name, diff)
			}
		}
	}
}

// filterCases are checked against the three fixture articles.
var filterCases = []struct {
	name string
	f    graph.Filter
	want []string
}{
	{"none", graph.Filter{}, allEvents},

	{"topic", graph.Filter{Topics: []string{"energy-strikes"}}, []string{eStrikes, eKyivHeating}},
	{"topics are or", graph.Filter{Topics: []string{"energy-strikes", "peace-negotiations"}}, allEvents},
	{"topic unknown", graph.Filter{Topics: []string{"ceasefire"}}, nil},

	{"entity canonical", graph.Filter{Entities: []string{"Steve Witkoff"}}, []string{eAbuDhabiAgreed, eAbuDhabiTalks, eDavosMeeting, eKremlinMeeting}},
	{"entity surname", graph.Filter{Entities: []string{"Witkoff"}}, []string{eAbuDhabiAgreed, eAbuDhabiTalks, eDavosMeeting, eKremlinMeeting}},
	{"entity alias", graph.Filter{Entities: []string{"Steven Witkoff"}}, []string{eAbuDhabiAgreed, eAbuDhabiTalks, eDavosMeeting, eKremlinMeeting}},
	{"entity alias lower case", graph.Filter{Entities: []string{"zelensky"}}, []string{eDavosMeeting, eKyivHeating, eZelenskyPutin}},
	{"entity upper case", graph.Filter{Entities: []string{"ZELENSKYY"}}, []string{eDavosMeeting, eKyivHeating, eZelenskyPutin}},
	{"entity diacritics", graph.Filter{Entities: []string{"Volodymyr Zelénskyy"}}, []string{eDavosMeeting, eKyivHeating, eZelenskyPutin}},
	{"entity possessive", graph.Filter{Entities: []string{"Zelenskyy's"}}, []string{eDavosMeeting, eKyivHeating, eZelenskyPutin}},
	{"entity other script", graph.Filter{Entities: []string{"Володимир Зеленський"}}, []string{eDavosMeeting, eKyivHeating, eZelenskyPutin}},
	{"entity organisation", graph.Filter{Entities: []string{"kremlin"}}, []string{ePeskov}},
	{"entity place participant", graph.Filter{Entities: []string{"Kiev"}}, []string{eStrikes, eKyivHeating}},
	{"entity first name alone", graph.Filter{Entities: []string{"Vladimir"}}, nil},
	{"entity unknown", graph.Filter{Entities: []string{"Marco Rubio"}}, nil},
	{"entities are and", graph.Filter{Entities: []string{"Witkoff", "Putin"}}, []string{eAbuDhabiAgreed, eKremlinMeeting}},
	{"entities are and, one event", graph.Filter{Entities: []string{"witkoff", "Zelensky"}}, []string{eDavosMeeting}},
	{"entities are and, none", graph.Filter{Entities: []string{"Kushner", "Zelensky", "Putin"}}, nil},

	{"place", graph.Filter{Places: []string{"Davos"}}, []string{eDavosMeeting}},
	{"place alias", graph.Filter{Places: []string{"Moskva"}}, []string{eKremlinMeeting, ePeskov}},
	{"place alias of a second place", graph.Filter{Places: []string{"kharkov"}}, []string{eStrikes}},
	{"place as written", graph.Filter{Places: []string{"ABU DHABI"}}, []string{eAbuDhabiAgreed, eAbuDhabiTalks}},
	{"places are or", graph.Filter{Places: []string{"Davos", "Moscow"}}, []string{eDavosMeeting, eKremlinMeeting, ePeskov}},
	{"place is not a participant", graph.Filter{Places: []string{"Witkoff"}}, nil},

	{"kind", graph.Filter{Kinds: []timeline.Kind{timeline.KindMeeting}}, []string{eDavosMeeting, eKremlinMeeting, eZelenskyPutin}},
	{"kinds are or", graph.Filter{Kinds: []timeline.Kind{timeline.KindMeeting, timeline.KindNegotiation}}, []string{eAbuDhabiTalks, eDavosMeeting, eKremlinMeeting, eZelenskyPutin}},

	{"one day", graph.Filter{From: "2026-01-22", To: "2026-01-22"}, []string{eAbuDhabiAgreed, eDavosMeeting, eStrikes, eKremlinMeeting, eKyivHeating}},
	{"from only", graph.Filter{From: "2026-01-23"}, []string{eAbuDhabiTalks, eStrikes, ePeskov}},
	{"to only", graph.Filter{To: "2026-01-21"}, []string{eStrikes}},
	{"range overlaps end of range", graph.Filter{From: "2026-01-24", To: "2026-01-31"}, []string{eAbuDhabiTalks, eStrikes}},
	{"month overlaps", graph.Filter{From: "2026-01-31", To: "2026-02-28"}, []string{eStrikes}},
	{"after everything", graph.Filter{From: "2026-02-01"}, nil},
	{"before everything", graph.Filter{From: "2025-12-01", To: "2025-12-31"}, nil},

	{"status", graph.Filter{Statuses: []timeline.Status{timeline.StatusOngoing}}, []string{eStrikes}},
	{"statuses are or", graph.Filter{Statuses: []timeline.Status{timeline.StatusScheduled, timeline.StatusOngoing}}, []string{eStrikes, eZelenskyPutin}},
	{"status happened", graph.Filter{Statuses: []timeline.Status{timeline.StatusHappened}},
		[]string{eAbuDhabiAgreed, eAbuDhabiTalks, eDavosMeeting, eKremlinMeeting, eKyivHeating, ePeskov}},
	{"certainty", graph.Filter{Certainties: []timeline.Certainty{timeline.CertaintyClaimed}}, []string{eKyivHeating, ePeskov}},
	{"certainties are or", graph.Filter{Certainties: []timeline.Certainty{timeline.CertaintySpeculative, timeline.CertaintyClaimed}},
		[]string{eKyivHeating, ePeskov, eZelenskyPutin}},

	{"source", graph.Filter{Sources: []string{"Reuters"}}, []string{eAbuDhabiAgreed, eKremlinMeeting, ePeskov}},
	{"source folded", graph.Filter{Sources: []string{"the kyiv  INDEPENDENT"}}, []string{eDavosMeeting, eKyivHeating}},
	{"sources are or", graph.Filter{Sources: []string{"reuters", "Liabooks PRISM News"}},
		[]string{eAbuDhabiAgreed, eAbuDhabiTalks, eKremlinMeeting, eStrikes, ePeskov, eZelenskyPutin}},
	{"source is a whole name", graph.Filter{Sources: []string{"Kyiv"}}, nil},
	{"source unknown", graph.Filter{Sources: []string{"Pravda"}}, nil},

	{"as-of a day", graph.Filter{AsOf: "2026-01-22"}, []string{eDavosMeeting, eKyivHeating}},
	// what was known on the 23rd: the strikes of January were reported on the 24th
	{"as-of keeps articles, not event dates", graph.Filter{AsOf: "2026-01-23"},
		[]string{eAbuDhabiAgreed, eDavosMeeting, eKremlinMeeting, eKyivHeating, ePeskov}},
	{"as-of a month", graph.Filter{AsOf: "2026-01"}, allEvents},
	{"as-of before everything", graph.Filter{AsOf: "2026-01-21"}, nil},
	{"status certainty source as-of entity", graph.Filter{
		Statuses: []timeline.Status{timeline.StatusHappened}, Certainties: []timeline.Certainty{timeline.CertaintyAsserted},
		Sources: []string{"reuters"}, AsOf: "2026-01-23", Entities: []string{"Witkoff"},
	}, []string{eAbuDhabiAgreed, eKremlinMeeting}},

	{"article", graph.Filter{Articles: []string{moscowID}}, []string{eAbuDhabiAgreed, eKremlinMeeting, ePeskov}},
	{"articles are or", graph.Filter{Articles: []string{davosID, abuID}}, []string{eAbuDhabiTalks, eDavosMeeting, eStrikes, eKyivHeating, eZelenskyPutin}},
	{"article unknown", graph.Filter{Articles: []string{"https://example.com/"}}, nil},

	{"topic entity place", graph.Filter{Topics: []string{"peace-negotiations"}, Entities: []string{"Witkoff"}, Places: []string{"Abu Dhabi"}},
		[]string{eAbuDhabiAgreed, eAbuDhabiTalks}},
	{"kind day entity", graph.Filter{Kinds: []timeline.Kind{timeline.KindMeeting}, From: "2026-01-22", To: "2026-01-22", Entities: []string{"zelensky"}},
		[]string{eDavosMeeting}},
	{"article topic", graph.Filter{Articles: []string{moscowID}, Topics: []string{"energy-strikes"}}, nil},
	{"entity place", graph.Filter{Entities: []string{"Kyiv"}, Places: []string{"Kharkiv"}}, []string{eStrikes}},
	{"every field", graph.Filter{
		Topics: []string{"peace-negotiations"}, Entities: []string{"Witkoff"}, Places: []string{"Moscow", "Davos"},
		Kinds: []timeline.Kind{timeline.KindMeeting}, From: "2026-01-22", To: "2026-01-22", Articles: []string{davosID, moscowID},
	}, []string{eDavosMeeting, eKremlinMeeting}},
}

func testFilters(t *testing.T, fresh func(*testing.T) graph.Store) {
	s := fresh(t)
	put(t, s, corpus()...)
	all := recordsOf(corpus()...)
	for _, c := range filterCases {
		t.Run(c.name, func(t *testing.T) {
			got := events(t, s, c.f)
			want := []timeline.Record{}
			for _, r := range all {
				if slices.Contains(c.want, r.Event.ID) {
					want = append(want, r)
				}
			}
			if len(want) != len(c.want) {
				t.Fatalf("case names events %v that the fixtures do not have", c.want)
			}
			if diff := cmp.Diff(ids(want), ids(got)); diff != "" {
				t.Fatalf("Events(%+v) ids (-want +got):\n%s", c.f, diff)
			}
			if diff := cmp.Diff(want, got, cmpopts.EquateEmpty()); diff != "" {
				t.Errorf("Events(%+v) records (-want +got):\n%s", c.f, diff)
			}
		})
	}
}

// testInvalidFilter: Events refuses a filter Validate refuses, with the
// same error on every store, rather than answering it with nothing.
func testInvalidFilter(t *testing.T, fresh func(*testing.T) graph.Store) {
	s := fresh(t)
	put(t, s, corpus()...)
	for _, c := range []struct {
		f    graph.Filter
		want error
	}{
		{graph.Filter{Kinds: []timeline.Kind{"party"}}, graph.ErrUnknownKind},
		{graph.Filter{From: "yesterday"}, graph.ErrNotADate},
		{graph.Filter{To: "2026-13"}, graph.ErrNotADate},
		{graph.Filter{From: "2026-02", To: "2026-01"}, graph.ErrEmptyRange},
		{graph.Filter{Statuses: []timeline.Status{"done"}}, graph.ErrUnknownStatus},
		{graph.Filter{Certainties: []timeline.Certainty{"sure"}}, graph.ErrUnknownCertainty},
		{graph.Filter{AsOf: "last week"}, graph.ErrNotADate},
	} {
		recs, err := s.Events(context.Background(), c.f)
		if !errors.Is(err, c.want) || recs != nil {
			t.Errorf("Events(%+v) = %d records, %v; want the error %v", c.f, len(recs), err, c.want)
		}
	}
}

func testReset(t *testing.T, fresh func(*testing.T) graph.Store) {
	s := fresh(t)
	ctx := context.Background()
	put(t, s, corpus()...)
	if err := s.Reset(ctx); err != nil {
		t.Fatalf("Reset: %v", err)
	}
	if got := stats(t, s); got != (graph.Stats{}) {
		t.Errorf("Stats after Reset = %+v, want zeros", got)
	}
	if got := events(t, s, graph.Filter{}); len(got) != 0 {
		t.Errorf("Events after Reset: %d records", len(got))
	}
	if got := events(t, s, graph.Filter{Entities: []string{"Witkoff"}}); len(got) != 0 {
		t.Errorf("Events(Witkoff) after Reset: %d records", len(got))
	}
	if _, err := s.Article(ctx, davosID); !errors.Is(err, graph.ErrNotFound) {
		t.Errorf("Article after Reset: %v, want graph.ErrNotFound", err)
	}
	// The schema stays: the store takes the corpus again, as new.
	if diff := cmp.Diff([]graph.Outcome{graph.New, graph.New, graph.New}, put(t, s, corpus()...)); diff != "" {
		t.Errorf("outcomes after Reset (-want +got):\n%s", diff)
	}
	if diff := cmp.Diff(corpusStats, stats(t, s)); diff != "" {
		t.Errorf("Stats after Reset and put (-want +got):\n%s", diff)
	}
}

func testCanceledContextWritesNothing(t *testing.T, fresh func(*testing.T) graph.Store) {
	s := fresh(t)
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if out, err := s.Put(ctx, corpus()); err == nil {
		t.Fatalf("Put with a canceled context = %v, nil; want an error", out)
	}
	if got := stats(t, s); got != (graph.Stats{}) {
		t.Errorf("Stats after a canceled Put = %+v, want zeros", got)
	}
}

func testInvalidBatchWritesNothing(t *testing.T, fresh func(*testing.T) graph.Store) {
	noID := abuDhabi()
	noID.Article.ID = ""
	noEntityID := abuDhabi()
	noEntityID.Entities[1].ID = ""
	for _, c := range []struct {
		name string
		bad  *timeline.Extraction
	}{{"empty article id", noID}, {"empty entity id", noEntityID}, {"nil extraction", nil}} {
		t.Run(c.name, func(t *testing.T) {
			s := fresh(t)
			if out, err := s.Put(context.Background(), []*timeline.Extraction{davos(), moscow(), c.bad}); err == nil {
				t.Fatalf("Put = %v, nil; want an error", out)
			}
			if got := stats(t, s); got != (graph.Stats{}) {
				t.Errorf("Stats after a failed Put = %+v, want zeros", got)
			}
			if _, err := s.Article(context.Background(), davosID); !errors.Is(err, graph.ErrNotFound) {
				t.Errorf("Article(davos) after a failed Put: %v, want graph.ErrNotFound", err)
			}
		})
	}
}

// A failed batch that would have updated an article leaves the earlier
// version whole.
func testFailedUpdateKeepsEarlierVersion(t *testing.T, fresh func(*testing.T) graph.Store) {
	s := fresh(t)
	put(t, s, davos())
	before, st := events(t, s, graph.Filter{}), stats(t, s)
	bad := moscow()
	bad.Article.ID = ""
	if out, err := s.Put(context.Background(), []*timeline.Extraction{davosUpdated(), bad}); err == nil {
		t.Fatalf("Put = %v, nil; want an error", out)
	}
	if diff := cmp.Diff(before, events(t, s, graph.Filter{})); diff != "" {
		t.Errorf("events after a failed update (-before +after):\n%s", diff)
	}
	if diff := cmp.Diff(st, stats(t, s)); diff != "" {
		t.Errorf("Stats after a failed update (-before +after):\n%s", diff)
	}
	a, err := s.Article(context.Background(), davosID)
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(davos(), a); diff != "" {
		t.Errorf("Article after a failed update (-want +got):\n%s", diff)
	}
	// Running the batch again, fixed, finishes the job.
	if diff := cmp.Diff([]graph.Outcome{graph.Updated, graph.New}, put(t, s, davosUpdated(), moscow())); diff != "" {
		t.Errorf("outcomes of the retried batch (-want +got):\n%s", diff)
	}
}

// The same puts on two fresh stores give byte-identical Events and equal
// Stats, for every filter.
func testDeterministic(t *testing.T, fresh func(*testing.T) graph.Store) {
	a, b := fresh(t), fresh(t)
	for _, s := range []graph.Store{a, b} {
		put(t, s, davos(), moscow())
		put(t, s, davosUpdated(), abuDhabi())
		put(t, s, davos())
	}
	for _, c := range filterCases {
		ja, _ := json.Marshal(events(t, a, c.f))
		jb, _ := json.Marshal(events(t, b, c.f))
		if string(ja) != string(jb) {
			t.Errorf("%s: Events differ between two stores given the same puts:\n%s\n%s", c.name, ja, jb)
		}
	}
	if diff := cmp.Diff(stats(t, a), stats(t, b)); diff != "" {
		t.Errorf("Stats differ between two stores given the same puts:\n%s", diff)
	}
	if diff := cmp.Diff(corpusStats, stats(t, a)); diff != "" {
		t.Errorf("Stats (-want +got):\n%s", diff)
	}
}

func testConcurrentReads(t *testing.T, fresh func(*testing.T) graph.Store) {
	s := fresh(t)
	put(t, s, corpus()...)
	want := recordsOf(corpus()...)
	ctx := context.Background()
	var wg sync.WaitGroup
	errs := make(chan error, 8*3)
	for range 8 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			rs, err := s.Events(ctx, graph.Filter{})
			if err == nil {
				sortRecords(rs)
				if !cmp.Equal(want, rs) {
					err = errors.New("concurrent Events returned other records")
				}
			}
			errs <- err
			_, err = s.Stats(ctx)
			errs <- err
			_, err = s.Article(ctx, moscowID)
			errs <- err
		}()
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		if err != nil {
			t.Error(err)
		}
	}
}
