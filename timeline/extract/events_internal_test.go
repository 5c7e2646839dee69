package extract

import (
	"reflect"
	"strings"
	"sync"
	"testing"

	"github.com/storygraph/storygraph/seeds"
	"github.com/storygraph/storygraph/timeline"
	"github.com/storygraph/storygraph/timeline/article"
	"github.com/storygraph/storygraph/timeline/gazetteer"
)

// The helpers the stage tests share: a docState prepared from a text, and
// its sentences taken through the stages before the one under test.

var testGazetteer = sync.OnceValues(func() (*gazetteer.Gazetteer, error) {
	return gazetteer.LoadFS(seeds.FS(), seeds.GazetteerDir)
})

// testArticle is an article of one paragraph, the text, published on
// Wednesday 2026-01-21, and the extractor to read it.
func testArticle(t *testing.T, text string) (*Extractor, *article.Doc) {
	t.Helper()
	g, err := testGazetteer()
	if err != nil {
		t.Fatal(err)
	}
	return &Extractor{Gazetteer: g}, &article.Doc{Name: "t.md", Format: "markdown", Title: "Test", Published: "2026-01-21", Text: text,
		Blocks: []article.Block{{Kind: article.KindParagraph, Text: text, Start: 0, End: len(text)}}}
}

// docOf is the docState of testArticle(text) after the document passes
// (names, titles, discovery, surnames, the main topic): what the event
// pass starts from.
func docOf(t *testing.T, text string) *docState {
	t.Helper()
	x, doc := testArticle(t, text)
	st := &docState{x: x, doc: doc, text: text, entities: map[string]*timeline.Entity{}}
	for _, pass := range documentPasses {
		pass(st)
	}
	return st
}

// stage is how far sentenceOf takes a sentence: through every stage
// before the one named.
type stage int

const (
	beforeAsides stage = iota
	beforeTrigger
	beforeClause
	beforeCast
	beforeDating
	beforeHappening
	beforeModality
)

// sentenceOf prepares the last sentence of text, read (readSentence) and
// taken through the stages before upTo, with mem as the memory of the
// sentences before. It fails the test if the sentence is turned away
// unread.
func sentenceOf(t *testing.T, text string, upTo stage, mem memory) (*docState, *sentence) {
	t.Helper()
	st := docOf(t, text)
	if upTo > beforeDating && mem.paraDate.basis == "" {
		mem.paraDate = st.publishedDate()
	}
	sents := st.blocks[0].sentences
	s := &sentence{}
	st.readSentence(s, 0, sents[len(sents)-1])
	if !s.read {
		t.Fatalf("%q: turned away unread (%s)", text, st.firstRule(unreadRules, s))
	}
	steps := []func(){
		func() { markAsides(s) },
		func() { pickTrigger(s) },
		func() { st.cutClause(s) },
		func() { st.findCast(s, mem.antecedents) },
		func() { st.dateSentence(s, mem.paraDate) },
		func() {}, // the happening rules fill nothing in
	}
	for _, step := range steps[:upTo] {
		step()
	}
	return st, s
}

// word is the text of token k of the sentence, or "-" for none.
func word(s *sentence, k int) string {
	if k < 0 || k >= len(s.toks) {
		return "-"
	}
	return s.text[s.toks[k].Start-s.span.Start : s.toks[k].End-s.span.Start]
}

// spanText is the text of a span of the sentence.
func spanText(s *sentence, sp span) string {
	return s.text[sp.Start-s.span.Start : sp.End-s.span.Start]
}

// partsOf writes participants as "Name/role" joined by ", ", or "-".
func partsOf(ps []timeline.Participant) string {
	if len(ps) == 0 {
		return "-"
	}
	var out []string
	for _, p := range ps {
		out = append(out, p.Name+"/"+string(p.Role))
	}
	return strings.Join(out, ", ")
}

// TestSentenceEventStages: the stages one by one, as sentenceOf and the
// tests of each stage take them, give the event sentenceEvent gives.
func TestSentenceEventStages(t *testing.T) {
	text := "Putin met Trump in Geneva on Monday. He said the talks went well."
	mem := memory{antecedents: antecedents{one: "Vladimir Putin"}}
	st, s := sentenceOf(t, text, beforeModality, mem)
	if rule := st.firstRule(notHappening, s); rule != "" {
		t.Fatalf("rejected: %s", rule)
	}
	st.modality(s)
	got := st.buildEvent("a", s)

	st = docOf(t, text)
	mem.paraDate = st.publishedDate()
	var whole sentence
	st.readSentence(&whole, 0, st.blocks[0].sentences[1])
	want, ok := st.sentenceEvent("a", &whole, mem)
	if !ok || !reflect.DeepEqual(got, want) {
		t.Errorf("stage by stage:\n%+v\nsentenceEvent:\n%+v", got, want)
	}
	if got.Kind != timeline.KindStatement || got.AssertedBy != "Vladimir Putin" {
		t.Errorf("kind %s by %q, want a statement by Vladimir Putin", got.Kind, got.AssertedBy)
	}
}

// TestBuildEvent: the speaker named after the reporting verb acts, the
// source of a claim is its source, agents come first; the cast's own
// participants, which the memory keeps, stay as the cast found them.
func TestBuildEvent(t *testing.T) {
	for _, c := range []struct{ text, cast, event string }{
		{text: "“We will win,” said Volodymyr Zelenskyy.",
			cast: "Volodymyr Zelenskyy/counterpart", event: "said: Volodymyr Zelenskyy/agent"},
		{text: "Russian drones struck Odesa, Volodymyr Zelenskyy said.",
			cast: "Volodymyr Zelenskyy/subject, Russia/agent", event: "said: Volodymyr Zelenskyy/source, Russia/agent"},
		{text: "Moscow said its forces struck Kharkiv.",
			cast: "Russia/agent", event: "said: Russia/source"},
		{text: "The meeting between Donald Trump and Volodymyr Zelenskyy is scheduled for noon.",
			cast: "Donald Trump/counterpart, Volodymyr Zelenskyy/counterpart", event: "meeting: Donald Trump/counterpart, Volodymyr Zelenskyy/counterpart"},
	} {
		st, s := sentenceOf(t, c.text, beforeModality, memory{})
		st.modality(s)
		ev := st.buildEvent("a", s)
		if got := ev.Verb + ": " + partsOf(ev.Participants); got != c.event {
			t.Errorf("%q: event %s, want %s", c.text, got, c.event)
		}
		if got := partsOf(s.parts); got != c.cast {
			t.Errorf("%q: the cast became %s, want %s", c.text, got, c.cast)
		}
	}
}
