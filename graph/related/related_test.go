package related_test

import (
	"fmt"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/storygraph/storygraph/graph/related"
	"github.com/storygraph/storygraph/timeline"
	"github.com/storygraph/storygraph/timeline/timex"
)

var countries = map[string]bool{"France": true, "Ukraine": true}

// rec is one event of an article: kind on date at place, involving who.
func rec(art, title, published, source string, start int, kind timeline.Kind, date, sentence string, place string, topics []string, who ...string) timeline.Record {
	ev := timeline.Event{ID: fmt.Sprintf("%s#%d", art, start), Date: date, Precision: timex.Day, DateBasis: timeline.BasisText,
		Kind: kind, Status: timeline.StatusHappened, Certainty: timeline.CertaintyAsserted, Sentence: sentence,
		Start: start, End: start + len(sentence), Topics: topics}
	if place != "" {
		ev.Places = []string{place}
	}
	for _, w := range who {
		ev.Participants = append(ev.Participants, timeline.Participant{Name: w, Type: timeline.Person, Role: timeline.RoleAgent})
	}
	return timeline.Record{Event: ev, Article: timeline.Source{ID: art, Title: title, URL: "https://n.example/" + art, Source: source, Published: published}}
}

var sg = []string{"security-guarantees"}

// corpus: q reports the Paris meeting; a reports it too; b is only about
// Zelenskyy and the guarantees, a month later; c only mentions Macron in
// passing; q2 is q's wire copy; d shares nothing but a country.
func corpus() []timeline.Record {
	return []timeline.Record{
		rec("q", "Zelenskyy in Paris", "2026-01-06", "GOV.UK", 0, timeline.KindMeeting, "2026-01-06",
			"Volodymyr Zelenskyy met Emmanuel Macron in Paris on 6 January.", "Paris", sg, "Volodymyr Zelenskyy", "Emmanuel Macron"),
		rec("q", "Zelenskyy in Paris", "2026-01-06", "GOV.UK", 100, timeline.KindStatement, "2026-01-06",
			"Volodymyr Zelenskyy said guarantees were close.", "", sg, "Volodymyr Zelenskyy"),
		rec("q", "Zelenskyy in Paris", "2026-01-06", "GOV.UK", 200, timeline.KindStatement, "2026-01-06",
			"Keir Starmer said the coalition stood ready.", "", nil, "Keir Starmer"),
		rec("q2", "Zelenskyy in Paris (wire)", "2026-01-07", "Wire", 0, timeline.KindMeeting, "2026-01-06",
			"Volodymyr Zelenskyy met Emmanuel Macron in Paris on 6 January.", "Paris", sg, "Volodymyr Zelenskyy", "Emmanuel Macron"),
		rec("q2", "Zelenskyy in Paris (wire)", "2026-01-07", "Wire", 100, timeline.KindStatement, "2026-01-06",
			"Volodymyr Zelenskyy said guarantees were close.", "", sg, "Volodymyr Zelenskyy"),
		rec("a", "Leaders meet in Paris", "2026-01-07", "Kyiv Post", 0, timeline.KindMeeting, "2026-01-06",
			"The leaders gathered at the Elysee in Paris, where Emmanuel Macron welcomed Volodymyr Zelenskyy.", "Paris", nil, "Emmanuel Macron", "Volodymyr Zelenskyy"),
		rec("b", "Zelenskyy on guarantees", "2026-02-06", "GOV.UK", 0, timeline.KindStatement, "2026-02-05",
			"Volodymyr Zelenskyy spoke of security guarantees.", "", sg, "Volodymyr Zelenskyy"),
		rec("b", "Zelenskyy on guarantees", "2026-02-06", "GOV.UK", 100, timeline.KindStatement, "2026-02-05",
			"Volodymyr Zelenskyy repeated his call.", "", sg, "Volodymyr Zelenskyy"),
		rec("c", "Budget news", "2026-01-08", "Le Monde", 0, timeline.KindDecision, "2026-01-08",
			"The budget passed.", "", nil, "François Bayrou"),
		rec("c", "Budget news", "2026-01-08", "Le Monde", 100, timeline.KindStatement, "2026-01-08",
			"Keir Starmer commented.", "", nil, "Keir Starmer"),
		rec("d", "Weather in Ukraine", "2026-01-06", "Meteo", 0, timeline.KindOther, "2026-01-06",
			"Snow fell in Ukraine.", "Ukraine", nil),
	}
}

type row struct {
	ID      string
	Score   float64
	Reasons []string
	Copies  []string
}

func rows(l related.List) []row {
	var out []row
	for _, r := range l.Related {
		var cs []string
		for _, c := range r.Copies {
			cs = append(cs, c.ID)
		}
		out = append(out, row{r.Article.ID, r.Score, r.Reasons, cs})
	}
	return out
}

func TestRank(t *testing.T) {
	ix := related.New(corpus(), countries)
	l, ok := ix.Rank("q", related.Options{})
	if !ok {
		t.Fatal("q not indexed")
	}
	// a shared happening first (8, and 3 for each of three names both
	// are about); then what both are about (3 + 1.5 for the topic), halved
	// by the month between them; a name in passing last; never q itself, its
	// copy q2 only as a copy, nor d (a country alone).
	want := []row{
		{"a", 17, []string{"both report the meeting in Paris on 6 Jan 2026", "both are about Emmanuel Macron, Paris and Volodymyr Zelenskyy"}, nil},
		{"b", 2.25, []string{"both are about Volodymyr Zelenskyy and security guarantees"}, nil},
		{"c", 0.94, []string{"both mention Keir Starmer"}, nil},
	}
	if diff := cmp.Diff(want, rows(l)); diff != "" {
		t.Errorf("Rank(q) (-want +got):\n%s", diff)
	}
	if len(l.Copies) != 1 || l.Copies[0].ID != "q2" {
		t.Errorf("copies of q = %v, want q2", l.Copies)
	}
}

// What A scores for B, B scores for A: Enrich relies on it.
func TestRankIsSymmetric(t *testing.T) {
	ix := related.New(corpus(), countries)
	score := map[[2]string]float64{}
	for _, id := range ix.IDs() {
		l, _ := ix.Rank(id, related.Options{})
		for _, r := range l.Related {
			score[[2]string{id, r.Article.ID}] = r.Score
		}
	}
	for k, s := range score {
		if back, ok := score[[2]string{k[1], k[0]}]; ok && back != s {
			t.Errorf("%s→%s scores %v, back %v", k[0], k[1], s, back)
		}
	}
}

// The wire copy is grouped under the related it repeats (the later of
// the two tied), not listed twice.
func TestRankGroupsCopies(t *testing.T) {
	ix := related.New(corpus(), countries)
	l, _ := ix.Rank("a", related.Options{Limit: 2})
	want := []row{
		{"q2", 17, []string{"both report the meeting in Paris on 6 Jan 2026", "both are about Emmanuel Macron, Paris and Volodymyr Zelenskyy"}, []string{"q"}},
		{"b", 1.5, []string{"both are about Volodymyr Zelenskyy"}, nil},
	}
	if diff := cmp.Diff(want, rows(l)); diff != "" {
		t.Errorf("Rank(a) (-want +got):\n%s", diff)
	}
}

func TestRankOptions(t *testing.T) {
	ix := related.New(corpus(), countries)
	for _, c := range []struct {
		o    related.Options
		want []string
	}{
		{related.Options{Limit: 1}, []string{"a"}},
		{related.Options{Since: "2026-01-08"}, []string{"b", "c"}},
		{related.Options{ExcludeSources: []string{"kyiv post", "LE MONDE"}}, []string{"b"}},
	} {
		l, _ := ix.Rank("q", c.o)
		var got []string
		for _, r := range l.Related {
			got = append(got, r.Article.ID)
		}
		if !cmp.Equal(got, c.want) {
			t.Errorf("Rank(q, %+v) = %v, want %v", c.o, got, c.want)
		}
	}
	if _, ok := ix.Rank("nobody", related.Options{}); ok {
		t.Error("Rank of an unknown article is ok")
	}
}

// An article read from a file ranks against the stored ones: here a copy
// of b, so b is its copy and q2 (tied with q, published later) first.
func TestWith(t *testing.T) {
	ix := related.New(corpus(), countries)
	x := &timeline.Extraction{Article: timeline.Article{ID: "new", Title: "New", Published: "2026-02-06"}}
	for _, r := range corpus() {
		if r.Article.ID == "b" {
			x.Events = append(x.Events, r.Event)
		}
	}
	l, ok := ix.With(x).Rank("new", related.Options{Limit: 1})
	if !ok || len(l.Related) != 1 || l.Related[0].Article.ID != "q2" || len(l.Copies) != 1 || l.Copies[0].ID != "b" {
		t.Errorf("Rank(new) = %+v, %v; want q2 first and b a copy", l, ok)
	}
	if ix.Has("new") {
		t.Error("With changed the index it was called on")
	}
}

func TestFingerprint(t *testing.T) {
	a, b := related.New(corpus(), countries), related.New(corpus()[1:], countries)
	if a.Fingerprint("b") != b.Fingerprint("b") || a.Fingerprint("q") == b.Fingerprint("q") {
		t.Error("a fingerprint changed without its article, or not with it")
	}
}

// TestReasonSaysDays: a happening dated by a range of days ("overnight",
// 10–11 March) is reported "on" those days, as a day is; it read "in
// 10–11 Mar 2026".
func TestReasonSaysDays(t *testing.T) {
	night := func(art, sentence string) timeline.Record {
		r := rec(art, "Drones strike Valnik "+art, "2026-03-11", "Wire "+art, 0, timeline.KindAttack, "2026-03-10/2026-03-11",
			sentence, "Valnik", nil, "Ivan Petrenko")
		r.Event.Precision = timex.Range
		return r
	}
	l, _ := related.New([]timeline.Record{
		night("x", "Drones struck Valnik overnight, governor Ivan Petrenko said."),
		night("y", "A drone attack on Valnik killed three on the night of March 10-11, Ivan Petrenko reported."),
	}, countries).Rank("x", related.Options{})
	var reasons []string
	for _, r := range l.Related {
		reasons = append(reasons, r.Reasons...)
	}
	if len(reasons) == 0 || reasons[0] != "both report the attack in Valnik on 10–11 Mar 2026" {
		t.Errorf("reasons %q", reasons)
	}
}
