package extract

import (
	"strings"
	"testing"
)

// modalityCases are sentences, one a line, each followed by " => " and
// its status, certainty and speaker as TestModality writes them.
const modalityCases = `
The Kremlin denied that Russian drones hit a hospital in Kharkiv on Monday. => happened, denied by Kremlin
Moscow said its forces struck Kharkiv. => happened, claimed by Russia
Sergei Lavrov reportedly met Marco Rubio in Riyadh. => happened, claimed
Russian drones struck Odesa, the governor said. => happened, claimed
Russian drones struck Odesa, Volodymyr Zelenskyy said. => happened, claimed by Volodymyr Zelenskyy
Kaja Kallas said the bloc would consider new sanctions. => happened, asserted by Kaja Kallas
“We will win,” said Volodymyr Zelenskyy. => happened, asserted by Volodymyr Zelenskyy
Volodymyr Zelenskyy will say “we will win” in his address. => scheduled, asserted by Volodymyr Zelenskyy
Russian drones struck Odesa overnight, said Volodymyr Zelenskyy. => happened, claimed by Volodymyr Zelenskyy
Negotiators agreed on a prisoner exchange, according to Rustem Umerov. => happened, claimed by Rustem Umerov
Dmitry Peskov said no date had been set. => happened, asserted by Dmitry Peskov
Keir Starmer will travel to Kyiv next week. => scheduled, asserted
Witkoff is heading to Moscow alongside Jared Kushner. => scheduled, asserted
The meeting between Donald Trump and Volodymyr Zelenskyy is scheduled for noon. => scheduled, asserted
A deal could be signed in Geneva next week. => scheduled, speculative
Vladimir Putin could meet Volodymyr Zelenskyy in Istanbul. => scheduled, speculative
Vladimir Putin could have met Volodymyr Zelenskyy in Istanbul. => happened, speculative
The crawler is moving the rocket to the pad. => ongoing, asserted
Drones have killed three people in Kharkiv. => ongoing, asserted
Kassym-Jomart Tokayev congratulated Vladimir Putin on the upcoming holiday. => happened, asserted by Kassym-Jomart Tokayev
The upcoming summit of Vladimir Putin and Kassym-Jomart Tokayev takes place in Minsk. => scheduled, asserted
The next round of talks between Rustem Umerov and Steve Witkoff opens in Geneva. => scheduled, asserted
In February, Nordvik Telecom agreed to sell its towers to Brightline Infrastructure; the sale is expected to close in May. => happened, asserted
Vladimir Putin and Kassym-Jomart Tokayev agreed last year that the programme would be extended until 2030. => happened, asserted
`

// TestModality pins status, certainty and speaker.
func TestModality(t *testing.T) {
	for _, line := range strings.Split(strings.TrimSpace(modalityCases), "\n") {
		text, want, _ := strings.Cut(line, " => ")
		st, s := sentenceOf(t, text, beforeModality, memory{})
		st.modality(s)
		got := string(s.status) + ", " + string(s.certainty)
		if s.assertedBy != "" {
			got += " by " + s.assertedBy
		}
		if got != want {
			t.Errorf("%s => %s, want %s", text, got, want)
		}
	}
}
