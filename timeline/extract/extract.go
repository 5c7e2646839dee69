package extract

import (
	"cmp"
	"crypto/sha256"
	"encoding/hex"
	"slices"
	"sort"
	"strconv"
	"strings"
	"time"
	"unicode"

	"github.com/storygraph/storygraph/timeline"
	"github.com/storygraph/storygraph/timeline/article"
	"github.com/storygraph/storygraph/timeline/gazetteer"
	"github.com/storygraph/storygraph/timeline/names"
	"github.com/storygraph/storygraph/timeline/text"
	"github.com/storygraph/storygraph/timeline/timex"
)

// Extractor turns read articles into extractions: sentences, entity
// mentions, time expressions and events. It is safe for concurrent use.
type Extractor struct {
	Gazetteer *gazetteer.Gazetteer
}

// block is one analysed block of the article.
type block struct {
	kind      article.Kind
	start     int
	end       int
	toks      []text.Token // offsets are absolute in doc.Text
	sentences []span
	heading   int // index of the section heading block above it, or -1
	// lines: the block is written a paragraph a line (linesAreSentences).
	// Each line is then a paragraph of its own: the date one line gives
	// ("up 82% from 9 months ago") does not date the next line's
	// happening.
	lines bool
}

// docState is everything known about one article while it is extracted.
type docState struct {
	x        *Extractor
	doc      *article.Doc
	text     string
	blocks   []block
	toks     []text.Token     // the blocks' tokens, one block after the other (prepare)
	art      timeline.Article // identity and metadata (readArticle)
	ref      time.Time        // publication date, zero when unknown
	mentions []mention        // sorted by start
	entities map[string]*timeline.Entity
	order    []string // entity IDs in order of first mention
	// mainTopic is the article's dominant topic id, or "".
	mainTopic string
	// mainKinds are the kinds of happening the main topic is made of, if
	// only some (gazetteer.Topic.Kinds).
	mainKinds []string
	// named holds the gazetteer places the article names (see countryNamed).
	named map[string]bool
	homes map[string]bool // countries of the gazetteer entries the article names (countryOfNamed)
	// newsFrom, newsTo bound the recent news days, 90 to 7 days before
	// publication (sayingLongAfter), formatted once
	newsFrom, newsTo string
	// gazNames are each block's gazetteer matches, found once by
	// matchGazetteer and read by findNames, countryNamed and
	// resolveSurnames (a tenth of extraction's time when found twice)
	gazNames [][]gazetteer.Match
	// keywords are each block's topic keywords (blockKeywords)
	keywords [][]gazetteer.Match
	// timexOf holds each sentence's time expressions on st.ref, found
	// once (sentenceTimes): the times and the event pass read the same
	// sentences, and finding them was a tenth of extraction's time
	timexOf map[span][]timex.Expr
	// lastSol is the latest mission day ("Sol 1612") the article names,
	// or 0: a rover's update is published about then (missionDay)
	lastSol int
}

// mention is one resolved reference to an entity in the text.
type mention struct {
	start, end int
	id         string // entity ID
	typ        timeline.EntityType
	via        gazetteer.Via
	entry      *gazetteer.Entry // nil for discovered entities
	block      int
	tok        int // index of its first token in the block
	ntok       int
}

// Extract runs the passes over one article: the document passes, then
// the three that read the extraction out, in this order.
func (x *Extractor) Extract(doc *article.Doc) *timeline.Extraction {
	st := &docState{x: x, doc: doc, text: doc.Text, entities: map[string]*timeline.Entity{}}
	for _, pass := range documentPasses {
		pass(st)
	}
	ex := &timeline.Extraction{Article: st.art}
	ex.Times = st.times()            // every time expression of the body
	ex.Events = st.events(st.art.ID) // the happenings, sentence by sentence (events.go)
	ex.Entities = st.entityList()    // entities in order of first mention, with their aliases
	return ex
}

// documentPasses run first, in this order; each reads what the passes
// before it left in the docState.
var documentPasses = []func(*docState){
	(*docState).prepare,           // blocks: tokens, sentences, section headings
	(*docState).readArticle,       // identity, metadata, the publication date (st.ref)
	(*docState).matchGazetteer,    // every block's gazetteer matches, once
	(*docState).findNames,         // gazetteer names in context; not surnames alone yet
	(*docState).resolveTitles,     // "the Prime Minister": the office holder on st.ref (roles.go)
	(*docState).joinAdjacentOrgs,  // "Sony Ericsson": two known firms side by side are one (discover.go)
	(*docState).discover,          // people, organisations, sites the gazetteer lacks (discover.go)
	(*docState).resolveSurnames,   // a surname alone: the person named in full
	(*docState).companyFirstWords, // "Zenara said" after "Zenara Bank Plc": that company
	(*docState).findProperNames,   // names by shape and company, no gazetteer or cue (propernames.go)
	(*docState).oneTypePerName,    // a name made a person and an organisation is the organisation (discover.go)
	(*docState).joinCompanyForms,  // "Volkswagen" and "Volkswagen AG" named apart: one company (discover.go)
	(*docState).datelinePlaces,    // the places of a dateline ("HARWICK, Norland (Wire) —")
	(*docState).namedInFull,       // a known person's surname alone is whoever the article names in full with it
	(*docState).theShortName,      // "the Bank" after "the Bank of England": that organisation
	(*docState).joinAcronyms,      // "the ONS" after "the Office for National Statistics": that organisation
	(*docState).titledNamed,       // "the president" after "President Adam Kovac": that person (roles.go)
	(*docState).marketIndices,     // "the Hang Seng index" names no one (markets.go)
	(*docState).sortMentions,      // mentions in text order, as the event pass reads them
	(*docState).findMainTopic,     // the article's dominant topic (topics.go)
}

// sortMentions puts the mentions in text order (the passes add them
// pass by pass).
func (st *docState) sortMentions() {
	// (slices' stable sort: sort.SliceStable allocates a swapper by reflection each time)
	slices.SortStableFunc(st.mentions, func(a, b mention) int { return cmp.Compare(a.start, b.start) })
}

// prepare tokenises blocks and splits them into sentences.
func (st *docState) prepare() {
	heading := -1
	// every block's tokens in one array, block after block (st.toks): the
	// names pass reads them as one, and copying them was a tenth of what
	// extraction allocated; the blocks get their runs of it at the end
	size := 0
	for _, b := range st.doc.Blocks {
		size += b.End - b.Start
	}
	st.toks = make([]text.Token, 0, size/5)
	ends := make([]int, 0, len(st.doc.Blocks))
	for _, b := range st.doc.Blocks {
		bl := block{kind: b.Kind, start: b.Start, end: b.End, heading: heading}
		first := len(st.toks)
		st.toks = text.AppendTokens(st.toks, st.text[b.Start:b.End])
		for i := first; i < len(st.toks); i++ {
			st.toks[i].Start += b.Start
			st.toks[i].End += b.Start
		}
		ends = append(ends, len(st.toks))
		switch b.Kind {
		case article.Kind("title"), article.Kind("heading"), article.Kind("dateline"):
			bl.sentences = []span{{b.Start, b.End}}
		default:
			bl.sentences, bl.lines = sentencesOfBlock(st.text, b.Start, b.End)
		}
		if b.Kind == article.Kind("heading") {
			heading = len(st.blocks)
		}
		st.blocks = append(st.blocks, bl)
	}
	first := 0
	for bi, end := range ends {
		st.blocks[bi].toks = st.toks[first:end:end] // (an append to one block's copies it)
		first = end
	}
}

// readArticle builds the article's identity and metadata (st.art); it
// also fixes the reference date for relative time expressions (st.ref).
func (st *docState) readArticle() {
	d := st.doc
	a := timeline.Article{
		Title: d.Title, URL: article.CanonicalURL(d.URL), Source: d.Source, Author: d.Author,
		Category: d.Category, AIGenerated: d.AIGenerated, Summary: d.Summary, Path: d.Name,
		Licence: d.Licence, Attribution: d.Attribution,
		Format: d.Format, PublishedBasis: "unknown",
	}
	if e, ok := timex.ParseDate(d.Published); ok && !e.Begin.IsZero() {
		st.ref = e.Begin
		a.Published, a.PublishedBasis = e.Begin.Format(time.DateOnly), "metadata"
		if t, ok := dateOfTitle(d.Title, st.ref); ok {
			st.ref = t
		}
	} else if t, ok := st.dateFromText(); ok {
		st.ref = t
		a.Published, a.PublishedBasis = t.Format(time.DateOnly), "text"
	}
	if d.Published != "" && a.PublishedBasis != "metadata" {
		// "published: yes", "2026-13-45": said, so that no date is lost
		// silently (Each warns); Published is the opening's date, if any.
		a.PublishedBasis = "invalid"
	}
	// Content identity: title, body and date with white space folded, so
	// re-wrapping a file does not make it a new article.
	h := sha256.New()
	buf := appendWords(nil, d.Title)
	h.Write(buf)
	for _, b := range d.Blocks {
		h.Write([]byte{0})
		buf = appendWords(buf[:0], b.Text)
		h.Write(buf)
	}
	h.Write([]byte{0})
	h.Write([]byte(a.Published))
	a.ContentHash = "sha256:" + hex.EncodeToString(h.Sum(nil))
	a.ID = a.URL
	if a.ID == "" {
		a.ID = a.ContentHash
	}
	st.art = a
}

// appendWords appends the words of s parted by single spaces, as
// strings.Join(strings.Fields(s), " ") makes them: the content hash reads
// every block so, and making the strings was a twentieth of what
// extraction allocated.
func appendWords(buf []byte, s string) []byte {
	for w := range strings.FieldsSeq(s) {
		if len(buf) > 0 {
			buf = append(buf, ' ')
		}
		buf = append(buf, w...)
	}
	return buf
}

// dateOfTitle is the date a title gives itself after a colon or dash at
// its end ("PM call with President Zelenskyy: 14 January 2026"), when it
// is a day in the week before the publication date: the statement's own
// day, republished later by another site ("this afternoon" in it is the
// 14th, not the republisher's day).
func dateOfTitle(title string, published time.Time) (time.Time, bool) {
	title = strings.TrimSpace(title)
	for _, e := range timex.Find(title, published) {
		if e.End != len(title) || e.Precision != timex.Day || e.Relative || e.Begin.IsZero() {
			continue
		}
		sep := strings.TrimRight(title[:e.Start], " ")
		if !strings.HasSuffix(sep, ":") && !strings.HasSuffix(sep, "-") && !strings.HasSuffix(sep, "–") && !strings.HasSuffix(sep, "—") {
			continue
		}
		if d := published.Sub(e.Begin); d > 0 && d <= 7*24*time.Hour {
			return e.Begin, true
		}
	}
	return time.Time{}, false
}

// dateFromText finds the publication date of an article whose metadata has
// none: the first full date (day precision, with a year) in its opening
// paragraphs, as in "On January 22, 2026, ...".
func (st *docState) dateFromText() (time.Time, bool) {
	seen := 0
	for _, b := range st.blocks {
		if b.kind == article.Kind("title") || b.kind == article.Kind("heading") {
			continue
		}
		for _, s := range b.sentences {
			for _, e := range timex.Find(st.text[s.Start:s.End], time.Time{}) {
				// a day, or a day with its time ("December 3, 2026, 15:40",
				// the Kremlin's date line)
				if (e.Type == timex.Date && e.Precision == timex.Day || e.Type == timex.Clock && e.Clock != "") && !e.Relative && !e.Begin.IsZero() {
					return e.Begin, true
				}
			}
		}
		if seen++; seen >= 3 {
			break
		}
	}
	return time.Time{}, false
}

// times lists every time expression of the article's sentences.
func (st *docState) times() []timeline.Time {
	out := []timeline.Time{}
	for _, b := range st.blocks {
		if b.kind == article.Kind("title") {
			continue
		}
		for _, s := range b.sentences {
			for _, e := range st.sentenceTimes(s) {
				out = append(out, timeline.Time{Text: e.Text, Start: s.Start + e.Start, End: s.Start + e.End,
					Type: e.Type, Value: e.Value, Precision: e.Precision})
			}
		}
	}
	return out
}

// sentenceTimes is timex.Find of sentence sp on st.ref, found once per
// sentence. Callers do not change the slice (the event pass orders and
// deletes from copies of it).
func (st *docState) sentenceTimes(sp span) []timex.Expr {
	if found, ok := st.timexOf[sp]; ok {
		return found
	}
	if st.timexOf == nil {
		st.timexOf = map[span][]timex.Expr{}
	}
	found := timex.Find(st.text[sp.Start:sp.End], st.ref)
	st.timexOf[sp] = found
	return found
}

// entityList returns the article's entities in order of first mention.
func (st *docState) entityList() []timeline.Entity {
	out := make([]timeline.Entity, 0, len(st.order))
	for _, id := range st.order {
		e := st.entities[id]
		if len(e.Mentions) == 0 {
			continue
		}
		slices.SortStableFunc(e.Mentions, func(a, b timeline.Mention) int { return cmp.Compare(a.Start, b.Start) })
		// The article's own ways of naming it ("Jobs", "Zelensky") are
		// aliases too.
		for _, m := range e.Mentions {
			if m.Text != e.Name && !slices.Contains(e.Aliases, m.Text) {
				e.Aliases = append(e.Aliases, m.Text)
			}
		}
		// and so are a company's shorter names, so that "--entity
		// Kestrel" finds "Kestrel Motors AG" named in full elsewhere (the
		// gazetteer lists its companies' aliases itself)
		if e.Discovered && e.Type == timeline.Organization {
			for _, short := range names.ShortForms(e.Name) {
				if !slices.Contains(e.Aliases, short) {
					e.Aliases = append(e.Aliases, short)
				}
			}
		}
		out = append(out, *e)
	}
	slices.SortStableFunc(out, func(a, b timeline.Entity) int { return cmp.Compare(a.Mentions[0].Start, b.Mentions[0].Start) })
	return out
}

// addMention records a mention and creates its entity on first sight.
func (st *docState) addMention(m mention, name string, aliases []string, role, country string, discovered bool) {
	e := st.entities[m.id]
	if e == nil {
		e = &timeline.Entity{ID: m.id, Name: name, Type: m.typ, Aliases: append([]string{}, aliases...), Role: role, Country: country, Discovered: discovered, Mentions: []timeline.Mention{}}
		st.entities[m.id] = e
		st.order = append(st.order, m.id)
	}
	e.Mentions = append(e.Mentions, timeline.Mention{Text: st.text[m.start:m.end], Start: m.start, End: m.end})
	st.mentions = append(st.mentions, m)
}

func (st *docState) addEntry(m mention, en *gazetteer.Entry) {
	m.id, m.typ, m.entry = en.ID, timeline.EntityType(en.Type), en
	st.addMention(m, en.Name, en.Aliases, roleOn(en, st.ref), en.Country, false)
}

// roleOn is the entry's role as of the publication day: "" when the role is
// an office the gazetteer knows was not held then (Keir Starmer in a 2019
// article is not yet Prime Minister).
func roleOn(en *gazetteer.Entry, day time.Time) string {
	dated := false
	for _, o := range en.Offices {
		if o.Role == en.Role {
			if o.HeldOn(day) {
				return en.Role
			}
			dated = true
		}
	}
	if dated {
		return ""
	}
	return en.Role
}

// sentenceStart reports whether token i of block b begins a sentence.
func (st *docState) sentenceStart(b, i int) bool {
	bl := &st.blocks[b]
	off := bl.toks[i].Start
	// the last sentence starting at or before the token
	k := sort.Search(len(bl.sentences), func(k int) bool { return bl.sentences[k].Start > off }) - 1
	if k < 0 {
		return false
	}
	s := bl.sentences[k]
	return s.Start == off || strings.TrimLeft(st.text[s.Start:off], "\"“‘'([ ") == ""
}

// matchGazetteer finds every block's gazetteer matches once, before any
// is read: context reads the whole article (countryNamed), and
// resolveSurnames reads them again.
func (st *docState) matchGazetteer() {
	st.gazNames = make([][]gazetteer.Match, len(st.blocks))
	for bi := range st.blocks {
		st.gazNames[bi] = st.x.Gazetteer.Names(st.blocks[bi].toks)
	}
}

// findNames adds the gazetteer's names (not yet surnames) as mentions.
func (st *docState) findNames() {
	g := st.x.Gazetteer
	for bi := range st.blocks {
		bl := &st.blocks[bi]
		prevIdx := -1 // index in st.mentions of the last name of this block
		for _, m := range st.gazNames[bi] {
			var prev *mention
			if prevIdx >= 0 {
				prev = &st.mentions[prevIdx]
			}
			en := st.pickByContext(bl, m)
			// "Russian strikes", "Ukrainian forces": the demonym speaks of
			// the country, which the article thereby involves.
			if m.Via == gazetteer.ViaDemonym && en.IsCountry() && !en.Ambiguous && !st.notAPlaceHere(bl, m) && !demonymOfOne(bl, m) {
				st.addEntry(mention{start: m.Start, end: m.End, via: m.Via, block: bi, tok: m.FirstTok, ntok: m.NTok}, en)
				continue
			}
			if m.Via != gazetteer.ViaName {
				continue
			}
			// "Cupertino, California": the pair names the city (an alias
			// of it), and the region is a place of the happening too, so
			// that --place California finds it.
			if prev != nil && prev.entry != nil && prev.entry.Type == gazetteer.Place && (prev.entry.Kind == "city" || prev.entry.Kind == "site") &&
				st.text[prev.end:m.Start] == ", " && en.Type == gazetteer.Place && en.Kind == "region" {
				e := st.entities[prev.id]
				if full := st.text[prev.start:m.End]; !slices.Contains(e.Aliases, full) {
					e.Aliases = append(e.Aliases, full)
				}
			}
			// "Bay St. Louis", "the Social Democrats", "Senate Democrats":
			// a capitalised word glued before a city's name, or before an
			// organisation's one-word name, makes another place or
			// organisation
			if (en.Type == gazetteer.Place && en.Kind == "city" || st.orgAfterWord(bi, m, en)) && m.FirstTok > 0 && !st.sentenceStart(bi, m.FirstTok) ||
				st.firmOfCountry(bl.toks, m, en) {
				pt := bl.toks[m.FirstTok-1]
				// (not a common word opening the sentence: "Coordinator
				// Sofia Kallergi said" is no place "Coordinator Sofia")
				if pt.Upper && !pt.Possessive && st.text[pt.End:bl.toks[m.FirstTok].Start] == " " && !notNames[pt.Key] && !roleWords[pt.Key] && !names.GivenName(pt.Key) &&
					!(names.CommonWord(pt.Key) && st.sentenceStart(bi, m.FirstTok-1)) &&
					!prepositions[pt.Key] && len(g.Names([]text.Token{pt})) == 0 && !st.insideMention(pt.Start) {
					name, typ, country := st.text[pt.Start:m.End], timeline.Place, en.Country
					// ("Transportes Oriol": a word of firms' names before it makes a firm, clubWord too)
					if en.Type == gazetteer.Organization || st.firmOfCountry(bl.toks, m, en) || names.OrgOpener(pt.Key) || clubWord(pt) {
						typ, country = timeline.Organization, ""
					}
					st.addMention(mention{start: pt.Start, end: m.End, id: gazetteer.ID(string(typ), name), typ: typ, via: gazetteer.ViaName, block: bi, tok: m.FirstTok - 1, ntok: m.NTok + 1}, name, nil, "", country, true)
					prevIdx = -1
					continue
				}
			}
			if en.Ambiguous && !st.ambiguousOK(bi, m, en) {
				continue
			}
			if st.designation(bl, m) {
				continue
			}
			// "Economist Hana Lipova said": a common word opening the
			// sentence before a name is her title, not The Economist
			if en.Type == gazetteer.Organization && m.NTok == 1 && st.sentenceStart(bi, m.FirstTok) && names.CommonWord(bl.toks[m.FirstTok].Key) &&
				m.FirstTok+1 < len(bl.toks) && bl.toks[m.FirstTok+1].Upper && !st.gap(bl.toks[m.FirstTok], bl.toks[m.FirstTok+1]) {
				continue
			}
			if en.Type == gazetteer.Place && st.notAPlaceHere(bl, m) {
				continue
			}
			if en.Type == gazetteer.Person {
				m = st.restOfName(bl.toks, m, en)
				// "the Neil Armstrong Operations and Checkout Building": a
				// site named after the person, not the person
				if st.namesASite(bl.toks, m.FirstTok+m.NTok) {
					continue
				}
			}
			st.addEntry(mention{start: m.Start, end: m.End, via: m.Via, block: bi, tok: m.FirstTok, ntok: m.NTok}, en)
			prevIdx = len(st.mentions) - 1
		}
	}
}

// clubWord reports whether a word glued before a known city makes a club
// or a firm of it: a word of no English and no common surname ("Legia
// Warsaw", "Hajduk Split"), where a word of English makes a place ("Bay
// St. Louis", "East London").
func clubWord(t text.Token) bool {
	return !names.CommonWord(t.Key) && !names.CommonSurname(t.Key) && len(t.Key) > 2 && !t.Caps
}

// notAPlaceHere rules out a place name used as something else: a currency
// ("US$299", "US dollars", "Swiss francs"), the start of a landform's
// name ("the Niger Delta"), or one part of a hyphenated name whose other
// part is a capitalised non-name ("Euro-Atlantic").
func (st *docState) notAPlaceHere(bl *block, m gazetteer.Match) bool {
	end := bl.toks[m.FirstTok+m.NTok-1].End
	rest := st.text[end:min(len(st.text), end+12)]
	if strings.HasPrefix(rest, "$") {
		return true
	}
	// "Swiss francs", "US dollars": a currency; "the Niger Delta", "the
	// Jordan Valley": a place of its own whose name begins with this one
	// ("the Korean won", but "Hans Gruber of Germany won": a verb)
	if next := m.FirstTok + m.NTok; next < len(bl.toks) && !st.gap(bl.toks[next-1], bl.toks[next]) &&
		(currencyWords[bl.toks[next].Key] && (bl.toks[next].Key != "won" || m.Via == gazetteer.ViaDemonym) ||
			bl.toks[next].Upper && landformHeads[bl.toks[next].Key]) {
		return true
	}
	if m.FirstTok > 0 && strings.HasSuffix(st.text[:bl.toks[m.FirstTok].Start], "-") {
		prev := bl.toks[m.FirstTok-1]
		if prev.End == bl.toks[m.FirstTok].Start-1 && prev.Upper && len(st.x.Gazetteer.Names([]text.Token{prev})) == 0 {
			return true
		}
	}
	// "Kupiansk-Vuzlovyi": a capitalised word glued after it by a hyphen
	// names another place ("Russia-Ukraine" names two)
	if next := m.FirstTok + m.NTok; next < len(bl.toks) && strings.HasPrefix(rest, "-") && bl.toks[next].Start == end+1 && bl.toks[next].Upper &&
		len(st.x.Gazetteer.Names([]text.Token{bl.toks[next]})) == 0 {
		return true
	}
	return false
}

// demonymOfOne reports a demonym that only says where a person, a firm or
// a thing is from ("Nigerian-born novelist", "the Belgian team", "its
// German rival", "Colombian Nairo Duarte"): it involves the country no
// more than a birthplace does. A demonym before a noun of what a state
// has or does ("Russian forces", "Ukrainian negotiators", "Russian
// strikes", "the Ukrainian president") speaks of the country.
func demonymOfOne(bl *block, m gazetteer.Match) bool {
	// "even though he was Czech": what someone is, said of them
	if m.FirstTok > 0 && copulas[bl.toks[m.FirstTok-1].Key] {
		return true
	}
	next := m.FirstTok + m.NTok
	if next >= len(bl.toks) || bl.toks[next-1].End+1 != bl.toks[next].Start {
		return false // (a comma or a stop after it: "Ukrainian, US and ...")
	}
	t := bl.toks[next]
	switch {
	case t.Key == "born":
		return true
	case t.Key == "and" || t.Key == "or":
		// "Ukrainian and US negotiators": the noun comes later; kept
		return false
	}
	// ("Spanish director Ana Ruiz": a trade's title is no state's)
	return !countryNouns[t.Key] && (!isTitleWord(t.Key) || tradeTitles[t.Key])
}

// pickByContext chooses among entries sharing a name ("Georgia" the
// country or the US state): the one whose country the article names, or
// whose country's city stands right before it ("Atlanta, Georgia"); else
// the first listed.
func (st *docState) pickByContext(bl *block, m gazetteer.Match) *gazetteer.Entry {
	if len(m.Entries) == 1 || m.Via != gazetteer.ViaName {
		return m.Entries[0]
	}
	best, bestScore := m.Entries[0], -1
	for _, en := range m.Entries {
		score := 0
		country := en.Country
		if country == "" && en.IsCountry() {
			country = en.Name
		}
		if en.Country != "" && st.countryNamed(en.Country) {
			score += 2
		}
		// "Atlanta, Georgia" / "Tbilisi, Georgia": the city before says which
		if m.FirstTok > 0 && country != "" && strings.HasSuffix(st.text[:bl.toks[m.FirstTok].Start], ", ") {
			if pm := st.mentionEndingAt(bl.toks[m.FirstTok-1].End); pm != nil && pm.entry != nil && pm.entry.Country == country {
				score += 3
			}
		}
		if score > bestScore {
			best, bestScore = en, score
		}
	}
	return best
}

// countryNamed reports whether the article names the country anywhere.
func (st *docState) countryNamed(country string) bool {
	st.gatherCountries()
	return st.named[country]
}

// gatherCountries reads, once per article, the gazetteer places it names
// (countryNamed) and the countries of the entries it names by name
// (countryOfNamed), from the matches findNames found.
func (st *docState) gatherCountries() {
	if st.named != nil {
		return
	}
	st.named, st.homes = map[string]bool{}, map[string]bool{}
	for _, ms := range st.gazNames {
		for _, m := range ms {
			if m.Via != gazetteer.ViaName {
				continue
			}
			for _, en := range m.Entries {
				if en.Type == gazetteer.Place {
					st.named[en.Name] = true
				}
			}
			if len(m.Entries) == 1 && !m.Entries[0].Ambiguous && m.Entries[0].Country != "" {
				st.homes[m.Entries[0].Country] = true
			}
		}
	}
}

// countryOfNamed reports whether the article names a gazetteer person,
// organisation or place of the country by name (not by a word that
// needs context itself).
func (st *docState) countryOfNamed(country string) bool {
	st.gatherCountries()
	return st.homes[country]
}

func (st *docState) mentionEndingAt(off int) *mention {
	for k := len(st.mentions) - 1; k >= 0; k-- {
		if st.mentions[k].end == off {
			return &st.mentions[k]
		}
	}
	return nil
}

// ambiguousOK accepts an ambiguous name (Georgia, Jordan, Nice) only with
// context: a place after a locative preposition, or any entry whose country
// is also named in the article.
func (st *docState) ambiguousOK(bi int, m gazetteer.Match, en *gazetteer.Entry) bool {
	bl := &st.blocks[bi]
	if m.FirstTok > 0 && en.Type == gazetteer.Place && locatives[bl.toks[m.FirstTok-1].Key] {
		return true
	}
	// a country whose people or cities the article names ("Jordan" in a
	// story from Amman); a country after a name and "of" ("Farid Aziz of
	// Jordan"), or whose office, forces or capital follow ("Jordan's
	// foreign minister", "Jordan's army")
	if en.IsCountry() {
		toks, last := bl.toks, m.FirstTok+m.NTok-1
		// ("Georgia Mills met officials in Tbilisi": a given name)
		nameNext := last+1 < len(toks) && toks[last+1].Upper && !toks[last].Possessive && !st.gap(toks[last], toks[last+1])
		if st.countryOfNamed(en.Name) && !nameNext || m.FirstTok > 1 && toks[m.FirstTok-1].Key == "of" && toks[m.FirstTok-2].Upper ||
			toks[last].Possessive && last+1 < len(toks) && (titleWords[toks[last+1].Key] || roleWords[toks[last+1].Key] || stateWords[toks[last+1].Key]) {
			return true
		}
	}
	// "Tbilisi, Georgia": a city of it right before
	if m.FirstTok > 0 && strings.HasSuffix(st.text[:bl.toks[m.FirstTok].Start], ", ") {
		if pm := st.mentionEndingAt(bl.toks[m.FirstTok-1].End); pm != nil && pm.entry != nil && (pm.entry.Country == en.Name || pm.entry.Country == en.Country && en.Country != "") {
			return true
		}
	}
	return en.Country != "" && st.countryNamed(en.Country)
}

// namesASite reports whether the capitalised words from token i (with
// "and", "of" between) end in the head word of a site or an organisation
// within five words: the name before them is then part of that name.
func (st *docState) namesASite(toks []text.Token, i int) bool {
	for k := i; k < len(toks) && k < i+5; k++ {
		t := toks[k]
		if k == 0 || st.gap(toks[k-1], t) || !t.Upper && t.Key != "and" && t.Key != "of" {
			return false
		}
		if t.Upper && placeOrSiteHeads[t.Key] {
			return true
		}
	}
	return false
}

// restOfName extends a match of a person's alias that the rest of their
// full name follows: "President Lee" (an alias) then "Jae-myung" is
// "President Lee Jae-myung", not Lee and a second person "Jae-myung".
func (st *docState) restOfName(toks []text.Token, m gazetteer.Match, en *gazetteer.Entry) gazetteer.Match {
	full := text.Tokenize(en.Name)
	last := toks[m.FirstTok+m.NTok-1].Key
	for p := range full {
		if full[p].Key != last {
			continue
		}
		q, k := m.FirstTok+m.NTok, p+1
		for k < len(full) && q < len(toks) && toks[q].Key == full[k].Key && !st.gap(toks[q-1], toks[q]) {
			q, k = q+1, k+1
		}
		if k == len(full) && k > p+1 {
			m.End, m.NTok = toks[q-1].End, q-m.FirstTok
		}
		break
	}
	return m
}

// firmOfCountry reports whether a country's name follows a word that
// makes a firm of it: "Air India", "Radio France", "Bank Austria".
func (st *docState) firmOfCountry(toks []text.Token, m gazetteer.Match, en *gazetteer.Entry) bool {
	return en.Type == gazetteer.Place && en.IsCountry() && m.FirstTok > 0 && countryFirmWords[toks[m.FirstTok-1].Key] && toks[m.FirstTok-1].Upper
}

// orgAfterWord reports whether the gazetteer's organisation en, matched
// by one word, may have a capitalised word before it that makes another
// ("Senate Majority", "Social Democrats" are not the Democrats): not
// after the sentence's first word ("Like Wikipedia, ..."), and not when
// the word is a plural alias ("Senate Democrats" are people of the party,
// a group the party stands for).
func (st *docState) orgAfterWord(bi int, m gazetteer.Match, en *gazetteer.Entry) bool {
	if en.Type != gazetteer.Organization || m.NTok != 1 || m.FirstTok < 1 || st.sentenceStart(bi, m.FirstTok-1) {
		return false
	}
	w := st.text[m.Start:m.End]
	return !(strings.HasSuffix(w, "s") && w != en.Name)
}

// resolveSurnames links a surname alone to the person it stands for: the
// person of that surname named in full earlier in the article, else the
// only gazetteer person with that surname.
func (st *docState) resolveSurnames() {
	covered := st.coveredTokens()
	// discoveredWithSurname of each word, once: the passes below add no
	// discovered person (a fiftieth of extraction's time when each
	// capitalised word read every entity's name)
	bySurname := st.discoveredSurnames()
	for bi := range st.blocks {
		bl := &st.blocks[bi]
		startAt := func(k int) bool { return st.sentenceStart(bi, k) }
		for _, m := range st.gazNames[bi] {
			if m.Via != gazetteer.ViaSurname || covered[bl.toks[m.FirstTok].Start] {
				continue
			}
			mm := mention{start: m.Start, end: m.End, via: m.Via, block: bi, tok: m.FirstTok, ntok: m.NTok}
			var pick *gazetteer.Entry
			for _, en := range m.Entries {
				if e := st.entities[en.ID]; e != nil {
					pick = en
					break
				}
			}
			// a surname alone is the gazetteer's person unless someone the
			// article names in full has it ("Councillor Raj Patel ...
			// Patel's motion" is not Kash Patel)
			if pick == nil && loneSurnameOK(st.text, bl.toks, m.FirstTok, startAt) &&
				bySurname[bl.toks[m.FirstTok+m.NTok-1].Key] == "" {
				pick = st.pickBySurname(m)
			}
			if pick != nil {
				st.addEntry(mm, pick)
			}
		}
		// surnames of discovered people
		for ti, t := range bl.toks {
			if !t.Upper || covered[t.Start] {
				continue
			}
			if id := bySurname[t.Key]; id != "" && !st.insideMention(t.Start) && !insideLongerName(st.text, bl.toks, ti, startAt) &&
				!st.firmFirst(t, id) {
				e := st.entities[id]
				st.addMention(mention{start: t.Start, end: t.End, id: id, typ: timeline.Person, via: gazetteer.ViaSurname, block: bi, tok: ti, ntok: 1}, e.Name, nil, "", "", true)
			}
		}
	}
}

// companyFirstWords gives a discovered company's first word, standing
// alone later, to the company: "Zenara said" after "Zenara Bank Plc",
// "for Vitalis" after "Vitalis Saude SA". Only a company (a name with a
// legal form or corporate word to shorten, names.ShortForms) whose first
// word is no common word (a given name may be: "Sakura Pharmaceutical
// Co"), and that no other company of the article shares.
func (st *docState) companyFirstWords() {
	var short map[string]string // folded first word -> entity id ("" when shared)
	for _, id := range st.order {
		e := st.entities[id]
		if !e.Discovered || e.Type != timeline.Organization {
			continue
		}
		first, _, ok := strings.Cut(e.Name, " ")
		key := timeline.Fold(first)
		if !ok || len(key) < 3 || !names.NameWord(key) || names.CommonWord(key) || len(names.ShortForms(e.Name)) == 0 {
			continue
		}
		if short == nil {
			short = map[string]string{}
		}
		if prev, seen := short[key]; seen && prev != id {
			id = ""
		}
		short[key] = id
	}
	if len(short) == 0 {
		return
	}
	covered := st.coveredTokens()
	for bi := range st.blocks {
		bl := &st.blocks[bi]
		startAt := func(k int) bool { return st.sentenceStart(bi, k) }
		for ti, t := range bl.toks {
			id := short[t.Key]
			if id == "" || !t.Upper || t.Caps || covered[t.Start] || insideLongerName(st.text, bl.toks, ti, startAt) || placeAfter(bl.toks, ti) {
				continue
			}
			st.addMention(mention{start: t.Start, end: t.End, id: id, typ: timeline.Organization, via: gazetteer.ViaName, block: bi, tok: ti, ntok: 1}, st.entities[id].Name, nil, "", "", true)
		}
	}
}

// placeAfter reports whether token i follows a preposition of where
// something is ("Police in Redhaven", "a rally near Kelby"), not after a
// stake ("shares in Zenara"): there the first word of a company named
// after its town ("Redhaven Rovers") is the town.
func placeAfter(toks []text.Token, i int) bool {
	if i < 1 || !wherePreps[toks[i-1].Key] || toks[i-1].Upper {
		return false
	}
	return i < 2 || !stakeWords[toks[i-2].Key]
}

// namedInFull gives a gazetteer person's one-word mentions (an alias or
// surname: "Patel") to the person the article names in full with that
// surname ("Councillor Raj Patel"), when the gazetteer's person is never
// named there with more than that word; and a place's too, when no
// mention of it follows a locative ("Professor Ana Lima ... Lima said"
// is her, not Peru's capital; "flew to Lima" stays the city).
func (st *docState) namedInFull() {
	for _, id := range slices.Clone(st.order) {
		e := st.entities[id]
		if e.Discovered || len(e.Mentions) == 0 || e.Type == timeline.Place && st.placeSomewhere(id) || e.Type == timeline.Organization {
			continue
		}
		key := timeline.Fold(e.Mentions[0].Text)
		if strings.Contains(key, " ") || slices.ContainsFunc(e.Mentions, func(m timeline.Mention) bool { return timeline.Fold(m.Text) != key }) {
			continue
		}
		to := st.discoveredWithSurname(key)
		if to == "" {
			continue
		}
		st.mergeEntity(id, to, gazetteer.ViaSurname)
	}
}

// placeSomewhere reports whether a mention of place id follows a
// locative preposition ("in Lima", "to Lima"): somewhere, not someone.
func (st *docState) placeSomewhere(id string) bool {
	for _, m := range st.mentions {
		if m.id == id && m.tok > 0 && locatives[st.blocks[m.block].toks[m.tok-1].Key] {
			return true
		}
	}
	return false
}

// mergeEntity gives every mention of entity from to entity to, as
// mentions found via via, and forgets from.
func (st *docState) mergeEntity(from, to string, via gazetteer.Via) {
	t := st.entities[to]
	for k := range st.mentions {
		if st.mentions[k].id == from {
			// (and its type: "Lima" of Peru given to Ana Lima is a person)
			st.mentions[k].id, st.mentions[k].entry, st.mentions[k].via, st.mentions[k].typ = to, nil, via, t.Type
		}
	}
	t.Mentions = append(t.Mentions, st.entities[from].Mentions...)
	slices.SortFunc(t.Mentions, func(a, b timeline.Mention) int { return a.Start - b.Start })
	delete(st.entities, from)
	st.order = slices.DeleteFunc(st.order, func(x string) bool { return x == from })
}

// joinAcronyms gives an organisation named by an acronym alone ("the
// ONS said") to the organisation named before whose capitalised words it
// is the initials of ("the Office for National Statistics"), when exactly
// one is.
func (st *docState) joinAcronyms() {
	for _, id := range slices.Clone(st.order) {
		e := st.entities[id]
		if e == nil || e.Type != timeline.Organization || !e.Discovered || !isAcronym(e.Name, 2) || len(e.Mentions) == 0 {
			continue
		}
		to := ""
		for _, other := range st.order {
			o := st.entities[other]
			if o == nil || other == id || o.Type != timeline.Organization || len(o.Mentions) == 0 || initials(o.Name) != e.Name {
				continue
			}
			if to != "" {
				to = ""
				break
			}
			to = other
		}
		if to != "" && st.entities[to].Mentions[0].Start < e.Mentions[0].Start {
			t := st.entities[to]
			if !slices.Contains(t.Aliases, e.Name) {
				t.Aliases = append(t.Aliases, e.Name)
			}
			st.mergeEntity(id, to, gazetteer.ViaName)
		}
	}
}

// initials are the first letters of a name's capitalised words ("Office
// for National Statistics": ONS).
func initials(name string) string {
	var b strings.Builder
	for _, w := range strings.Fields(name) {
		if r := w[0]; r >= 'A' && r <= 'Z' {
			b.WriteByte(r)
		}
	}
	return b.String()
}

// theShortName reads "the Bank", "the Academy", "the Commission" as the
// organisation named before whose name begins or ends with that word
// ("the Bank of England ... the Bank", "the Air Force Academy ... the
// Academy"), when exactly one does.
func (st *docState) theShortName() {
	covered := st.coveredTokens()
	for bi := range st.blocks {
		toks := st.blocks[bi].toks
		for i := 1; i < len(toks); i++ {
			t := toks[i]
			if toks[i-1].Key != "the" || !t.Upper || t.Caps || covered[t.Start] || !orgHeads[t.Key] && !orgStarts[t.Key] ||
				i+1 < len(toks) && toks[i+1].Upper && !st.gap(t, toks[i+1]) {
				continue
			}
			named := st.orgNamedWith(t.Key, t.Start)
			if named == nil {
				continue
			}
			e := st.entities[named.id]
			st.addMention(mention{start: t.Start, end: t.End, id: named.id, typ: timeline.Organization, via: gazetteer.ViaName, entry: named.entry, block: bi, tok: i, ntok: 1}, e.Name, nil, "", "", e.Discovered)
			covered[t.Start] = true
		}
	}
}

// orgNamedWith is a mention of the one organisation mentioned before
// offset off whose name of two words or more begins or ends with the
// folded word, or nil.
func (st *docState) orgNamedWith(word string, off int) *mention {
	var found *mention
	for k := range st.mentions {
		m := &st.mentions[k]
		if m.typ != timeline.Organization || m.start >= off || found != nil && m.id == found.id {
			continue
		}
		f := strings.Fields(timeline.Fold(st.entities[m.id].Name))
		if len(f) < 2 || f[0] != word && f[len(f)-1] != word {
			continue
		}
		if found != nil {
			return nil // two: which one is not clear
		}
		found = m
	}
	return found
}

// discoveredWithSurname is the first discovered person named in full
// whose last word folds to key, or "".
func (st *docState) discoveredWithSurname(key string) string {
	for _, id := range st.order {
		if sn := discoveredSurname(st.entities[id]); sn != "" && sn == key {
			return id
		}
	}
	return ""
}

// discoveredSurnames is discoveredWithSurname of every surname, by
// surname.
func (st *docState) discoveredSurnames() map[string]string {
	out := map[string]string{}
	for _, id := range st.order {
		if sn := discoveredSurname(st.entities[id]); sn != "" && out[sn] == "" {
			out[sn] = id
		}
	}
	return out
}

// discoveredSurname is the last word, folded, of a discovered person
// named with more than one word, or "".
func discoveredSurname(e *timeline.Entity) string {
	if !e.Discovered || e.Type != timeline.Person {
		return ""
	}
	if f := strings.Fields(timeline.Fold(e.Name)); len(f) > 1 {
		return f[len(f)-1]
	}
	return ""
}

// firmFirst reports whether a word that is the surname of the person id
// stands before that person is named, after an organisation named with
// it as its first word ("Halvorsen Motors announced ... In a statement,
// Halvorsen said ... founded in 1972 by Ingrid Halvorsen"): the firm's
// short name, not the founder yet.
func (st *docState) firmFirst(t text.Token, person string) bool {
	if firstAt(st.entities[person]) < t.Start {
		return false
	}
	for _, id := range st.order {
		e := st.entities[id]
		if e.Type == timeline.Organization && firstAt(e) < t.Start {
			if f := strings.Fields(timeline.Fold(e.Name)); len(f) > 1 && f[0] == t.Key {
				return true
			}
		}
	}
	return false
}

// firstAt is where the text first mentions e.
func firstAt(e *timeline.Entity) int {
	first := -1
	for _, m := range e.Mentions {
		if first < 0 || m.Start < first {
			first = m.Start
		}
	}
	return first
}

// loneSurnameOK decides whether a gazetteer person's surname may stand for
// them when the article never names them in full. Surnames that are also
// months, numerals or short words ("May", "X") never do, and neither does a
// surname standing inside a longer capitalised name ("Apple Store", "Martin
// Luther King", "Mac OS X"): that is someone or something else.
func loneSurnameOK(text string, toks []text.Token, i int, startAt func(int) bool) bool {
	t := toks[i]
	if len(t.Key) < 4 || notNames[t.Key] || romanNumeral(t.Key) {
		return false
	}
	// "Houthi attacks", "Kennedy family": a name before the group or
	// deeds it names is not the person
	if i+1 < len(toks) && !t.Possessive && followerNouns[toks[i+1].Key] && text[t.End:toks[i+1].Start] == " " {
		return false
	}
	return !insideLongerName(text, toks, i, startAt)
}

// pickBySurname chooses the gazetteer person a surname alone stands for
// when nobody in the article is named in full with it: the only one, or,
// among several who share a rare surname ("Macron", "Trump"), the one
// whose country the article names, then one in office, then the first
// listed. A frequent surname ("Johnson") shared by several is anybody's.
func (st *docState) pickBySurname(m gazetteer.Match) *gazetteer.Entry {
	if len(m.Entries) == 1 {
		return m.Entries[0]
	}
	if names.CommonSurname(timeline.Fold(st.text[m.Start:m.End])) {
		return nil
	}
	var best *gazetteer.Entry
	bestScore := -1
	for _, en := range m.Entries {
		score := 0
		if en.Country != "" && st.countryNamed(en.Country) {
			score += 2
		}
		if en.Role != "" && !strings.HasPrefix(en.Role, "Former ") {
			score++
		}
		if score > bestScore {
			best, bestScore = en, score
		}
	}
	return best
}

// designation reports whether a gazetteer match is glued by a hyphen to
// a number: "K2-291b", "Kepler-22b" name a planet or a model, not the
// name.
func (st *docState) designation(bl *block, m gazetteer.Match) bool {
	e := m.FirstTok + m.NTok
	return e < len(bl.toks) && st.text[bl.toks[e-1].End:bl.toks[e].Start] == "-" && st.text[bl.toks[e].Start] >= '0' && st.text[bl.toks[e].Start] <= '9'
}

// insideLongerName reports whether the word at i is part of a longer
// name: a capitalised word right after it or before it (not a title or
// role: "Martin Luther King", "Apple Store"), or a name particle before it
// ("Pieter van der Berg", "Ana de la Cruz"): that is someone else's name,
// or the full name the surname stands in.
func insideLongerName(text string, toks []text.Token, i int, startAt func(int) bool) bool {
	t := toks[i]
	if i+1 < len(toks) && toks[i+1].Upper && !t.Possessive && strings.TrimSpace(text[t.End:toks[i+1].Start]) == "" {
		return true
	}
	// "Brandt-Moser": a half of a hyphenated name is inside it
	if i+1 < len(toks) && toks[i+1].Upper && text[t.End:toks[i+1].Start] == "-" || i > 0 && toks[i-1].Upper && text[toks[i-1].End:t.Start] == "-" {
		return true
	}
	if i == 0 {
		return false
	}
	p := toks[i-1]
	// "Faisal bin Nasser al-Saud": a particle glued on by a hyphen
	if between := strings.TrimSpace(text[p.End:t.Start]); between != "" {
		return between == "-" && !p.Upper && nameParticles[p.Key] && i > 1 && toks[i-2].Upper
	}
	if !p.Upper && nameParticles[p.Key] {
		return true
	}
	// "While Witkoff spoke", "After Macron left": a function word opening
	// the sentence is no given name
	return hasUpper(text[p.Start:p.End]) && !startAt(i) && !p.Possessive && !roleWords[p.Key] && !(notNames[p.Key] && startAt(i-1))
}

func hasUpper(s string) bool {
	for _, r := range s {
		if unicode.IsUpper(r) {
			return true
		}
	}
	return false
}

func romanNumeral(k string) bool {
	return strings.Trim(k, "ivxlc") == ""
}

func (st *docState) coveredTokens() map[int]bool {
	n := 0
	for _, m := range st.mentions {
		n += m.ntok
	}
	c := make(map[int]bool, n) // sized once: growing it was 4% of extraction's time
	for _, m := range st.mentions {
		bl := &st.blocks[m.block]
		for k := m.tok; k < m.tok+m.ntok && k < len(bl.toks); k++ {
			c[bl.toks[k].Start] = true
		}
	}
	return c
}

func (st *docState) insideMention(off int) bool {
	for _, m := range st.mentions {
		if m.start <= off && off < m.end {
			return true
		}
	}
	return false
}

// eventID is stable across runs and stores.
func eventID(articleID string, s span) string {
	h := sha256.Sum256([]byte(articleID + "\x00" + strconv.Itoa(s.Start) + ":" + strconv.Itoa(s.End)))
	return "ev:" + hex.EncodeToString(h[:8])
}
