package text

import (
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/runes"
	"golang.org/x/text/transform"
	"golang.org/x/text/unicode/norm"
)

// Fold normalises a name for comparison: diacritics removed, lower case,
// possessive "'s" dropped, punctuation turned to spaces, spaces collapsed.
// "Zelenskyy's" and "ZELENSKYY" fold alike; stores index entity keys folded
// so that filters compare the same way on every store.
//
// Extraction folds every name it meets, so Fold allocates little: a
// string already folded is returned as it is, and the transformer that
// removes diacritics is pooled (a new one allocates its buffers, an
// eighth of what extraction allocated: go test -memprofile on
// BenchmarkExtract).
func Fold(s string) string {
	if isFolded(s) {
		return s
	}
	return fold(s)
}

// fold is Fold without the shortcut for folded strings.
func fold(s string) string {
	if !isASCII(s) {
		t := unaccents.Get().(transform.Transformer)
		if r, _, err := transform.String(t, s); err == nil {
			s = r
		}
		unaccents.Put(t)
	}
	if isASCII(s) {
		return foldASCII(s)
	}
	return foldRunes(s)
}

// foldASCII is foldRunes on ASCII text, a byte at a time: most text is
// ASCII, and decoding, testing and writing each rune was most of Fold's
// time (enrich folds every stored sentence; extraction every name).
func foldASCII(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	space := true
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case c == '\'':
			// "Putin's" folds to "putin"; "O'Brien" to "obrien".
			if i+1 < len(s) && (s[i+1] == 's' || s[i+1] == 'S') && (i+2 == len(s) || !isWordByte(s[i+2])) {
				i++
			}
		case isASCIILetter(c) || c >= '0' && c <= '9':
			if c >= 'A' && c <= 'Z' {
				c += 'a' - 'A'
			}
			b.WriteByte(c)
			space = false
		case !space:
			b.WriteByte(' ')
			space = true
		}
	}
	out := b.String()
	if space && out != "" {
		out = out[:len(out)-1] // the space after the last word
	}
	return out
}

// foldRunes is fold's loop, after diacritics are removed.
func foldRunes(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	space := true
	for i := 0; i < len(s); {
		r, n := utf8.DecodeRuneInString(s[i:])
		i += n
		switch {
		case r == '\'' || r == '’':
			// "Putin's" folds to "putin"; "O'Brien" to "obrien".
			if next, m := utf8.DecodeRuneInString(s[i:]); next == 's' || next == 'S' {
				if after, _ := utf8.DecodeRuneInString(s[i+m:]); i+m == len(s) || !isWordRune(after) {
					i += m
				}
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

// unaccents pools the NFD, remove marks, NFC chain: a chain is not safe
// for concurrent use, and transform.String resets it.
var unaccents = sync.Pool{New: func() any {
	return transform.Chain(norm.NFD, runes.Remove(runes.In(unicode.Mn)), norm.NFC)
}}

// isFolded says whether Fold would return s unchanged: ASCII lower-case
// letters and digits, words parted by single spaces.
func isFolded(s string) bool {
	if s == "" {
		return true
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c >= 'a' && c <= 'z', c >= '0' && c <= '9':
		case c == ' ' && i > 0 && i < len(s)-1 && s[i-1] != ' ':
		default:
			return false
		}
	}
	return true
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
