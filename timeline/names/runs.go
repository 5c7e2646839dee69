package names

import "strings"

// gapKind is what separates two adjacent tokens.
type gapKind uint8

const (
	gSpace  gapKind = iota // spaces only
	gHyphen                // "Jean-Pierre", "Seattle-based"
	gApos                  // "O'Brien", "d'Ettorre"
	gDot                   // ". " after an initial or an abbreviation
	gAmp                   // "Procter & Gamble", "AT&T"
	gComma                 // ", "
	gPoss                  // the first token has a possessive 's
	gBreak                 // anything else: other punctuation, a line break, the end
)

// gap classifies the text between token k and token k+1.
func (s *state) gap(k int) gapKind {
	if k+1 >= len(s.toks) {
		return gBreak
	}
	if s.toks[k].Possessive {
		return gPoss
	}
	b := s.text[s.toks[k].End:s.toks[k+1].Start]
	switch b {
	case " ":
		return gSpace
	case "' ", "’ ":
		// a plural's possessive: "the National Teachers' Federation"
		if key := s.toks[k].Key; len(key) > 2 && key[len(key)-1] == 's' {
			return gPoss
		}
		return gBreak
	case "-", "‐", "‑":
		return gHyphen
	case "'", "’":
		return gApos
	case ". ":
		return gDot
	case ", ":
		return gComma
	case " & ", "&":
		return gAmp
	case "":
		return gSpace
	}
	rest := b
	kind := gSpace
	switch {
	case b[0] == '.':
		kind, rest = gDot, b[1:]
	case b[0] == ',':
		kind, rest = gComma, b[1:]
	}
	for i := 0; i < len(rest); i++ {
		switch rest[i] {
		case ' ', '\t':
		default:
			if strings.HasPrefix(rest[i:], "\u00a0") {
				i++
				continue
			}
			return gBreak
		}
	}
	return kind
}

// capWord reports whether token k can be a word of a name: capitalised,
// not a month or weekday, a single letter only as an initial ("J. R.") or
// in "O'Brien"; in titles and headings, not a common word unless the
// document writes it capitalised mid-sentence elsewhere.
func (s *state) capWord(k int) bool {
	t := &s.toks[k]
	if !t.Upper {
		return false
	}
	f := s.fl[k]
	if degrees[t.Key] {
		return false // "doing a PhD and I"
	}
	if t.Caps && t.End < len(s.text) && s.text[t.End] == '$' {
		return false // a currency's letters: "NT$12.4 billion", "HK$3"
	}
	if f&fMonthDay != 0 {
		// "Theresa May": a month after a given name, not before a number
		// (not a weekday before its date: "interviews Tamsin Reid
		// Saturday, June 14, 2025", a headline and its date line)
		after := k > 0 && s.fl[k-1]&fGiven != 0 && s.toks[k-1].Upper && s.gap(k-1) == gSpace &&
			(k+1 >= len(s.toks) || s.gap(k) != gSpace || !isDigits(s.toks[k+1].Key)) && !s.datedWeekday(k)
		// "Jan Kratochvíl": a month that is a given name, before a
		// surname that is no common word
		// (or "April", "May", "June", "August", which the name lists
		// leave to the calendar, not after a preposition: "in May Chen met")
		given := f&fGiven != 0 || monthGiven[t.Key] && (k == 0 || s.fl[k-1]&fFunc == 0 || s.st[k]&sInitial != 0)
		before := given && k+1 < len(s.toks) && s.gap(k) == gSpace && s.toks[k+1].Upper && !s.toks[k+1].Caps &&
			s.fl[k+1]&(fMonthDay|fFunc) == 0 && (s.fl[k+1]&fWord == 0 || s.fl[k+1]&fSurname != 0)
		return after || before
	}
	if len(t.Key) == 1 {
		g := s.gap(k)
		// (a degree is no name: "M.Sc", "B.A.", "Ph.D.")
		return (g == gDot || g == gApos) && k+1 < len(s.toks) && s.toks[k+1].Upper && !s.degree(k) || s.bareInitial(k)
	}
	if s.st[k]&sTitle != 0 {
		if f&fFunc != 0 && !t.Caps {
			return false
		}
		// (but for a title before a name: "What did Governor Wexley say?")
		if f&fWord != 0 && f&(fGiven|fSurname|fOrgHead|fPlaceHead) == 0 && s.midCap(t.Key) == 0 && !s.titleBeforeName(k) {
			return false
		}
	}
	return true
}

// datedWeekday reports whether token k is a weekday with its date after
// a comma: "Saturday, June 14", "Friday, 3 May".
func (s *state) datedWeekday(k int) bool {
	if !weekdays[s.toks[k].Key] || k+1 >= len(s.toks) || s.gap(k) != gComma {
		return false
	}
	return isDigits(s.toks[k+1].Key) || s.fl[k+1]&fMonthDay != 0 && !weekdays[s.toks[k+1].Key]
}

var weekdays = map[string]bool{"monday": true, "tuesday": true, "wednesday": true, "thursday": true, "friday": true,
	"saturday": true, "sunday": true}

// monthGiven are months that are given names too.
var monthGiven = map[string]bool{"april": true, "may": true, "june": true, "august": true}

// titleBeforeName reports whether token k is an office or rank right
// before a capitalised word that is no common word: "Governor Wexley".
func (s *state) titleBeforeName(k int) bool {
	return s.fl[k]&fTitle != 0 && k+1 < len(s.toks) && s.gap(k) == gSpace && s.surnameLike(k+1) && s.fl[k+1]&fWord == 0
}

// givenSyllable reports whether the lower-case token j, after a hyphen,
// ends a Korean given name of two syllables after a surname, the run
// [i, j) being the surname and the first syllable: "Park Ji-hoon", "Moon
// Jae-in", "Ban Ki-moon" (not "Seattle-based", "Tom Tan-led": a common
// word of more than two letters is no syllable).
func (s *state) givenSyllable(i, j int) bool {
	a, b := &s.toks[j-1], &s.toks[j]
	// (or, given name first, before the surname: "Hye-jin Park", "Ji-hoon
	// Kim")
	first := j == i+1 && j+1 < len(s.toks) && s.gap(j) == gSpace && s.toks[j+1].Upper && !s.toks[j+1].Caps &&
		s.fl[j+1]&(fSurname|fSurnameWord) != 0 && s.fl[i]&(fWord|fFunc) == 0 && s.fl[j]&(fWord|fFunc) == 0
	if !first && (j != i+2 || s.fl[i]&(fSurname|fSurnameWord|fGiven|fGivenWeak) == 0) || !a.Upper || a.Caps || len(a.Key) < 2 || len(a.Key) > 4 ||
		b.Upper || len(b.Key) < 2 || len(b.Key) > 4 || j+1 < len(s.toks) && s.gap(j) == gHyphen {
		return false
	}
	// "Su-bin", "Ki-moon", but not "Tan-led": a common word for the
	// second syllable only after a first that is none
	if len(b.Key) > 2 && s.fl[j]&fWord != 0 && s.fl[j]&(fSurname|fSurnameWord|fGiven) == 0 && s.fl[j-1]&fWord != 0 {
		return false
	}
	for i := 0; i < len(b.Key); i++ {
		if b.Key[i] < 'a' || b.Key[i] > 'z' {
			return false
		}
	}
	return true
}

// koreanName reports whether token k is a surname before a given name
// of two syllables: "Park Ji-hoon".
func (s *state) koreanName(k int) bool {
	return k+2 < len(s.toks) && s.gap(k) == gSpace && s.gap(k+1) == gHyphen && s.givenSyllable(k, k+2)
}

// personAfterComma reports whether token k is followed by a comma and
// an age (", 54,"), "who", an apposition naming a person's role (",
// the company's lawyer") or an aside only a person makes before saying
// (", speaking outside the court, said").
func (s *state) personAfterComma(k int) bool {
	n := len(s.toks)
	if k+2 >= n || s.gap(k) != gComma {
		return false
	}
	t := &s.toks[k+1]
	switch {
	case t.Key == "who":
		return true
	case isDigits(t.Key) && len(t.Key) <= 3:
		return s.gap(k+1) == gComma
	case t.Key == "a" || t.Key == "an" || t.Key == "the":
		g := seg{}
		s.apposition(&g, k+2)
		return g.cues&(1<<cRoleAppos) != 0
	case personAsides[t.Key]:
		return s.saidAfterAside(k + 1)
	}
	return false
}

// articleInitial reports whether "A" at k is an initial ("A. B. Smith",
// "A. K. M. Adam") rather than the article: a dot and another capital
// follow, and no article or "got" comes before it ("got an A. Smith
// said").
func (s *state) articleInitial(k int) bool {
	if s.toks[k].Key != "a" || s.gap(k) != gDot || k+1 >= len(s.toks) || !s.toks[k+1].Upper {
		return false
	}
	if k == 0 || s.st[k]&sInitial != 0 || s.toks[k-1].Upper {
		return true
	}
	prev, pf := s.toks[k-1].Key, s.fl[k-1]
	return prev != "a" && prev != "an" && prev != "the" && (pf&fFunc != 0 || pf&fWord == 0)
}

// degree reports whether the letter k and the word after it write an
// academic degree: "M.Sc", "B.A.", "M.Ed", "Ph.D." (the dot after the
// letter written without a space).
func (s *state) degree(k int) bool {
	t, next := &s.toks[k], &s.toks[k+1]
	return t.End+1 == next.Start && s.fl[k+1]&fDegree != 0 && (len(next.Key) > 1 || s.gap(k+1) == gDot || k+2 >= len(s.toks))
}

// bareInitial reports whether the single letter k is an initial written
// without its dot, as South Asian and some wire styles do ("R Saravanan",
// "M Karunanidhi"): it opens the run (a letter after a capitalised word
// is a label: "Plan B", "Formula E"), is not "A" or "I", and a name word
// that is no common word follows.
func (s *state) bareInitial(k int) bool {
	t := &s.toks[k]
	if len(t.Key) != 1 || !t.Upper || t.Key == "a" || t.Key == "i" || k+1 >= len(s.toks) || s.gap(k) != gSpace {
		return false
	}
	if k > 0 && s.toks[k-1].Upper && s.gap(k-1) == gSpace {
		return false
	}
	if s.text[t.Start:t.End] != strings.ToUpper(s.text[t.Start:t.End]) {
		return false
	}
	return s.surnameLike(k + 1)
}

// dottedInitials reports whether token k is initials written together,
// "O.J." or "J.K." before a surname: two or three capitals each with its
// dot (the tokeniser keeps them one token, dots and all), not a known abbreviation ("U.S.",
// "U.K."), followed by a name word that is no common word.
func (s *state) dottedInitials(k int) bool {
	t := &s.toks[k]
	raw := s.text[t.Start:t.End]
	if len(t.Key) < 2 || len(t.Key) > 3 || len(raw) != 2*len(t.Key) || s.fl[k]&^(fAbbr|fSuffix|fGiven|fGivenWeak|fSurname|fSurnameWord) != 0 || k+1 >= len(s.toks) || s.gap(k) != gSpace {
		return false
	}
	for i := 0; i < len(raw); i++ {
		c := raw[i]
		if !(i%2 == 0 && c >= 'A' && c <= 'Z' || i%2 == 1 && c == '.') {
			return false
		}
	}
	return s.surnameLike(k + 1)
}

// surnameLike reports whether token k can follow initials: a capitalised
// word that is no common word (or is also a name) and no title, head
// word, calendar or function word.
func (s *state) surnameLike(k int) bool {
	t, f := &s.toks[k], s.fl[k]
	return t.Upper && len(t.Key) > 1 && (f&fWord == 0 || f&(fGiven|fSurname|fSurnameWord) != 0) &&
		f&(fTitle|fOrgHead|fPlaceHead|fMonthDay|fFunc) == 0
}

// dotJoins reports whether a name goes on over the dot after token k: an
// initial ("J. R. Smith") or a title's abbreviation ("Gen. Smith").
func (s *state) dotJoins(k int) bool {
	t := &s.toks[k]
	if len(t.Key) == 1 && t.Upper {
		return true
	}
	f := s.fl[k]
	return f&fAbbr != 0 && f&(fHonorific|fTitle|fPlaceStart) != 0
}

// startable reports whether a name can begin at token k.
func (s *state) startable(k int) bool {
	if s.capWord(k) {
		// "pro-European", "anti-Western", "non-NATO": a word in a lower-case
		// compound is an adjective, not a name's start
		return k == 0 || s.gap(k-1) != gHyphen || s.toks[k-1].Upper || s.fl[k-1]&fParticle != 0
	}
	// "al-Assad", "d'Alembert"
	if s.fl[k]&fParticle != 0 && !s.toks[k].Upper && k+1 < len(s.toks) {
		if g := s.gap(k); (g == gHyphen || g == gApos) && s.capWord(k+1) {
			return k == 0 || !s.toks[k-1].Upper
		}
	}
	return false
}

const maxRun = 12

// hyphenLinkAt reports whether token k is a place's linking word between
// hyphens, a capitalised word after it: the "upon" of
// "Stratford-upon-Avon".
func (s *state) hyphenLinkAt(k int) bool {
	return k+1 < len(s.toks) && !s.toks[k].Upper && hyphenLinks[s.toks[k].Key] && s.gap(k-1) == gHyphen && s.gap(k) == gHyphen && s.capWord(k+1)
}

// collect finds the runs of capitalised words and splits them into
// candidate names.
func (s *state) collect() {
	n := len(s.toks)
	s.segs = make([]seg, 0, n/8+4)
	cited := -1 // the last token of the last name cited "Surname, Given."
	for i := 0; i < n; {
		if !s.startable(i) {
			i++
			continue
		}
		if c := s.citedGiven(i, cited); c > 0 {
			s.segs = append(s.segs, seg{pre: i, i: i, j: i + 1, gi: i + 1, gj: i + 1 + c})
			i += 1 + c
			cited = i - 1
			continue
		}
		lead := s.bracketedGiven(i)
		i += lead
		j := i + 1
		if !s.toks[i].Upper { // a particle start: "al-Assad"
			j++
		}
		connected := false
		for j < n && j-i < maxRun {
			if (s.st[j]^s.st[i])&sTitle != 0 {
				break
			}
			g := s.gap(j - 1)
			switch g {
			case gSpace, gHyphen:
			case gDot:
				if !s.dotJoins(j - 1) {
					g = gBreak
				}
			case gApos:
				if len(s.toks[j-1].Key) != 1 {
					g = gBreak
				}
			case gAmp:
				if s.toks[j].Upper {
					j++
					continue
				}
				g = gBreak
			case gPoss:
				if !s.possessiveInside(i, j) {
					g = gBreak
				}
			default:
				// Thomas "Tommy" Brennan: a nickname in quotes between
				if q := s.nickname(i, j); q > 0 {
					j = q + 1
					continue
				}
				g = gBreak
			}
			if g == gBreak {
				break
			}
			if s.capWord(j) || g == gHyphen && s.givenSyllable(i, j) || s.legalFormAt(j) {
				j++
				continue
			}
			if g == gHyphen && s.hyphenLinkAt(j) {
				j += 2 // "Stratford-upon-Avon"
				continue
			}
			if g != gSpace || s.toks[j].Upper || j+1 >= n {
				break
			}
			// "Jaap de Hoop Scheffer", "Bashar al-Assad"
			if s.fl[j]&fParticle != 0 && s.fl[j-1]&(fOrgHead|fOrgStart|fPlaceHead) == 0 {
				q := j // "van der Berg": particles in a row
				for q+1 < n && q < j+2 && s.fl[q+1]&fParticle != 0 && !s.toks[q+1].Upper && s.gap(q) == gSpace {
					q++
				}
				if g2 := s.gap(q); q+1 < n && (g2 == gSpace || g2 == gHyphen || g2 == gApos) && s.capWord(q+1) {
					j = q + 2
					continue
				}
			}
			// "Bank of England", "Centre for Social Evolution",
			// "Department of Health and Human Services"
			// (after a noun of organisations the name may have its own
			// "of": "the group Friends of the Fjords"; not its own "and":
			// "carmaker Fiat and Norvik Motors signed" are two)
			// (a national body's name too: "the Royal Courts of Justice")
			if skip := s.connects(j, connected || s.orgNounAt(i-1) && s.toks[j].Key != "and" || bodyOpeners[s.toks[i].Key] && s.toks[j].Key == "of"); skip > 0 {
				connected = true
				j += skip
				continue
			}
			break
		}
		n0 := len(s.segs)
		s.split(i, j, connected)
		if lead > 0 && len(s.segs) > n0 && s.segs[n0].i == i {
			s.segs[n0].gi, s.segs[n0].gj = i-lead, i
		}
		i = j
	}
}

// citedGiven returns how many given names or initials follow the
// surname at token k in a reference list's inverted name, "Ostrander,
// Paula Jean. The Salt Roads", "Keller, Tom and Brandt, Ilse. A History",
// or 0. The name opens its line, or follows the name cited before it
// (token cited) after "and" or ";"; it ends with a dot, or goes on to
// another name so written. "Lindqvist, 54, said" and "Paris, France" are
// no such names: a given name must follow the comma.
func (s *state) citedGiven(k, cited int) int {
	if !s.citeStart(k, cited) {
		return 0
	}
	c := s.invertedGiven(k)
	if c == 0 {
		return 0
	}
	q := k + c // the last given name
	b := s.toks[q].End
	if len(s.toks[q].Key) == 1 && b < len(s.text) && s.text[b] == '.' && b+1 < len(s.text) && s.text[b+1] == ';' {
		b++ // an initial's own dot: "Marchetti, L. K.; Vanterpool, Hugh."
	}
	switch rest := s.text[b:min(len(s.text), b+2)]; {
	case rest == "" || rest[0] == '.' && (len(rest) == 1 || rest[1] == ' ' || rest[1] == '\n'):
		return c
	case q+2 < len(s.toks) && (rest == "; " || rest == " a" && s.toks[q+1].Key == "and" && !s.toks[q+1].Upper):
		if s.invertedGiven(q+1+btoi(rest == " a")) > 0 {
			return c
		}
	}
	return 0
}

// citeStart reports whether a cited name can start at token k: at a line
// start, or after "and" or "; " right after the name cited before.
func (s *state) citeStart(k, cited int) bool {
	if s.st[k]&sLineStart != 0 {
		return true
	}
	if cited < 0 {
		return false
	}
	between := s.text[s.toks[k-1].End:s.toks[k].Start]
	return k-1 == cited && (between == "; " || between == ".; ") || k-2 == cited && s.toks[k-1].Key == "and" && between == " "
}

// invertedGiven returns how many given names or initials (at most three,
// the first no common word) follow the surname at token k and a comma:
// "Ostrander, Paula Jean", "Keller, T. R.", or 0.
func (s *state) invertedGiven(k int) int {
	t, f := &s.toks[k], s.fl[k]
	if !t.Upper || t.Caps || len(t.Key) < 2 || k+1 >= len(s.toks) || s.text[t.End:s.toks[k+1].Start] != ", " ||
		f&fWord != 0 && f&(fSurname|fSurnameWord) == 0 || f&(fFunc|fMonthDay|fTitle|fDemonym|fOrgHead|fPlaceHead) != 0 {
		return 0
	}
	c := 0
	for q := k + 1; q < len(s.toks) && c < 3; q++ {
		tq, fq := &s.toks[q], s.fl[q]
		initial := len(tq.Key) == 1 && tq.Upper && !tq.Caps || len(tq.Key) == 1 && tq.Caps
		// (a middle name after the first may be a family name:
		// "Marchbank, Thomas Pellington.")
		middle := c > 0 && !tq.Caps && (fq&fWord == 0 || fq&fSurname != 0) &&
			fq&(fFunc|fMonthDay|fTitle|fDemonym|fOrgHead|fPlaceHead|fPlaceStart) == 0
		if !tq.Upper || !initial && !middle && fq&(fGiven|fGivenWeak) == 0 || c == 0 && !initial && fq&fGiven == 0 {
			break
		}
		c++
		if q+1 >= len(s.toks) {
			break
		}
		if gap := s.text[tq.End:s.toks[q+1].Start]; gap != " " && !(initial && gap == ". ") {
			break
		}
	}
	return c
}

func btoi(b bool) int {
	if b {
		return 1
	}
	return 0
}

// nickname returns the index of the surname after a nickname in quotes
// that starts at token j, after given names [i, j): "Thomas \"Tommy\"
// Brennan", or 0. The nickname is one or two capitalised words.
func (s *state) nickname(i, j int) int {
	if open := s.text[s.toks[j-1].End:s.toks[j].Start]; open != " \"" && open != " “" {
		return 0
	}
	for k := i; k < j; k++ {
		if s.fl[k]&(fGiven|fGivenWeak) == 0 {
			return 0
		}
	}
	for q := j; q < j+2 && q+1 < len(s.toks); q++ {
		if !s.toks[q].Upper || s.toks[q].Caps {
			return 0
		}
		switch s.text[s.toks[q].End:s.toks[q+1].Start] {
		case " ":
			continue
		case "\" ", "” ":
			if s.surnameLike(q+1) && s.capWord(q+1) {
				return q + 1
			}
		}
		return 0
	}
	return 0
}

// bracketedGiven returns how many tokens from k are given names or
// initials that an editor put in brackets before a surname, as
// transcripts complete a name the speaker said short ("[Phil] Abernathy",
// "[Harold K. W.] Dunmore"), or 0.
func (s *state) bracketedGiven(k int) int {
	if s.toks[k].Start == 0 || s.text[s.toks[k].Start-1] != '[' {
		return 0
	}
	for q := k; q < len(s.toks)-1 && q < k+4; q++ {
		t := &s.toks[q]
		if !t.Upper || len(t.Key) > 1 && s.fl[q]&(fGiven|fGivenWeak) == 0 {
			return 0
		}
		switch s.text[t.End:s.toks[q+1].Start] {
		case " ", ". ":
			continue
		case "] ", ".] ":
			if s.surnameLike(q+1) && s.capWord(q+1) {
				return q + 1 - k
			}
		}
		return 0
	}
	return 0
}

// possessiveInside reports whether the possessive ending token j-1 is
// inside the name begun at token i: "St. Aidan's Hospital", "Women's
// Tennis Association", "Queen's University". The possessor is a group or
// a sovereign, or a saint ("Russia's Defence Ministry" is Russia's, "King
// Arthur's Court" Arthur's), and an organisation's or place's head word
// ends the name within four words.
func (s *state) possessiveInside(i, j int) bool {
	p := j - 1
	if !groupWord(s.toks[p].Key) && !(p == i+1 && (s.toks[i].Key == "st" || s.toks[i].Key == "saint")) {
		return false
	}
	for q := j; q < len(s.toks) && q < j+4 && s.capWord(q); q++ {
		if s.fl[q]&(fOrgHead|fPlaceHead) != 0 {
			return true
		}
		if s.gap(q) != gSpace {
			return false
		}
	}
	return false
}

// groupWord reports whether the folded word names a group of people
// that owns an organisation's name: groupPossessors, a plural in "-men"
// ("Fishermen's Association") or of a noun of people's roles ("Nurses'
// Union", "Journalists' Association").
func groupWord(key string) bool {
	if groupPossessors[key] || len(key) > 5 && strings.HasSuffix(key, "men") {
		return true
	}
	return rolePlural(key)
}

// rolePlural reports whether the folded word is the plural of a noun of
// people's roles: "nurses", "geologists", "members".
func rolePlural(key string) bool {
	return len(key) > 4 && key[len(key)-1] == 's' && lexicon()[key[:len(key)-1]]&fRole != 0
}

// orgNounAt reports whether token k is a noun of organisations in lower
// case right before the next word: "group", "charity", "agency".
func (s *state) orgNounAt(k int) bool {
	return k >= 0 && !s.toks[k].Upper && s.fl[k]&fOrgNoun != 0 && s.fl[k]&fRole == 0 && s.gap(k) == gSpace
}

// connects returns how many tokens a connector at token j spans inside an
// organisation's or place's name ("of", "of the", "for", "and"), or 0.
func (s *state) connects(j int, connected bool) int {
	f := s.fl[j]
	if f&fConnector == 0 || s.gap(j) != gSpace {
		return 0
	}
	prev := s.fl[j-1]
	key := s.toks[j].Key
	ok := false
	switch key {
	case "and":
		ok = connected
	case "the":
		ok = false
	default:
		ok = prev&(fOrgStart|fOrgHead|fPlaceHead|fPlaceStart) != 0 && prev&fTitle == 0 || (connected && key == "of")
	}
	if !ok {
		return 0
	}
	if s.capWord(j + 1) {
		return 1
	}
	// "of the", "for the" ("the Society for the Promotion of Science")
	if (key == "of" || key == "for") && s.toks[j+1].Key == "the" && !s.toks[j+1].Upper && j+2 < len(s.toks) && s.gap(j+1) == gSpace && s.capWord(j+2) {
		return 2
	}
	return 0
}

// split strips titles and openers from the run [a, b), splits it at titles
// inside it ("Apple CEO Tim Cook") and records each part as a candidate.
func (s *state) split(a, b int, connected bool) {
	if e := s.officeHolderAt(a, b); e > 0 {
		s.split(a, e, connected)
		s.split(e, b, false)
		return
	}
	last := s.fl[b-1]
	headed := b-a >= 2 && (last&(fOrgHead|fPlaceHead) != 0 || connected || bodyOpeners[s.toks[a].Key] && last&(fTitle|fRole) == 0 && !periodWords[s.toks[b-1].Key]) || s.sportBody(a, b)
	if !headed && s.allTitles(a, b) {
		return // "Prime Minister", "Mr. President"
	}
	k := a
	for k < b {
		pre := k
		var cues uint64
		for k < b {
			f := s.fl[k]
			t := &s.toks[k]
			more := k+1 < b
			switch {
			case f&fFunc != 0 && !t.Caps && !s.articleInitial(k):
				if t.Key == "the" && more && s.st[k]&(sInitial|sTitle) == 0 {
					cues |= 1 << cTheCap // "according to The Independent"
				}
			case f&fMonthDay != 0 && !(more && (f&fGiven != 0 || monthGiven[t.Key])):
				// (a month that is a given name opens a name: "Jan
				// Kratochvíl", "April Johansson"; capWord let it in)
			case f&fDemonym != 0 && !headed:
			case k == a && s.st[k]&sInitial != 0 && s.commonAtStart(k) && !(headed && f&fFunc == 0) && !s.articleInitial(k) &&
				!(f&(fTitle|fRole) != 0 && more && !headed && s.nameLike(k+1, b)):
				// (a title opening the sentence is still a title: "Governor
				// Wexley met", "Captain Sorensen flew")
			case k == a && headed && (b-a >= 3 || b-a == 2 && s.lex[s.toks[b-1].Key]&fOrgHead == 0) && s.st[k]&sInitial != 0 && !t.Caps && (f&(fRole|fOrgNoun) != 0 || openingNouns[t.Key]) && f&(fOrgStart|fOrgHead|fPlaceHead|fPlaceStart|fGiven) == 0:
				// "Owner Aegean Lines said", "Rival Kestrel Telecom": a noun
				// of people or firms opening the sentence, not the name's
				// (nor before one word a firm's by its ending: "Supplier
				// Brnotech said")
			case k == a && more && s.st[k]&sInitial != 0 && !t.Caps && s.firmsNoun(k):
				// "Carmakers Velda, Orsa and Brandt", "Rivals Skarda
				// Auto and Tatrovka": the plural noun of firms opening the
				// sentence is no part of the first name
			case f&fHonorific != 0 && more && !s.allTitles(k+1, b):
				cues |= 1 << cHonorific
			case f&(fTitle|fRole) != 0 && more && !headed && s.nameLike(k+1, b):
				cues |= 1 << cTitle
			case f&fTitleMod != 0 && more && !headed && s.titleAhead(k+1, b) && s.nameLike(k+1, b):
			case more && !headed && !t.Caps && f&fWord != 0 && f&(fGiven|fGivenWeak|fSurname) == 0 && s.fl[k+1]&fGiven != 0 && s.midCap(t.Key) == 0 && !s.koreanName(k):
				// "Biologist Nick Bos"
				cues |= 1 << cTitle
			default:
				goto name
			}
			k++
		}
	name:
		e := k
		for e < b && (e == k || headed || s.fl[e]&(fTitle|fRole|fHonorific) == 0 || !s.toks[e].Upper || e+1 >= b) {
			e++
			// "Washington State University Simon Ličen": a name after an
			// organisation's head word starts a new name
			if e < b-1 && e > k+1 && s.fl[e-1]&fOrgHead != 0 && s.fl[e-1]&fGiven == 0 && s.fl[e]&fGiven != 0 && s.toks[e-1].Upper {
				break
			}
			// "Governor of Tver Region Igor Rudenya", "Minister of
			// Healthcare Mikhail Murashko": a given name and a surname
			// ending the run after a head word or a common word
			if (e > k+1 || e == k+1 && s.officeOfBefore(k)) && s.nameAfterOffice(k, e, b) {
				break
			}
		}
		// "U.S. District Judge Ana Ruiz": a court's word before a title
		// is the title's, not the end of a place's name
		if e < b && e-k >= 2 && (s.toks[e-1].Key == "district" || s.toks[e-1].Key == "circuit") && s.fl[e]&(fTitle|fRole) != 0 {
			e--
		}
		// "the Rt Hon Gareth Llewellyn-Price MP", "Dame Alys Pemberton
		// DBE": letters after a person's name are no part of it
		post := e == b && e-k >= 2 && s.toks[e-1].Caps && s.fl[e-1]&fPostNominal != 0 &&
			(cues&(1<<cHonorific|1<<cTitle) != 0 || s.fl[k]&fGiven != 0)
		if post {
			e--
		}
		if e > k {
			g := seg{pre: pre, i: k, j: e, cues: cues}
			if e < b && s.fl[e]&fOrgTitle != 0 {
				g.cues |= 1 << cOrgTitleAfter
			}
			s.segs = append(s.segs, g)
		}
		k = e
		if post {
			k = b // (and no name of its own)
		}
	}
}

// officeHolderAt returns where the holder's name starts in a run [a, b)
// after an office's "of (the)" that names an organisation, then the
// holder: "Secretary General of the Northern Alliance Hedda Lindqvist";
// 0 when the run is no such pair.
func (s *state) officeHolderAt(a, b int) int {
	if b-a < 4 || !(s.officeOfBefore(a) || a >= 1 && s.toks[a-1].Key == "the" && !s.toks[a-1].Upper && s.officeOfBefore(a-1)) {
		return 0
	}
	for e := b - 2; e > a+1 && e >= b-3; e-- {
		if s.fl[e-1]&fOrgHead != 0 && s.nameAfterOffice(a, e, b) {
			return e
		}
	}
	return 0
}

// nameAfterOffice reports whether tokens [e, b), the end of a run, are a
// person's name of two or three words that starts with a given name (not
// one that is also a word) after a place's or organisation's head word or
// a common word: the end of an office's title ("Governor of Tver Region
// Igor Rudenya", "Minister of Healthcare Mikhail Murashko"). Not inside a
// name that ends with a head word itself ("Royal Albert Hall").
func (s *state) nameAfterOffice(k, e, b int) bool {
	if b-e < 2 || b-e > 3 || e < 1 || !s.toks[e-1].Upper {
		return false
	}
	f, prev := s.fl[e], s.fl[e-1]
	// "President of Vesta Adam Kovac": one word after an office's "of" is
	// its place, whatever else it may be (a given name, "Vesta"), and a
	// given name and a surname after it are the holder
	if e == k+1 && s.officeOfBefore(k) && b-e == 2 && f&fGiven != 0 && s.fl[b-1]&(fOrgHead|fPlaceHead) == 0 {
		return true
	}
	// "Minister of Trade Olek Varga", "Secretary of Home Affairs Ines
	// Dolan": after an office's "of", its field in common words, then a
	// name in words no list of English holds
	if s.officeOfBefore(k) && s.fieldWords(k, e) && s.rareName(e, b) {
		return true
	}
	if f&fGiven == 0 || f&fGivenWeak != 0 || s.fl[b-1]&(fOrgHead|fPlaceHead) != 0 || prev&(fGiven|fGivenWeak|fSurname|fSurnameWord) != 0 {
		return false
	}
	// "Head of the Republic of Bashkortostan Timur Zhambalov", "Head of
	// Chechnya Ruslan Dzhabrailov": after an office's "of", a place's own
	// name (no listed word) ends the title too; not in "the University of
	// Michigan Ann Arbor campus", where no office comes before
	return prev&(fOrgHead|fPlaceHead|fWord) != 0 ||
		prev == 0 && (s.officeOfBefore(k) || k >= 1 && s.toks[k-1].Key == "the" && s.officeOfBefore(k-1))
}

// fieldWords reports whether tokens [k, e) are capitalised common words
// that are no names: an office's field ("Trade", "Home Affairs").
func (s *state) fieldWords(k, e int) bool {
	for ; k < e; k++ {
		f := s.fl[k]
		if !s.toks[k].Upper || s.toks[k].Caps || f&(fWord|fTitleMod) == 0 || f&(fGiven|fGivenWeak|fSurname|fSurnameWord|fOrgHead|fPlaceHead) != 0 {
			return false
		}
	}
	return true
}

// rareName reports whether tokens [e, b) are two or three capitalised
// words that are no common words, offices or head words ("Olek Varga").
func (s *state) rareName(e, b int) bool {
	if b-e < 2 || b-e > 3 {
		return false
	}
	for ; e < b; e++ {
		f := s.fl[e]
		if !s.toks[e].Upper || s.toks[e].Caps || f&(fFunc|fDemonym|fMonthDay|fTitle|fTitleMod|fRole|fOrgHead|fPlaceHead) != 0 ||
			f&fWord != 0 && f&(fGiven|fSurname) == 0 {
			return false
		}
	}
	return true
}

// officeOfBefore reports whether "<title> of" comes right before token k:
// "Minister of" before "Healthcare Mikhail Murashko".
func (s *state) officeOfBefore(k int) bool {
	return k >= 2 && s.toks[k-1].Key == "of" && !s.toks[k-1].Upper && s.fl[k-2]&(fTitle|fRole) != 0 && s.toks[k-2].Upper
}

// titleAhead reports whether an office or rank follows among tokens
// [k, b), through words that may stand inside a title ("Foreign Secretary").
func (s *state) titleAhead(k, b int) bool {
	for ; k < b-1; k++ {
		f := s.fl[k]
		if f&(fTitle|fRole|fHonorific) != 0 {
			return true
		}
		if f&fTitleMod == 0 {
			return false
		}
	}
	return false
}

// commonAtStart reports whether the sentence-initial token k is an ordinary
// word rather than a name: a function word, or a common word (or one the
// document writes in lower case) that is not a given name and never
// appears capitalised mid-sentence.
func (s *state) commonAtStart(k int) bool {
	f := s.fl[k]
	t := &s.toks[k]
	if t.Caps {
		return false
	}
	if f&fFunc != 0 {
		return true
	}
	if f&fGiven != 0 || s.midCap(t.Key) > 0 || f&fGivenWeak != 0 && s.surnameNext(k) {
		return false
	}
	if s.koreanName(k) {
		return false // "Park Ji-hoon met"
	}
	// "Young, the company's lawyer, said", "Hill, 54, was arrested": a
	// surname that is also a word, then what only follows a person
	if f&fSurnameWord != 0 && s.personAfterComma(k) {
		return false
	}
	// "Van der Berg said", "De la Cruz met": a particle before another
	// particle opens a surname, not a sentence
	if f&fParticle != 0 && k+2 < len(s.toks) && s.fl[k+1]&fParticle != 0 && !s.toks[k+1].Upper && s.gap(k) == gSpace && s.toks[k+2].Upper {
		return false
	}
	return f&fWord != 0 || s.lower(t.Key) > 0
}

// surnameNext reports whether the token after k, in the same run, reads as
// a surname: "Nick Bos said", "Will Okafor, 34," open with a given name
// that is also a word, which at the start of a sentence is a name only
// when a surname (a capitalised word that is no common word) follows.
func (s *state) surnameNext(k int) bool {
	if k+1 >= len(s.toks) || s.gap(k) != gSpace || !s.toks[k+1].Upper || s.toks[k+1].Caps {
		return false
	}
	f := s.fl[k+1]
	return f&fSurname != 0 || f&(fWord|fFunc|fDemonym|fMonthDay|fTitle|fRole|fOrgHead|fPlaceHead) == 0 && s.lower(s.toks[k+1].Key) == 0
}

// nameLike reports whether tokens [k, b) hold a word that can be part of
// a person's name: capitalised and not a common word, title or rank
// (unless it is a given name or surname).
func (s *state) nameLike(k, b int) bool {
	for ; k < b; k++ {
		f := s.fl[k]
		if !s.toks[k].Upper || f&(fTitle|fRole|fTitleMod|fHonorific|fFunc|fDemonym) != 0 && f&(fGiven|fSurname) == 0 {
			continue
		}
		if f&fWord == 0 || f&(fGiven|fGivenWeak|fSurname|fSurnameWord) != 0 {
			return true
		}
	}
	return false
}

// allTitles reports whether tokens [k, b) are all titles or words that
// stand in titles ("Mr. President", "the Prime Minister").
func (s *state) allTitles(k, b int) bool {
	for ; k < b; k++ {
		if s.fl[k]&(fTitle|fRole|fTitleMod|fHonorific|fFunc|fDemonym) == 0 || s.toks[k].Caps && s.fl[k]&fTitle == 0 {
			return false
		}
	}
	return true
}
