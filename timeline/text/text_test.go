package text

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestFold(t *testing.T) {
	for in, want := range map[string]string{
		"Zelenskyy's":      "zelenskyy",
		"ZELENSKYY":        "zelenskyy",
		"Erdoğan":          "erdogan",
		"António Guterres": "antonio guterres",
		"O'Brien":          "obrien",
		"  Abu   Dhabi ":   "abu dhabi",
		"Putin’s":          "putin",
		"U.S.":             "u s",
	} {
		if got := Fold(in); got != want {
			t.Errorf("Fold(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestTokenize(t *testing.T) {
	s := "The U.S. envoy met Zelenskyy's team in Kyiv, Russia-Ukraine."
	var got []string
	for _, tk := range Tokenize(s) {
		if s[tk.Start:tk.End] == "" {
			t.Fatalf("empty token %+v", tk)
		}
		k := tk.Key
		if tk.Possessive {
			k += "'s"
		}
		got = append(got, k)
	}
	want := []string{"the", "us", "envoy", "met", "zelenskyy's", "team", "in", "kyiv", "russia", "ukraine"}
	if !cmp.Equal(got, want) {
		t.Errorf("Tokenize = %v, want %v", got, want)
	}
}
