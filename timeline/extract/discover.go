package extract

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/storygraph/storygraph/timeline"
	"github.com/storygraph/storygraph/timeline/article"
	"github.com/storygraph/storygraph/timeline/gazetteer"
	"github.com/storygraph/storygraph/timeline/names"
	"github.com/storygraph/storygraph/timeline/text"
)

// Discovery finds people and organisations the gazetteer does not know,
// from cues news writing always gives: a title or role before a name
// ("spokesman Dmitry Peskov", "NATO chief Mark Rutte"), an apposition after
// it ("Yuri Ushakov, the Kremlin aide,"), a reporting verb after it ("Jane
// Doe said"), or an organisation head word ("Ministry of Defence",
// "Acme Corp").

// joinAdjacentOrgs reads two organisations the gazetteer knows, written
// one after the other with nothing between, as one organisation of their
// own: "Sony Ericsson", "Fuji Xerox" are joint ventures, not Sony and
// Ericsson. Titles and headings are left alone ("Microsoft Nokia deal
// approved" is a headline's two firms).
func (st *docState) joinAdjacentOrgs() {
	ms := slices.Clone(st.mentions)
	slices.SortFunc(ms, func(a, b mention) int { return a.start - b.start })
	for k := 0; k+1 < len(ms); k++ {
		a, b := ms[k], ms[k+1]
		if a.typ != timeline.Organization || b.typ != timeline.Organization || a.block != b.block || b.tok != a.tok+a.ntok ||
			st.text[a.end:b.start] != " " || st.blocks[a.block].toks[b.tok-1].Possessive {
			continue
		}
		if kind := st.blocks[a.block].kind; kind == article.KindTitle || kind == article.KindHeading {
			continue
		}
		name := st.text[a.start:b.end]
		st.dropMention(a.start)
		st.dropMention(b.start)
		st.addMention(mention{start: a.start, end: b.end, id: gazetteer.ID(string(timeline.Organization), name), typ: timeline.Organization,
			via: gazetteer.ViaName, block: a.block, tok: a.tok, ntok: a.ntok + b.ntok}, name, nil, "", "", true)
		k++
	}
}

// discover adds discovered people and organisations to the mentions.
func (st *docState) discover() {
	covered := st.coveredTokens()
	for bi := range st.blocks {
		bl := &st.blocks[bi]
		toks := bl.toks
		for i := 0; i < len(toks); i++ {
			if covered[toks[i].Start] || !toks[i].Upper || toks[i].Caps && len(toks[i].Key) <= 1 {
				continue
			}
			// "pro-European", "anti-Western": an adjective, not a name's start
			if i > 0 && !toks[i-1].Upper && st.text[toks[i-1].End:toks[i].Start] == "-" {
				continue
			}
			j, hasConnector := st.capitalisedRun(toks, i, covered)
			if j <= i || st.brokenRun(toks, i, j) {
				continue
			}
			if nameAndFirm(toks, i, j) {
				j, hasConnector = i+1, false
			}
			// "Shares of Halvorsen Group", "Head of Apple": "X of" opens
			// a name only when X opens or heads one ("Bank of England")
			if j-i >= 3 && toks[i+1].Key == "of" && !orgStarts[toks[i].Key] && !orgHeads[toks[i].Key] && !placeHeads[toks[i].Key] {
				i += 2
				hasConnector = false
				for k := i; k < j; k++ {
					hasConnector = hasConnector || connectors[toks[k].Key] && !toks[k].Upper
				}
			}
			// "Marcus Oyelaran of Kestrel Securities": a person's name (a
			// given name and another word) before "of" is the person's,
			// and the organisation after it a name of its own
			if p := personBeforeOf(toks, i, j); p > 0 {
				j, hasConnector = p, false
			}
			// "Prime Minister of Norland Ingrid Solberg": the country
			// before a full name belongs to the office
			if st.officeCountry(toks, i, j) {
				i++
			}
			// "Commander Reid Wiseman", "Mission Specialist Christina
			// Koch": a title inside the run is the cue, the rest the name
			if typ, k := st.titledName(toks, i, j); typ != "" {
				name := st.text[toks[k].Start:toks[j-1].End]
				st.addMention(mention{start: toks[k].Start, end: toks[j-1].End, id: gazetteer.ID(string(typ), name), typ: typ, via: gazetteer.ViaName, block: bi, tok: k, ntok: j - k}, name, nil, "", "", true)
				for q := i; q < j; q++ {
					covered[toks[q].Start] = true
				}
				i = j - 1
				continue
			}
			typ := st.classifyRun(bi, i, j, hasConnector)
			i, typ = st.dropOpeningWord(bi, i, j, hasConnector, typ)
			if typ == "" {
				i = j - 1
				continue
			}
			// "Launch Complex 39B", "Building 5": a number after a site's
			// head word belongs to its name
			if typ == timeline.Place && j < len(toks) && isDigit(st.text[toks[j].Start]) && !st.gap(toks[j-1], toks[j]) && len(toks[j].Key) <= 4 {
				j++
			}
			start := i
			if typ == timeline.Organization && i > 0 && covered[toks[i-1].Start] && !st.gap(toks[i-1], toks[i]) {
				start = st.nameBeforeOrg(toks, i)
			}
			name := st.text[toks[start].Start:toks[j-1].End]
			id := gazetteer.ID(string(typ), name)
			m := mention{start: toks[start].Start, end: toks[j-1].End, id: id, typ: typ, via: gazetteer.ViaName, block: bi, tok: start, ntok: j - start}
			st.addMention(m, name, nil, "", "", true)
			for k := i; k < j; k++ {
				covered[toks[k].Start] = true
			}
			i = j - 1
		}
	}
}

// nameAndFirm reports whether the run [i, j) is one word that is no
// common word, "and" and a firm's name of its own: two names ("backers
// include Northzone and Index Ventures"), where "Food and Drug
// Administration" is one, and so is a firm of partners ("Kessler and
// Brandt Partners").
func nameAndFirm(toks []text.Token, i, j int) bool {
	return j-i >= 4 && toks[i+1].Key == "and" && !toks[i+1].Upper && !names.CommonWord(toks[i].Key) && !toks[i].Caps &&
		!names.CommonSurname(toks[i].Key) && !names.GivenName(toks[i].Key) && !names.CommonSurname(toks[i+2].Key) &&
		orgHeads[toks[j-1].Key] && !connectors[toks[i+2].Key]
}

// nameBeforeOrg returns where the organisation's name at token i starts
// when a place or organisation the gazetteer knows, right before it, is
// part of it ("Dnipro Grid Authority", "OSCE Permanent Council"), and
// drops that mention; else i. A name written with its article counts
// too: "the Baltic Fisheries Council" is no mention of the Baltic Sea.
func (st *docState) nameBeforeOrg(toks []text.Token, i int) int {
	pm := st.mentionEndingAt(toks[i-1].End)
	if pm == nil || pm.typ != timeline.Place && pm.typ != timeline.Organization || pm.via != gazetteer.ViaName {
		return i
	}
	if the := pm.ntok == 2 && toks[pm.tok].Key == "the" && !toks[pm.tok+1].Caps; pm.ntok != 1 && !the {
		return i
	}
	start := pm.tok + pm.ntok - 1
	st.dropMention(pm.start)
	return start
}

// dropOpeningWord leaves out of a person's name [i, j) a common word that
// opens the sentence ("Rival Helga Brandt said"), returning the run's new
// start and type: the rest needs evidence of its own. (An organisation's
// keeps it: "General Electric Company".)
func (st *docState) dropOpeningWord(bi, i, j int, hasConnector bool, typ timeline.EntityType) (int, timeline.EntityType) {
	toks := st.blocks[bi].toks
	// "Brokerage Kestrel Institutional Equities said": a noun of firms
	// opening a firm's name of two words more, not a head of its own
	// ("Bank Negara Indonesia" keeps it)
	// ("Rival Kestrel Aircraft said": a rival is no firm's first word)
	if typ == timeline.Organization && st.sentenceStart(bi, i) && (firmNouns[toks[i].Key] || names.OpeningNoun(toks[i].Key)) && j-i >= 3 &&
		!orgHeads[toks[i].Key] && !orgStarts[toks[i].Key] && !connectors[toks[i+1].Key] {
		return i + 1, typ
	}
	// ("Van der Berg said": a particle in capitals before another opens
	// the name, whatever else the word means)
	if typ != timeline.Person || !st.sentenceStart(bi, i) || nameParticles[toks[i].Key] && !toks[i+1].Upper && nameParticles[toks[i+1].Key] {
		return i, typ
	}
	// "Lender Northgate Finance said": the word was a noun of firms (a
	// person's trade before a given name: "Broadcaster David Marr")
	if firmNouns[toks[i].Key] && j-i >= 2 && !names.GivenName(toks[i+1].Key) {
		return i + 1, timeline.Organization
	}
	// ("Organiser Ines Varga said": a noun of people's roles no word
	// list of English holds is no given name either)
	if !names.CommonWord(toks[i].Key) && !firmNouns[toks[i].Key] && !(names.RoleNoun(toks[i].Key) && !names.GivenName(toks[i].Key)) {
		return i, typ
	}
	return i + 1, st.classifyRun(bi, i+1, j, hasConnector)
}

// firmNounBefore reports whether a noun of firms stands right before the
// run at token i: after an article ("the airline Aero Norte"), or alone
// before a name that does not open with a title ("ferry operator Blue
// Line", "lender Northgate Finance"; "company CEO Steve Jobs" is a
// person's office); never before a given name ("broadcaster David Marr"
// is a person's trade, "the group Anna Lind leads" her group); or an
// acronym in commas after the noun ("the pilots' union, SPV,").
func (st *docState) firmNounBefore(toks []text.Token, i int) bool {
	p := toks[i-1]
	if !firmNouns[p.Key] && !partNouns[p.Key] || p.Upper {
		return false
	}
	// "The pilots' union, SPV, said": an acronym in commas after the noun
	if st.gap(p, toks[i]) {
		return toks[i].Caps && len(toks[i].Key) >= 2 && st.text[p.End:toks[i].Start] == ", " &&
			i+1 < len(toks) && strings.HasPrefix(st.text[toks[i].End:toks[i+1].Start], ",")
	}
	if names.GivenName(toks[i].Key) {
		return false // "the group Anna Lind leads"
	}
	return i >= 2 && determiners[toks[i-2].Key] || !roleWords[toks[i].Key] && !isTitleWord(toks[i].Key)
}

// legalForm reports whether a word is a company's legal form that ends
// its name: "Kauppa Oyj", "plc" in lower case ("Harbour Holdings plc"), or
// a word in capitals that is also a function word after a name not
// written in capitals ("Norsk Batteri AS", not "as", nor "DO IT AS WELL").
func legalForm(prev, t text.Token) bool {
	return legalForms[t.Key] && t.Upper || lowerLegalForms[t.Key] && !t.Upper || capsLegalForms[t.Key] && t.Caps && !prev.Caps
}

// capitalisedRun returns the end of the run of capitalised words (with
// particles and connectors) starting at token i, and whether a connector
// ("of", "and") stands inside it.
func (st *docState) capitalisedRun(toks []text.Token, i int, covered map[int]bool) (j int, hasConnector bool) {
	j = i
	for j < len(toks) && !covered[toks[j].Start] && (j == i || !st.gap(toks[j-1], toks[j])) {
		t := toks[j]
		if t.Upper && !notNames[t.Key] || (j > i && t.Upper && orgHeads[t.Key]) || j > i && !t.Upper && st.text[toks[j-1].End:t.Start] == "-" ||
			j > i && legalForm(toks[j-1], t) {
			j++
			if t.Possessive {
				break
			}
			continue
		}
		// "Commander A B and Pilot C D" are two people, not one name;
		// "Kessler Partners and Vantage Advisory" two firms
		if t.Key == "and" && (j+1 < len(toks) && isTitleWord(toks[j+1].Key) || j > i && orgHeads[toks[j-1].Key]) {
			break
		}
		// "Council on Foreign Relations", but "the Bank of Norland on
		// Kessel Street": "on" joins only after an organisation's head
		if t.Key == "on" && j > i && !orgHeads[toks[j-1].Key] {
			break
		}
		if j > i && (nameParticles[t.Key] || connectors[t.Key]) && !t.Upper && j+1 < len(toks) && toks[j+1].Upper && !covered[toks[j+1].Start] && !st.gap(toks[j-1], t) && !st.gap(t, toks[j+1]) {
			if connectors[t.Key] {
				hasConnector = true
			}
			j++
			continue
		}
		break
	}
	// trim a trailing connector (not a syllable after a hyphen: "Tae-moon")
	for j > i && !toks[j-1].Upper && !(j-1 > i && st.text[toks[j-2].End:toks[j-1].Start] == "-") {
		j--
	}
	return j, hasConnector
}

// gap reports whether two adjacent tokens are separated by more than a
// space (punctuation ends a name).
func (st *docState) gap(a, b text.Token) bool {
	between := st.text[a.End:b.Start]
	if a.Possessive {
		return true
	}
	// an initial's dot is part of the name: "Anna K. Brandt", "George H. W. Bush"
	if a.Upper && len(a.Key) == 1 && strings.HasPrefix(between, ".") {
		between = between[1:]
	}
	// so is a hyphen between capitalised words: "Anna Smith-Jones",
	// "Raúl Pérez-Reyes", "Rolls-Royce", or after a particle: "al-Tayeb"
	if between == "-" && b.Upper && (a.Upper || nameParticles[a.Key]) {
		return false
	}
	// and a lower-case syllable after one in a name's second word: "Roh
	// Tae-moon", "Kim Jong-un" (not "the Kyiv-based", "Trump-backed")
	if between == "-" && a.Upper && !b.Upper && len(b.Key) <= 6 && !compoundEnds[b.Key] && st.nameWordBefore(a) {
		return false
	}
	return strings.TrimSpace(between) != "" || strings.Contains(between, "\n")
}

// nameWordBefore reports whether a capitalised word stands right before
// token a, a space between: a is then a name's second word.
func (st *docState) nameWordBefore(a text.Token) bool {
	i := a.Start - 1
	if i < 1 || st.text[i] != ' ' {
		return false
	}
	j := strings.LastIndexAny(st.text[:i], " \n\t") + 1
	r, _ := utf8.DecodeRuneInString(st.text[j:i])
	return unicode.IsUpper(r)
}

// brokenRun reports whether punctuation separates the run's words.
func (st *docState) brokenRun(toks []text.Token, i, j int) bool {
	for k := i; k+1 < j; k++ {
		if st.gap(toks[k], toks[k+1]) {
			return true
		}
	}
	return false
}

// classifyRun decides whether tokens [i, j) of a block name a person or an
// organisation, from the cues around them; "" when there is no cue.
func (st *docState) classifyRun(bi, i, j int, hasConnector bool) timeline.EntityType {
	bl := &st.blocks[bi]
	toks := bl.toks
	n := j - i
	last := toks[j-1].Key
	first := toks[i].Key
	if st.placeHeaded(toks, i, j, hasConnector) {
		return timeline.Place
	}
	// ("Eileen Power", "Arsenio Hall": a given name before a head word
	// that is also a surname is as much a person's name)
	surnameHead := n == 2 && names.GivenName(first) && names.SurnameHead(last)
	if orgHeads[last] && !surnameHead || n >= 2 && (legalForm(toks[j-2], toks[j-1]) || names.OrgOpener(first)) || (orgStarts[first] && n >= 3 && hasConnector) {
		if n >= 2 {
			return timeline.Organization
		}
	}
	// apposition naming a kind of organisation: "Helios Games, a
	// Seattle-based developer," (not "Dragan Milosevic, a developer,");
	// a firm whose staff is named after it (staffOf)
	if st.orgApposition(toks, i, j) || st.staffOf(toks, i, j) {
		return timeline.Organization
	}
	// "the company Transportes Virgen del Carmen", "the airline Aero
	// Norte", "ferry operator Blue Line": a noun of firms before the name
	// says what it is
	if i >= 1 && st.firmNounBefore(toks, i) {
		return timeline.Organization
	}
	if hasConnector {
		return ""
	}
	// a person's name has two to four words, none all-caps, not all of
	// them common words ("Development Community said")
	if n < 2 || n > 4 {
		return ""
	}
	if !slices.ContainsFunc(toks[i:j], func(t text.Token) bool { return names.NameWord(t.Key) }) {
		return ""
	}
	for k := i; k < j; k++ {
		// one letter is an initial only with its dot ("Donald J. Trump")
		if toks[k].Caps || len(toks[k].Key) < 2 && !(toks[k].End < len(st.text) && st.text[toks[k].End] == '.') {
			return ""
		}
	}
	// role before: "spokesman Dmitry Peskov", "NATO chief Mark Rutte"
	if i > 0 && roleWords[toks[i-1].Key] && !st.gap(toks[i-1], toks[i]) {
		return timeline.Person
	}
	// a role phrase then the name in commas: "A spokeswoman for the
	// commission, Lea Zuber, declined to comment"
	if i > 0 && strings.TrimSpace(st.text[toks[i-1].End:toks[i].Start]) == "," {
		for k := i - 1; k >= 0 && k >= i-6; k-- {
			if roleWords[toks[k].Key] && !toks[k].Upper {
				return timeline.Person
			}
		}
	}
	// a list after a person: "astronauts Reid Wiseman, Victor Glover and ..."
	if i > 0 && st.afterPersonInList(bi, i) {
		return timeline.Person
	}
	// reporting verb after: "Jane Doe said", not "..., a spokesman for Acme, said"
	if j < len(toks) && reportVerbs[toks[j].Key] && !toks[j].Upper && !st.gap(toks[j-1], toks[j]) {
		return timeline.Person
	}
	// apposition after: "Yuri Ushakov, the Kremlin aide,"
	if j < len(toks) && strings.HasPrefix(strings.TrimSpace(st.text[toks[j-1].End:toks[j].Start]), ",") {
		for k := j; k < len(toks) && k < j+6; k++ {
			if roleWords[toks[k].Key] && !toks[k].Upper {
				return timeline.Person
			}
			if strings.ContainsAny(st.text[toks[k-1].End:toks[k].Start], ",.;") && k > j {
				break
			}
		}
	}
	return ""
}

// staffOf reports whether the run [i, j) is followed by a plain noun of
// a firm's staff and a person's name (a given name, or two capitalised
// words of no common kind): "Jefferies analyst Tom Raeburn",
// "Check Point engineers Noa Adler and Eitan Barak". Not a person's name
// (a given name opens it) nor a common word opening the sentence ("Media
// analyst Rich Greenfield").
func (st *docState) staffOf(toks []text.Token, i, j int) bool {
	if j+1 >= len(toks) || !firmStaff[toks[j].Key] || toks[j].Upper || st.gap(toks[j-1], toks[j]) || st.gap(toks[j], toks[j+1]) ||
		!toks[j+1].Upper || toks[j+1].Caps || toks[j-1].Possessive {
		return false
	}
	if !names.GivenName(toks[j+1].Key) && (names.CommonWord(toks[j+1].Key) || j+2 >= len(toks) || !toks[j+2].Upper || st.gap(toks[j+1], toks[j+2])) {
		return false
	}
	return !names.GivenName(toks[i].Key) && !(j-i == 1 && names.CommonWord(toks[i].Key))
}

// orgApposition reports whether an apposition after the run [i, j)
// names a kind of organisation ("Helios Games, a Seattle-based
// developer,"): not after a sentence's opening phrase of "by", and not a
// noun of people's trades too after a given name ("Dragan Milosevic, a
// software developer,").
func (st *docState) orgApposition(toks []text.Token, i, j int) bool {
	noun := st.appositionNoun(toks, j, orgNouns)
	if noun == "" || st.openingBy(toks, i) {
		return false
	}
	return !(j-i >= 2 && names.GivenName(toks[i].Key) && names.RoleNoun(noun))
}

// placeHeaded reports whether the run [i, j) ends with a place's head
// word ("Selva River"): not "Amy Lake", "Chris Park" (a given name before
// a head word that is also a surname is left to what the name does), nor
// "Achebe-Park" (a head word glued on by a hyphen is half a surname), nor
// "the National Seismology Centre" (a centre whose first word opens
// institutions' names is one).
func (st *docState) placeHeaded(toks []text.Token, i, j int, hasConnector bool) bool {
	n, first, last := j-i, toks[i].Key, toks[j-1].Key
	if !placeHeads[last] || n < 2 || hasConnector || n == 2 && names.GivenName(first) && names.SurnameHead(last) {
		return false
	}
	return st.text[toks[j-2].End:toks[j-1].Start] != "-" && !(orgHeads[last] && orgStarts[first])
}

// afterPersonInList reports whether the run at token i follows ", " or
// " and " right after a person's name (the list goes on).
func (st *docState) afterPersonInList(bi, i int) bool {
	toks := st.blocks[bi].toks
	j := i - 1
	if toks[j].Key == "and" {
		if j == 0 {
			return false
		}
		j--
	} else if strings.TrimSpace(st.text[toks[j].End:toks[i].Start]) != "," {
		return false
	}
	if strings.TrimSpace(st.text[toks[j].End:toks[j+1].Start]) != "," && toks[j+1].Key != "and" {
		return false
	}
	for _, m := range st.mentions {
		if m.block == bi && m.typ == timeline.Person && m.tok+m.ntok-1 == j {
			return true
		}
	}
	return false
}

// mentionAt returns the mention starting at off, or nil.
func (st *docState) mentionAt(off int) *mention {
	for k := range st.mentions {
		if st.mentions[k].start == off {
			return &st.mentions[k]
		}
	}
	return nil
}

// dropMention removes the mention starting at off, from the article and
// from its entity.
func (st *docState) dropMention(off int) {
	for k := range st.mentions {
		if st.mentions[k].start != off {
			continue
		}
		e := st.entities[st.mentions[k].id]
		for n, m := range e.Mentions {
			if m.Start == off {
				e.Mentions = append(e.Mentions[:n], e.Mentions[n+1:]...)
				break
			}
		}
		st.mentions = append(st.mentions[:k], st.mentions[k+1:]...)
		return
	}
}

func isDigit(b byte) bool { return b >= '0' && b <= '9' }

// isTitleWord reports whether a folded word is a title that introduces
// a name (titleWords, localTitleWords).
func isTitleWord(key string) bool { return titleWords[key] || localTitleWords[key] }

// titledName finds a title inside tokens [i, j) followed by two to four
// capitalised words: the person's name ("Mission Specialist Christina
// Koch"). It returns Person and the index of the name's first word.
func (st *docState) titledName(toks []text.Token, i, j int) (timeline.EntityType, int) {
	for k := j - 3; k >= i; k-- {
		if !isTitleWord(toks[k].Key) {
			continue
		}
		n := j - k - 1
		if n < 2 || n > 4 {
			return "", 0
		}
		for q := k + 1; q < j; q++ {
			if toks[q].Caps || isTitleWord(toks[q].Key) || orgHeads[toks[q].Key] || placeHeads[toks[q].Key] || len(toks[q].Key) < 2 {
				return "", 0
			}
		}
		return timeline.Person, k + 1
	}
	return "", 0
}

// openingBy reports whether the run at token i ends a sentence's
// opening phrase of a participle and "by" ("Founded in 1998 by Maria
// Ostrova, the firm runs ..."): the noun after its comma is the
// sentence's subject, no apposition of the name.
func (st *docState) openingBy(toks []text.Token, i int) bool {
	if i < 2 || toks[i-1].Key != "by" {
		return false
	}
	for q := i - 2; q >= 0 && q >= i-12; q-- {
		if q == 0 || strings.ContainsAny(st.text[toks[q-1].End:toks[q].Start], ".!?\n") {
			return names.Participle(toks[q].Key)
		}
		if strings.TrimSpace(st.text[toks[q].End:toks[q+1].Start]) != "" {
			return false
		}
	}
	return false
}

// appositionNoun is the noun of the set that heads an apposition after
// the run ending before token j (", a/an/the ... <noun>", within five
// words), "" when there is none.
func (st *docState) appositionNoun(toks []text.Token, j int, nouns map[string]bool) string {
	if j >= len(toks) || strings.TrimSpace(st.text[toks[j-1].End:toks[j].Start]) != "," {
		return ""
	}
	if !appositionArticles[toks[j].Key] {
		return ""
	}
	for k := j + 1; k < len(toks) && k <= j+5; k++ {
		// (a possessor is not what the name is: "Young, the company's
		// lawyer")
		if nouns[toks[k].Key] && !toks[k].Upper && !toks[k].Possessive {
			return toks[k].Key
		}
		// (the apposition's head comes before its preposition: "a
		// partner at the firm" is a partner)
		if strings.ContainsAny(st.text[toks[k-1].End:toks[k].Start], ",.;") || prepositions[toks[k].Key] && toks[k].Key != "and" {
			return ""
		}
	}
	return ""
}

// officeCountry reports whether the run [i, j) follows "<office> of" and
// opens with a word that is no given name before a given name and a
// surname: "(Prime Minister of) Norland Ingrid Solberg", a country the
// gazetteer may not know, then the person. Three words there are a
// country and a name however rare the given name ("(President of)
// Estlandia Kaarel Tamm"): no one holds an office of a person.
func (st *docState) officeCountry(toks []text.Token, i, j int) bool {
	if i < 2 || j-i < 3 || j-i > 5 || toks[i-1].Key != "of" || toks[i-1].Upper || !isTitleWord(toks[i-2].Key) {
		return false
	}
	// ("Head of Research Operations Centre" is an office of a unit)
	three := j-i == 3 && !names.CommonWord(toks[i+1].Key) && !orgHeads[toks[j-1].Key] && !placeHeads[toks[j-1].Key]
	return !names.GivenName(toks[i].Key) && (three || names.GivenName(toks[i+1].Key)) && !st.gap(toks[i], toks[i+1])
}

// personBeforeOf returns the token of "of" in the run [i, j) when the
// words right before it are a person's name, a given name and one or two
// more capitalised words ("Analyst Marcus Oyelaran of Kestrel
// Securities", "Jane Doe of Acme"), or a role word and two or three
// uncommon words ("Analyst Sunita Rao of Brightwater Capital"), else 0.
// "Bank of England" and
// "University of Oslo" have no given name before "of".
func personBeforeOf(toks []text.Token, i, j int) int {
	for p := i + 2; p < j-1; p++ {
		if toks[p].Key != "of" || toks[p].Upper {
			continue
		}
		for g := max(i, p-3); g <= p-2; g++ {
			if names.GivenName(toks[g].Key) && toks[g].Upper && !orgStarts[toks[g+1].Key] && !orgHeads[toks[p-1].Key] {
				return p
			}
		}
		// "Analyst Sunita Rao of Brightwater Capital": a role word
		// opening the run, then two or three words of no common kind
		if roleWords[toks[i].Key] && p-i >= 3 && p-i <= 4 && !orgHeads[toks[p-1].Key] &&
			!slices.ContainsFunc(toks[i+1:p], func(t text.Token) bool { return names.CommonWord(t.Key) || orgStarts[t.Key] }) {
			return p
		}
		// "media analyst Rich Greenfield of LightShed Partners": after a
		// role word in lower case, two or three words before "of" are
		// the person's name, whatever its given name also means
		if i > 0 && roleWords[toks[i-1].Key] && !toks[i-1].Upper && p-i >= 2 && p-i <= 3 && !orgHeads[toks[p-1].Key] && !orgStarts[toks[i].Key] {
			return p
		}
		return 0
	}
	return 0
}

// oneTypePerName gives a name of two words or more that the cues made a
// person in one place and an organisation in another to the organisation:
// "Lindqvist Bygg, a construction company, ... Lindqvist Bygg said" names
// one firm, and a reporting verb after a name says less about its kind
// than an organisation's head word or an apposition naming a firm; so
// does a firm's shorter name ("Brekke Entreprenor AS ... Brekke
// Entreprenor said"). A name
// that opens with a given name stays a person's ("Maria Holm said").
func (st *docState) oneTypePerName() {
	orgs := map[string]string{}
	for _, id := range st.order {
		e := st.entities[id]
		if !e.Discovered || e.Type != timeline.Organization {
			continue
		}
		orgs[timeline.Fold(e.Name)] = id
		// and its shorter names: "Brekke Entreprenor said" after
		// "Brekke Entreprenor AS"
		for _, short := range names.ShortForms(e.Name) {
			if k := timeline.Fold(short); strings.Contains(short, " ") && orgs[k] == "" {
				orgs[k] = id
			}
		}
	}
	if len(orgs) == 0 {
		return
	}
	for _, id := range slices.Clone(st.order) {
		e := st.entities[id]
		if e == nil || !e.Discovered || e.Type != timeline.Person || !strings.Contains(e.Name, " ") {
			continue
		}
		to := orgs[timeline.Fold(e.Name)]
		if first, _, _ := strings.Cut(e.Name, " "); to == "" || names.GivenName(strings.ToLower(first)) {
			continue
		}
		st.mergeEntity(id, to, gazetteer.ViaName)
	}
}

// joinCompanyForms makes one organisation of a company named in full and
// by a shorter name that is an entity of its own: "Norvik Holdings" (a
// headline's) is the "Norvik Holdings ASA" of the body, and "Volkswagen
// AG" the Volkswagen the gazetteer knows. A known organisation keeps its
// identity and takes the full name as an alias; a discovered one goes
// into the full name. A shorter name two companies share joins neither.
func (st *docState) joinCompanyForms() {
	var full map[string]string // folded shorter name -> id of the company named in full ("" when shared)
	for _, id := range st.order {
		e := st.entities[id]
		if !e.Discovered || e.Type != timeline.Organization {
			continue
		}
		for _, short := range names.ShortForms(e.Name) {
			if full == nil {
				full = map[string]string{}
			}
			k := timeline.Fold(short)
			if prev, seen := full[k]; seen && prev != id {
				full[k] = "" // shared
			} else if !seen {
				full[k] = id
			}
		}
	}
	if full == nil {
		return
	}
	for _, id := range slices.Clone(st.order) {
		e := st.entities[id]
		if e == nil || e.Type != timeline.Organization {
			continue
		}
		to := full[timeline.Fold(e.Name)]
		if to == "" || to == id || st.entities[to] == nil {
			continue
		}
		if e.Discovered {
			st.mergeEntity(id, to, gazetteer.ViaName)
			continue
		}
		// (the gazetteer's name stays the entity's)
		if fe := st.entities[to]; !slices.Contains(e.Aliases, fe.Name) {
			e.Aliases = append(e.Aliases, fe.Name)
		}
		st.mergeEntity(to, id, gazetteer.ViaName)
	}
}
