package gazetteer

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/storygraph/storygraph/timeline/text"
)

func names(t *testing.T, g *Gazetteer, s string) []string {
	t.Helper()
	var out []string
	for _, m := range g.Names(text.Tokenize(s)) {
		out = append(out, string(m.Via)+":"+s[m.Start:m.End]+"="+m.Entries[0].Name)
	}
	return out
}

func TestNames(t *testing.T) {
	g := load(t)
	for _, c := range []struct {
		text string
		want []string
	}{
		{"Zelenskiy met Steve Witkoff in Kiev.", []string{"name:Zelenskiy=Volodymyr Zelenskyy", "name:Steve Witkoff=Steve Witkoff", "name:Kiev=Kyiv"}},
		{"Witkoff's trip", []string{"surname:Witkoff=Steve Witkoff"}},
		{"the US and the U.S. and the USA", []string{"name:US=United States", "name:U.S.=United States", "name:USA=United States"}},
		{"let us go", nil}, // "us" is not the US
		{"Nato and NATO", []string{"name:Nato=NATO", "name:NATO=NATO"}},
		{"the Zaporizhzhia nuclear plant is in Zaporizhzhia", []string{"name:Zaporizhzhia nuclear plant=Zaporizhzhia Nuclear Power Plant", "name:Zaporizhzhia=Zaporizhzhia"}},
		{"Ukrainian forces", []string{"demonym:Ukrainian=Ukraine"}},
		{"the world economic forum", nil}, // lower case is not the name
		{"ZELENSKYY SPEAKS", []string{"surname:ZELENSKYY=Volodymyr Zelenskyy"}},
		// an ampersand for the "and" of a name
		{"the Foreign, Commonwealth & Development Office said", []string{"name:Foreign, Commonwealth & Development Office=Foreign Office"}},
	} {
		if got := names(t, g, c.text); !cmp.Equal(got, c.want) {
			t.Errorf("%q: got %v, want %v", c.text, got, c.want)
		}
	}
	// a shared surname gives every candidate
	ms := g.Names(text.Tokenize("Trump said"))
	if len(ms) != 1 || len(ms[0].Entries) != 2 {
		t.Errorf("Trump: got %+v, want one match with two candidates", ms)
	}
}

func TestKeywords(t *testing.T) {
	g := load(t)
	var got []string
	for _, m := range g.Keywords(text.Tokenize("Peace talks resumed; a ceasefire, then more ceasefires.")) {
		got = append(got, m.Topic.ID)
	}
	if !cmp.Equal(got, []string{"peace-negotiations", "peace-negotiations", "peace-negotiations"}) {
		t.Errorf("keywords = %v", got)
	}
}

// TestEntityTopics: a topic's entities name it, no one else does.
func TestEntityTopics(t *testing.T) {
	g := load(t)
	for _, c := range []struct {
		name string
		want []string
	}{
		{"Steve Witkoff", []string{"peace-negotiations"}},
		{"Volodymyr Zelenskyy", nil},
		{"Nobody Known", nil},
	} {
		var got []string
		for _, tp := range g.EntityTopics(c.name) {
			got = append(got, tp.ID)
		}
		if !cmp.Equal(got, c.want) {
			t.Errorf("EntityTopics(%q) = %v, want %v", c.name, got, c.want)
		}
	}
}

func BenchmarkNames(b *testing.B) {
	g, err := LoadFiles("testdata/small.yaml")
	if err != nil {
		b.Fatal(err)
	}
	s := strings.Repeat("US Special Envoy Steve Witkoff met Zelenskyy in Kyiv to discuss peace talks and a ceasefire with NATO. ", 50)
	b.SetBytes(int64(len(s)))
	for i := 0; i < b.N; i++ {
		g.Names(text.Tokenize(s))
	}
}
