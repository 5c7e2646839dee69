package extract

import (
	"slices"
	"strings"
	"testing"
)

// knownNames: names the gazetteer knows, in the shapes news writes
// them. want holds "type:Name" for entities that must be found (known or
// discovered) and "-Name" for names that must not be entities.
var knownNames = []struct {
	style, text string
	want        []string
}{
	// a demonym before what a state has or does speaks of the country;
	// before anything else it only says where a person or thing is from
	{"sport", "The Belgian team won the race in Lyon on Sunday, and Colombian Nairo Duarte was second.",
		[]string{"place:Lyon", "-Belgium", "-Colombia"}},
	{"arts", "A Malaysian documentary and a Nigerian-born novelist's memoir won prizes in Oslo on Monday.",
		[]string{"place:Oslo", "-Malaysia", "-Nigeria"}},
	// a trade's title after a demonym, or a demonym said of someone, is
	// where one is from
	{"arts", "Spanish director Ana Velcora won the prize in Oslo, and the runner thanked Poland even though he was Czech.",
		[]string{"place:Oslo", "place:Poland", "-Spain", "-Czech Republic"}},
	{"wire", "Russian forces shelled Kharviv overnight and Ukrainian negotiators left Geneva on Monday.",
		[]string{"place:Russia", "place:Ukraine", "place:Geneva"}},
	{"wire", "Estonian and Latvian negotiators met in Riga on Monday.", []string{"place:Estonia", "place:Latvia"}},
	{"feature", "Tomas Erben climbed Everest in May and crossed the Andes on foot a year later.",
		[]string{"place:Mount Everest", "place:Andes", "person:Tomas Erben"}},
	// "City, Region": the region is a place of the happening too
	{"wire", "The plant in Austin, Texas closed on Monday, Dana Roe said.",
		[]string{"place:Austin", "place:Texas"}},
	{"interview", "We met in his office in Cambridge, Massachusetts, on Friday.",
		[]string{"place:Cambridge", "place:Massachusetts"}},
	// a known person's one-word alias or surname inside a longer name
	// is someone else
	{"wire", "Abdullah bin Rashid al-Harthy met reporters in Doha on Monday.",
		[]string{"person:Abdullah bin Rashid al-Harthy", "-King Abdullah", "-Mohammed bin Rashid Al Maktoum"}},
	{"readout", "The talks were led by Ahmed bin Zayed on Tuesday.",
		[]string{"person:Ahmed bin Zayed", "-Abiy Ahmed"}},
	// a city after a given name is a surname; a word before a city that
	// is no given name makes another place
	{"feature", "She reads Jack London every summer, she told us on Monday.",
		[]string{"person:Jack London", "-London"}},
	{"feature", "George Washington crossed the river in 1776, historians say.",
		[]string{"person:George Washington", "-Washington, D.C."}},
	// particles: a sentence opened by "Van der", "de" after a given name
	{"wire", "Van der Berg met Jean-Luc de la Fontaine in Doha on Monday.",
		[]string{"person:Van der Berg", "person:Jean-Luc de la Fontaine"}},
	{"wire", "Pieter van der Berg, the airline's chief, spoke first. Van der Berg said the company would cooperate.",
		[]string{"person:Pieter van der Berg", "-der Berg"}},
	// a person's name before "of" an organisation is the person's
	{"business", "Analyst Marcus Oyelaran of Kestrel Securities said investors had expected deeper cuts.",
		[]string{"person:Marcus Oyelaran", "organization:Kestrel Securities", "-Analyst Marcus Oyelaran of Kestrel Securities"}},
	// a place listed with a known place; an organisation after its noun
	{"business", "The company would close plants in Vardenfeld and Lyon by the end of next year.",
		[]string{"place:Vardenfeld", "place:Lyon"}},
	{"business", "Last year, the group bought the Spanish snack maker Crujiente for 350 million euros.",
		[]string{"organization:Crujiente"}},
	// a known person's surname alone is whoever the article names in
	// full with it
	{"local", "Councillor Raj Patel proposed the plan on Monday. Patel's motion was seconded by Deirdre O'Connell.",
		[]string{"person:Raj Patel", "-Kash Patel"}},
	{"wire", "FBI Director Kash Patel spoke on Monday. Patel said the bureau would act.",
		[]string{"person:Kash Patel", "-Raj Patel"}},
	// a rare surname several gazetteer people share is the one in office;
	// a frequent one is anybody's
	{"wire", "Macron said on Monday that the talks had gone well.",
		[]string{"person:Emmanuel Macron", "-Brigitte Macron"}},
	{"local", "Johnson said on Monday that the bridge would reopen.",
		[]string{"-Mike Johnson", "-Boris Johnson"}},
	// a known organisation's or city's word after a given name is a
	// surname; so is a city's name alone after the person was named in full
	{"feature", "The singer Taylor Swift performed in Paris on Monday.",
		[]string{"person:Taylor Swift", "-SWIFT", "place:Paris"}},
	{"science", "Professor Ana Lima led the study. Lima said the findings were clear.",
		[]string{"person:Ana Lima", "-Lima"}},
	{"science", "Professor Ana Lima led the study. She flew to Lima on Monday.",
		[]string{"person:Ana Lima", "place:Lima"}},
	// where something was held, or someone died, is a place
	{"wire", "The meeting was held in Utrecht on Monday. He died in Groningen in 1998.",
		[]string{"place:Utrecht", "place:Groningen"}},
	// a demonym opening an organisation's name is no mention of the country
	{"wire", "She was cited by The Canadian Press on Friday.",
		[]string{"organization:Canadian Press", "-Canada"}},
	// a discovered company's first word alone later is that company
	{"business", "Sakura Pharmaceutical Co agreed on Tuesday to buy Vitalis Saude SA. Sakura will pay 48.50 reais per share for Vitalis.",
		[]string{"organization:Sakura Pharmaceutical Co", "organization:Vitalis Saude SA", "-Vitalis", "-Sakura"}},
	// ... but not after a preposition of where: a club or firm named
	// after its town leaves the town its name
	{"sport", "Redhaven Rovers won the cup on Saturday. Police in Redhaven said the celebrations were calm.",
		[]string{"organization:Redhaven Rovers", "place:Redhaven"}},
	{"business", "Zenara Bank Plc said profit rose. Kelby Fund holds shares in Zenara.",
		[]string{"organization:Zenara Bank Plc", "-Zenara"}},
	// a company named in full and by a shorter name is one company: the
	// gazetteer's, or the full name's
	{"business", "Volkswagen AG said on Monday it would cut jobs. Volkswagen said the cuts would come by 2028.",
		[]string{"organization:Volkswagen", "-Volkswagen AG"}},
	{"business", "Profits rose at Kelvor Holdings. Kelvor Holdings ASA, the shipping group, said on Thursday its profit rose.",
		[]string{"organization:Kelvor Holdings ASA", "-Kelvor Holdings"}},
	// a known name inside a longer name is no mention of its own: a
	// place opening a place's name, a city after a word of firms' names,
	// a place written with its article before an organisation's name
	{"wire", "The ship docked at Porto Vedra on Friday.",
		[]string{"place:Porto Vedra", "-Porto"}},
	{"business", "The lorries belong to Transportes Oriol, which said the drivers were safe.",
		[]string{"organization:Transportes Oriol", "-Oryol"}},
	// sport: a word of no English before a city names a club; an
	// English word before it a place
	{"sport", "Her mother ran for Zolta Warsaw in the eighties. She now lives in East London.",
		[]string{"organization:Zolta Warsaw", "-Warsaw", "place:East London"}},
	{"wire", "The Baltic Fisheries Council met on Monday and the council said quotas were too high.",
		[]string{"organization:Baltic Fisheries Council", "-Baltic Sea", "-Fisheries Council"}},
	{"business", "Korvel Energi, the plant's owner, said the reactor was safe.",
		[]string{"organization:Korvel Energi"}},
	// one word after a person's name and "of" is where they work
	{"business", "Analyst Fiona Ng of Gartner said demand was weak.",
		[]string{"person:Fiona Ng", "organization:Gartner"}},
	// a street or a stadium named after a place is a place of its own
	{"local", "The bridge on Oxford Street closed on Monday.",
		[]string{"place:Oxford Street", "-Oxford"}},
	{"sport", "Fans gathered at the Emirates Stadium on Monday.",
		[]string{"place:Emirates Stadium", "-United Arab Emirates"}},
	// money, a landform named after a place, a group named after a person
	{"business", "The bank lost 3 million Swiss francs last year.",
		[]string{"-Switzerland"}},
	{"sport", "Hans Gruber of Germany won the race on Sunday.",
		[]string{"person:Hans Gruber", "place:Germany"}},
	{"business", "The South Korean won fell 2 percent on Monday.",
		[]string{"-South Korea"}},
	{"wire", "Oil spills in the Niger Delta rose last year.",
		[]string{"place:Niger Delta", "-Niger"}},
	{"wire", "Houthi attacks on shipping rose in March.",
		[]string{"-Abdul-Malik al-Houthi"}},
	// a country whose name is also a given name, where context says it is the country
	{"readout", "Farid Aziz of Jordan met the delegation on Monday.",
		[]string{"person:Farid Aziz", "place:Jordan"}},
	{"readout", "Jordan's foreign minister met the delegation on Monday.",
		[]string{"place:Jordan"}},
	{"readout", "Farid Aziz met officials in Amman. Jordan is a key ally.",
		[]string{"place:Amman", "place:Jordan"}},
	{"sport", "Michael Jordan met fans in Chicago on Monday.",
		[]string{"person:Michael Jordan", "-Jordan"}},
	// a place opening a longer name is a given name only before a surname
	{"readout", "Georgia Mills met officials in Tbilisi, Georgia.",
		[]string{"person:Georgia Mills", "place:Tbilisi"}},
	{"interview", "He took me to see the Warsaw Philharmonic when I was six.",
		[]string{"organization:Warsaw Philharmonic"}},
	{"sport", "She won silver at the Tokyo Olympics.",
		[]string{"-Tokyo Olympics"}},
	// a firm by "shares in", a river by its first word: enough on their own
	{"business", "Shares in Lufthansa rose on Monday.",
		[]string{"organization:Lufthansa"}},
	{"local", "Divers searched the River Leam on Monday.",
		[]string{"place:River Leam"}},
	// a common word opening the sentence before a name is a title, not a
	// place or a known organisation; a country before "City" is a city's name
	{"feature", "Coordinator Sofia Kallergi said the plan had failed.",
		[]string{"person:Sofia Kallergi", "-Coordinator Sofia", "-Sofia"}},
	{"business", "Economist Hana Lipova said prices would rise.",
		[]string{"person:Hana Lipova", "-The Economist"}},
	{"wire", "Oba Ewuare II visited Benin City on Monday.",
		[]string{"place:Benin City", "-Benin"}},
	// a city's name as a given name, before a surname
	{"business", "Paris Delacroix-Moreau resigned as chief executive on Monday.",
		[]string{"person:Paris Delacroix-Moreau", "-Paris"}},
	{"business", "Sydney Achebe-Park, 41, was appointed on Monday.",
		[]string{"person:Sydney Achebe-Park", "-Sydney", "-Achebe-Park"}},
	{"wire", "Prosecutor Milan Kubat told the court the payments went on until 2019.",
		[]string{"person:Milan Kubat", "-Milan"}},
	// "in" before a list of places goes for each
	{"wire", "Similar protests were held in Dunmore and Veliko Selo on Sunday.",
		[]string{"place:Veliko Selo", "-Selo"}},
	// a time zone is no organisation
	{"agency", "The capsule splashed down at 6:40 a.m. EDT on Monday. The agency said the crew was well.",
		[]string{"-EDT"}},
	// a particle glued on by a hyphen after a title's name
	{"wire", "Lieutenant General Osman bin Khalid al-Tayeb was dismissed on Monday.",
		[]string{"person:Osman bin Khalid al-Tayeb", "-Osman bin Khalid"}},
	{"wire", "Crown Prince Faisal bin Nasser al-Saud visited Paris on Monday.",
		[]string{"person:Faisal bin Nasser al-Saud", "-Mohammed bin Salman"}},
	// a function word opening the sentence is no part of the name after it
	{"readout", "While Witkoff and Kushner held talks with Umerov, drones struck Sumy.",
		[]string{"person:Steve Witkoff", "person:Jared Kushner", "-While Witkoff"}},
	{"wire", "After Macron spoke on Monday, Merz left the hall.",
		[]string{"person:Emmanuel Macron", "person:Friedrich Merz"}},
}

// TestShortCompanyNames: a company found in full answers to its shorter
// names, so that timeline --entity Kestrel finds it.
func TestShortCompanyNames(t *testing.T) {
	ex := extractOf(t, "Kestrel Motors AG said on Monday it would close its plant in Austin, Texas. Kestrel shares fell 4% on Tuesday.")
	for _, e := range ex.Entities {
		if e.Name == "Kestrel Motors AG" {
			if !slices.Contains(e.Aliases, "Kestrel") {
				t.Errorf("Kestrel Motors AG aliases %v lack Kestrel", e.Aliases)
			}
			return
		}
	}
	t.Errorf("no Kestrel Motors AG in %v", ex.Entities)
}

func TestKnownNames(t *testing.T) {
	for _, c := range knownNames {
		ex := extractOf(t, c.text)
		var got []string
		for _, e := range ex.Entities {
			got = append(got, string(e.Type)+":"+e.Name)
		}
		for _, w := range c.want {
			if name, ok := strings.CutPrefix(w, "-"); ok {
				if slices.ContainsFunc(got, func(g string) bool { _, n, _ := strings.Cut(g, ":"); return n == name }) {
					t.Errorf("%s %q: %s is an entity, want none (got %v)", c.style, c.text, name, got)
				}
				continue
			}
			if !slices.Contains(got, w) {
				t.Errorf("%s %q: want %s, got %v", c.style, c.text, w, got)
			}
		}
	}
}
