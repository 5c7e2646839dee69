package extract

import (
	"slices"
	"strings"
	"testing"

	"github.com/storygraph/storygraph/timeline"
	"github.com/storygraph/storygraph/timeline/article"
	"github.com/storygraph/storygraph/timeline/timex"
)

// TestRemember: a sentence turned away unread leaves the memory; any other
// gives the pronouns its people (the first person; the agents, else the
// people, named together) and the paragraph its date when it dates it.
func TestRemember(t *testing.T) {
	putin := timeline.Participant{Name: "Vladimir Putin", Type: timeline.Person, Role: timeline.RoleAgent}
	trump := timeline.Participant{Name: "Donald Trump", Type: timeline.Person, Role: timeline.RoleCounterpart}
	kremlin := timeline.Participant{Name: "Kremlin", Type: timeline.Organization, Role: timeline.RoleAgent}
	monday := dated{date: "2026-01-19", precision: timex.Day, basis: timeline.BasisText}
	m := newMemory(dated{date: "2026-01-21", precision: timex.Day, basis: timeline.BasisPublished})

	m.remember(&sentence{read: false, parts: []timeline.Participant{putin}, date: monday, datesParagraph: true})
	if m.antecedents.one != "" || m.paraDate.date != "2026-01-21" {
		t.Errorf("an unread sentence changed the memory: %+v", m)
	}
	m.remember(&sentence{read: true, parts: []timeline.Participant{kremlin, putin, trump}, date: monday})
	if m.antecedents.one != "Vladimir Putin" || !slices.Equal(m.antecedents.group, []string{"Vladimir Putin", "Donald Trump"}) || m.paraDate.date != "2026-01-21" {
		t.Errorf("after Putin and Trump: %+v", m)
	}
	m.remember(&sentence{read: true, parts: []timeline.Participant{{Name: "Kremlin", Type: timeline.Organization}}, date: monday, datesParagraph: true})
	if m.antecedents.one != "Vladimir Putin" || m.paraDate != (dated{date: "2026-01-19", precision: timex.Day, basis: timeline.BasisContext}) {
		t.Errorf("after a dated sentence naming nobody: %+v", m)
	}
	m.newParagraph()
	if m.antecedents.one != "Vladimir Putin" || m.paraDate.date != "2026-01-21" {
		t.Errorf("a new paragraph: %+v", m)
	}
}

// TestNewsDate: the lead's happening, dated in the week before
// publication, dates the story's undated happenings after it; a lead
// dated earlier, or undated, leaves them the publication date.
func TestNewsDate(t *testing.T) {
	published := dated{date: "2026-01-21", precision: timex.Day, basis: timeline.BasisPublished}
	for _, c := range []struct {
		lead dated
		want string
	}{
		{dated{date: "2026-01-19", precision: timex.Day, basis: timeline.BasisText}, "2026-01-19"},
		{dated{date: "2026-01-21", precision: timex.Day, basis: timeline.BasisText}, "2026-01-21"},
		{dated{date: "2026-01-02", precision: timex.Day, basis: timeline.BasisText}, "2026-01-21"},
		{dated{date: "2026-01-23", precision: timex.Day, basis: timeline.BasisText}, "2026-01-21"},
		{dated{date: "2026-01", precision: timex.Month, basis: timeline.BasisText}, "2026-01-21"},
	} {
		m := newMemory(published)
		m.remember(&sentence{read: true, trig: 0, date: c.lead, explicit: true, datesParagraph: true})
		// a later dated sentence is no lead
		m.remember(&sentence{read: true, trig: 0, date: dated{date: "2026-01-20", precision: timex.Day}, explicit: true})
		m.newParagraph()
		if m.paraDate.date != c.want {
			t.Errorf("lead on %s: the next paragraph is dated %s, want %s", c.lead.date, m.paraDate.date, c.want)
		}
	}
}

// extractOf is the extraction of testArticle(text).
func extractOf(t *testing.T, text string) *timeline.Extraction {
	t.Helper()
	x, doc := testArticle(t, text)
	return x.Extract(doc)
}

// TestMemoryAcrossSentences: in the event pass, a sentence that is no
// happening still tells the sentences after it who "he" is and what day
// it is; one turned away unread tells nothing.
func TestMemoryAcrossSentences(t *testing.T) {
	for _, c := range []struct{ text, people, date string }{
		// "Snow fell ... on Monday" is no happening, but dates the paragraph
		{"Snow fell in Davos on Monday. Steve Witkoff met Vladimir Putin.", "Steve Witkoff/agent, Vladimir Putin/counterpart", "2026-01-19"},
		// a sentence too short to read: its Monday does not date the next
		{"Witkoff arrived Monday. Steve Witkoff met Vladimir Putin.", "Steve Witkoff/agent, Vladimir Putin/counterpart", "2026-01-21"},
		// "Witkoff is in Davos" is no happening, but he is who "he" is
		{"Steve Witkoff is in Davos. He met reporters on Monday.", "Steve Witkoff/agent", "2026-01-19"},
		{"Steve Witkoff is in Davos. On Monday he met reporters.", "Steve Witkoff/agent", "2026-01-19"},
		// a date still to come dates no saying after it
		{"Construction is expected to begin in September. The architect, Steve Witkoff, said the building would open in 2027.", "Steve Witkoff/agent", "2026-01-21"},
		{"Steve Witkoff is in Davos, near the hall. Three people were pulled from the rubble on Monday, he said.", "Steve Witkoff/agent", "2026-01-19"},
		// "the leaders" are the pair named before; "European leaders" a
		// new group, not them
		{"Steve Witkoff and Yuri Ushakov are in Davos. The leaders met on Monday.", "Steve Witkoff/agent, Yuri Ushakov/agent", "2026-01-19"},
		{"Steve Witkoff and Yuri Ushakov are in Davos. European leaders met in Brussels on Monday.", "Europe/agent", "2026-01-19"},
		// an organisation named, taking part or not, is who "the firm" is next
		{"Steve Witkoff, a director of the carmaker Halvorsen Motors, is in Davos. The firm opened a plant in Oslo in 1994.", "Halvorsen Motors/agent", "1994"},
	} {
		ex := extractOf(t, c.text)
		if len(ex.Events) != 1 {
			t.Fatalf("%q: %d events, want 1", c.text, len(ex.Events))
		}
		if e := ex.Events[0]; partsOf(e.Participants) != c.people || e.Date != c.date {
			t.Errorf("%q: %s on %s, want %s on %s", c.text, partsOf(e.Participants), e.Date, c.people, c.date)
		}
	}
}

// TestSayingGoesOn: "she added" in a new paragraph goes on with the
// saying just before, on its date, not the news date.
func TestSayingGoesOn(t *testing.T) {
	text := "Karin Halden met the envoys of Tarsk in Oslo on Monday.\n\n“The talks were frank,” Halden said in an interview on Tuesday.\n\n“We will meet again in April,” she added."
	x, doc := testArticle(t, text)
	doc.Blocks = nil
	for start := 0; start < len(text); {
		end := strings.Index(text[start:], "\n\n")
		if end < 0 {
			end = len(text) - start
		}
		doc.Blocks = append(doc.Blocks, article.Block{Kind: article.KindParagraph, Text: text[start : start+end], Start: start, End: start + end})
		start += end + 2
	}
	ex := x.Extract(doc)
	if n := len(ex.Events); n != 3 {
		t.Fatalf("%d events, want 3", n)
	}
	if e := ex.Events[2]; e.Kind != timeline.KindStatement || e.Date != "2026-01-20" {
		t.Errorf("she added: %s on %s, want a statement on 2026-01-20", e.Kind, e.Date)
	}
}
