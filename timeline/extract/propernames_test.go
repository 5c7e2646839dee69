package extract

import (
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/storygraph/storygraph/timeline"
	"github.com/storygraph/storygraph/timeline/article"
)

// properNameCases pin the names found by their shape and company alone
// (findProperNames): people nobody listed and no cue announced, their
// surnames later, people after titles and in lists. Each row names the
// entities it wants ("person:Maria Lindqvist", with "=Lindqvist" for a
// mention of it that must be there) and those it must not have ("-");
// TestProperNames checks them.
var properNameCases = []struct {
	style, text string
	want        []string
}{
	// obituary: a relative named in full with the same surname is someone else, not a second name of the dead
	{"obituary", "Vera Lindqvist, the architect, died at her home on Tuesday night.\n\nHer daughter, Karin Lindqvist, said she had been ill.\n\nBorn in Malmo in 1935, Lindqvist studied in Copenhagen.",
		[]string{"person:Vera Lindqvist=Lindqvist", "person:Karin Lindqvist"}},
	// business: a firm named after its founder, named first, is who its short name is until the founder is named
	{"business", "Halvorsen Motors announced a recall on Wednesday.\n\nIn a statement, Halvorsen said owners would be contacted.\n\nThe company was founded in 1972 by engineer Ingrid Halvorsen.",
		[]string{"organization:Halvorsen Motors=Halvorsen", "person:Ingrid Halvorsen"}},
	// readout, wire: where people meet is a place, though the text names it
	// once, and so is "in X" with a time after it
	{"readout", "The two presidents met in Tarvik yesterday.\n\nTheir ministers will meet in Ostrela next month.",
		[]string{"place:Tarvik", "place:Ostrela"}},
	{"wire", "The president hosted her counterpart in Kessavik yesterday.\n\nA second round of talks opened in Marrowby on Monday.",
		[]string{"place:Kessavik", "place:Marrowby"}},
	// wire: a possessive name, then the surname with an age
	{"wire", "OSLO (Reuters) - Maria Lindqvist's lawsuit was dismissed on Tuesday. Lindqvist, 54, moved to Oslo in 1998.",
		[]string{"person:Maria Lindqvist=Lindqvist"}},
	// wire: the surname alone first in a later paragraph
	{"wire", "Petra Vanhala filed the appeal in March.\n\nVanhala lost the appeal on Friday.",
		[]string{"person:Petra Vanhala=Vanhala"}},
	// business: people after an office and in a list after a plural title
	{"business", "The board named Dr Helen Marsh chief executive on Monday, replacing Colin Ashdown, who retired.",
		[]string{"person:Helen Marsh", "person:Colin Ashdown"}},
	{"business", "ESA astronauts Anna Berg, Luca Conti and Marta Silva will fly in 2027.",
		[]string{"person:Anna Berg", "person:Luca Conti", "person:Marta Silva"}},
	// military rank abbreviations
	{"wire", "Maj Gen Tom Harlow took command of the division on Thursday.",
		[]string{"person:Tom Harlow"}},
	// interview: first person, a name with no reporting verb
	{"interview", "I grew up with my aunt, Rosalind Okafor, and she taught me to read.\nOkafor was a nurse.",
		[]string{"person:Rosalind Okafor=Okafor"}},
	// interview transcript: given names an editor added in brackets
	// complete the surname the speaker said, initials and all
	{"interview", "Q: Who did you vote for?\nA: [Harold K. W.] Dunmore in 88 and [Phil] Abernathy in 96. Dunmore lost.",
		[]string{"person:Harold K. W. Dunmore=Dunmore", "person:Phil Abernathy=Abernathy"}},
	// a reading list: "Surname, Given." before a title is the person,
	// and so is the surname alone later
	{"interview", "Clara Ostheim sent us her list.\n\nOstrander, Paula Jean. The Salt Roads (novel). 1998.\nKeller, Tom and Brandt, Ilse. A History of Ports.\n\nShe reads Ostrander every winter.",
		[]string{"person:Paula Jean Ostrander=Ostrander", "person:Tom Keller=Keller", "person:Ilse Brandt=Brandt", "-Paula Jean"}},
	// local news: a councillor's title is no part of the name
	{"local", "The council leader, Cllr Desmond Okonjo, blamed years of underfunding. Councillor Bethan Rhys-Morgan disagreed.",
		[]string{"person:Desmond Okonjo", "person:Bethan Rhys-Morgan", "-Cllr Desmond Okonjo", "-Councillor Bethan Rhys-Morgan"}},
	// a surname that is a word, with an apposition whose possessor is a
	// firm: the person is what the apposition's head says
	{"wire", "A court ruled for Harbour Lines on Monday.\n\nYoung, the company's lawyer, welcomed the ruling.",
		[]string{"person:Young"}},
	// plain, one sentence a line; negatives: a weekday, a month and a
	// sentence-initial common word are no names
	{"plain", "Sunday was cold.\nThen Ingrid Haugen arrived in June.\nHaugen stayed a week.",
		[]string{"person:Ingrid Haugen=Haugen", "-Sunday", "-June", "-Then"}},
	// negatives: a spacecraft after "in" and a band are not a place or
	// an organisation on one weak cue
	{"business", "Tobias Renner flew in Orion and listened to the Beatles.",
		[]string{"person:Tobias Renner", "-Orion", "-Beatles"}},
	// sport: a side named "the <plural>" twice is a club (two weak cues
	// make it one); an event named so is none
	{"sport", "Fans of the Kestrels waited outside. The Kestrels beat the Corvids and the Kestrels moved top. Mara Quist won at the Paralympics.",
		[]string{"organization:Kestrels", "person:Mara Quist", "-Corvids", "-Paralympics"}},
	// wire: the firm whose analyst or engineers are named before them
	// is a firm; after "analyst" in lower case, a person's name before
	// "of" is theirs, whatever its given name also means
	{"wire", "Corrowby analyst Tom Raeburn said the results were strong. It was founded by former Vellmark engineers Noa Adler and Eitan Barak. Media analyst Rich Halloran of Brightfell Partners said the closure showed limits.",
		[]string{"organization:Corrowby", "person:Tom Raeburn", "organization:Vellmark", "person:Noa Adler", "person:Rich Halloran", "organization:Brightfell Partners", "-Rich Halloran of Brightfell Partners", "-Media"}},
	// court: a prosecutor's and a detective's titles before their names
	{"court", "\"Public office is a public trust,\" U.S. Attorney Rhea Castellan said outside the courthouse. Detective Inspector Mary Valcourt led the inquiry.",
		[]string{"person:Rhea Castellan", "-Attorney Rhea Castellan", "person:Mary Valcourt", "-Inspector Mary Valcourt"}},
	// business: a currency's letters are no name
	{"business", "Quanlin Precision reported a profit of NT$12.4 billion. Sales rose to NT$280 billion, the company said.",
		[]string{"organization:Quanlin Precision", "-NT"}},
	// an organisation named after its place is an organisation, and
	// the place in it is still a place (nested names)
	{"science", "The study was led by Ola Brekke of the University of Copenhagen and a team at Washington State University.",
		[]string{"organization:University of Copenhagen", "organization:Washington State University", "person:Ola Brekke"}},
	// one organisation head word is enough for a name nobody listed
	{"business", "Shares of Halvorsen Sports Group rose after the Department of Coastal Works approved the plan.",
		[]string{"organization:Halvorsen Sports Group", "organization:Department of Coastal Works"}},
	// an organisation named after another is another: its first word
	// is no mention of the one the gazetteer knows
	{"business", "The NASA Employees Union filed a grievance on Monday.",
		[]string{"organization:NASA Employees Union", "-NASA"}},
	// a given name that is also a word opens a sentence with a surname
	{"interview", "Nick Bos, of the Institute of Ant Studies, spoke to us. Bos studies ants.",
		[]string{"person:Nick Bos=Bos"}},
	// negatives: holidays are calendar words, not organisations
	{"business", "Sales rose during the Christmas and New Year period, Mira Holt said.",
		[]string{"person:Mira Holt", "-Christmas", "-Christmas and New Year"}},
	// a surname with particles, said later, is the person named in full
	// before, and no word of the full name is a surname of its own
	{"business", "The firm said its chief executive, Joost van der Wal, would step down.\n\nIn January, Van der Wal said he expected rates to recover.",
		[]string{"person:Joost van der Wal=Van der Wal", "-Van der Wal"}},
	{"wire", "Ana de la Rosa resigned on Monday. De la Rosa said she was tired.",
		[]string{"person:Ana de la Rosa=De la Rosa", "-De la Rosa"}},
	// a division after a name; a name paired with a known place is a place
	{"wire", "A bus plunged into a ravine in the Tambora region of northern Peru on Thursday.",
		[]string{"place:Tambora"}},
	{"wire", "The bus was travelling from Quellca to Lima when it crashed.",
		[]string{"place:Quellca"}},
	{"interview", "My father worked on the ferries between Porthmarrow and Dublin for thirty years.",
		[]string{"place:Porthmarrow"}},
	// where something stands or someone named is: a place on "in" alone
	{"interview", "I met her at a conference in Bergavik. She worked at Quietfox Studio in Tessby.",
		[]string{"place:Bergavik", "place:Tessby"}},
	{"sport", "She trained for the world championships in Tessby and won the marathon in Kovvik.",
		[]string{"place:Tessby", "place:Kovvik"}},
	// negative: a comma list is no pair ("Fernhollow, Arkansas" is a place with its state)
	{"interview", "I have been to the Fernhollow Fair in Arkansas, Magic Nights in Las Vegas and the Jubilee in Paris.",
		[]string{"-Magic Nights"}},
	// an acronym read as an organisation is one; an untyped one is a term
	{"interview", "Jana Brekke said she had worked for NORDEC in Paris before she learnt XML.",
		[]string{"organization:NORDEC", "-XML"}},
	// an acronym alone is the organisation named before whose initials it is
	{"business", "Inflation fell, the Norland Office for Price Statistics said on Wednesday. Cheaper fuel drove the decline, the NOPS said.",
		[]string{"organization:Norland Office for Price Statistics=NOPS", "-NOPS"}},
	// a short form of an organisation named in full is that organisation,
	// whatever little evidence it has of its own
	{"business", "Telmark Energy makes batteries for buses. Telmark, based in Rostrup, hired forty people.",
		[]string{"organization:Telmark Energy=Telmark"}},
	// where someone was born, grew up or a firm is based is a place on
	// that alone
	{"obituary", "Born in Dunholt, Edwin Trask studied law. He grew up in Brayton. His firm is based in Ostervik.",
		[]string{"place:Dunholt", "place:Brayton", "place:Ostervik"}},
	// an interview's speaker label of initials is the person named in full
	{"interview", "Wikinews spoke with Karl Engstrom about the vote.\n\nKE: I grew up here.\n\nKE: Nobody asked us.",
		[]string{"person:Karl Engstrom=KE", "-KE"}},
	// an opening phrase "Founded ... by X," names the founder; the noun
	// after its comma is the sentence's subject, no apposition of X
	{"business", "Founded in 1998 by Maria Ostrova, the firm runs trains. Led by Tomas Vedder, the team won. Acme was bought by Velloria, the chipmaker, in May.",
		[]string{"person:Maria Ostrova", "person:Tomas Vedder", "organization:Velloria"}},
	// a place listed before a place named after it
	{"wire", "Ballot boxes in Kessa and Tumbo districts arrived late.",
		[]string{"place:Kessa", "place:Tumbo"}},
	// a firm of partners is no mention of a known person of one
	// partner's surname
	{"obituary", "Trask studied law before joining the firm of Abbott & Pryce in Leeds.",
		[]string{"organization:Abbott & Pryce", "-Greg Abbott"}},
	// a hyphenated surname said alone later: no half of it is a surname
	// of its own, and a particle the cue pass took in is still the person
	{"local", "Helena Brandt-Moser opened the clinic. Brandt-Moser said it was full.",
		[]string{"person:Helena Brandt-Moser=Brandt-Moser", "-Brandt-Moser"}},
	{"sport", "Olga de Vries-Hartman won the final. De Vries-Hartman said so.",
		[]string{"person:Olga de Vries-Hartman=De Vries-Hartman", "-De Vries-Hartman"}},
	// a longer place's name outranks a known place's short alias in it
	{"science", "The team plans to survey the Rio Branco valley next year.",
		[]string{"place:Rio Branco", "-Rio de Janeiro"}},
	// where a school or a site stands is a place on "in" alone
	{"interview", "Anouk Verbeek met her colleagues at the conservatory in Utrecht.",
		[]string{"place:Utrecht"}},
	// "in X, Y": a place with its region, both unknown, are both places
	{"wire", "Talks were held in Vellmar, Dunholt.",
		[]string{"place:Vellmar", "place:Dunholt"}},
	// a compass adjective before a name, and a noun of places with a
	// comma before it, make it a place; not a sentence's opening phrase
	{"wire", "An earthquake struck western Marovia. The epicentre was near the provincial capital, Ouro Verde. Rescuers reached the capital, Dessa, on Sunday.",
		[]string{"place:Marovia", "place:Ouro Verde", "place:Dessa"}},
	{"wire", "In the capital, Lindqvist said the talks had failed.",
		[]string{"person:Lindqvist"}},
	// parliaments called by their own names are institutions
	{"wire", "The Storting passed a climate bill on Wednesday. The Riksdag debated it too.",
		[]string{"organization:Storting", "organization:Riksdag"}},
	// a side of a match is a club, whatever its head word says; a
	// ground after the score is still a place
	{"sport", "Elsewhere, Harwick drew 1-1 with Dorrel County, and Pell Rovers won 2-0 at the Tarrow Stadium.",
		[]string{"organization:Dorrel County", "place:Tarrow Stadium"}},
	// negative: a photo credit is no one the story names
	{"wire", "Greta Sundin opened the museum on Monday.\n\nAgency/Pavel Dusek",
		[]string{"person:Greta Sundin", "-Pavel Dusek"}},
}

func TestProperNames(t *testing.T) {
	for _, c := range properNameCases {
		ex := extractOf(t, c.text)
		var got []string
		for _, e := range ex.Entities {
			s := string(e.Type) + ":" + e.Name
			for _, m := range e.Mentions {
				if m.Text != e.Name {
					s += "=" + m.Text
				}
			}
			got = append(got, s)
		}
		for _, w := range c.want {
			if strings.HasPrefix(w, "-") {
				for _, e := range ex.Entities {
					if e.Name == w[1:] {
						t.Errorf("%s %q: %s is an entity (%s)", c.style, c.text, w[1:], e.Type)
					}
				}
				continue
			}
			name, mention, _ := strings.Cut(w, "=")
			ok := slices.ContainsFunc(ex.Entities, func(e timeline.Entity) bool {
				if string(e.Type)+":"+e.Name != name || !e.Discovered {
					return false
				}
				return mention == "" || slices.ContainsFunc(e.Mentions, func(m timeline.Mention) bool { return m.Text == mention })
			})
			if !ok {
				t.Errorf("%s %q: want %s, got %v", c.style, c.text, w, got)
			}
		}
	}
}

// TestDatelinePlaces: a dateline's place and its region are places, known
// or not; a date after the comma is none.
func TestDatelinePlaces(t *testing.T) {
	for _, c := range []struct{ text, want string }{
		{"HARWICK, Norland (Example Wire) — Commuters face long detours after a bridge closed.", "place:Harwick=HARWICK place:Norland"},
		{"PORT SALEM, Dec 2 (Example Wire) - Voting was calm on Sunday.", "place:Port Salem=PORT SALEM"},
	} {
		docs, errs := article.Read("t.md", []byte("---\ntitle: News\npublished: 2026-01-21\n---\n"+c.text+"\n"))
		if len(errs) > 0 || len(docs) != 1 {
			t.Fatalf("read: %v", errs)
		}
		x, _ := testArticle(t, c.text)
		var got []string
		for _, e := range x.Extract(&docs[0]).Entities {
			s := string(e.Type) + ":" + e.Name
			for _, m := range e.Mentions {
				if m.Text != e.Name {
					s += "=" + m.Text
				}
			}
			got = append(got, s)
		}
		if strings.Join(got, " ") != c.want {
			t.Errorf("%q: entities %q, want %q", c.text, strings.Join(got, " "), c.want)
		}
	}
}

// TestOneNameOneType: a name the article takes as a place or a firm is
// that wherever it is named, also where its own cues were too few ("a
// man from Kettlewick" before "of Felham Road, Kettlewick,"); two firms
// in a list stay two.
func TestOneNameOneType(t *testing.T) {
	text := "A businessman from Kettlewick has been jailed. Gareth Pryce, 52, of Felham Road, Kettlewick, was sentenced. He paid Brightwater Marine Services and Delmont Supplies."
	var got []string
	for _, e := range extractOf(t, text).Entities {
		got = append(got, fmt.Sprintf("%s:%s/%d", e.Type, e.Name, len(e.Mentions)))
	}
	want := "place:Kettlewick/2 person:Gareth Pryce/1 place:Felham Road/1 organization:Brightwater Marine Services/1 organization:Delmont Supplies/1"
	if strings.Join(got, " ") != want {
		t.Errorf("entities %q, want %q", strings.Join(got, " "), want)
	}
}
