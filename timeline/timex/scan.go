package timex

import (
	"sync"
	"unicode/utf8"
)

// Tokeniser. One pass over the bytes splits a sentence into words, numbers
// and punctuation with their byte offsets, looks every short word up in the
// keyword table, and notes whether anything could start a time expression.
// It allocates nothing: token slices come from a pool.

const (
	kWord = iota + 1
	kNum
	kPunct
)

type tok struct {
	s, e  int
	k     uint8
	id    wid
	n     int  // word: table value; number: its value (integer part)
	nd    int  // number: count of digits before any separator
	ab    bool // abbreviated month or weekday
	pl    bool // plural unit
	up    bool // word starts with an upper-case letter
	allUp bool // word is all upper case (GMT, EST)
	grp   bool // number written with thousands separators ("3,000")
	dec   bool // number has a decimal part ("1.5")
	sp    bool // whitespace (or the start of the sentence) before the token
	p     byte // punctuation: '-' for every dash and hyphen, '\'' for every apostrophe
}

var tokPool = sync.Pool{New: func() any { s := make([]tok, 0, 64); return &s }}

func isLetter(b byte) bool { return b|0x20 >= 'a' && b|0x20 <= 'z' }
func isDigit(b byte) bool  { return b >= '0' && b <= '9' }

// tokenize appends the tokens of s to ts and reports whether the sentence
// has a digit or a keyword that can start an expression.
func tokenize(s string, ts []tok) ([]tok, bool) {
	cand := false
	sp := true
	var buf [16]byte
	for i := 0; i < len(s); {
		b := s[i]
		switch {
		case b == ' ' || b == '\t' || b == '\n' || b == '\r' || b == '\f' || b == '\v':
			sp = true
			i++
		case isLetter(b):
			j := i
			up := b <= 'Z'
			allUp := true
			for j < len(s) && isLetter(s[j]) {
				if s[j] >= 'a' {
					allUp = false
				}
				j++
			}
			t := tok{s: i, e: j, k: kWord, up: up, allUp: allUp, sp: sp}
			if j-i <= len(buf) {
				for k := i; k < j; k++ {
					buf[k-i] = s[k] | 0x20
				}
				if w, ok := words[string(buf[:j-i])]; ok {
					t.id, t.n, t.ab, t.pl = w.id, w.n, w.ab, w.pl
					if w.key {
						cand = true
					}
					if up && j-i == 3 && j < len(s) && (s[j] == '.' || s[j] == ',') {
						// "Sat.", "Wed., May 6": a capitalised abbreviation
						// with its stop or comma may be a weekday ("Sat" is
						// also a past verb); tokens.go decides
						if n, ok := dayAbbrev3(buf[:3]); ok {
							t.id, t.n, t.ab, t.pl = wMon+wid(n), n, true, false
							cand = true
						}
					}
				}
			}
			ts = append(ts, t)
			sp = false
			i = j
		case isDigit(b):
			cand = true
			j := i
			n := 0
			for j < len(s) && isDigit(s[j]) {
				if n < 1e8 {
					n = n*10 + int(s[j]-'0')
				}
				j++
			}
			t := tok{s: i, k: kNum, n: n, nd: j - i, sp: sp}
			// Thousands groups: ",ddd" repeated, not followed by another digit.
			for j+3 < len(s) && s[j] == ',' && isDigit(s[j+1]) && isDigit(s[j+2]) && isDigit(s[j+3]) && (j+4 >= len(s) || !isDigit(s[j+4])) && t.nd <= 3 {
				t.grp = true
				if n < 1e8 {
					n = n*1000 + int(s[j+1]-'0')*100 + int(s[j+2]-'0')*10 + int(s[j+3]-'0')
				}
				j += 4
			}
			// A decimal part, but not a dotted date or clock ("22.01.2026").
			if j+1 < len(s) && s[j] == '.' && isDigit(s[j+1]) && (i == 0 || s[i-1] != '.') {
				k := j + 1
				for k < len(s) && isDigit(s[k]) {
					k++
				}
				if !(k < len(s) && s[k] == '.' && k+1 < len(s) && isDigit(s[k+1])) {
					t.dec = true
					j = k
				}
			}
			t.n, t.e = n, j
			ts = append(ts, t)
			sp = false
			i = j
		case b < utf8.RuneSelf:
			p := b
			if p == '`' {
				p = '\''
			}
			ts = append(ts, tok{s: i, e: i + 1, k: kPunct, p: p, sp: sp})
			sp = false
			i++
		default:
			r, size := utf8.DecodeRuneInString(s[i:])
			switch r {
			case 0x00a0, 0x2009, 0x202f, 0x2002, 0x2003, 0x200a, 0x2007, 0x3000:
				sp = true
			case 0x2010, 0x2011, 0x2012, 0x2013, 0x2014, 0x2212:
				ts = append(ts, tok{s: i, e: i + size, k: kPunct, p: '-', sp: sp})
				sp = false
			case 0x2018, 0x2019, 0x02bc:
				ts = append(ts, tok{s: i, e: i + size, k: kPunct, p: '\'', sp: sp})
				sp = false
			default:
				ts = append(ts, tok{s: i, e: i + size, k: kPunct, p: '?', sp: sp})
				sp = false
			}
			i += size
		}
	}
	return ts, cand
}

// dayAbbrev3 is the weekday (Monday=0) a three-letter abbreviation,
// lower-cased, stands for.
func dayAbbrev3(b []byte) (int, bool) {
	switch string(b) {
	case "mon":
		return 0, true
	case "tue":
		return 1, true
	case "wed":
		return 2, true
	case "thu":
		return 3, true
	case "fri":
		return 4, true
	case "sat":
		return 5, true
	case "sun":
		return 6, true
	}
	return 0, false
}
