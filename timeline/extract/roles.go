package extract

import (
	"net/url"
	"strings"
	"time"

	"github.com/storygraph/storygraph/timeline"
	"github.com/storygraph/storygraph/timeline/gazetteer"
	"github.com/storygraph/storygraph/timeline/text"
)

// Official titles standing for a person: "the Prime Minister spoke to ...".
// News and government releases name a head of government by title alone
// once the country is clear: from "of <country>" after the title, or else
// from the outlet's own country (gov.uk writes "the Prime Minister" for the
// British one).

// homeCountry is the outlet's country from its URL, or "".
func homeCountry(rawURL string) string {
	u, err := url.Parse(rawURL)
	if err != nil || u.Host == "" {
		return ""
	}
	host := strings.ToLower(u.Hostname())
	tld := host[strings.LastIndexByte(host, '.')+1:]
	return tldCountries[tld]
}

// titledBefore is the person the article named with the same title
// before token i of block bi ("Prime Minister of Japan Sanae Takaichi ...
// The President invited the Prime Minister": Takaichi, not the outlet's
// own Prime Minister), the latest one; nil when there is none.
func (st *docState) titledBefore(bi, i int, title []string) *gazetteer.Entry {
	var found *gazetteer.Entry
	for b := 0; b <= bi; b++ {
		toks := st.blocks[b].toks
		end := len(toks)
		if b == bi {
			end = i
		}
		for k := 0; k+len(title) < end; k++ {
			if !toks[k].Upper || !matchKeys(toks[k:k+len(title)], title) {
				continue
			}
			// the name right after the title, or after "of <Country>"
			q := k + len(title)
			if q+1 < end && toks[q].Key == "of" {
				if pm := st.mentionAt(toks[q+1].Start); pm != nil && pm.typ == timeline.Place {
					q = tokIndex(toks, pm.end)
				}
			}
			if q < end {
				if m := st.mentionAt(toks[q].Start); m != nil && m.typ == timeline.Person && m.entry != nil {
					found = m.entry
				}
			}
		}
	}
	return found
}

// sourceCountry is the country of an outlet named by its web domain in
// the source line, as re-posts name the original: "GOV.UK (Prime
// Minister's Office), via WiredGov re-post" is the United Kingdom's.
func sourceCountry(source string) string {
	for _, w := range strings.FieldsFunc(source, func(r rune) bool { return r == ' ' || r == '(' || r == ')' || r == ',' || r == ';' }) {
		if i := strings.LastIndexByte(w, '.'); i > 0 && i < len(w)-1 {
			if c := tldCountries[strings.ToLower(w[i+1:])]; c != "" {
				return c
			}
		}
	}
	return ""
}

// officeHolder finds the gazetteer person who held the office "<title> of
// <country>" on day (the publication date), or nil: nobody rather than
// today's holder for an older article.
func officeHolder(g *gazetteer.Gazetteer, title []string, country string, day time.Time) *gazetteer.Entry {
	if country == "" {
		return nil
	}
	if offices, ok := titleOffices[strings.Join(title, " ")]; ok {
		for _, o := range offices {
			if e := officeHolder(g, o, country, day); e != nil {
				return e
			}
		}
		return nil
	}
	want := strings.Join(title, " ") + " of " + text.Fold(country)
	wantThe := strings.Join(title, " ") + " of the " + text.Fold(country)
	for _, e := range g.Entries {
		if e.Type != gazetteer.Person {
			continue
		}
		for _, o := range e.Offices {
			if (o.Key == want || o.Key == wantThe) && o.HeldOn(day) {
				return e
			}
		}
	}
	return nil
}

// holderInApposition reports whether a title ending at toks[end] (its
// "of Finland" after it) is followed by a comma and a name of two or more
// words: "the President of Finland, Aino Virtanen, said".
func (st *docState) holderInApposition(toks []text.Token, end int) bool {
	gap := func(k int) string { return strings.TrimSpace(st.text[toks[k-1].End:toks[k].Start]) }
	k := end
	if k < len(toks) && toks[k].Key == "of" {
		k++
		for k < len(toks) && k < end+6 && (toks[k].Upper || toks[k].Key == "the") && gap(k) == "" {
			k++
		}
	}
	return k+1 < len(toks) && gap(k) == "," && toks[k].Upper && toks[k+1].Upper && gap(k+1) == ""
}

// resolveTitles adds a mention for "the <Title>" (capitalised, no name
// after it) when the office and the country identify a gazetteer person.
func (st *docState) resolveTitles() {
	home := homeCountry(st.doc.URL)
	if home == "" {
		home = sourceCountry(st.doc.Source)
	}
	covered := st.coveredTokens()
	for bi := range st.blocks {
		toks := st.blocks[bi].toks
		for i := 1; i < len(toks); i++ {
			if toks[i-1].Key != "the" || !toks[i].Upper || covered[toks[i].Start] {
				continue
			}
			for _, title := range titles {
				n := len(title)
				if i+n > len(toks) || !matchKeys(toks[i:i+n], title) {
					continue
				}
				end := i + n
				country := home
				// "the President of the United States": the country follows
				if end+1 < len(toks) && toks[end].Key == "of" {
					if c := st.placeAt(toks[end+1].Start); c != "" {
						country = c
					} else if end+2 < len(toks) && toks[end+1].Key == "the" {
						country = st.placeAt(toks[end+2].Start)
					}
				}
				// a name right after the title is the mention itself; one
				// in apposition is the holder ("the President of Finland,
				// Aino Virtanen,"), whoever holds the office elsewhere
				if end < len(toks) && toks[end].Upper && strings.TrimSpace(st.text[toks[end-1].End:toks[end].Start]) == "" || st.holderInApposition(toks, end) {
					break
				}
				// "the Prime Minister" alone: whoever the article named so
				// before, else the outlet's country's; "the Prime Minister of
				// Japan" is Japan's
				var en *gazetteer.Entry
				if !(end < len(toks) && toks[end].Key == "of") {
					en = st.titledBefore(bi, i, title)
					// "President of Ukraine Volodymyr Zelenskyy ... The
					// Head of State thanked ...": a generic title is the
					// person named before by an office it stands for
					for _, office := range titleOffices[strings.Join(title, " ")] {
						if en != nil {
							break
						}
						en = st.titledBefore(bi, i, office)
					}
				}
				// ("Prime Minister of Norland Ingrid Solberg ... the Prime
				// Minister": the text introduced someone the gazetteer does
				// not know with the title; titledNamed finds them later)
				if en == nil && st.introducesUnknown(bi, i, title, country, end < len(toks) && toks[end].Key == "of") {
					break
				}
				if en == nil {
					en = officeHolder(st.x.Gazetteer, title, country, st.ref)
				}
				if en != nil {
					st.addEntry(mention{start: toks[i].Start, end: toks[end-1].End, via: gazetteer.ViaName, block: bi, tok: i, ntok: n}, en)
					for k := i; k < end; k++ {
						covered[toks[k].Start] = true
					}
				}
				break
			}
		}
	}
}

// introducesUnknown reports whether the text gave the title to a name
// the gazetteer does not know ("Prime Minister of Norland Ingrid
// Solberg", "Prime Minister Ingrid Solberg"): capitalised words after the
// title (and after "of" and a place) that no mention found yet. Before
// token i of block bi any such name counts for "the Prime Minister"
// alone (ofCountry false); after it, or for "the Prime Minister of
// Portugal", only one given the same country does: a headline's office
// is often named only further down ("President met with the Prime
// Minister of Portugal" over "... Prime Minister of Portugal Rui
// Valadares"), and a gazetteer's holder may be out of date.
func (st *docState) introducesUnknown(bi, i int, title []string, country string, ofCountry bool) bool {
	for b := range st.blocks {
		toks := st.blocks[b].toks
		for k := 0; k+len(title) < len(toks); k++ {
			if b == bi && k >= i-1 && k <= i || !toks[k].Upper || !matchKeys(toks[k:k+len(title)], title) {
				continue
			}
			q, named := k+len(title), ""
			if toks[q].Key == "of" && q+2 < len(toks) {
				if toks[q+1].Key == "the" && q+3 < len(toks) {
					q++ // "of the Netherlands"
				}
				named = st.placeAt(toks[q+1].Start)
				q += 2 // "of Norland": the country, named or not
			}
			// ("The Prime Minister spoke to Prime Minister Ingrid Solberg":
			// a later title with no country is another's)
			if before := b < bi || b == bi && k < i; (!before || ofCountry) && (named == "" || named != country) {
				continue
			}
			if q+1 < len(toks) && toks[q].Upper && toks[q+1].Upper && st.mentionAt(toks[q].Start) == nil {
				return true
			}
		}
	}
	return false
}

// sameKeys is matchKeys in any case: "Vesta's president Adam Kovac".
func sameKeys(toks []text.Token, keys []string) bool {
	for k, key := range keys {
		if toks[k].Key != key {
			return false
		}
	}
	return true
}

func matchKeys(toks []text.Token, keys []string) bool {
	for k, key := range keys {
		if toks[k].Key != key || (key != "of" && !toks[k].Upper) {
			return false
		}
	}
	return true
}

// placeAt returns the canonical name of the country mentioned at offset
// off, or "".
func (st *docState) placeAt(off int) string {
	for _, m := range st.mentions {
		if m.start == off && m.entry != nil && m.entry.IsCountry() {
			return m.entry.Name
		}
	}
	return ""
}

// titledNamed links "the president", "the chief executive" to the person
// the article introduced with that title ("President Adam Kovac", "Chief
// executive Anneli Korva", "Anneli Korva, the chief executive"), whoever
// found them: the gazetteer or discovery. It runs after discovery, which
// resolveTitles runs before, and only where resolveTitles found nobody;
// it never falls back on an office holder the text did not name.
func (st *docState) titledNamed() {
	defer st.describedNamed()
	var covered map[int]bool // read at the first "the", as few texts have a title after it
	for bi := range st.blocks {
		toks := st.blocks[bi].toks
		for i := 1; i < len(toks); i++ {
			if toks[i-1].Key != "the" || !namedTitleWords[toks[i].Key] {
				continue
			}
			if covered == nil {
				covered = st.coveredTokens()
			}
			if covered[toks[i].Start] {
				continue
			}
			for _, title := range namedTitles {
				end := i + len(title)
				if end > len(toks) || !sameKeys(toks[i:end], title) {
					continue
				}
				// "the president of the company", "the President Adam
				// Kovac": another's title, or the mention itself
				if end < len(toks) && (toks[end].Key == "of" || toks[end].Upper && strings.TrimSpace(st.text[toks[end-1].End:toks[end].Start]) == "") {
					break
				}
				if p := st.introducedAs(bi, i, title); p != nil {
					st.addMention(mention{start: toks[i].Start, end: toks[end-1].End, id: p.id, typ: p.typ, entry: p.entry, via: p.via, block: bi, tok: i, ntok: len(title)},
						st.entities[p.id].Name, nil, "", "", false)
				}
				break
			}
		}
	}
}

// introducedAs is the last person before token i of block bi that the
// text gave the title: right before the name ("President Adam Kovac",
// "Vesta's president Adam Kovac") or in an apposition right after it
// ("Anneli Korva, the chief executive"); nil when none.
func (st *docState) introducedAs(bi, i int, title []string) *mention {
	var found *mention
	for b := 0; b <= bi; b++ {
		toks := st.blocks[b].toks
		end := len(toks)
		if b == bi {
			end = i - 1
		}
		for k := 0; k+len(title) <= end; k++ {
			if !sameKeys(toks[k:k+len(title)], title) {
				continue
			}
			if q := k + len(title); q < end {
				if toks[q].Key == "of" && q+2 < end {
					q += 2 // "Prime Minister of Norland Ingrid Solberg"
				}
				if m := st.mentionAt(toks[q].Start); m != nil && m.typ == timeline.Person {
					found = m
					continue
				}
			}
			// "Anneli Korva, the chief executive": the name before
			p := k - 1
			if p >= 0 && appositionArticles[toks[p].Key] {
				p--
			}
			if p >= 0 && strings.Contains(st.text[toks[p].End:toks[p+1].Start], ",") {
				for _, m := range st.mentions {
					if m.typ == timeline.Person && m.end == toks[p].End {
						found = &m
					}
				}
			}
		}
	}
	return found
}

// describedNamed links "the novelist", "the climber", "the farmer" to
// the person the article introduced with that word: right before the
// name ("The German novelist Ilse Marwick", "Spanish climber Rafa
// Ortuno") or heading an apposition after it ("Tomas Berg, a
// 45-year-old farmer from Lund,"), the last one before; not "the farmer
// of ..." nor "the farmer Anna Holm" (another's, or a mention itself).
// It runs last in titledNamed, which linked the titles it knows.
func (st *docState) describedNamed() {
	nouns := map[string][]mention{}
	for _, m := range st.mentions {
		if m.typ != timeline.Person {
			continue
		}
		for _, w := range st.describingWords(m) {
			nouns[w] = append(nouns[w], m)
		}
	}
	if len(nouns) == 0 {
		return
	}
	covered := st.coveredTokens()
	for bi := range st.blocks {
		toks := st.blocks[bi].toks
		for i := 1; i < len(toks); i++ {
			if toks[i-1].Key != "the" || toks[i].Upper {
				continue
			}
			ms, ok := nouns[toks[i].Key]
			if !ok || covered[toks[i].Start] || !st.nounEnds(toks, i) {
				continue
			}
			var p *mention
			for k := range ms {
				if ms[k].end <= toks[i].Start {
					p = &ms[k]
				}
			}
			if p != nil {
				st.addMention(mention{start: toks[i].Start, end: toks[i].End, id: p.id, typ: p.typ, entry: p.entry, via: p.via, block: bi, tok: i, ntok: 1},
					st.entities[p.id].Name, nil, "", "", false)
			}
		}
	}
}

// nounEnds reports whether the noun at token i ends its phrase: a
// verb, punctuation or a possessive follows ("The chef thanked", "the
// chef's menu"), not another noun ("the executive management team") nor
// "of" or a name ("the farmer of ...", "the farmer Anna Holm").
func (st *docState) nounEnds(toks []text.Token, i int) bool {
	if i+1 >= len(toks) || toks[i].Possessive || strings.TrimSpace(st.text[toks[i].End:toks[i+1].Start]) != "" {
		return true
	}
	next := toks[i+1]
	if next.Upper || next.Key == "of" {
		return false
	}
	_, trigger := triggers[next.Key]
	return trigger || verbsAfterSubject[next.Key] || strings.HasSuffix(next.Key, "ed")
}

// describingWords are the lower-case word right before a person's mention
// ("novelist Ilse Marwick"), or else the words of an apposition after it
// before any preposition ("Tomas Berg, a retired farmer from Lund,":
// retired, farmer).
func (st *docState) describingWords(m mention) []string {
	toks := st.blocks[m.block].toks
	if k := m.tok - 1; k >= 0 && !toks[k].Upper && describable(toks[k].Key) && strings.TrimSpace(st.text[toks[k].End:m.start]) == "" {
		return []string{toks[k].Key}
	}
	k := m.tok + m.ntok
	if k+1 >= len(toks) || !strings.Contains(st.text[toks[k-1].End:toks[k].Start], ",") || !appositionArticles[toks[k].Key] {
		return nil
	}
	var ws []string
	for j := k + 1; j < len(toks) && j < k+5 && !toks[j].Upper && !prepositions[toks[j].Key]; j++ {
		if describable(toks[j].Key) {
			ws = append(ws, toks[j].Key)
		}
		if strings.ContainsAny(st.text[toks[j].End:min(toks[j].End+1, len(st.text))], ",;.") {
			break
		}
	}
	return ws
}

// describable: a word of letters, long enough to name what someone is.
func describable(w string) bool {
	if len(w) < 4 || notDescribing[w] {
		return false
	}
	for _, r := range w {
		if r < 'a' || r > 'z' {
			return false
		}
	}
	return true
}
