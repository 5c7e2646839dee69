package names

import "strings"

// cueID is one piece of evidence for a type.
type cueID uint8

const (
	cHonorific     cueID = iota // "Mr Lindqvist"
	cTitle                      // "President X", "Biologist X"
	cRoleBefore                 // "spokesman X", "philosopher X"
	cGiven                      // "Maria Lindqvist"
	cGivenWeak                  // "Will Lindqvist"
	cGivenAlone                 // "Maria said"
	cSurname                    // "Anna Kowalczyk"
	cSurnameAlone               // "Kowalczyk said"
	cShape                      // two to four capitalised words, none a common word
	cInitials                   // "J. R. Smith", "George W. Bush"
	cParticle                   // "Ludwig van Beethoven"
	cSuffix                     // "Jr.", "III"
	cSay                        // "X said"
	cSayWeak                    // "Nokia said" / "Lindqvist said"
	cPersonVerb                 // "X told", "X died"
	cPassive                    // "X was arrested"
	cWho                        // "X, who"
	cAge                        // "X, 54,"
	cKin                        // "X's wife"
	cPronoun                    // "he", "her" in the next words
	cSpeaker                    // "X: ..." at a line start
	cRoleAppos                  // "X, a professor at"
	cTheCap                     // "according to The Independent"
	cThePlural                  // "the Harriers"
	cOrgNounBefore              // "retailer Best Buy"
	cProduct                    // "Acme's iWidget"
	cCamel                      // "LibriVox", "eBay"
	cInstitution                // "Congress", "Parliament"
	cTheCompany                 // "Acme ... the company"
	cTheBefore                  // "the X": not a person's name
	cOrgHead                    // "Acme Corp", "Nordic Bank"
	cOrgOf                      // "University of X", "Ministry of X"
	cAmp                        // "Procter & Gamble"
	cAcronym                    // "ECB"
	cSayOrg                     // "Apple said", "ECB said"
	cOrgPost                    // "X shares", "X spokesman", "X's board"
	cOrgTitleAfter              // "X CEO Jane Doe"
	cOrgAppos                   // "X, a Seattle company"
	cOrgVerb                    // "X unveiled"
	cOrgOfRole                  // "founder of X", "shares of X"
	cJoinBefore                 // "joined X", "founded X"
	cWorkAt                     // "works at X", "professor at X"
	cStakeIn                    // "shares in X", "a stake in X"
	cWhich                      // "X, which"
	cAtOrg                      // "at X"
	cPlaceHead                  // "X River", "X County", "Gulf of X"
	cPlaceStart                 // "Mount X", "Lake X"
	cPlaceOf                    // "city of X"
	cIn                         // "in X"
	cLoc                        // "near X", "across X"
	cFrom                       // "from X", "to X", "at X"
	cBased                      // "X-based"
	cBorn                       // "born in X", "based in X"
	cPlacePost                  // "X's capital"
	cPlaceContext               // "the Cajamarca region", "a conference in X", "Ubisoft in X"
	cPlaceAppos                 // "X, a town in"
	cList                       // "Cambridge, Massachusetts", "A, B and C"
	cSurnameOf                  // doc: a surname alone
	cFirstNameOf                // doc: a given name alone, of one person only
	cShortOf                    // doc: "Acme" after "Acme Corp"
	cAcronymOf                  // doc: "ECB" after "European Central Bank (ECB)"
	cWithI                      // "Rebecca and I", "my name is John"
	cScore                      // "Kelby beat Dunmore 3-1", "a 2-1 win over Kelby"
	cIts                        // "Quorvell said its profit rose"
	numCues
)

// firmVerbAfter reports a verb of what firms do right after token j
// ("which filed", "which makes"), or after "has", "had" or "also"
// ("which has recalled").
func (s *state) firmVerbAfter(j int) bool {
	for k := j + 1; k < len(s.toks) && k <= j+2; k++ {
		if s.fl[k]&fOrgVerb != 0 {
			return true
		}
		if key := s.toks[k].Key; key != "has" && key != "had" && key != "also" {
			return false
		}
	}
	return false
}

// itActs reports "it" at token k, right after a reporting verb, as the
// subject of what the speaker does: "said it would cooperate", "says it
// plans to close"; not "said it was a mistake", "said it would be hard",
// where "it" is a thing or nothing and the speaker may be anyone ("said
// its report was flawed" may be anyone's too).
func (s *state) itActs(k int) bool {
	if k >= len(s.toks) || s.toks[k].Upper || s.gap(k-1) != gSpace {
		return false
	}
	switch s.toks[k].Key {
	case "it":
		for q := k + 1; q < len(s.toks) && q <= k+3; q++ {
			key := s.toks[q].Key
			if itStates[key] {
				return false
			}
			if !itAuxiliaries[key] {
				return true
			}
		}
	}
	return false
}

// surnameOfSomeone reports whether token i's word ends a longer name the
// document gives, opened by a given name or a word of no list ("Tshepo
// Mokgadi ... Mokgadi said it would appeal": the person's surname,
// whatever "it" is). It scans the candidates, so it is for rare cues
// only.
func (s *state) surnameOfSomeone(i int) bool {
	key := s.toks[i].Key
	for _, g := range s.segs {
		if g.j-g.i >= 2 && s.toks[g.j-1].Key == key && (s.fl[g.i]&(fGiven|fGivenWeak) != 0 || s.fl[g.i]&(fWord|fFunc) == 0) {
			return true
		}
	}
	return false
}

// takeoverNouns before "of" name a company bought: "the takeover of
// Skyline Baltic", "its acquisition of Fenwick Foods" (not before "in":
// "an acquisition in Poland" is where).
var takeoverNouns = map[string]bool{"takeover": true, "acquisition": true, "buyout": true}

// ownerWords before one capitalised word make it a thing owned or a
// brand, never a person's name: "their Mac apps", "its Leipzig plant".
var ownerWords = map[string]bool{"their": true, "its": true, "his": true, "her": true, "our": true, "your": true, "my": true}

// itStates after "said it" make "it" a thing or nothing ("it was a
// mistake", "it would be hard", "it seemed"); itAuxiliaries may stand
// between "it" and its verb ("it would", "it had not").
var (
	itStates = map[string]bool{"is": true, "was": true, "s": true, "be": true, "been": true, "being": true, "seemed": true,
		"seems": true, "looks": true, "looked": true, "felt": true, "feels": true, "remains": true, "remained": true,
		"appeared": true, "appears": true, "meant": true, "means": true, "takes": true, "took": true, "depends": true, "take": true}
	itAuxiliaries = map[string]bool{"would": true, "will": true, "had": true, "has": true, "could": true, "might": true,
		"may": true, "should": true, "can": true, "did": true, "does": true, "not": true, "never": true, "also": true, "still": true}
)

// codeName: a capital and digits, as channels and firms are named ("M1",
// "RTL4", "TV2").
func codeName(w string) bool {
	if len(w) < 2 || len(w) > 5 || w[0] < 'A' || w[0] > 'Z' {
		return false
	}
	return strings.ContainsAny(w, "0123456789")
}

// Cue sets are uint64 bit sets (cues, shapeCues): this fails to compile
// when a new cue makes more than 64.
var _ [64 - numCues]struct{}

// cueInfo gives each cue its name, the type it speaks for and its weight.
// Over a document, a cue counts at most twice for a name (a context seen
// again is more evidence); the cues of shape at most once (every mention
// has the same shape), see shapeCues.
var cueInfo = [numCues]struct {
	name string
	typ  Type
	w    int16
}{
	cHonorific:     {"honorific", Person, 5},
	cTitle:         {"title", Person, 4},
	cRoleBefore:    {"role before", Person, 4},
	cGiven:         {"given name", Person, 3},
	cGivenWeak:     {"given name (also a word)", Person, 1},
	cGivenAlone:    {"given name alone", Person, 1},
	cSurname:       {"surname", Person, 2},
	cSurnameAlone:  {"surname alone", Person, 1},
	cShape:         {"name shape", Person, 2},
	cInitials:      {"initials", Person, 3},
	cParticle:      {"particle", Person, 2},
	cSuffix:        {"suffix", Person, 3},
	cSay:           {"said", Person, 2},
	cSayWeak:       {"said", Person, 1},
	cPersonVerb:    {"person verb", Person, 3},
	cPassive:       {"was <participle>", Person, 3},
	cWho:           {"who", Person, 3},
	cAge:           {"age", Person, 4},
	cKin:           {"'s kin", Person, 3},
	cPronoun:       {"pronoun", Person, 1},
	cSpeaker:       {"speaker label", Person, 3},
	cRoleAppos:     {"role apposition", Person, 3},
	cTheBefore:     {"the before", Person, -3},
	cTheCap:        {"The before", Organization, 3},
	cThePlural:     {"the <plural>", Organization, 2},
	cOrgNounBefore: {"organisation noun before", Organization, 5},
	cProduct:       {"'s product", Organization, 2},
	cCamel:         {"camel case", Organization, 1},
	cInstitution:   {"institution", Organization, 5},
	cTheCompany:    {"the company after", Organization, 1},
	cOrgHead:       {"organisation head word", Organization, 5},
	cOrgOf:         {"organisation of", Organization, 5},
	cAmp:           {"ampersand", Organization, 5},
	cAcronym:       {"acronym", Organization, 1},
	cSayOrg:        {"said (an acronym or a common word)", Organization, 2},
	cOrgPost:       {"organisation noun after", Organization, 3},
	cOrgTitleAfter: {"title after", Organization, 3},
	cOrgAppos:      {"organisation apposition", Organization, 4},
	cOrgVerb:       {"organisation verb", Organization, 1},
	cOrgOfRole:     {"role of", Organization, 2},
	cJoinBefore:    {"joined/founded", Organization, 2},
	cWorkAt:        {"works at", Organization, 5},
	cStakeIn:       {"shares in, figures", Organization, 5},
	cWhich:         {"which", Organization, 1},
	cAtOrg:         {"at", Organization, 1},
	cPlaceHead:     {"place head word", Place, 5},
	cPlaceStart:    {"place first word", Place, 4},
	cPlaceOf:       {"city of", Place, 5},
	cIn:            {"in", Place, 4},
	cLoc:           {"near/across", Place, 2},
	cFrom:          {"from/to/at", Place, 1},
	cBased:         {"-based", Place, 4},
	cBorn:          {"born/based in", Place, 4},
	cPlacePost:     {"'s capital", Place, 2},
	cPlaceContext:  {"place context", Place, 4},
	cPlaceAppos:    {"place apposition", Place, 3},
	cList:          {"listed with", Unknown, 2},
	cSurnameOf:     {"surname of", Person, 4},
	cFirstNameOf:   {"first name of", Person, 3},
	cShortOf:       {"short for", Organization, 4},
	cAcronymOf:     {"acronym of", Unknown, 4},
	cWithI:         {"and I / my name is", Person, 3},
	cScore:         {"match score", Organization, 6},
	cIts:           {"its", Organization, 2},
}

// shapeCues are the cues of a name's form, the same at every mention.
const shapeCues = 1<<cGiven | 1<<cGivenWeak | 1<<cGivenAlone | 1<<cSurname | 1<<cSurnameAlone | 1<<cShape |
	1<<cInitials | 1<<cParticle | 1<<cSuffix | 1<<cOrgHead | 1<<cOrgOf | 1<<cAmp | 1<<cAcronym | 1<<cPlaceHead |
	1<<cPlaceStart | 1<<cCamel | 1<<cInstitution

// evidence scores the candidate g from its shape and its neighbours.
func (s *state) evidence(g *seg) {
	n := len(s.toks)
	add := func(c cueID) { g.cues |= 1 << c }
	i, j := g.i, g.j
	w := j - i
	f0, fl := s.fl[i], s.fl[j-1]
	caps := false
	for k := i; k < j; k++ {
		// (initials written together, "O.J. Simpson", are no acronym)
		if s.toks[k].Caps && s.st[k]&sCapsLine == 0 && !s.dottedInitials(k) {
			caps = true
		}
	}
	acronym := w == 1 && caps
	dotted := acronym && strings.IndexByte(s.text[s.toks[i].Start:s.toks[i].End], '.') >= 0
	if acronym && f0&fNotAcr == 0 && !dotted {
		add(cAcronym)
	}
	if w == 1 && !caps {
		if f0&fInstitution != 0 {
			add(cInstitution)
		} else if camel(s.text[s.toks[i].Start:s.toks[i].End]) {
			add(cCamel)
		}
	}
	// "[Phil] Abernathy", "Ostrander, Paula Jean.": given names apart
	if g.gj > g.gi {
		add(cGiven)
		if g.gi > g.i {
			add(cShape) // the citation's inverted form is a person's
		}
	}
	// "Tom Hill", "Amy Castle": a given name before a head word that is
	// also a surname is as much a person's name as a place's or a firm's,
	// and what it does decides
	// (so does a Korean given name before one: "Hye-jin Park")
	surnameHead := (w == 2 && f0&fGiven != 0 && f0&fWord == 0 || w == 3 && s.gap(i) == gHyphen && !s.toks[i+1].Upper) &&
		!caps && surnameHeads[s.toks[j-1].Key]
	// the shape of the name
	headed := false
	// (a head word glued on by a hyphen is half of a double-barrelled
	// surname: "Sydney Achebe-Park")
	if w >= 2 && s.gap(j-2) != gHyphen {
		switch {
		case fl&fOrgHead != 0:
			add(cOrgHead)
			headed = true
		case fl&fPlaceHead != 0:
			add(cPlaceHead)
			headed = true
		}
	}
	// "Stratford-upon-Avon", "Aix-en-Provence": a town's linking word
	// between hyphens
	for k := i + 1; k+1 < j && !headed; k++ {
		if s.hyphenLinkAt(k) {
			add(cPlaceHead)
			headed = true
		}
	}
	for k := i + 1; k < j; k++ {
		t := &s.toks[k]
		if !t.Upper && s.fl[k]&fConnector != 0 && t.Key != "and" && t.Key != "the" {
			pf := s.fl[k-1]
			// "Jean de la Fontaine", "Ana de Armas": "de" after a given
			// name or before another particle is a particle, not "of"
			if s.fl[k]&fParticle != 0 && pf&(fOrgStart|fOrgHead|fPlaceHead|fPlaceStart) == 0 &&
				(pf&(fGiven|fGivenWeak) != 0 || k+1 < j && s.fl[k+1]&fParticle != 0 && !s.toks[k+1].Upper) {
				continue
			}
			switch {
			case pf&fOrgStart != 0:
				add(cOrgOf)
			case pf&(fPlaceHead|fPlaceStart) != 0:
				add(cPlaceHead)
			case pf&fOrgHead != 0:
				add(cOrgOf)
			}
			headed = true
		}
		if s.gap(k-1) == gAmp {
			add(cAmp)
			headed = true
		}
	}
	if !headed && s.teamPlural(i, j) {
		add(cOrgHead) // "Tondo Ironmen", "San Rafael Mariners"
		headed = true
	}
	if !headed && s.sportBody(i, j) {
		add(cOrgHead) // "Athletics Kestavia", "World Rowing"
		headed = true
	}
	if w >= 2 && (orgOpeners[s.toks[i].Key] && !headed || bodyOpeners[s.toks[i].Key] && fl&(fTitle|fRole|fPlaceHead) == 0 && !periodWords[s.toks[j-1].Key]) {
		add(cOrgHead) // "Radio Norland"
		headed = true
	}
	if w >= 2 && f0&fPlaceStart != 0 && !headed {
		add(cPlaceStart)
		headed = true
	}
	// a person's name has no common word after its first, but for a
	// surname after a given name ("Steve Jobs") or a title-like surname
	// last ("Martin Luther King"): not "Jeff Smith Experience", "Training
	// Program"
	personish := (!headed || surnameHead) && !caps
	if surnameHead {
		add(cSurname)
	}
	for k := i + 1; k < j && personish; k++ {
		f := s.fl[k]
		if !s.toks[k].Upper || len(s.toks[k].Key) == 1 || f&fWord == 0 || f&(fGiven|fGivenWeak|fSurname|fSurnameWord) != 0 || s.innerParticle(k, i, j) {
			continue
		}
		if k == j-1 && (w == 2 && f0&fGiven != 0 || f&fTitle != 0 && w >= 3) {
			continue
		}
		// "Chiara Gut-Berther": a word in a double-barrelled surname
		// after a given name
		if f0&fGiven != 0 && (k-1 > i && s.gap(k-1) == gHyphen || k+1 < j && s.gap(k) == gHyphen) {
			continue
		}
		personish = false
	}
	if personish {
		if w >= 2 {
			if f0&fGiven != 0 {
				add(cGiven)
			} else if f0&fGivenWeak != 0 {
				add(cGivenWeak)
			}
			if fl&fSurname != 0 {
				add(cSurname)
			}
			plain := w <= 4
			// "Villafranca di Sotto", "Castel del Rio": a particle inside
			// a name that neither starts as a person's nor ends with a
			// surname is a town's ("Lula da Silva" ends with one)
			townish := w >= 3 && f0&(fGiven|fGivenWeak|fSurname) == 0 && fl&fSurname == 0 && g.cues&(1<<cHonorific|1<<cTitle) == 0
			for k := i; k < j; k++ {
				f := s.fl[k]
				t := &s.toks[k]
				if !t.Upper {
					if placeLinks[t.Key] {
						add(cPlaceHead) // "Mo i Rana": a town's link
					} else if f&fParticle != 0 && !townish {
						add(cParticle)
					} else if k > i && s.gap(k-1) == gHyphen {
						add(cGiven) // "Park Ji-hoon": the given name's syllables
					}
					continue
				}
				if k < j-1 && (len(t.Key) == 1 && s.gap(k) == gDot || s.bareInitial(k) || s.dottedInitials(k)) {
					add(cInitials)
				}
				if f&fWord != 0 && f&(fGiven|fSurname) == 0 && !s.innerParticle(k, i, j) {
					plain = false
				}
			}
			if plain && !(townish && g.cues&(1<<cParticle) == 0 && s.innerLower(i, j)) {
				add(cShape)
			}
		} else {
			if f0&fGiven != 0 {
				add(cGivenAlone)
			}
			if f0&fSurname != 0 {
				add(cSurnameAlone)
			}
		}
	}
	// a suffix: "Martin Luther King Jr.", "John Smith III"
	if j < n && !headed && w >= 2 && s.fl[j]&fSuffix != 0 && s.toks[j].Upper {
		if gp := s.gap(j - 1); gp == gSpace || gp == gComma {
			j++
			g.j = j
			add(cSuffix)
		}
	}
	common := w == 1 && f0&fWord != 0 && f0&(fGiven|fGivenWeak|fSurname) == 0
	// "in Linguistics", "in Educational Leadership": common words after a
	// preposition are fields and things more often than places
	allCommon := true
	for k := i; k < j && allCommon; k++ {
		if s.toks[k].Upper && (s.fl[k]&fWord == 0 || s.fl[k]&(fGiven|fGivenWeak|fSurname|fSurnameWord) != 0) {
			allCommon = false
		}
	}
	// before
	if s.firmRelationBefore(g.pre) || s.ownBodyBefore(g.pre, j) {
		// "its rival Telmara", "Aerion's parent, Gorvath,": a firm's
		// relation to a firm is a firm
		add(cOrgNounBefore)
	} else if p := g.pre - 1; p >= 0 && s.gap(p) == gSpace && !s.toks[p].Upper {
		fp := s.fl[p]
		key := s.toks[p].Key
		prev := ""
		if p > 0 && s.gap(p-1) == gSpace {
			prev = s.toks[p-1].Key
		}
		switch {
		case acronym && f0&fNotAcr == 0 && (key == "told" || key == "to" && (prev == "according" || prev == "speaking" || prev == "spoke")):
			// "told NME", "according to RTÉ": letters one tells news
			// to are an outlet's
			add(cSayOrg)
		case key == "is" && prev == "name" && w <= 3:
			add(cWithI) // "my name is John"
		case fp&fOrgNoun != 0 && fp&fRole != 0 && w == 1 && (s.toks[i].Caps || codeName(s.text[s.toks[i].Start:s.toks[i].End])):
			// "state broadcaster ERT", "carrier KLM": an acronym after a
			// noun of people and organisations is the organisation
			add(cOrgNounBefore)
		case sideWords[key] && w == 1 && f0&fGiven == 0:
			// "behind leaders Kelby", "at home to champions Dunmore": a
			// side where it stands in its league
			add(cOrgNounBefore)
		case fp&(fRole|fTitle) != 0 && fp&fFunc == 0 && !(w >= 2 && s.fl[j-1]&fOrgHead != 0 && s.fl[j-1]&(fGiven|fSurname) == 0):
			// (not before a firm's name: "Finnish rival Kuopio Microsystems")
			add(cRoleBefore)
		case (key == "the" || ownerWords[key]) && g.cues&(1<<cHonorific|1<<cTitle) == 0 && w == 1:
			// "the Harriers", "their Mac apps"; but "the Jane Doe story"
			// says nothing
			add(cTheBefore)
			// (not an event's: "the Paralympics", "the Playoffs")
			if k := s.toks[i].Key; w == 1 && len(k) > 3 && k[len(k)-1] == 's' && k[len(k)-2] != 's' && f0&fWord == 0 && !namedPlurals[k] {
				add(cThePlural)
			}
		case fp&fOrgNoun != 0 && fp&fRole == 0, key == "station" && (prev == "radio" || prev == "television" || prev == "tv"):
			// ("the radio station RPP")
			add(cOrgNounBefore)
		case key == "off" && !allCommon && !s.toks[j-1].Possessive && offShore[prev]:
			// "the ferry sank off Kessaly", "snorkelling off Kaunava":
			// what happens off a name happens off a coast
			add(cPlaceContext)
		case key == "on" && !allCommon && !s.toks[j-1].Possessive && (onIsland[prev] || prev == "up" && p >= 2 && (s.toks[p-2].Key == "grew" || s.toks[p-2].Key == "brought")):
			// "grew up on Molokai", "born on Lanai", "landed on
			// Kessoy": where one lives or lands is an island's name
			add(cBorn)
		case key == "in" || key == "inside" || key == "within":
			if s.lex[prev]&fStakeBefore != 0 {
				add(cStakeIn) // "shares in Brightwater" are a company's
			} else if !s.toks[j-1].Possessive {
				switch {
				case bornBefore[prev] || prev == "up" && p >= 2 && bornBefore[s.toks[p-2].Key]:
					add(cBorn) // (and "grew up in", "brought up in")
				case allCommon && !headed:
					add(cFrom)
				case s.lex[prev]&fSiteBefore != 0 || p > 0 && s.toks[p-1].Upper && s.gap(p-1) == gSpace || s.superlativeBefore(p) ||
					(prev == "here" || prev == "back") && key == "in":
					// ("makes sunscreen here in Kailua", "back in Oslo":
					// where the speaker is or was)
					// "a conference in San Francisco", "Ubisoft in
					// Malmö": where a thing or someone named is, not
					// what one flies in ("flew in Orion"); and still
					// "in X" ("their house in Quang Tri province")
					add(cPlaceContext)
					add(cIn)
				case printedIn[prev]:
					// "a report in Kessel Review": the paper or site that
					// printed it, as "Kessel Review's report"
					add(cOrgPost)
				case w >= 2 && caps || notWhereIn[prev] || s.letterAfter(j):
					// "a cadet in Air Force ROTC": letters in a name of
					// words are more often a body's or a product's; "a
					// partner in Kelvor", "the lead in Moonfall", "made in
					// Tableau", "flew in Orion": a firm, a work, a tool or
					// a craft; "in Serie A": a name cut before its letter
					add(cFrom)
				case key != "in":
					// "the crew inside Orion": what one is inside is as
					// often a craft or a building as a place
					add(cFrom)
				default:
					add(cIn)
				}
			}
		case key == "at" || key == "for":
			if s.lex[prev]&fWorkBefore != 0 || key == "for" && playedFor[prev] && !s.toks[j-1].Possessive {
				// ("played football for Rangers", "signed for Kelby":
				// a side one plays for is a club)
				add(cWorkAt)
			} else if key == "at" && !s.toks[j-1].Possessive {
				add(cFrom)
				add(cAtOrg)
			}
		case key == "of":
			pf := s.lex[prev]
			switch {
			case townNouns[prev] && p >= 2 && s.gap(p-2) == gSpace && s.toks[p-2].Key == "the":
				// "the town of Lorena Vidal": no person's name shape
				// outweighs it
				add(cPlaceOf)
				add(cPlaceContext)
			case pf&fPlaceNoun != 0:
				add(cPlaceOf)
			case (stateOffices[prev] && s.toks[p-1].Upper || stateOffices[strings.TrimSuffix(prev, "s")] && prev[len(prev)-1] == 's') && w == 1 && !s.toks[i].Caps && f0&(fWord|fTitleMod) == 0:
				// "President of Valdoria", "Prime Minister of Estmark": an
				// office of state, capitalised, is a country's; so are its
				// holders ("foreign ministers of Ardenia and Moravel")
				add(cPlaceOf)
			case pf&fStakeBefore != 0, takeoverNouns[prev]:
				add(cStakeIn) // "shares of Veldmark", as "shares in"; "the takeover of Skyline Baltic"
			case pf&fOrgPost != 0 && pf&(fOrgTitle|fRole) == 0:
				add(cOrgPost) // "the board of X", as "X's board"
			case pf&(fOrgPost|fOrgTitle) != 0:
				add(cOrgOfRole)
			case p >= 1 && s.gap(p-1) == gComma && (s.toks[p-1].Upper || isDigits(s.toks[p-1].Key)):
				// "Kieran Mulvey, of Ostley,", "Pryce-Owen, 52, of
				// Kettlewick": where someone named is from
				add(cBorn)
			}
		case fp&fLocPrep != 0 && !s.toks[j-1].Possessive:
			switch {
			case (key == "near" || key == "outside" || key == "across" || key == "throughout") && s.lex[prev]&fSiteBefore != 0 && !allCommon:
				// "a site near Cusco", "a village outside Kessa", "schools
				// across Arland"
				add(cPlaceContext)
			case (key == "near" || key == "around") && !allCommon && w <= 3 && f0&(fGiven|fGivenWeak) == 0:
				// "lived near Penzance", "found near Loja": what is near
				// is somewhere
				add(cPlaceContext)
			case key == "to" && !allCommon && w <= 3 && f0&fWord == 0 && s.comparedBefore(p):
				// "critics compared her to Mann and Fontane", "a quote
				// attributed to Einstein": whom work is likened to is
				// someone
				add(cPersonVerb)
			case key == "to" && fledTo[prev] && !allCommon:
				// "evacuated to Trevento", "fled to Kessa": where people
				// go when they leave is somewhere ("returned to Apple",
				// "moved to Google" may be a firm)
				add(cPlaceContext)
			case key == "from" && (s.lex[prev]&fRole != 0 || homeFrom[prev]) && !allCommon:
				// "a nurse from Bergen", "a developer from Novi Sad": where
				// someone of a trade is from
				add(cPlaceContext)
			case key == "from" || key == "to" || key == "into" || allCommon && !headed:
				add(cFrom)
			default:
				add(cLoc)
			}
		case compassAdjectives[key]:
			add(cPlaceContext) // "struck western Marovia", "in northern Kessa"
		case fp&fJoinBefore != 0:
			add(cJoinBefore)
		}
	}
	if s.kinBefore(g.pre) {
		add(cRoleBefore)
	}
	if !allCommon && s.listAfter(g.pre, s.placesNoun) {
		// "rural areas such as Monteverde and Val Serra", "towns like
		// Kessa": every name of a list after a plural noun of places is
		// a place
		add(cPlaceOf)
	}
	// (not a name shaped like a person's, since rivals may be people:
	// "her rivals Lara Gut and Sofia Moretti")
	if f0&fGiven == 0 && !(w >= 2 && fl&(fSurname|fSurnameWord) != 0) && (s.listAfter(g.pre, s.firmsNoun) || g.pre == i-1 && s.firmsNoun(g.pre)) {
		// "rivals Skarda Auto and Tatrovka", "carmakers Velda, Orsa and
		// Brandt", "companies such as Fjelltur": every name of a list
		// after a plural noun of firms is a firm
		add(cOrgNounBefore)
	}
	// (not a surname alone, which may be an analyst's: "Okafor expects
	// a loss")
	if w <= 3 && f0&(fGiven|fGivenWeak) == 0 && !(w == 1 && f0&(fSurname|fSurnameWord) != 0) && !caps && s.figuresAfter(j) {
		// "Velmora reported a net loss", "Brekstad posted record
		// revenue", "Tarvik cut its dividend": who reports a firm's
		// figures is a firm
		add(cStakeIn) // (as much a firm's as its shares)
	}
	if w <= 2 && f0&(fGiven|fGivenWeak) == 0 && s.tradeOpens(g.pre, i) {
		// "Insurer Allianz declined to comment", "Broadcaster NRK said":
		// a noun of firms opening the sentence is the firm's trade
		add(cOrgNounBefore)
	}
	if s.placeNounBefore(g.pre, j) {
		add(cPlaceOf) // "the provincial capital, Ouro Verde."
	}
	// "Kelby beat Dunmore 3-1": sides of a match (a person named in full
	// is a player: "Roger Federer 6-4"; not after "the": "the Magnolia
	// Hotshots 101-95")
	the := g.pre > 0 && s.toks[g.pre-1].Key == "the" && s.gap(g.pre-1) == gSpace
	if (w == 1 || !personish || the) && (s.scoreBefore(g.pre) || s.scoreAfter(j)) {
		add(cScore)
	}
	if j >= n {
		return
	}
	// after
	t := &s.toks[j]
	fq := s.fl[j]
	if s.toks[j-1].Possessive {
		if !t.Upper {
			switch {
			case fq&fKin != 0:
				add(cKin)
			case fq&fOrgPost != 0:
				add(cOrgPost)
			case fq&fPlacePost != 0:
				add(cPlacePost)
			case camel(s.text[t.Start:t.End]):
				add(cProduct) // "Acme's iWidget"
			}
		}
		return
	}
	// "the lab in Kiel took me in", "officials at Vantor said": a name
	// after a preposition is its object, not the subject of the verb after
	// it
	p := g.pre - 1
	objOfPrep := p >= 0 && s.gap(p) == gSpace && !s.toks[p].Upper && s.fl[p]&fLocPrep != 0
	switch s.gap(j - 1) {
	case gSpace:
		if t.Upper && !(t.Caps && fq&fNotAcr != 0) {
			break
		}
		switch {
		case fq&(fSay|fPersonVerb) != 0 && objOfPrep:
		case fq&fSay != 0:
			switch {
			case acronym:
				add(cSayOrg)
			case !common && f0&(fGiven|fGivenWeak) == 0 && s.itActs(j+1) && !(w == 1 && s.surnameOfSomeone(i)):
				// "Nordavia said it would cooperate", "Kolbeck says it
				// plans to close the plant": who says "it" of itself is
				// a firm or a body, as strongly as an organisation's
				// head word
				add(cSayOrg)
				add(cIts)
				add(cOrgVerb)
			case common, w >= 2 && !personish && !caps && !headed:
				// "Tasman Dairy said": a name with a common word after its
				// first is no person's
				add(cSayOrg)
			case w == 1 && f0&(fGiven|fGivenWeak|fSurname) == 0:
				add(cSayWeak)
			default:
				add(cSay)
			}
		case fq&fPersonVerb != 0:
			switch {
			case acronym:
				add(cSayOrg)
			case common:
			case w == 1 && f0&(fGiven|fGivenWeak|fSurname) == 0:
				add(cSayWeak)
			default:
				add(cPersonVerb)
			}
		case t.Key == "who":
			add(cWho)
		case t.Key == "which":
			add(cWhich)
		case t.Key == "and" && j+1 < n && (s.toks[j+1].Key == "i" || s.toks[j+1].Key == "me") && s.gap(j) == gSpace && !acronym:
			add(cWithI) // "Rebecca and I put it together"
		case t.Key == "was" || t.Key == "is" || t.Key == "has" || t.Key == "had":
			k := j + 1
			if k < n && s.toks[k].Key == "been" {
				k++
			}
			// (not after a preposition: "a man from Kettlewick has been
			// jailed" jailed the man)
			if k < n && s.fl[k]&fPassive != 0 && !acronym && !objOfPrep {
				add(cPassive)
			}
		case fq&fOrgPost != 0, acronym && f0&fNotAcr == 0 && rolePlural(t.Key):
			// ("ANDRILL geologists", "FSW members": an acronym's people)
			add(cOrgPost)
		case fq&fAreaAfter != 0, w == 1 && localNouns[t.Key] && !common && s.aBefore(g.pre):
			// ("a Manhattan court", "a Kessel man": where a court or a
			// resident is from)
			add(cPlaceContext) // "the Cajamarca region", "in Kherson oblast"
		case unionNouns[t.Key] && f0&(fGiven|fGivenWeak) == 0 && (acronym || w == 1 && s.theBefore(g.pre, i)):
			// "the Unite union said", "the FNV union", "the Tessa party",
			// "the Akava confederation": a union or party named before the
			// noun, which heads it as if written in its name
			add(cOrgHead)
		case w == 1 && (t.Key == "mayor" || t.Key == "residents") && !common:
			// "Brennford mayor Otto Kranz", "Kessel residents": as weak
			// as "in X" ("Labour mayor" is a party's)
			add(cIn)
		case fq&fOrgVerb != 0 && w == 1 && f0&(fGiven|fGivenWeak|fSurname) == 0:
			add(cOrgVerb)
		}
	case gHyphen:
		switch t.Key {
		case "based", "headquartered":
			add(cBased)
		case "born":
			add(cBorn)
		}
	case gComma:
		switch {
		case isDigits(t.Key) && len(t.Key) <= 3 && (s.gap(j) == gComma || s.gap(j) == gBreak && j+1 < n && s.text[t.End] == ')'):
			add(cAge)
		case t.Key == "who":
			add(cWho)
		case t.Key == "which":
			add(cWhich)
			if s.firmVerbAfter(j) {
				// "Chrysler, which filed for bankruptcy": a clause that
				// tells what the firm does, as an apposition would
				add(cOrgAppos)
			}
		case (t.Key == "a" || t.Key == "an" || t.Key == "the") && !s.openingBy(g.pre):
			s.apposition(g, j+1)
		case personAsides[t.Key] && !acronym && s.saidAfterAside(j):
			add(cPersonVerb) // "Hill, speaking outside the court, said"
		}
	default:
		b := s.text[s.toks[j-1].End:t.Start]
		switch {
		case (b == " (" || b == "(") && isDigits(t.Key) && len(t.Key) <= 3 && j+1 <= n && t.End < len(s.text) && s.text[t.End] == ')':
			add(cAge)
		case b[0] == ':' && s.st[i]&sLineStart != 0 && g.pre == i && w <= 4 && !(common && f0&fSurnameWord == 0):
			// (a common word is a part, not a name: "MODERATOR:", "Audience:")
			add(cSpeaker)
		}
	}
	// "the company", "the firm" in the next words, before another name
	for k := j; k+1 < n && k < j+15; k++ {
		if k > j && strings.IndexByte(s.text[s.toks[k-1].End:s.toks[k].Start], '\n') >= 0 {
			break
		}
		tk := &s.toks[k]
		if tk.Upper && s.fl[k]&(fFunc|fMonthDay) == 0 {
			break
		}
		if tk.Key == "the" && !s.toks[k+1].Upper && s.fl[k+1]&fOrgNoun != 0 && s.fl[k+1]&fRole == 0 && s.gap(k) == gSpace {
			add(cTheCompany)
			break
		}
	}
	// "he", "she", "his", "her" or "its" in the next words of the sentence
	for k := j; k < n && k < j+8; k++ {
		if k > j {
			if gp := s.gap(k - 1); gp == gBreak && strings.ContainsAny(s.text[s.toks[k-1].End:s.toks[k].Start], ".!?\n") {
				break
			}
		}
		tk := &s.toks[k]
		if tk.Upper && s.fl[k]&fFunc == 0 {
			break
		}
		if !tk.Upper && s.fl[k]&fPronoun != 0 {
			add(cPronoun)
			break
		}
		// "Quorvell said its profit rose" (not "Lindqvist, its chief
		// executive,": the apposition's firm is named before)
		if tk.Key == "its" && k > j {
			add(cIts)
			break
		}
	}
}

// superlativeBefore reports whether a superlative stands up to three
// words before "in" at token p: "the largest airline in Valdoria", "the
// busiest port in Kessa" (a place's biggest or oldest thing).
func (s *state) superlativeBefore(p int) bool {
	for q := p - 1; q >= 0 && q >= p-3; q-- {
		if s.gap(q) != gSpace && s.gap(q) != gHyphen || s.toks[q].Upper {
			return false
		}
		if superlatives[s.toks[q].Key] {
			return true
		}
	}
	return false
}

// teamPlural reports whether the name [i, j) is a team's or a band's: a
// proper word, then a plural noun that is no name, no office, no head
// word of its own and nothing a firm has ("iTunes Stores"): "Tondo
// Ironmen", "San Rafael Mariners"; not an event's or a field's
// ("Commonwealth Games", "Asian Studies"), nor a given name and a word
// ("Chelsea Banks" is a person).
func (s *state) teamPlural(i, j int) bool {
	k := j - 1
	if j-i < 2 || s.gap(k-1) != gSpace || !s.toks[k].Upper || s.toks[k].Caps {
		return false
	}
	key, f := s.toks[k].Key, s.fl[k]
	if f&(fGiven|fGivenWeak|fSurname|fSurnameWord|fOrgHead|fOrgPost|fPlaceHead|fTitle|fRole|fDemonym) != 0 || namedPlurals[key] ||
		j-i == 2 && s.fl[i]&(fGiven|fGivenWeak) != 0 {
		return false
	}
	n := len(key)
	plural := n > 5 && strings.HasSuffix(key, "men") ||
		n > 4 && key[n-1] == 's' && !strings.HasSuffix(key, "ss") && !strings.HasSuffix(key, "us") && !strings.HasSuffix(key, "is") &&
			(f&fWord != 0 || s.lex[key[:n-1]]&fWord != 0)
	if !plural {
		return false
	}
	for q := i; q < k; q++ {
		// (a proper word, not a plural of a word: "Apps Stores")
		if w := s.toks[q].Key; s.toks[q].Upper && s.fl[q]&(fWord|fDemonym|fFunc) == 0 && s.lex[strings.TrimSuffix(w, "s")]&fWord == 0 {
			return true
		}
	}
	return false
}

// sportBody reports whether the two words [i, j) name a sport's
// governing body: the sport, then a country ("Athletics Kestavia",
// "Cricket Norland"), or a country, a demonym, letters or "World" before
// it ("World Rowing", "British Cycling", "USA Swimming"); not a common
// word beside it ("Boxing Day", "Diving Board").
func (s *state) sportBody(i, j int) bool {
	if j-i != 2 || s.gap(i) != gSpace || !s.toks[i].Upper || !s.toks[i+1].Upper {
		return false
	}
	a, b := s.toks[i].Key, s.toks[i+1].Key
	other := func(k int) bool {
		f := s.fl[k]
		return f&(fWord|fGiven|fGivenWeak|fMonthDay|fFunc) == 0 && !s.toks[k].Caps
	}
	switch {
	case sportNouns[a] && !sportNouns[b]:
		return other(i + 1)
	case sportNouns[b] && !sportNouns[a]:
		return a == "world" || s.fl[i]&fDemonym != 0 || s.toks[i].Caps && len(a) <= 4 || other(i)
	}
	return false
}

// sportNouns are sports whose governing bodies are named after them.
var sportNouns = map[string]bool{"athletics": true, "cycling": true, "swimming": true, "rowing": true, "sailing": true,
	"triathlon": true, "gymnastics": true, "netball": true, "rugby": true, "football": true, "soccer": true,
	"tennis": true, "golf": true, "hockey": true, "cricket": true, "volleyball": true, "basketball": true,
	"boxing": true, "judo": true, "badminton": true, "archery": true, "canoeing": true, "fencing": true,
	"wrestling": true, "taekwondo": true, "squash": true, "baseball": true, "softball": true, "lacrosse": true,
	"curling": true, "skating": true, "diving": true, "equestrian": true, "karate": true, "handball": true,
	"orienteering": true, "shooting": true, "skiing": true, "climbing": true, "surfing": true, "aquatics": true}

// scoreAt reports whether tokens q and q+1 are a match score: "3-1".
func (s *state) scoreAt(q int) bool {
	if q < 0 || q+1 >= len(s.toks) || len(s.toks[q].Key) > 3 || len(s.toks[q+1].Key) > 3 ||
		!isDigits(s.toks[q].Key) || !isDigits(s.toks[q+1].Key) {
		return false
	}
	b := s.text[s.toks[q].End:s.toks[q+1].Start]
	return b == "-" || b == "–"
}

// scoreAfter reports whether a match score follows the name ending
// before token j, through words of matches and another name: "Dunmore
// 3-1", "Kelby beat Dunmore 3-1", "Kelby won 2-0".
func (s *state) scoreAfter(j int) bool {
	for q := j; q < len(s.toks) && q < j+6; q++ {
		if q > j && s.gap(q-1) != gSpace && s.gap(q-1) != gPoss || q == j && s.gap(q-1) != gSpace && s.gap(q-1) != gPoss {
			return false
		}
		if s.scoreAt(q) {
			return true
		}
		if !s.toks[q].Upper && !matchWords[s.toks[q].Key] {
			return false
		}
	}
	return false
}

// scoreBefore reports whether a match score comes before the name at
// token k, through words of matches: "a 2-1 win over Kelby", "lost 2-1 to
// Kelby", "drew 1-1 with Kelby".
func (s *state) scoreBefore(k int) bool {
	for q := k - 1; q >= 1 && q >= k-5; q-- {
		if s.gap(q) != gSpace {
			return false
		}
		if s.scoreAt(q - 1) {
			return q < k-1 // a word of matches between: not "in 2019-20 Kelby"
		}
		if s.toks[q].Upper || !matchWords[s.toks[q].Key] {
			return false
		}
	}
	return false
}

// innerParticle reports whether token k, capitalised inside the name
// [i, j) and neither first nor last, is a particle: "Van" in "Nguyen Van
// Thanh" or "Dick Van Dyke" is no common word there.
func (s *state) innerParticle(k, i, j int) bool {
	return k > i && k < j-1 && s.fl[k]&fParticle != 0
}

// apposition reads ", a/an/the ... noun" after a name: the last noun of a
// known kind before punctuation or a preposition decides.
func (s *state) apposition(g *seg, k int) {
	var c cueID = numCues
	possessed := false
scan:
	for q := k; q < len(s.toks) && q < k+6; q++ {
		if q > k {
			// (through a possessive: "the company's lawyer" is a lawyer)
			if gp := s.gap(q - 1); gp != gSpace && gp != gHyphen && gp != gPoss {
				break
			}
		}
		t := &s.toks[q]
		f := s.fl[q]
		// (a capitalised plural is no role there: "After Brexit, the
		// Champions League")
		if t.Upper && s.lex[t.Key]&(fRole|fTitle) == 0 {
			continue
		}
		// "Kalvara, the capital of Serenia", "a village of 300 people":
		// a noun of places before "of" is the apposition's head
		if !t.Upper && f&fPlaceNoun != 0 && f&(fRole|fOrgNoun) == 0 && !t.Possessive && q+1 < len(s.toks) && s.toks[q+1].Key == "of" {
			c = cPlaceAppos
			break
		}
		if q+1 < len(s.toks) && s.toks[q+1].Key == "of" || t.Possessive {
			// "the group of chemicals"; "the country's largest dairy
			// exporter": a possessor is no head of the apposition
			possessed = possessed || t.Possessive
			continue
		}
		switch {
		case possessed && holderNouns[t.Key]:
			break scan
		case f&fOrgNoun != 0, t.Key == "start" && q+1 < len(s.toks) && s.gap(q) == gHyphen && s.toks[q+1].Key == "up":
			c = cOrgAppos // ("a start-up": two tokens)
		case f&fRole != 0:
			c = cRoleAppos
		case f&fPlaceNoun != 0:
			c = cPlaceAppos
		case f&(fFunc|fSay) != 0 && t.Key != "a" && t.Key != "an" && t.Key != "the":
			break scan
		}
	}
	if c != numCues {
		g.cues |= 1 << c
	}
}

// camel reports whether a word has a capital after its first letter and a
// lower-case letter before it: "LibriVox", "eBay", "iPhone".
func camel(w string) bool {
	lower := false
	for i := 0; i < len(w); i++ {
		c := w[i]
		switch {
		case c >= 'a' && c <= 'z':
			lower = true
		case c >= 'A' && c <= 'Z':
			if i > 0 && lower {
				return true
			}
		}
	}
	return false
}

// saidAfterAside reports whether the aside opening at token k (after a
// name and its comma) closes with a comma and a reporting verb within a
// dozen words of the sentence: "Hill, representing the union, said".
func (s *state) saidAfterAside(k int) bool {
	for q := k; q+1 < len(s.toks) && q < k+12; q++ {
		switch s.gap(q) {
		case gComma:
			return s.fl[q+1]&(fSay|fPersonVerb) != 0 && !s.toks[q+1].Upper
		case gBreak:
			return false
		}
	}
	return false
}

// kinBefore reports whether a possessive's noun of kin or role and a
// comma come right before token k: "his wife, Lorna,", "their
// lawyer, Okafor,", "the company's founder, Brel,".
func (s *state) kinBefore(k int) bool {
	p := k - 1
	if p < 1 || s.gap(p) != gComma || s.toks[p].Upper || s.fl[p]&fRole == 0 || s.gap(p-1) != gSpace && s.gap(p-1) != gPoss {
		return false
	}
	return s.toks[p-1].Possessive || possessives[s.toks[p-1].Key]
}

// innerLower reports whether a word inside the name [i, j) is written
// lower-case: "Villafranca di Sotto".
func (s *state) innerLower(i, j int) bool {
	for k := i + 1; k < j-1; k++ {
		if !s.toks[k].Upper {
			return true
		}
	}
	return false
}

// listAfter reports whether the name at k is in a list of names right
// after a plural noun that noun accepts: of firms or bodies ("rivals",
// "carmakers", "banks", "companies such as") or of places ("towns",
// "areas such as"): the list's names, commas, "and", "or" and the
// connectors inside names lie between them.
func (s *state) listAfter(k int, noun func(q int) bool) bool {
	names := true // (the name at k)
	for q := k - 1; q >= 0 && q >= k-16; q-- {
		if g := s.gap(q); g != gSpace && g != gComma && g != gAmp && g != gHyphen {
			return false
		}
		t := &s.toks[q]
		if noun(q) {
			// (not "the clubs of Soho", "the banks of Lisbon": where they are)
			return q+1 >= len(s.toks) || s.toks[q+1].Key != "of"
		}
		switch {
		case s.st[q]&sInitial != 0:
			return false
		case t.Upper:
			names = true
		case t.Key == "and" || t.Key == "or":
			if !names {
				return false
			}
		case t.Key == "including" || t.Key == "like" || t.Key == "as" && q > 0 && s.toks[q-1].Key == "such":
			if t.Key == "as" {
				q--
			}
		case s.fl[q]&fConnector != 0 && t.Key != "the" && names:
		default:
			return false
		}
	}
	return false
}

// placesNoun reports whether token q is a plural noun of places and of
// no people or bodies: "towns", "cities", "countries", "areas".
func (s *state) placesNoun(q int) bool {
	key := s.toks[q].Key
	if len(key) < 4 || key[len(key)-1] != 's' || s.toks[q].Upper && s.st[q]&sInitial == 0 || s.toks[q].Caps {
		return false
	}
	one := key[:len(key)-1]
	if strings.HasSuffix(key, "ies") {
		one = key[:len(key)-3] + "y"
	}
	f := s.lex[one]
	return f&fPlaceNoun != 0 && f&(fRole|fTitle|fOrgNoun) == 0
}

// firmsNoun reports whether token q is a plural noun of firms or bodies
// and of no people: "rivals", "carmakers", "banks", "companies".
func (s *state) firmsNoun(q int) bool {
	key := s.toks[q].Key
	if key == "rivals" || key == "competitors" {
		return true
	}
	if len(key) < 4 || key[len(key)-1] != 's' || s.lex[key]&(fGiven|fSurname|fOrgHead|fCorp) != 0 && key != "banks" && key != "companies" {
		return false
	}
	one := key[:len(key)-1]
	if strings.HasSuffix(key, "ies") {
		one = key[:len(key)-3] + "y"
	}
	f := s.lex[one] | suffixFlags(one)
	return f&fOrgNoun != 0 && f&(fRole|fTitle) == 0 && one != "party" && one != "union"
}

// fledTo are the verbs of leaving before "to" and where one goes.
var fledTo = map[string]bool{"evacuated": true, "fled": true, "flee": true, "fleeing": true, "relocated": true,
	"emigrated": true, "deported": true, "airlifted": true, "flew": true, "sailed": true, "drove": true,
	"travelled": true, "traveled": true, "commute": true, "commutes": true}

// notWhereIn are the words before "in" and a firm one has a part in,
// a work one plays in, a tool one makes things in or a craft one flies
// in: no place.
var notWhereIn = map[string]bool{"partner": true, "partners": true, "investor": true, "investors": true,
	"shareholder": true, "actor": true, "actress": true, "star": true, "starred": true, "stars": true, "role": true,
	"roles": true, "character": true, "lead": true, "appeared": true, "appears": true, "cast": true, "made": true,
	"stored": true, "built": true, "written": true, "coded": true, "designed": true, "created": true,
	"developed": true, "edited": true, "flew": true, "fly": true, "flying": true, "flown": true, "rode": true,
	"riding": true, "orbit": true, "aboard": true}

// printedIn are the pieces of writing before "in" and the paper or
// site that printed them: "a report in Kessel Review", "wrote in Vogue".
var printedIn = map[string]bool{"report": true, "reports": true, "article": true, "articles": true, "story": true,
	"column": true, "columns": true, "editorial": true, "op-ed": true, "piece": true, "essay": true, "review": true,
	"letter": true, "advertisement": true, "ad": true, "feature": true, "headline": true, "wrote": true, "writes": true,
	"writing": true}

// letterAfter reports whether a capital letter alone, no initial, follows
// the name ending before token j: "Serie A", "Formula E", "Group B".
func (s *state) letterAfter(j int) bool {
	return j < len(s.toks) && len(s.toks[j].Key) == 1 && s.toks[j].Upper && s.gap(j-1) == gSpace && s.gap(j) != gDot
}

// comparedBefore reports whether "compared", "likened" or "comparing"
// and what is likened stand before "to" at token p, in its clause (no
// punctuation between, at most ten words): "compared her first novel to
// Mann", "compared his left hand to Tatum and his phrasing to Garner";
// or "attributed" right before it ("a quote attributed to Einstein").
// Not "compared to France", where amounts are compared.
func (s *state) comparedBefore(p int) bool {
	for q := p - 1; q >= 0 && q >= p-10; q-- {
		switch s.toks[q].Key {
		case "compared", "likened", "comparing":
			return q < p-1
		case "attributed":
			return q == p-1
		}
		if q == 0 || s.gap(q-1) != gSpace {
			return false
		}
	}
	return false
}

// homeFrom are the people before "from" and the place they live in: "a
// man from Penrith", "residents from Kessa and Orvik" (the trades before
// it are fRole: "a nurse from Bergen").
var homeFrom = map[string]bool{"man": true, "woman": true, "men": true, "women": true, "boy": true, "girl": true,
	"boys": true, "girls": true, "couple": true, "family": true, "families": true, "resident": true, "residents": true,
	"villagers": true, "locals": true, "native": true, "natives": true, "teenager": true, "teenagers": true,
	"pensioner": true, "pensioners": true, "farmer": true, "farmers": true, "haulier": true, "motorist": true,
	"motorists": true, "pupils": true, "children": true}

// unionNouns are unions, parties and federations named before them.
var unionNouns = map[string]bool{"union": true, "party": true, "confederation": true, "federation": true}

// offShore are the words before "off" and a coast.
var offShore = map[string]bool{"sank": true, "sunk": true, "capsized": true, "anchored": true, "snorkelling": true,
	"snorkeling": true, "diving": true, "fishing": true, "struck": true, "spotted": true, "rescued": true,
	"stranded": true, "drowned": true, "aground": true, "moored": true, "surfing": true}

// onIsland are the words before "on" and an island one lives on.
var onIsland = map[string]bool{"born": true, "raised": true, "lives": true, "lived": true, "live": true, "living": true,
	"settled": true, "stranded": true, "landed": true}

// playedFor are the words before "for" and the side one plays for.
var playedFor = map[string]bool{"played": true, "plays": true, "playing": true, "play": true, "signed": true,
	"football": true, "soccer": true, "rugby": true, "cricket": true, "basketball": true, "hockey": true,
	"baseball": true, "volleyball": true, "handball": true, "goals": true, "appearances": true, "player": true,
	"players": true, "striker": true, "goalkeeper": true, "defender": true, "midfielder": true}

// figuresAfter reports whether a verb right after a name (token j), then
// at most four lower-case words, numbers or hyphens, reach a noun of a
// firm's figures: "reported a net loss", "posted record third-quarter
// revenue", "cut its dividend", "raised its full-year forecast"; or its
// deal after "its": "completed its takeover".
func (s *state) figuresAfter(j int) bool {
	n := len(s.toks)
	if j >= n || j == 0 || s.gap(j-1) != gSpace || s.toks[j].Upper || s.fl[j]&(fFunc|fSay) != 0 {
		return false
	}
	its := false
	for k := j + 1; k < n && k <= j+5; k++ {
		if g := s.gap(k - 1); g != gSpace && g != gHyphen {
			return false
		}
		key := s.toks[k].Key
		// ("completed its takeover", "raised its stake": a deal of
		// its own; "his takeover of the club" is an investor's)
		if figureNouns[key] || its && dealNouns[key] {
			return true
		}
		its = its || key == "its"
		// ("told of her losses", "spoke about profits": what one speaks
		// of is no figure of one's own)
		if s.toks[k].Upper || s.fl[k]&fLocPrep != 0 || s.toks[k].Key == "of" || s.toks[k].Key == "about" {
			return false
		}
	}
	return false
}

// dealNouns are a firm's deals, after "its".
var dealNouns = map[string]bool{"takeover": true, "acquisition": true, "purchase": true, "merger": true,
	"buyout": true, "stake": true, "listing": true, "bid": true}

// figureNouns are what a firm reports of its business.
var figureNouns = map[string]bool{"loss": true, "losses": true, "profit": true, "profits": true, "revenue": true,
	"revenues": true, "sales": true, "dividend": true, "dividends": true, "earnings": true, "forecast": true,
	"forecasts": true, "guidance": true, "turnover": true, "ebitda": true}

// theBefore reports whether "the" comes right before the name at i, in
// it as its stripped opener (pre) or before it.
func (s *state) theBefore(pre, i int) bool {
	if pre < i {
		return s.toks[pre].Key == "the"
	}
	return pre > 0 && s.toks[pre-1].Key == "the" && s.gap(pre-1) == gSpace
}

// tradeOpens reports whether the one word stripped before a name at i,
// at pre, opens its sentence and is a noun of firms and bodies that no
// person or name starts with: "Insurer", "Carmaker", "Broadcaster" (not
// "Producer", a person's trade too, nor "Bank", "Union").
func (s *state) tradeOpens(pre, i int) bool {
	if pre != i-1 || s.st[pre]&sInitial == 0 || s.gap(pre) != gSpace || s.toks[pre].Caps {
		return false
	}
	f := s.fl[pre]
	return f&fOrgNoun != 0 && f&(fRole|fTitle|fOrgStart|fOrgHead|fCorp|fPlaceHead|fPlaceStart|fGiven|fSurname) == 0
}

// openingBy reports whether the name at token k ends a sentence's opening
// phrase of a participle and "by": "Founded in 1998 by Maria Ostrova,
// the firm runs ...", where what follows the comma is the sentence's
// subject, not an apposition.
func (s *state) openingBy(k int) bool {
	if k < 2 || s.toks[k-1].Key != "by" || s.toks[k-1].Upper {
		return false
	}
	for q := k - 2; q >= 0 && q >= k-12; q-- {
		if g := s.gap(q); g != gSpace && g != gHyphen {
			return false
		}
		if s.st[q]&sInitial != 0 {
			return Participle(s.toks[q].Key)
		}
	}
	return false
}

// placeNounBefore reports whether the name [k, j) is a place named after
// a noun of places and a comma, the apposition closing with the name:
// "about 40 km north of the provincial capital, Ouro Verde." Not in a
// sentence opened by a preposition ("In the capital, Lindqvist said"),
// unless the name stands in commas as an aside.
func (s *state) placeNounBefore(k, j int) bool {
	p := k - 1
	if p < 1 || s.gap(p) != gComma || s.toks[p].Upper || s.fl[p]&fPlaceNoun == 0 || s.fl[p]&fRole != 0 {
		return false
	}
	if g := s.gap(j - 1); j < len(s.toks) && g != gComma && g != gDot && !(g == gBreak && strings.ContainsAny(s.text[s.toks[j-1].End:s.toks[j].Start], ".;")) {
		return false
	}
	// ("In the capital, Porvik, crowds gathered": the name in commas,
	// then no age, "who" or verb of a person's, is the capital's)
	aside := j < len(s.toks) && s.gap(j-1) == gComma && !isDigits(s.toks[j].Key) && s.toks[j].Key != "who" && s.fl[j]&(fSay|fPersonVerb) == 0
	for q := p; q >= 0 && q > p-12; q-- {
		if s.st[q]&sInitial != 0 {
			return s.fl[q]&fLocPrep == 0 && s.toks[q].Key != "on" || aside
		}
	}
	return true
}

// firmRelationBefore reports whether the name at k follows a noun of a
// firm's relation to another firm after its possessor, in commas or not:
// "its rival Telmara", "Aerion's US rival Borealis", "Quillon's supplier,
// Nimbus Cloud,". After a named possessor only the nouns no person is
// ("parent", "supplier"), or "rival" with a country before it: "Okafor's
// rival" is a person.
func (s *state) firmRelationBefore(k int) bool {
	p := k - 1
	if p < 1 || s.toks[p].Upper || firmRelations[s.toks[p].Key] == 0 || s.gap(p) != gSpace && s.gap(p) != gComma {
		return false
	}
	q, country := p-1, false
	if q > 0 && s.gap(q) == gSpace && (s.toks[q].Caps && len(s.toks[q].Key) <= 3 || s.fl[q]&fDemonym != 0) {
		q, country = q-1, true // "US rival", "German rival"
	}
	if s.toks[q].Key == "its" && s.gap(q) == gSpace {
		return true
	}
	return s.toks[q].Possessive && s.toks[q].Upper && (firmRelations[s.toks[p].Key] == 2 || country)
}

// aBefore reports whether "a" or "an" stands right before token k.
func (s *state) aBefore(k int) bool {
	return k > 0 && s.gap(k-1) == gSpace && (s.toks[k-1].Key == "a" || s.toks[k-1].Key == "an")
}

// ownBodyBefore reports whether the name at k follows, after a comma, a
// noun of organisations that someone has or that a text introduces: "His
// team, Groupama-Lumière, said", "Its parent company, Vestra, declined",
// "appointed a salvage firm, Svitzer, to". The name closes the
// apposition: "On his website, Sarvis notes" opens a sentence.
func (s *state) ownBodyBefore(k, j int) bool {
	p := k - 1
	if p < 1 || s.gap(p) != gComma || s.toks[p].Upper || s.fl[p]&fOrgNoun == 0 || s.fl[p]&fRole != 0 || s.gap(j-1) != gComma {
		return false
	}
	q := p - 1
	for n := 0; n < 2 && q > 0 && s.gap(q) == gSpace && (!s.toks[q].Upper || s.fl[q]&fDemonym != 0) && s.fl[q]&fFunc == 0 && !possessives[s.toks[q].Key]; n++ {
		q-- // "its parent company,", "a Danish salvage firm,"
	}
	if s.gap(q) != gSpace {
		return s.toks[q].Possessive
	}
	a := s.toks[q].Key
	return possessives[a] || s.toks[q].Possessive || (a == "a" || a == "an") && !s.toks[q].Upper
}
