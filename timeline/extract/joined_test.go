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
		want []string // per event: kind | participants | places
	}{
		{"Steve Witkoff met Kirill Dmitriev in Riyadh on Tuesday to discuss a ceasefire, as Russian drones struck Sumy, killing two people.",
			[]string{"meeting | Steve Witkoff/agent, Kirill Dmitriev/counterpart | Riyadh", "attack | Russia/agent | Sumy"}},
		{"Radoslaw Sikorski arrived in Kyiv on Tuesday and met Volodymyr Zelenskyy.",
			[]string{"travel | Radosław Sikorski/agent | Kyiv", "meeting | Radosław Sikorski/agent, Volodymyr Zelenskyy/counterpart | Kyiv"}},
		// two verbs of one happening
		{"Russian drones struck Sumy on Tuesday and killed and injured civilians.",
			[]string{"attack | Russia/agent | Sumy", "casualty | Russia/agent | Sumy"}},
		{"The strike on Sumy on Tuesday killed and injured civilians.",
			[]string{"attack | - | Sumy"}},
	} {
		ex := extractOf(t, c.text)
		var got []string
		for _, e := range ex.Events {
			got = append(got, string(e.Kind)+" | "+partsOf(e.Participants)+" | "+strings.Join(e.Places, ", "))
		}
		if strings.Join(got, "\n") != strings.Join(c.want, "\n") {
			t.Errorf("%q:\n got %q\nwant %q", c.text, got, c.want)
		}
	}
}
