package extract

import (
	"slices"
	"sort"
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/storygraph/storygraph/timeline"
	"github.com/storygraph/storygraph/timeline/article"
	"github.com/storygraph/storygraph/timeline/gazetteer"
	"github.com/storygraph/storygraph/timeline/text"
	"github.com/storygraph/storygraph/timeline/timex"
)

// events finds the happenings each body sentence reports.
func (st *docState) events(articleID string) []timeline.Event {
	out := []timeline.Event{}
	var mem antecedents
	ctxDate := st.publishedDate()
	for bi := range st.blocks {
		bl := &st.blocks[bi]
		if bl.kind != article.Kind("paragraph") && bl.kind != article.Kind("list-item") && bl.kind != article.Kind("quote") {
			continue
		}
		paraDate := ctxDate
		for _, s := range bl.sentences {
			ev, ok := st.sentenceEvent(articleID, bi, s, &paraDate, &mem)
			if ok {
				out = append(out, st.leadingEvents(articleID, bi, s, ev)...)
				out = append(out, ev)
			}
		}
	}
	return out
}

type dated struct {
	date      string
	precision timex.Precision
	basis     timeline.DateBasis
}

func (st *docState) publishedDate() dated {
	if st.ref.IsZero() {
		return dated{basis: timeline.BasisNone}
	}
	return dated{date: st.ref.Format(time.DateOnly), precision: timex.Day, basis: timeline.BasisPublished}
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

// sentenceEvent reads one sentence; ok is false when it reports no happening.
// antecedents are the people a pronoun can stand for: the last person
// named, and the last group of people named together ("the pair").
type antecedents struct {
	one   string
	group []string
}

// remember updates the antecedents with the people of a sentence: "he"
// is the first person named, "the pair" the people acting together.
func (a *antecedents) remember(parts []timeline.Participant) {
	var people, agents []string
	for _, p := range parts {
		if p.Type != timeline.Person {
			continue
		}
		people = append(people, p.Name)
		if p.Role == "agent" {
			agents = append(agents, p.Name)
		}
	}
	if len(people) > 0 {
		a.one = people[0]
	}
	switch {
	case len(agents) > 1:
		a.group = agents
	case len(people) > 1:
		a.group = people
	}
}

func (st *docState) sentenceEvent(articleID string, bi int, s span, paraDate *dated, mem *antecedents) (timeline.Event, bool) {
	bl := &st.blocks[bi]
	toks := tokensIn(bl.toks, s)
	if len(toks) < 4 {
		return timeline.Event{}, false
	}
	sentence := st.text[s.Start:s.End]
	// "And so I can say that, following a ceasefire," or "The leaders
	// agreed the following:": a lead-in to what follows, not a happening
	// of its own. (A dash can end a whole clause: "Today's joint
	// declaration set that out in clear terms –".)
	if strings.HasSuffix(sentence, ",") || strings.HasSuffix(sentence, ":") {
		return timeline.Event{}, false
	}
	exprs := timex.Find(sentence, st.ref)

	// the trigger; words inside a direct quote count only when nothing
	// outside it does ("“They struck our cities,” Zelenskyy said" is his
	// statement)
	quoted := quotedTokens(sentence, s.Start, toks)
	// ", who hosted the previous rounds in May," is a relative clause about
	// someone, not the happening the sentence reports
	rel := relativeClauses(sentence, s.Start)
	for k, t := range toks {
		if inside(rel, t.Start, t.End) {
			if quoted == nil {
				quoted = map[int]bool{}
			}
			quoted[k] = true
		}
	}
	// "Following the visit ..., X answered": the leading phrase names
	// earlier happenings (see leadingEvents); the main clause decides
	leadEnd := s.Start
	if lead := leadPhraseEnd(sentence, toks, s.Start); lead > 0 {
		if comma := lead - s.Start; comma > 0 {
			leadEnd = s.Start + comma
			if quoted == nil {
				quoted = map[int]bool{}
			}
			for k := range toks {
				if toks[k].Start < s.Start+comma {
					quoted[k] = true
				}
			}
		}
	}
	outside := false
	for k, t := range toks {
		if _, ok := triggers[t.Key]; ok && !quoted[k] && triggerInContext(toks, k) && (!t.Upper || k == 0) {
			outside = true
			break
		}
	}
	var kind timeline.Kind
	trig := -1
	speaker := -1
	for k, t := range toks {
		w, ok := triggers[t.Key]
		if !ok || t.Upper && k > 0 || !triggerInContext(toks, k) || outside && quoted[k] {
			continue
		}
		if kind == "" {
			kind, trig = w, k
			if w == timeline.KindStatement {
				speaker = k
			}
			continue
		}
		// "X said Russian drones struck ...": the claim is the happening
		if kind == timeline.KindStatement && strongKinds[w] && speaker >= 0 && k > speaker+1 && pastTense(t.Key) {
			kind, trig = w, k
			break
		}
	}

	// A past happening keeps its date, status, certainty, places and
	// names whatever a clause joined after it with ", and" says: "The trek
	// began at 7:04 a.m. on Monday, and is expected to take up to 12 hours"
	// began last Monday; it is not scheduled or speculative.
	clause := toks
	past := false
	for k := max(trig, 0); trig >= 0 && k < len(toks); k++ {
		if toks[k].Key == "and" && past && k > 0 && strings.Contains(st.text[toks[k-1].End:toks[k].Start], ",") {
			clause = toks[:k]
			break
		}
		if _, ok := triggers[toks[k].Key]; ok && pastTense(toks[k].Key) {
			past = true
		}
	}
	clauseEnd := s.End
	if len(clause) < len(toks) {
		clauseEnd = toks[len(clause)].Start
	}
	// "agreements reached during the state visit to Astana in November
	// 2025": a participle phrase after the happening describes something
	// else, like a relative clause
	var reduced []span
	if kind != timeline.KindStatement {
		reduced = reducedRelatives(sentence, s.Start, toks, trig)
		rel = append(rel, reduced...)
	}
	ms := st.mentionsIn(s)
	var parts []timeline.Participant
	var places []string
	seen := map[string]bool{}
	hasActor := false
	// ", which still needs approval from regulators in the United States,"
	// is about something else: its places are not where it happens, and
	// its people and organisations take part only when the sentence names
	// nobody else ("the missile, which Russia calls Oreshnik").
	inRelative := func(m mention) bool { return inside(rel, m.start, m.end) }
	namedOutside := false
	for _, m := range ms {
		if (m.typ == timeline.Person || m.typ == timeline.Organization) && m.start >= leadEnd && !inRelative(m) {
			namedOutside = true
		}
	}
	for _, m := range ms {
		// nor do the names of a clause joined after a past happening
		// ("..., and analysts said Brussels could look at it too")
		if seen[m.id] || m.start < leadEnd || m.start >= clauseEnd || inRelative(m) && (m.typ == timeline.Place && st.metonym(m, toks) == "" || namedOutside) {
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
					parts = append(parts, timeline.Participant{Name: c, Type: timeline.Place, Role: "agent"})
					hasActor = true
				}
				continue
			}
			// "Russian strikes" involve Russia but do not happen there;
			// nor does "US Special Envoy ..." or "the US-led plan"
			if m.via != gazetteer.ViaDemonym && !st.placeAsModifier(m, toks) {
				places = append(places, e.Name)
			}
			continue
		}
		role := timeline.RoleSubject
		ti := tokIndex(toks, m.start)
		switch {
		case trig < 0 || ti < trig || ti > 0 && companions[toks[ti-1].Key]:
			role = "agent"
			hasActor = true
		case ti > 0 && counterpartPreps[toks[ti-1].Key], trig >= 0 && ti == trig+1:
			role = "counterpart"
			hasActor = true
		default:
			hasActor = true
		}
		parts = append(parts, timeline.Participant{Name: e.Name, Type: e.Type, Role: role})
	}
	// countries as actors: a demonym right before the trigger ("Russian
	// strikes"), or a country as the subject ("The UK and France will
	// establish", not "in Ukraine")
	if trig > 0 {
		for _, m := range st.x.Gazetteer.Names(toks[max(0, trig-2):trig]) {
			if en := m.Entries[0]; en.Type == gazetteer.Place && m.Via == gazetteer.ViaDemonym && !seen["actor:"+en.ID] {
				seen["actor:"+en.ID] = true
				parts = append(parts, timeline.Participant{Name: en.Name, Type: timeline.Place, Role: "agent"})
				hasActor = true
			}
		}
		for _, m := range ms {
			if m.typ != timeline.Place || m.entry == nil || m.entry.Kind != "country" || seen["actor:"+m.id] {
				continue
			}
			ti := tokIndex(toks, m.start)
			if ti >= trig || ti > 0 && (locatives[toks[ti-1].Key] || prepositions[toks[ti-1].Key] && toks[ti-1].Key != "and") {
				continue
			}
			// "US Special Envoy ...", "UK defence minister ...": the
			// country qualifies a title, it does not act
			if nx := ti + m.ntok; nx < len(toks) && (toks[nx].Upper || roleWords[toks[nx].Key]) {
				continue
			}
			seen["actor:"+m.id] = true
			parts = append(parts, timeline.Participant{Name: st.entities[m.id].Name, Type: timeline.Place, Role: "agent"})
			hasActor = true
		}
	}
	// a country acting is not where it happens ("The UK and France will
	// establish hubs across Ukraine" happens in Ukraine)
	for _, p := range parts {
		if p.Type == timeline.Place {
			places = remove(places, p.Name)
		}
	}
	// "He ...", "They ...", "The pair ...", "We ...": the people named before
	onlyAntecedents := false
	if len(peopleOf(parts)) == 0 {
		var names []string
		for k := 0; k < len(toks) && k < 4; k++ {
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
			// "I" and "we" are the speaker, whom a quote or a transcript
			// does not always name: an actor, but no name is guessed.
			switch {
			case pronounsOne[w] && mem.one != "":
				names = []string{mem.one}
			case pronounsMany[w] && len(mem.group) > 0:
				names = mem.group
			case firstPerson[w] || pronounsMany[w] || pronounsOne[w]:
				hasActor = true
			}
			break
		}
		var ps []timeline.Participant
		for _, n := range names {
			ps = append(ps, timeline.Participant{Name: n, Type: timeline.Person, Role: "agent"})
			hasActor = true
		}
		parts = append(ps, parts...)
		onlyAntecedents = hasActor && len(ps) == len(parts) || hasActor && len(parts) == 0
	}
	if !hasActor && trig > 0 {
		for k := 0; k < trig; k++ {
			if groupActors[toks[k].Key] && (!toks[k].Upper || k == 0) {
				hasActor = true
				break
			}
		}
	}
	mem.remember(parts)

	// the date: from the sentence, else from the paragraph so far, else
	// the publication date
	d := *paraDate
	d.basis = timeline.BasisContext
	if paraDate.basis == timeline.BasisPublished || paraDate.basis == timeline.BasisNone {
		d.basis = paraDate.basis
	}
	var clock, zone, dateText string
	future := false
	explicit, since := false, false
	exprs = orderByRelevance(exprs, s.Start, rel, toks, trig)
	// and its dates are not the happening's
	exprs = slices.DeleteFunc(exprs, func(e timex.Expr) bool { return inside(reduced, s.Start+e.Start, s.Start+e.End) })
	// "Nadella told analysts the deal would close by the end of June": the
	// date of what was said is not the date of the saying
	if kind == timeline.KindStatement && speaker >= 0 {
		if q := clauseMarker(toks, speaker); q > 0 {
			var own []timex.Expr
			for _, e := range exprs {
				if s.Start+e.Start < toks[q].Start {
					own = append(own, e)
				}
			}
			exprs = own
		}
		// "congratulated Putin on the holding of the forum last week",
		// "thanked them for the support given last year": an object
		// brought in by on/for/about/over carries its own time
		at := toks[speaker].End - s.Start
		exprs = slices.DeleteFunc(exprs, func(e timex.Expr) bool {
			if e.Start < at {
				return false
			}
			between := strings.ToLower(sentence[at:e.Start])
			for _, p := range objectLinks {
				if strings.Contains(between, p) {
					return true
				}
			}
			return false
		})
	}
	for _, e := range exprs {
		if e.Future && s.Start+e.Start < clauseEnd {
			future = true
		}
		switch e.Type {
		case timex.Date:
			if !explicit && e.Value != "" && e.Precision != timex.Unknown {
				e = forwardIfScheduled(e, st.ref, clause)
				d = dated{date: e.Value, precision: e.Precision, basis: timeline.BasisText}
				dateText = e.Text
				explicit = true
				// "has been under way since October": from then until
				// publication, and the next sentence is not in October
				if k := tokIndex(toks, s.Start+e.Start); k > 0 && toks[k-1].Key == "since" {
					if v, ok := sinceSpan(e, st.ref); ok {
						d = dated{date: v, precision: timex.Range, basis: timeline.BasisText}
						since = true
					}
				}
			}
		case timex.Clock:
			if clock == "" {
				clock, zone = e.Clock, e.Zone
				if !explicit && !e.Begin.IsZero() {
					d = dated{date: e.Begin.Format(time.DateOnly), precision: timex.Day, basis: timeline.BasisText}
					dateText = e.Text
				}
			}
		}
	}
	// a date or a time of day of the sentence's own ("at 7:04 a.m.", "last
	// Thursday night"); the vague spans below do not count
	timed := explicit || clock != "" || dateText != ""
	if explicit && !d.relativeWeek() && !since {
		*paraDate = dated{date: d.date, precision: d.precision, basis: timeline.BasisContext}
	}
	// "The crawler is slowly moving it": the present progressive happens
	// now, whatever date the sentence before gave the paragraph.
	if !explicit && dateText == "" && trig >= 0 && progressive(toks, trig) && d.basis == timeline.BasisContext {
		d = st.publishedDate()
	}
	// "in the coming days", "over the past weeks": no date, but a span on
	// one side of the publication date is what the text says; the day of
	// publication would claim a precision it does not have. A time of day
	// ("this evening") dates the sentence better.
	if !explicit && dateText == "" {
		for _, e := range exprs {
			if v, ok := vagueSpan(e, st.ref); ok && s.Start+e.Start < clauseEnd {
				d = dated{date: v, precision: timex.Range, basis: timeline.BasisText}
				dateText = e.Text
				break
			}
		}
	}

	// Is it a happening? A trigger with someone or somewhere involved, or
	// an explicit date or time of day with someone involved. A time of day
	// ("The trek began at 7:04 a.m.", "At 9 a.m., the crew will be
	// joined ...") marks a happening as surely as a date, though a bare
	// one does not date the sentences after it.
	if kind == "" {
		if !timed || !hasActor {
			return timeline.Event{}, false
		}
		kind = timeline.KindOther
	}
	// Without an actor, only violence at a place, a dated happening, or a
	// point of a declaration's list counts: "While Davos buzzes with talk
	// of a deal" is scene-setting.
	if !hasActor && !(len(places) > 0 && (kind == timeline.KindAttack || kind == timeline.KindCasualty)) &&
		!(timed && kind != timeline.KindStatement) && !st.listItem(bi) {
		return timeline.Event{}, false
	}
	if kind == timeline.KindStatement && !hasActor {
		return timeline.Event{}, false
	}
	// "They agreed that ...", "Both leaders agreed to ...": in a readout
	// these are what the meeting already reported concluded, not new
	// happenings; a named party agreeing ("Kyiv agreed to ...") still is.
	if kind == timeline.KindAgreement && onlyAntecedents && trig+1 < len(toks) && agreedWhat[toks[trig+1].Key] {
		return timeline.Event{}, false
	}
	// Hypotheticals are not happenings: "in the unlikely event of an
	// emergency, the motors would ...".
	if !explicit && hypothetical(toks) || opinion(toks) || caption(toks) {
		return timeline.Event{}, false
	}

	status := timeline.StatusHappened
	keys := map[string]bool{}
	for _, t := range clause {
		keys[t.Key] = true
	}
	switch {
	case future || anyKey(keys, futureWords) || (kind == timeline.KindTravel && progressive(toks, trig)):
		status = timeline.StatusScheduled
	case kind != timeline.KindStatement && (anyKey(keys, ongoingWords) || since || kind != timeline.KindTravel && progressive(toks, trig) ||
		((kind == timeline.KindAttack || kind == timeline.KindCasualty) && perfect(toks, trig))):
		status = timeline.StatusOngoing
	}
	if kind == timeline.KindMeeting && strings.Contains(sentence, "scheduled") {
		status = timeline.StatusScheduled
	}

	certainty := timeline.CertaintyAsserted
	assertedBy := ""
	hedged := clause
	if kind == timeline.KindStatement && speaker >= 0 && reportsClause(toks, speaker) {
		hedged = toks[:speaker] // "Kallas said the bloc would ...": she said it
	}
	switch {
	case anyKeyLower(hedged, speculativeWords):
		certainty = timeline.CertaintySpeculative
	case kind != timeline.KindStatement && (claimed(toks) || speaker >= 0 && trig > speaker):
		certainty = timeline.CertaintyClaimed
	}
	if speaker >= 0 {
		// the speaker: a person or organisation acting, else a country
		for _, p := range parts {
			if p.Role == "agent" && p.Type != timeline.Place {
				assertedBy = p.Name
				break
			}
		}
		for _, p := range parts {
			if assertedBy == "" && p.Role == "agent" && p.Type == timeline.Place && tokIndexOfName(st, toks, p.Name) < speaker {
				assertedBy = p.Name
			}
		}
		// "..., said Zelenskyy": the speaker follows the reporting verb
		if assertedBy == "" {
			for _, m := range ms {
				if ti := tokIndex(toks, m.start); (m.typ == timeline.Person || m.typ == timeline.Organization) && ti > speaker && ti <= speaker+3 {
					assertedBy = st.entities[m.id].Name
					for k := range parts {
						if parts[k].Name == assertedBy {
							parts[k].Role = "agent"
						}
					}
					break
				}
			}
		}
		// a denial disputes what it reports
		if kind != timeline.KindStatement && denials[toks[speaker].Key] {
			certainty = timeline.CertaintyClaimed
		}
	}
	// "Drones struck Odesa, the governor said": attributed after the fact
	if kind != timeline.KindStatement && speaker < 0 && certainty == timeline.CertaintyAsserted {
		// (not one inside a clause joined after a past happening: "X
		// opened an inquiry last month, and analysts said ...")
		if k := trailingAttribution(sentence, s.Start, toks); k > trig && k < len(clause) {
			certainty = timeline.CertaintyClaimed
			speaker = k
			for _, m := range ms {
				if ti := tokIndex(toks, m.start); (m.typ == timeline.Person || m.typ == timeline.Organization) && ti > k-4 && ti <= k+3 && ti != k {
					assertedBy = st.entities[m.id].Name
					break
				}
			}
		}
	}

	topics := st.topicsOf(bi, toks, parts)
	// A meeting or talks with no place in the sentence happen where the
	// section heading or the title places them ("Face-Off in the Swiss
	// Alps", "Steve Witkoff at Davos"). Not the dateline: it says where
	// the story was filed, and a phone call from Ankara is not in Kyiv.
	if len(places) == 0 && (kind == timeline.KindMeeting || kind == timeline.KindNegotiation) {
		if bl.heading >= 0 {
			places = st.placesOfBlock(bl.heading)
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
	}
	verb := ""
	if trig >= 0 {
		verb = st.text[toks[trig].Start:toks[trig].End]
	}
	if speaker >= 0 && speaker != trig {
		// a claim: keep the reporting verb ("denied") and mark its source
		verb = st.text[toks[speaker].Start:toks[speaker].End]
		for k := range parts {
			if parts[k].Name == assertedBy {
				parts[k].Role = "source"
			}
		}
	}
	sortParticipants(parts)
	ev := timeline.Event{
		ID: eventID(articleID, s), Date: d.date, Precision: d.precision, DateBasis: d.basis, DateText: dateText,
		Time: clock, Timezone: zone, Kind: kind, Status: status, Certainty: certainty, AssertedBy: assertedBy,
		Verb: verb, Summary: summarize(sentence, exprs), Participants: parts, Places: nonNil(places),
		Topics: topics, Sentence: sentence, Start: s.Start, End: s.End,
	}
	if ev.Participants == nil {
		ev.Participants = []timeline.Participant{}
	}
	return ev, true
}

func (d dated) relativeWeek() bool { return d.precision == timex.Week }

// sinceSpan reads "since October" as the span from the start of October
// to the reference date (a civil day, as timex gives it).
func sinceSpan(e timex.Expr, ref time.Time) (string, bool) {
	if ref.IsZero() || e.Begin.IsZero() || !e.Begin.Before(ref) {
		return "", false
	}
	return e.Begin.Format(time.DateOnly) + "/" + ref.Format(time.DateOnly), true
}

// vagueSpan reads "the coming days" (FUTURE_REF) or "recent weeks"
// (PAST_REF) as a span beside the reference date, as long as the unit
// suggests: days two weeks, weeks six ("a few weeks"), months a year,
// years five.
func vagueSpan(e timex.Expr, ref time.Time) (string, bool) {
	if e.Type != timex.Date || ref.IsZero() || e.Value != "FUTURE_REF" && e.Value != "PAST_REF" {
		return "", false
	}
	text := strings.ToLower(e.Text)
	var y, d int
	switch {
	case strings.Contains(text, "day"):
		d = 14
	case strings.Contains(text, "week"):
		d = 42
	case strings.Contains(text, "month"):
		y = 1
	case strings.Contains(text, "year"):
		y = 5
	default:
		return "", false
	}
	first, last := ref.AddDate(0, 0, 1), ref.AddDate(y, 0, d)
	if e.Value == "PAST_REF" {
		first, last = ref.AddDate(-y, 0, -d), ref
	}
	return first.Format(time.DateOnly) + "/" + last.Format(time.DateOnly), true
}

func nonNil(s []string) []string {
	if s == nil {
		return []string{}
	}
	return s
}

// sortParticipants puts agents first and keeps text order otherwise.
func sortParticipants(ps []timeline.Participant) {
	rank := map[timeline.Role]int{timeline.RoleAgent: 0, timeline.RoleCounterpart: 1, timeline.RoleSubject: 2}
	sort.SliceStable(ps, func(i, j int) bool { return rank[ps[i].Role] < rank[ps[j].Role] })
}

// pastTense reports whether a trigger word is a past-tense verb, so that
// "X said Russian drones struck Y" is a claimed attack while "X warned
// that the attacks continue" stays X's statement.
func pastTense(w string) bool {
	return irregularPast[w] || strings.HasSuffix(w, "ed")
}

// triggerInContext rules out trigger words used in another sense: "plan"
// and "offer" as nouns of a proposal need a determiner or modifier before
// them, "claimed the life" is a casualty idiom, not a claim.
func triggerInContext(toks []text.Token, k int) bool {
	prev := ""
	if k > 0 {
		prev = toks[k-1].Key
	}
	// Bare verb forms ("call", "meet", "sign", "strike") count after "to",
	// modals and pronouns ("to meet", "will sign"), like any other form.
	switch w := toks[k].Key; {
	case nounTriggers[w]:
		return !verbMarkers[prev]
	case w == "life" || w == "lives":
		return lifeOwners[prev]
	case w == "set":
		return k+1 < len(toks) && toks[k+1].Key == "out"
	case w == "round":
		// "a third round", "the next round of talks", not "a round of
		// applause" or "artillery rounds"
		next := ""
		if k+1 < len(toks) {
			next = toks[k+1].Key
		}
		return roundOrdinals[prev] && next != "of" || next == "of" && k+2 < len(toks) && roundsOf[toks[k+2].Key]
	case modifierTriggers[w]:
		// a noun modifying a noun is no happening: "the launch pad",
		// "the launch window", "test flight"
		return k+1 >= len(toks) || !modifiedNouns[toks[k+1].Key]
	case w == "clear":
		return clearMarkers[prev]
	}
	return true
}

func anyKey(keys map[string]bool, words map[string]bool) bool {
	for w := range words {
		if keys[w] {
			return true
		}
	}
	return false
}

// anyKeyLower is anyKey for lower-case words only, so the month "May" is
// not the modal "may".
func anyKeyLower(toks []text.Token, words map[string]bool) bool {
	for _, t := range toks {
		if words[t.Key] && !t.Upper {
			return true
		}
	}
	return false
}

// leadingEvents reads the happenings a sentence names before its main
// clause: "Following the state visit to Kyrgyzstan and the CSTO summit,
// Vladimir Putin answered questions" reports the visit and the summit as
// well. Each is an event of its own, with the main event's date and actors
// and the places of its own phrase.
func (st *docState) leadingEvents(articleID string, bi int, s span, main timeline.Event) []timeline.Event {
	bl := &st.blocks[bi]
	toks := tokensIn(bl.toks, s)
	phraseEnd := leadPhraseEnd(st.text[s.Start:s.End], toks, s.Start)
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
			ev.ID = eventID(articleID, s) + "." + strconv.Itoa(len(out)+1)
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

// listItem reports whether block bi is a point of a list: marked as one,
// numbered ("1. Participation in ..."), or following a paragraph that
// announces a list ("This would include commitments to:"). A
// declaration's points are commitments of its signatories, who are named
// before the list, not in each point.
func (st *docState) listItem(bi int) bool {
	bl := &st.blocks[bi]
	if bl.kind == article.KindListItem {
		return true
	}
	text := st.text[bl.start:bl.end]
	if n := strings.IndexByte(text, '.'); n > 0 && n <= 3 && strings.Trim(text[:n], "0123456789") == "" && strings.HasPrefix(text[n:], ". ") {
		return true
	}
	for p := bi - 1; p >= 0; p-- {
		prev := &st.blocks[p]
		if prev.kind == article.KindHeading || prev.kind == article.KindTitle {
			return false
		}
		if strings.HasSuffix(strings.TrimSpace(st.text[prev.start:prev.end]), ":") {
			return true
		}
		// earlier points of the same list count too
		if !st.startsLikeAPoint(prev) {
			return false
		}
	}
	return false
}

// startsLikeAPoint: a paragraph of a list without markers starts with a
// capitalised noun phrase or an imperative and is a single sentence or two.
func (st *docState) startsLikeAPoint(bl *block) bool {
	return len(bl.sentences) <= 3 && len(bl.toks) > 0 && bl.toks[0].Upper
}

// forwardIfScheduled moves a bare weekday that was read as the past one
// to the next one when the sentence is about something to come ("is
// expected to take place on Friday, officials said": the reporting verb's
// past tense is not the happening's).
func forwardIfScheduled(e timex.Expr, ref time.Time, toks []text.Token) timex.Expr {
	if !e.Relative || e.Future || e.Precision != timex.Day || ref.IsZero() || !e.Begin.Before(ref) || !weekday(e.Text) {
		return e
	}
	future := false
	for k, t := range toks {
		switch {
		case scheduledWords[t.Key]:
			future = true
		case scheduledBeforeTo[t.Key]:
			future = future || k+1 < len(toks) && toks[k+1].Key == "to"
		}
	}
	if !future {
		return e
	}
	for !e.Begin.After(ref) {
		e.Begin = e.Begin.AddDate(0, 0, 7)
	}
	e.Last = e.Begin
	e.Value = e.Begin.Format(time.DateOnly)
	e.Future = true
	return e
}

func weekday(text string) bool {
	t := strings.ToLower(text)
	for _, d := range weekdays {
		if strings.Contains(t, d) {
			return true
		}
	}
	return false
}

// quotedTokens marks the tokens inside quotation marks (straight or curly)
// of a sentence that starts at offset base of the text.
func quotedTokens(sentence string, base int, toks []text.Token) map[int]bool {
	var spans [][2]int
	open := -1
	for i, r := range sentence {
		switch {
		case r == '“' || (r == '"' && open < 0):
			open = i
		case (r == '”' || r == '"') && open >= 0:
			spans = append(spans, [2]int{base + open, base + i})
			open = -1
		}
	}
	if len(spans) == 0 {
		return nil
	}
	q := map[int]bool{}
	for k, t := range toks {
		for _, sp := range spans {
			if t.Start > sp[0] && t.End <= sp[1] {
				q[k] = true
			}
		}
	}
	return q
}

// hypothetical reports a conditional frame: "in the event of", "in the
// case of", "in case of".
func hypothetical(toks []text.Token) bool {
	for k := 0; k+2 < len(toks); k++ {
		if toks[k].Key != "in" {
			continue
		}
		// "in the event of", "in the unlikely event of", "in case of"
		for q := k + 1; q < len(toks) && q <= k+5; q++ {
			if (toks[q].Key == "event" || toks[q].Key == "case") && q+1 < len(toks) && toks[q+1].Key == "of" {
				return true
			}
		}
	}
	return false
}

// opinion reports a speaker's present-tense stance in the first person
// ("We condemn these attacks", "I believe ..."): a view, not a happening.
func opinion(toks []text.Token) bool {
	for k := 0; k+1 < len(toks) && k < 3; k++ {
		if firstPerson[toks[k].Key] {
			next := toks[k+1].Key
			if stanceAdverbs[next] {
				if k+2 >= len(toks) {
					return false
				}
				next = toks[k+2].Key
			}
			return stanceVerbs[next]
		}
	}
	return false
}

// caption reports the language of a photo caption ("... is seen inside").
func caption(toks []text.Token) bool {
	for k := 0; k+1 < len(toks); k++ {
		if (toks[k].Key == "is" || toks[k].Key == "are") && toks[k+1].Key == "seen" {
			return true
		}
	}
	return false
}

// claimed reports a hedge word of attribution ("reportedly", "allegedly",
// "according to"), but not the idiom "claimed the life".
func claimed(toks []text.Token) bool {
	for k, t := range toks {
		if !claimWords[t.Key] || t.Upper {
			continue
		}
		if k+2 < len(toks) && toks[k+1].Key == "the" && (toks[k+2].Key == "life" || toks[k+2].Key == "lives") {
			continue
		}
		if k+1 < len(toks) && (toks[k+1].Key == "lives" || toks[k+1].Key == "responsibility") {
			continue
		}
		return true
	}
	return false
}

// progressive: "is heading", "are flying".
func progressive(toks []text.Token, trig int) bool {
	if trig < 1 || !strings.HasSuffix(toks[trig].Key, "ing") {
		return false
	}
	for k := trig - 1; k >= 0 && k >= trig-2; k-- {
		if progressiveAux[toks[k].Key] {
			return true
		}
	}
	return false
}

// perfect: "have left", "has killed".
func perfect(toks []text.Token, trig int) bool {
	for k := max(0, trig-1); k < len(toks) && k <= trig+3; k++ {
		if (toks[k].Key == "have" || toks[k].Key == "has") && k+1 < len(toks) && strings.HasSuffix(toks[k+1].Key, "ed") || toks[k].Key == "left" && k > 0 && (toks[k-1].Key == "have" || toks[k-1].Key == "has") {
			return true
		}
	}
	return false
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

// topicsOf returns the sorted topic ids of a sentence: its keywords, its
// section heading's keywords, topic entities among its participants, and
// the article's main topic (every happening an article on the peace talks
// reports belongs to that story's chronology).
func (st *docState) topicsOf(bi int, toks []text.Token, parts []timeline.Participant) []string {
	g := st.x.Gazetteer
	found := map[string]bool{}
	for _, m := range g.Keywords(toks) {
		found[m.Topic.ID] = true
	}
	if h := st.blocks[bi].heading; h >= 0 {
		for _, m := range g.Keywords(st.blocks[h].toks) {
			found[m.Topic.ID] = true
		}
	}
	if st.mainTopic != "" {
		found[st.mainTopic] = true
	}
	for _, t := range g.Topics {
		for _, name := range t.Entities {
			for _, p := range parts {
				if p.Name == name {
					found[t.ID] = true
				}
			}
		}
	}
	out := make([]string, 0, len(found))
	for id := range found {
		out = append(out, id)
	}
	sort.Strings(out)
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

// findMainTopic picks the article's dominant topic: the one with most
// keyword hits, title hits counting three times, if it has at least three.
// Ties go to the topic listed first in the gazetteer.
func (st *docState) findMainTopic() {
	g := st.x.Gazetteer
	score := map[string]int{}
	for _, b := range st.blocks {
		w := 1
		if b.kind == article.KindTitle {
			w = 3
		}
		for _, m := range g.Keywords(b.toks) {
			score[m.Topic.ID] += w
		}
	}
	best := 0
	for _, t := range g.Topics {
		if sc := score[t.ID]; sc > best {
			best, st.mainTopic = sc, t.ID
		}
	}
	if best < 3 {
		st.mainTopic = ""
	}
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
	// "President of Kazakhstan Kassym-Jomart Tokayev": the country of a
	// title, not where anything happens
	if ti >= 2 && toks[ti-1].Key == "of" && titleWords[toks[ti-2].Key] {
		return true
	}
	// "Russia's sovereign wealth fund": a country owning something
	if ti+m.ntok-1 < len(toks) && toks[ti+m.ntok-1].Possessive && !(ti > 0 && locatives[toks[ti-1].Key]) {
		return true
	}
	return false
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

// tokIndexOfName is the token index where a participant's name (or a
// name of its entity) is first mentioned in the sentence, or len(toks).
func tokIndexOfName(st *docState, toks []text.Token, name string) int {
	if len(toks) == 0 {
		return 0
	}
	for _, m := range st.mentionsIn(span{toks[0].Start, toks[len(toks)-1].End}) {
		e := st.entities[m.id]
		if e.Name == name || m.entry != nil && m.entry.Country == name {
			return tokIndex(toks, m.start)
		}
	}
	return len(toks)
}

// trailingAttribution finds a reporting verb in a closing ", X said" or
// ", said X" clause and returns its token index, or -1.
func trailingAttribution(sentence string, base int, toks []text.Token) int {
	// a comma, then within six words a reporting verb: ", the governor
	// said", ", Ukraine's foreign minister Andrii Sybiha said on Tuesday, as"
	for i := 0; i < len(sentence); i++ {
		if sentence[i] != ',' {
			continue
		}
		first := tokIndex(toks, base+i)
		for k := first; k < len(toks) && k < first+7; k++ {
			if reportVerbs[toks[k].Key] && !toks[k].Upper && k > first {
				return k
			}
		}
	}
	return -1
}

// leadPhraseEnd returns the offset of the comma closing a leading
// "Following ..., " or "After ..., " phrase, or -1. The phrase must be a
// noun phrase: a past-tense verb in it ("After the summit Putin met
// Zelenskyy in Geneva, officials said") makes it a clause, not a phrase.
func leadPhraseEnd(sentence string, toks []text.Token, base int) int {
	if len(toks) == 0 || !leadWords[toks[0].Key] {
		return -1
	}
	comma := strings.IndexByte(sentence, ',')
	if comma < 0 {
		return -1
	}
	n := 0
	for _, t := range toks {
		if t.Start >= base+comma {
			break
		}
		n++
		if _, ok := triggers[t.Key]; ok && pastTense(t.Key) {
			return -1
		}
	}
	if n > 14 {
		return -1
	}
	return base + comma
}

// relativeClauses returns the spans of ", who ...," and ", which ...,"
// clauses (to the next comma or the end).
// reducedRelatives finds participle phrases after the trigger that qualify
// a noun: "agreements reached during ...", "progress made in ...". The
// participle follows a lowercase noun (not an auxiliary, pronoun or
// conjunction) and a preposition follows it; the phrase runs to the next
// comma.
func reducedRelatives(sentence string, base int, toks []text.Token, trig int) []span {
	var out []span
	for k := max(trig+2, 1); trig >= 0 && k+1 < len(toks); k++ {
		w, prev := toks[k].Key, toks[k-1]
		if !participle(w) || prev.Upper || notNouns[prev.Key] || !participlePreps[toks[k+1].Key] {
			continue
		}
		start := toks[k].Start - base
		out = append(out, span{base + start, base + toComma(sentence, start)})
	}
	return out
}

// inside reports whether [start, end) lies within one of the spans.
func inside(spans []span, start, end int) bool {
	for _, r := range spans {
		if start >= r.Start && end <= r.End {
			return true
		}
	}
	return false
}

// toComma is the offset of the first comma at or after start, or the end.
func toComma(sentence string, start int) int {
	if end := strings.IndexByte(sentence[start:], ','); end >= 0 {
		return start + end
	}
	return len(sentence)
}

func participle(w string) bool {
	return len(w) > 4 && strings.HasSuffix(w, "ed") || irregularParticiples[w]
}

func relativeClauses(sentence string, base int) []span {
	var out []span
	for _, w := range relativeOpeners {
		from := 0
		for {
			i := strings.Index(sentence[from:], w)
			if i < 0 {
				break
			}
			start := from + i + 2
			end := toComma(sentence, start)
			out = append(out, span{base + start, base + end})
			from = end
			if from >= len(sentence) {
				break
			}
		}
	}
	return out
}

// orderByRelevance puts first the time expressions that date the main
// happening: outside relative clauses, then nearest to the trigger word.
// Expression offsets are relative to the sentence starting at base.
func orderByRelevance(exprs []timex.Expr, base int, rel []span, toks []text.Token, trig int) []timex.Expr {
	if len(exprs) < 2 {
		return exprs
	}
	inRel := func(e timex.Expr) bool { return inside(rel, base+e.Start, base+e.End) }
	at := -1
	if trig >= 0 && trig < len(toks) {
		at = toks[trig].Start - base
	}
	dist := func(e timex.Expr) int {
		if at < 0 {
			return e.Start
		}
		if e.Start >= at {
			return e.Start - at
		}
		return at - e.End
	}
	out := append([]timex.Expr(nil), exprs...)
	sort.SliceStable(out, func(i, j int) bool {
		ri, rj := inRel(out[i]), inRel(out[j])
		if ri != rj {
			return !ri
		}
		return dist(out[i]) < dist(out[j])
	})
	return out
}

// reportsClause: the reporting verb at k introduces reported speech ("said
// that", "said the bloc would", "told reporters that"), so hedges after it
// belong to what was said, not to the saying.
func reportsClause(toks []text.Token, k int) bool { return clauseMarker(toks, k) > 0 }

// clauseMarker returns the token that opens the reported clause after
// the reporting verb at k ("that", a pronoun or determiner), or -1.
func clauseMarker(toks []text.Token, k int) int {
	// "the issue Witkoff mentioned likely involves ...": the hedge follows
	// the verb directly, so the verb sits in a relative clause and the
	// hedge is the article's own
	if k+1 < len(toks) && speculativeWords[toks[k+1].Key] {
		return -1
	}
	for q := k + 1; q < len(toks) && q <= k+5; q++ {
		// "said in his nightly address": a preposition's object, not a clause
		if p := toks[q-1].Key; p != "and" && prepositions[p] {
			continue
		}
		if clauseOpeners[toks[q].Key] {
			return q
		}
	}
	return -1
}
