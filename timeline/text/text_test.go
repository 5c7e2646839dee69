package text

import (
	"math/rand/v2"
	"strings"
	"testing"
	"unicode"

	"github.com/google/go-cmp/cmp"
	"golang.org/x/text/runes"
	"golang.org/x/text/transform"
	"golang.org/x/text/unicode/norm"
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

// foldReference is Fold as it was before it learnt to skip folded strings
// and pool its transformer: TestFoldAsBefore holds the faster one to it.
func foldReference(s string) string {
	if !isASCII(s) {
		t := transform.Chain(norm.NFD, runes.Remove(runes.In(unicode.Mn)), norm.NFC)
		if r, _, err := transform.String(t, s); err == nil {
			s = r
		}
	}
	rs := []rune(s)
	var b strings.Builder
	space := true
	for i := 0; i < len(rs); i++ {
		r := rs[i]
		switch {
		case r == '\'' || r == '’':
			if i+1 < len(rs) && (rs[i+1] == 's' || rs[i+1] == 'S') && (i+2 == len(rs) || !isWordRune(rs[i+2])) {
				i++
			}
		case isWordRune(r):
			b.WriteRune(unicode.ToLower(r))
			space = false
		default:
			if !space {
				b.WriteByte(' ')
				space = true
			}
		}
	}
	return strings.TrimSpace(b.String())
}

// TestFoldAsBefore: Fold gives what foldReference gives on strings made
// of the characters that matter to it (apostrophes, s, spaces, marks,
// invalid UTF-8), and on folded strings.
func TestFoldAsBefore(t *testing.T) {
	parts := []string{"a", "s", "S", "Z", "9", " ", "  ", "'", "’", "é", "ğ", "e\u0301", ".", "-", "\xff", "Ö", "ß", "İ", "x y", "\t"}
	rnd := rand.New(rand.NewPCG(12, 1))
	for i := 0; i < 50000; i++ {
		var b strings.Builder
		for n := rnd.IntN(8); n >= 0; n-- {
			b.WriteString(parts[rnd.IntN(len(parts))])
		}
		in := b.String()
		if got, want := Fold(in), foldReference(in); got != want {
			t.Fatalf("Fold(%q) = %q, want %q as before", in, got, want)
		}
	}
}

func FuzzFold(f *testing.F) {
	for _, s := range []string{"Zelenskyy's", "O'Brien", "abu dhabi", "Erdoğan", "a ", " a"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := Fold(s), foldReference(s); got != want {
			t.Errorf("Fold(%q) = %q, want %q as before", s, got, want)
		}
	})
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
