package extract

import (
	"slices"
	"testing"
)

// TestTopics: a sentence's topics are its keywords' and its topic
// entities'; the article's main topic, with three keyword hits or more,
// covers every sentence.
func TestTopics(t *testing.T) {
	for _, c := range []struct {
		text   string
		main   string
		topics []string // the last sentence's
	}{
		// one hit: no main topic; Steve Witkoff brings peace negotiations
		{"Engineers repaired the line. Steve Witkoff discussed sanctions.", "", []string{"peace-negotiations", "sanctions"}},
		// three hits: sanctions covers the sentence that names none
		{"The EU adopted sanctions, more sanctions and a sanctions package. Engineers repaired the line.", "sanctions", []string{"sanctions"}},
		// a topic made of attacks covers attacks only: a meeting in an
		// article on drone strikes is no attack
		{"Drones struck Sumy. Drone strikes and a missile attack hit Kharkiv. Shahed drones hit Odesa on Monday.", "drone-and-missile-attacks", []string{"drone-and-missile-attacks"}},
		{"Drones struck Sumy. Drone strikes and a missile attack hit Kharkiv. Volodymyr Zelenskyy met Donald Trump in Paris on Monday.", "drone-and-missile-attacks", []string{}},
	} {
		st, s := sentenceOf(t, c.text, beforeDating, memory{})
		if st.mainTopic != c.main {
			t.Errorf("%q: main topic %q, want %q", c.text, st.mainTopic, c.main)
		}
		if got := st.topicsOf(s.block, s.toks, s.parts, s.kind); !slices.Equal(got, c.topics) {
			t.Errorf("%q: the last sentence's topics %q, want %q", c.text, got, c.topics)
		}
	}
}
