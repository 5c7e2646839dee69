package text

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Token is one word of a text: a run of letters and digits, or an acronym
// with dots ("U.S."). A possessive "'s" after it is not part of the token.
type Token struct {
	Start, End int    // byte offsets of the word in the text
	Key        string // folded: lower case, no diacritics, no dots
	Upper      bool   // first letter is upper case
	Caps       bool   // every letter is upper case (and there are at least two)
	Possessive bool   // followed by 's
}

// Tokenize splits text into tokens. It is the one tokeniser of the
// extraction pipeline, so offsets agree everywhere.
func Tokenize(text string) []Token {
	return AppendTokens(make([]Token, 0, len(text)/5), text)
}

// AppendTokens appends the tokens of text to toks, their offsets in text,
// and returns the extended slice: the blocks of an article can share one
// array, which then serves as the whole article's tokens.
func AppendTokens(toks []Token, text string) []Token {
	i := 0
	for i < len(text) {
		r, size := rune(text[i]), 1
		if r >= utf8.RuneSelf {
			r, size = utf8.DecodeRuneInString(text[i:])
		}
		if !isWordRune(r) {
			i += size
			continue
		}
		start := i
		ascii := true
		letters, uppers := 0, 0
		first := true
		upperFirst := false
		dots := false
		for i < len(text) {
			r, size = rune(text[i]), 1
			if r >= utf8.RuneSelf {
				r, size = utf8.DecodeRuneInString(text[i:])
				ascii = false
			}
			if isWordRune(r) {
				if unicode.IsLetter(r) {
					letters++
					if unicode.IsUpper(r) {
						uppers++
					}
				}
				if first {
					upperFirst = unicode.IsUpper(r)
					first = false
				}
				i += size
				continue
			}
			// "U.S." and "U.K.": a dot between single letters stays inside.
			if r == '.' && i+1 < len(text) && i-start >= 1 && isSingleLetterBefore(text, start, i) && i+2 <= len(text) && isASCIILetter(text[i+1]) && (i+2 == len(text) || text[i+2] == '.') {
				dots = true
				i++
				continue
			}
			break
		}
		end := i
		if dots && end < len(text) && text[end] == '.' {
			end++ // the final dot of "U.S."
			i = end
		}
		word := text[start:end]
		var key string
		switch {
		case dots:
			key = strings.ToLower(strings.ReplaceAll(word, ".", ""))
		case ascii:
			key = lowerASCII(word)
		default:
			key = Fold(word)
		}
		t := Token{Start: start, End: end, Key: key, Upper: upperFirst, Caps: letters >= 2 && uppers == letters}
		// possessive 's / ’s
		if j := end; j < len(text) {
			if text[j] == '\'' && j+1 < len(text) && (text[j+1] == 's' || text[j+1] == 'S') && (j+2 == len(text) || !isWordByte(text[j+2])) {
				t.Possessive = true
				i = j + 2
			} else if strings.HasPrefix(text[j:], "’") && j+3 < len(text) && (text[j+3] == 's' || text[j+3] == 'S') && (j+4 == len(text) || !isWordByte(text[j+4])) {
				t.Possessive = true
				i = j + 4
			}
		}
		toks = append(toks, t)
	}
	return toks
}

func isSingleLetterBefore(text string, start, i int) bool {
	// the segment since the last dot (or start) is one ASCII letter
	j := strings.LastIndexByte(text[start:i], '.')
	seg := text[start+j+1 : i]
	return len(seg) == 1 && isASCIILetter(seg[0])
}

func isASCIILetter(b byte) bool { return (b >= 'a' && b <= 'z') || (b >= 'A' && b <= 'Z') }

func isWordByte(b byte) bool {
	return isASCIILetter(b) || (b >= '0' && b <= '9') || b >= utf8.RuneSelf
}

func lowerASCII(s string) string {
	for i := 0; i < len(s); i++ {
		if c := s[i]; c >= 'A' && c <= 'Z' {
			b := []byte(s)
			for j := i; j < len(b); j++ {
				if b[j] >= 'A' && b[j] <= 'Z' {
					b[j] += 'a' - 'A'
				}
			}
			return string(b)
		}
	}
	return s
}
