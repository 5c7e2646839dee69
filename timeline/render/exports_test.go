package render_test

import (
	"bytes"
	"encoding/json"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	ics "github.com/arran4/golang-ical"
	"github.com/paulmach/orb"
	"github.com/paulmach/orb/geojson"

	"github.com/storygraph/storygraph/timeline"
	"github.com/storygraph/storygraph/timeline/chronology"
	"github.com/storygraph/storygraph/timeline/internal/golden"
	"github.com/storygraph/storygraph/timeline/render"
	"github.com/storygraph/storygraph/timeline/timex"
)

// exportNow is the "now" the tests pass for iCalendar's DTSTAMP.
var exportNow = time.Date(2026, 3, 1, 10, 0, 0, 0, time.UTC)

// exportFixture is a small chronology with every case the export formats
// treat apart: a week, a range whose sources disagree (date_conflict), a
// day at a GMT clock time with text that needs escaping and two sources, a
// second entry on that day, a month, a day in Kyiv time in summer, a day in
// local time, and an undated entry; places with and without coordinates
// (see exportPlaces), and an entry with no place.
func exportFixture() render.Chronology {
	wire := timeline.Source{ID: "https://example.com/davos?open", Title: "Davos, day two: “one last issue”",
		URL: "https://example.com/davos?open", Source: "Example Wire", Published: "2026-01-22"}
	post := timeline.Source{ID: "sha256:0f1e", Title: "Kyiv; after the strikes", Source: "Kyiv Post", Published: "2026-02-04"}
	daily := timeline.Source{ID: "https://daily.example.org/talks", Title: "Talks in Moscow", URL: "https://daily.example.org/talks",
		Source: "Daily Example", Published: "2026-02-03"}
	person := func(names ...string) []timeline.Participant {
		var ps []timeline.Participant
		for _, n := range names {
			ps = append(ps, timeline.Participant{Name: n, Type: timeline.Person, Role: timeline.RoleAgent})
		}
		return ps
	}
	report := func(id string, a timeline.Source, sentence, date string, p timex.Precision) chronology.Report {
		return chronology.Report{EventID: id, Article: a, Sentence: sentence, Date: date, Precision: p, DateBasis: timeline.BasisText}
	}
	entry := func(id, date string, p timex.Precision, kind timeline.Kind, summary string, places []string, ps []timeline.Participant, rs ...chronology.Report) chronology.Entry {
		return chronology.Entry{ID: id, Date: date, Precision: p, DateLabel: chronology.DateLabel(date, p), Kind: kind,
			Status: timeline.StatusHappened, Certainty: timeline.CertaintyAsserted, Summary: summary, Places: places,
			Participants: ps, Topics: []string{"peace-negotiations"}, Sources: rs}
	}
	odesa := entry("ev:odesa-week", "2026-01-19/2026-01-25", timex.Week, timeline.KindAttack,
		"A drone attack in Odesa claimed the life of a 17-year-old this week.", []string{"Odesa"}, nil,
		report("ev:odesa-week", wire, "A drone attack in Odesa claimed the life of a 17-year-old this week.", "2026-01-19/2026-01-25", timex.Week))
	talks := entry("ev:talks-range", "2026-01-20/2026-02-03", timex.Range, timeline.KindNegotiation,
		"Witkoff and Kushner held talks with Putin in Moscow.", []string{"Moscow"}, person("Steve Witkoff", "Jared Kushner", "Vladimir Putin"),
		report("ev:talks-range", wire, "Witkoff and Kushner held talks with Putin in Moscow on Tuesday.", "2026-01-20", timex.Day),
		report("ev:talks-range-2", daily, "Witkoff and Kushner met Putin in Moscow on Tuesday, the Kremlin said.", "2026-02-03", timex.Day))
	talks.DateConflict = true
	noon := entry("ev:davos-noon", "2026-01-22", timex.Day, timeline.KindMeeting,
		`Trump and Zelenskyy meet: "one last issue"; agenda #1, 50% agreed \ more <soon> & later`,
		[]string{"Davos", "Swiss Alps"}, append(person("Donald Trump", "Volodymyr Zelenskyy"),
			timeline.Participant{Name: "World Economic Forum", Type: timeline.Organization, Role: timeline.RoleSubject}),
		report("ev:davos-noon", wire, "The stakes couldn’t be higher for the meeting between Donald Trump and Volodymyr Zelenskyy, "+
			"scheduled for 12:00 GMT in Davos — high in the Swiss Alps; both sides said so, again.", "2026-01-22", timex.Day),
		report("ev:davos-noon-2", post, "Zelenskyy will meet Trump in Davos at noon GMT.\nHe said: “we are ready”.", "2026-01-22", timex.Day),
		report("ev:davos-noon-3", wire, "The stakes couldn’t be higher for the meeting between Donald Trump and Volodymyr Zelenskyy, "+
			"scheduled for 12:00 GMT in Davos — high in the Swiss Alps; both sides said so, again.", "2026-01-22", timex.Day))
	noon.Time, noon.Timezone, noon.Status = "12:00", "GMT", timeline.StatusScheduled
	forum := entry("ev:davos-statement", "2026-01-22", timex.Day, timeline.KindStatement,
		"Witkoff spoke of optimism at the forum.", []string{"Davos"}, person("Steve Witkoff"),
		report("ev:davos-statement", wire, "Witkoff spoke of optimism at the forum.", "2026-01-22", timex.Day))
	month := entry("ev:kyiv-month", "2026-02", timex.Month, timeline.KindStatement,
		"Zelenskyy and Witkoff discussed security guarantees.", []string{"Kyiv", "Pokrovske Village"}, person("Volodymyr Zelenskyy", "Steve Witkoff"),
		report("ev:kyiv-month", post, "In February, Zelenskyy and Witkoff reportedly discussed security guarantees.", "2026-02", timex.Month))
	month.Certainty = timeline.CertaintyClaimed
	july := entry("ev:kyiv-july", "2026-07-15", timex.Day, timeline.KindMeeting,
		"Zelenskyy and Putin are to meet in Kyiv.", []string{"Kyiv"}, person("Volodymyr Zelenskyy", "Vladimir Putin"),
		report("ev:kyiv-july", post, "Zelenskyy and Putin are to meet in Kyiv at 15:30 Kyiv time.", "2026-07-15", timex.Day))
	july.Time, july.Timezone = "15:30", "Kyiv time"
	local := entry("ev:local", "2026-07-16", timex.Day, timeline.KindTravel,
		"Witkoff and Kushner fly home.", nil, person("Steve Witkoff", "Jared Kushner"),
		report("ev:local", daily, "Witkoff and Kushner fly home at 09:00 local time.", "2026-07-16", timex.Day))
	local.Time, local.Timezone = "09:00", "local time"
	undated := entry("ev:undated", "", timex.Unknown, timeline.KindProposal,
		"Putin proposed a freeze of the front in Donbas.", []string{"Donbas"}, person("Vladimir Putin", "Steve Witkoff"),
		report("ev:undated", daily, "Putin proposed a freeze of the front in Donbas, Witkoff said.", "", timex.Unknown))
	return render.Chronology{Title: "Peace talks: test; #1", Entries: []chronology.Entry{odesa, talks, noon, forum, month, july, local, undated}}
}

// exportPlaces locates the fixture's places; Swiss Alps, Pokrovske
// Village and Donbas are left unlocated on purpose.
func exportPlaces(place string) (float64, float64, bool) {
	c, ok := map[string][2]float64{
		"Odesa": {30.7233, 46.4825}, "Davos": {9.8365, 46.8027}, "Moscow": {37.6173, 55.7558}, "Kyiv": {30.5234, 50.4501},
	}[place]
	return c[0], c[1], ok
}

// exportRender renders c with each export format through render.Write,
// by name, as the CLI does.
func exportRender(t *testing.T, c render.Chronology, locate render.Locator) map[string][]byte {
	t.Helper()
	c.Now, c.Locate = exportNow, locate
	out := map[string][]byte{}
	for _, name := range render.Formats {
		if name == "html" { // the page has its own tests and goldens
			continue
		}
		var b bytes.Buffer
		if err := render.Write(&b, name, c); err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		out[name] = b.Bytes()
	}
	return out
}

// TestExportGoldens: testdata/exports-fixture.* hold the fixture in every
// format but the web page (the sample's are sample.* of TestGolden): its
// merged entries show each sentence and article once.
// Refresh with go test ./timeline/render/ -update and review them by eye.
func TestExportGoldens(t *testing.T) {
	for ext, b := range exportRender(t, exportFixture(), exportPlaces) {
		t.Run(ext, func(t *testing.T) {
			golden.Check(t, filepath.Join("testdata", "exports-fixture."+ext), b)
		})
	}
}

// icsLines checks the physical form of an iCalendar object (CRLF line
// ends, lines of at most 75 octets, no UTF-8 sequence split by folding)
// and returns its unfolded content lines.
func icsLines(t *testing.T, b []byte) []string {
	t.Helper()
	s := string(b)
	if !strings.HasSuffix(s, "\r\n") || strings.Contains(strings.ReplaceAll(s, "\r\n", ""), "\n") ||
		strings.Contains(strings.ReplaceAll(s, "\r\n", ""), "\r") {
		t.Fatal("iCalendar lines must end with CRLF, and only there")
	}
	var lines []string
	prev := ""
	for _, l := range strings.Split(strings.TrimSuffix(s, "\r\n"), "\r\n") {
		if strings.HasPrefix(l, " ") && (len(prev)-len(strings.TrimRight(prev, `\`)))%2 == 1 {
			t.Errorf("folding split an escape: %q / %q", prev, l)
		}
		prev = l
		if len(l) > 75 {
			t.Errorf("line of %d octets, more than 75: %q", len(l), l)
		}
		if !utf8.ValidString(l) {
			t.Errorf("folding split a UTF-8 sequence: %q", l)
		}
		if strings.HasPrefix(l, " ") {
			lines[len(lines)-1] += l[1:]
			continue
		}
		lines = append(lines, l)
	}
	return lines
}

// icsEscapes are the escapes RFC 5545 allows in TEXT.
var icsEscapes = regexp.MustCompile(`\\[\\;,nN]`)

// checkICSText fails on TEXT values with a bare ";" or "," or a backslash
// that starts no escape: the parser would read them as a list or lose
// them.
func checkICSText(t *testing.T, lines []string) {
	t.Helper()
	for _, l := range lines {
		name, value, ok := strings.Cut(l, ":")
		if !ok {
			t.Errorf("content line without a value: %q", l)
			continue
		}
		switch strings.SplitN(name, ";", 2)[0] {
		case "SUMMARY", "DESCRIPTION", "LOCATION", "CATEGORIES", "UID", "NAME", "X-WR-CALNAME":
			rest := icsEscapes.ReplaceAllString(value, "")
			if strings.ContainsAny(rest, `\;,`) {
				t.Errorf("%s is not escaped: %q", name, value)
			}
		}
	}
}

func TestICalendar(t *testing.T) {
	c := exportFixture()
	var b bytes.Buffer
	if err := render.ICalendar(&b, c, exportNow); err != nil {
		t.Fatal(err)
	}
	lines := icsLines(t, b.Bytes())
	checkICSText(t, lines)
	if !strings.Contains(b.String(), "\r\n ") {
		t.Error("no line is folded; the fixture has lines longer than 75 octets")
	}

	cal, err := ics.ParseCalendar(bytes.NewReader(b.Bytes()))
	if err != nil {
		t.Fatal(err)
	}
	calProp := func(name string) string {
		for _, p := range cal.CalendarProperties {
			if p.IANAToken == name {
				return p.Value
			}
		}
		return ""
	}
	if calProp("VERSION") != "2.0" || calProp("PRODID") == "" || calProp("X-STORYGRAPH-UNDATED") != "1" {
		t.Errorf("calendar properties = %+v; want VERSION 2.0, a PRODID and X-STORYGRAPH-UNDATED 1", cal.CalendarProperties)
	}
	if calProp("X-WR-CALNAME") != c.Title || calProp("NAME") != c.Title {
		t.Errorf("calendar name = %q / %q, want %q", calProp("NAME"), calProp("X-WR-CALNAME"), c.Title)
	}
	events := map[string]*ics.VEvent{}
	for _, ev := range cal.Events() {
		events[ev.Id()] = ev
	}
	if len(events) != len(c.Entries)-1 {
		t.Fatalf("%d events, want one per dated entry (%d)", len(events), len(c.Entries)-1)
	}
	prop := func(ev *ics.VEvent, p ics.ComponentProperty) string {
		if v := ev.GetProperty(p); v != nil {
			return v.Value
		}
		return ""
	}
	for _, e := range c.Entries[:len(c.Entries)-1] {
		ev := events[e.ID+"@storygraph"]
		if ev == nil {
			t.Errorf("no event with UID %s@storygraph", e.ID)
			continue
		}
		if got := prop(ev, ics.ComponentPropertySummary); got != e.Summary {
			t.Errorf("%s: SUMMARY = %q, want %q", e.ID, got, e.Summary)
		}
		if got := prop(ev, ics.ComponentPropertyCategories); got != string(e.Kind) {
			t.Errorf("%s: CATEGORIES = %q, want %q", e.ID, got, e.Kind)
		}
		if stamp, err := ev.GetDtStampTime(); err != nil || !stamp.Equal(exportNow) {
			t.Errorf("%s: DTSTAMP = %v, %v; want the now passed in", e.ID, stamp, err)
		}
		desc := prop(ev, ics.ComponentPropertyDescription)
		for _, s := range e.Sources {
			if !strings.Contains(desc, s.Sentence) || strings.Count(desc, s.Article.Title) != 1 {
				t.Errorf("%s: DESCRIPTION lacks the sentence %q or names %q other than once:\n%s", e.ID, s.Sentence, s.Article.Title, desc)
			}
		}
		if strings.Count(desc, e.Sources[0].Sentence) != 1 {
			t.Errorf("%s: a sentence reported twice is in DESCRIPTION other than once:\n%s", e.ID, desc)
		}
	}

	// All-day spans: DTSTART..DTEND (exclusive) cover the whole date and
	// the DESCRIPTION states the precision.
	for id, want := range map[string][3]string{
		"ev:odesa-week":      {"20260119", "20260126", "precision: week"},
		"ev:talks-range":     {"20260120", "20260204", "precision: range"},
		"ev:kyiv-month":      {"20260201", "20260301", "precision: month"},
		"ev:davos-statement": {"20260122", "20260123", ""},
	} {
		ev := events[id+"@storygraph"]
		start, end := ev.GetProperty(ics.ComponentPropertyDtStart), ev.GetProperty(ics.ComponentPropertyDtEnd)
		if start == nil || end == nil || start.Value != want[0] || end.Value != want[1] ||
			!slices.Equal(start.ICalParameters["VALUE"], []string{"DATE"}) || !slices.Equal(end.ICalParameters["VALUE"], []string{"DATE"}) {
			t.Errorf("%s: DTSTART %+v DTEND %+v, want all-day %s..%s", id, start, end, want[0], want[1])
		}
		if s, err := ev.GetAllDayStartAt(); err != nil || s.Format("20060102") != want[0] {
			t.Errorf("%s: the parser reads the start as %v, %v", id, s, err)
		}
		if desc := prop(ev, ics.ComponentPropertyDescription); want[2] != "" && !strings.Contains(desc, want[2]) {
			t.Errorf("%s: DESCRIPTION does not state %q:\n%s", id, want[2], desc)
		}
	}
	if desc := prop(events["ev:talks-range@storygraph"], ics.ComponentPropertyDescription); !strings.Contains(desc, "Example Wire dates it 20 Jan 2026") ||
		!strings.Contains(desc, "Daily Example dates it 3 Feb 2026") {
		t.Errorf("the date conflict is not explained:\n%s", desc)
	}

	// Timed events: UTC where the zone is known, floating where not.
	for id, want := range map[string]string{
		"ev:davos-noon": "20260122T120000Z",
		"ev:kyiv-july":  "20260715T123000Z", // 15:30 Kyiv summer time is UTC+3
		"ev:local":      "20260716T090000",  // local time: floating
	} {
		ev := events[id+"@storygraph"]
		start := ev.GetProperty(ics.ComponentPropertyDtStart)
		if start == nil || start.Value != want || len(start.ICalParameters) != 0 || ev.GetProperty(ics.ComponentPropertyDtEnd) != nil {
			t.Errorf("%s: DTSTART %+v, want %s with no parameter and no DTEND", id, start, want)
			continue
		}
		at, err := ev.GetStartAt()
		if err != nil || at.Format("20060102T150405") != strings.TrimSuffix(want, "Z") {
			t.Errorf("%s: the parser reads the start as %v, %v", id, at, err)
		}
	}
	noon := events["ev:davos-noon@storygraph"]
	if got := prop(noon, ics.ComponentPropertyUrl); got != "https://example.com/davos?open" {
		t.Errorf("URL = %q, want the first source's as given", got)
	}
	if got := prop(noon, ics.ComponentPropertyLocation); got != "Davos, Swiss Alps" {
		t.Errorf("LOCATION = %q", got)
	}
}

// TestICalendarCancelled: a happening called off is a cancelled event,
// which calendars strike through, and so is one put off with no new date
// (it does not happen on its date; the description says "postponed"); no
// other entry has a STATUS.
func TestICalendarCancelled(t *testing.T) {
	for _, status := range []timeline.Status{timeline.StatusCancelled, timeline.StatusPostponed} {
		t.Run(string(status), func(t *testing.T) { testICalendarCancelled(t, status) })
	}
}

func testICalendarCancelled(t *testing.T, status timeline.Status) {
	c := exportFixture()
	c.Entries[0].Status = status
	var b bytes.Buffer
	if err := render.ICalendar(&b, c, exportNow); err != nil {
		t.Fatal(err)
	}
	cal, err := ics.ParseCalendar(bytes.NewReader(b.Bytes()))
	if err != nil {
		t.Fatal(err)
	}
	for _, ev := range cal.Events() {
		got, want := "", ""
		if p := ev.GetProperty(ics.ComponentPropertyStatus); p != nil {
			got = p.Value
		}
		if ev.Id() == c.Entries[0].ID+"@storygraph" {
			want = "CANCELLED"
			if d := ev.GetProperty(ics.ComponentPropertyDescription); d == nil || !strings.Contains(d.Value, string(status)+" ") {
				t.Errorf("%s: the description does not say %q", ev.Id(), status)
			}
		}
		if got != want {
			t.Errorf("%s: STATUS %q, want %q", ev.Id(), got, want)
		}
	}
}

func TestICalendarDTSTAMPWithoutNow(t *testing.T) {
	var a, b bytes.Buffer
	c := exportFixture()
	if err := render.ICalendar(&a, c, time.Time{}); err != nil {
		t.Fatal(err)
	}
	if err := render.ICalendar(&b, c, time.Time{}); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(a.Bytes(), b.Bytes()) || !strings.Contains(a.String(), "DTSTAMP:20260204T000000Z\r\n") {
		t.Error("with no now, DTSTAMP must be the newest publication date (2026-02-04), the same every run")
	}
	var empty bytes.Buffer
	if err := render.ICalendar(&empty, render.Chronology{}, time.Time{}); err != nil {
		t.Fatal(err)
	}
	if _, err := ics.ParseCalendar(&empty); err != nil {
		t.Errorf("an empty chronology gives an unreadable calendar: %v", err)
	}
}

// mermaidEntity matches Mermaid's entity codes: "#58;", "#quot;".
var mermaidEntity = regexp.MustCompile(`#(\w+);`)

// mermaidDecode turns entity codes back into characters, as Mermaid does
// when it draws.
func mermaidDecode(s string) string {
	return mermaidEntity.ReplaceAllStringFunc(s, func(m string) string {
		name := m[1 : len(m)-1]
		if n, err := strconv.Atoi(name); err == nil {
			return string(rune(n))
		}
		return map[string]string{"quot": `"`, "lt": "<", "gt": ">", "amp": "&"}[name]
	})
}

// mermaidEventEnd is a colon that would end a timeline event (the
// grammar's event token is `":"\s(?:[^:\n]|":"(?!\s))+`).
var mermaidEventEnd = regexp.MustCompile(`:(\s|$)`)

// checkMermaidText fails when text holds what Mermaid would read as syntax.
func checkMermaidText(t *testing.T, where, text string) {
	t.Helper()
	rest := mermaidEntity.ReplaceAllString(text, "")
	if strings.ContainsAny(rest, "#;\"<>&\n") || strings.Contains(text, "%%") || mermaidEventEnd.MatchString(text) {
		t.Errorf("%s: text Mermaid would read as syntax: %q", where, text)
	}
}

// mermaidTimeline reads a Mermaid timeline as Mermaid's grammar does
// (timeline.jison): the title, the sections in order, and per section the
// periods with their events, decoded.
type mermaidTimeline struct {
	title    string
	sections []string
	events   map[string][][2]string // section -> (period, event)
}

func parseMermaidTimeline(t *testing.T, src string) mermaidTimeline {
	t.Helper()
	lines := strings.Split(strings.TrimSuffix(src, "\n"), "\n")
	if lines[0] != "timeline" {
		t.Fatalf("first line %q, want timeline", lines[0])
	}
	m := mermaidTimeline{events: map[string][][2]string{}}
	section, period := "", ""
	for _, raw := range lines[1:] {
		l := strings.TrimSpace(raw)
		switch {
		case strings.HasPrefix(l, "title "):
			checkMermaidText(t, "title", l[6:])
			m.title = mermaidDecode(l[6:])
		case strings.HasPrefix(l, "section "):
			if strings.Contains(l, ":") {
				t.Errorf("section with a colon: %q", l)
			}
			section = l[8:]
			m.sections = append(m.sections, section)
		default:
			p, ev, ok := strings.Cut(" "+l, " : ") // a continuation line starts with ": "
			p = strings.TrimSpace(p)
			if !ok || mermaidEventEnd.MatchString(ev) || strings.ContainsAny(p, "#:") {
				t.Errorf("not a period : event line: %q", raw)
				continue
			}
			if p != "" {
				period = p
			}
			checkMermaidText(t, "event", ev)
			m.events[section] = append(m.events[section], [2]string{period, mermaidDecode(ev)})
		}
	}
	return m
}

func TestMermaidTimeline(t *testing.T) {
	c := exportFixture()
	var b bytes.Buffer
	if err := render.Mermaid(&b, c); err != nil {
		t.Fatal(err)
	}
	m := parseMermaidTimeline(t, b.String())
	if m.title != c.Title {
		t.Errorf("title %q, want %q", m.title, c.Title)
	}
	if want := []string{"January 2026", "February 2026", "July 2026", "Undated"}; !slices.Equal(m.sections, want) {
		t.Errorf("sections %q, want %q", m.sections, want)
	}
	want := map[string][][2]string{
		"January 2026": {
			{"week of 19 Jan 2026", c.Entries[0].Summary},
			{"20 Jan – 3 Feb 2026", c.Entries[1].Summary},
			{"22 Jan 2026", "12:00 GMT – " + c.Entries[2].Summary},
			{"22 Jan 2026", c.Entries[3].Summary},
		},
		"February 2026": {{"February 2026", c.Entries[4].Summary}},
		"July 2026": {
			{"15 Jul 2026", "15:30 Kyiv time – " + c.Entries[5].Summary},
			{"16 Jul 2026", "09:00 local time – " + c.Entries[6].Summary},
		},
		"Undated": {{"undated", c.Entries[7].Summary}},
	}
	for sec, evs := range want {
		if !slices.Equal(m.events[sec], evs) {
			t.Errorf("section %s:\n got %q\nwant %q", sec, m.events[sec], evs)
		}
	}
	if !strings.Contains(b.String(), "\n                    : ") {
		t.Error("the second entry of 22 Jan 2026 is not written under the same period")
	}
}

// geoProps are the properties of a feature of render.GeoJSON.
type geoProps struct {
	ID        string   `json:"id"`
	Date      string   `json:"date"`
	DateLabel string   `json:"date_label"`
	Precision string   `json:"precision"`
	Kind      string   `json:"kind"`
	Summary   string   `json:"summary"`
	Place     string   `json:"place"`
	Places    []string `json:"places"`
	Sentences []string `json:"sentences"`
	Sources   []struct {
		Title, Outlet, URL, Published string
	} `json:"sources"`
}

type geoUnlocated struct {
	ID      string   `json:"id"`
	Date    string   `json:"date"`
	Summary string   `json:"summary"`
	Places  []string `json:"places"`
}

// readGeoJSON reads b with orb's GeoJSON decoder and checks that every
// entry of c is there: as a feature per located place, and in
// "unlocated" with the places that are not.
func readGeoJSON(t *testing.T, b []byte, c render.Chronology, locate render.Locator) (*geojson.FeatureCollectionOf[geoProps], []geoUnlocated) {
	t.Helper()
	var fc geojson.FeatureCollectionOf[geoProps]
	if err := json.Unmarshal(b, &fc); err != nil {
		t.Fatal(err)
	}
	raw, err := json.Marshal(fc.ExtraMembers["unlocated"])
	if err != nil {
		t.Fatal(err)
	}
	var lost []geoUnlocated
	if err := json.Unmarshal(raw, &lost); err != nil {
		t.Fatalf("unlocated: %v", err)
	}
	if fc.ExtraMembers["title"] != c.Title {
		t.Errorf("title = %v, want %q", fc.ExtraMembers["title"], c.Title)
	}
	type key struct{ id, place string }
	located, unlocated := map[key]orb.Point{}, map[key]bool{}
	for _, f := range fc.Features {
		p, ok := f.Geometry.(orb.Point)
		if !ok {
			t.Errorf("feature %s: geometry %T, want a Point", f.Properties.ID, f.Geometry)
			continue
		}
		located[key{f.Properties.ID, f.Properties.Place}] = p
	}
	noPlace := map[string]bool{}
	for _, u := range lost {
		for _, p := range u.Places {
			unlocated[key{u.ID, p}] = true
		}
		if len(u.Places) == 0 {
			noPlace[u.ID] = true
		}
	}
	for _, e := range c.Entries {
		if len(e.Places) == 0 && !noPlace[e.ID] {
			t.Errorf("%s has no place and is not listed as unlocated", e.ID)
		}
		for _, place := range e.Places {
			lon, lat, ok := locate(place)
			k := key{e.ID, place}
			switch {
			case ok && located[k] != orb.Point{lon, lat}:
				t.Errorf("%s at %s: %v, want [%v %v]", e.ID, place, located[k], lon, lat)
			case !ok && !unlocated[k]:
				t.Errorf("%s at %s is not located and not listed as unlocated", e.ID, place)
			}
		}
	}
	return &fc, lost
}

func TestGeoJSON(t *testing.T) {
	c := exportFixture()
	var b bytes.Buffer
	if err := render.GeoJSON(&b, c, exportPlaces); err != nil {
		t.Fatal(err)
	}
	fc, lost := readGeoJSON(t, b.Bytes(), c, exportPlaces)
	if len(fc.Features) != 6 || len(lost) != 4 {
		t.Errorf("%d features and %d unlocated entries, want 6 and 4", len(fc.Features), len(lost))
	}
	f := fc.Features[2].Properties
	if f.ID != "ev:davos-noon" || f.Place != "Davos" || f.Precision != "day" || f.DateLabel != "22 Jan 2026" ||
		len(f.Sources) != 2 || len(f.Sentences) != 2 || f.Sources[0].URL != "https://example.com/davos?open" || f.Sources[0].Outlet != "Example Wire" {
		t.Errorf("Davos feature = %+v", f)
	}
	if w := fc.Features[0].Properties; w.Precision != "week" || w.Date != "2026-01-19/2026-01-25" {
		t.Errorf("week feature = %+v, want the date and precision as they are", w)
	}

	// No locator: nothing is dropped, every entry is unlocated.
	b.Reset()
	if err := render.GeoJSON(&b, c, nil); err != nil {
		t.Fatal(err)
	}
	none := func(string) (float64, float64, bool) { return 0, 0, false }
	if fc, lost := readGeoJSON(t, b.Bytes(), c, none); len(fc.Features) != 0 || len(lost) != len(c.Entries) {
		t.Errorf("without a locator: %d features, %d unlocated; want 0 and %d", len(fc.Features), len(lost), len(c.Entries))
	}
	// Coordinates a map cannot show are not used.
	b.Reset()
	bad := func(string) (float64, float64, bool) { return 200, 95, true }
	if err := render.GeoJSON(&b, c, bad); err != nil {
		t.Fatal(err)
	}
	if fc, _ := readGeoJSON(t, b.Bytes(), c, none); len(fc.Features) != 0 {
		t.Errorf("features at invalid coordinates: %d", len(fc.Features))
	}
}

// TestExportsReadSample reads every format of the sample articles back
// with its parser.
func TestExportsReadSample(t *testing.T) {
	c, g := sample(t)
	if located := readBackExports(t, "sample", c, render.GazetteerLocator(g)); located == 0 {
		t.Error("no sample place is located by the gazetteer")
	}
}

// readBackExports renders c in every format but the web page (which has
// its own tests) and reads each back with a parser of the format; it
// returns the number of GeoJSON features.
func readBackExports(t *testing.T, name string, c render.Chronology, locate render.Locator) int {
	t.Helper()
	c.Now, c.Locate = exportNow, locate
	checkJSON(t, c, write(t, "json", c))
	checkCSV(t, c, write(t, "csv", c))
	checkTimelineJS(t, name, c, write(t, "timelinejs", c))

	out := write(t, "ics", c)
	checkICSText(t, icsLines(t, out))
	cal, err := ics.ParseCalendar(bytes.NewReader(out))
	if err != nil {
		t.Fatal(err)
	}
	dated := 0
	for _, e := range c.Entries {
		if _, _, ok := timeline.Span(e.Date); ok {
			dated++
		}
	}
	if len(cal.Events()) != dated {
		t.Errorf("%s: %d events, want %d (the dated entries)", name, len(cal.Events()), dated)
	}

	m := parseMermaidTimeline(t, string(write(t, "mermaid", c)))
	n := 0
	for _, evs := range m.events {
		n += len(evs)
	}
	if n != len(c.Entries) {
		t.Errorf("%s: the timeline has %d events, want %d", name, n, len(c.Entries))
	}

	fc, _ := readGeoJSON(t, write(t, "geojson", c), c, locate)
	return len(fc.Features)
}
