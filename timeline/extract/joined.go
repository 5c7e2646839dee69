package extract

import (
	"unicode"
	"unicode/utf8"

	"github.com/storygraph/storygraph/timeline"
	"github.com/storygraph/storygraph/timeline/gazetteer"
	"github.com/storygraph/storygraph/timeline/text"
	"github.com/storygraph/storygraph/timeline/timex"
)

// joinPoint finds "and" joining a second happening to the sentence's
// main one: a verb in the past tense after it (perhaps after "then",
// "later") with a date of its own that differs from a date before it.
// "He fought pancreatic cancer in 2004 and took six months off in early
// 2009" reports two happenings five years apart; "met Putin on Monday and
// signed a memorandum" is one meeting as far as a chronology can tell. It
// returns the token of "and", or 0.
func (st *docState) joinPoint(s *sentence) int {
	toks, base := s.toks, s.span.Start
	for k := max(s.trig, 0) + 1; k+1 < len(toks); k++ {
		if toks[k].Key != "and" {
			continue
		}
		v := joinVerb(toks, k)
		if toks[v].Upper || !pastTense(toks[v].Key) {
			continue
		}
		before, ok1 := st.dateIn(s, 0, toks[k].Start-base)
		after, ok2 := st.dateIn(s, toks[k].Start-base, len(s.text))
		if ok1 && ok2 && before.Value != after.Value {
			return k
		}
		return 0
	}
	return 0
}

// joinVerb is the token of the verb after the "and" at k: the next one,
// or the one after "then", "later" ("and then took", "and later returned").
func joinVerb(toks []text.Token, k int) int {
	if v := k + 1; joinAdverbs[toks[v].Key] && v+1 < len(toks) {
		return v + 1
	}
	return k + 1
}

// joinedEvents is the happening joined at s.join (joinPoint): the main
// event's agents (its verb has no subject of its own), the people and
// places named after "and", and its own date, kind and status.
func (st *docState) joinedEvents(articleID string, s *sentence, main timeline.Event) []timeline.Event {
	if s.join == 0 {
		return nil
	}
	toks, base := s.toks, s.span.Start
	v := joinVerb(toks, s.join)
	e, _ := st.dateIn(s, toks[s.join].Start-base, len(s.text))
	rest := span{toks[v].Start, s.span.End}
	ev := main
	ev.ID = main.ID + ".and"
	ev.Kind = timeline.KindOther
	if kind, ok := triggers[toks[v].Key]; ok {
		ev.Kind = kind
	}
	ev.Verb = st.text[toks[v].Start:toks[v].End]
	ev.Date, ev.Precision, ev.DateBasis, ev.DateText, ev.Time, ev.Timezone = e.Value, e.Precision, timeline.BasisText, e.Text, "", ""
	ev.Status, ev.Certainty, ev.AssertedBy = timeline.StatusHappened, main.Certainty, main.AssertedBy
	if futureIn(tokensIn(toks, rest)) {
		ev.Status = timeline.StatusScheduled
	}
	phrase := st.text[rest.Start:rest.End]
	r, size := utf8.DecodeRuneInString(phrase)
	ev.Summary = string(unicode.ToUpper(r)) + phrase[size:]
	ev.Participants, ev.Places = st.joinedCast(main, rest)
	return []timeline.Event{ev}
}

// dateIn is the sentence's first dated expression within [from, to)
// (offsets in the sentence), in the order written.
func (st *docState) dateIn(s *sentence, from, to int) (timex.Expr, bool) {
	for _, e := range s.found {
		if e.Start >= from && e.End <= to && e.Type == timex.Date && e.Value != "" && e.Precision != timex.Unknown {
			return e, true
		}
	}
	return timex.Expr{}, false
}

// joinedCast is who takes part in a joined happening and where: the main
// event's agents, then the people and organisations named in rest; the
// places named in rest.
func (st *docState) joinedCast(main timeline.Event, rest span) ([]timeline.Participant, []string) {
	parts := []timeline.Participant{}
	seen := map[string]bool{}
	for _, p := range main.Participants {
		if p.Role == timeline.RoleAgent && !seen[p.Name] {
			seen[p.Name] = true
			parts = append(parts, p)
		}
	}
	places := []string{}
	for _, m := range st.mentionsIn(rest) {
		name := st.entities[m.id].Name
		switch {
		case m.typ == timeline.Place && m.via != gazetteer.ViaDemonym:
			places = append(places, name)
		case (m.typ == timeline.Person || m.typ == timeline.Organization) && !seen[name]:
			seen[name] = true
			parts = append(parts, timeline.Participant{Name: name, Type: m.typ, Role: timeline.RoleCounterpart})
		}
	}
	return parts, places
}
