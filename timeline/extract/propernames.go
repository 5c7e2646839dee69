package extract

import (
	"cmp"
	"slices"
	"sort"
	"strings"
	"unicode"

	"github.com/storygraph/storygraph/timeline"
	"github.com/storygraph/storygraph/timeline/article"
	"github.com/storygraph/storygraph/timeline/gazetteer"
	"github.com/storygraph/storygraph/timeline/names"
	"github.com/storygraph/storygraph/timeline/text"
)

// findProperNames adds the names package's proper names (names.Find: a
// name's shape, given-name lists and the company it keeps, typed over the
// whole document) that neither the gazetteer nor the cues found: "Maria
// Lindqvist's lawsuit", "Lindqvist, 54,", "ESA astronauts Anna Berg, Luca
// Conti and Marta Silva". It merges them as names/doc.go says: a name of
// no type, or too little evidence for its type, is skipped; one overlapping
// a mention already made is dropped (the gazetteer wins on overlap, the
// cues on type); any other is a discovered entity, joining the entity of its type whose name or alias
// folds like the name it stands for ("Lindqvist" joins "Maria Lindqvist").
func (st *docState) findProperNames() {
	d, where := st.namesDoc()
	found := names.Find(d)
	if len(found) == 0 {
		return
	}
	covered := st.coveredTokens()
	// the mentions made so far, by start, for nestsNames to look up
	before := slices.Clone(st.mentions)
	slices.SortFunc(before, func(a, b mention) int { return cmp.Compare(a.start, b.start) })
	// the entities already named, by type and folded name or alias
	known := map[string]string{}
	for _, id := range st.order {
		e := st.entities[id]
		known[string(e.Type)+"\x00"+timeline.Fold(e.Name)] = id
		for _, a := range e.Aliases {
			if k := string(e.Type) + "\x00" + timeline.Fold(a); known[k] == "" {
				known[k] = id
			}
		}
	}
	var again []names.Mention
	add := func(m names.Mention, typ timeline.EntityType) {
		if typ == "" {
			if m.Type == names.Place || m.Type == names.Unknown {
				again = append(again, m)
			}
			return
		}
		if typ == timeline.Person && m.Name != m.Text {
			st.joinShortForm(m, known[string(typ)+"\x00"+timeline.Fold(m.Name)])
		}
		if toks := d.Tokens[m.Tok : m.Tok+m.NTok]; overlaps(covered, toks) && !st.sideOverPlace(before, typ, m) && !st.makeRoom(before, covered, typ, toks) {
			return
		}
		w := where[m.Tok]
		// "NASA/Joel Kowsky": a photo credit, not someone the story names;
		// a dateline's places are datelinePlaces' to name
		if m.Start > 0 && st.text[m.Start-1] == '/' || st.blocks[w.block].kind == article.KindDateline {
			return
		}
		if where[m.Tok+m.NTok-1].block != w.block {
			return
		}
		key := string(typ) + "\x00" + timeline.Fold(m.Name)
		id := known[key]
		if id == "" {
			id = gazetteer.ID(string(typ), m.Name)
			known[key] = id
		}
		e := st.entities[id]
		name := m.Name
		if e != nil {
			name = e.Name
		}
		st.addMention(mention{start: m.Start, end: m.End, id: id, typ: typ, via: gazetteer.ViaName, block: w.block, tok: w.tok, ntok: m.NTok}, name, nil, "", "", true)
	}
	for _, m := range found {
		add(m, st.properType(m))
	}
	// "in Kessa and Tumbo districts": a place listed with one named
	// after it is judged again once that one is in; and "a man from
	// Kettlewick ... of Felham Road, Kettlewick,": a name taken as a place
	// later in the article is that place wherever it is named
	retry := again
	again = nil
	for _, m := range retry {
		typ := st.properType(m)
		if t := entityType(m.Type); typ == "" && t != "" && known[string(t)+"\x00"+timeline.Fold(m.Name)] != "" {
			typ = t
		}
		add(m, typ)
	}
}

// tokAt is where a token of the names.Doc is: st.blocks[block].toks[tok].
type tokAt struct{ block, tok int }

// namesDoc is the article as the names package reads it: every block's
// tokens one after the other, its sentences and its titles and headings;
// where[k] is where d.Tokens[k] is.
func (st *docState) namesDoc() (d names.Doc, where []tokAt) {
	d = names.Doc{Text: st.text}
	n := 0
	for bi := range st.blocks {
		n += len(st.blocks[bi].toks)
	}
	// sized once: growing them by append was a fifth of extraction's allocations
	d.Tokens = st.toks // (prepare's, when it tokenised the blocks)
	if len(st.toks) != n {
		d.Tokens = make([]text.Token, 0, n)
	}
	where = make([]tokAt, 0, n)
	for bi := range st.blocks {
		bl := &st.blocks[bi]
		if len(st.toks) != n {
			d.Tokens = append(d.Tokens, bl.toks...)
		}
		for ti := range bl.toks {
			where = append(where, tokAt{bi, ti})
		}
		for _, s := range bl.sentences {
			d.Sentences = append(d.Sentences, names.Span{Start: s.Start, End: s.End})
		}
		if bl.kind == article.KindTitle || bl.kind == article.KindHeading {
			d.Titles = append(d.Titles, names.Span{Start: bl.start, End: bl.end})
		}
	}
	return d, where
}

// properType is the type of entity a name found by its shape makes, ""
// when its evidence is too little.
func (st *docState) properType(m names.Mention) timeline.EntityType {
	typ := entityType(m.Type)
	// "Analyst Fiona Ng of Gartner": one word after a person's name and
	// "of" is where they work, not a second person
	if typ == timeline.Person && m.NTok == 1 && strings.HasSuffix(st.text[:m.Start], " of ") {
		if pm := st.mentionEndingAt(m.Start - len(" of ")); pm != nil && pm.typ == timeline.Person {
			return timeline.Organization
		}
	}
	switch {
	case typ == "":
		if m.NTok <= 3 && st.pairedWithPlace(m.Start, m.End) {
			// "between Holyhead and Dublin", "from Chota to Lima": a
			// name of no type paired with a place is one
			return timeline.Place
		}
		return ""
	case m.Score >= minProperScore[typ]:
		return typ
	case typ == timeline.Place && m.Score >= 2 && st.listedWithPlace(m.Start, m.End):
		return typ
	case typ == timeline.Organization && m.NTok == 1 && isAcronym(m.Text, 3):
		// an acronym the names package reads as an organisation is one
		// on that alone ("UNESCO", "the NYSE"); an untyped one is as
		// often a term ("ROS", "XML", "POV")
		return typ
	}
	return ""
}

// joinShortForm: "Pieter van der Berg ... Van der Berg said": a cue
// found the short form m as a person of its own, and the names'
// coreference says it stands for the person of entity id, named before.
func (st *docState) joinShortForm(m names.Mention, id string) {
	pm := st.mentionAt(m.Start)
	if pm == nil {
		// "De Vries-Hartman said": the cue's name may take in a particle
		// the names pass leaves out at a sentence's start
		pm = st.mentionEndingAt(m.End)
	}
	if id != "" && pm != nil && pm.start <= m.Start && pm.end == m.End && pm.typ == timeline.Person && pm.id != id && st.entities[pm.id].Discovered {
		if other := st.entities[pm.id]; len(strings.Fields(other.Name)) > 1 && timeline.Fold(other.Name) != timeline.Fold(m.Text) {
			// the surname went to someone else named in full with it
			// ("Her daughter, Karin Lindqvist" after "Vera Lindqvist"):
			// this mention is the names' person, the other stays theirs
			mm := *pm
			st.dropMention(pm.start)
			mm.id, mm.entry, mm.via = id, nil, gazetteer.ViaSurname
			st.addMention(mm, st.entities[id].Name, nil, "", "", true)
			return
		}
		st.mergeEntity(pm.id, id, gazetteer.ViaSurname)
	}
}

// listedWithPlace reports whether the name at [start, end) is listed
// with a place the article names ("plants in Ghent and Lyon", "Lyon,
// Ghent"): a weak place cue then suffices.
func (st *docState) listedWithPlace(start, end int) bool {
	return st.fromTo(start, end) || st.placeBeside(start, end, listSeparators)
}

// pairedWithPlace reports whether the name at [start, end) makes a pair
// with a place the article names ("between Holyhead and Dublin", "Lyon or
// Ghent", "from Chota to Lima"): then it needs no cue of its own. A comma
// list is no pair: "Cedar Falls, Montana, Puppet Week in Reno".
func (st *docState) pairedWithPlace(start, end int) bool {
	return st.fromTo(start, end) || st.placeBeside(start, end, pairSeparators)
}

// fromTo: "from Chota to Lima", "from Lima to Chota", the other end a
// place the article names.
func (st *docState) fromTo(start, end int) bool {
	if strings.HasSuffix(st.text[:start], "from ") && strings.HasPrefix(st.text[end:], " to ") {
		if m := st.mentionAt(end + len(" to ")); m != nil && isPlaceName(m) {
			return true
		}
	}
	return strings.HasSuffix(st.text[:start], " to ") && slices.ContainsFunc(st.mentions, func(m mention) bool {
		return m.end == start-len(" to ") && isPlaceName(&m) && strings.HasSuffix(st.text[:m.start], "from ")
	})
}

// placeBeside: a place the article names right after or before the name,
// joined to it by one of seps.
func (st *docState) placeBeside(start, end int, seps []string) bool {
	for _, sep := range seps {
		if strings.HasPrefix(st.text[end:], sep) {
			if m := st.mentionAt(end + len(sep)); m != nil && isPlaceName(m) {
				return true
			}
		}
		if strings.HasSuffix(st.text[:start], sep) && slices.ContainsFunc(st.mentions, func(m mention) bool {
			return m.end == start-len(sep) && isPlaceName(&m)
		}) {
			return true
		}
	}
	return false
}

// isPlaceName: a mention of a place by its name (not a demonym).
func isPlaceName(m *mention) bool { return m.typ == timeline.Place && m.via != gazetteer.ViaDemonym }

// minProperScore is the least weight of evidence (names.Mention.Score)
// that makes a name of each type an entity. A person's name is its own
// evidence (given names, a surname, a reporting verb); a place or an
// organisation named by one weak cue ("in Orion", "the Artemis crew") is
// more often a craft or a programme. Two weak cues make an organisation
// ("the Kestrels" twice, "its" and "which"): a band or a side named so is
// one, as gold annotation counts it.
var minProperScore = map[timeline.EntityType]int{
	timeline.Person:       0,
	timeline.Place:        4,
	timeline.Organization: 4,
}

// entityType is the contract's type of a names.Type, "" for Unknown.
func entityType(t names.Type) timeline.EntityType {
	switch t {
	case names.Person:
		return timeline.Person
	case names.Organization:
		return timeline.Organization
	case names.Place:
		return timeline.Place
	}
	return ""
}

// nestsNames reports whether the mentions overlapping [start, end) all
// lie inside it and are places or organisations, so that an organisation's
// name found there is a name of its own. The places in it stay: an
// organisation named after its place ("University of Copenhagen",
// "Washington State University") still names the place, as nested-entity
// annotation counts it. The organisations in it go: "Apple Corps" names
// the Beatles' company, not Apple Inc., so its "Apple" is no mention of
// Apple Inc. In a firm of partners (firm: "Abbott & Pryce") a person's
// one-word mention goes too. byStart are the mentions sorted by start. It
// returns the starts of the mentions to drop.
func nestsNames(byStart []mention, start, end int, firm bool) (ok bool, drop []int) {
	// the mentions starting inside [start, end), and the one before them,
	// which may reach into it: a lookup, not a scan of every mention, so
	// a long article costs no more per name than a short one
	lo := sort.Search(len(byStart), func(i int) bool { return byStart[i].start >= start })
	if lo > 0 && byStart[lo-1].end > start {
		return false, nil // a mention begins before the name and runs into it
	}
	for _, o := range byStart[lo:] {
		if o.start >= end {
			break
		}
		if o.end > end || o.end-o.start == end-start {
			return false, nil
		}
		switch {
		case o.start == start && o.via == gazetteer.ViaDemonym:
			// "the British Antarctic Survey": no mention of the country
			drop = append(drop, o.start)
		case o.typ == timeline.Place:
		case o.typ == timeline.Organization, firm && o.typ == timeline.Person && o.ntok == 1:
			// ("Abbott & Pryce" is a firm of partners, not the
			// Abbott the gazetteer knows)
			drop = append(drop, o.start)
		default:
			return false, nil
		}
		ok = true
	}
	return ok, drop
}

// makeRoom decides a name found by its shape that overlaps mentions made
// before: it drops the mentions a longer name outranks (nestsNames,
// loneWordsIn) and reports true, or reports false and the name is skipped.
func (st *docState) makeRoom(before []mention, covered map[int]bool, typ timeline.EntityType, toks []text.Token) bool {
	var drop []int
	switch typ {
	case timeline.Organization:
		var nests bool
		start, end := toks[0].Start, toks[len(toks)-1].End
		if nests, drop = nestsNames(before, start, end, strings.Contains(st.text[start:end], "&")); !nests {
			return false
		}
	case timeline.Person:
		if drop = st.loneWordsIn(before, covered, toks); drop == nil {
			return false
		}
	case timeline.Place:
		if drop = st.aliasWordsIn(before, covered, toks); drop == nil {
			return false
		}
	default:
		return false
	}
	for _, off := range drop {
		st.dropMention(off)
	}
	return true
}

// sideOverPlace drops the place found by its head word alone that has
// the span of m, a side of a match ("drew 0-0 with Kelby County", "Port
// Ashby beat Dunmore 2-1"), and reports whether it did: the score says
// more than the head word. byStart are the mentions sorted by start.
func (st *docState) sideOverPlace(byStart []mention, typ timeline.EntityType, m names.Mention) bool {
	if typ != timeline.Organization || !m.Side {
		return false
	}
	lo := sort.Search(len(byStart), func(i int) bool { return byStart[i].start >= m.Start })
	if lo == len(byStart) {
		return false
	}
	o := byStart[lo]
	if o.start != m.Start || o.end != m.End || o.typ != timeline.Place || o.entry != nil || st.mentionAt(o.start) == nil {
		return false
	}
	st.dropMention(o.start)
	return true
}

// loneWordsIn returns the starts of the gazetteer people's one-word
// mentions inside a longer person's name found by its shape, so that the
// longer name wins: "Abdullah bin Rashid al-Harthy" is not King Abdullah,
// "Ahmed bin Zayed" not Abiy Ahmed, "Jack London" not the city. It returns nil (the mentions win)
// when any other mention overlaps the name, or when mentions cover every
// word of it ("Putin Zelenskyy" is two people, not one name). byStart are
// the mentions sorted by start.
func (st *docState) loneWordsIn(byStart []mention, covered map[int]bool, toks []text.Token) []int {
	start, end := toks[0].Start, toks[len(toks)-1].End
	free := false
	for _, t := range toks {
		free = free || !covered[t.Start]
	}
	if !free {
		return nil
	}
	lo := sort.Search(len(byStart), func(i int) bool { return byStart[i].start >= start })
	if lo > 0 && byStart[lo-1].end > start {
		return nil
	}
	var drop []int
	for _, o := range byStart[lo:] {
		if o.start >= end {
			break
		}
		if o.end > end || o.ntok != 1 || o.entry == nil {
			return nil
		}
		// "Jack London", "George Washington", "Taylor Swift": a city or a
		// known organisation's one word after a given name inside a
		// person's name is their surname
		if o.typ != timeline.Person && !st.cityGiven(o, start) && (o.tok == 0 || o.start == start || !names.GivenName(st.blocks[o.block].toks[o.tok-1].Key)) {
			return nil
		}
		drop = append(drop, o.start)
	}
	return drop
}

// cityGiven reports whether the place o opening a person's name at start
// is their given name: a surname of the lists follows it ("Georgia Mills"),
// or a double-barrelled one ("Paris Delacroix-Moreau"), or any surname
// after a title ("Prosecutor Milan Kubat"); not a common word
// ("Paris Saint-Germain") or any other ("the Warsaw Philharmonic", "the
// Tokyo Olympics").
func (st *docState) cityGiven(o mention, start int) bool {
	toks := st.blocks[o.block].toks
	if o.start != start || o.typ != timeline.Place || o.tok+1 >= len(toks) {
		return false
	}
	next := toks[o.tok+1]
	hyphened := o.tok+2 < len(toks) && st.text[next.End:toks[o.tok+2].Start] == "-" && toks[o.tok+2].Upper
	// ("Prosecutor Milan Kubat": after a title or a noun of roles, a
	// city opens a person's name)
	titled := o.tok > 0 && (isTitleWord(toks[o.tok-1].Key) || roleWords[toks[o.tok-1].Key] || names.RoleNoun(toks[o.tok-1].Key))
	return next.Upper && (names.CommonSurname(next.Key) || (hyphened || titled) && names.NameWord(next.Key) && !names.CommonWord(next.Key))
}

// aliasWordsIn returns the starts of the known places' one-word
// mentions by a short alias inside a longer place's name found by its
// shape, so that the longer name wins: "the Rio Branco valley" is not Rio
// de Janeiro. It returns nil (the mentions win) when any other mention
// overlaps the name. byStart are the mentions sorted by start.
func (st *docState) aliasWordsIn(byStart []mention, covered map[int]bool, toks []text.Token) []int {
	start, end := toks[0].Start, toks[len(toks)-1].End
	lo := sort.Search(len(byStart), func(i int) bool { return byStart[i].start >= start })
	if len(toks) < 2 || lo > 0 && byStart[lo-1].end > start {
		return nil
	}
	var drop []int
	for _, o := range byStart[lo:] {
		if o.start >= end {
			break
		}
		// (a demonym opening it goes too: "the European Southern
		// Observatory" is no mention of Europe)
		demonym := o.start == start && o.via == gazetteer.ViaDemonym
		// (and a known place's own name opening it: "Porto Vedra" is not
		// Porto, the words after it no name the gazetteer knows)
		opens := o.start == start && !covered[toks[len(toks)-1].Start]
		if !demonym && (o.end > end || o.ntok != 1 || o.entry == nil || o.typ != timeline.Place || o.via != gazetteer.ViaName ||
			timeline.Fold(st.text[o.start:o.end]) == timeline.Fold(o.entry.Name) && !opens) {
			return nil
		}
		drop = append(drop, o.start)
	}
	return drop
}

// overlaps reports whether a mention already covers one of the tokens.
func overlaps(covered map[int]bool, toks []text.Token) bool {
	for _, t := range toks {
		if covered[t.Start] {
			return true
		}
	}
	return false
}

// isAcronym: at least min and at most six capital letters ("UNESCO",
// "NBC", "ONS").
func isAcronym(s string, min int) bool {
	if len(s) < min || len(s) > 6 {
		return false
	}
	for i := 0; i < len(s); i++ {
		if s[i] < 'A' || s[i] > 'Z' {
			return false
		}
	}
	return true
}

// datelinePlaces adds the places a dateline names ("HARWICK, Norland
// (Example Wire) —"): where the story was filed is a place, whether the
// gazetteer knows it or not, and so is the region or country after its
// comma (not a date: "KYIV, Dec 2 (Reuters) -").
func (st *docState) datelinePlaces() {
	var covered map[int]bool
	for bi := range st.blocks {
		bl := &st.blocks[bi]
		if bl.kind != article.KindDateline {
			continue
		}
		if covered == nil {
			covered = st.coveredTokens()
		}
		toks := bl.toks
		for i, part := 0, 0; part < 2 && i < len(toks); part++ {
			j := i
			for j < len(toks) && toks[j].Upper && !dayWords[toks[j].Key] && (j == i || datelineJoin[st.text[toks[j-1].End:toks[j].Start]]) {
				j++
			}
			if j == i {
				break
			}
			if !overlaps(covered, toks[i:j]) {
				st.addPlaceNamed(bi, i, j)
			}
			if j >= len(toks) || strings.TrimSpace(st.text[toks[j-1].End:toks[j].Start]) != "," {
				break
			}
			i = j
		}
	}
}

// addPlaceNamed adds tokens [i, j) of block bi as a place, joining the
// place already named so ("HARWICK" is Harwick).
func (st *docState) addPlaceNamed(bi, i, j int) {
	toks := st.blocks[bi].toks
	start, end := toks[i].Start, toks[j-1].End
	name := titleCase(st.text[start:end])
	id := gazetteer.ID(string(timeline.Place), name)
	for _, oid := range st.order {
		if e := st.entities[oid]; e.Type == timeline.Place && timeline.Fold(e.Name) == timeline.Fold(name) {
			id, name = oid, e.Name
			break
		}
	}
	st.addMention(mention{start: start, end: end, id: id, typ: timeline.Place, via: gazetteer.ViaName, block: bi, tok: i, ntok: j - i}, name, nil, "", "", true)
}

// titleCase writes a name in capitals with only each word's first letter
// capital: "PORT SALEM" -> "Port Salem"; a name not in capitals is kept.
func titleCase(s string) string {
	if strings.ToUpper(s) != s {
		return s
	}
	b := []rune(strings.ToLower(s))
	for k := range b {
		if k == 0 || b[k-1] == ' ' || b[k-1] == '-' || b[k-1] == '.' {
			b[k] = unicode.ToUpper(b[k])
		}
	}
	return string(b)
}
