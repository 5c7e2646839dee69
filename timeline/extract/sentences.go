package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// span is a half-open byte range [Start, End) of the article text.
type span struct{ Start, End int }

// splitSentences splits text[start:end] into sentences and returns their
// spans, trimmed of surrounding space. A sentence ends at ".", "!", "?" or
// "…" (with any closing quotes or brackets) followed by space and an
// upper-case letter, digit or opening quote, unless the dot closes an
// abbreviation or an initial ("Donald J. Trump").
func splitSentences(text string, start, end int) []span {
	var out []span
	s := start
	i := start
	for i < end {
		c := text[i]
		if c != '.' && c != '!' && c != '?' && !(c == 0xE2 && strings.HasPrefix(text[i:end], "…")) {
			i++
			continue
		}
		j := i + 1
		if c == 0xE2 {
			j = i + len("…")
		}
		// runs of terminators ("?!", "...")
		for j < end && (text[j] == '.' || text[j] == '!' || text[j] == '?') {
			j++
		}
		// closing quotes and brackets belong to the sentence
		for j < end {
			r, size := utf8.DecodeRuneInString(text[j:end])
			if r == '"' || r == '\'' || r == '”' || r == '’' || r == ')' || r == ']' || r == '»' {
				j += size
				continue
			}
			break
		}
		if j < end && !isSpace(text[j]) {
			i = j
			continue
		}
		// next non-space character decides
		k := j
		for k < end && isSpace(text[k]) {
			k++
		}
		if k < end {
			r, _ := utf8.DecodeRuneInString(text[k:end])
			// (`` opens a quote in text tokenised as the Penn Treebank does)
			if !(unicode.IsUpper(r) || unicode.IsDigit(r) || r == '"' || r == '“' || r == '‘' || r == '\'' || r == '(' || r == '«' || strings.HasPrefix(text[k:end], "``") || camelName(text[k:end])) {
				i = j
				continue
			}
		}
		// (an initial's dot before an editor's closing bracket ends no
		// sentence either: "[George H. W.] Bush")
		if c == '.' && (j == i+1 || text[i+1:j] == "]" && isInitial(text, start, i)) && isAbbreviation(text, start, i) && !abbreviationEnds(text, start, i, k, end) {
			i = j
			continue
		}
		out = appendTrimmed(out, text, s, j)
		s = j
		i = j
	}
	return appendTrimmed(out, text, s, end)
}

// splitAtLineStarts splits the sentences of a block written a sentence a
// line wherever a line break is followed by a line that opens a sentence:
// there a line without a full stop (a heading, a caption, a title with no
// blank line under it) is a sentence of its own, not the opening of the
// next line's ("Talks in Geneva\nRubio met Lavrov on Monday."). A break
// before a lower-case word stays inside its sentence.
func splitAtLineStarts(text string, spans []span) []span {
	var out []span
	for _, sp := range spans {
		s := sp.Start
		for i := s; i < sp.End; i++ {
			if text[i] != '\n' {
				continue
			}
			k := i + 1
			for k < sp.End && isSpace(text[k]) {
				k++
			}
			if k == sp.End {
				break
			}
			// (not after a line that goes on: "agreed,\nAmong other things")
			if line := strings.TrimRight(text[s:i], " \t\r"); opensLine(text[k:sp.End]) && !strings.HasSuffix(line, ",") && !strings.HasSuffix(line, ":") {
				out = appendTrimmed(out, text, s, i)
				s, i = k, k
			}
		}
		out = appendTrimmed(out, text, s, sp.End)
	}
	return out
}

// sentencesOfBlock splits text[start:end] into sentences and, when the
// block is written a sentence a line (lines), at the lines that open one
// too.
func sentencesOfBlock(text string, start, end int) (sents []span, lines bool) {
	sents = splitSentences(text, start, end)
	if lines = linesAreSentences(text, sents); lines {
		sents = splitAtLineStarts(text, sents)
	}
	return sents, lines
}

// linesAreSentences reports whether a block is written a paragraph (or a
// sentence) a line without blank lines between (plain-text dumps of news
// sites, Wikinews exports): more of its line breaks fall between
// sentences than surely inside them. A hard-wrapped paragraph breaks lines
// inside its sentences, mostly before a lower-case word; a line here and
// there without a full stop (a heading, a caption) above a line that
// opens a sentence does not make the block hard-wrapped.
func linesAreSentences(text string, sents []span) bool {
	between, inside := 0, 0
	for i, sp := range sents {
		inside += wrappedBreaks(text, sp)
		if i > 0 && strings.Contains(text[sents[i-1].End:sp.Start], "\n") {
			between++
		}
	}
	return between > inside
}

// wrappedBreaks counts the line breaks inside a sentence that surely wrap
// it: those before a word that opens no sentence ("a poll published\non
// Thursday"). A break before a capital may be either.
func wrappedBreaks(text string, sp span) int {
	n := 0
	for i := sp.Start; i < sp.End; i++ {
		if text[i] != '\n' {
			continue
		}
		k := i + 1
		for k < sp.End && isSpace(text[k]) {
			k++
		}
		if k < sp.End && !opensLine(text[k:sp.End]) {
			n++
		}
	}
	return n
}

// opensLine reports whether a line that starts s may open a sentence.
func opensLine(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(r) || unicode.IsDigit(r) || r == '"' || r == '“' || strings.HasPrefix(s, "``")
}

// isAbbreviation reports whether the dot at text[dot] ends an abbreviation
// or a single-letter initial.
func isAbbreviation(text string, start, dot int) bool {
	w := dot
	for w > start {
		r, size := utf8.DecodeLastRuneInString(text[start:w])
		if !(unicode.IsLetter(r) || r == '.') {
			break
		}
		w -= size
	}
	raw := text[w:dot]
	word := strings.ToLower(raw)
	if word == "" {
		return false
	}
	// "at 6:24 p.m. EST. Coverage ...", "joined the UN. It ...": a word
	// in capitals without dots of its own is no abbreviation
	if len(raw) >= 2 && raw == strings.ToUpper(raw) && !strings.Contains(raw, ".") {
		return false
	}
	if utf8.RuneCountInString(word) == 1 {
		r, _ := utf8.DecodeRuneInString(text[w:dot])
		return unicode.IsUpper(r) // an initial: "J."
	}
	return abbreviations[word]
}

// isInitial reports whether the dot at text[dot] follows a single
// capital letter that starts a word: "W." in "George W.".
func isInitial(text string, start, dot int) bool {
	return dot-1 >= start && text[dot-1] >= 'A' && text[dot-1] <= 'Z' && (dot-2 < start || !unicode.IsLetter(rune(text[dot-2])) && text[dot-2] != '.')
}

// abbreviationEnds reports whether the abbreviation whose dot is at
// text[dot] also ends the sentence, as one that can close a sentence
// does before a word that opens one: "shortly after 2 a.m. Rescuers
// pulled ...", "sold to Acme Inc. The deal ..." — but not "2 p.m. EST",
// "2 p.m. Moscow time", "U.S. Senate". next is the start of the next
// word.
func abbreviationEnds(text string, start, dot, next, end int) bool {
	w := dot
	for w > start && (unicode.IsLetter(rune(text[w-1])) || text[w-1] == '.') {
		w--
	}
	word := strings.ToLower(text[w:dot])
	if !endingAbbreviations[word] {
		return false
	}
	e := next
	for e < end && (unicode.IsLetter(rune(text[e])) || text[e] == '\'') {
		e++
	}
	nextWord := text[next:e]
	if word == "a.m" || word == "p.m" {
		// a time zone ("EST", "GMT") or "Moscow time", "Eastern Time"
		if len(nextWord) >= 2 && strings.ToUpper(nextWord) == nextWord {
			return false
		}
		// the day of the time: "at 11:13 p.m. Thursday", "p.m. Feb. 2"
		if dayWords[strings.ToLower(nextWord)] {
			return false
		}
		after := strings.Fields(text[e:min(end, e+12)])
		return !(len(after) > 0 && strings.EqualFold(strings.Trim(after[0], ".,;"), "time"))
	}
	return sentenceStarts[strings.ToLower(nextWord)] || lineEndsSentence(text, start, dot, next, end)
}

// lineEndsSentence reports whether the line break between a dot at
// text[dot] and the word at next ends a sentence, as in text laid out
// one sentence a line: the line before also ends with a sentence's
// end, or, on the first line, the line after does ("... by Acme Ltd.⏎
// Police arrested ..."). A hard-wrapped paragraph breaks lines inside
// its sentences, so "U.S.⏎Senate" at a wrap stays one.
func lineEndsSentence(text string, start, dot, next, end int) bool {
	if !strings.Contains(text[dot:next], "\n") {
		return false
	}
	ls := strings.LastIndexByte(text[start:dot], '\n')
	if ls >= 0 {
		return endsSentence(strings.TrimRight(text[start:start+ls], " \t\r"))
	}
	le := strings.IndexByte(text[next:end], '\n')
	if le < 0 {
		le = end - next
	}
	return endsSentence(strings.TrimRight(text[next:next+le], " \t\r"))
}

// endsSentence reports whether s ends as a sentence does.
func endsSentence(s string) bool {
	return strings.HasSuffix(s, ".") || strings.HasSuffix(s, "!") || strings.HasSuffix(s, "?") || strings.HasSuffix(s, "”") || strings.HasSuffix(s, "\"")
}

func appendTrimmed(out []span, text string, s, e int) []span {
	for s < e && isSpace(text[s]) {
		s++
	}
	for e > s && isSpace(text[e-1]) {
		e--
	}
	if e > s {
		out = append(out, span{s, e})
	}
	return out
}

func isSpace(b byte) bool { return b == ' ' || b == '\n' || b == '\t' || b == '\r' }

// SentenceAt returns the sentence of text that contains the byte range
// [start, end), looking only within its line (paragraph).
func SentenceAt(text string, start, end int) string {
	lo := strings.LastIndexByte(text[:start], '\n') + 1
	hi := strings.IndexByte(text[end:], '\n')
	if hi < 0 {
		hi = len(text)
	} else {
		hi += end
	}
	for _, s := range splitSentences(text, lo, hi) {
		if s.Start <= start && end <= s.End {
			return text[s.Start:s.End]
		}
	}
	return strings.TrimSpace(text[lo:hi])
}

// camelName reports a word that opens in lower case and goes on with a
// capital, as brands do ("iCloud will be released", "eBay said"): it
// opens a sentence though its first letter is small.
func camelName(text string) bool {
	for i, r := range text {
		switch {
		case i == 0 && !unicode.IsLower(r):
			return false
		case i > 0 && unicode.IsUpper(r):
			return true
		case !unicode.IsLetter(r) || i > 3:
			return false
		}
	}
	return false
}
