package extract

import (
	"strings"
	"testing"
)

// TestMarkAsides pins what a trigger must look past: a quote, a relative
// clause, a leading noun phrase (and not a leading clause).
func TestMarkAsides(t *testing.T) {
	for _, c := range []struct{ text, aside, lead string }{
		{"“They struck our cities,” Zelenskyy said.", "They struck our cities", ""},
		{"Turkish President Recep Tayyip Erdogan, who hosted talks in May last year, spoke to Vladimir Putin.", "who hosted talks in May last year", ""},
		{"Following the tour of Estonia and the Baltic forum, Ingrid Solberg answered questions.",
			"Following the tour of Estonia and the Baltic forum", "Following the tour of Estonia and the Baltic forum"},
		// a past-tense verb makes the leading words a clause, which counts
		{"After the summit Putin met Zelenskyy in Geneva, officials said.", "", ""},
		{"Putin met Trump in Geneva.", "", ""},
	} {
		_, s := sentenceOf(t, c.text, beforeAsides, memory{})
		markAsides(s)
		var aside []string
		for k := range s.toks {
			if s.aside[k] {
				aside = append(aside, word(s, k))
			}
		}
		if got := strings.Join(aside, " "); got != c.aside {
			t.Errorf("%q: asides %q, want %q", c.text, got, c.aside)
		}
		if got := s.text[:s.leadEnd-s.span.Start]; got != c.lead {
			t.Errorf("%q: leading phrase %q, want %q", c.text, got, c.lead)
		}
	}
}

// TestCutClause pins the trigger's own clause: cut before ", and" after a
// past happening only, and participle phrases after the trigger set apart
// except in a statement.
func TestCutClause(t *testing.T) {
	for _, c := range []struct{ text, clause, reduced string }{
		{"The march began at 6:52 a.m. EST on Monday, and is expected to last about nine hours.", "The march began at 6:52 a.m. EST on Monday,", ""},
		{"Engineers repaired the line, and officials said it works.", "Engineers repaired the line,", ""},
		// "said" is no past happening: the joined clause stays
		{"Volodymyr Zelenskyy said the talks had stalled, and the envoys left.", "Volodymyr Zelenskyy said the talks had stalled, and the envoys left.", ""},
		{"The two leaders discussed agreements reached during the state visit to Astana in November 2025.",
			"The two leaders discussed agreements reached during the state visit to Astana in November 2025.",
			"reached during the state visit to Astana in November 2025."},
		{"Zelenskyy said agreements reached in Geneva would hold.", "Zelenskyy said agreements reached in Geneva would hold.", ""},
	} {
		st, s := sentenceOf(t, c.text, beforeClause, memory{})
		st.cutClause(s)
		if got := strings.TrimSpace(s.text[:s.clauseEnd-s.span.Start]); got != c.clause {
			t.Errorf("%q: clause %q, want %q", c.text, got, c.clause)
		}
		var reduced []string
		for _, r := range s.reduced {
			reduced = append(reduced, spanText(s, r))
		}
		if got := strings.Join(reduced, "; "); got != c.reduced {
			t.Errorf("%q: participle phrases %q, want %q", c.text, got, c.reduced)
		}
	}
}

func TestRelativeClauses(t *testing.T) {
	text := "The deal, which still needs approval, and the plan, whose author is unknown, were signed."
	var got []string
	for _, r := range relativeClauses(text, 0) {
		got = append(got, text[r.Start:r.End])
	}
	if want := "which still needs approval|whose author is unknown"; strings.Join(got, "|") != want {
		t.Errorf("relative clauses %q, want %q", strings.Join(got, "|"), want)
	}
}
