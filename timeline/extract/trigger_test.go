package extract

import (
	"regexp"
	"strings"
	"testing"
)

// marked writes the sentence with its trigger and speaker marked:
// "[said: statement, speaker]", "[struck: attack]", "[said: speaker]";
// "[no trigger: other]" at the end of a sentence without one.
func marked(s *sentence) string {
	var b strings.Builder
	at := 0
	for k := range s.toks {
		var marks []string
		if k == s.trig {
			marks = append(marks, string(s.kind))
		}
		if k == s.speaker {
			marks = append(marks, "speaker")
		}
		if marks == nil {
			continue
		}
		start, end := s.toks[k].Start-s.span.Start, s.toks[k].End-s.span.Start
		b.WriteString(s.text[at:start] + "[" + s.text[start:end] + ": " + strings.Join(marks, ", ") + "]")
		at = end
	}
	b.WriteString(s.text[at:])
	if s.trig < 0 {
		b.WriteString(" [no trigger: " + string(s.kind) + "]")
	}
	return b.String()
}

// marks match what marked adds around a word.
var marks = regexp.MustCompile(`\[([^:\]]+): [^\]]+\]`)

// triggerCases are sentences, one a line, with their trigger and speaker
// marked as marked writes them.
const triggerCases = `
“Russia struck our cities again,” Volodymyr Zelenskyy [said: statement, speaker] on Tuesday.
Ukraine's air force [said: speaker] Russian drones [struck: attack] Odesa overnight.
Ukraine [said: statement, speaker] the talks would continue.
Rutte [warned: statement, speaker] that peace talks are fantastic.
Witkoff is [heading: travel] to Moscow to meet Putin.
A third [round: negotiation] is expected in Abu Dhabi later this month.
The crowd gave the speakers a round of applause. [no trigger: other]
The rocket stood on the launch pad. [no trigger: other]
An [attack: attack] in Odesa claimed the life of a teenager.
Following the tour of Estonia, Vladimir Putin [answered: statement, speaker] questions.
Russian forces [fired: attack] missiles at Kharkiv overnight.
The spacecraft [fired: other] its thrusters for 42 minutes.
The chef was [fired: decision] from the restaurant.
Ukraine [launched: attack] a drone attack on a refinery.
The probe [launched: decision] in October aboard a rocket.
The probe is scheduled to [arrive: travel] at Jupiter in 2030.
Mission managers will hold a media [teleconference: statement, speaker] at 11 a.m.
`

// TestPickTrigger pins the trigger: the first trigger word in its sense
// outside the asides gives the kind; a hard past happening after a
// reporting verb is the speaker's claim; no trigger is kind other.
func TestPickTrigger(t *testing.T) {
	for _, want := range strings.Split(strings.TrimSpace(triggerCases), "\n") {
		text := marks.ReplaceAllString(strings.TrimSuffix(want, " [no trigger: other]"), "$1")
		_, s := sentenceOf(t, text, beforeTrigger, memory{})
		pickTrigger(s)
		if got := marked(s); got != want {
			t.Errorf("got  %s\nwant %s", got, want)
		}
	}
}

func TestPastTense(t *testing.T) {
	for w, want := range map[string]bool{"struck": true, "signed": true, "met": true, "said": false, "strikes": false, "meets": false} {
		if pastTense(w) != want {
			t.Errorf("pastTense(%q) = %v", w, !want)
		}
	}
}
