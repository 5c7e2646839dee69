package extract

import (
	"slices"
	"sort"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/storygraph/storygraph/timeline"
	"github.com/storygraph/storygraph/timeline/article"
	"github.com/storygraph/storygraph/timeline/gazetteer"
	"github.com/storygraph/storygraph/timeline/text"
	"github.com/storygraph/storygraph/timeline/timex"
)

// The event pass reads each body sentence with the stages in order
// (sentenceEvent): clause.go, trigger.go, cast.go, dating.go,
// happening.go, modality.go, then buildEvent. Happening or not, each
// sentence then leaves what the sentences after it need in the memory
// (memory.go), in one step.

// events finds the happenings each body sentence reports.
func (st *docState) events(articleID string) []timeline.Event {
	out := []timeline.Event{}
	mem := newMemory(st.publishedDate())
	st.lastSol = st.latestSol()
	var s sentence // one for the article, filled anew for each sentence
	// told are the sentences that reported a happening: a page that
	// repeats its summary as the body's first paragraph tells it once
	told := map[string]bool{}
	met := "" // the day of the last meeting or talks told (sameTalks)
	for bi := range st.blocks {
		bl := &st.blocks[bi]
		if who, ok := st.speakerLabel(bi); ok {
			mem.antecedents.speaker = who // "Vladimir Putin: ..." speaks until the next label
		}
		if bl.kind != article.Kind("paragraph") && bl.kind != article.Kind("list-item") && bl.kind != article.Kind("quote") {
			continue
		}
		mem.newParagraph()
		for i, sp := range bl.sentences {
			// (a line opening on "he", "they" goes on with a line before
			// that named someone; s is still that line)
			if i > 0 && bl.lines && strings.Contains(st.text[bl.sentences[i-1].End:sp.Start], "\n") && !goesOn(st.text[sp.Start:sp.End], &s) {
				mem.newParagraph()
			}
			st.readSentence(&s, bi, sp)
			ev, ok := st.sentenceEvent(articleID, &s, mem)
			s.asideOnly = st.asideOnly(&s)
			mem.remember(&s)
			if ok && told[s.text] {
				continue
			}
			if ok && st.sameTalks(&s, ev, met) {
				out = append(out, st.joinedEvents(articleID, &s, ev)...)
				continue
			}
			if ok && (ev.Kind == timeline.KindMeeting || ev.Kind == timeline.KindNegotiation) && ev.Status == timeline.StatusHappened {
				met = ev.Date
			}
			if ok {
				told[s.text] = true
				out = append(out, st.leadingEvents(articleID, &s, ev)...)
				out = append(out, ev)
				out = append(out, st.joinedEvents(articleID, &s, ev)...)
				out = append(out, st.bornEvents(articleID, &s, &ev)...)
			} else if s.read {
				out = append(out, st.bornEvents(articleID, &s, nil)...)
			}
		}
	}
	return out
}

// sameTalks reports whether a sentence tells only what was discussed at
// the meeting or talks the article told last, on the same day: "The
// leaders spoke on Monday. ... We discussed these issues in detail
// today", "They also discussed energy security" (the subject is who met,
// named by no name; the discussion is about no happening of its own,
// as "discussed the summit to be held in May" or "discussed the attacks
// overnight" are). Its joined happenings are still told.
func (st *docState) sameTalks(s *sentence, ev timeline.Event, met string) bool {
	if met == "" || ev.Date != met || s.kind != timeline.KindNegotiation || s.trig < 0 || !discussVerbs[s.toks[s.trig].Key] {
		return false
	}
	for q := 1; q < s.trig; q++ {
		if s.toks[q].Upper {
			return false // "Rubio and Lavrov discussed ..."
		}
	}
	for q := s.trig + 1; q < len(s.toks); q++ {
		_, noun := happeningNouns[s.toks[q].Key]
		if _, ok := triggerAt(s, q); ok || noun {
			return false
		}
	}
	return true
}

// speakerLabel reports whether the block opens with a transcript's
// speaker label ("Vladimir Putin: Good afternoon, colleagues.", "Maxim
// Reshetnikov: Mr President, ..."), and whose: a person named first,
// then a colon. ok with an empty name is a label of no known person
// ("Question: ..."), which ends the last one's turn.
func (st *docState) speakerLabel(bi int) (string, bool) {
	bl := &st.blocks[bi]
	colon := strings.IndexByte(st.text[bl.start:bl.end], ':')
	if colon <= 0 || colon > 60 || strings.ContainsAny(st.text[bl.start:bl.start+colon], ".,;!?\n") {
		return "", false
	}
	for _, m := range st.mentionsIn(span{bl.start, bl.start + colon}) {
		if m.typ == timeline.Person && m.end == bl.start+colon {
			return st.entities[m.id].Name, true
		}
	}
	return "", true
}

// continuesLine reports whether a line of a block written a paragraph a
// line opens on a pronoun for someone named before, or "the pair", "the
// leaders" ("Zelenskyy visited Tovrin on Wednesday.\nHe met rescuers
// there."): it cannot stand on its own, so it goes on with the line
// before, and its date.
//
// So does a line whose subject did something "also" ("The Foreign
// Secretary also met the Emir of Qatar" after the line of her meeting
// in Doha on 19 October): the same round of happenings.
func continuesLine(line string) bool { return continues(lineOpening(line)) }

// lineOpening is the first words of a line, in lower case.
func lineOpening(line string) []string {
	return strings.Fields(strings.ToLower(line[:min(len(line), 48)]))
}

// continues is continuesLine of a line's opening words w.
func continues(w []string) bool {
	if len(w) > 0 && lineContinuers[w[0]] || len(w) > 1 && lineContinuers[w[0]+" "+w[1]] {
		return true
	}
	for i := 1; i < len(w) && i < 5; i++ {
		if w[i] == "also" {
			return true
		}
	}
	return false
}

// goesOn reports whether a line of a block written a paragraph a line
// goes on with the line before, whose sentence s still holds: it
// continues it (continuesLine) and the line before named someone; a
// saying "also" made goes on only from a saying ("He said ...\nJobs also
// announced ..."), not from the backstory a line told ("Under Lunde,
// Brennvik returned to profit last year.\nBrennvik also said ...").
func goesOn(line string, s *sentence) bool {
	w := lineOpening(line)
	if !continues(w) || !namesPerson(s.parts) {
		return false
	}
	for i := 1; i+1 < len(w) && i < 5; i++ {
		if w[i] == "also" && reportVerbs[w[i+1]] {
			return s.kind == timeline.KindStatement
		}
	}
	return true
}

// namesPerson reports whether a sentence's cast has a person in it.
func namesPerson(parts []timeline.Participant) bool {
	return slices.ContainsFunc(parts, func(p timeline.Participant) bool { return p.Type == timeline.Person })
}

// sentence is one body sentence as the stages read it. readSentence fills
// in what it is; each stage then fills its own part, in order.
type sentence struct {
	block int
	span  span
	text  string
	toks  []text.Token
	// read is false for a sentence turned away unread (unreadRules).
	read bool
	// exprs are its time expressions; the dating stage orders them by
	// relevance and drops those that date something else. found are the
	// same as written, in text order.
	exprs, found []timex.Expr

	// the clause stage, before the trigger (markAsides)
	aside   map[int]bool // tokens in a quote, a relative clause or a leading phrase
	rel     []span       // relative clauses, and participle phrases after cutClause
	leadEnd int          // where a leading "Following ..., " phrase ends, else span.Start

	// the trigger stage
	kind    timeline.Kind
	trig    int // the trigger's token, or -1
	speaker int // the reporting verb's token, or -1
	came    int // "came" of "<happening> came a week after <trigger>", or 0 (cameAfter)
	// toldAbout is the "on" or "about" of "briefed the minister on the
	// attack on Monday" when the attack is the happening, or 0: who is
	// named between the saying and it is told, not acting
	toldAbout int

	// the clause stage, after the trigger (cutClause)
	clause    []text.Token // the trigger's clause: toks up to a joined clause
	clauseEnd int
	// join is where a second happening joins the main one ("... in 2003
	// and took four months off in late 2008", "met X and signed Y", ", as
	// drones struck Sumy"): the token of "and", "as" or "while", or 0
	// (joinPoint, joinedEvents)
	join        int
	joinVerb    int    // the joined happening's trigger
	joinShared  bool   // the date after the join is the main happening's too
	joinSubject int    // where the joined clause's own subject starts (", as drones struck ..."), or 0
	joinPlanned bool   // the joined happening is one still to come ("the summit to be held in May")
	settingEnd  int    // the token after an opening "During ...," phrase, or 0 (pickTrigger passes over it)
	lastNamed   dated  // the last date the sentence before named (memory.lastNamed)
	paraIsNews  bool   // no sentence of the paragraph has dated it yet
	reduced     []span // participle phrases after the trigger

	// the cast stage
	mentions        []mention
	orgNamed        string                 // the first organisation the sentence names, taking part or not
	orgOpens        bool                   // the sentence opens with orgNamed: its subject
	parts           []timeline.Participant // as found; buildEvent settles the speaker's role
	places          []string
	hasActor        bool
	onlyAntecedents bool // the actors are all pronouns
	// asideOnly are the people named only in a quote or an aside: no
	// antecedents for the sentences after it (memory.remember)
	asideOnly map[string]bool

	// the dating stage
	date                  dated
	dateText, clock, zone string
	future                bool // a future time expression in the trigger's clause
	explicit              bool // a date of its own
	since                 bool // "since October"
	timed                 bool // a date or a time of day of its own
	datesParagraph        bool // its date is the paragraph's from now on

	// the modality stage
	status            timeline.Status
	certainty         timeline.Certainty
	assertedBy        string
	speakerNamedAfter bool // "..., said Zelenskyy": the speaker acts
}

// readSentence makes s the sentence sp of block bi, ready for the
// stages, unless a rule turns it away unread.
func (st *docState) readSentence(s *sentence, bi int, sp span) {
	*s = sentence{block: bi, span: sp, text: st.text[sp.Start:sp.End], toks: tokensIn(st.blocks[bi].toks, sp), trig: -1, speaker: -1}
	if st.firstRule(unreadRules, s) != "" {
		return
	}
	s.read = true
	s.exprs = st.sentenceTimes(sp)
	s.found = s.exprs
}

// sentenceEvent runs the stages on a sentence; false when it reports
// no happening. The stages read the memory of the sentences before (mem);
// none changes it.
func (st *docState) sentenceEvent(articleID string, s *sentence, mem memory) (timeline.Event, bool) {
	if !s.read {
		return timeline.Event{}, false
	}
	markAsides(s)                   // clause.go: quotes, relative clauses, a leading phrase
	pickTrigger(s)                  // trigger.go: the kind of happening
	st.cutClause(s)                 // clause.go: the trigger's own clause
	st.findCast(s, mem.antecedents) // cast.go: who takes part, and where
	s.lastNamed, s.paraIsNews = mem.lastNamed, mem.paraIsNews
	st.dateSentence(s, mem.dateBefore(s)) // dating.go: when
	if st.firstRule(notHappening, s) != "" {
		return timeline.Event{}, false // happening.go
	}
	st.modality(s) // modality.go: status, certainty, speaker
	st.pastWeek(s)
	st.newVoiceNow(s, mem.antecedents.one)
	return st.buildEvent(articleID, s), true
}

// buildEvent makes the event of a sentence through all the stages. A
// meeting or talks with no place in the sentence happen where the section
// heading or the title places them; a claim keeps its reporting verb
// ("denied") and marks its source; agents come first.
func (st *docState) buildEvent(articleID string, s *sentence) timeline.Event {
	topics := st.topicsOf(s.block, s.toks, s.parts, s.kind)
	places := s.places
	if len(places) == 0 && (s.kind == timeline.KindMeeting || s.kind == timeline.KindNegotiation) {
		places = st.settingPlaces(s.block)
	}
	verb := ""
	if s.trig >= 0 {
		verb = st.text[s.toks[s.trig].Start:s.toks[s.trig].End]
	}
	role := timeline.Role("")
	if s.speakerNamedAfter {
		role = timeline.RoleAgent
	}
	if s.speaker >= 0 && s.speaker != s.trig {
		verb = st.text[s.toks[s.speaker].Start:s.toks[s.speaker].End]
		role = timeline.RoleSource
	}
	parts := eventParticipants(s.parts, s.assertedBy, role)
	return timeline.Event{
		ID: eventID(articleID, s.span), Date: s.date.date, Precision: s.date.precision, DateBasis: s.date.basis, DateText: s.dateText,
		Time: s.clock, Timezone: s.zone, Kind: s.kind, Status: s.status, Certainty: s.certainty, AssertedBy: s.assertedBy,
		Verb: verb, Summary: summarize(s.text, s.exprs), Participants: parts, Places: nonNil(places),
		Topics: topics, Sentence: s.text, Start: s.span.Start, End: s.span.End,
	}
}

// settingPlaces are where the section heading or the title places a
// meeting ("Face-Off in the Swiss Alps", "Steve Witkoff at Davos"). Not
// the dateline: it says where the story was filed, and a phone call from
// Ankara is not in Kyiv.
func (st *docState) settingPlaces(bi int) []string {
	var places []string
	if h := st.blocks[bi].heading; h >= 0 {
		places = st.placesOfBlock(h)
	}
	for ti := range st.blocks {
		if st.blocks[ti].kind == article.KindTitle {
			for _, p := range st.placesOfBlock(ti) {
				// a city or site, not the countries a title names
				if e := st.entities[gazetteer.ID(string(timeline.Place), p)]; e != nil && e.Country != "" && !slices.Contains(places, p) {
					places = append(places, p)
				}
			}
		}
	}
	return places
}

func nonNil(s []string) []string {
	if s == nil {
		return []string{}
	}
	return s
}

// eventParticipants are the cast's participants with the speaker's role
// settled (role, for those named speaker; none when role is "") and
// agents first. They are a copy when that changes them: the memory keeps
// the cast's.
func eventParticipants(cast []timeline.Participant, speaker string, role timeline.Role) []timeline.Participant {
	if cast == nil {
		return []timeline.Participant{}
	}
	changes := !slices.IsSortedFunc(cast, byRole)
	for _, p := range cast {
		changes = changes || role != "" && p.Name == speaker && p.Role != role
	}
	if !changes {
		return cast
	}
	parts := slices.Clone(cast)
	for k := range parts {
		if role != "" && parts[k].Name == speaker {
			parts[k].Role = role
		}
	}
	slices.SortStableFunc(parts, byRole) // keeps text order otherwise
	return parts
}

// roleRank orders participants in an event: agents, counterparts, subjects
// (a source, unranked, stands with the agents).
var roleRank = map[timeline.Role]int{timeline.RoleAgent: 0, timeline.RoleCounterpart: 1, timeline.RoleSubject: 2}

func byRole(a, b timeline.Participant) int { return roleRank[a.Role] - roleRank[b.Role] }

// leadingEvents reads the happenings a sentence names before its main
// clause: "Following the state tour of Estonia and the Baltic forum,
// Ingrid Solberg answered questions" reports the tour and the forum as
// well. Each is an event of its own, with the main event's date and actors
// and the places of its own phrase.
func (st *docState) leadingEvents(articleID string, s *sentence, main timeline.Event) []timeline.Event {
	toks := s.toks
	phraseEnd := leadPhraseEnd(s.text, toks, s.span.Start)
	if phraseEnd < 0 || len(toks) < 4 {
		return nil
	}
	var out []timeline.Event
	segStart := 1
	for k := 1; k < len(toks) && toks[k].Start < phraseEnd; k++ {
		last := k+1 >= len(toks) || toks[k+1].Start >= phraseEnd || toks[k+1].Key == "and"
		if !last {
			continue
		}
		// the segment [segStart, k] names one happening by its head noun
		var kind timeline.Kind
		head := ""
		for q := segStart; q <= k; q++ {
			if w, ok := triggers[toks[q].Key]; ok && leadKinds[w] && !strings.HasSuffix(toks[q].Key, "ed") {
				kind, head = w, st.text[toks[q].Start:toks[q].End]
			}
		}
		if kind != "" {
			seg := span{toks[segStart].Start, toks[k].End}
			var places []string
			var named []timeline.Participant
			for _, m := range st.mentionsIn(seg) {
				switch {
				case m.typ == timeline.Place && m.via != gazetteer.ViaDemonym:
					places = append(places, st.entities[m.id].Name)
				case m.typ == timeline.Person || m.typ == timeline.Organization:
					named = append(named, timeline.Participant{Name: st.entities[m.id].Name, Type: m.typ, Role: "counterpart"})
				}
			}
			ev := main
			ev.ID = eventID(articleID, s.span) + "." + strconv.Itoa(len(out)+1)
			phrase := st.text[seg.Start:seg.End]
			ev.Kind, ev.Verb, ev.Status, ev.Certainty, ev.AssertedBy = kind, head, timeline.StatusHappened, timeline.CertaintyAsserted, ""
			r, size := utf8.DecodeRuneInString(phrase)
			ev.Summary = string(unicode.ToUpper(r)) + phrase[size:]
			ev.Topics = append([]string{}, main.Topics...)
			ev.Places = nonNil(places)
			ev.Participants = nil
			for _, p := range main.Participants {
				if p.Role == "agent" || p.Role == "source" {
					ev.Participants = append(ev.Participants, timeline.Participant{Name: p.Name, Type: p.Type, Role: "agent"})
				}
			}
			ev.Participants = append(ev.Participants, named...)
			if ev.Participants == nil {
				ev.Participants = []timeline.Participant{}
			}
			out = append(out, ev)
		}
		segStart = k + 2 // past "and"
	}
	return out
}

func tokensIn(toks []text.Token, s span) []text.Token {
	lo := sort.Search(len(toks), func(i int) bool { return toks[i].Start >= s.Start })
	hi := sort.Search(len(toks), func(i int) bool { return toks[i].Start >= s.End })
	return toks[lo:hi]
}

func tokIndex(toks []text.Token, off int) int {
	return sort.Search(len(toks), func(i int) bool { return toks[i].Start >= off })
}

func (st *docState) mentionsIn(s span) []mention {
	lo := sort.Search(len(st.mentions), func(i int) bool { return st.mentions[i].start >= s.Start })
	var out []mention
	for i := lo; i < len(st.mentions) && st.mentions[i].start < s.End; i++ {
		out = append(out, st.mentions[i])
	}
	return out
}

func (st *docState) placesOfBlock(bi int) []string {
	bl := &st.blocks[bi]
	var out []string
	for _, m := range st.mentionsIn(span{bl.start, bl.end}) {
		if m.typ == timeline.Place {
			out = append(out, st.entities[m.id].Name)
		}
	}
	return out
}

// summarize makes a one-line summary: the sentence without a leading time
// phrase ("On January 22, 2026, "), shortened at a word boundary.
func summarize(sentence string, exprs []timex.Expr) string {
	s := sentence
	if len(exprs) > 0 && exprs[0].Start <= 3 {
		rest := strings.TrimLeft(s[exprs[0].End:], " ,")
		// not "Today’s declaration" -> "’s declaration"
		if r, size := utf8.DecodeRuneInString(rest); rest != "" && unicode.IsLetter(r) {
			s = string(unicode.ToUpper(r)) + rest[size:]
		}
	}
	const max = 160
	if len(s) > max {
		cut := strings.LastIndexByte(s[:max], ' ')
		if cut < max/2 {
			cut = max
		}
		for cut > 0 && cut < len(s) && s[cut]&0xC0 == 0x80 {
			cut--
		}
		s = strings.TrimRight(s[:cut], " ,;:") + "…"
	}
	return s
}

func remove(list []string, s string) []string {
	out := list[:0]
	for _, l := range list {
		if l != s {
			out = append(out, l)
		}
	}
	return out
}
