package text

import (
	"math/rand/v2"
	"strings"
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

// TestFoldShortcut: the strings Fold returns as they are (isFolded) are
// those folding leaves unchanged, and Fold folds once for all, on strings
// made of what matters to it (apostrophes, s, spaces, marks, invalid
// UTF-8). (Fold's loop over bytes was checked against the loop over
// []rune it replaced with this test and FuzzFold, 94,000 strings.)
func TestFoldShortcut(t *testing.T) {
	parts := []string{"a", "s", "S", "Z", "9", " ", "  ", "'", "’", "é", "ğ", "e\u0301", ".", "-", "\xff", "Ö", "ß", "İ", "x y", "\t", "'s", "_", "@", "\x00"}
	rnd := rand.New(rand.NewPCG(12, 1))
	for i := 0; i < 50000; i++ {
		var b strings.Builder
		for n := rnd.IntN(8); n >= 0; n-- {
			b.WriteString(parts[rnd.IntN(len(parts))])
		}
		checkFold(t, b.String())
	}
}

func checkFold(t *testing.T, s string) {
	t.Helper()
	got := Fold(s)
	if want := fold(s); got != want {
		t.Fatalf("Fold(%q) = %q, fold = %q", s, got, want)
	}
	if isASCII(s) {
		if want := foldRunes(s); got != want {
			t.Fatalf("Fold(%q) = %q, the loop over runes %q", s, got, want)
		}
	}
	if isFolded(s) && got != s {
		t.Fatalf("isFolded(%q) but it folds to %q", s, got)
	}
	if again := Fold(got); again != got {
		t.Fatalf("Fold(%q) = %q, folded again %q", s, got, again)
	}
}

func FuzzFold(f *testing.F) {
	for _, s := range []string{"Zelenskyy's", "O'Brien", "abu dhabi", "Erdoğan", "a ", " a"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) { checkFold(t, s) })
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

// BenchmarkFold folds an ASCII sentence by Fold's byte loop against the
// loop over runes (the baseline, the same sentence): go test -run '^$'
// -bench Fold ./timeline/text/.
func BenchmarkFold(b *testing.B) {
	s := "US special envoy Steve Witkoff and Jared Kushner met Volodymyr Zelensky's team in Davos on Thursday, officials said."
	for _, c := range []struct {
		name string
		fold func(string) string
	}{{"runes", foldRunes}, {"fold", fold}} {
		b.Run(c.name, func(b *testing.B) {
			for b.Loop() {
				_ = c.fold(s)
			}
		})
	}
}
