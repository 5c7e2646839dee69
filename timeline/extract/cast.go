package extract

import (
	"slices"
	"sort"
	"strings"

	"github.com/storygraph/storygraph/timeline"
	"github.com/storygraph/storygraph/timeline/gazetteer"
	"github.com/storygraph/storygraph/timeline/names"
	"github.com/storygraph/storygraph/timeline/text"
)

// findCast finds who takes part and where it happens: the people and
// organisations named in the trigger's clause with their roles, capitals
// and countries acting, the places, and for a sentence naming no person
// the people its pronouns stand for (ante: the memory of the sentences
// before). It also decides whether anyone acts at all (hasActor).
func (st *docState) findCast(s *sentence, ante antecedents) {
	seen := map[string]bool{}
	st.castNames(s, seen)
	st.castCountries(s, seen)
	// a country acting is not where it happens ("The UK and France will
	// establish hubs across Ukraine" happens in Ukraine)
	for _, p := range s.parts {
		if p.Type == timeline.Place {
			s.places = remove(s.places, p.Name)
		}
	}
	castPronouns(s, ante)
	castObjectPronoun(s, ante)
	castClient(s, ante)
	st.castCompany(s, ante)
	st.castFirmPair(s)
	castOwner(s, ante)
	if g := castGroups(s); g >= 0 && workGroups[s.toks[g].Key] && len(s.parts) == 0 && ante.org != "" {
		// "Teams will complete the closeout", "Engineers replaced two
		// seals": an organisation's own people at work, in its update,
		// are the last organisation named at work
		s.parts = []timeline.Participant{{Name: ante.org, Type: timeline.Organization, Role: timeline.RoleAgent}}
	}
}

// reportedPart reports whether token k of a statement's sentence is in
// what the statement reports: after "said that" or its like, or in a
// quote, when the speaker is outside it. Only a verb of reporting
// reports ("sent a wave of optimism through the Forum in Davos" does
// not).
func reportedPart(s *sentence, k int) bool {
	if s.kind != timeline.KindStatement || s.speaker < 0 || !reportVerbs[s.toks[s.speaker].Key] {
		return false
	}
	if s.aside[k] && !s.aside[s.speaker] {
		return true
	}
	q := clauseMarker(s.toks, s.speaker)
	return q > 0 && k >= q
}

// passiveAgent reports whether the name starting at token at is the
// agent of a passive trigger: "was signed by Putin", "was bought by the
// Swedish group Nordvik".
func passiveAgent(toks []text.Token, trig, at int) bool {
	if trig < 1 || at <= trig || !passiveAux[toks[trig-1].Key] {
		return false
	}
	for k := at - 1; k > trig && k >= at-5; k-- {
		if toks[k].Key == "by" {
			return true
		}
	}
	return false
}

// passiveTrigger reports whether the trigger at trig is a participle
// after a passive auxiliary: "were seized", "was appointed", "had been
// fired", "was shot" (not "is meeting", "has been clear").
func passiveTrigger(toks []text.Token, trig int) bool {
	if trig < 1 || !passiveAux[toks[trig-1].Key] {
		return false
	}
	key := toks[trig].Key
	return strings.HasSuffix(key, "ed") || irregularPast[key]
}

// madeBy reports whether the name (or list of names) starting at token at
// follows a "by" that says who made a thing, not who acted: set off by a
// comma ("The paintings, by Bonnard and Morisot,") or before a passive
// trigger ("Paintings by Bonnard were taken").
func (st *docState) madeBy(toks []text.Token, at, trig int) bool {
	k := at - 1
	for k > 0 && (toks[k].Key == "and" || toks[k].Upper) {
		k--
	}
	if k < 1 || toks[k].Key != "by" {
		return false
	}
	return trig > 1 && passiveAux[toks[trig-1].Key] || strings.HasSuffix(strings.TrimSpace(st.text[toks[k-1].End:toks[k].Start]), ",")
}

// castCompany: "the company", "the firm" in the sentence's subject, when
// no organisation named there acts, is the last organisation named before
// ("Nokia announced cuts. The company reported a loss"), or the one the
// text named with that noun (firmNamed). A name after the noun is
// another's ("the company Aero Norte"). Elsewhere in a sentence naming no
// organisation of its kind, it takes part too ("Callender said the company would
// review its contracts", "summoned the company's managers").
func (st *docState) castCompany(s *sentence, ante antecedents) {
	if ante.org != "" && !st.castFirmSubject(s, ante) && !st.castFirmObject(s) {
		st.castFirmElsewhere(s, ante.org)
	}
}

// castFirmObject: "Kasumi agreed to buy the Dutch company in March",
// "Harlow sued the drugmaker": "the <company>" as the object of what a
// firm named in the sentence does is not that firm but the last other
// one named before (not a court or a ministry; of the noun's trade). It
// reports whether it found one. (In a saying, "Kasumi said the company
// would grow", the company is the speaker.)
func (st *docState) castFirmObject(s *sentence) bool {
	toks, k := s.toks, s.trig+1
	if s.trig < 0 || s.kind == timeline.KindStatement || passiveTrigger(toks, s.trig) {
		return false
	}
	if k+1 < len(toks) && toks[k].Key == "to" {
		k += 2 // "agreed to buy the company"
	}
	if k+1 >= len(toks) {
		return false
	}
	// (a company by its trade: not "the organisation", "the group", which
	// may be the actor's own)
	n := st.firmAt(toks, k)
	if n < 0 || !genericFirmNouns[toks[n].Key] && firmSectors[toks[n].Key] == "" && toks[n].Key != "maker" {
		return false
	}
	var actor string
	for _, p := range s.parts {
		if p.Type == timeline.Organization && p.Role == timeline.RoleAgent {
			actor = p.Name
			break
		}
	}
	if actor == "" {
		return false
	}
	lo := sort.Search(len(st.mentions), func(i int) bool { return st.mentions[i].start >= s.span.Start })
	for i := lo - 1; i >= 0; i-- {
		m := st.mentions[i]
		if m.typ != timeline.Organization {
			continue
		}
		name := st.entities[m.id].Name
		if sameFirm(name, actor) || publicHeads[text.Fold(name[strings.LastIndexByte(name, ' ')+1:])] || otherTrade(st.describedAs(m), toks[n].Key) {
			continue
		}
		if !hasPart(s, name) {
			s.parts = append(s.parts, timeline.Participant{Name: name, Type: timeline.Organization, Role: timeline.RoleSubject})
		}
		return true
	}
	return false
}

// castFirmSubject reads "the company" and "it" as the subject (castCompany),
// and reports whether it settled who the company is.
func (st *docState) castFirmSubject(s *sentence, ante antecedents) bool {
	toks := s.toks
	passive := s.trig > 0 && passiveAux[toks[s.trig-1].Key]
	// (in a passive, the organisation acting is the one after "by")
	if slices.ContainsFunc(s.parts, func(p timeline.Participant) bool {
		return p.Type == timeline.Organization && p.Role == timeline.RoleAgent && !passive
	}) {
		return false
	}
	if (itActs(s, 0) || itActs(s, openingPhraseEnd(s))) && !passive && !hasPart(s, ante.org) {
		// "It expects to close the plant", "It blamed a software update"
		s.parts = append([]timeline.Participant{{Name: ante.org, Type: timeline.Organization, Role: timeline.RoleAgent}}, s.parts...)
		s.hasActor = true
		return true
	}
	end := s.trig
	if end < 0 || end > 8 {
		end = min(len(toks), 8)
	}
	// ("The supplier, whose software runs in twelve countries, said")
	k := openingPhraseEnd(s)
	if len(toks) > 1 && st.firmAt(toks, 0) > 0 {
		k = 0
	}
	for ; k+1 < end; k++ {
		n := st.firmAt(toks, k)
		if n < 0 || n >= end {
			continue
		}
		org := st.firmNamed(s, toks[n].Key, ante.org)
		if org == "" || hasPart(s, org) {
			return true
		}
		role := timeline.RoleAgent
		if passive {
			role = timeline.RoleSubject // "the company was bought by ...": what befell it
		}
		s.parts = append([]timeline.Participant{{Name: org, Type: timeline.Organization, Role: role}}, s.parts...)
		s.hasActor = true
		return true
	}
	return false
}

// castFirmPair: "The two companies had held talks in January", "a
// merger of the two carmakers", "both banks said": the last two firms
// the text named before take part (a name and its short form are one:
// "Zhenyu" after "Zhenyu Biotech"; a court, a ministry or a commission
// is no firm).
func (st *docState) castFirmPair(s *sentence) {
	toks, at := s.toks, -1
	// "..., the companies said": the firms speaking together, when the
	// text has named two (of three, which two is not told)
	plain := false
	if sp := s.speaker; sp >= 2 && toks[sp-2].Key == "the" && !toks[sp-1].Upper && firmPlural(toks[sp-1].Key) && !s.aside[sp-1] {
		at, plain = sp-1, true
	}
	for k := 0; at < 0 && k+1 < len(toks); k++ {
		// (not in a quote: "“It lets both companies move on,” she said")
		if (toks[k].Key == "two" && k > 0 && toks[k-1].Key == "the" || toks[k].Key == "both") && !toks[k+1].Upper && firmPlural(toks[k+1].Key) && !s.aside[k] {
			at = k
			break
		}
	}
	if at < 0 {
		return
	}
	lo := sort.Search(len(st.mentions), func(i int) bool { return st.mentions[i].start >= s.span.Start })
	var two []string
	if plain {
		lo = sort.Search(len(st.mentions), func(i int) bool { return st.mentions[i].start >= s.span.End })
	}
	for i := lo - 1; i >= 0 && (len(two) < 2 || plain && len(two) < 3); i-- {
		m := st.mentions[i]
		if m.typ != timeline.Organization {
			continue
		}
		name := st.entities[m.id].Name
		if publicHeads[text.Fold(name[strings.LastIndexByte(name, ' ')+1:])] {
			continue
		}
		if !slices.ContainsFunc(two, func(o string) bool { return sameFirm(o, name) }) {
			two = append(two, name)
		}
	}
	if len(two) < 2 || plain && len(two) > 2 {
		return
	}
	role := timeline.RoleSubject
	if s.trig < 0 || at < s.trig {
		role = timeline.RoleAgent
	}
	for _, name := range []string{two[1], two[0]} {
		if !slices.ContainsFunc(s.parts, func(p timeline.Participant) bool { return sameFirm(p.Name, name) }) {
			s.parts = append(s.parts, timeline.Participant{Name: name, Type: timeline.Organization, Role: role})
			s.hasActor, s.onlyAntecedents = true, false
		}
	}
}

// firmPlural reports whether the folded word is a firm noun's plural
// ("companies", "carmakers", "banks"), not of a body facing firms
// ("unions", "regulators").
func firmPlural(key string) bool {
	if key == "companies" {
		return true
	}
	one, ok := strings.CutSuffix(key, "s")
	return ok && firmNouns[one] && !facingBodies[one]
}

// sameFirm reports whether two organisation names are one firm, the
// shorter the first words of the longer ("Zhenyu", "Zhenyu Biotech").
func sameFirm(a, b string) bool {
	if len(a) > len(b) {
		a, b = b, a
	}
	return a == b || strings.HasPrefix(b, a+" ")
}

// castFirmElsewhere: "the company" outside the subject, in a sentence
// naming no organisation of its kind, takes part (castCompany).
func (st *docState) castFirmElsewhere(s *sentence, org string) {
	toks := s.toks
	for k := 0; k+1 < len(toks); k++ {
		// ("an adviser to the board": the board is the company's subject only)
		n := st.firmAt(toks, k)
		if n < 0 || toks[n].Key == "board" || !st.otherKinds(s, toks[n].Key) {
			continue
		}
		if org := st.firmNamed(s, toks[n].Key, st.titleFirm(s, org)); org != "" && !hasPart(s, org) {
			s.parts = append(s.parts, timeline.Participant{Name: org, Type: timeline.Organization, Role: timeline.RoleSubject})
		}
		return
	}
}

// titleFirm is the organisation the title names, when org, the one
// named before, is not in it and one named before the sentence is: under
// the title "Tarvel shuts its Lund plant", "The Evening Ledger reported
// ... staff the company still needed" is Tarvel's, not the newspaper's;
// else org.
func (st *docState) titleFirm(s *sentence, org string) string {
	title := strings.Fields(st.doc.Title)
	inTitle := func(name string) bool {
		first, _, _ := strings.Cut(name, " ")
		return len(first) > 2 && slices.Contains(title, first)
	}
	if len(title) == 0 || inTitle(org) {
		return org
	}
	for _, m := range st.mentions {
		if m.start >= s.span.Start {
			break
		}
		if m.typ == timeline.Organization && inTitle(st.text[m.start:m.end]) {
			return st.entities[m.id].Name
		}
	}
	return org
}

func hasPart(s *sentence, name string) bool {
	return slices.ContainsFunc(s.parts, func(p timeline.Participant) bool { return p.Name == name })
}

// otherKinds reports whether every organisation sentence s names is
// named as another kind than noun ("The union Unitra said the company
// had refused": the company is not Unitra), or none is named.
func (st *docState) otherKinds(s *sentence, noun string) bool {
	for _, m := range s.mentions {
		if as := st.describedAs(m); m.typ == timeline.Organization && (as == "" || as == noun) {
			return false
		}
	}
	return true
}

// firmAt is the token of the noun when "the <company>" starts at token
// k, no name after it ("the company Aero Norte") and no "of" ("the group
// of protesters"), else -1. Up to four words of where a firm is based,
// whose it is or what trade it is in may stand between: "the
// Lisbon-based electronics maker", "the Japanese firm", "the U.S.
// automaker", "the media group" (not "the rival company", "the parent
// company": another).
func (st *docState) firmAt(toks []text.Token, k int) int {
	if toks[k].Key != "the" || !firmNounNear(toks, k) {
		return -1
	}
	n := k + 1
	if n+1 < len(toks) && (toks[n+1].Key == "maker" || toks[n+1].Key == "makers") && !toks[n].Upper && !notFirmMakers[toks[n].Key] {
		n++ // "the laptop maker", "the toy maker" (not "the policy maker")
	}
	for n < len(toks) && n <= k+5 {
		if firmNouns[toks[n].Key] && !toks[n].Upper || n > k+1 && (toks[n].Key == "maker" || toks[n].Key == "makers") || n == k+1 && toks[n].Key == "board" {
			break
		}
		w := st.firmModifier(toks, n)
		if w == 0 {
			return -1
		}
		n += w
	}
	if n >= len(toks) || n > k+5 {
		return -1
	}
	// ("the bank tax", "the airline industry": a noun made of it)
	if n+1 < len(toks) && (toks[n+1].Upper || toks[n+1].Key == "of" || firmCompounds[toks[n+1].Key] && !toks[n].Possessive) {
		return -1
	}
	return n
}

// firmNounNear reports whether a firm noun, "maker" or "board" is among
// the five words after token k: the cheap test before firmAt reads the
// words between (and asks the gazetteer about capitalised ones).
func firmNounNear(toks []text.Token, k int) bool {
	for n := k + 1; n < len(toks) && n <= k+5; n++ {
		if key := toks[n].Key; firmNouns[key] || key == "maker" || key == "makers" || key == "board" {
			return true
		}
	}
	return false
}

// firmModifier is the number of words from token n that say where a firm
// is based or listed ("Lisbon-based", "New York-listed"), whose country
// or city it is ("Japanese", "South Korean", "U.S.", "Detroit") or its
// trade ("electronics", "media"), or 0: "the <modifier> company" still
// stands for a firm named before.
func (st *docState) firmModifier(toks []text.Token, n int) int {
	t := toks[n]
	if firmTrades[t.Key] && !t.Upper || firmBases[t.Key] && n > 0 && st.text[toks[n-1].End:t.Start] == "-" {
		return 1
	}
	if !t.Upper {
		return 0
	}
	for j := n + 1; j < len(toks) && j <= n+2 && toks[j-1].Upper; j++ {
		if firmBases[toks[j].Key] && st.text[toks[j-1].End:toks[j].Start] == "-" {
			return j - n // ("New York-based": the words before "-based")
		}
	}
	for _, m := range st.x.Gazetteer.Names(toks[n:min(n+3, len(toks))]) {
		if m.FirstTok == 0 && m.Entries[0].Type == gazetteer.Place {
			return m.NTok
		}
	}
	return 0
}

// firmNamed is the organisation "the <noun>" stands for in sentence s:
// the last one the text named before with that noun, in its name ("Aldria
// Bank": the bank), right before it ("the food group Merrow Group") or in
// an apposition after it ("Aldria Bank, Portugal's largest lender,");
// else fallback, the organisation named before, unless the noun names the
// kind of body that faces a firm ("the union", "the regulator") or the
// text named fallback as one ("the nurses' union Sindra"): then "".
func (st *docState) firmNamed(s *sentence, noun, fallback string) string {
	found, facing := "", facingBodies[noun]
	for _, m := range st.mentions {
		if m.start >= s.span.Start {
			break
		}
		if m.typ != timeline.Organization {
			continue
		}
		name, as := st.entities[m.id].Name, st.describedAs(m)
		if text.Fold(name[strings.LastIndexByte(name, ' ')+1:]) == noun || as == noun && !genericFirmNouns[noun] {
			found = name
		}
		// (nor is a party or a court: "the opposition Civic Alliance")
		facing = facing || name == fallback && (facingBodies[as] || otherTrade(as, noun) || publicHeads[text.Fold(name[strings.LastIndexByte(name, ' ')+1:])])
	}
	if found == "" && !facing {
		found = fallback
	}
	return found
}

// otherTrade reports whether two firm nouns name firms of different
// trades: "the planemaker" is not the firm named as "the airline Sahra
// Air", while "the automaker" may be "the carmaker Brennvik" and "the
// company" anyone.
func otherTrade(a, b string) bool {
	ta, tb := firmSectors[a], firmSectors[b]
	return ta != "" && tb != "" && ta != tb
}

// describedAs is the firmNoun right before mention m ("the carmaker
// Korvath Motors"), or else the first in the apposition right after it
// ("Aldria Bank, Portugal's largest lender,"), or "".
func (st *docState) describedAs(m mention) string {
	toks := st.blocks[m.block].toks
	if m.tok > 0 && firmNouns[toks[m.tok-1].Key] {
		return toks[m.tok-1].Key
	}
	k := m.tok + m.ntok
	if k >= len(toks) || !strings.Contains(st.text[toks[k-1].End:toks[k].Start], ",") {
		return ""
	}
	for j := k; j < len(toks) && j < k+6; j++ {
		if firmNouns[toks[j].Key] {
			return toks[j].Key
		}
		if j > k && strings.Contains(st.text[toks[j-1].End:toks[j].Start], ",") {
			return ""
		}
	}
	return ""
}

// itActs reports whether "it" at token k is the subject of the
// sentence's verb, a few words on and no copula between ("It will repair
// the cars", not "It was a hard year", "It is expected that ...").
func itActs(s *sentence, k int) bool {
	if k >= len(s.toks) || s.toks[k].Key != "it" || s.trig <= k || s.trig > k+3 {
		return false
	}
	for _, t := range s.toks[k+1 : s.trig+1] {
		if itCopulas[t.Key] {
			return false
		}
	}
	return true
}

// castOwner: "Its chairman, Rui Estrela, said ...", "His lawyer said
// ...", "Its shares fell": the one a sentence's opening possessive stands
// for (the organisation or the person named before) is part of what
// befalls or is done by what it owns.
func castOwner(s *sentence, ante antecedents) {
	toks := s.toks
	if len(toks) < 2 || toks[1].Upper {
		return
	}
	p := timeline.Participant{Name: ante.one, Type: timeline.Person, Role: timeline.RoleSubject}
	switch toks[0].Key {
	case "its":
		// ("Its forces struck Odesa", "Its drones": a country's, not the
		// organisation named before)
		if armedNouns[toks[1].Key] || weaponWords[toks[1].Key] {
			return
		}
		p.Name, p.Type = ante.org, timeline.Organization
	case "his", "her":
	default:
		return
	}
	if p.Name == "" || slices.ContainsFunc(s.parts, func(q timeline.Participant) bool { return q.Name == p.Name }) {
		return
	}
	s.parts = append(s.parts, p)
	// what it owns acts, or befalls it ("Its shares fell")
	s.hasActor = s.hasActor || s.trig > 1
}

// castNames reads the sentence's mentions: people and organisations with
// their roles, places, and capitals speaking for their country.
func (st *docState) castNames(s *sentence, seen map[string]bool) {
	toks, trig := s.toks, s.trig
	s.mentions = st.mentionsIn(s.span)
	// ", which still needs approval from regulators in the United States,"
	// is about something else: its places are not where it happens, and
	// its people and organisations take part only when the sentence names
	// nobody else ("the missile, which Russia calls Oreshnik").
	// (not ", led by biologist Ana Kovac,": who leads the one acting
	// acts too)
	inRelative := func(m mention) bool { return inside(s.rel, m.start, m.end) && !st.leaderOf(s, m) }
	namedOutside := nameBeforeRelative(s) // ("Nordlys, whose ... said": a name, known or not)
	for _, m := range s.mentions {
		if (m.typ == timeline.Person || m.typ == timeline.Organization) && m.start >= s.leadEnd && !inRelative(m) {
			namedOutside = true
		}
	}
	for _, m := range s.mentions {
		if m.typ == timeline.Organization && s.orgNamed == "" {
			s.orgNamed = st.entities[m.id].Name
			s.orgOpens = len(toks) > 0 && m.start == toks[0].Start
		}
		// nor do the names of a clause joined after a past happening
		// ("..., and analysts said Brussels could look at it too")
		if seen[m.id] || m.start < s.leadEnd || m.start >= s.clauseEnd || inRelative(m) && (m.typ == timeline.Place && st.metonym(m, toks) == "" || namedOutside) {
			continue
		}
		seen[m.id] = true
		e := st.entities[m.id]
		if m.typ == timeline.Place {
			// "Moscow said", "Washington warned": a capital speaking is
			// its country's government, an actor and not a place
			if c := st.metonym(m, toks); c != "" {
				if !seen["actor:"+c] {
					seen["actor:"+c] = true
					s.parts = append(s.parts, timeline.Participant{Name: c, Type: timeline.Place, Role: "agent"})
					s.hasActor = true
				}
				continue
			}
			// "Russian strikes" involve Russia but do not happen there;
			// nor does "US Special Envoy ..." or "the US-led plan"; nor
			// is what a statement reports where it was made ("The
			// Kremlin said the two could meet in Budapest")
			if m.via != gazetteer.ViaDemonym && !st.placeAsModifier(m, toks) && !reportedPart(s, tokIndex(toks, m.start)) {
				s.places = append(s.places, e.Name)
			}
			continue
		}
		ti := tokIndex(toks, m.start)
		// the word before the name, or before its title: "met with Prime
		// Minister of Norway Jonas Gahr Støre" meets Støre
		role := st.castRole(s, ti, titleStart(toks, ti, trig))
		s.hasActor = true
		s.parts = append(s.parts, timeline.Participant{Name: e.Name, Type: e.Type, Role: role})
	}
}

// nameBeforeRelative reports whether a relative clause of the sentence
// follows right after its opening capitalised words, a name ("Nordlys,
// whose ...", not "The deal, which ...").
func nameBeforeRelative(s *sentence) bool {
	for _, r := range s.rel {
		k := tokIndex(s.toks, r.Start)
		if k == 0 || k > 4 || determiners[s.toks[0].Key] {
			continue
		}
		if !slices.ContainsFunc(s.toks[:k], func(t text.Token) bool { return !t.Upper }) {
			return true
		}
	}
	return false
}

// castRole is the role of the person or organisation named at token ti
// of the sentence, its title starting at token at (castNames).
func (st *docState) castRole(s *sentence, ti, at int) timeline.Role {
	toks, trig := s.toks, s.trig
	switch {
	case st.madeBy(toks, at, trig) && (trig < 0 || ti < trig):
		// "The paintings, by Bonnard and Morisot, were taken": the
		// makers of what the happening befell, not its actors (it
		// still involves them)
		return timeline.RoleSubject
	case ti < trig && passiveTrigger(toks, trig) && !(at > 0 && companions[toks[at-1].Key]) && (s.speaker < 0 || s.speaker == trig || ti > s.speaker):
		// (not the one who says it: "X said 14 soldiers were killed")
		// "Anna Berg and Luca Conti were seized", "Reyes was
		// appointed": what befell them
		return timeline.RoleSubject
	case ti < trig && reportedPart(s, ti):
		// "“I thank Ada Brenn,” Vik said": named in the quote, not saying it
		return timeline.RoleSubject
	case s.toldAbout > 0 && ti > s.speaker && ti < s.toldAbout:
		// "briefed Marco Rubio on the attack": told, not acting
		return timeline.RoleCounterpart
	case trig < 0 || ti < trig || at > 0 && companions[toks[at-1].Key] || passiveAgent(toks, trig, at):
		return timeline.RoleAgent
	case at > 0 && counterpartPreps[toks[at-1].Key], trig >= 0 && at == trig+1:
		return timeline.RoleCounterpart
	}
	return timeline.RoleSubject
}

// leaderOf reports whether the person m is named by a phrase of leading
// set off in the sentence's relative spans, right after its participle
// and "by" (and a role): "The team, led by biologist Ana Kovac,
// described the species", "The inquiry, chaired by Judge Ola Brenn,".
func (st *docState) leaderOf(s *sentence, m mention) bool {
	if m.typ != timeline.Person {
		return false
	}
	for _, r := range s.rel {
		if r.Start > m.start || m.end > r.End {
			continue
		}
		verb, rest, _ := strings.Cut(strings.TrimLeft(st.text[r.Start:m.start], ", "), " ")
		rest, ok := strings.CutPrefix(rest, "by ")
		if !ok || !leaderParticiples[verb] || strings.ContainsAny(rest, ",;") || len(strings.Fields(rest)) > 3 {
			continue
		}
		return true
	}
	return false
}

// titleStart is where the title before the name at token ti begins: back
// over capitalised words and "of"/"the" between them ("Prime Minister of
// Norway Jonas Gahr Støre"), no further back than the token after floor.
func titleStart(toks []text.Token, ti, floor int) int {
	k := ti
	for k-1 > floor && k-1 >= 0 && (toks[k-1].Upper || (toks[k-1].Key == "of" || toks[k-1].Key == "the") && k-2 >= 0 && toks[k-2].Upper) {
		k--
	}
	return k
}

// castCountries finds countries acting: a demonym right before the
// trigger ("Russian strikes"), or a country as the subject ("The UK and
// France will establish", not "in Ukraine").
func (st *docState) castCountries(s *sentence, seen map[string]bool) {
	toks, trig := s.toks, s.trig
	if trig <= 0 {
		return
	}
	lo := max(0, trig-2)
	for _, m := range st.x.Gazetteer.Names(toks[lo:trig]) {
		// ("The Japanese firm said": the firm named before speaks, not Japan)
		if nx := lo + m.FirstTok + m.NTok; nx < trig && firmNouns[toks[nx].Key] {
			continue
		}
		if en := m.Entries[0]; en.Type == gazetteer.Place && m.Via == gazetteer.ViaDemonym && !seen["actor:"+en.ID] {
			seen["actor:"+en.ID] = true
			s.parts = append(s.parts, timeline.Participant{Name: en.Name, Type: timeline.Place, Role: "agent"})
			s.hasActor = true
		}
	}
	for _, m := range s.mentions {
		if m.typ != timeline.Place || m.entry == nil || !m.entry.IsCountry() || seen["actor:"+m.id] {
			continue
		}
		ti := tokIndex(toks, m.start)
		// "thanked Finland for its support", "urged Hungary to ...": the
		// country a saying is addressed to is its counterpart, not where
		// it was said
		if ti == trig+1 && s.kind == timeline.KindStatement && !saidVerbs[toks[trig].Key] {
			seen["actor:"+m.id] = true
			s.parts = append(s.parts, timeline.Participant{Name: st.entities[m.id].Name, Type: timeline.Place, Role: "counterpart"})
			continue
		}
		if ti >= trig || ti > 0 && (locatives[toks[ti-1].Key] || prepositions[toks[ti-1].Key] && toks[ti-1].Key != "and") {
			continue
		}
		// "US Special Envoy ...", "UK defence minister ...": the
		// country qualifies a title, it does not act; nor in "the U.S.
		// automaker", "the US media group" (firmAt)
		if nx := ti + m.ntok; nx < len(toks) && (toks[nx].Upper || roleWords[toks[nx].Key]) || firmOfPlace(toks, ti, m.ntok) {
			continue
		}
		// "Norwegian carmaker Halvorsen Motors", "the Finnish maker": a
		// demonym qualifying a noun that is no group of its people
		// ("Ukrainian forces", "Russian officials" act for the country)
		// ("Ukrainian and US negotiators": a pair of them qualifies the
		// noun after both)
		if nx := ti + m.ntok; m.via == gazetteer.ViaDemonym && nx < len(toks) && !toks[nx].Upper && toks[nx].Key != "and" && toks[nx].Key != "or" &&
			!groupActors[toks[nx].Key] && !actingBodies[toks[nx].Key] && triggers[toks[nx].Key] == "" {
			continue
		}
		seen["actor:"+m.id] = true
		s.parts = append(s.parts, timeline.Participant{Name: st.entities[m.id].Name, Type: timeline.Place, Role: "agent"})
		s.hasActor = true
	}
}

// castPronouns resolves "He ...", "They ...", "The pair ...", "We ..."
// in a sentence that names no person: the people named before (ante).
// "I" and "we" are the speaker, whom a quote or a transcript does not
// always name: an actor, but no name is guessed. onlyAntecedents is set
// when the pronouns are all the actors there are.
func castPronouns(s *sentence, ante antecedents) {
	if len(peopleOf(s.parts)) > 0 {
		castSubjectPronoun(s, ante)
		return
	}
	toks := s.toks
	var names []string
	// "Rescuers pulled three people out, he said.": the speaker after the
	// report is the pronoun to read, wherever it stands
	first := openingPhraseEnd(s)
	if sp := s.speaker; sp >= 2 && (pronounsOne[toks[sp-1].Key] || toks[sp-1].Key == "they") {
		first = sp - 1
	}
	// "During his two-hour speech he stated ...": a pronoun right before a
	// happening's word is its subject, however long the phrase before it
	for k := 4; first == 0 && k+1 < len(toks) && k < 10; k++ {
		if _, ok := triggers[toks[k+1].Key]; ok && (pronounsOne[toks[k].Key] || toks[k].Key == "they") {
			first = k
		}
	}
	// "The 61-year-old had run the company since 2005": the person named
	// before, by age
	if yearsOld(toks, first) && ante.one != "" {
		names = []string{ante.one}
	}
	for k := first; names == nil && k < len(toks) && k < first+4; k++ {
		w := toks[k].Key
		if sentenceOpeners[w] && !pronounsMany[w] {
			continue
		}
		// "Everything we planned ...": a first person among the
		// opening words is the speaker
		if !firstPerson[w] && !pronounsOne[w] && !pronounsMany[w] {
			continue
		}
		// "two" and "both" refer back only as "the two" or "both
		// leaders", not as numbers ("Two tail service masts")
		if (w == "two" || w == "both") && !(k > 0 && toks[k-1].Key == "the") && !(k+1 < len(toks) && (pronounsMany[toks[k+1].Key] || groupActors[toks[k+1].Key])) {
			break
		}
		// ("the two companies" are firms: castFirmPair)
		if (w == "two" || w == "both") && k+1 < len(toks) && firmPlural(toks[k+1].Key) {
			break
		}
		// "the leaders" refer back; "European leaders" are a new group
		if groupNoun := pronounsMany[w] && w != "they" && w != "two" && w != "both"; groupNoun && k > 0 && !anaphoricDeterminers[toks[k-1].Key] {
			s.hasActor = true
			break
		}
		switch {
		case w == "i" && ante.speaker != "":
			names = []string{ante.speaker} // a transcript's speaker label
		case pronounsOne[w] && s.speaker >= 0 && k > s.speaker && personSubject(s):
			// "The minister said he would resign": he is the minister,
			// not the person named before
			s.hasActor = true
		case pronounsOne[w] && ante.one != "":
			names = []string{ante.pronounOne(w)}
		case pronounsMany[w] && len(ante.leaders) > 0 && (leaderNouns[w] || k+1 < len(toks) && leaderNouns[toks[k+1].Key]):
			names = ante.leaders // "the leaders", "both presidents"
		case pronounsMany[w] && len(ante.group) > 0:
			names = ante.group
		case firstPerson[w] || pronounsMany[w] || pronounsOne[w]:
			s.hasActor = true
		}
		break
	}
	var ps []timeline.Participant
	for _, n := range names {
		ps = append(ps, timeline.Participant{Name: n, Type: timeline.Person, Role: "agent"})
		s.hasActor = true
	}
	s.parts = append(ps, s.parts...)
	s.onlyAntecedents = s.hasActor && len(ps) == len(s.parts) || s.hasActor && len(s.parts) == 0
}

// objectPronoun reports whether "him", or "her" standing alone ("named
// her as chair", "thanked her for", not "praised her work"), follows the
// sentence's trigger in its clause.
func objectPronoun(s *sentence) bool {
	toks := s.toks
	if s.trig < 0 {
		return false
	}
	end := len(toks)
	if s.clauseEnd > 0 {
		end = min(end, tokIndex(toks, s.clauseEnd))
	}
	for k := s.trig + 1; k < end && k <= s.trig+3; k++ {
		switch toks[k].Key {
		case "him":
			return true
		case "her":
			return k+1 == len(toks) || herFollowers[toks[k+1].Key] || strings.ContainsAny(s.text[toks[k].End-s.span.Start:toks[k+1].Start-s.span.Start], ",.;")
		}
	}
	return false
}

// yearsOld reports whether "the <N>-year-old" opens the subject at
// token k, no noun after it ("the 61-year-old said", not "the
// 61-year-old man", who may be someone else).
func yearsOld(toks []text.Token, k int) bool {
	if k+4 >= len(toks) || toks[k].Key != "the" || !isDigit(toks[k+1].Key[0]) || toks[k+2].Key != "year" || toks[k+3].Key != "old" {
		return false
	}
	next := toks[k+4].Key
	_, verb := triggers[next]
	return verb || verbsAfterSubject[next] || strings.HasSuffix(next, "ed")
}

// castObjectPronoun: "The board thanked him for his work", "named her
// as chair", "Judge Ellen Kwiatkowski will sentence him on March 24":
// "him", or "her" alone, after the trigger, in a sentence naming nobody
// else or one person before it, is the person named before.
func castObjectPronoun(s *sentence, ante antecedents) {
	// ("Halloran's deputy, Simon Achterberg, will testify against him":
	// with two named, him may be the other)
	if ante.one == "" || hasPart(s, ante.one) || len(peopleOf(s.parts)) > 1 || !objectPronoun(s) {
		return
	}
	for _, m := range s.mentions {
		if m.typ == timeline.Person && m.start > s.toks[s.trig].Start {
			return
		}
	}
	s.parts = append(s.parts, timeline.Participant{Name: ante.one, Type: timeline.Person, Role: timeline.RoleCounterpart})
}

// castClient: "Ruth Abernathy said her client would appeal": the client
// a lawyer speaks of, in a sentence naming the lawyer alone, is the
// person named before.
func castClient(s *sentence, ante antecedents) {
	if s.speaker < 0 || ante.one == "" || hasPart(s, ante.one) || len(peopleOf(s.parts)) > 1 {
		return
	}
	for k := s.speaker + 1; k+1 < len(s.toks) && k <= s.speaker+4; k++ {
		if key := s.toks[k].Key; (key == "his" || key == "her") && (s.toks[k+1].Key == "client" || s.toks[k+1].Key == "clients") {
			s.parts = append(s.parts, timeline.Participant{Name: ante.one, Type: timeline.Person, Role: timeline.RoleSubject})
			return
		}
	}
}

// personSubject reports whether the sentence's saying has a person named
// by what they are as its subject: "The investor said", "A spokeswoman
// said", "The 58-year-old said" (not "The company said", "The report
// said", "Her lawyer said").
func personSubject(s *sentence) bool {
	toks, sp, first := s.toks, s.speaker, openingPhraseEnd(s)
	if sp < first+2 || sp > first+5 || !appositionArticles[toks[first].Key] {
		return false
	}
	for _, t := range toks[first+1 : sp] {
		if t.Upper {
			return false
		}
	}
	noun := toks[sp-1].Key
	return roleWords[noun] || names.RoleNoun(noun) || noun == "old" && toks[sp-2].Key == "year"
}

// pronounOne is who "he" or "she" (w) stands for: the person named
// before (one), unless "he" is said of a woman's name and another person
// of the sentence before has none: "President Ana Ruiz welcomed Brekke.
// He said ..." is Brekke. A given name ending in -a is read as a woman's
// (but Luca, Nikita, Mustafa ...); many women's names end otherwise
// (Ingrid), so "she" is left to the person named before.
func (a *antecedents) pronounOne(w string) string {
	if w != "he" || !feminineName(a.one) {
		return a.one
	}
	for _, p := range a.group {
		if p != a.one && !feminineName(p) {
			return p
		}
	}
	return a.one
}

// feminineName reports whether a person's given name (the first word)
// ends in -a and is no man's name that does.
func feminineName(name string) bool {
	given, _, _ := strings.Cut(name, " ")
	given = text.Fold(given)
	return len(given) > 2 && given[len(given)-1] == 'a' && !maleNamesInA[given]
}

// castSubjectPronoun: "She met Brodie on Wednesday", "He will be
// replaced by Mette Kjaer", "She invited Drazic to visit": "he" or "she"
// as the subject, every person the sentence names coming after the word
// after it, is still the person named before, beside them.
func castSubjectPronoun(s *sentence, ante antecedents) {
	k, toks := openingPhraseEnd(s), s.toks
	if ante.one == "" || s.trig <= k || k+1 >= len(toks) || !pronounsOne[toks[k].Key] {
		return
	}
	for _, p := range s.parts {
		if p.Name == ante.one {
			return
		}
	}
	for _, m := range s.mentions {
		if m.typ == timeline.Person && m.start <= toks[k+1].Start {
			return
		}
	}
	role := timeline.RoleAgent
	if passiveTrigger(toks, s.trig) {
		role = timeline.RoleSubject
	}
	s.parts = append([]timeline.Participant{{Name: ante.one, Type: timeline.Person, Role: role}}, s.parts...)
	s.hasActor = true
}

// castGroups: a group noun before the trigger ("Engineers repaired",
// "officials said") makes the sentence someone's doing. It returns the
// group noun's token, or -1.
func castGroups(s *sentence) int {
	if s.hasActor || s.trig == 0 {
		return -1
	}
	start, end := 0, s.trig
	if end < 0 || end < s.settingEnd {
		// no trigger, or only the setting's ("During the test, engineers
		// loaded ..."): a group opening the main clause is its subject
		// ("The four astronauts entered quarantine on Sunday", "On March
		// 14, the team used the drill")
		start = openingPhraseEnd(s)
		end = min(len(s.toks), start+4)
	}
	// (a live blog's "15:30 – Rescuers pulled ...": the clock is no word)
	first := start
	for first < len(s.toks) && isDigit(s.toks[first].Key[0]) {
		first++
	}
	for k := start; k < end; k++ {
		if groupActors[s.toks[k].Key] && (!s.toks[k].Upper || k == first) {
			s.hasActor = true
			return k
		}
	}
	return -1
}

// openingPhraseEnd is the token after an opening phrase closed by a comma
// within the first eight words and holding no happening in the past
// ("Following the talks, the parties signed ...", "On Tuesday, the two
// leaders met ..."), where the subject to read starts; 0 when there is
// none.
func openingPhraseEnd(s *sentence) int {
	toks, base := s.toks, s.span.Start
	if len(toks) == 0 || pronounsOne[toks[0].Key] || pronounsMany[toks[0].Key] || firstPerson[toks[0].Key] {
		return 0 // "I think, however, ...", "They, too, ..."
	}
	for k := 1; k < len(toks) && k <= 8; k++ {
		if _, ok := triggers[toks[k-1].Key]; (ok || k-1 == s.trig) && pastTense(toks[k-1].Key) {
			return 0 // ("The lender named Clara Vidigal, its deputy chair, ...")
		}
		if strings.Contains(s.text[toks[k-1].End-base:toks[k].Start-base], ",") && !digitGroup(toks[k-1], toks[k]) {
			return k
		}
	}
	return 0
}

// digitGroup reports whether the comma between two tokens groups the
// digits of one number ("30,000", "1,200"): no phrase ends there.
func digitGroup(a, b text.Token) bool {
	return b.Start == a.End+1 && isDigit(a.Key[len(a.Key)-1]) && isDigit(b.Key[0])
}

func peopleOf(ps []timeline.Participant) []timeline.Participant {
	var out []timeline.Participant
	for _, p := range ps {
		if p.Type == timeline.Person {
			out = append(out, p)
		}
	}
	return out
}

// metonym returns the country a city stands for when the city speaks
// ("Moscow said", "Kyiv denied"), or "".
func (st *docState) metonym(m mention, toks []text.Token) string {
	if m.entry == nil || m.entry.Kind != "city" || m.entry.Country == "" {
		return ""
	}
	ti := tokIndex(toks, m.start)
	nx := ti + m.ntok
	// "an attack in Odesa claimed the life of": a place, not a speaker
	if ti > 0 && (prepositions[toks[ti-1].Key] || locatives[toks[ti-1].Key]) {
		return ""
	}
	if nx+1 < len(toks) && toks[nx].Key == "claimed" && (toks[nx+1].Key == "the" || toks[nx+1].Key == "lives") {
		return ""
	}
	if nx < len(toks) && reportVerbs[toks[nx].Key] && !toks[nx].Upper {
		return m.entry.Country
	}
	return ""
}

// firmOfPlace reports whether the place named at token ti (n tokens)
// stands between "the" and a firm noun or trade: "the U.S. automaker",
// "the Detroit media group" are a firm's, not a happening's place or a
// country acting.
func firmOfPlace(toks []text.Token, ti, n int) bool {
	nx := ti + n
	return ti > 0 && toks[ti-1].Key == "the" && nx < len(toks) && (firmNouns[toks[nx].Key] && !toks[nx].Upper || firmTrades[toks[nx].Key])
}

// placeAsModifier reports a place name used to qualify something else
// rather than to locate the happening: before a capitalised title ("US
// Special Envoy", "UK Prime Minister") or inside a hyphenated compound
// ("US-led", "Russia-Ukraine talks").
func (st *docState) placeAsModifier(m mention, toks []text.Token) bool {
	if m.end < len(st.text) && st.text[m.end] == '-' || m.start > 0 && st.text[m.start-1] == '-' {
		return true
	}
	ti := tokIndex(toks, m.start)
	nx := ti + m.ntok
	if nx < len(toks) && (roleWords[toks[nx].Key] || titleWords[toks[nx].Key] || toks[nx].Key == "special") &&
		strings.TrimSpace(st.text[m.end:toks[nx].Start]) == "" {
		return true
	}
	if firmOfPlace(toks, ti, m.ntok) {
		return true
	}
	// "President of Kazakhstan Kassym-Jomart Tokayev": the country of a
	// title, not where anything happens
	if ti >= 2 && toks[ti-1].Key == "of" && titleWords[toks[ti-2].Key] {
		return true
	}
	// "President Karol Nawrocki of Poland": the country of a person
	if ti >= 2 && toks[ti-1].Key == "of" {
		if pm := st.mentionEndingAt(toks[ti-2].End); pm != nil && pm.typ == timeline.Person {
			return true
		}
	}
	// "Russia's sovereign wealth fund": a country owning something
	if ti+m.ntok-1 < len(toks) && toks[ti+m.ntok-1].Possessive && !(ti > 0 && locatives[toks[ti-1].Key]) {
		return true
	}
	return false
}
