package extract

import (
	"strings"
	"testing"

	"github.com/storygraph/storygraph/timeline"
)

// discoveryCases are names the gazetteer lacks, found from cues
// (TestDiscovery).
var discoveryCases = []struct {
	text, name string
	typ        timeline.EntityType
}{
	{"Kremlin aide Yevgeny Morozko said the talks went well.", "Yevgeny Morozko", timeline.Person},
	{"A spokeswoman for the commission, Lea Zuber, declined to comment.", "Lea Zuber", timeline.Person},
	{"The crew, Commander Ana Petrescu and Pilot Jon Aldo, trained for months.", "Ana Petrescu", timeline.Person},
	{"Microsoft agreed to buy Helios Games, a Seattle-based developer, on Tuesday.", "Helios Games", timeline.Organization},
	{"Officials at the Dnipro Grid Authority restored power on Monday.", "Dnipro Grid Authority", timeline.Organization},
	{"The rocket rolled to Launch Complex 39B on Saturday.", "Launch Complex 39B", timeline.Place},
	{"Her lawyer Anna K. Brandt said the ruling would be appealed.", "Anna K. Brandt", timeline.Person},
	{"Spokesman John R. R. Miles declined to comment.", "John R. R. Miles", timeline.Person},
	{"Maj Gen Tom Harlow said the exercise would begin on Friday.", "Tom Harlow", timeline.Person},
	{"The council approved a new stadium for Ilves, the city's football club, on Monday.", "Ilves", timeline.Organization},
	{"Lt Col Anna Pryce briefed reporters.", "Anna Pryce", timeline.Person},
	// institutions named in their own language
	{"Two paintings were stolen from the Musée des Beaux-Arts in Lyon.", "Musée des Beaux-Arts", timeline.Organization},
	{"She studied at the Universidad de Salamanca in Spain.", "Universidad de Salamanca", timeline.Organization},
	// a lower-case syllable after a hyphen in a name's second word
	{"Samsung's mobile chief, Choi Min-seok, told the audience the hinge took four years.", "Choi Min-seok", timeline.Person},
	// a known place glued to an unknown word by a hyphen is another place
	{"A bomb hit a building in the village of Kupiansk-Vuzlovyi on Monday.", "Kupiansk-Vuzlovyi", timeline.Place},
	// "the daily X" is a newspaper
	{"Deniz Arslan, a reporter for the daily Cumhuriyet, was arrested on Monday.", "Cumhuriyet", timeline.Organization},
	// "Air" before a country's name makes a firm of it
	{"The deal surpasses the 470 aircraft ordered by Air India in February 2023.", "Air India", timeline.Organization},
	// a force is an organisation
	{"Ukraine's Air Force said Russia launched 142 drones overnight.", "Air Force", timeline.Organization},
	// two known firms side by side are a joint venture of their own
	{"Sony Ericsson said on Monday it would lay off 2,000 workers.", "Sony Ericsson", timeline.Organization},
	// a given name before a head word that is also a surname
	{"Eileen Power said on Monday that the archive would close.", "Eileen Power", timeline.Person},
	{"Its backers include Trondvik and Kelvar Ventures, which own 40 percent.", "Kelvar Ventures", timeline.Organization},
	// a noun of firms before the name; particles and hyphens inside names
	{"The bus, operated by the company Transportes Lucía del Carmen, left the road.", "Transportes Lucía del Carmen", timeline.Organization},
	{"The minister, Raúl Mendoza-Reyes, said an inquiry had been opened.", "Raúl Mendoza-Reyes", timeline.Person},
	// a company's legal form ends its name, also in lower case or in
	// capitals that spell a word
	{"Fjellgard Batteri AS said on Tuesday it would build a factory.", "Fjellgard Batteri AS", timeline.Organization},
	{"Harrowgate Holdings plc reported a loss on Monday.", "Harrowgate Holdings plc", timeline.Organization},
	{"Kivela Oyj said on Wednesday it would cut 300 jobs.", "Kivela Oyj", timeline.Organization},
	// a noun of firms before a name makes a firm of it without an
	// article too, opening the sentence or not; before a given name
	// it is a person's trade
	{"Ferry operator Varden Line said in a statement on Monday that all sailings were cancelled.", "Varden Line", timeline.Organization},
	{"Passengers of carrier Nordavik Air said on Monday they were stranded.", "Nordavik Air", timeline.Organization},
	{"Lender Northgate Finance said on Friday it would cut jobs.", "Northgate Finance", timeline.Organization},
	{"Broadcaster David Marrow said on Monday he would retire.", "David Marrow", timeline.Person},
	{"Kremlin spokesman Dmitry Peskarev said the talks were useful.", "Dmitry Peskarev", timeline.Person},
	{"On Monday, company CEO Tomas Wendt unveiled the phone.", "Tomas Wendt", timeline.Person},
	// after "<office> of" a word before a full name is the office's
	{"Prime Minister of Norland Ingrid Solvik said on Tuesday that the budget was balanced.", "Ingrid Solvik", timeline.Person},
	{"The president of Vestmark Erik Lundeby said on Friday he would resign.", "Erik Lundeby", timeline.Person},
	{"President of Estlandia Kaarel Tamm said the border would stay open.", "Kaarel Tamm", timeline.Person},
	// a given name before a head word that is also a surname, then a
	// reporting verb, is a person
	{"Amy Lake said the ferry was late.", "Amy Lake", timeline.Person},
	// clubs, galleries and communities by their head words; a firm
	// after a noun of firms, whatever verb follows
	{"Kelby Rovers said the match was sold out.", "Kelby Rovers", timeline.Organization},
	{"The Harlan Gallery said it would close in May.", "Harlan Gallery", timeline.Organization},
	{"The Southern Coastal Development Community said voting was calm.", "Southern Coastal Development Community", timeline.Organization},
	{"Zhang Wei of consultancy Huaxin Risk said investors were calm.", "Huaxin Risk", timeline.Organization},
	// a role word, a name of rare words, "of" and a firm: two names
	{"Analyst Sunita Rao of Brightwater Capital said the results beat forecasts.", "Sunita Rao", timeline.Person},
	{"Analyst Sunita Rao of Brightwater Capital said the results beat forecasts.", "Brightwater Capital", timeline.Organization},
	{"Norland Rail said the line would reopen.", "Norland Rail", timeline.Organization},
	{"The Kelby Courier said the mayor had resigned.", "Kelby Courier", timeline.Organization},
	{"Rights group Vestra International said the trial was unfair.", "Vestra International", timeline.Organization},
	{"Harlow Books said it would publish the memoir.", "Harlow Books", timeline.Organization},
	{"The deal was reviewed by Kessler Partners and Vantage Advisory.", "Vantage Advisory", timeline.Organization},
	{"Aid agency Helpward said it had sent food.", "Helpward", timeline.Organization},
	{"The study was published on Wednesday in the journal Planetary Letters.", "Planetary Letters", timeline.Organization},
	{"She spoke to the channel Kanal Vest on Monday.", "Kanal Vest", timeline.Organization},
	{"The pilots' union, SPV, said it would seek higher pay.", "SPV", timeline.Organization},
	// a noun of groups before a given name is no part of a firm's name
	{"The group Anna Lind leads met on Monday.", "Anna Lind", timeline.Person},
	// an apposition's head comes before its preposition: a partner at a
	// firm is a person
	{"\"It was a question of time,\" said Ragnhild Sorensen, a partner at the firm.", "Ragnhild Sorensen", timeline.Person},
	{"The merger with Brannock Power collapsed, Brannock Power said.", "Brannock Power", timeline.Organization},
	// institutions named in their own language, by their first or last word
	{"Researchers at the Karolinska Institutet said the trial had worked.", "Karolinska Institutet", timeline.Organization},
	{"Universität Kelm said it would open a new campus.", "Universität Kelm", timeline.Organization},
	{"Funding came from the Fundación Azul, Radio Norland said.", "Fundación Azul", timeline.Organization},
	{"Funding came from the Fundación Azul, Radio Norland said.", "Radio Norland", timeline.Organization},
	// a firm closing an apposition is not the subject of the reporting
	// verb after its comma
	{"Kofi Asante, a spokeswoman for Tollbridge Freight, said the deal was done.", "Tollbridge Freight", timeline.Organization},
	// firms by their trade, and a noun of firms opening the sentence
	// before a firm's name
	{"Tasman Dairy said on Thursday it would raise prices.", "Tasman Dairy", timeline.Organization},
	{"Brokerage Kestrel Institutional Equities said the cut was larger than expected.", "Kestrel Institutional Equities", timeline.Organization},
	{"Exporter Tasman Dairy Group said prices rose.", "Tasman Dairy Group", timeline.Organization},
	// who or what is somewhere, or what someone did there, names a place
	{"A judge in Verlosk jailed him on Monday.", "Verlosk", timeline.Place},
	{"Speaking at a rally in Baltavo, she promised lower taxes.", "Baltavo", timeline.Place},
	{"The runner trained in Itenby for a year.", "Itenby", timeline.Place},
	{"She died at her home in Enuvia on Sunday.", "Enuvia", timeline.Place},
	{"They were rescued from their house in Quang Tri province.", "Quang Tri", timeline.Place},
	{"Thousands marched in Kalvara, the capital of Serenia, on Saturday.", "Kalvara", timeline.Place},
	// one word named nowhere but after a preposition of places
	// what happens somewhere, who lives or governs there, a place's biggest thing
	{"Voters went to the polls in Delmara on Sunday.", "Delmara", timeline.Place},
	{"The mayoral election in Cernavoda was close.", "Cernavoda", timeline.Place},
	{"Kestrel Air, the largest airline in Valdoria, reported a loss.", "Valdoria", timeline.Place},
	{"Ask anyone in Ikwere and they will tell you.", "Ikwere", timeline.Place},
	// police ranks before a name are no part of it
	{"Detective Superintendent Abena Owusu said the suspect was arrested.", "Abena Owusu", timeline.Person},
	{"Chief Constable Sara Lund resigned on Monday.", "Sara Lund", timeline.Person},
	// honorifics of other languages are no part of the name
	{"Doña Rosa Huaman said the water had risen overnight.", "Rosa Huaman", timeline.Person},
	{"Signora Lucia Ferri said the shop would reopen.", "Lucia Ferri", timeline.Person},
	{"Organiser Tuyet Thi Lan said the crowds were the largest yet.", "Tuyet Thi Lan", timeline.Person},
	// a firm without a head word, by what it has and does: "shares
	// of X", "the board of X", "X announced its results"
	{"Shares of Veldmark fell 8 percent on Tuesday.", "Veldmark", timeline.Organization},
	{"On Monday, Quorvell announced its results, and the board of Quorvell approved a dividend.", "Quorvell", timeline.Organization},
	// a noun of trades of both firms and people, after a given name
	{"Its founder, Dragan Milosevic, a software developer from Novi Sad, answered by email.", "Dragan Milosevic", timeline.Person},
	{"Its founder, Dragan Milosevic, a software developer from Novi Sad, answered by email.", "Novi Sad", timeline.Place},
	// where someone of a trade works, or lives
	{"My grandmother had a piano in her flat in Villeurbanne.", "Villeurbanne", timeline.Place},
	// a site near a place; a ministry by its one-word name
	{"Archaeologists traced the statue to a site near Cuscara.", "Cuscara", timeline.Place},
	{"The strike closed schools across Arlandia for eleven days.", "Arlandia", timeline.Place},
	{"The agreement still has to be approved by the Treasury.", "Treasury", timeline.Organization},
	// a centre named as institutions are
	{"The National Seismology Centre recorded a magnitude 5.8 quake on Monday.", "National Seismology Centre", timeline.Organization},
	// an acronym before people of a role is their organisation
	{"Biologists and KSW geologists will sail to the ice shelf in May.", "KSW", timeline.Organization},
	// common words before a reporting verb are no person
	{"Reporters at Morning Review said nothing.", "Morning Review", timeline.Organization},
	// a firm's unit, brand or division named after the noun
	{"The automaker's European unit Vexel was sold to Kessler Vantage AG on Saturday.", "Vexel", timeline.Organization},
	// "on" after an organisation's head word is part of its name
	{"The Kelby Council on Foreign Relations said the talks failed.", "Kelby Council on Foreign Relations", timeline.Organization},
	// a firm named by its trade says as a firm ("Aircraft" is no surname)
	{"Rival Kestrel Aircraft said last month that its jet was on schedule.", "Kestrel Aircraft", timeline.Organization},
}

// TestDiscovery pins how names the gazetteer lacks are found from cues.
func TestDiscovery(t *testing.T) {
	for _, c := range discoveryCases {
		found := false
		for _, e := range extractOf(t, c.text).Entities {
			if e.Name == c.name && e.Type == c.typ && e.Discovered {
				found = true
			}
		}
		if !found {
			t.Errorf("%q: %s %q not discovered", c.text, c.typ, c.name)
		}
	}
}

// TestNotDiscovered: what looks like a name but is not one.
func TestNotDiscovered(t *testing.T) {
	for _, c := range []struct{ text, name string }{
		// a common word capitalised because it opens the sentence
		{"Rival Telia announced on Monday that it would merge two divisions.", "Rival Telia"},
		{"Former Helga Brandt said nothing.", "Former Helga Brandt"},
		// a noun of roles opening the sentence is no part of the name
		{"Organiser Tuyet Thi Lan said the crowds were the largest yet.", "Organiser Tuyet Thi Lan"},
		// a word glued before a known firm's one-word name makes another
		// name, not that firm; the first word of a sentence does not
		{"Tourists flocked to the Big Apple on Monday.", "Apple"},
		{"Like Wikipedia, wikiHow is a wiki.", "Like Wikipedia"},
		// a site named after a person is not the person
		{"They will remain in quarantine at the Neil Armstrong Operations and Checkout Building until launch day.", "Neil Armstrong"},
		// a compound after a place is no name; the rest of a known name is no second person
		{"The Kyiv-based group said on Monday it would help.", "Kyiv-based"},
		{"President Lee Jae-myung said on Monday that talks would resume.", "Jae-myung"},
		{"Prime Minister of Norland Ingrid Solvik said on Tuesday that the budget was balanced.", "Norland Ingrid Solvik"},
		{"President of Estlandia Kaarel Tamm said the border would stay open.", "Estlandia Kaarel Tamm"},
		{"Thousands gathered in Aas i Rana on Saturday.", "Rana"},
		// "as" is a legal form only in capitals after a name not in capitals
		{"Anna Berg worked as a nurse in Tromso before she joined Fjellgard.", "Tromso before"},
		{"WE WILL DO IT AS WELL, the banner read.", "IT AS"},
		{"WE WILL DO IT AS WELL, the banner read.", "AS WELL"},
		// what someone did in a thing named in common words
		{"She was injured in Formula One testing on Sunday.", "Formula One"},
		// a market index is no one (markets.go)
		{"Hong Kong's Hang Seng index dropped 5 percent on Tuesday.", "Hang Seng"},
		{"Germany's DAX slid 1.9 percent, while the Nikkei 225 lost 1.1 percent.", "DAX"},
		{"Germany's DAX slid 1.9 percent, while the Nikkei 225 lost 1.1 percent.", "Nikkei"},
		{"In Seoul, the Kospi rose 2 percent and the Straits Times Index fell 1 percent.", "Kospi"},
		{"The Kessa Composite fell 3 percent on Monday.", "Kessa Composite"},
		{"The Dow closed down 400 points on Monday.", "Dow"},
		// what someone of a trade is in is no place for that
		{"He was a partner in Kelvor for years. She was the lead actor in Moonfall.", "Kelvor"},
		{"He was a partner in Kelvor for years. She was the lead actor in Moonfall.", "Moonfall"},
		// what is made or stored in something is no place
		{"The chart was made in Tableau and the data is stored in Snowflake.", "Tableau"},
		{"The chart was made in Tableau and the data is stored in Snowflake.", "Snowflake"},
		// "on" joins a street to no name before it
		{"Protesters gathered at the Bank of Norland on Kessel Street.", "Bank of Norland on Kessel Street"},
		{"The march ended outside the Ministry of Finance on Calle Mayor.", "Ministry of Finance on Calle"},
		// a party's mayor is no place's
		{"Labour mayor Anna Holt disagreed with the plan.", "Labour"},
		// two firms joined by "and" are two names
		{"The deal was reviewed by Kessler Partners and Vantage Advisory.", "Kessler Partners and Vantage Advisory"},
		// one word no list holds, "and", then a firm's own name
		{"Its backers include Trondvik and Kelvar Ventures, which own 40 percent.", "Trondvik and Kelvar Ventures"},
	} {
		for _, e := range extractOf(t, c.text).Entities {
			if e.Name == c.name {
				t.Errorf("%q: %s %q discovered", c.text, e.Type, e.Name)
			}
		}
	}
}

// TestTheShortName: "the Bank" after "the Bank of England" is the bank;
// with two banks named it is neither.
func TestTheShortName(t *testing.T) {
	for _, c := range []struct{ text, want string }{
		{"The Bank of England raised rates on Thursday. The Bank said inflation remained high.", "Bank of England: Bank of England, Bank"},
		{"She studied at the Halvard Naval Academy. The Academy admitted women in 1976.", "Halvard Naval Academy: Halvard Naval Academy, Academy"},
		{"The Bank of England and the European Central Bank met. The Bank said nothing.", "Bank of England: Bank of England"},
	} {
		got := ""
		for _, e := range extractOf(t, c.text).Entities {
			if strings.HasPrefix(c.want, e.Name+":") {
				var ms []string
				for _, m := range e.Mentions {
					ms = append(ms, m.Text)
				}
				got = e.Name + ": " + strings.Join(ms, ", ")
			}
		}
		if got != c.want {
			t.Errorf("%q: %q, want %q", c.text, got, c.want)
		}
	}
}

// TestOneTypePerName: a name the cues made a person in one place and an
// organisation in another is the organisation only; one that opens with
// a given name stays a person.
func TestOneTypePerName(t *testing.T) {
	for _, c := range []struct {
		text, name string
		not        timeline.EntityType
	}{
		{"Lindqvist Bygg, a Swedish construction company, owns the site. Lindqvist Bygg said it would rebuild.", "Lindqvist Bygg", timeline.Person},
		{"Tarvo Kaivos said output fell. Tarvo Kaivos, a mining company, employs 900 people.", "Tarvo Kaivos", timeline.Person},
		{"Payments were made by Brekke Entreprenor AS, a contractor. Brekke Entreprenor said it had dismissed two managers.", "Brekke Entreprenor", timeline.Person},
		{"Marta Oksel said the plan was sound. Officials at Marta Oksel Foundation agreed.", "Marta Oksel", timeline.Organization},
	} {
		for _, e := range extractOf(t, c.text).Entities {
			if e.Name == c.name && e.Type == c.not {
				t.Errorf("%q: %q is also a %s", c.text, c.name, c.not)
			}
		}
	}
}
