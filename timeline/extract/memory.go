package extract

import (
	"slices"
	"time"

	"github.com/storygraph/storygraph/timeline"
	"github.com/storygraph/storygraph/timeline/text"
	"github.com/storygraph/storygraph/timeline/timex"
)

// memory is what the event pass carries from one sentence to the next.
// The stages of a sentence read it; only remember changes it, once the
// sentence is through them.
type memory struct {
	// antecedents are the people a pronoun can stand for.
	antecedents antecedents
	// paraDate is the date of the paragraph so far: the news date at its
	// start, then the last date a sentence gave it.
	paraDate dated
	// news is the date the story's undated happenings take: the
	// publication date, or the day of the lead's happening when the lead
	// dates it in the week before publication ("In a Wednesday media
	// event, Apple released ..." in a Saturday article: what follows
	// happened at that event, not on Saturday).
	news, published dated
	leadSeen        bool
	// lastNamed is the last date the last read sentence named, in the
	// order written, whatever paragraph it was in: what "one year later"
	// at the start of the next line counts from.
	lastNamed dated
	// paraIsNews: the paragraph's date is still the news date
	paraIsNews bool
	// said is the date of the saying the last read sentence reported,
	// if it reported one: what "she added" in the next continues
	said dated
}

// newMemory starts an article published on the given date.
func newMemory(published dated) memory {
	return memory{paraDate: published, news: published, published: published}
}

// antecedents are the people a pronoun can stand for: the last person
// named, and the last group of people named together ("the pair").
type antecedents struct {
	one   string
	group []string
	// leaders are the last people named together under titles of heads
	// of state or government ("President X met President of Y Z"): who
	// "the leaders", "the presidents" are, though ministers were named
	// after them
	leaders []string
	// speaker is who says "I" in a transcript: the last speaker label
	speaker string
	// org is who "the company" is: the last organisation that acted, or,
	// until one has, the last one named. orgActed: one has acted
	org      string
	orgActed bool
}

// dateBefore is the date a sentence takes when it gives none of its own:
// the paragraph's, or, for a saying that goes on with the one just
// before ("“We will meet again in April,” she added" after "“The talks
// were frank,” Halden said on Wednesday"), that saying's, in whatever
// paragraph.
func (m *memory) dateBefore(s *sentence) dated {
	if m.said.date != "" && s.kind == timeline.KindStatement && s.trig >= 0 && sayingGoesOn[s.toks[s.trig].Key] {
		return m.said
	}
	return m.paraDate
}

// newParagraph starts a paragraph: its date is the news date until a
// sentence gives one. Pronouns still reach back across it.
func (m *memory) newParagraph() { m.paraDate, m.paraIsNews = m.news, true }

// remember keeps what a sentence tells the sentences after it. A sentence
// turned away unread (too short, a lead-in) tells nothing; any other,
// happening or not, gives the pronouns its people, as the cast stage
// found them, and the paragraph its date, when the dating stage says it
// dates the sentences after it.
func (m *memory) remember(s *sentence) {
	if !s.read {
		return
	}
	m.antecedents.note(s.parts, s.asideOnly)
	if titleActs(s) {
		// "The Foreign Secretary met Anton Veles. She also welcomed
		// ...": "she" is the office holder nobody named, not Veles
		m.antecedents.one = ""
	}
	m.antecedents.noteLeaders(s)
	// "Ingrid Halvorsen, who founded the carmaker Halvorsen Motors in
	// 1972, died ... The firm produced its first car in 1979": an
	// organisation named, taking part or not, is who "the firm" is next
	// (only while no organisation has acted: after that, one named in
	// passing is not who the story is about)
	if s.orgNamed != "" && !m.antecedents.orgActed && !slices.ContainsFunc(s.parts, func(p timeline.Participant) bool { return p.Type == timeline.Organization }) {
		m.antecedents.org = s.orgNamed
	}
	// "Velm Holdings, which was founded in 1990, employs 3,000 people.
	// The company posted a loss": the organisation the sentence opens
	// with is its subject, who "the company" is next, acting or not
	if s.orgOpens {
		m.antecedents.org = s.orgNamed
	}
	m.lastNamed = dated{}
	for _, e := range s.found {
		if e.Type == timex.Date && e.Value != "" && e.Precision != timex.Unknown && !e.Anchored {
			m.lastNamed = dated{date: e.Value, precision: e.Precision, basis: timeline.BasisText}
		}
	}
	// (the lead's happening may have no trigger word: "Vale scored three
	// times as Rovers beat City 4-1 on Sunday" is dated, with an actor)
	if !m.leadSeen && (s.trig >= 0 || s.timed && s.hasActor) {
		m.leadSeen = true
		if s.explicit && s.date.precision == timex.Day && m.published.basis == timeline.BasisPublished && s.date.date != m.published.date && inWeekBefore(s.date.date, m.published.date) {
			m.news = dated{date: s.date.date, precision: timex.Day, basis: timeline.BasisContext}
		}
	}
	m.said = dated{}
	if s.kind == timeline.KindStatement && s.trig >= 0 && s.date.date != "" {
		m.said = s.date
	}
	if s.datesParagraph {
		m.paraIsNews = false
		m.paraDate = dated{date: s.date.date, precision: s.date.precision, basis: timeline.BasisContext}
	}
}

// note updates the antecedents with the people of a sentence: "he" is
// the first person named, "the pair" the people acting together. "The
// company" is the organisation that acted: not one a speaker works for
// ("..., said Lotte Harms, an analyst at Calder Securities") nor one
// bought or sued, once an organisation has acted.
//
// People named only in a quote or an aside ("“I thank Councillor Ada
// Brenn,” Vik said", "Vik, whose deputy Lena Frost will take over, ...")
// are not who "he" is next: the one the sentence is about still is.
func (a *antecedents) note(parts []timeline.Participant, asideOnly map[string]bool) {
	var people, agents []string
	org, acted := "", false
	for _, p := range parts {
		if p.Type == timeline.Organization && !acted && (p.Role == timeline.RoleAgent || !a.orgActed && org == "") {
			org, acted = p.Name, p.Role == timeline.RoleAgent
		}
		if p.Type != timeline.Person || asideOnly[p.Name] {
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
	if org != "" {
		a.org = org
		a.orgActed = a.orgActed || acted
	}
	switch {
	case len(agents) > 1:
		a.group = agents
	case len(people) > 1:
		a.group = people
	}
}

// noteLeaders keeps the people of a sentence that names two or more
// under a head of state's or government's title ("President", "Prime
// Minister", "Chancellor") as the leaders.
func (a *antecedents) noteLeaders(s *sentence) {
	titled := 0
	for k, t := range s.toks {
		if t.Upper && (leaderTitles[t.Key] || t.Key == "prime" && k+1 < len(s.toks) && s.toks[k+1].Key == "minister") {
			titled++
		}
	}
	if titled == 0 {
		return
	}
	var people []string
	for _, p := range s.parts {
		if p.Type == timeline.Person && !slices.Contains(people, p.Name) {
			people = append(people, p.Name)
		}
	}
	if len(people) > 1 {
		a.leaders = people
	}
}

// inWeekBefore reports whether day (2006-01-02) falls in the seven days
// before published, or on it.
func inWeekBefore(day, published string) bool {
	d, err1 := time.Parse(time.DateOnly, day)
	p, err2 := time.Parse(time.DateOnly, published)
	return err1 == nil && err2 == nil && !d.After(p) && p.Sub(d) <= 7*24*time.Hour
}

// asideOnly are the people a sentence names only inside its asides (a
// quote, a relative clause, a leading phrase: markAsides), or nil.
func (st *docState) asideOnly(s *sentence) map[string]bool {
	if len(s.aside) == 0 {
		return nil
	}
	var only map[string]bool
	outside := map[string]bool{}
	for _, m := range s.mentions {
		if m.typ != timeline.Person {
			continue
		}
		name := st.entities[m.id].Name
		if k := tokIndex(s.toks, m.start); k < len(s.toks) && s.aside[k] {
			if only == nil {
				only = map[string]bool{}
			}
			only[name] = true
		} else {
			outside[name] = true
		}
	}
	for name := range outside {
		delete(only, name)
	}
	return only
}

// titleActs reports whether an office title opens the sentence's main
// clause ("The Foreign Secretary met ...") and no person named acts: the
// one who acts is its holder, whom the text does not name.
func titleActs(s *sentence) bool {
	if s.trig < 0 || slices.ContainsFunc(s.parts, func(p timeline.Participant) bool { return p.Type == timeline.Person && p.Role == timeline.RoleAgent }) {
		return false
	}
	start := openingPhraseEnd(s)
	if start >= len(s.toks) || s.toks[start].Key != "the" {
		return false
	}
	for _, t := range titles {
		if end := start + 1 + len(t); end <= s.trig && slices.EqualFunc(s.toks[start+1:end], t, func(tok text.Token, w string) bool { return tok.Key == w }) {
			return true
		}
	}
	return false
}
