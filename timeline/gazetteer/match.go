package gazetteer

import (
	"slices"
	"strings"

	"github.com/storygraph/storygraph/timeline/text"
)

// Via says how a match was made.
type Via string

const (
	ViaName    Via = "name"    // canonical name or alias
	ViaSurname Via = "surname" // a person's surname alone
	ViaDemonym Via = "demonym" // "Russian" for Russia
	ViaKeyword Via = "keyword" // a topic keyword
)

// Match is one gazetteer hit in a text.
type Match struct {
	Start, End int // byte offsets of the matched words
	FirstTok   int // index of the first token
	NTok       int
	Via        Via
	// Entries are the candidates: one for names, possibly several people
	// sharing a surname (the caller resolves them from context).
	Entries []*Entry
	Topic   *Topic // for keywords
}

type caseRule uint8

const (
	caseAny   caseRule = iota // "of", "nuclear"
	caseTitle                 // "Kyiv": the text word must start upper case
	caseCaps                  // "NATO", "US": the text word must be all caps ("Nato" allowed from 4 letters)
)

type pattern struct {
	keys    []string
	rules   []caseRule
	via     Via
	entries []*Entry
	topic   *Topic
}

type matcher struct {
	// by first token key; longer patterns first
	names    map[string][]*pattern
	keywords map[string][]*pattern
	// the topics whose entities hold a name (EntityTopics)
	entityTopics map[string][]*Topic
}

func newMatcher(g *Gazetteer) *matcher {
	m := &matcher{names: map[string][]*pattern{}, keywords: map[string][]*pattern{}, entityTopics: map[string][]*Topic{}}
	index := map[string]*pattern{} // by via + key sequence, to merge candidates
	add := func(s string, via Via, e *Entry) {
		toks := text.Tokenize(s)
		if len(toks) == 0 {
			return
		}
		p := &pattern{via: via}
		for _, t := range toks {
			p.keys = append(p.keys, t.Key)
			word := s[t.Start:t.End]
			switch {
			case t.Caps && !strings.Contains(word, ".") && len(toks) == 1:
				p.rules = append(p.rules, caseCaps)
			case t.Upper || strings.Contains(word, "."):
				p.rules = append(p.rules, caseTitle)
			default:
				p.rules = append(p.rules, caseAny)
			}
		}
		rules := make([]byte, len(p.rules))
		for i, r := range p.rules {
			rules[i] = '0' + byte(r)
		}
		sig := string(via) + "\x00" + strings.Join(p.keys, " ") + "\x00" + string(rules)
		if prev := index[sig]; prev != nil {
			for _, x := range prev.entries {
				if x == e {
					return
				}
			}
			prev.entries = append(prev.entries, e)
			return
		}
		p.entries = []*Entry{e}
		index[sig] = p
		m.names[p.keys[0]] = append(m.names[p.keys[0]], p)
	}
	for _, e := range g.Entries {
		all := append([]string{e.Name}, e.Aliases...)
		for _, n := range all {
			add(n, ViaName, e)
			// "Foreign, Commonwealth & Development Office": the
			// tokeniser reads no word in "&", so the name's "and" is
			// left out of a second pattern
			if e.Type != Person && strings.Contains(n, " and ") {
				add(strings.ReplaceAll(n, " and ", " & "), ViaName, e)
			}
		}
		if e.Type == Person {
			for _, n := range all {
				if sn := surnameOf(n); sn != "" {
					add(sn, ViaSurname, e)
				}
			}
		}
		for _, d := range e.Demonyms {
			add(d, ViaDemonym, e)
		}
	}
	for _, t := range g.Topics {
		for _, name := range t.Entities {
			if !slices.Contains(m.entityTopics[name], t) {
				m.entityTopics[name] = append(m.entityTopics[name], t)
			}
		}
		for _, k := range t.Keywords {
			toks := text.Tokenize(k)
			if len(toks) == 0 {
				continue
			}
			base := make([]string, len(toks))
			for i, tk := range toks {
				base[i] = tk.Key
			}
			// plural and singular forms of the last word
			last := base[len(base)-1]
			done := map[string]bool{}
			for _, v := range []string{last, last + "s", last + "es", strings.TrimSuffix(last, "y") + "ies", strings.TrimSuffix(last, "s")} {
				if v == "" || done[v] || (v != last && len(v) < 3) {
					continue
				}
				done[v] = true
				keys := append(append([]string{}, base[:len(base)-1]...), v)
				p := &pattern{keys: keys, rules: make([]caseRule, len(keys)), via: ViaKeyword, topic: t}
				m.keywords[keys[0]] = append(m.keywords[keys[0]], p)
			}
		}
	}
	for _, ps := range []map[string][]*pattern{m.names, m.keywords} {
		for k, list := range ps {
			sortPatterns(list)
			ps[k] = list
		}
	}
	return m
}

// sortPatterns puts longer patterns first, then names before surnames
// before demonyms, so the longest, most specific reading wins.
func sortPatterns(list []*pattern) {
	rank := func(p *pattern) int {
		switch p.via {
		case ViaName:
			return 0
		case ViaSurname:
			return 1
		}
		return 2
	}
	for i := 1; i < len(list); i++ {
		for j := i; j > 0; j-- {
			a, b := list[j-1], list[j]
			if len(a.keys) > len(b.keys) || (len(a.keys) == len(b.keys) && rank(a) <= rank(b)) {
				break
			}
			list[j-1], list[j] = b, a
		}
	}
}

func (r caseRule) ok(t *text.Token) bool {
	switch r {
	case caseTitle:
		return t.Upper
	case caseCaps:
		return t.Caps || (t.Upper && len(t.Key) >= 4)
	}
	return true
}

// matchAt is the first pattern of list that the tokens from i match. The
// list is the patterns of toks[i]'s word (matcher), so its first word is
// not compared again; the tokens are read in place (a copy of each, for
// every pattern of a common word like "the", was most of Names' time).
func matchAt(list []*pattern, toks []text.Token, i int, cased bool) *pattern {
	for _, p := range list {
		if i+len(p.keys) > len(toks) {
			continue
		}
		ok := true
		for k, key := range p.keys {
			t := &toks[i+k]
			if k > 0 && t.Key != key || (cased && !p.rules[k].ok(t)) {
				ok = false
				break
			}
			// a name does not run across a possessive: "Putin's Kremlin"
			if k < len(p.keys)-1 && t.Possessive {
				ok = false
				break
			}
		}
		if ok {
			return p
		}
	}
	return nil
}

// Names finds gazetteer names, surnames and demonyms in tokens, left to
// right, longest match first, never overlapping.
func (g *Gazetteer) Names(toks []text.Token) []Match {
	var out []Match
	for i := 0; i < len(toks); {
		list := g.m.names[toks[i].Key]
		if len(list) == 0 {
			i++
			continue
		}
		p := matchAt(list, toks, i, true)
		if p == nil {
			i++
			continue
		}
		n := len(p.keys)
		out = append(out, Match{Start: toks[i].Start, End: toks[i+n-1].End, FirstTok: i, NTok: n, Via: p.via, Entries: p.entries})
		i += n
	}
	return out
}

// EntityTopics are the topics that list the entity named name among
// their entities (Topic.Entities), in the gazetteer's order: an event's
// participants are looked up so rather than every topic's entities read
// for each event.
func (g *Gazetteer) EntityTopics(name string) []*Topic {
	return g.m.entityTopics[name]
}

// Keywords finds topic keywords in tokens, case-insensitively.
func (g *Gazetteer) Keywords(toks []text.Token) []Match {
	var out []Match
	for i := 0; i < len(toks); i++ {
		list := g.m.keywords[toks[i].Key]
		for j, p := range list {
			if q := matchAt(list[j:j+1], toks, i, false); q != nil { // a subslice: no allocation per word
				n := len(p.keys)
				out = append(out, Match{Start: toks[i].Start, End: toks[i+n-1].End, FirstTok: i, NTok: n, Via: ViaKeyword, Topic: p.topic})
			}
		}
	}
	return out
}

// surnameOf is the last word of a multi-word name that can stand alone,
// skipping generational suffixes and regnal numbers ("Jr.", "III"): "" when
// there is none.
func surnameOf(name string) string {
	f := text.Tokenize(name)
	for len(f) > 1 {
		last := f[len(f)-1]
		switch k := last.Key; {
		case k == "jr" || k == "sr" || strings.Trim(k, "ivx") == "":
			f = f[:len(f)-1]
			continue
		}
		return name[last.Start:last.End]
	}
	return ""
}
