package names

import (
	"fmt"
	"strconv"
	"strings"
	"testing"

	"github.com/storygraph/storygraph/timeline/synth"
	"github.com/storygraph/storygraph/timeline/text"
)

// want reads "Text=type" (a mention with that text and type),
// "Text=type>Name" (and that full name), "!Text" (no mention with that
// text, of any type) and "?Text" (no typed mention: absent or unknown);
// "Text=type@N" wants a score of at least N too (the extractor keeps a
// place from 4, an organisation from 5).
type want []string

func check(t *testing.T, label string, got []Mention, w want) {
	t.Helper()
	for _, c := range w {
		switch c[0] {
		case '!', '?':
			for _, m := range got {
				if m.Text == c[1:] && (c[0] == '!' || m.Type != Unknown) {
					t.Errorf("%s: %q found as %s (%s), want none", label, m.Text, m.Type, m.Reason)
				}
			}
		default:
			surface, typ, _ := strings.Cut(c, "=")
			typ, least, _ := strings.Cut(typ, "@")
			typ, name, _ := strings.Cut(typ, ">")
			atLeast, _ := strconv.Atoi(least)
			found := false
			for _, m := range got {
				if m.Text != surface {
					continue
				}
				found = true
				if m.Type.String() != typ || name != "" && m.Name != name {
					t.Errorf("%s: %q is %s %q (%s), want %s %q", label, surface, m.Type, m.Name, m.Reason, typ, name)
				}
				if m.Score < atLeast {
					t.Errorf("%s: %q scores %d (%s), want at least %d", label, surface, m.Score, m.Reason, atLeast)
				}
			}
			if !found {
				t.Errorf("%s: %q not found; got %s", label, surface, dump(got))
			}
		}
	}
}

func dump(ms []Mention) string {
	var b strings.Builder
	for _, m := range ms {
		fmt.Fprintf(&b, "\n\t%q %s (%s)", m.Text, m.Type, m.Reason)
	}
	return b.String()
}

func TestFind(t *testing.T) {
	for _, tc := range []struct {
		name, text string
		want       want
	}{
		{"wire: age, arrest, surname later", "Maria Lindqvist, 54, was detained in Dunmore on Tuesday. Lindqvist told reporters she had done nothing wrong.",
			want{"Maria Lindqvist=person", "Lindqvist=person>Maria Lindqvist", "Dunmore=place", "!Tuesday"}},
		{"an acronym before people of a role is their organisation", "Biologists and ANDRILL geologists will sail in May. KSW members voted to strike.",
			want{"ANDRILL=organization", "KSW=organization"}},
		{"a capitalised office of state is a place's", "Orlov spoke to President of Valdoria Marius Tenescu and to Prime Minister of Estmark Jaan Kask.",
			want{"Valdoria=place", "Estmark=place", "Marius Tenescu=person", "Jaan Kask=person"}},
		{"firms by their trade; a confederation", "Rival Kestrel Aircraft said last month that its jet was on schedule. The plan was welcomed by the Confederation of Norland Industry.",
			want{"Kestrel Aircraft=organization", "Confederation of Norland Industry=organization"}},
		{"a firm noun's name has no 'and' of its own", "Italian carmaker Fiat and Norvik Motors of Sweden signed a deal.",
			want{"!Fiat and Norvik Motors of Sweden", "Fiat=organization"}},
		{"what plural firms are 'of' is where they are", "He played in the clubs of Soho for years.",
			want{"?Soho"}},
		{"one word after an owner is no person", "Developers can port their Mac apps. Rosa Kimani sold her Ford truck.",
			want{"Rosa Kimani=person", "?Mac", "?Ford"}},
		{"what is taken over is a firm", "The regulator opened a probe into the planned takeover of Skyline Baltic. Its acquisition of Tarnhelm closed in May.",
			want{"Skyline Baltic=organization", "Tarnhelm=organization"}},
		{"who says 'it' of itself is a firm", "Brannock said it would appeal the ruling. Velmora says it plans to close the plant.",
			want{"Brannock=organization", "Velmora=organization"}},
		{"a person's surname saying 'it' stays the person's", "Tshepo Mokgadi spoke on Monday. Mokgadi said it would appeal.",
			want{"Mokgadi=person>Tshepo Mokgadi"}},
		{"'said it was', 'said it would be' and a given name say nothing of a firm", "Ostrom said it was a mistake. Dalgaard said it would be hard to win. Harriet said it would take time.",
			want{"Ostrom=person", "?Dalgaard", "Harriet=person"}},
		{"a firm's verb after 'which'", "Velmora, which filed for bankruptcy on April 30, is expected to emerge within weeks. Tarnic, which has recalled 40,000 cars, said nothing.",
			want{"Velmora=organization", "Tarnic=organization"}},
		{"a place's linking word between hyphens", "The festival left Kelby-upon-Arne in 2019. Mayor of Vallon-sur-Drume Anne Roux and Harlow-on-Tees residents protested.",
			want{"Kelby-upon-Arne=place", "Vallon-sur-Drume=place", "Harlow-on-Tees=place", "!Vallon", "!Harlow"}},
		{"'in' before a list of places", "Similar protests were held in Dunmore and Veliko Selo on Sunday.",
			want{"Dunmore=place", "Veliko Selo=place"}},
		{"a site near a place; the Treasury", "They traced it to a site near Cuscara. The deal must be approved by the Treasury.",
			want{"Cuscara=place", "Treasury=organization"}},
		{"'for the' inside an institution's name", "The work was funded by the Kelby Society for the Promotion of Science.",
			want{"Kelby Society for the Promotion of Science=organization"}},
		{"where someone lives; a conservatoire", "She had a flat in Villeurbanne and studied at the Conservatoire de Lyon.",
			want{"Villeurbanne=place", "Conservatoire de Lyon=organization"}},
		{"where someone of a trade is from", "Its founder, a software developer from Novi Sad, answered by email. Haugland, a nurse from Trelby, thanked them.",
			want{"Novi Sad=place", "Trelby=place"}},
		{"where people who live somewhere are from", "A 34-year-old man from Kestleby was arrested. Buses were laid on for residents from Orrimoor and Tavelby.",
			want{"Kestleby=place@4", "Orrimoor=place@4", "Tavelby=place@4"}},
		{"the holders of an office of state are a country's", "Foreign ministers of Ardenia and Moravel met in Graslund on Monday.",
			want{"Ardenia=place", "Moravel=place"}},
		{"an office's field is no place", "Minister of Trade Olek Varga said exports rose.",
			want{"?Trade"}},
		{"an office of an organisation, then its holder", "He spoke with Secretary General of the Northern Alliance Hedda Lindqvist on Monday.",
			want{"Northern Alliance=organization", "Hedda Lindqvist=person", "!Alliance Hedda Lindqvist"}},
		{"a capital's name in commas after a preposition", "In the capital, Porvik, supporters celebrated until dawn. In the city, Halvorsen said the vote was fair.",
			want{"Porvik=place", "Halvorsen=person"}},
		{"where a place lies from here", "The flight was bound for Kessendorf, in neighbouring Valmark. Smoke drifted over nearby Ostrova.",
			want{"Valmark=place", "Ostrova=place"}},
		{"a side in a score outranks a place's head word: teams are named after towns", "Redhaven Rovers beat Ashby Town 5-4 on penalties on Saturday.",
			want{"Ashby Town=organization"}},
		{"a group's possessive inside an organisation's name", "Members of the National Teachers' Federation voted. The Lisbury Nurses' Union struck. Rolf Amundsen heads the Skarholm Fishermen's Association.",
			want{"National Teachers' Federation=organization", "Lisbury Nurses' Union=organization", "Skarholm Fishermen's Association=organization", "!Skarholm Fishermen"}},
		{"an office's field in common words, then its holder", "Minister of Trade Olek Varga, who chaired the talks, said the deal was fair. Secretary of Home Affairs Ines Dolan agreed.",
			want{"Olek Varga=person", "!Trade Olek Varga", "Ines Dolan=person", "!Home Affairs Ines Dolan"}},
		{"a noun of places before 'of' heads an apposition", "Thousands marched in Kalvara, the capital of Serenia, on Saturday. Rain fell on Obrenac, a town of 5,000 people, near Dravik.",
			want{"Kalvara=place", "Obrenac=place"}},
		{"a firm named after its founder, named first", "Halvorsen Motors announced a recall. In a statement, Halvorsen said owners would be contacted. The firm was founded by Ingrid Halvorsen.",
			want{"Halvorsen=organization>Halvorsen Motors", "Ingrid Halvorsen=person"}},
		{"an office's place that is also a given name", "Agnes Pell had a telephone conversation with President of Vesta Adam Kovac.",
			want{"Adam Kovac=person", "!Vesta Adam Kovac"}},
		{"wire: a given name and a surname with no cue", "The report was written by Tomasz Wierzbicki and published last week.",
			want{"Tomasz Wierzbicki=person"}},
		{"titles before names", "Maj. Gen. Aldo Ferrante and Ambassador Ruth Okafor met Prime Minister Henrik Solberg in Tallinn.",
			want{"Aldo Ferrante=person", "Ruth Okafor=person", "Henrik Solberg=person", "!Prime Minister", "!Maj", "!Ambassador Ruth Okafor", "Tallinn=place"}},
		{"who owns or runs a thing, after its possessor, may be a firm", "PGE, the plant's owner, said power was restored. Halvard Brun, the club's owner, said the coach would stay.",
			want{"?PGE", "Halvard Brun=person"}},
		{"an acronym after a noun of people and firms is a firm", "Captain Dimitris Vlachos told state broadcaster ERT that the sea was rough.",
			want{"Dimitris Vlachos=person", "ERT=organization"}},
		{"so is a code of a capital and digits", "Foreign Minister Anna Horvath told state broadcaster M1 that no breakthrough had been reached.",
			want{"Anna Horvath=person", "M1=organization"}},
		{"a noun of firms opening the sentence is no part of the name", "Owner Aegean Lines said it was cooperating. Rival Kestrel Telecom declined to comment.",
			want{"Aegean Lines=organization", "!Owner Aegean Lines", "Kestrel Telecom=organization", "!Rival Kestrel Telecom"}},
		{"a trade noun opening the sentence types a bare firm", "Insurer Valbrecht, which covered the depot, declined to comment. Broadcaster TVK said its crews had left. Producer Mara Lindell said the film would open in May.",
			want{"Valbrecht=organization", "TVK=organization", "Mara Lindell=person"}},
		{"a union or a party named before the noun", "The Kordal union said it would strike. Members of the SVF union voted on Friday.",
			want{"Kordal=organization@5", "SVF=organization@5"}},
		{"a weekday before its date ends a headline's name", "Wikinews talks to novelist Tamsin Reid Saturday, June 14, 2025\n\nTamsin Reid has written four books.",
			want{"Tamsin Reid=person", "!Tamsin Reid Saturday"}},
		{"what is near is somewhere", "Odile Marchand grew up near Kervalec and still lives there.",
			want{"Kervalec=place@4", "Odile Marchand=person"}},
		{"an analyst or a professor at a name works for an organisation", "Ravi Menon, an analyst at Holmqvist, said the cuts were overdue. He was a visiting professor at Tarrant before that.",
			want{"Holmqvist=organization@5", "Tarrant=organization@5", "Ravi Menon=person"}},
		{"a particle inside a name that is no person's", "The worst-hit towns are Corvello, Sanbruno and Roccavella di Sopra. Lula Ferreira da Costa visited Sanbruno.",
			want{"?Roccavella di Sopra", "Lula Ferreira da Costa=person"}},
		{"who lives in a name lives somewhere", "Her parents still live in Tarvasaari and run a bakery.",
			want{"Tarvasaari=place@4"}},
		{"a firm's noun opening the sentence before a one-word firm", "Supplier Trelvatech, which made the part, said it was working with the carmaker.",
			want{"Trelvatech=organization", "!Supplier Trelvatech"}},
		{"orchestras and companies of the stage", "Marit Olsen led the Halden Philharmonic and the Kessel Sinfonietta before she joined the Norland Ballet.",
			want{"Halden Philharmonic=organization@5", "Kessel Sinfonietta=organization@5", "Norland Ballet=organization@5", "Marit Olsen=person"}},
		{"two names after one 'in' are places", "I worry about the smaller ensembles in Tromvik and Bodvang.",
			want{"Tromvik=place@4", "Bodvang=place@4"}},
		{"a sport's governing body is named after the sport and a country", "Athletics Kestavia named two runners. World Rowing and British Cycling confirmed the dates. On Boxing Day Lena Brandt ran alone.",
			want{"Athletics Kestavia=organization@5", "World Rowing=organization@5", "British Cycling=organization@5", "?Boxing Day"}},
		{"'in' and one name of no list is somewhere", "They lived for many years in Varellac before settling in the hills. Half the money will train young builders in Makorin.",
			want{"Varellac=place@4", "Makorin=place@4"}},
		{"'in' a name cut before its letter is no place", "The club are fourth in Kessa B, behind the leaders.",
			want{"?Kessa"}},
		{"what one is inside is as often a craft", "The abort motor would carry the crew inside Veyra to safety.",
			want{"?Veyra"}},
		{"a piece printed in a paper or site names no place or person", "According to a report in Kessel Ledger, the memo was real. A cadet in Norland Air Wing NCTC flew jets.",
			want{"Kessel Ledger=organization", "?Norland Air Wing NCTC"}},
		{"a court's word before a title is the title's; a trade no list holds opens a sentence before a name", "He was sentenced by U.S. District Judge Lorna Tavish. Forecaster Priya Bhandel said rain would fall. Saxophonist Lee Marwick joined them.",
			want{"!U.S. District", "Lorna Tavish=person", "Priya Bhandel=person", "!Forecaster Priya Bhandel", "Lee Marwick=person", "!Saxophonist Lee Marwick"}},
		{"a firm a text introduces in commas is a firm", "The agency has appointed a salvage firm, Svitzerby, to refloat the vessel. It hired a Danish logistics company, Marvelund, last year.",
			want{"Svitzerby=organization@5", "Marvelund=organization@5"}},
		{"whom work is likened to is someone; amounts compared to a name are not", "Her first novel was compared by critics to Varnhoff and Lettke. It is a line attributed to Ostrander. Critics compared his left hand to Tarnow and his phrasing to Gellmer. Prices were low compared to Kessaly.",
			want{"Varnhoff=person", "Lettke=person", "Ostrander=person", "Tarnow=person", "Gellmer=person", "?Kessaly"}},
		{"letters one tells news to are an outlet's", "The manager told KVNR that fans took it well. According to RTZ, the road was shut.",
			want{"KVNR=organization", "RTZ=organization"}},
		{"of two surnames the first alone, a given name too", "Camila Reyes Aravena was arrested on Monday. Reyes said she would continue reporting.",
			want{"Reyes=person>Camila Reyes Aravena"}},
		{"a ship is no person", "The Maltese-registered MV Kessel Star lost power. The crew of HMS Dauntless waved.",
			want{"?MV Kessel Star", "?Kessel Star", "?HMS Dauntless"}},
		{"an event named 'the <plural>' is no team", "Mara Quist won gold at the Paralympics. She missed the Olympics.",
			want{"?Paralympics", "?Olympics"}},
		{"a place listed after a place is surer for it, a given name too", "Hauliers in Morrowick and Carlene will pass the cost on.",
			want{"Morrowick=place@4", "Carlene=place@4"}},
		{"a list after a plural noun of firms is of firms", "Rivals Skarda Auto and Tatrovka have not reported problems. The lenders Kessel Sparbank and Norrvik declined to comment. Companies like Fjelltur sell such trips.",
			want{"Skarda Auto=organization@5", "Tatrovka=organization@5", "Norrvik=organization@5", "Fjelltur=organization@5"}},
		{"a cited name's middle name may be a family name", "Other good ones:\n\nMarchbank, Thomas Pellington. History of Norland (Volume 1)\n\nHalloway, Agnes. The Silent Harbour\n",
			want{"Marchbank=person>Thomas Pellington Marchbank", "!Thomas Pellington", "Halloway=person>Agnes Halloway"}},
		{"a short given name and the same surname are the person named first", "Lawrence Kessing wrote the book in 2004. Larry Kessing's book is still read. William Ostby agreed; Bill Ostby said so twice.",
			want{"Larry Kessing=person>Lawrence Kessing", "Bill Ostby=person>William Ostby", "Lawrence Kessing=person>Lawrence Kessing"}},
		{"a side one plays for is a club", "Her uncle played football for Kordavia in the 1980s. Dario Venn signed for Pellham on Friday and scored 40 goals for Ostrin.",
			want{"Kordavia=organization@5", "Pellham=organization@5", "Ostrin=organization@5", "Dario Venn=person"}},
		{"a name shaped like a person's lends no type to a word of no name list", "Kestrow Fisk and Mediovanta advised the buyer on the deal.",
			want{"?Mediovanta"}},
		{"unions, associations and clubs named in their own language", "The strike was backed by the Federación de Pescadores and the Associação de Moradores. The race is organised by Remo Clube de Aveira.",
			want{"Federación de Pescadores=organization@5", "Associação de Moradores=organization@5", "Remo Clube de Aveira=organization@5"}},
		{"a list after a plural noun of places is of places", "Children in rural areas such as Monteverde and Orsanto were worst hit. Towns like Kessa flooded. Countries including Norland, Estmark and Velia signed.",
			want{"Monteverde=place@4", "Orsanto=place@4", "Kessa=place@4", "Norland=place@4", "Estmark=place@4", "Velia=place@4"}},
		{"where a firm was founded is a place", "Kvik, founded in Aarveld in 2016, makes payment apps.",
			want{"Aarveld=place@4"}},
		{"where one trains, works or keeps things is a place", "Oyelaran trains in Itembe with his coach. The plan would cost jobs in Wolvsburg. He founded the firm in a garage in Debrek.",
			want{"Itembe=place@4", "Wolvsburg=place@4", "Debrek=place@4"}},
		{"what is around a name is somewhere", "Conditions at depots around Venmark were still unsafe.",
			want{"Venmark=place@4"}},
		{"where people flee or are evacuated to is a place", "The hospital was evacuated to Trevano. Hundreds fled to Kessaly overnight.",
			want{"Trevano=place@4", "Kessaly=place@4"}},
		{"a name whose demonym the text writes is a country", "The minister thanked Velaria for its support. On Monday the Velarian troops left. Julia Brandt met Julian Holm.",
			want{"Velaria=place@4", "Julia Brandt=person"}},
		{"builders, developers and traders by their trade", "The contracts went to Ashby Civil Engineering, run by his son, and to Corran Construction. Veld Properties and Harlan Homes bid too.",
			want{"Ashby Civil Engineering=organization@5", "Corran Construction=organization@5", "Veld Properties=organization@5", "Harlan Homes=organization@5"}},
		{"who reports a firm's figures is a firm", "Shares fell. Velmora reported a net loss of 340 million kronor. Brekstad posted record third-quarter revenue. Tomas Okafor told of his losses.",
			want{"Velmora=organization@5", "Brekstad=organization@5", "Tomas Okafor=person"}},
		{"who completes its takeover is a firm", "Prices rose. Nordavia completed its takeover of the carrier on Tuesday. Then Tomas Brekke completed his takeover of the club.",
			want{"Nordavia=organization@5", "Tomas Brekke=person"}},
		{"rivals may be people", "Ingrid Vold beat her rivals Lara Gutt and Sofia Moretti in the downhill.",
			want{"Sofia Moretti=person"}},
		{"people of a trade at a name work for it", "Economists at Nordel said the money could be found. Engineers at Kvantor built the rig.",
			want{"Nordel=organization@5", "Kvantor=organization@5"}},
		{"traders and bankers at a name work for it", "Traders at Carvell said buyers were turning away. Bankers at Lindhoff agreed.",
			want{"Carvell=organization@5", "Lindhoff=organization@5"}},
		{"talks and meetings are held somewhere", "Coalition talks in Estvald stalled on Monday. The meeting in Tarnow was short.",
			want{"Estvald=place@4", "Tarnow=place@4"}},
		{"a confederation named before the noun", "The Akvara confederation warned that cuts would hit workers.",
			want{"Akvara=organization@5"}},
		{"a player for a name plays for a club", "Her father, a former player for Rosvik, watched from the stands.",
			want{"Rosvik=organization@5"}},
		{"a firm by what it runs before its name", "Her sponsor, the Norwegian dairy Tinvik, extended her contract. The utility Enelva said 22,000 homes were without power.",
			want{"Tinvik=organization@5", "Enelva=organization@5"}},
		{"where one grew up, lives or landed on is an island", "Leilani Kahale grew up on Molokoa and still lives on Lanaki. Her work is based on Vero's model.",
			want{"Molokoa=place@4", "Lanaki=place@4", "Vero=person"}},
		{"here or back in a name is somewhere", "Reef Kind makes sunscreen here in Kailuna. Back in Osvik, nobody knew.",
			want{"Kailuna=place@4", "Osvik=place@4"}},
		{"a town's first word alone is the town", "The conference is in Levaro Terme, in the hills. Here in Levaro the food is good. Fares to Panama City and Panama rose.",
			want{"Levaro=place>Levaro Terme", "Panama=place>Panama"}},
		{"what happens off a name happens off a coast", "The ferry sank off Kessaly on Monday. My uncle took me snorkelling off Kaunava.",
			want{"Kessaly=place@4", "Kaunava=place@4"}},
		{"the possessor in an institution's name alone is the institution", "She was a nurse at St Aidan's Hospital for years. Ask anyone who worked with me at St Aidan's.",
			want{"St Aidan=organization>St Aidan's Hospital"}},
		{"a given name before a head word that is also a surname", "Eileen Power said the archive was closed. Vantage Power said it would cut jobs.",
			want{"Eileen Power=person", "Vantage Power=organization"}},
		{"a plural opener is no part of the name", "Rivals Halden Shipping Group and Norvik Lines have made similar provisions.",
			want{"Halden Shipping Group=organization", "!Rivals Halden Shipping Group"}},
		{"the summit or slopes of a name are a place's", "Rangi Tamatea reached the summit of Tarnkoll in May. Snow fell on the slopes of Vessagora overnight.",
			want{"Tarnkoll=place", "Vessagora=place", "Rangi Tamatea=person"}},
		{"a month that is a given name", "Two businessmen, Jan Kratochvil and Tomas Benes, were charged on Jan 5. Talks resume in Jan 2027.",
			want{"Jan Kratochvil=person", "Tomas Benes=person", "!Jan", "?Jan 2027"}},
		{"firms by their nouns and endings", "Dutch chipmaker Veldhoven Semiconductors agreed to buy Finnish rival Kuopio Microsystems. Analysts praised Norbiotech.",
			want{"Veldhoven Semiconductors=organization", "Kuopio Microsystems=organization"}},
		{"storms are named like people", "Cyclone Phailin hit the coast on Saturday. Phailin weakened as Hurricane Maria grew.",
			want{"?Cyclone Phailin", "?Phailin", "?Hurricane Maria"}},
		{"European storms too", "Storm Elin brought winds of 160 km/h to the coast, the strongest since Storm Dagmar.",
			want{"?Storm Elin", "?Storm Dagmar"}},
		{"a lower-case link inside a place's name", "The plant will be built in Aas i Lina. Thousands gathered in Aas i Lina on Saturday, and I think Lena i said so.",
			want{"Aas i Lina=place", "!Lina", "!Aas"}},
		{"a place's link is no person's particle", "The firm will build a factory in Mo i Lina, creating 400 jobs.",
			want{"Mo i Lina=place"}},
		{"a degree is no name", "I went on to do a PhD and enjoyed it. He holds an MBA and I do not.",
			want{"!PhD", "!MBA"}},
		{"institutions and head words of bodies", "The bill stalled in Parliament. She works at the Orbital Dust Lab. He joined Halvard Gaming in May.",
			want{"Parliament=organization", "Orbital Dust Lab=organization", "Halvard Gaming=organization"}},
		{"a rival is no role; its rival is a firm", "Shares in Nordvik Telecom fell after its rival Telia said it would cut prices. Her rival Dagny Holm won.",
			want{"Telia=organization", "Dagny Holm=person"}},
		{"a firm's relation to a firm, after its possessor", "Its partner Brightwell will build the plant. Aerion's US rival Borealis placed orders. Quillon's supplier, Nimbus Cloud, was not named. Aerion's parent, Gorvath, owns a stake.",
			want{"Brightwell=organization", "Borealis=organization", "Nimbus Cloud=organization", "Gorvath=organization"}},
		{"a person's rival is a person", "Okafor's rival Brenner conceded on Sunday.",
			want{"?Brenner"}},
		{"where a court or a resident is from", "A Kessmoor court jailed him. The verdict angered a Dorvane man and a Tillby resident.",
			want{"Kessmoor=place", "Dorvane=place", "Tillby=place"}},
		{"a town's mayor, named after it", "The festival drew visitors to Brennvale. Brennvale mayor Otto Kranz praised it.",
			want{"Brennvale=place", "Otto Kranz=person"}},
		{"not a firm's people", "A Vantor engineer and a Quellio spokesman spoke.",
			want{"?Vantor", "Quellio=organization"}},
		{"a profession by its ending opens no name", "Astrophysicist Lucia de la Fuente was not convinced. Biochemist Omar Haddad agreed.",
			want{"Lucia de la Fuente=person", "!Astrophysicist Lucia de la Fuente", "Omar Haddad=person", "!Biochemist Omar Haddad"}},
		{"of two surnames, the first alone", "Mayor Rosa Quispe Mamani said rescuers were searching. Quispe told the radio station that more help was needed.",
			want{"Rosa Quispe Mamani=person", "Quispe=person>Rosa Quispe Mamani"}},
		{"an organisation's acronym in its own language", "The quake was measured by the Geophysical Institute of Kessara (IGK). The IGK said aftershocks were likely.",
			want{"IGK=organization>Geophysical Institute of Kessara"}},
		{"nor of a name cut short", "It was brought by Norland's Economic and Financial Crimes Commission (EFCC), which said so.",
			want{"?EFCC"}},
		{"a person's credit in brackets is no acronym of theirs", "Photographs by Anna Lindqvist (AFP) were shown.",
			want{"Anna Lindqvist=person", "?AFP"}},
		{"a survey is an agency; a band, an orchestra and a radio station before a name", "The Norland Geological Survey measured it. Headliners included the band Tinariwen Blue, who closed the night. Quispe told the radio station RPX that help was coming.",
			want{"Norland Geological Survey=organization", "Tinariwen Blue=organization", "RPX=organization"}},
		{"the town of a name shaped like a person's", "The brothers came from the town of Lorena Vidal, where their mother lives. The mayor of Pello said nothing.",
			want{"Lorena Vidal=place", "Pello=place"}},
		{"someone's organisation in commas before its name", "His team, Groveta-Lumex, said he would not start. Its parent company, Vestra, declined to comment. Kelvar's firm, Drummond Hale, was fined.",
			want{"Groveta-Lumex=organization", "Vestra=organization", "Drummond Hale=organization"}},
		{"not a phrase opening the sentence", "On his campaign website, Sarvel notes his plans. Sarvel said more.",
			want{"Sarvel=person"}},
		{"two given names share the surname after them", "Among the rescued were brothers Luis and Pedro Contreras, from the town of Copa.",
			want{"Luis=person>Luis Contreras", "Pedro Contreras=person"}},
		{"not a surname alone of someone named before", "Callum Reid scored first. Goals from Reid and Mateo Fernandez won it.",
			want{"Reid=person>Callum Reid"}},
		{"civil titles, capitalised", "Senator Delia Marchetti questioned Judge Oskar Brenneman about the ruling.",
			want{"Delia Marchetti=person", "Oskar Brenneman=person"}},
		{"a title opening the sentence, before a surname alone", "Governor Wexley met the envoy. Captain Sorensen flew the craft. Commissioner Varga watched. Coach Alcott agreed. General Motors and Justice Department staff did not.",
			want{"Wexley=person", "Sorensen=person", "Varga=person", "Alcott=person", "General Motors=organization", "?Motors", "?Department"}},
		{"interview: given names an editor put in brackets before a surname", "I voted for [Harold K. W.] Dunmore in 88 and [Phil] Abernathy in 96, and read the [Sunday] Times.",
			want{"Dunmore=person>Harold K. W. Dunmore", "Abernathy=person>Phil Abernathy", "!Sunday Times"}},
		{"a reading list's inverted names", "Further reading\nOstrander, Paula Jean. The Salt Roads (novel).\nKeller, Tom and Brandt, Ilse. A History of Ports.\nMarchetti, L. K.; Vanterpool, Hugh. Tides.\nWexford, 54, said it was fine.\nBerglund, Maria and Tom went home.",
			want{"Ostrander=person>Paula Jean Ostrander", "Keller=person>Tom Keller", "Brandt=person>Ilse Brandt", "Marchetti=person>L. K. Marchetti", "Vanterpool=person>Hugh Vanterpool", "!Paula Jean", "?Berglund"}},
		{"letters after a name are no part of it", "The Foreign Secretary, the Rt Hon Gareth Llewellyn-Price MP, and Dame Alys Pemberton DBE met Jane Doyle OBE. Labour MP voters stayed home.",
			want{"Gareth Llewellyn-Price=person", "Alys Pemberton=person", "Jane Doyle=person", "!MP", "!DBE", "!OBE", "?Labour"}},
		{"a name after a preposition is no subject of the verb after it", "The lab in Renwick took me in when I was nineteen.",
			want{"Renwick=place"}},
		{"a capitalised particle inside a name", "The statement was signed by Tran Van Khoa and read out by Pieter Van Houtte.",
			want{"Tran Van Khoa=person", "Pieter Van Houtte=person"}},
		{"Korean given names of two syllables", "Park Ha-rin met Kang Yu-bin and Lee Eun-bi. The Seattle-based firm and the Tom Tan-led group agreed.",
			want{"Park Ha-rin=person", "Kang Yu-bin=person", "Lee Eun-bi=person", "!Ha-rin", "!Seattle-based", "!Tom Tan-led"}},
		{"what only a person has, after a possessive surname", "Critics of Halloran's tenure and of Vandermeer's presidency spoke. Ostrowick's memoir sold well.",
			want{"Halloran=person", "Vandermeer=person", "Ostrowick=person"}},
		{"titles of local office and peerage", "Cllr Desmond Okonjo met Baroness Whitcombe and Councillor Bethan Rhys-Morgan.",
			want{"Desmond Okonjo=person", "Whitcombe=person", "Bethan Rhys-Morgan=person", "!Cllr Desmond Okonjo", "!Baroness Whitcombe", "!Councillor Bethan Rhys-Morgan"}},
		{"a surname that is a word opens the sentence before an age or a role", "The hearing ended.\nBrown, 54, was arrested on Monday. Green, who lives nearby, called police. White, a retired nurse, saw it. Black, the colour of night, fell.",
			want{"Brown=person", "Green=person", "White=person", "!Black"}},
		{"a given name before a head word that is also a surname", "Tom Hill, representing the union, said members would vote. Hill, speaking outside, added that the offer was poor. Crowds gathered in Albert Park.",
			want{"Tom Hill=person", "Hill=person>Tom Hill", "Albert Park=place"}},
		{"a surname that is a word opens the sentence before a person's aside", "The talks ended.\nHill, representing the union, said members would vote. Young, speaking outside, told reporters it was over. Black, which was the colour, said nothing.",
			want{"Hill=person", "Young=person", "!Black"}},
		{"sports clubs and galleries by their head words", "Kelby Rovers beat Dorran Athletic 2-1. Vale joined from Pelton United. Her work hangs in the Harlan Gallery.",
			want{"Kelby Rovers=organization", "Dorran Athletic=organization", "Pelton United=organization", "Harlan Gallery=organization"}},
		{"a possessive's kin or role and a comma before a name", "Trask is survived by his wife, Lorna, and the company's founder, Brel, spoke. His life, Paris, was gone.",
			want{"Lorna=person", "Brel=person", "?Paris"}},
		{"a name in a list takes the list's type over a weak cue of its own", "He left two sons, Neil and Gareth. Commuters in Easton, Marlow and Pike face detours.",
			want{"Gareth=person", "Marlow=place"}},
		{"a speaker label of a person's initials is that person", "Wikinews spoke with Daria Mennick and Dag Moen's friend Karl Engstrom.\nKE: I grew up here.\nDM: So did I.",
			want{"KE=person>Karl Engstrom", "DM=person>DM"}},
		{"a national body or the Crown's opening the sentence, but not an office's title", "The ferry ran aground.\nNational Waterways said the channel was shut. HM Lifeguard sent a boat. National Security Adviser Tomas Verel said nothing. April is National Kite Month in Norland.",
			want{"National Waterways=organization", "HM Lifeguard=organization", "!National Security Adviser", "Tomas Verel=person", "?National Kite Month"}},
		{"a country's adjective in its own language opens a firm's name", "The deal with Deutsche Harlan was signed on Monday. Talks with Norsk Velde ended.",
			want{"Deutsche Harlan=organization", "Norsk Velde=organization"}},
		{"a side named by where it stands in its league", "The club are fourth, ten points behind leaders Varena. They host champions Dellmar on Sunday.",
			want{"Varena=organization", "Dellmar=organization"}},
		{"railways, papers, hospitals, broadcasters, memorials and parts of places", "Norland Rail told Radio Norland and the Daily Courier that flights to Lower Dunmore and patients at Pellworth Royal Infirmary were safe. Crowds marched to the Veld Memorial.",
			want{"Norland Rail=organization", "Radio Norland=organization", "Daily Courier=organization", "Lower Dunmore=place", "Pellworth Royal Infirmary=organization", "Veld Memorial=place"}},
		{"a possessive inside a name: a saint's, a group's", "Nurses at St. Aidan's Hospital joined the Women's Tennis Association. Russia's Defence Ministry and King Arthur's Court did not.",
			want{"St. Aidan's Hospital=organization", "Women's Tennis Association=organization", "Defence Ministry=organization", "!Russia's Defence Ministry", "!King Arthur's Court"}},
		{"a given name alone mid-sentence is a person's, not a craft's", "We built the game in a garage. I asked Thad about the levels, and later Jeff wrote the music. The Orion spacecraft flew, and the Apollo missions ended. We moved to Florence.",
			want{"Thad=person", "Jeff=person", "?Orion", "?Apollo", "?Florence"}},
		{"places named in Portuguese or Spanish, and features after a name", "The frogs live in the Serra do Vento mountains and the Cerro Alto hills, far from the Pardo valley.",
			want{"Serra do Vento=place", "Cerro Alto=place", "Pardo=place"}},
		{"a list after \"and\" may go on", "Tiago Moura joined them. Wikinews contacted Moura and Kimura for comment.",
			want{"Kimura=person"}},
		{"a name after a preposition is no subject of a passive; where someone named is from", "A businessman from Kettlewick has been jailed. Kieran Mulvey, of Ostley, admitted the charge. Gareth Pryce, 52, of Dunholt, denied it.",
			want{"Kettlewick=place", "Ostley=place", "Dunholt=place", "Kieran Mulvey=person"}},
		{"ensembles, and where a school or a site stands", "The Tallis Quartet met at the conservatory in Utrecht and played at the stadium in Kelby.",
			want{"Tallis Quartet=organization", "Utrecht=place", "Kelby=place"}},
		{"a plural office or noun of people before names", "Senators Hale, Brooks and Ortiz voted against the bill. The defenders Mills and Okoye were injured.",
			want{"Hale=person", "Brooks=person", "Ortiz=person", "Mills=person", "Okoye=person", "!Senators Hale"}},
		{"a capitalised plural in an apposition is no role", "Fans watched the match. After Brexit, the Champions League drew crowds.",
			want{"?Brexit", "Champions League=organization"}},
		{"a name with its own \"of\" after a noun of organisations; a statistics office", "Environmental group Friends of the Fjords welcomed the vote. According to Statistics Norland, emissions fell.",
			want{"Friends of the Fjords=organization", "Statistics Norland=organization", "!Fjords"}},
		{"a nickname in quotes inside a name", "Former mayor Thomas \"Tommy\" Brennan died on Sunday. Brennan was 88. She told Maria \"Stop\" twice.",
			want{"Thomas \"Tommy\" Brennan=person", "Brennan=person>Thomas \"Tommy\" Brennan", "!Thomas", "!Maria \"Stop"}},
		{"honorific before a surname", "Mr Abernathy declined to comment, and Dr. Quist said the data were incomplete.",
			want{"Abernathy=person", "Quist=person"}},
		{"initials and suffixes", "J. R. Hartley and Samuel T. Whitcombe Jr. attended the hearing.",
			want{"J. R. Hartley=person", "Samuel T. Whitcombe Jr=person"}},
		{"initials written together, without dots, opening a sentence", "The team met O.J. Okoro and J.R.R. Talbot there. They met R Saravanan and A. B. Okafor too. A. K. M. Rahman agreed.",
			want{"O.J. Okoro=person", "J.R.R. Talbot=person", "R Saravanan=person", "A. B. Okafor=person", "A. K. M. Rahman=person"}},
		{"degrees and labels are no initials", "She has an M.Sc and a B.A. from Leeds. Plan B Director Tom Reyes gave it an A. Smith said so.",
			want{"!M.Sc", "?Sc", "?B.A.", "!Plan B Director Tom Reyes", "Tom Reyes=person", "!A. Smith"}},
		{"shares in a company", "Halvard Foods cut jobs. Shares in Halvard fell 7 percent, and a stake in Ostmark was sold.",
			want{"Halvard Foods=organization", "Halvard=organization>Halvard Foods", "Ostmark=organization"}},
		{"the council of a town, a firm of partners", "The town council of Marlow Heath voted on Wednesday. The architect, Yusuf Demir of Demir & Lang, agreed.",
			want{"Marlow Heath=place", "Demir & Lang=organization", "Yusuf Demir=person"}},
		{"particles", "The session was chaired by Ludovica van der Berg, with Omar bin Rashid as rapporteur.",
			want{"Ludovica van der Berg=person", "Omar bin Rashid=person"}},
		{"particles: \"de\" after a given name, a sentence opened by particles", "Van der Berg met Jean-Luc de la Fontaine and Ines de Alcantara in Doha. De la Cruz said the Bank of England would act.",
			want{"Van der Berg=person", "Jean-Luc de la Fontaine=person", "Ines de Alcantara=person", "De la Cruz=person", "Bank of England=organization"}},
		{"hyphen and apostrophe", "Jean-Pierre Moreau thanked Siobhan O'Connell for her help.",
			want{"Jean-Pierre Moreau=person", "Siobhan O'Connell=person"}},
		{"business: head words, CEO, short name", "Kestrel Motors said on Monday that its chief executive, Tomasz Wierzbicki, would step down. Kestrel also cut its forecast.",
			want{"Kestrel Motors=organization", "Kestrel=organization>Kestrel Motors", "Tomasz Wierzbicki=person", "!Monday"}},
		{"business: org title before a person", "Brightwater Capital CEO Ines Valdivia announced the deal with Halvorsen Group and Nordvik Bank.",
			want{"Brightwater Capital=organization", "Ines Valdivia=person", "Halvorsen Group=organization", "Nordvik Bank=organization"}},
		{"organisation of", "Officials from the Ministry of Coastal Affairs and the University of Vellmar attended.",
			want{"Ministry of Coastal Affairs=organization", "University of Vellmar=organization"}},
		{"acronym defined then used as an actor", "The European Fisheries Agency (EFA) published new quotas. EFA said the stocks were recovering.",
			want{"European Fisheries Agency=organization", "EFA=organization>European Fisheries Agency"}},
		{"acronym as actor", "Analysts expect the VXR to raise rates. VXR said inflation remained high.",
			want{"VXR=organization", "!CEO"}},
		{"place cues", "The Ravensholt-based startup opened an office near Kirrin and another in the city of Velmora.",
			want{"Ravensholt=place", "Kirrin=place", "Velmora=place"}},
		{"place head words", "Flooding closed Harrow Street and the Dunwick River bridge in Estmere County.",
			want{"Harrow Street=place", "Dunwick River=place", "Estmere County=place"}},
		{"a profession no list holds opens the sentence before a name", "Seismologist Hernando Tavera spoke on Monday. Statistician Ruth Obi agreed.",
			want{"Hernando Tavera=person", "Ruth Obi=person", "!Seismologist Hernando Tavera", "!Statistician Ruth Obi"}},
		{"a Korean given name first, before the surname", "Hye-jin Park wrote the report with Ji-hoon Kim. The Kyiv-based firm said so.",
			want{"Hye-jin Park=person", "Ji-hoon Kim=person", "Kyiv=place"}},
		{"shares in a firm; a start-up in apposition; a river by its first word", "Shares in Lufthansa rose. Quillstone, a start-up based in Tallinn, raised money. Divers searched the River Leam.",
			want{"Lufthansa=organization", "Quillstone=organization", "Tallinn=place", "River Leam=place"}},
		{"where one studied is no person", "She studied at Columbia and taught at Harwell.",
			want{"Columbia=organization", "Harwell=organization"}},
		{"a head word glued on by a hyphen is half a surname", "Sydney Achebe-Park, 41, was appointed on Monday. Flooding closed Harrow Park.",
			want{"Sydney Achebe-Park=person", "Harrow Park=place"}},
		{"months that are given names, before a surname", "The company named April Johansson as chief executive. June Okafor was appointed too. In May Chen resigned.",
			want{"April Johansson=person", "June Okafor=person", "!May Chen"}},
		{"place list after a place", "She grew up in Ostrava, Moravia.",
			want{"Ostrava=place", "Moravia=place"}},
		{"sentence-initial ordinary words", "However, Swedish officials said in March that the plan would fail. Yesterday the board met again. Officials disagreed.",
			want{"!However", "!Swedish", "!March", "!Yesterday", "!Officials"}},
		{"demonyms and group names", "Norwegian and Danish negotiators joined Europeans and Democrats at the table.",
			want{"!Norwegian", "!Danish", "!Europeans", "!Democrats"}},
		{"a word written in lower case elsewhere", "Bridge repairs began. The bridge will reopen in May.",
			want{"!Bridge", "!May"}},
		{"given name at a sentence start", "Grace said the count was fair. Marguerite Okonjo agreed.",
			want{"Grace=person", "Marguerite Okonjo=person"}},
		{"pronoun and possessive kin", "Ingvar Tollefsen arrived late. Later, Tollefsen's wife said he had been delayed.",
			want{"Ingvar Tollefsen=person", "Tollefsen=person>Ingvar Tollefsen"}},
		{"who and verbs", "Ambrose Kettering, who founded the charity, resigned on Friday.",
			want{"Ambrose Kettering=person", "!Friday"}},
		{"role noun before", "The findings were presented by biologist Henrike Ostermann and economist Dario Pellegrini.",
			want{"Henrike Ostermann=person", "Dario Pellegrini=person"}},
		{"an organisation used like a place", "Vantor announced record profits. Engineers at Vantor built the new chip, and Vantor shares rose.",
			want{"Vantor=organization"}},
		{"the company after an ambiguous name", "An internal memo at Quorvane showed that the company had missed its targets.",
			want{"Quorvane=organization"}},
		{"organisation apposition", "Pellucid, a Tallinn software company, hired forty people.",
			want{"Pellucid=organization"}},
		{"the before a plural: a team or a band, not a person", "Fans of the Harriers cheered when the Harriers scored.",
			want{"Harriers=organization"}},
		{"month after a given name", "Theresa May met Jacinda Ardern in May 2019.",
			want{"Theresa May=person", "Jacinda Ardern=person", "!May"}},
		{"interview with speaker labels", "Aiko Tanaka: We started the project in 2019.\nInterviewer: Why then?\nTanaka: Funding arrived.",
			want{"Aiko Tanaka=person", "!Interviewer", "Tanaka=person>Aiko Tanaka"}},
		{"a part named in capitals is no speaker's name; a surname that is a word is", "MODERATOR: Welcome, Ines Valcourt.\nVALCOURT: Thank you.\nAUDIENCE: Hear, hear.\nWOOD: Indeed.",
			want{"?MODERATOR", "?AUDIENCE", "VALCOURT=person>Ines Valcourt", "WOOD=person"}},
		{"government readout", "The Foreign Secretary, Eleanor Haverford, spoke with her counterpart Mihail Dragomir about the Black Sea corridor.",
			want{"Eleanor Haverford=person", "Mihail Dragomir=person", "!Foreign Secretary"}},
		{"plain text, one sentence a line", "Rosalind Achterberg opened the meeting.\nAchterberg thanked the staff.\nThe staff left at noon.",
			want{"Rosalind Achterberg=person", "Achterberg=person>Rosalind Achterberg", "!The"}},
		{"first name alone after the full name", "Priyanka Raghunathan runs the lab. Priyanka told us the results were ready.",
			want{"Priyanka Raghunathan=person", "Priyanka=person>Priyanka Raghunathan"}},
		{"an office's title, then its holder", "Putin met Governor of Karsk Region Oleg Varlamov and Minister of Healthcare Irina Sokolova.",
			want{"Oleg Varlamov=person", "Irina Sokolova=person", "!Healthcare Irina Sokolova", "!Karsk Region Oleg Varlamov"}},
		{"an office's title ending in a place's own name, then its holder", "Putin met Head of the Republic of Varkostan Timur Zhambalov. He also met Head of Ostrelia Ruslan Dzhabrailov. Analysts at the University of Michigan Ann Arbor campus agreed.",
			want{"Timur Zhambalov=person", "Ruslan Dzhabrailov=person", "!Varkostan Timur Zhambalov", "!Ostrelia Ruslan Dzhabrailov", "?Ann Arbor"}},
		{"first person company", "Marit and I built the nest. Then a student said: my name is Tomasz.",
			want{"Marit=person", "Tomasz=person"}},
		{"a word in a lower-case compound", "The pro-European Party of Renewal and the anti-Western Velmar Front met.",
			want{"Party of Renewal=organization", "!European Party of Renewal", "!Western Velmar Front"}},
		{"a title alone is no name", "The Prime Minister and the President met. Mr. President, thank you.",
			want{"!Prime Minister", "!President", "!Mr"}},
		{"a name ending in a common word is no person", "He performed at the Jeff Holloway Experience in Branson.",
			want{"?Jeff Holloway Experience"}},
		{"a possessor in an apposition is not its head", "Tasman, the country's largest dairy exporter, said demand was strong.",
			want{"Tasman=organization"}},
		{"a firm named by its trade", "Orla Textiles said on Monday it would close a mill.",
			want{"Orla Textiles=organization"}},
		{"said after a name with a common word after its first", "On Monday, Kessling Outdoor said its sales rose.",
			want{"Kessling Outdoor=organization"}},
		{"a team: a proper word and a plural noun, and its short forms", "The San Rafael Mariners beat the Tondo Ironmen 98-91 on Sunday. The Mariners lead the series.",
			want{"San Rafael Mariners=organization", "Tondo Ironmen=organization", "Mariners=organization>San Rafael Mariners"}},
		{"a club's first word names it", "Kelby Wanderers won again on Saturday, and now Kelby are top.",
			want{"Kelby Wanderers=organization", "Kelby=organization>Kelby Wanderers"}},
		{"plurals that end no team's name", "The Commonwealth Games open in Glasgow. Chelsea Banks met the Oslo Accords panel and the iTunes Apps Stores team.",
			want{"?Commonwealth Games", "Chelsea Banks=person", "?iTunes Apps Stores", "?Apps Stores"}},
		{"sides of a match by its score", "Chelmsworth beat Dunmore 3-1 on Saturday. Halloway lost 3-2 to Brantham, and Wyre drew 1-1 with Pellow.",
			want{"Dunmore=organization", "Halloway=organization", "Brantham=organization", "Pellow=organization"}},
		{"a side named like a person after the", "The Marlow Tigers beat the Magnolia Hotshots 101-95 on Friday.",
			want{"Magnolia Hotshots=organization"}},
		{"a player named in full is a person, the surname alone too", "Ines Valcourt met Aiko Tanaka on Friday. Tanaka beat Valcourt 6-4, 6-3. Roger Feld beat Ana Lisboa 6-1.",
			want{"Tanaka=person>Aiko Tanaka", "Valcourt=person>Ines Valcourt", "Roger Feld=person", "Ana Lisboa=person"}},
		{"a double-barrelled surname with a word in it", "The race was won ahead of Chiara Gut-Berther on Sunday.",
			want{"Chiara Gut-Berther=person"}},
		{"more firms by their trade", "Shares in Wellbright's parent, Cordell Financial, rose. Kessler Aviation and Pemberton Automotive said nothing.",
			want{"Cordell Financial=organization", "Kessler Aviation=organization", "Pemberton Automotive=organization"}},
		{"its after a surname is another's", "Tshepo Mokgadi spoke on Monday. Mokgadi said its report was flawed, and Mokgadi called its authors biased.",
			want{"Mokgadi=person>Tshepo Mokgadi"}},
		{"all-caps heading", "MARKET REPORT\nShares of Nordvik Bank rose.",
			want{"!MARKET REPORT", "!MARKET", "Nordvik Bank=organization"}},
	} {
		check(t, tc.name, FindText(tc.text), tc.want)
	}
}

// TestSurnameApart: one surname with other given names apart from it
// is another person ("[George H. W.] Bush", "[George W.] Bush"), and the
// surname alone later is the first of them.
func TestSurnameApart(t *testing.T) {
	var got []string
	for _, m := range FindText("[Ruth] Sandoval won in 04. [Harold K. W.] Sandoval lost in 88, and [Ruth] Sandoval won. Sandoval is retired.") {
		got = append(got, m.Text+">"+m.Name)
	}
	want := []string{"Sandoval>Ruth Sandoval", "Sandoval>Harold K. W. Sandoval", "Sandoval>Ruth Sandoval", "Sandoval>Ruth Sandoval"}
	if strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("got %q, want %q", got, want)
	}
}

// TestTitles: a title or heading line is judged strictly; a name in it
// takes the type the body gives it.
func TestTitles(t *testing.T) {
	s := "Lindqvist Wins Appeal In Supreme Court\n\nMaria Lindqvist won her appeal on Friday, her lawyer Pavel Horak said."
	d := Doc{Text: s, Tokens: text.Tokenize(s), Titles: []Span{{0, strings.IndexByte(s, '\n')}}}
	check(t, "title", Find(d), want{"Lindqvist=person>Maria Lindqvist", "!Wins", "!Wins Appeal", "!Appeal", "Maria Lindqvist=person", "Pavel Horak=person"})
	// without the flag, a short line without closing punctuation is judged
	// as a heading all the same
	check(t, "heading guessed", FindText(s), want{"!Wins", "!Wins Appeal", "!Appeal"})
	// an interview's question set as a heading: a title before a name that
	// is no common word is still a title; title-case words are not
	for _, c := range []struct {
		q string
		w want
	}{
		{"Interviewer: What did Governor Wexley think of the book?\n\nThe book sold well.", want{"Wexley=person"}},
		{"President Signs Bills In Capital\n\nThe bills passed.", want{"?President Signs Bills", "?Signs Bills", "?Signs"}},
	} {
		d = Doc{Text: c.q, Tokens: text.Tokenize(c.q), Titles: []Span{{0, strings.IndexByte(c.q, '\n')}}}
		check(t, "question as heading", Find(d), c.w)
	}
}

// TestSentences: a sentence span makes its first word sentence-initial
// even without a full stop before it.
func TestSentences(t *testing.T) {
	s := "the vote passed Tonight the count begins"
	toks := text.Tokenize(s)
	i := strings.Index(s, "Tonight")
	check(t, "sentences", Find(Doc{Text: s, Tokens: toks, Sentences: []Span{{0, i - 1}, {i, len(s)}}}), want{"!Tonight"})
}

// TestBlocks: tokens of several blocks, with offsets into the whole text,
// as the extractor has them.
func TestBlocks(t *testing.T) {
	s := "Headline here\n\nOskar Brenneman said the court would rule. Brenneman left."
	var toks []text.Token
	for _, b := range []Span{{0, 13}, {15, len(s)}} {
		for _, tk := range text.Tokenize(s[b.Start:b.End]) {
			tk.Start += b.Start
			tk.End += b.Start
			toks = append(toks, tk)
		}
	}
	got := Find(Doc{Text: s, Tokens: toks, Titles: []Span{{0, 13}}})
	check(t, "blocks", got, want{"Oskar Brenneman=person", "Brenneman=person>Oskar Brenneman"})
	for _, m := range got {
		if s[m.Start:m.End] != m.Text || toks[m.Tok].Start != m.Start || toks[m.Tok+m.NTok-1].End != m.End {
			t.Errorf("offsets of %q: %d-%d, tokens %d+%d", m.Text, m.Start, m.End, m.Tok, m.NTok)
		}
	}
}

// TestDeterministic: the same input gives the same output, in text order.
func TestDeterministic(t *testing.T) {
	_, data := synth.Article(7)
	s := string(data)
	a, b := FindText(s), FindText(s)
	if fmt.Sprint(a) != fmt.Sprint(b) {
		t.Fatal("two runs differ")
	}
	for i := 1; i < len(a); i++ {
		if a[i].Start < a[i-1].End {
			t.Fatalf("mentions out of order or overlapping: %q %q", a[i-1].Text, a[i].Text)
		}
	}
	if len(Find(Doc{})) != 0 {
		t.Fatal("empty document has names")
	}
}

func TestTypeString(t *testing.T) {
	for typ, s := range map[Type]string{Unknown: "unknown", Person: "person", Organization: "organization", Place: "place", Type(9): "unknown"} {
		if typ.String() != s {
			t.Errorf("%d: %q", typ, typ.String())
		}
	}
}

func TestLexicon(t *testing.T) {
	lx := lexicon()
	for w, f := range map[string]uint64{"maria": fGiven, "lindqvist": fSurname, "bridge": fWord, "swedish": fDemonym, "march": fMonthDay} {
		if lx[w]&f == 0 {
			t.Errorf("%s lacks flag %b", w, f)
		}
	}
	for _, w := range []string{"paris", "may", "king", "swedish"} {
		if lx[w]&(fGiven|fGivenWeak) != 0 {
			t.Errorf("%s is a given name", w)
		}
	}
}

func TestShortForms(t *testing.T) {
	for name, want := range map[string]string{
		"Kestrel Motors AG":     "Kestrel Motors|Kestrel",
		"Nordhavn Shipping Ltd": "Nordhavn Shipping|Nordhavn",
		"Acme Corp.":            "Acme",
		"General Motors":        "", // never "General"
		"British Airways":       "", // never "British"
		"Bank of England":       "", // no corporate word at its end
		"Apple":                 "",
		"Department of Energy":  "",
		"Brightwater Foods":     "Brightwater",
		"Nordvik Telecom":       "Nordvik",
		"Fjord Securities":      "Fjord",
		"Ministry of Energy":    "",
		"Fjellgard Batteri AS":  "Fjellgard Batteri",
		"Kivela Oyj":            "Kivela",
		"Vastra SE":             "Vastra",
		"Harrowgate Foods plc":  "Harrowgate Foods|Harrowgate",
		"Knut As":               "", // "as" only in capitals
	} {
		if got := strings.Join(ShortForms(name), "|"); got != want {
			t.Errorf("ShortForms(%q) = %q, want %q", name, got, want)
		}
	}
}

func BenchmarkFind(b *testing.B) {
	var sb strings.Builder
	for i := 0; i < 40; i++ {
		_, data := synth.Article(i)
		sb.Write(data)
		sb.WriteString("\n\n")
	}
	s := sb.String()
	toks := text.Tokenize(s)
	lexicon()
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		Find(Doc{Text: s, Tokens: toks})
	}
	b.ReportMetric(float64(len(toks))*float64(b.N)/b.Elapsed().Seconds(), "words/s")
}
