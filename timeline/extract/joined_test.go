package extract

import (
	"strings"
	"testing"
)

// TestJoinedHappenings: each happening of a sentence that reports two
// keeps its own kind, people and places.
func TestJoinedHappenings(t *testing.T) {
	for _, c := range []struct {
		text string
		want []string // per event: kind date | participants | places
	}{
		{"Steve Witkoff met Kirill Dmitriev in Riyadh on Tuesday to discuss a ceasefire, as Russian drones struck Sumy, killing two people.",
			[]string{"meeting 2026-01-20 | Steve Witkoff/agent, Kirill Dmitriev/counterpart | Riyadh", "attack 2026-01-20 | Russia/agent | Sumy"}},
		{"Radoslaw Sikorski arrived in Kyiv on Tuesday and met Volodymyr Zelenskyy.",
			[]string{"travel 2026-01-20 | Radosław Sikorski/agent | Kyiv", "meeting 2026-01-20 | Radosław Sikorski/agent, Volodymyr Zelenskyy/counterpart | Kyiv"}},
		{"On 4 March, as Steve Witkoff met Kirill Dmitriev in Riyadh, Russian drones struck Sumy, killing two people.",
			[]string{"meeting 2025-03-04 | Steve Witkoff/agent, Kirill Dmitriev/counterpart | Riyadh", "attack 2025-03-04 | Russia/agent | Sumy"}},
		{"As Steve Witkoff met Kirill Dmitriev in Riyadh, he said the talks were going well.",
			[]string{"meeting 2026-01-21 | Steve Witkoff/agent, Kirill Dmitriev/counterpart | Riyadh"}},
		{"Volodymyr Zelenskyy met Donald Trump and signed a minerals agreement on 28 February 2025.",
			[]string{"meeting 2025-02-28 | Volodymyr Zelenskyy/agent, Donald Trump/counterpart | ", "agreement 2025-02-28 | Volodymyr Zelenskyy/agent | "}},
		// two verbs of one happening
		{"Russian drones struck Sumy on Tuesday and killed and injured civilians.",
			[]string{"attack 2026-01-20 | Russia/agent | Sumy", "casualty 2026-01-20 | Russia/agent | Sumy"}},
		{"The strike on Sumy on Tuesday killed and injured civilians.",
			[]string{"attack 2026-01-20 | - | Sumy"}},
		// a birth told in passing is a happening of its own; it dates nothing else
		{"Ingrid Solberg, born in Oslo on February 24, 1955, founded the bank.",
			[]string{"decision 2026-01-21 | Ingrid Solberg/agent | ", "other 1955-02-24 | Ingrid Solberg/agent | Oslo"}},
		{"Ingrid Solberg, born in Oslo on February 24, 1955, has a large family.",
			[]string{"other 1955-02-24 | Ingrid Solberg/agent | Oslo"}},
		// a happening still to come, dated in its own relative clause
		{"Vladimir Putin and Kassym-Jomart Tokayev discussed the summit to be held in Minsk in May.",
			[]string{"negotiation 2026-01-21 | Vladimir Putin/agent, Kassym-Jomart Tokayev/agent | ", "meeting 2026-05 | - | Minsk"}},
		{"Vladimir Putin and Kassym-Jomart Tokayev discussed the summit, which will take place in Minsk in May.",
			[]string{"negotiation 2026-01-21 | Vladimir Putin/agent, Kassym-Jomart Tokayev/agent | ", "meeting 2026-05 | - | Minsk"}},
		// dated before it: one happening, as before
		{"Vladimir Putin and Kassym-Jomart Tokayev discussed on Monday the summit to be held in Minsk in May.",
			[]string{"negotiation 2026-01-19 | Vladimir Putin/agent, Kassym-Jomart Tokayev/agent | Minsk"}},
	} {
		ex := extractOf(t, c.text)
		var got []string
		for _, e := range ex.Events {
			got = append(got, string(e.Kind)+" "+e.Date+" | "+partsOf(e.Participants)+" | "+strings.Join(e.Places, ", "))
		}
		if strings.Join(got, "\n") != strings.Join(c.want, "\n") {
			t.Errorf("%q:\n got %q\nwant %q", c.text, got, c.want)
		}
	}
}
