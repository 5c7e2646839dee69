package chronology_test

import (
	"strings"
	"testing"

	"github.com/storygraph/storygraph/timeline"
	"github.com/storygraph/storygraph/timeline/chronology"
	"github.com/storygraph/storygraph/timeline/internal/corpus"
	"github.com/storygraph/storygraph/timeline/timex"
)

func rec(article, id string, kind timeline.Kind, date string, p timex.Precision, sentence string, people []string, places ...string) timeline.Record {
	var ps []timeline.Participant
	for _, n := range people {
		ps = append(ps, timeline.Participant{Name: n, Type: timeline.Person, Role: "agent"})
	}
	return timeline.Record{
		Event:   timeline.Event{ID: id, Kind: kind, Date: date, Precision: p, Sentence: sentence, Summary: sentence, Participants: ps, Places: places, Status: "happened", Certainty: "asserted"},
		Article: timeline.Source{ID: article, Title: "title of " + article, Published: "2026-01-10"},
	}
}

func TestMerge(t *testing.T) {
	recs := []timeline.Record{
		rec("a", "ev:1", timeline.KindMeeting, "2026-01-06", timex.Day, "Starmer and Macron met in Paris on Tuesday.", []string{"Keir Starmer", "Emmanuel Macron"}, "Paris"),
		rec("b", "ev:2", timeline.KindNegotiation, "2026-01-05/2026-01-11", timex.Week, "This week Macron hosted Starmer for talks in Paris.", []string{"Emmanuel Macron", "Keir Starmer"}, "Paris"),
		// same date, another happening: stays apart
		rec("c", "ev:3", timeline.KindMeeting, "2026-01-06", timex.Day, "Putin met Lukashenko in Minsk.", []string{"Vladimir Putin", "Alexander Lukashenko"}, "Minsk"),
		// same wire sentence, dates that disagree: merged, flagged, not averaged
		rec("d", "ev:4", timeline.KindAttack, "2026-01-02", timex.Day, "Drones struck Odesa overnight, the governor said.", nil, "Odesa"),
		rec("e", "ev:5", timeline.KindAttack, "2026-01-03", timex.Day, "Drones struck Odesa overnight, the governor said.", nil, "Odesa"),
	}
	entries := chronology.Chronology(recs, chronology.ChronologyOptions{})
	if len(entries) != 3 {
		for _, e := range entries {
			t.Logf("%s %s %d sources", e.Date, e.Summary, len(e.Sources))
		}
		t.Fatalf("got %d entries, want 3", len(entries))
	}
	odesa, paris, minsk := entries[0], entries[1], entries[2]
	if len(paris.Sources) != 2 || paris.Date != "2026-01-06" || paris.Precision != timex.Day {
		t.Errorf("Paris: %d sources, date %s %s; want 2 sources and the day both agree on", len(paris.Sources), paris.Date, paris.Precision)
	}
	if len(paris.MergedBecause) != 1 || !strings.Contains(paris.MergedBecause[0], "both at paris") {
		t.Errorf("Paris merge not explained: %q", paris.MergedBecause)
	}
	if len(minsk.Sources) != 1 || !strings.Contains(minsk.Summary, "Minsk") {
		t.Errorf("a happening that merely shares the date was merged: %+v", minsk)
	}
	if !odesa.DateConflict || odesa.Date != "2026-01-02/2026-01-03" || odesa.Sources[0].Date != "2026-01-02" || odesa.Sources[1].Date != "2026-01-03" {
		t.Errorf("Odesa: conflict %v date %s, sources %s %s; want a flagged span keeping each date", odesa.DateConflict, odesa.Date, odesa.Sources[0].Date, odesa.Sources[1].Date)
	}
	if n := len(chronology.Chronology(recs, chronology.ChronologyOptions{NoMerge: true})); n != 5 {
		t.Errorf("NoMerge gave %d entries, want 5", n)
	}
}

// TestDenialKeptApart: a report that a strike took place and another
// article's denial of it are two entries; two denials are one.
func TestDenialKeptApart(t *testing.T) {
	// (the same sentence in both, which would merge them otherwise)
	strike := rec("a", "ev:1", timeline.KindAttack, "2026-01-06", timex.Day, "Ukraine denied that its drones struck a hotel in Kherson on Tuesday.", nil, "Kherson")
	denied := rec("b", "ev:2", timeline.KindAttack, "2026-01-06", timex.Day, "Ukraine denied that its drones struck a hotel in Kherson on Tuesday.", nil, "Kherson")
	denied.Event.Certainty = timeline.CertaintyDenied
	again := rec("c", "ev:3", timeline.KindAttack, "2026-01-06", timex.Day, "Ukraine denied that its drones struck a hotel in Kherson on Tuesday.", nil, "Kherson")
	again.Event.Certainty = timeline.CertaintyDenied
	if n := len(chronology.Chronology([]timeline.Record{strike, denied}, chronology.ChronologyOptions{})); n != 2 {
		t.Errorf("a strike and its denial gave %d entries, want 2", n)
	}
	if n := len(chronology.Chronology([]timeline.Record{denied, again}, chronology.ChronologyOptions{})); n != 1 {
		t.Errorf("two reports of one denial gave %d entries, want 1", n)
	}
}

// TestCorpusParisSummit checks, on the evaluation corpus beside the
// repository (../shared/corpus), that the 2026-01-06 Paris summit and the
// adoption of its declaration are one entry each with every text that
// reports them. It skips when the corpus is absent, except in CI.
func TestCorpusParisSummit(t *testing.T) {
	recs, idOf, _ := corpus.Records(t, "A*.txt")
	var summits, declarations []chronology.Entry
	for _, e := range chronology.Chronology(recs, chronology.ChronologyOptions{}) {
		if e.Date != "2026-01-06" {
			continue
		}
		if (e.Kind == timeline.KindMeeting || e.Kind == timeline.KindNegotiation) && contains(e.Places, "Paris") {
			summits = append(summits, e)
		}
		for _, s := range e.Sources {
			if strings.Contains(strings.ToLower(s.Sentence), "joint declaration") {
				declarations = append(declarations, e)
			}
		}
	}
	if len(summits) != 1 || !fromArticles(summits[0], idOf["A09"], idOf["A11"]) {
		t.Errorf("Paris summit: %d entries, want one reported by A09 and A11", len(summits))
	}
	if len(declarations) != 1 || !fromArticles(declarations[0], idOf["A09"], idOf["A11"]) {
		t.Errorf("Paris Declaration: %d entries, want one reported by A09 and A11", len(declarations))
	}
}

func contains(list []string, s string) bool {
	for _, l := range list {
		if l == s {
			return true
		}
	}
	return false
}

func fromArticles(e chronology.Entry, ids ...string) bool {
	for _, id := range ids {
		found := false
		for _, s := range e.Sources {
			found = found || (id != "" && s.Article.ID == id)
		}
		if !found {
			return false
		}
	}
	return true
}

// TestMergeIgnoresSharedCountry: two attacks in different cities of one
// country, reported by the same person, are two happenings (review
// finding: a country in Places counted as a shared site).
func TestMergeIgnoresSharedCountry(t *testing.T) {
	recs := []timeline.Record{
		rec("a", "ev:1", timeline.KindAttack, "2026-01-05", timex.Day, "Russian drones struck Kharkiv in eastern Ukraine, Zelenskyy said.", []string{"Volodymyr Zelenskyy"}, "Kharkiv", "Ukraine"),
		rec("b", "ev:2", timeline.KindAttack, "2026-01-05", timex.Day, "Russian missiles hit Odesa in southern Ukraine, Zelenskyy said.", []string{"Volodymyr Zelenskyy"}, "Odesa", "Ukraine"),
	}
	opts := chronology.ChronologyOptions{Countries: map[string]bool{"Ukraine": true}}
	if n := len(chronology.Chronology(recs, opts)); n != 2 {
		t.Errorf("got %d entries, want 2: a shared country is no sign of one happening", n)
	}
	// a dated and an undated report of one sentence: the entry is dated
	und := rec("c", "ev:3", timeline.KindAttack, "", "", "Russian drones struck Kharkiv in eastern Ukraine, Zelenskyy said.", nil, "Kharkiv")
	for _, e := range chronology.Chronology(append(recs[:1:1], und), opts) {
		if e.Date != "2026-01-05" || len(e.Sources) != 2 {
			t.Errorf("merged dated+undated = %s with %d sources, want 2026-01-05 with 2", e.Date, len(e.Sources))
		}
	}
}

// TestMergeNightReports: two outlets' reports of one overnight strike,
// dated "overnight" (two days) and "the night of March 10-11", are one
// entry: a date of a week or less pins a happening as a day does (they
// were two, as coarse dates need three signals). A report that tells
// another strike ("a second strike") is kept apart even when it shares
// the city and the official.
func TestMergeNightReports(t *testing.T) {
	night := rec("a", "ev:1", timeline.KindAttack, "2026-03-10/2026-03-11", timex.Range,
		"Russian drones struck Valnik overnight, killing three, governor Ivan Petrenko said.", []string{"Ivan Petrenko"}, "Valnik")
	other := rec("b", "ev:2", timeline.KindAttack, "2026-03-10/2026-03-11", timex.Range,
		"A drone attack on Valnik killed three civilians on the night of March 10-11, Ivan Petrenko reported.", []string{"Ivan Petrenko"}, "Valnik")
	second := rec("c", "ev:3", timeline.KindAttack, "2026-03-11", timex.Day,
		"A second strike hit Valnik on Wednesday afternoon, Ivan Petrenko said.", []string{"Ivan Petrenko"}, "Valnik")
	// (a toll's update naming no one, of the night's strike there, is it too)
	toll := rec("d", "ev:4", timeline.KindCasualty, "2026-03-10", timex.Day,
		"The number of people killed in Tuesday night's drone attack on Valnik has risen to five.", nil, "Valnik")
	elsewhere := rec("e", "ev:5", timeline.KindCasualty, "2026-03-10", timex.Day,
		"The number of people killed in Tuesday night's drone attack on Sella has risen to five.", nil, "Sella")
	entries := chronology.Chronology([]timeline.Record{night, other, second, toll, elsewhere}, chronology.ChronologyOptions{})
	if len(entries) != 3 || len(entries[0].Sources) != 3 {
		for _, e := range entries {
			t.Logf("%s %q %d sources", e.Date, e.Summary, len(e.Sources))
		}
		t.Fatalf("got %d entries, want the night's three reports as one, and the second strike and the other city's apart", len(entries))
	}
}

// TestMergeUnnamedMeeting: talks in one city on one day, one report naming
// no one, are one meeting; two that name different people stay apart.
func TestMergeUnnamedMeeting(t *testing.T) {
	unnamed := rec("a", "ev:1", timeline.KindMeeting, "2026-03-10", timex.Day, "Two delegations met in Velmar on Tuesday.", nil, "Velmar")
	named := rec("b", "ev:2", timeline.KindNegotiation, "2026-03-10", timex.Day, "Negotiators held talks in Velmar on March 10, with Anna Brell mediating.", []string{"Anna Brell"}, "Velmar")
	other := rec("c", "ev:3", timeline.KindMeeting, "2026-03-10", timex.Day, "Tomas Reyes met Ivo Kral in Velmar.", []string{"Tomas Reyes", "Ivo Kral"}, "Velmar")
	if n := len(chronology.Chronology([]timeline.Record{unnamed, named}, chronology.ChronologyOptions{})); n != 1 {
		t.Errorf("talks in one city on one day, one report naming no one: %d entries, want 1", n)
	}
	if n := len(chronology.Chronology([]timeline.Record{named, other}, chronology.ChronologyOptions{})); n != 2 {
		t.Errorf("meetings in one city on one day naming different people: %d entries, want 2", n)
	}
	day := rec("d", "ev:4", timeline.KindMeeting, "2026-03-09", timex.Day, "Two delegations met in Velmar on Monday.", nil, "Velmar")
	if n := len(chronology.Chronology([]timeline.Record{day, named}, chronology.ChronologyOptions{})); n != 2 {
		t.Errorf("meetings in one city on different days: %d entries, want 2", n)
	}
}

// TestAnnouncedCommitment: "X said it will buy Y" in one outlet and "X
// agreed to buy Y" in another, the same day, are one entry, the
// commitment; a statement of another act, or about one actor only, stays
// apart.
func TestAnnouncedCommitment(t *testing.T) {
	both := []string{"Norvik Holdings", "Tarven Logistics"}
	said := rec("a", "ev:1", timeline.KindStatement, "2026-01-06", timex.Day, "Norvik Holdings said on Tuesday it will buy Tarven Logistics for $2 billion.", both)
	agreed := rec("b", "ev:2", timeline.KindAgreement, "2026-01-06", timex.Day, "Norvik Holdings agreed on Tuesday to buy Tarven Logistics.", both)
	other := rec("c", "ev:3", timeline.KindStatement, "2026-01-06", timex.Day, "Norvik Holdings said on Tuesday it would sue Tarven Logistics.", both)
	alone := rec("d", "ev:4", timeline.KindStatement, "2026-01-06", timex.Day, "Norvik Holdings said on Tuesday it will buy a rival.", both[:1])
	// (the same act in other words)
	acquire := rec("e", "ev:5", timeline.KindStatement, "2026-01-06", timex.Day, "Norvik Holdings said on Tuesday it will acquire Tarven Logistics.", both)
	for _, c := range []mergeCase{
		{"announced and agreed", []timeline.Record{said, agreed}, 1},
		{"agreed and announced", []timeline.Record{agreed, said}, 1},
		{"another act", []timeline.Record{other, agreed}, 2},
		{"one actor", []timeline.Record{alone, agreed}, 2},
		{"the act in other words", []timeline.Record{acquire, agreed}, 1},
	} {
		entries, ok := c.entries(t)
		if !ok {
			continue
		}
		if c.want == 1 && (entries[0].Kind != timeline.KindAgreement || len(entries[0].Sources) != 2) {
			t.Errorf("%s: kind %s, %d sources; want the agreement with both", c.name, entries[0].Kind, len(entries[0].Sources))
		}
	}
}

// TestMergeShortNames: one outlet names a company or a person in full, the
// other by its short name or surname; they are one actor. Two companies
// that only share a first word are not.
func TestMergeShortNames(t *testing.T) {
	org := func(r timeline.Record, names ...string) timeline.Record {
		r.Event.Participants = nil
		for _, n := range names {
			r.Event.Participants = append(r.Event.Participants, timeline.Participant{Name: n, Type: timeline.Organization, Role: "agent"})
		}
		return r
	}
	full := org(rec("a", "ev:1", timeline.KindAgreement, "2027-02-15", timex.Day, "Nordavia Airlines said on Monday it had agreed to buy Skyline Baltic for $2.1 billion.", nil), "Nordavia Airlines")
	short := org(rec("b", "ev:2", timeline.KindAgreement, "2027-02-15", timex.Day, "Norwegian carrier Nordavia has agreed to acquire Skyline Baltic, the companies announced on Monday.", nil), "Nordavia")
	other := org(rec("c", "ev:3", timeline.KindAgreement, "2027-02-15", timex.Day, "Nordavia Energy agreed on Monday to buy Skyline Baltic's fuel unit.", nil), "Nordavia Energy")
	met := rec("d", "ev:4", timeline.KindMeeting, "2027-03-02", timex.Day, "Henrik Dahl met Lena Varga in Riga on Tuesday.", []string{"Henrik Dahl", "Lena Varga"}, "Riga")
	talks := rec("e", "ev:5", timeline.KindNegotiation, "2027-03-02", timex.Day, "Dahl and Varga held talks in Riga on Tuesday.", []string{"Dahl", "Varga"}, "Riga")
	for _, c := range []mergeCase{
		{"company in full and short", []timeline.Record{full, short}, 1},
		{"company short and in full", []timeline.Record{short, full}, 1},
		{"two companies sharing a first word", []timeline.Record{full, other}, 2},
		{"people in full and by surname", []timeline.Record{met, talks}, 1},
	} {
		entries, ok := c.entries(t)
		if !ok {
			continue
		}
		// one actor is one participant, named in full
		if c.want == 1 && len(entries[0].Participants) != len(c.recs[0].Event.Participants) {
			t.Errorf("%s: participants %v, want each actor once", c.name, entries[0].Participants)
		}
		if c.want == 1 && !strings.Contains(entries[0].Participants[0].Name, " ") {
			t.Errorf("%s: participant %q, want the full name", c.name, entries[0].Participants[0].Name)
		}
	}
}

// TestFulfilledPlan: a meeting or a trip announced for a day, and the
// meeting held that day as a later article reports it, are one entry that
// says it happened; a plan of another day, or of someone else, stays apart.
func TestFulfilledPlan(t *testing.T) {
	planned := func(r timeline.Record, published string) timeline.Record {
		r.Event.Status = timeline.StatusScheduled
		r.Article.Published = published
		return r
	}
	both := []string{"Lena Varga", "Tomasz Ostrowski"}
	meet := planned(rec("a", "ev:1", timeline.KindMeeting, "2027-07-02", timex.Day, "Varga will meet Ostrowski in Warsaw on July 2.", both, "Warsaw"), "2027-06-20")
	trip := planned(rec("b", "ev:2", timeline.KindTravel, "2027-07-02", timex.Day, "Varga will travel to Warsaw on July 2 for further talks, her ministry said.", both[:1], "Warsaw"), "2027-06-23")
	held := rec("c", "ev:3", timeline.KindNegotiation, "2027-07-02", timex.Day, "Lena Varga held talks with Tomasz Ostrowski in Warsaw on Friday.", both, "Warsaw")
	held.Article.Published = "2027-07-03"
	otherDay := planned(rec("d", "ev:4", timeline.KindTravel, "2027-07-09", timex.Day, "Varga will travel to Warsaw on July 9.", both[:1], "Warsaw"), "2027-06-23")
	otherOne := planned(rec("e", "ev:5", timeline.KindTravel, "2027-07-02", timex.Day, "Jan Novak will travel to Warsaw on July 2.", []string{"Jan Novak"}, "Warsaw"), "2027-06-23")
	for _, c := range []mergeCase{
		{"meeting planned and held", []timeline.Record{meet, held}, 1},
		{"trip for the talks held", []timeline.Record{trip, held}, 1},
		{"trip another day", []timeline.Record{otherDay, held}, 2},
		{"someone else's trip", []timeline.Record{otherOne, held}, 2},
	} {
		entries, ok := c.entries(t)
		if !ok {
			continue
		}
		if c.want == 1 && (entries[0].Status != timeline.StatusHappened || entries[0].Kind != timeline.KindNegotiation || len(entries[0].Sources) != 2) {
			t.Errorf("%s: %s %s with %d sources; want the talks held, with both reports", c.name, entries[0].Status, entries[0].Kind, len(entries[0].Sources))
		}
	}
}

// TestRecalled: a later article's coarse recollection of a happening is
// that happening; another verb, another party or a statement is not.
func TestRecalled(t *testing.T) {
	org := func(r timeline.Record, verb, published string, names ...string) timeline.Record {
		r.Event.Participants = nil
		for _, n := range names {
			r.Event.Participants = append(r.Event.Participants, timeline.Participant{Name: n, Type: timeline.Organization, Role: "agent"})
		}
		r.Event.Verb = verb
		r.Article.Published = published
		return r
	}
	opened := org(rec("a", "ev:1", timeline.KindDecision, "2027-05-04", timex.Day, "The European Commission opened an in-depth investigation on Tuesday into Norvik's takeover of Tarven.", nil),
		"opened", "2027-05-04", "European Commission", "Norvik")
	recap := org(rec("b", "ev:2", timeline.KindDecision, "2027-05", timex.Month, "The Commission had opened an in-depth probe in May.", nil), "opened", "2027-09-14", "European Commission")
	otherParty := org(rec("c", "ev:3", timeline.KindDecision, "2027-05", timex.Month, "The Commission had opened a probe into Kestrel Mining in May.", nil), "opened", "2027-09-14", "European Commission", "Kestrel Mining")
	otherVerb := org(rec("d", "ev:4", timeline.KindDecision, "2027-05", timex.Month, "The Commission closed a probe in May.", nil), "closed", "2027-09-14", "European Commission")
	said := org(rec("e", "ev:5", timeline.KindStatement, "2027-05-04", timex.Day, "The Commission said on Tuesday the deal could raise fares.", nil), "said", "2027-05-04", "European Commission")
	saidAgain := org(rec("f", "ev:6", timeline.KindStatement, "2027-05", timex.Month, "The Commission said in May that fares could rise.", nil), "said", "2027-09-14", "European Commission")
	for _, c := range []mergeCase{
		{"recollection", []timeline.Record{opened, recap}, 1},
		{"another party", []timeline.Record{opened, otherParty}, 2},
		{"another verb", []timeline.Record{opened, otherVerb}, 2},
		{"statements", []timeline.Record{said, saidAgain}, 2},
	} {
		entries, ok := c.entries(t)
		if !ok {
			continue
		}
		if c.want == 1 && (entries[0].Date != "2027-05-04" || len(entries[0].Sources) != 2 || entries[0].Sources[0].EventID != "ev:1") {
			t.Errorf("%s: date %s with %d sources, %s first; want the day, with both reports, the precise one first",
				c.name, entries[0].Date, len(entries[0].Sources), entries[0].Sources[0].EventID)
		}
	}
}

// mergeCase is records that must make want entries.
type mergeCase struct {
	name string
	recs []timeline.Record
	want int
}

// entries builds the chronology of the case's records and reports whether
// it has the entries wanted.
func (c mergeCase) entries(t *testing.T) ([]chronology.Entry, bool) {
	t.Helper()
	entries := chronology.Chronology(c.recs, chronology.ChronologyOptions{})
	if len(entries) != c.want {
		t.Errorf("%s: %d entries, want %d", c.name, len(entries), c.want)
		return nil, false
	}
	return entries, true
}

// TestEditedCopy: one wire story as two outlets edited it is one entry;
// the same words about another city or other actors are not.
func TestEditedCopy(t *testing.T) {
	quake := rec("a", "ev:1", timeline.KindOther, "2027-04-12", timex.Day,
		"A magnitude 6.1 earthquake struck off the coast of Marvena on Monday, damaging dozens of buildings in the port town of Sella, officials said.", nil, "Sella")
	edited := rec("b", "ev:2", timeline.KindOther, "2027-04-12", timex.Day,
		"A 6.1-magnitude earthquake struck off Marvena's coast on Monday, damaging dozens of buildings in the port of Sella, local officials said.", nil, "Sella")
	kharkiv := rec("c", "ev:3", timeline.KindAttack, "2027-04-12", timex.Day, "A drone struck Kharkiv on Monday, damaging dozens of buildings, officials said.", nil, "Kharkiv")
	sumy := rec("d", "ev:4", timeline.KindAttack, "2027-04-12", timex.Day, "A drone struck Sumy on Monday, damaging dozens of buildings, officials said.", nil, "Sumy")
	varga := rec("e", "ev:5", timeline.KindMeeting, "2027-04-12", timex.Day, "Foreign minister Lena Varga met her counterpart on Monday to discuss gas transit.", []string{"Lena Varga"})
	novak := rec("f", "ev:6", timeline.KindMeeting, "2027-04-12", timex.Day, "Foreign minister Jan Novak met his counterpart on Monday to discuss gas transit.", []string{"Jan Novak"})
	welcomed := rec("g", "ev:7", timeline.KindStatement, "2026-01-08", timex.Day, "Keir Starmer said on 8 January 2026 that he welcomed the French budget.", []string{"Keir Starmer"})
	passed := rec("h", "ev:8", timeline.KindStatement, "2026-01-08", timex.Day, "Keir Starmer said on 8 January 2026 that the French budget passed.", []string{"Keir Starmer"})
	for _, c := range []mergeCase{
		{"edited copy", []timeline.Record{quake, edited}, 1},
		{"two statements told alike", []timeline.Record{welcomed, passed}, 2},
		{"another city", []timeline.Record{kharkiv, sumy}, 2},
		{"other actors", []timeline.Record{varga, novak}, 2},
	} {
		if entries, ok := c.entries(t); ok && c.want == 1 && len(entries[0].Sources) != 2 {
			t.Errorf("%s: %d sources, want 2", c.name, len(entries[0].Sources))
		}
	}
}

// TestUntypedSameDay: one outlet's report whose kind the extractor did not
// know ("ousted") is another's typed report of that day, with two actors
// and 40% of the words in common; sharing one actor, it stays apart.
func TestUntypedSameDay(t *testing.T) {
	fired := rec("a", "ev:1", timeline.KindDecision, "2026-01-07", timex.Day, "Tessaly Rail fired chairman Ivo Marek on Wednesday and named Dora Fenn to lead the board.", []string{"Ivo Marek", "Dora Fenn"})
	ousted := rec("b", "ev:2", timeline.KindOther, "2026-01-07", timex.Day, "Tessaly Rail on Wednesday ousted chairman Ivo Marek, and Dora Fenn will lead the board.", []string{"Ivo Marek", "Dora Fenn"})
	shares := rec("c", "ev:3", timeline.KindOther, "2026-01-07", timex.Day, "Shares in Tessaly Rail rose on Wednesday after chairman Ivo Marek was fired.", []string{"Ivo Marek"})
	entries := chronology.Chronology([]timeline.Record{fired, ousted, shares}, chronology.ChronologyOptions{})
	if len(entries) != 2 {
		for _, e := range entries {
			t.Logf("%s %s %d sources", e.Date, e.Summary, len(e.Sources))
		}
		t.Fatalf("got %d entries, want 2", len(entries))
	}
	if len(entries[0].Sources)+len(entries[1].Sources) != 3 || !strings.Contains(strings.Join(append(entries[0].MergedBecause, entries[1].MergedBecause...), " "), "no known kind") {
		t.Errorf("the firing and the ousting are not one entry: %q %q", entries[0].MergedBecause, entries[1].MergedBecause)
	}
}
