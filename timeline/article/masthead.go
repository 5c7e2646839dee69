package article

import (
	"regexp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Text copied from a web page (select all, copy) without the read-time
// line of the page dumps pageDumpHeader knows still carries the page
// around the story: the site's masthead (its name, "Skip to main content",
// its sections, "Home | Politics | Economy"), a photo's credit glued to its
// caption, and a byline glued to a date line and a "Share" button. Read as
// story, the masthead took the title's place, the caption became a
// happening and the date line an undated paragraph, so every event of the
// article lost its date. tidyPage reads these shapes before classify, by
// their form alone: a glued group of short lines is split only when one of
// them is page furniture, a caption only goes with its credit, and a
// masthead needs a navigation or chrome line or three labels in a row.

// tidyPage rewrites the segments of a plain-text page: line boxes split
// into their lines, captions left out, and, without front matter, the
// masthead read into Source and Category and the date line and its byline
// into Published and Author.
func (r *textReader) tidyPage(segs []seg, frontMatter bool) []seg {
	out := make([]seg, 0, len(segs))
	boxes := 0
	for _, sg := range segs {
		// a caption has at most three lines and a box twelve: a longer
		// segment (a text laid out a sentence a line) is not split again
		if sg.kind != KindParagraph || sg.explicit || sg.lines < 2 || sg.lines > 12 {
			out = append(out, sg)
			continue
		}
		lines := r.segLines(sg)
		_, meta := metaLines(r.s[sg.start:sg.end])
		switch {
		case isCaption(r.s, lines):
			continue
		case meta: // "From:" over its publisher, "Published" over its date: read whole (classify)
			out = append(out, sg)
		case isLineBox(r.s, lines):
			boxes++
			for _, l := range lines {
				out = append(out, seg{start: l.start, end: l.end, kind: KindParagraph, lines: 1, box: boxes})
			}
		default:
			out = append(out, sg)
		}
	}
	if frontMatter || r.doc.Format != FormatText || r.md {
		return out
	}
	out = r.dateLines(out)
	out = r.masthead(out)
	return r.headline(out)
}

// proseAt is the index of the first segment with a line of prose, the
// end of the page's header (len(segs) when none).
func (r *textReader) proseAt(segs []seg) int {
	for i, sg := range segs {
		for _, l := range r.segLines(sg) {
			if isProse(r.s[l.start:l.end]) {
				return i
			}
		}
	}
	return len(segs)
}

// headline finds the headline under what masthead could not name (a
// "Live" badge, "News|Middle East", a site's name over its section): the
// first line of four or more words that is no sentence, above the first
// prose, byline or metadata line; a headline glued to its standfirst is
// split from it. What is above it is left out. When the first segment is
// the headline, or none is found, segs are as they were (classify takes
// a short first line for the title, as ever).
func (r *textReader) headline(segs []seg) []seg {
	prose := r.proseAt(segs)
	for i, sg := range segs {
		lines := r.segLines(sg)
		if out, ok := r.kickerBox(segs, i, lines); ok {
			return out
		}
		if i >= prose {
			break // the first segment with prose may open with a kicker box, no more
		}
		first := r.s[lines[0].start:lines[0].end]
		if _, ok := byline(first); ok || sg.kind != KindParagraph || sg.explicit {
			return segs
		}
		if _, ok := metaLines(first); ok {
			return segs
		}
		if !isHeadlineLine(first) || len(lines) > 2 {
			continue
		}
		if len(lines) == 2 {
			if r, _ := utf8.DecodeRuneInString(r.s[lines[1].start:lines[1].end]); !unicode.IsUpper(r) {
				continue // a line of wrapped text goes on in lower case
			}
			// the headline glued to its standfirst
			rest := seg{start: lines[1].start, end: lines[1].end, kind: KindParagraph, lines: 1}
			head := seg{start: lines[0].start, end: lines[0].end, kind: KindParagraph, lines: 1}
			return append([]seg{head, rest}, segs[i+1:]...)
		}
		return segs[i:]
	}
	return segs
}

// kickerBox splits a kicker, a headline and a standfirst glued into one
// segment, as a copied page gives them ("Press release" over "PM call
// with the Prime Minister of Norland: 3 March 2026" over its summary): the
// kicker is the category, the headline and the rest are segments of their
// own, and what is above them is left out.
func (r *textReader) kickerBox(segs []seg, i int, lines []span) ([]seg, bool) {
	if len(lines) < 2 || len(lines) > 4 || segs[i].kind != KindParagraph || segs[i].explicit {
		return nil, false
	}
	kicker, head := r.s[lines[0].start:lines[0].end], r.s[lines[1].start:lines[1].end]
	if !isLabel(kicker) || lineChrome(kicker) != chromeKeep || !isHeadlineLine(head) {
		return nil, false
	}
	if r.doc.Category == "" {
		r.doc.Category = kicker
	}
	out := []seg{{start: lines[1].start, end: lines[1].end, kind: KindParagraph, lines: 1}}
	if len(lines) > 2 {
		out = append(out, seg{start: lines[2].start, end: lines[len(lines)-1].end, kind: KindParagraph, lines: len(lines) - 2})
		if len(lines) == 3 && r.doc.Summary == "" {
			r.doc.Summary = r.s[lines[2].start:lines[2].end] // the standfirst
		}
	}
	return append(out, segs[i+1:]...), true
}

// isHeadlineLine: four to thirty words, no sentence.
func isHeadlineLine(t string) bool {
	w := wordCount(t)
	return w >= 4 && w <= 30 && len(t) <= 250 && !hasTerminalPunct(t) && !strings.HasSuffix(t, "?") &&
		!isDateOnlyLine(t) && !isNavLine(t) && lineChrome(t) == chromeKeep
}

// segLines are the non-blank lines of a segment, trimmed.
func (r *textReader) segLines(sg seg) []span {
	var out []span
	for _, l := range splitLines(r.s[:sg.end], sg.start) {
		if l.start < l.end {
			out = append(out, l)
		}
	}
	return out
}

// isCaption: two or three glued lines, one of them a photo's credit
// ("Photograph: Anna Lee/Reuters" above "Envoys arrive in Geneva."): the
// caption repeats the story in the present tense and is no report of it.
func isCaption(s string, lines []span) bool {
	if len(lines) > 3 {
		return false
	}
	credit := false
	for _, l := range lines {
		t := s[l.start:l.end]
		if len(t) > 250 {
			return false
		}
		credit = credit || isCredit(t)
	}
	return credit
}

// creditPrefixes open a photo's credit line (lower case).
var creditPrefixes = [...]string{"photo:", "photo by ", "photos:", "photograph:", "photograph by", "image:",
	"image credit", "image source:", "picture:", "pictures:", "credit:", "illustration:"}

// isCredit reports a photo's credit line: one that opens as credits do
// ("Photograph: ..."), or a few capitalised words with an agency's mark
// ("Anna Lee/Reuters", "AFP via Getty Images"). A line of wrapped text
// that names an agency ("a Reuters/Ipsos poll published") is none.
func isCredit(t string) bool {
	if len(t) > 200 {
		return false
	}
	for _, p := range creditPrefixes {
		if hasPrefixFold(t, p) {
			return true
		}
	}
	if wordCount(t) > 6 || hasTerminalPunct(t) {
		return false
	}
	for _, w := range strings.Fields(t) {
		if r, _ := utf8.DecodeRuneInString(w); !unicode.IsUpper(r) && w != "via" && w != "for" && w != "and" {
			return false
		}
	}
	return containsCreditMark(t)
}

// isFurniture reports a line that is page furniture wherever it stands: a
// chrome line that is one as a whole (not one that merely names an
// agency), a credit, a navigation line, a date line, a byline or a
// metadata line.
func isFurniture(t string) bool {
	if lineChrome(t) != chromeKeep && !containsCreditMark(t) {
		return true
	}
	return isCredit(t) || isNavLine(t) || isDateOnlyLine(t) || isBylineOrMeta(t)
}

// containsCreditMark reports an agency's credit mark in t.
func containsCreditMark(t string) bool {
	low := strings.ToLower(t)
	for _, m := range creditMarks {
		if strings.Contains(low, m) {
			return true
		}
	}
	return false
}

// isLineBox: glued short lines, none of them prose, one of them page
// furniture (a chrome line, a navigation line or a date line), as a
// masthead or a byline block copies: each line is its own block.
func isLineBox(s string, lines []span) bool {
	if len(lines) > 12 {
		return false
	}
	furniture := false
	for _, l := range lines {
		t := s[l.start:l.end]
		if len(t) > 200 || isProse(t) && lineChrome(t) == chromeKeep {
			return false
		}
		furniture = furniture || isFurniture(t)
	}
	return furniture
}

// isBylineOrMeta: "By Jane Doe", "Updated 3:14 PM GMT+1, March 5, 2026".
func isBylineOrMeta(t string) bool {
	if _, ok := byline(t); ok {
		return true
	}
	_, ok := metaLines(t)
	return ok
}

// navSeps separate the links of a navigation line or breadcrumb.
var navSeps = [...]string{" | ", " · ", " • ", " > ", " › ", " » "}

// isNavLine: three or more links of one to three words each ("Home |
// Politics | Economy | Sport", "News > World > Europe").
func isNavLine(t string) bool {
	for _, sep := range navSeps {
		parts := strings.Split(t, sep)
		if len(parts) < 3 {
			continue
		}
		for _, p := range parts {
			if w := wordCount(p); w == 0 || w > 3 || hasTerminalPunct(strings.TrimSpace(p)) {
				return false
			}
		}
		return true
	}
	return false
}

// isLabel: a short line of one to four words that is no sentence, as a
// site's name or a section link ("The Harbour Ledger", "World").
func isLabel(t string) bool {
	r, _ := utf8.DecodeRuneInString(t)
	return wordCount(t) <= 4 && len(t) <= 40 && !hasTerminalPunct(t) && !isDateOnlyLine(t) &&
		(unicode.IsUpper(r) || unicode.IsDigit(r))
}

// masthead reads the lines at the top of a page that come before its
// headline: the site's name, its sections and links. They are one when
// there are two or more of them and one is a navigation or chrome line, or
// three are labels. The first label names the site (Source), a kicker of
// one or two words in capitals just above the headline ("ECONOMY") is its
// section (Category: a section link in mixed case is the site's, not the
// story's); none of them is text.
func (r *textReader) masthead(segs []seg) []seg {
	if len(segs) == 0 {
		return segs // a page of nothing but what tidyPage left out
	}
	n, furniture := 0, false
	for ; n < len(segs) && segs[n].lines == 1 && segs[n].kind == KindParagraph; n++ {
		t := r.s[segs[n].start:segs[n].end]
		if lineChrome(t) != chromeKeep || isNavLine(t) {
			furniture = true
			continue
		}
		if !isLabel(t) {
			break
		}
	}
	// a box of glued lines at the top that opens with page furniture or a
	// label is the masthead whole, whatever its lines ("Exclusive news,
	// data and analytics for financial market professionals" under "Skip
	// to main content"); one that opens with the headline is not
	if b := segs[0].box; b != 0 && (isFurniture(r.s[segs[0].start:segs[0].end]) || isLabel(r.s[segs[0].start:segs[0].end])) {
		k := 0
		for k < len(segs) && segs[k].box == b {
			k++
		}
		if k > n && k < len(segs) && !slices.ContainsFunc(segs[:k], func(sg seg) bool { return isBylineOrMeta(r.s[sg.start:sg.end]) }) {
			n, furniture = k, true
		}
	}
	labels := 0
	for _, sg := range segs[:n] {
		if t := r.s[sg.start:sg.end]; isLabel(t) && lineChrome(t) == chromeKeep {
			labels++
		}
	}
	if n < 2 || n == len(segs) || !furniture && labels < 3 {
		return segs
	}
	if first := r.s[segs[0].start:segs[0].end]; r.doc.Source == "" && isLabel(first) && lineChrome(first) == chromeKeep {
		r.doc.Source = first
	}
	if last := r.s[segs[n-1].start:segs[n-1].end]; r.doc.Category == "" && wordCount(last) <= 2 &&
		isLabel(last) && lineChrome(last) == chromeKeep && strings.ToUpper(last) == last {
		r.doc.Category = last
	}
	return segs[n:]
}

// dateLines reads a line above the text that is only a date ("Wed 11 Feb
// 2026 18.42 GMT") as the page's publication date when it has none, and a byline of
// the form "Tomasz Reyes in Geneva" next to it as its author; neither is
// text.
func (r *textReader) dateLines(segs []seg) []seg {
	drop := make([]bool, len(segs))
	// the header's: a date in a trailing list of links is another page's
	for i, sg := range segs[:r.proseAt(segs)] {
		t := unglueDate(r.s[sg.start:sg.end])
		if sg.lines != 1 || !isDateOnlyLine(t) {
			continue
		}
		drop[i] = true
		if r.doc.Published == "" {
			r.doc.Published = t
		}
		for _, j := range [...]int{i - 1, i + 1} {
			if j < 0 || j >= len(segs) || segs[j].lines != 1 {
				continue
			}
			if author, ok := nameInPlace(r.s[segs[j].start:segs[j].end]); ok {
				drop[j] = true
				if r.doc.Author == "" {
					r.doc.Author = author
				}
			}
		}
	}
	out := segs[:0]
	for i, sg := range segs {
		if !drop[i] {
			out = append(out, sg)
		}
	}
	return out
}

// gluedClock is a year run into the clock time after it, as pages copied
// from some sites give their date ("March 5, 20263:14 PM GMT").
var gluedClock = regexp.MustCompile(`\b((?:19|20)\d\d)(\d{1,2}[:.]\d\d)`)

// unglueDate undoes what copying a page glues into its date line: a year
// run into the clock time, and the time zone run into "Updated 2 hours
// ago" ("March 5, 20263:14 PM GMTUpdated 2 hours ago" is "March 5, 2026
// 3:14 PM GMT").
func unglueDate(t string) string {
	if i := strings.Index(t, "Updated"); i > 0 && t[i-1] != ' ' {
		t = t[:i]
	}
	return gluedClock.ReplaceAllString(t, "$1 $2")
}

// emphasisedFurniture reads a Markdown line set all in italics or bold
// that is page furniture once its marks are off: a byline with the date
// and read time ("*By Ilse Brandt · March 5, 2026 · 4 min read*"), a
// caption with its credit ("*Crews at the harbour. Photo: Kai Moreno*"),
// a newsletter box. It reports whether the line is one; a byline gives the
// author and, when the page has none, the date.
func (r *textReader) emphasisedFurniture(t string) bool {
	inner, ok := unemphasise(t)
	if !ok {
		return false
	}
	if author, ok := byline(inner); ok {
		if r.doc.Author == "" {
			r.doc.Author = author
		}
		for _, sep := range [...]string{" · ", " | ", " • "} {
			for part := range strings.SplitSeq(inner, sep) {
				if part = strings.TrimSpace(part); r.doc.Published == "" && isDateOnlyLine(part) {
					r.doc.Published = part
				}
			}
		}
		return true
	}
	low := strings.ToLower(inner)
	for _, p := range creditPrefixes {
		if strings.Contains(low, " "+p) {
			return true // the caption ends with its credit
		}
	}
	return lineChrome(inner) != chromeKeep
}

// unemphasise is t without the Markdown marks around all of it ("*...*",
// "**...**", "_..._"); ok is false when t is not emphasised whole.
func unemphasise(t string) (string, bool) {
	for _, m := range [...]string{"**", "__", "*", "_"} {
		if len(t) > 2*len(m) && strings.HasPrefix(t, m) && strings.HasSuffix(t, m) {
			return strings.TrimSpace(t[len(m) : len(t)-len(m)]), true
		}
	}
	return "", false
}

// nameInPlace reads a byline that gives the reporter and where they file
// from ("Tomasz Reyes in Geneva", "Anna Berg and Luca Conti in Kyiv"):
// capitalised words around one " in ".
func nameInPlace(t string) (string, bool) {
	name, place, ok := strings.Cut(t, " in ")
	if !ok || wordCount(t) > 8 || wordCount(name) < 2 || wordCount(place) > 3 || hasTerminalPunct(t) {
		return "", false
	}
	for _, w := range strings.Fields(t) {
		r, _ := utf8.DecodeRuneInString(w)
		if !unicode.IsUpper(r) && w != "in" && w != "and" && w != "de" && w != "van" && w != "von" {
			return "", false
		}
	}
	return name, true
}

// dateWords may stand beside the numbers of a date line (lower case).
var dateWords = map[string]bool{"gmt": true, "utc": true, "bst": true, "cet": true, "cest": true, "eet": true,
	"eest": true, "msk": true, "est": true, "edt": true, "cst": true, "cdt": true, "pst": true, "pdt": true,
	"am": true, "pm": true, "a.m": true, "p.m": true, "at": true, "|": true, "-": true, "–": true, "—": true}

// isDateOnlyLine: a line that is a date and nothing else: a weekday, day,
// month and year, a clock time and its zone ("Wed 11 Feb 2026 18.42 GMT",
// "5 March 2026, 14:05", "March 5, 2026 at 2:05 p.m. EST").
func isDateOnlyLine(t string) bool {
	if len(t) > 60 || !looksLikeDateLine(t) {
		return false
	}
	named := false // a month or weekday, or a date in digits: not a year alone ("2026.")
	for _, w := range strings.Fields(t) {
		w = strings.ToLower(strings.TrimRight(w, ",."))
		switch {
		case w == "" || dateWords[w]:
		case strings.ContainsAny(w, "0123456789"):
			named = named || strings.ContainsAny(w, "-/")
		case isMonthOrDay(w):
			named = true
		default:
			return false
		}
	}
	return named
}

// isMonthOrDay: a month or weekday name, whole or cut ("feb", "sept",
// "wednesday").
func isMonthOrDay(w string) bool {
	if len(w) < 3 || len(w) > 9 {
		return false
	}
	for _, name := range [...]string{"january", "february", "march", "april", "may", "june", "july", "august",
		"september", "october", "november", "december", "monday", "tuesday", "wednesday", "thursday", "friday",
		"saturday", "sunday"} {
		if strings.HasPrefix(name, w) {
			return true
		}
	}
	return false
}
