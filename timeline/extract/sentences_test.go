package extract

import (
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/storygraph/storygraph/timeline"
)

func TestSplitSentences(t *testing.T) {
	for _, c := range []struct {
		text string
		want []string
	}{
		{"It's down to one last issue. On January 22, 2026, US Special Envoy Steve Witkoff spoke.",
			[]string{"It's down to one last issue.", "On January 22, 2026, US Special Envoy Steve Witkoff spoke."}},
		{`NATO chief Mark Rutte warned that peace talks are "fantastic." Ukraine agreed.`,
			[]string{`NATO chief Mark Rutte warned that peace talks are "fantastic."`, "Ukraine agreed."}},
		{"Mr. Smith met Dr. Jones in the U.S. on Jan. 5. They talked.",
			[]string{"Mr. Smith met Dr. Jones in the U.S. on Jan. 5.", "They talked."}},
		{"Donald J. Trump spoke at 3 p.m. on Monday. Then he left.",
			[]string{"Donald J. Trump spoke at 3 p.m. on Monday.", "Then he left."}},
		{"Prices rose 2.5 percent. Why? Nobody knows!", []string{"Prices rose 2.5 percent.", "Why?", "Nobody knows!"}},
		{"He said: “We will win.” The war goes on.", []string{"He said: “We will win.”", "The war goes on."}},
		{"  trailing space without a stop  ", []string{"trailing space without a stop"}},
		{"e.g. this stays one sentence.", []string{"e.g. this stays one sentence."}},
		// a brand in camel case opens a sentence though its first letter is small
		{"Halvern said it would.\niCloud will follow in the fall. eBay agreed.", []string{"Halvern said it would.", "iCloud will follow in the fall.", "eBay agreed."}},
		// a quote opened in Penn Treebank tokens opens a sentence
		{"The deal was signed in Halvik.\n`` We could not do this alone '' , Saari said.", []string{"The deal was signed in Halvik.", "`` We could not do this alone '' , Saari said."}},
		// an abbreviation's dot can end the sentence too
		{"The drones hit shortly after 2 a.m. Rescuers pulled three people out.",
			[]string{"The drones hit shortly after 2 a.m.", "Rescuers pulled three people out."}},
		{"It starts at 2 p.m. EST and at 9 p.m. Moscow time on Friday.",
			[]string{"It starts at 2 p.m. EST and at 9 p.m. Moscow time on Friday."}},
		{"The window opens March 6 at 6:24 p.m. EST. Coverage begins at 1:30 p.m.",
			[]string{"The window opens March 6 at 6:24 p.m. EST.", "Coverage begins at 1:30 p.m."}},
		{"The rollout began at 11:13 p.m. Thursday from the hangar. It ended at 6 a.m. Feb. 20.",
			[]string{"The rollout began at 11:13 p.m. Thursday from the hangar.", "It ended at 6 a.m. Feb. 20."}},
		{"The plant was sold to Acme Inc. The deal closed in May. Envoys flew to the U.S. They met in the U.S. Senate.",
			[]string{"The plant was sold to Acme Inc.", "The deal closed in May.", "Envoys flew to the U.S.", "They met in the U.S. Senate."}},
		// one sentence a line: a line break after "Ltd." or "U.S." ends it;
		// a hard-wrapped paragraph's break inside a sentence does not
		{"The bridge was built by Shrinath Infra Ltd.\nPolice arrested two engineers.\nThe firm is based in the U.S.\nIt fired its chief.",
			[]string{"The bridge was built by Shrinath Infra Ltd.", "Police arrested two engineers.", "The firm is based in the U.S.", "It fired its chief."}},
		{"Envoys flew from Oslo and met members of the U.S.\nSenate on Monday, then\nflew on to Rome.",
			[]string{"Envoys flew from Oslo and met members of the U.S.\nSenate on Monday, then\nflew on to Rome."}},
		// an initial's dot inside an editor's brackets ends no sentence;
		// a bracket after a word's dot still does
		{"He backed [Harold K. W.] Dunmore in 88. He lost [the race.] Then came Lena.",
			[]string{"He backed [Harold K. W.] Dunmore in 88.", "He lost [the race.]", "Then came Lena."}},
	} {
		checkSentences(t, c.text, splitSentences(c.text, 0, len(c.text)), c.want)
	}
}

// TestSentencesOfBlock: in a block laid out one sentence a line, a line
// without a sentence's end above a line that opens a sentence (a title, a
// heading) is a sentence of its own; a hard-wrapped paragraph is as its
// full stops split it.
func TestSentencesOfBlock(t *testing.T) {
	for _, c := range []struct {
		text string
		want []string
	}{
		{"Joint statement on the talks in Varnel\nOn 4 May, the ministers met in Varnel.\nThey signed a memorandum.\nThey thanked the hosts.",
			[]string{"Joint statement on the talks in Varnel", "On 4 May, the ministers met in Varnel.", "They signed a memorandum.", "They thanked the hosts."}},
		{"Engineers at the Varnel centre completed tests of the\nRover on March 24. The tests, which began\nin February, went well.",
			[]string{"Engineers at the Varnel centre completed tests of the\nRover on March 24.", "The tests, which began\nin February, went well."}},
		{"The ministers met in Varnel and agreed,\nAmong other things, to meet again.\nThey signed a memorandum.\nThey thanked the hosts.",
			[]string{"The ministers met in Varnel and agreed,\nAmong other things, to meet again.", "They signed a memorandum.", "They thanked the hosts."}},
		// a heading among three lines; a line wrapped inside lines
		{"Talks in Halvik\nEnvoys met in Halvik on Monday.\nThey signed a memorandum.",
			[]string{"Talks in Halvik", "Envoys met in Halvik on Monday.", "They signed a memorandum."}},
		{"Envoys met in Halvik on Monday.\nThe talks, the first since the\nceasefire, lasted six hours.\nThey signed a memorandum.",
			[]string{"Envoys met in Halvik on Monday.", "The talks, the first since the\nceasefire, lasted six hours.", "They signed a memorandum."}},
		{"Envoys met in Halvik on Monday for talks\nthat lasted six hours. The Foreign\nMinister said they had gone well and\nthat a second round would follow.",
			[]string{"Envoys met in Halvik on Monday for talks\nthat lasted six hours.", "The Foreign\nMinister said they had gone well and\nthat a second round would follow."}},
	} {
		sents, _ := sentencesOfBlock(c.text, 0, len(c.text))
		checkSentences(t, c.text, sents, c.want)
	}
}

// checkSentences compares the sentences of text at spans with want.
func checkSentences(t *testing.T, text string, spans []span, want []string) {
	t.Helper()
	var got []string
	for _, s := range spans {
		got = append(got, text[s.Start:s.End])
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("%q (-want +got):\n%s", text, diff)
	}
}

func TestSpan(t *testing.T) {
	for _, c := range []struct{ in, first, last string }{
		{"2026", "2026-01-01", "2026-12-31"},
		{"2024-02", "2024-02-01", "2024-02-29"},
		{"2026-01-22", "2026-01-22", "2026-01-22"},
		{"2026-01-19/2026-01-25", "2026-01-19", "2026-01-25"},
		{"2025-12/2026-01", "2025-12-01", "2026-01-31"},
		{"2026-01-22T12:00Z", "2026-01-22", "2026-01-22"},
		{"", "", ""},
		{"2026-13", "", ""},
		{"2026-01-25/2026-01-19", "", ""},
	} {
		f, l, ok := timeline.Span(c.in)
		if f != c.first || l != c.last || ok != (c.first != "") {
			t.Errorf("Span(%q) = %q, %q, %v; want %q, %q", c.in, f, l, ok, c.first, c.last)
		}
	}
}

func TestKeys(t *testing.T) {
	got := timeline.Keys("Volodymyr Zelenskyy", timeline.Person, []string{"Zelensky", "Volodymyr Zelenskyy"})
	want := []string{"volodymyr zelenskyy", "zelensky", "zelenskyy"}
	if !cmp.Equal(got, want) {
		t.Errorf("Keys = %v, want %v", got, want)
	}
	if got := timeline.Keys("Abu Dhabi", timeline.Place, nil); !cmp.Equal(got, []string{"abu dhabi"}) {
		t.Errorf("place keys = %v (a place has no surname key)", got)
	}
}
