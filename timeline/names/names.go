// Package names recognises proper names in news text without a gazetteer
// and types them as people, organisations or places.
//
// It reads the shape of a name (runs of capitalised words, initials,
// particles, titles before, suffixes after), word lists shipped in data/
// (given names, surnames, common English words, demonyms) and the company
// a name keeps (a reporting verb after it, "he"/"she" nearby, an age in
// commas, an organisation's head word, a place preposition before it).
// Every cue has a small weight; a name's type is the one with the most
// weight over the whole document, so one name is typed the same way
// everywhere, and a surname alone stands for the full name seen with it.
//
// The pass is linear in the number of tokens, uses no model and gives the
// same output for the same input.
//
// # Use in the extractor
//
// Call Find once per article with the tokens the extractor already has
// (offsets absolute in the article text, blocks one after the other), its
// sentence spans and its title and heading blocks:
//
//	d := names.Doc{Text: text}
//	for _, bl := range blocks {
//		d.Tokens = append(d.Tokens, bl.toks...)
//		for _, s := range bl.sentences {
//			d.Sentences = append(d.Sentences, names.Span{Start: s.Start, End: s.End})
//		}
//		if bl.kind == "title" || bl.kind == "heading" {
//			d.Titles = append(d.Titles, names.Span{Start: bl.start, End: bl.end})
//		}
//	}
//	found := names.Find(d) // Mention.Tok indexes d.Tokens
//
// and merge each mention with Type != Unknown: one that overlaps a
// gazetteer mention is dropped (the gazetteer wins); one that overlaps a
// cue-based discovery keeps the discovery's span and type (cues win on
// type); any other is added as a discovered entity of its Type named
// Mention.Name, joining the entity whose name or alias folds like Name if
// there is one (so "Lindqvist" joins "Maria Lindqvist", found by either).
package names

import (
	"sort"
	"strings"

	"github.com/storygraph/storygraph/timeline/text"
)

// Type is what a name names.
type Type uint8

// The types of names.
const (
	Unknown Type = iota
	Person
	Organization
	Place
)

var typeNames = [...]string{"unknown", "person", "organization", "place"}

// String returns "unknown", "person", "organization" or "place", the
// spellings of the extraction contract.
func (t Type) String() string {
	if int(t) < len(typeNames) {
		return typeNames[t]
	}
	return "unknown"
}

// Span is a half-open byte range [Start, End) of the text.
type Span struct{ Start, End int }

// Doc is one document to read.
type Doc struct {
	// Text is the whole document.
	Text string
	// Tokens are text.Tokenize(Text), or the tokens of its blocks one
	// after the other, with offsets into Text, in text order.
	Tokens []text.Token
	// Sentences are the sentence spans, sorted (optional): a token that
	// starts one is judged as sentence-initial. Line starts and the words
	// after ". ", "? ", "! ", ": " and opening quotes are always judged so.
	Sentences []Span
	// Titles are the spans of titles and headings, sorted (optional): the
	// capitalised words in them are judged strictly. Lines of at most
	// fourteen words without closing punctuation are judged so too.
	Titles []Span
}

// Mention is one proper name found in the text.
type Mention struct {
	Start, End int // byte offsets of the name in Doc.Text (without a possessive 's)
	Tok, NTok  int // the name is Doc.Tokens[Tok : Tok+NTok]
	Text       string
	// Name is the full name the mention stands for: its own text, or the
	// full name of the document that a surname or short form refers to
	// ("Lindqvist" -> "Maria Lindqvist", "ECB" -> "European Central Bank").
	Name   string
	Type   Type
	Score  int    // the weight of the evidence for Type over the document
	Reason string // the cues that typed it, for debugging
	// Side is set on an organisation that a match score stands beside
	// somewhere in the document: a side of a match ("drew 0-0 with
	// Kelby County"), whatever its head word says (but a ground's).
	Side bool
}

// FindText tokenises s and finds its names.
func FindText(s string) []Mention {
	return Find(Doc{Text: s, Tokens: text.Tokenize(s)})
}

// Find returns the names of the document in text order. Mentions whose
// Type is Unknown look like names but have no evidence of a type.
func Find(d Doc) []Mention {
	if len(d.Tokens) == 0 {
		return nil
	}
	s := &state{text: d.Text, toks: d.Tokens, lex: lexicon()}
	s.prepare(d.Sentences, d.Titles)
	s.collect()
	s.resolve()
	return s.output()
}

// per-token state bits
const (
	sInitial   uint8 = 1 << iota // first word of a sentence, line or quotation
	sTitle                       // inside a title or heading: judged strictly
	sCapsLine                    // in a line written in capitals
	sLineStart                   // first word of a line
)

type state struct {
	text   string
	toks   []text.Token
	lex    map[string]uint64
	fl     []uint64 // lexicon flags per token
	st     []uint8  // state bits per token
	counts map[string]uint64
	segs   []seg
	groups map[string]*group
	order  []*group // groups in order of first mention
}

// seg is one candidate name: tokens [i, j), after a stripped prefix
// [pre, i) of titles and openers.
type seg struct {
	pre, i, j int
	// gi, gj: the tokens of the given names that go with a surname
	// written apart from them, before it in an editor's brackets ("[Phil]
	// Abernathy") or after it in a citation ("Ostrander, Paula Jean.")
	gi, gj int
	cues   uint64
	sc     [4]int16
	g      *group
}

// group gathers the mentions of one name (same folded words).
type group struct {
	key       string
	n         int
	sc        [4]int
	count     [numCues]uint8 // how often each cue counted
	cues      uint64
	body, mid bool
	thing     bool // a mention is followed by a noun of things ("Orion spacecraft")
	typ       Type
	keep      bool
	first     *seg
	led       *seg // its first mention, when that names it with its given names apart (seg.gi)
	link      *group
	linkCue   cueID
}

// counts hold a word's lower-case uses, plus its capitalised uses
// mid-sentence << 32; each is read as at most 0xffff (32 bits each, so
// that prepare updates a word's count in one map operation).
func (s *state) lower(key string) int  { return int(min(s.counts[key]&0xffffffff, 0xffff)) }
func (s *state) midCap(key string) int { return int(min(s.counts[key]>>32, 0xffff)) }

// prepare looks every token up, marks sentence starts and titles, and
// counts how each word is written across the document.
func (s *state) prepare(sentences, titles []Span) {
	n := len(s.toks)
	s.fl = make([]uint64, n)
	s.st = make([]uint8, n)
	s.counts = make(map[string]uint64, n/3+8)
	for k := range s.toks {
		s.fl[k] = s.lex[s.toks[k].Key] | suffixFlags(s.toks[k].Key) | s.pluralRole(s.toks[k].Key)
		if s.legalFormAt(k) {
			s.fl[k] = fOrgHead | fCorp // "Norsk Batteri AS": no function word
		}
		if s.placeLinkAt(k) {
			s.fl[k] = fParticle // "Mo i Rana": no pronoun
		}
		if k == 0 {
			s.st[k] |= sInitial | sLineStart
			continue
		}
		between := s.text[s.toks[k-1].End:s.toks[k].Start]
		if between == " " {
			continue
		}
		if strings.IndexByte(between, '\n') >= 0 {
			s.st[k] |= sInitial | sLineStart
			continue
		}
		if strings.ContainsAny(between, "!?:“‘\"«") {
			s.st[k] |= sInitial
			continue
		}
		if strings.IndexByte(between, '.') >= 0 && !s.abbrevDot(k-1, between) {
			s.st[k] |= sInitial
		}
	}
	if len(sentences) > 0 {
		k := 0
		for _, sp := range sentences {
			for k < n && s.toks[k].Start < sp.Start {
				k++
			}
			if k < n && s.toks[k].Start < sp.End {
				s.st[k] |= sInitial
			}
		}
	}
	if len(titles) > 0 {
		k := 0
		for _, sp := range titles {
			for k < n && s.toks[k].Start < sp.Start {
				k++
			}
			for q := k; q < n && s.toks[q].Start < sp.End; q++ {
				s.st[q] |= sTitle
			}
		}
	}
	s.markHeadings()
	for k := range s.toks {
		t := &s.toks[k]
		switch {
		case !t.Upper:
			s.counts[t.Key]++
		case s.st[k]&(sInitial|sTitle) == 0:
			s.counts[t.Key] += 1 << 32
		}
	}
}

// pluralRole gives a plural of an office or a noun of people the flags
// of its singular ("Senators Hale, Brooks and Ortiz", "defenders Mills
// and Okoye"): the names after it are people's.
func (s *state) pluralRole(key string) uint64 {
	if len(key) < 5 || key[len(key)-1] != 's' || s.lex[key]&(fGiven|fSurname|fTitle|fRole) != 0 {
		return 0
	}
	return s.lex[key[:len(key)-1]] & (fTitle | fRole)
}

// abbrevDot reports whether the dot after token k belongs to it ("Mr.",
// "J.", "Inc.") rather than ending a sentence.
func (s *state) abbrevDot(k int, between string) bool {
	if between[0] != '.' || strings.ContainsAny(between[1:], ".!?") {
		return false
	}
	t := &s.toks[k]
	if len(t.Key) == 1 && t.Upper {
		return true // an initial
	}
	f := s.fl[k]
	return f&fAbbr != 0 && f&fCorp == 0 && f&fMonthDay == 0
}

// markHeadings judges short lines without closing punctuation (headings,
// bylines, captions) and lines in capitals strictly.
func (s *state) markHeadings() {
	n := len(s.toks)
	for a := 0; a < n; {
		b := a + 1
		for b < n && s.st[b]&sLineStart == 0 {
			b++
		}
		lineEnd := strings.IndexByte(s.text[s.toks[b-1].End:], '\n')
		if lineEnd < 0 {
			lineEnd = len(s.text)
		} else {
			lineEnd += s.toks[b-1].End
		}
		tail := strings.TrimRight(s.text[s.toks[b-1].End:lineEnd], " \t\r")
		closed := false
		if tail != "" {
			switch tail[len(tail)-1] {
			case '.', '!', '?', ':', ';', '"', '\'', ')', ',':
				closed = true
			default:
				closed = strings.HasSuffix(tail, "”") || strings.HasSuffix(tail, "’") || strings.HasSuffix(tail, "…")
			}
		}
		caps, letters := 0, 0
		for k := a; k < b; k++ {
			if s.toks[k].Caps {
				caps++
			}
			if s.toks[k].Upper || s.toks[k].Caps || s.fl[k] != 0 || !isDigits(s.toks[k].Key) {
				letters++
			}
		}
		var mark uint8
		if !closed && b-a <= 14 {
			mark |= sTitle
		}
		if letters >= 2 && caps*5 >= letters*4 {
			mark |= sTitle | sCapsLine
		}
		if mark != 0 {
			for k := a; k < b; k++ {
				s.st[k] |= mark
			}
		}
		a = b
	}
}

func isDigits(s string) bool {
	if s == "" {
		return false
	}
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}

// output lists the kept mentions in text order.
func (s *state) output() []Mention {
	out := make([]Mention, 0, len(s.segs))
	var b strings.Builder
	for k := range s.segs {
		g := &s.segs[k]
		gr := g.g
		if !gr.keep {
			continue
		}
		start, end := s.toks[g.i].Start, s.toks[g.j-1].End
		m := Mention{Start: start, End: end, Tok: g.i, NTok: g.j - g.i, Text: s.text[start:end], Type: gr.typ}
		m.Name = s.nameOf(gr)
		if full := s.sharedSurname(k); full != "" {
			m.Name = full
		}
		if gr.typ != Unknown {
			m.Score = gr.sc[gr.typ]
			// "Telmark" for "Telmark Energy": a short form, surname or
			// acronym of a name is as much that name as its full form
			if root := s.root(gr); root.typ == gr.typ {
				m.Score = max(m.Score, root.sc[gr.typ])
			}
		}
		// "Cyclone Phailin", "Hurricane Maria": a storm, named like a
		// person but none of the three
		if stormWords[strings.ToLower(strings.Fields(m.Name)[0])] {
			m.Type, m.Score = Unknown, 0
		}
		// (not a ground after the score: "won 2-1 at the Harlow Stadium")
		m.Side = m.Type == Organization && gr.cues&(1<<cScore) != 0 && s.fl[g.j-1]&fSiteBefore == 0 && !venueWords[s.toks[g.j-1].Key]
		b.Reset()
		s.reason(&b, g, gr)
		m.Reason = b.String()
		out = append(out, m)
	}
	sort.SliceStable(out, func(a, b int) bool { return out[a].Start < out[b].Start })
	return out
}

// openingNouns open a sentence before a firm's name without being part of
// it ("Rival Kestrel Telecom declined"); no cue of a type, since "its
// rival Telia" is a firm and "his rival Boris Johnson" a person.
var openingNouns = map[string]bool{"rival": true, "competitor": true, "rivals": true, "competitors": true}

// OpeningNoun reports whether the folded word opens a sentence before a
// firm's name without being part of it ("Rival Kestrel Aircraft said").
func OpeningNoun(key string) bool { return openingNouns[key] }

// degrees written as one word are no names.
var degrees = map[string]bool{"phd": true, "mba": true, "msc": true, "bsc": true, "dphil": true, "llm": true, "mphil": true}

// stormWords open the names of storms.
var stormWords = map[string]bool{"cyclone": true, "hurricane": true, "typhoon": true, "tropical": true, "storm": true, "winter": true}

// root is the group a group's links lead to (itself when it has none).
func (s *state) root(gr *group) *group {
	for n := 0; gr.link != nil && gr.link != gr && n < 8; n++ {
		gr = gr.link
	}
	return gr
}

// sharedSurname is the full name of a given name alone that shares the
// surname of the person named right after it: "brothers Luis and Pedro
// Contreras" names Luis Contreras ("" otherwise; not a surname alone of
// someone named in full: "goals from Reid and Mateo Fernandez").
func (s *state) sharedSurname(k int) string {
	g := &s.segs[k]
	if k+1 >= len(s.segs) || g.j-g.i != 1 || g.g.typ != Person || g.g.link != nil || s.fl[g.i]&fGiven == 0 {
		return ""
	}
	h := &s.segs[k+1]
	if h.i != g.j+1 || s.toks[g.j].Key != "and" || s.gap(g.i) != gSpace || h.j-h.i < 2 || s.root(h.g).typ != Person ||
		s.fl[h.i]&fGiven == 0 || h.gj > h.gi || s.toks[h.j-1].Possessive {
		return ""
	}
	return s.text[s.toks[g.i].Start:s.toks[g.i].End] + s.text[s.toks[h.i].End:s.toks[h.j-1].End]
}

// nameOf is the full name a group stands for.
func (s *state) nameOf(gr *group) string {
	gr = s.root(gr)
	f := gr.first
	if gr.led != nil {
		return s.ledName(gr.led)
	}
	return s.text[s.toks[f.i].Start:s.toks[f.j-1].End]
}

// ledName is the full name of a surname written apart from its given
// names: "Harold K. W. Dunmore" for "[Harold K. W.] Dunmore", "Paula
// Jean Ostrander" for "Ostrander, Paula Jean.".
func (s *state) ledName(g *seg) string {
	a, b := s.toks[g.gi].Start, s.toks[g.gj-1].End
	if len(s.toks[g.gj-1].Key) == 1 && b < len(s.text) && s.text[b] == '.' {
		b++ // an initial's dot
	}
	return s.text[a:b] + " " + s.text[s.toks[g.i].Start:s.toks[g.j-1].End]
}

// reason writes the cues of the mention that speak for its type, then the
// document's: "given name, said; doc: surname of Maria Lindqvist".
func (s *state) reason(b *strings.Builder, g *seg, gr *group) {
	n := 0
	for c := cueID(0); c < numCues; c++ {
		if g.cues&(1<<c) == 0 || (gr.typ != Unknown && cueInfo[c].typ != gr.typ && cueInfo[c].typ != Unknown) {
			continue
		}
		if n > 0 {
			b.WriteString(", ")
		}
		b.WriteString(cueInfo[c].name)
		n++
	}
	doc := false
	if gr.link != nil {
		b.WriteString("; doc: ")
		b.WriteString(cueInfo[gr.linkCue].name)
		b.WriteByte(' ')
		b.WriteString(s.nameOf(gr))
		return
	}
	for c := cueID(0); c < numCues; c++ {
		if gr.cues&(1<<c) == 0 || g.cues&(1<<c) != 0 || (gr.typ != Unknown && cueInfo[c].typ != gr.typ && cueInfo[c].typ != Unknown) {
			continue
		}
		if !doc {
			b.WriteString("; doc: ")
			doc = true
		} else {
			b.WriteString(", ")
		}
		b.WriteString(cueInfo[c].name)
	}
	if n == 0 && !doc {
		b.WriteString("capitalised")
	}
}
