package names

// resolve scores every candidate, gathers the mentions of each name and
// types each name once for the whole document: the type with the most
// evidence wins; a surname alone takes the type and full name of the
// person named in full; "Acme" the organisation "Acme Corp"; "ECB" the
// name it abbreviates in "European Central Bank (ECB)"; a name with no
// evidence of its own listed right after a typed one ("Cambridge,
// Massachusetts") takes its type.
func (s *state) resolve() {
	s.groups = make(map[string]*group, len(s.segs)/2+4)
	var kb []byte
	for k := range s.segs {
		g := &s.segs[k]
		s.evidence(g)
		for c := cueID(0); c < numCues; c++ {
			if g.cues&(1<<c) != 0 {
				g.sc[cueInfo[c].typ] += cueInfo[c].w
			}
		}
		var gr *group
		switch {
		case g.gj > g.gi:
			// a surname with its given names apart is the full name
			// ("[George W.] Bush" is not "[George H. W.] Bush")
			kb = append(s.appendKey(kb[:0], g.gi, g.gj), ' ')
			kb = s.appendKey(kb, g.i, g.j)
			gr = s.groups[string(kb)]
		case g.j-g.i == 1:
			gr = s.groups[s.toks[g.i].Key]
		default:
			kb = s.appendKey(kb[:0], g.i, g.j)
			gr = s.groups[string(kb)]
		}
		if gr == nil {
			key := s.toks[g.i].Key
			if g.j-g.i > 1 || g.gj > g.gi {
				key = string(kb)
			}
			gr = &group{key: key, n: g.j - g.i, first: g}
			if g.gj > g.gi {
				gr.led, gr.n = g, g.j-g.i+g.gj-g.gi
			}
			s.groups[key] = gr
			s.order = append(s.order, gr)
		}
		g.g = gr
		for c := cueID(0); c < numCues; c++ {
			if g.cues&(1<<c) == 0 {
				continue
			}
			limit := uint8(2)
			if shapeCues&(1<<c) != 0 || c == cScore || c == cIts {
				// (a side's score is said once: a player's, named in
				// full elsewhere, is still the player's; and "its"
				// may be another's: "Mokgadi said its report was
				// flawed")
				limit = 1
			}
			if gr.count[c] < limit {
				gr.count[c]++
				gr.sc[cueInfo[c].typ] += int(cueInfo[c].w)
			}
		}
		gr.cues |= g.cues
		if g.j < len(s.toks) && s.gap(g.j-1) == gSpace && thingNouns[s.toks[g.j].Key] {
			gr.thing = true // "the Orion spacecraft", "Apollo missions"
		}
		if s.st[g.i]&sTitle == 0 {
			gr.body = true
			if s.st[g.i]&sInitial == 0 || g.pre < g.i {
				gr.mid = true
			}
		}
	}
	for _, gr := range s.order {
		if s.demonymOf(gr) {
			// "for Moldavia's support ... Moldavian Foreign Minister":
			// a name whose demonym the text writes is a country's
			gr.cues |= 1 << cPlaceContext
			gr.sc[Place] += int(cueInfo[cPlaceContext].w)
		}
		gr.typ = decide(gr.sc)
		if gr.typ == Unknown && s.givenAlone(gr) {
			gr.typ = Person
		}
	}
	s.linkSurnames(kb)
	s.linkNicknames()
	s.linkInitials()
	s.linkShortNames(kb)
	s.linkAcronyms()
	s.propagateLists()
	for _, gr := range s.order {
		gr.keep = s.keepGroup(gr)
	}
}

// demonymOf reports whether the one-word name of gr ends in "a" and the
// text writes, capitalised mid-sentence, the word with an "n" after it,
// its people's adjective: "Moldavia" and "Moldavian", "Kessa" and
// "Kessan" (not "Julia" and "Julian", two given names).
func (s *state) demonymOf(gr *group) bool {
	key := gr.key
	if gr.n != 1 || len(key) < 4 || key[len(key)-1] != 'a' || s.lex[key]&(fGiven|fGivenWeak|fWord|fSurname) != 0 {
		return false
	}
	adj := key + "n"
	return s.midCap(adj) > 0 && s.lex[adj]&(fGiven|fGivenWeak|fSurname|fSurnameWord|fWord) == 0
}

// givenAlone reports whether a name of no type is a person's given name
// said alone, as interviews and features name people ("I asked Thad
// about it"): a listed given name that is no common word, written in the
// body mid-sentence, with no cue of another type, never after "the" and
// never before a noun of craft or programmes ("the Orion spacecraft").
func (s *state) givenAlone(gr *group) bool {
	return gr.n == 1 && gr.mid && gr.cues&(1<<cGivenAlone) != 0 && s.lex[gr.key]&fWord == 0 && !gr.thing &&
		gr.sc[Organization] == 0 && gr.sc[Place] == 0 && gr.cues&(1<<cTheBefore) == 0
}

// appendKey appends the folded words of tokens [i, j) joined by spaces.
func (s *state) appendKey(b []byte, i, j int) []byte {
	for k := i; k < j; k++ {
		if k > i {
			b = append(b, ' ')
		}
		b = append(b, s.toks[k].Key...)
	}
	return b
}

// decide returns the type with the most weight, at least 2 and more than
// any other; Unknown otherwise.
func decide(sc [4]int) Type {
	best, top, second := Unknown, 0, 0
	for t := Person; t <= Place; t++ {
		switch {
		case sc[t] > top:
			best, second, top = t, top, sc[t]
		case sc[t] > second:
			second = sc[t]
		}
	}
	if top >= 2 && top > second {
		return best
	}
	return Unknown
}

// linkSurnames makes a surname alone ("Lindqvist", "Mr Lindqvist", "de
// Hoop Scheffer") stand for the person named in full earlier or later.
func (s *state) linkSurnames(kb []byte) {
	var surnames, firsts map[string]*group
	for _, gr := range s.order {
		if gr.typ != Person || gr.n < 2 {
			continue
		}
		f := gr.first
		fi, sk := f.i, f.i+1 // the first name's token, the first surname's
		if gr.led != nil {
			fi, sk = f.gi, f.i // "[Phil] Abernathy", "Ostrander, Paula."
		}
		if s.toks[fi].Upper {
			if firsts == nil {
				firsts = make(map[string]*group)
			}
			first := s.toks[fi].Key
			if other, ok := firsts[first]; !ok {
				firsts[first] = gr
			} else if other != gr {
				firsts[first] = nil // two people share it
			}
		}
		j := f.j
		if s.fl[j-1]&fSuffix != 0 && j-f.i > 2 {
			j--
		}
		for k := sk; k < j; k++ {
			if !s.toks[k].Upper && s.fl[k]&fParticle == 0 {
				continue
			}
			if surnames == nil {
				surnames = make(map[string]*group)
			}
			kb = s.appendKey(kb[:0], k, j)
			if _, ok := surnames[string(kb)]; !ok {
				surnames[string(kb)] = gr
			}
		}
		// "Rosa Quispe Mamani ... Quispe said": of two surnames, the
		// first (the father's, in Spanish and Portuguese use) alone
		// (a surname that is a given name too counts: "Camila Reyes
		// Aravena ... Reyes said")
		if j-sk == 2 && s.toks[sk].Upper && s.toks[sk+1].Upper && s.gap(sk) == gSpace &&
			(s.fl[sk]&(fGiven|fGivenWeak|fParticle) == 0 || s.fl[sk]&fSurname != 0 && s.fl[sk]&fParticle == 0 && s.fl[fi]&fGiven != 0) {
			if _, ok := surnames[s.toks[sk].Key]; !ok {
				surnames[s.toks[sk].Key] = gr
			}
		}
	}
	for _, gr := range s.order {
		org := gr.sc[Organization]
		if gr.cues&(1<<cScore) != 0 {
			org -= int(cueInfo[cScore].w) // "Okafor beat Lindqvist 6-4"
		}
		if gr.link != nil || org >= 4 || gr.sc[Place] >= 3 {
			continue
		}
		c := cSurnameOf
		full := surnames[gr.key]
		if full == nil && gr.n == 1 {
			full, c = firsts[gr.key], cFirstNameOf
		}
		if full == nil || full == gr || s.firmNamedFirst(gr, full) {
			continue
		}
		gr.link, gr.linkCue, gr.typ = full, c, Person
		gr.sc[Person] += int(cueInfo[c].w)
	}
}

// linkNicknames makes a person named by the short form of a given name
// and a surname the person named first with the long form and that
// surname: "Lawrence Kessing ... Larry Kessing", "William Ostby ... Bill
// Ostby" (two words each, no other link).
func (s *state) linkNicknames() {
	var byName map[string]*group
	for _, gr := range s.order {
		f := gr.first
		if gr.typ != Person || gr.link != nil || gr.led != nil || f.j-f.i != 2 || !s.toks[f.i].Upper {
			continue
		}
		given := s.toks[f.i].Key
		long, ok := nicknames[given]
		if !ok {
			long = given
			if _, known := longNames[given]; !known {
				continue
			}
		}
		key := long + " " + s.toks[f.i+1].Key
		if byName == nil {
			byName = make(map[string]*group)
		}
		other, seen := byName[key]
		switch {
		case !seen:
			byName[key] = gr
		case other != nil && other != gr && s.toks[other.first.i].Key != given:
			gr.link, gr.linkCue = other, cFirstNameOf
			gr.sc[Person] += int(cueInfo[cFirstNameOf].w)
		}
	}
}

// nicknames are the short forms of given names, with the long form.
var nicknames = map[string]string{"larry": "lawrence", "bill": "william", "billy": "william", "will": "william",
	"bob": "robert", "bobby": "robert", "rob": "robert", "jim": "james", "jimmy": "james", "mike": "michael",
	"tom": "thomas", "tommy": "thomas", "dick": "richard", "rick": "richard", "tony": "anthony", "dave": "david",
	"dan": "daniel", "danny": "daniel", "joe": "joseph", "chris": "christopher", "steve": "stephen",
	"steven": "stephen", "ed": "edward", "ted": "edward", "nick": "nicholas", "alex": "alexander",
	"sam": "samuel", "ben": "benjamin", "andy": "andrew", "matt": "matthew", "jon": "jonathan", "greg": "gregory",
	"jeff": "jeffrey", "ron": "ronald", "don": "donald", "ken": "kenneth", "tim": "timothy", "pete": "peter",
	"fred": "frederick", "chuck": "charles", "charlie": "charles", "harry": "henry", "kate": "katherine",
	"katie": "katherine", "kathy": "katherine", "catherine": "katherine", "liz": "elizabeth", "beth": "elizabeth",
	"sue": "susan", "jenny": "jennifer", "jen": "jennifer", "maggie": "margaret", "peggy": "margaret",
	"becky": "rebecca", "vicky": "victoria", "pat": "patrick", "phil": "philip", "phillip": "philip",
	"jerry": "gerald", "gerry": "gerald", "walt": "walter", "al": "albert", "ray": "raymond", "vince": "vincent"}

// longNames are the long forms nicknames stand for.
var longNames = func() map[string]struct{} {
	m := make(map[string]struct{}, len(nicknames))
	for _, long := range nicknames {
		m[long] = struct{}{}
	}
	return m
}()

// firmNamedFirst reports whether a firm named with the word gr is (a
// company name whose last word is corporate: "Halvorsen Motors") comes
// before the person full named with it: "Halvorsen Motors announced ...
// In a statement, Halvorsen said ... founded in 1972 by Ingrid
// Halvorsen". The word is the firm's short name (linkShortNames) until
// the person is named.
func (s *state) firmNamedFirst(gr, full *group) bool {
	if gr.n != 1 || full.first.i < gr.first.i {
		return false
	}
	for _, o := range s.order {
		f := o.first
		if o.typ == Organization && o.n >= 2 && f.i < full.first.i && s.toks[f.i].Key == gr.key && s.fl[f.j-1]&fCorp != 0 {
			return true
		}
	}
	return false
}

// linkInitials makes a speaker label of a person's initials ("DM: My
// uncle ..." in an interview with Daria Mennick) stand for that person,
// when only one person named in full has them.
func (s *state) linkInitials() {
	var byInitials map[string]*group
	for _, gr := range s.order {
		if gr.typ != Person || gr.n < 2 || gr.n > 4 || gr.led != nil {
			continue
		}
		var b [4]byte
		f := gr.first
		for k := f.i; k < f.j; k++ {
			b[k-f.i] = s.toks[k].Key[0]
		}
		key := string(b[:f.j-f.i])
		if byInitials == nil {
			byInitials = make(map[string]*group)
		}
		if other, ok := byInitials[key]; ok && other != gr {
			byInitials[key] = nil // two people have them
		} else {
			byInitials[key] = gr
		}
	}
	for _, gr := range s.order {
		if gr.link != nil || gr.n != 1 || gr.cues&(1<<cSpeaker) == 0 || !s.toks[gr.first.i].Caps || len(gr.key) > 4 {
			continue
		}
		if full := byInitials[gr.key]; full != nil {
			gr.link, gr.linkCue, gr.typ = full, cAcronymOf, Person
			gr.sc[Person] += int(cueInfo[cAcronymOf].w)
		}
	}
}

// linkShortNames makes "Acme" stand for "Acme Corp" (a company named
// with corporate words at its end: "Acme Motors AG" for "Acme Motors" and
// "Acme").
func (s *state) linkShortNames(kb []byte) {
	for _, gr := range s.order {
		if gr.typ != Organization || gr.n < 2 {
			continue
		}
		// "Kestrel Motors AG": "Kestrel Motors" and "Kestrel" both
		f := gr.first
		team := s.teamPlural(f.i, f.j)
		for j := f.j - 1; j > f.i && (s.fl[j]&fCorp != 0 || team && j == f.j-1); j-- {
			kb = s.appendKey(kb[:0], f.i, j)
			s.linkShort(s.groups[string(kb)], gr)
		}
		// "the Mariners" for "San Rafael Mariners"
		if team {
			s.linkShort(s.groups[s.toks[f.j-1].Key], gr)
		}
		// "St Aidan's Hospital ... worked with me at St Aidan's": the
		// possessor in the name alone is the institution (a saint's
		// name looks like a place's by its first word only)
		for k := f.i; k < f.j-1; k++ {
			if !s.toks[k].Possessive {
				continue
			}
			kb = s.appendKey(kb[:0], f.i, k+1)
			if short := s.groups[string(kb)]; short != nil && short != gr && short.link == nil && short.sc[Person] < 4 &&
				short.sc[Place]-int(cueInfo[cPlaceStart].w)*int(short.count[cPlaceStart]) < 3 {
				short.link, short.linkCue, short.typ = gr, cShortOf, Organization
				short.sc[Organization] += int(cueInfo[cShortOf].w)
			}
			break
		}
	}
	// "Levaro Terme ... here in Levaro": a town's first word alone is the
	// town (not "Panama" for "Panama City": a head word makes another
	// place)
	for _, gr := range s.order {
		f := gr.first
		if gr.typ != Place || gr.n != 2 || gr.led != nil || s.gap(f.i) != gSpace || s.fl[f.i+1]&(fPlaceHead|fOrgHead|fAreaAfter) != 0 ||
			s.fl[f.i]&(fPlaceStart|fDemonym) != 0 {
			continue
		}
		short := s.groups[s.toks[f.i].Key]
		if short == nil || short == gr || short.link != nil || short.n != 1 || short.sc[Person] >= 4 || short.sc[Organization] >= 3 {
			continue
		}
		short.link, short.linkCue, short.typ = gr, cShortOf, Place
	}
}

// linkShort makes short stand for the organisation gr, when it is no
// person's or place's name.
func (s *state) linkShort(short, gr *group) {
	if short == nil || short == gr || short.link != nil || short.sc[Person] >= 4 || short.sc[Place] >= 3 {
		return
	}
	short.link, short.linkCue, short.typ = gr, cShortOf, Organization
	short.sc[Organization] += int(cueInfo[cShortOf].w)
}

// linkAcronyms reads "European Central Bank (ECB)": ECB is that bank.
func (s *state) linkAcronyms() {
	for k := range s.segs {
		g := &s.segs[k]
		j := g.j
		if j >= len(s.toks) || g.j-g.i < 2 || !s.toks[j].Caps {
			continue
		}
		between := s.text[s.toks[j-1].End:s.toks[j].Start]
		if between != " (" && between != "(" || s.toks[j].End >= len(s.text) || s.text[s.toks[j].End] != ')' {
			continue
		}
		acr := s.toks[j].Key
		// (an organisation's acronym may come from its own language:
		// "the Geophysical Institute of Peru (IGP)"; but not from a
		// name cut short: "Economic and [Financial Crimes Commission]
		// (EFCC)")
		if !s.initialsMatch(acr, g.i, g.j) && !(g.g.typ == Organization && g.g.sc[Organization] >= 5 && len(acr) <= 6 && !s.cutShort(g.i)) {
			continue
		}
		short := s.groups[acr]
		if short == nil || short == g.g || short.link != nil {
			continue
		}
		target := g.g
		for target.link != nil {
			target = target.link
		}
		short.link, short.linkCue = g.g, cAcronymOf
		if target.typ != Unknown {
			short.typ = target.typ
			short.sc[target.typ] += int(cueInfo[cAcronymOf].w)
		}
	}
}

// cutShort reports whether the name starting at token i follows a word
// that could have begun it: a capitalised word, or "and", "of" or "for"
// after one.
func (s *state) cutShort(i int) bool {
	if i == 0 || s.gap(i-1) != gSpace {
		return false
	}
	t := &s.toks[i-1]
	return t.Upper || (t.Key == "and" || t.Key == "of" || t.Key == "for") && i >= 2 && s.toks[i-2].Upper
}

// initialsMatch reports whether acr is made of the first letters of the
// capitalised words of tokens [i, j) (or of all its words).
func (s *state) initialsMatch(acr string, i, j int) bool {
	match := func(all bool) bool {
		p := 0
		for k := i; k < j; k++ {
			t := &s.toks[k]
			if !t.Upper && !all {
				continue
			}
			if p >= len(acr) || t.Key == "" || t.Key[0] != acr[p] {
				return false
			}
			p++
		}
		return p == len(acr)
	}
	return match(false) || match(true)
}

// propagateLists types a name with no evidence of its own, or too little
// and all for that type, from a typed name right before it in a list: "Cambridge, Massachusetts", "Lindqvist,
// Berg and Holm".
func (s *state) propagateLists() {
	for k := 1; k < len(s.segs); k++ {
		a, b := &s.segs[k-1], &s.segs[k]
		ga, gb := a.g, b.g
		s.sharedIn(a, b)
		// (evidence of b's own may be there, too little to type it and at
		// most one weak cue of another type: "two sons, Neil and Gareth",
		// Gareth a given name alone; "in Easton, Marlow and ...", Marlow
		// also a surname)
		// (a name typed alike already is surer for it, once: "in
		// Carlisle and Kendal", Kendal's "in" shared)
		agrees := gb.typ == ga.typ && ga.typ == Place && gb.count[cList] < 1
		if ga.typ == Unknown || gb.typ != Unknown && !agrees || gb.link != nil || b.pre != b.i || otherWeight(gb.sc, ga.typ) > 1 {
			continue
		}
		// "Goldman Fisk and Mediobanca advised": a person named by the
		// shape of the name alone lends no type to a word that is no
		// name of people
		if ga.typ == Person && gb.n == 1 && s.fl[b.i]&(fGiven|fGivenWeak|fSurname|fSurnameWord) == 0 && ga.sc[Person] <= 4 && a.j-a.i >= 2 {
			continue
		}
		comma := false
		switch {
		case b.i == a.j && s.gap(a.j-1) == gComma:
			comma = true
		case b.i == a.j+1 && (s.toks[a.j].Key == "and" || s.toks[a.j].Key == "or") && s.gap(a.j-1) == gSpace && s.gap(a.j) == gSpace:
		default:
			continue
		}
		// after a comma, the list ends after b: "Cambridge,
		// Massachusetts." but not "In Paris, Lindqvist said"; after
		// "and" it may go on ("Moura and Kimura for comment")
		if comma && b.j < len(s.toks) {
			if gp := s.gap(b.j - 1); gp == gSpace && s.toks[b.j].Key != "and" && s.toks[b.j].Key != "or" || gp == gHyphen || gp == gPoss {
				continue
			}
		}
		b.cues |= 1 << cList
		gb.cues |= 1 << cList
		if agrees {
			gb.count[cList]++
		}
		gb.sc[ga.typ] += int(cueInfo[cList].w)
		gb.typ = decide(gb.sc)
		// "held in Vellmar, Dunholt": a place with its region is a place
		// named two ways, more surely than either alone
		if comma && ga.typ == Place && gb.typ == Place && ga.count[cList] < 1 {
			ga.count[cList]++
			ga.cues |= 1 << cList
			ga.sc[Place] += int(cueInfo[cList].w)
		}
	}
}

// sharedIn gives the second of two names joined by "and" the "in"
// before the first, a place: "held in Dunmore and Veliko Selo" (once
// per name).
func (s *state) sharedIn(a, b *seg) {
	ga, gb := a.g, b.g
	if ga.typ != Place || gb == ga || gb.link != nil || b.pre != b.i || b.i != a.j+1 || a.pre < 1 ||
		s.toks[a.j].Key != "and" || s.gap(a.j-1) != gSpace || s.gap(a.pre-1) != gSpace {
		return
	}
	// (and "from" after people who live there: "residents from Orrimoor
	// and Tavelby")
	c := cIn
	switch s.toks[a.pre-1].Key {
	case "in":
	case "from":
		if a.pre < 2 || s.gap(a.pre-2) != gSpace || !homeFrom[s.toks[a.pre-2].Key] && s.fl[a.pre-2]&fRole == 0 {
			return
		}
		c = cPlaceContext
	default:
		return
	}
	if gb.count[c] >= 2 {
		return
	}
	gb.count[c]++
	b.cues |= 1 << c
	gb.cues |= 1 << c
	gb.sc[Place] += int(cueInfo[c].w)
	// "concerts in Tromvik and Bodvang": two names after one "in" are
	// places more surely than either alone (once per name)
	for _, gr := range [2]*group{ga, gb} {
		if gr.count[cList] < 1 && otherWeight(gr.sc, Place) == 0 {
			gr.count[cList]++
			gr.cues |= 1 << cList
			gr.sc[Place]++
		}
	}
	gb.typ = decide(gb.sc)
}

// otherWeight is the weight of scores sc for types other than t.
func otherWeight(sc [4]int, t Type) int {
	w := 0
	for u := range sc {
		if Type(u) != t {
			w += sc[u]
		}
	}
	return w
}

// keepGroup decides whether a name is a name at all.
func (s *state) keepGroup(gr *group) bool {
	best := 0
	for _, v := range gr.sc[1:] {
		best = max(best, v)
	}
	if gr.link != nil {
		return gr.body || best >= 4
	}
	if t := &s.toks[gr.first.i]; gr.n >= 2 && t.Caps && shipPrefixes[t.Key] {
		return false // a ship: "MV Baltic Dawn", "HMS Dauntless"
	}
	if gr.n == 1 {
		f := s.lex[gr.key]
		t := &s.toks[gr.first.i]
		if len(gr.key) < 2 || isDigits(gr.key) {
			return false
		}
		if t.Caps {
			if f&fNotAcr != 0 && best < 3 {
				return false
			}
		} else {
			if f&(fFunc|fDemonym|fMonthDay) != 0 {
				return false
			}
			if f&fWord != 0 && f&(fGiven|fGivenWeak|fSurname) == 0 && s.lower(gr.key) > 0 && best < 3 {
				return false
			}
		}
	}
	if !gr.body {
		return best >= 4
	}
	if !gr.mid {
		return best >= 3 || gr.n >= 2 && gr.cues&(1<<cShape) != 0
	}
	return true
}
