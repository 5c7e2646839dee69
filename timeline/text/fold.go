package text

import (
	"strings"
	"unicode"

	"golang.org/x/text/runes"
	"golang.org/x/text/transform"
	"golang.org/x/text/unicode/norm"
)

// Fold normalises a name for comparison: diacritics removed, lower case,
// possessive "'s" dropped, punctuation turned to spaces, spaces collapsed.
// "Zelenskyy's" and "ZELENSKYY" fold alike; stores index entity keys folded
// so that filters compare the same way on every store.
func Fold(s string) string {
	if !isASCII(s) {
		t := transform.Chain(norm.NFD, runes.Remove(runes.In(unicode.Mn)), norm.NFC)
		if r, _, err := transform.String(t, s); err == nil {
			s = r
		}
	}
	rs := []rune(s)
	var b strings.Builder
	b.Grow(len(s))
	space := true
	for i := 0; i < len(rs); i++ {
		r := rs[i]
		switch {
		case r == '\'' || r == '’':
			// "Putin's" folds to "putin"; "O'Brien" to "obrien".
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

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			return false
		}
	}
	return true
}

func isWordRune(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }
