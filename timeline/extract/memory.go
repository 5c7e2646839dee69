package extract

import "github.com/storygraph/storygraph/timeline"

// memory is what the event pass carries from one sentence to the next.
// The stages of a sentence read it; only remember changes it, once the
// sentence is through them.
type memory struct {
	// antecedents are the people a pronoun can stand for.
	antecedents antecedents
	// paraDate is the date of the paragraph so far: the publication date
	// at its start, then the last date a sentence gave it.
	paraDate dated
}

// antecedents are the people a pronoun can stand for: the last person
// named, and the last group of people named together ("the pair").
type antecedents struct {
	one   string
	group []string
}

// newParagraph starts a paragraph: its date is the publication date
// until a sentence gives one. Pronouns still reach back across it.
func (m *memory) newParagraph(published dated) { m.paraDate = published }

// remember keeps what a sentence tells the sentences after it. A sentence
// turned away unread (too short, a lead-in) tells nothing; any other,
// happening or not, gives the pronouns its people, as the cast stage
// found them, and the paragraph its date, when the dating stage says it
// dates the sentences after it.
func (m *memory) remember(s *sentence) {
	if !s.read {
		return
	}
	m.antecedents.note(s.parts)
	if s.datesParagraph {
		m.paraDate = dated{date: s.date.date, precision: s.date.precision, basis: timeline.BasisContext}
	}
}

// note updates the antecedents with the people of a sentence: "he" is
// the first person named, "the pair" the people acting together.
func (a *antecedents) note(parts []timeline.Participant) {
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
