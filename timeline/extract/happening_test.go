package extract

import (
	"slices"
	"testing"
)

// TestRuleOrder: the rules are tried in this order; the first that
// applies names why a sentence reports no happening.
func TestRuleOrder(t *testing.T) {
	var names []string
	for _, r := range slices.Concat(unreadRules, notHappening) {
		names = append(names, r.name)
	}
	want := []string{"too short", "lead-in", "cut off", "no trigger", "question", "no actor", "unattributed statement", "not said", "agreed in a readout", "hypothetical", "opinion", "stance", "request", "caption", "ranked", "habitual", "in progress", "tally"}
	if !slices.Equal(names, want) {
		t.Errorf("rules %q, want %q", names, want)
	}
}

// TestUnreadRules: too short, or a lead-in to what follows.
func TestUnreadRules(t *testing.T) {
	for _, c := range []struct{ text, rule string }{
		{"Talks resumed.", "too short"},
		{"So let me tell you that, following a truce,", "lead-in"},
		{"Today the leaders agreed the following:", "lead-in"},
		{"Yesterday's joint statement laid that out in plain words –", ""},
		{"Additionally, the agency has added 30 minutes of", "cut off"},
		{"The agency has added 30 minutes to the schedule", ""}, // no full stop, but whole
	} {
		st := docOf(t, c.text)
		var s sentence
		st.readSentence(&s, 0, st.blocks[0].sentences[0])
		if got := st.firstRule(unreadRules, &s); got != c.rule || s.read != (c.rule == "") {
			t.Errorf("%q: rule %q (read %v), want %q", c.text, got, s.read, c.rule)
		}
	}
}

// TestNotHappening pins which rule turns a read sentence away, if any.
func TestNotHappening(t *testing.T) {
	pair := memory{antecedents: antecedents{one: "Donald Trump", group: []string{"Keir Starmer", "Donald Trump"}}}
	for _, c := range []struct{ text, rule string }{
		{"Putin met Trump in Geneva.", ""},
		{"Drones struck a hospital in Kharkiv.", ""}, // violence at a place needs no actor
		{"Once at the launch pad, the rocket looked small.", "no trigger"},
		{"Snow fell in Davos on Monday.", "no trigger"},                     // dated, but nobody acts
		{"Astronaut Lena Varga monitored the docking from the cupola.", ""}, // a named subject's verb in the past
		{"Tova Renn and Ilya Brask spent six hours outside the station.", ""},
		{"Mayor Tom Brandt remained in office.", "no trigger"}, // a state
		{"Senator Ilse Morrow had two offices in the capital.", "no trigger"},
		{"Sixty of the 120 deputies backed the motion in the chamber.", ""}, // members of a body that votes
		{"Most deputies wanted a shorter session in the chamber.", "no trigger"},
		{"While Davos buzzes with talk of a deal, the reality is grim.", "no actor"},
		{"The spokesman said the talks went well.", "no actor"},
		{"1. The spokesman said the talks went well.", "unattributed statement"}, // a point of a list
		{"They agreed to stay in close contact.", "agreed in a readout"},
		{"In the event of a breach, Ukraine would strike Russian refineries.", "hypothetical"},
		{"We condemn these attacks on civilians.", "opinion"},
		{"Mr Reshetnikov, please tell us how the work is going.", "request"},
		{"Rescuers are seen clearing rubble after the strike.", "caption"},
		{"Minister Karol Wenz thanked the Estonian hosts.", "stance"},
		{"Minister Karol Wenz thanked Estonia for hosting the summit in Tallinn.", ""},
		{"Norway says it is ready for peace.", "opinion"},
		{"Norway insists it remains open to talks with Sweden.", "opinion"},
		{"Norway says the talks in Oslo were productive.", ""},
		{"I can say with confidence that the Varnel council has heard these arguments before.", "stance"},
		{"Overall, we can say that the talks in Oslo reached their goal.", "stance"},
	} {
		st, s := sentenceOf(t, c.text, beforeHappening, pair)
		if got := st.firstRule(notHappening, s); got != c.rule {
			t.Errorf("%q: rule %q, want %q", c.text, got, c.rule)
		}
	}
}
