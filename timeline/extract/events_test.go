package extract_test

import (
	"strings"
	"testing"

	"github.com/storygraph/storygraph/seeds"
	"github.com/storygraph/storygraph/timeline"
	"github.com/storygraph/storygraph/timeline/article"
	"github.com/storygraph/storygraph/timeline/extract"
	"github.com/storygraph/storygraph/timeline/gazetteer"
)

// eventRules pin the event rules one sentence at a time, each in a
// small article published on Wednesday 2026-01-21 (TestEventRules).
var eventRules = []struct {
	sentence                                string
	none                                    bool   // not a happening
	n                                       int    // events when more than one; the last is checked
	first                                   bool   // check the first of the n events, not the last
	places                                  string // the event's places, joined by ", "
	parts                                   string // the event's participants' names, joined by ", ", when given
	kind, date, status, certainty, by, verb string
}{
	{sentence: "“Russia struck our cities again,” Volodymyr Zelenskyy said on Tuesday.", kind: "statement", date: "2026-01-20", status: "happened", certainty: "asserted", by: "Volodymyr Zelenskyy", verb: "said"},
	{sentence: "The Kremlin denied that Russian drones hit a hospital in Kharkiv on Monday.", kind: "attack", date: "2026-01-19", certainty: "denied", by: "Kremlin", verb: "denied"},
	{sentence: "Ukraine's air force said Russian drones struck Odesa overnight.", kind: "attack", certainty: "claimed", verb: "said"},
	{sentence: "The meeting is expected to take place in Geneva on Friday, officials said.", kind: "meeting", date: "2026-01-23", status: "scheduled", certainty: "speculative"},
	{sentence: "Sergei Lavrov reportedly met Marco Rubio in Riyadh.", kind: "meeting", certainty: "claimed"},
	{sentence: "Keir Starmer will travel to Kyiv next week.", kind: "travel", date: "2026-01-26/2026-02-01", status: "scheduled"},
	{sentence: "Moscow denied that its forces struck a market in Kharkiv on Monday.", kind: "attack", date: "2026-01-19", certainty: "denied", by: "Russia", verb: "denied"},
	{sentence: "Kyiv said the strike hit a power plant in Kharkiv on Tuesday.", kind: "attack", date: "2026-01-20", certainty: "claimed", by: "Ukraine"},
	{sentence: "Ukraine said Russian drones hit Odesa overnight.", kind: "attack", certainty: "claimed", by: "Ukraine", verb: "said"},
	{sentence: "Satya Nadella told analysts the deal would close by the end of June.", kind: "statement", date: "2026-01-21", certainty: "asserted"},
	{sentence: "Turkish President Recep Tayyip Erdogan, who hosted talks in May last year, spoke to Vladimir Putin by phone on Monday.", kind: "meeting", date: "2026-01-19"},
	// a time of day marks a happening; a later "and is expected" does not make a past one scheduled
	{sentence: "The march began at 6:52 a.m. EST on Monday, and is expected to last about nine hours.", kind: "decision", date: "2026-01-19", status: "happened", certainty: "asserted"},
	{sentence: "At 9 a.m., the delegation will be joined by Marco Rubio for questions from the press.", kind: "statement", date: "2026-01-21", status: "scheduled"},
	// a group as the sentence's first word is an actor
	{sentence: "Engineers repaired the damaged power line.", kind: "other", status: "happened"},
	{sentence: "Once at the launch pad, the rocket looked small.", none: true},
	// "since October" runs until publication and dates only its own sentence; the present progressive is now
	{sentence: "The stack has been undergoing preparations in the hangar since October.", kind: "other", date: "2025-10-01/2026-01-21", status: "ongoing"},
	{sentence: "The stack has been undergoing preparations since October. The crew is travelling to the launch site.", n: 2, kind: "travel", date: "2026-01-21"},
	// ... but work going on with no time of its own is the state of things, not a happening (inProgress)
	{sentence: "Engineers are moving it to the pad.", none: true},
	{sentence: "Technicians are inspecting the cracked valves and drawing up plans to repair them.", none: true},
	{sentence: "“We plan to relocate the archive,” said Ingrid Solberg during the keynote.", kind: "statement"},
	// a "whose" clause tells of someone, not of the happening and its date
	{sentence: "Tomas Leer, the pianist whose records defined the jazz of the 1960s, died on Monday at his home in Oslo.", date: "2026-01-19"},
	// a line that "also said" is not the line before's backstory again
	{sentence: "Brennvik Motors said on Monday that Ada Lunde would retire.\nUnder Lunde, Brennvik returned to profit last year and started work on a plant.\nBrennvik also said it had sold its stake in Halvard Parts.", n: 3, date: "2026-01-19"},
	// a relative clause with no "that" tells of the thing, not of the happening
	{sentence: "Kestrel Media said on Monday it would close Ferrow Records, the label it bought in 2019.", date: "2026-01-19"},
	// ... but one that renames the happening dates it
	{sentence: "The union called off the strike, a decision it took on Monday after talks.", date: "2026-01-19"},
	// a year before the noun it describes names the thing, not the time
	{sentence: "Their 1971 album was reissued by Kestrel Records in 2009.", date: "2009"},
	// a title's holder named in apposition is who holds it here, not the gazetteer's holder
	{sentence: "The minister spoke to the President of Finland, Aino Virtanen, on Monday.", kind: "meeting", parts: "Aino Virtanen"},
	// a view quoted, with who said it, is a saying that took place
	{sentence: "“We think it is the future of travel,” said Ingrid Solberg on Monday.", kind: "statement", date: "2026-01-19"},
	{sentence: "``We think it is the future of travel,'' said Ingrid Solberg on Monday.", kind: "statement", date: "2026-01-19"},
	// "talked", as "spoke", is said to someone or about something
	{sentence: "Ingrid Solberg opened the forum on Monday.\nShe talked about the archive.", n: 2, kind: "meeting", date: "2026-01-19", parts: "Ingrid Solberg"},
	{sentence: "Talks resumed in Geneva on Monday. Negotiators are meeting again behind closed doors.", n: 2, kind: "meeting", date: "2026-01-21", status: "ongoing"},
	// "recently": the four weeks before publication, not the day; "later that day" is afterwards, not still to come
	{sentence: "Ingrid Solberg recently visited the plant in Oslo.", kind: "meeting", date: "2025-12-24/2026-01-21"},
	{sentence: "Marco Rubio arrived in Geneva on Monday. Later that day, he met Ingrid Solberg.", n: 2, kind: "meeting", date: "2026-01-19", status: "happened"},
	// "the coming days", "recent weeks": a span beside the publication date, not its day
	{sentence: "Engineers will test the repaired line in the coming days.", kind: "other", date: "2026-01-22/2026-02-04", status: "scheduled"},
	{sentence: "Negotiators have met several times over the past weeks.", kind: "meeting", date: "2025-12-10/2026-01-21"},
	{sentence: "The leaders discussed the progress made in recent days and agreed to meet again this evening.", kind: "negotiation", date: "2026-01-21"},
	{sentence: "A third round is expected in Abu Dhabi later this month.", kind: "negotiation", date: "2026-01-22/2026-01-31", status: "scheduled"},
	{sentence: "The crowd gave the speakers a round of applause.", none: true},
	{sentence: "The European Commission opened an investigation into the deal last month, and analysts said it could take a year.", kind: "decision", date: "2025-12", status: "happened", certainty: "asserted"},
	{sentence: "The deal, which still needs approval from regulators in Brussels, was signed in Geneva on Monday.", kind: "agreement", date: "2026-01-19", places: "Geneva"},
	// a readout: the call is a meeting; the country of a title is no place; a participle phrase after the happening lends it no date or place
	{sentence: "Vladimir Putin had a telephone conversation with Kassym-Jomart Tokayev.", kind: "meeting", date: "2026-01-21"},
	{sentence: "President of Kazakhstan Kassym-Jomart Tokayev met Vladimir Putin in Moscow.", kind: "meeting", places: "Moscow"},
	{sentence: "The two leaders discussed agreements reached during the state visit to Astana in November 2025.", kind: "negotiation", date: "2026-01-21", places: "-"},
	{sentence: "Kassym-Jomart Tokayev congratulated Vladimir Putin on the holding of the forum in Minsk last week.", kind: "statement", date: "2026-01-21"},
	{sentence: "Volodymyr Zelenskyy said in his nightly address on Sunday that the talks had stalled.", kind: "statement", date: "2026-01-18"},
	// a paragraph a line: the date of one line does not date the next; a
	// hard-wrapped paragraph's sentences still share theirs
	{sentence: "Marco Rubio met Sergei Lavrov in Geneva on Monday.\nThe pair first met in Riyadh in April last year.\nRubio signed a memorandum with Lavrov.", n: 3, kind: "agreement", date: "2026-01-19"},
	// ... but a line opening on a pronoun or "the pair" goes on with the line before, and its date
	{sentence: "Ingrid Solberg met Marco Rubio in Oslo on December 1.\nThey signed a memorandum on energy security.\nNorland Bank sold its stake in Tessaly Energy.", n: 3, kind: "agreement", date: "2026-01-21"},
	{sentence: "Ingrid Solberg met Marco Rubio in Oslo on December 1.\nThey signed a memorandum on energy security.", n: 2, kind: "agreement", date: "2025-12-01"},
	// ... and so does a line whose subject "also" acted
	{sentence: "Ilse Varga met Gulf ministers in Doha on December 1.\nThe Foreign Secretary also met the Emir of Qatar.", n: 2, kind: "meeting", date: "2025-12-01"},
	{sentence: "Ilse Varga met Gulf ministers in Doha on December 1.\nThe Foreign Secretary met the Emir of Qatar.", n: 2, kind: "meeting", date: "2026-01-21"},
	// ... when that line named someone: "the leaders" after a line about drones are not its people
	{sentence: "Russian drones struck Kharkiv on December 1.\nThe leaders signed a joint statement.", n: 2, kind: "agreement", date: "2026-01-21"},
	// a line without a full stop among them keeps the rest a paragraph a line
	{sentence: "Talks in Geneva\nMarco Rubio met Sergei Lavrov in Geneva on Monday.\nThe pair first met in Riyadh in April last year.\nRubio signed a memorandum with Lavrov.", n: 3, kind: "agreement", date: "2026-01-19"},
	// a participle phrase in commas about the one named before it lends the happening no date
	{sentence: "The bank, led by Ingrid Solberg since August 2021, sold its stake in Tessaly Energy on Tuesday.", kind: "agreement", date: "2026-01-20"},
	{sentence: "Ingrid Solberg, born in Oslo on February 24, 1955, founded the bank.", n: 2, kind: "other", date: "1955-02-24", places: "Oslo", verb: "born"},
	// ... and so does one opening the sentence: the birth is an event of its own, and its date and place are not the main clause's
	{sentence: "Born in 1950 in Leeds, Ingrid Solberg joined Norland Bank in 1974.", n: 2, kind: "other", date: "1950", places: "Leeds", verb: "born"},
	// "one year later", "two days later" count from the story's date, not publication
	{sentence: "In 1984 Ingrid Solberg founded the bank. One year later Solberg resigned.", n: 2, kind: "decision", date: "1985"},
	// "one year later" on the next line counts from the last date the line before named, not from the news date
	{sentence: "Ingrid Solberg died yesterday, the bank said.\nSolberg founded the bank in 1976, and in 1984 it opened a branch in Oslo.\nOne year later Solberg resigned.", n: 3, kind: "decision", date: "1985"},
	// "the previous day" counts from the story's date when the paragraph has one
	{sentence: "Marco Rubio arrived in Riyadh on Sunday. He had met Kirill Dmitriev the previous day.", n: 2, kind: "meeting", date: "2026-01-17"},
	{sentence: "Marco Rubio met Kirill Dmitriev the previous day.", kind: "meeting", date: "2026-01-20"},
	// a time of day that counts from the story ("the following night") or from publication ("early this morning") names its own day
	{sentence: "On Monday, drones struck the port of Marenza. The following night, drones hit the town of Tovrin.", n: 2, kind: "attack", date: "2026-01-20"},
	{sentence: "Engineers repaired the line on Monday. Early this morning, engineers restored power to the hospital.", n: 2, kind: "other", date: "2026-01-21"},
	{sentence: "Last night, Russian drones struck the port of Marenza.", kind: "attack", date: "2026-01-20"},
	// a present progressive is the publication day's, whatever the lead dated
	{sentence: "Engineers tested the valve on Monday.\n\nThe crew is currently travelling to the launch site.", n: 2, kind: "travel", date: "2026-01-21"},
	{sentence: "On March 3, 2010, Norland Bank sued Tessaly Energy. Two days later, Tessaly Energy settled with Norland Bank.", n: 2, kind: "agreement", date: "2010-03-05"},
	// a happening joined by "and" with a verb and a date of its own is an event of its own
	{sentence: "Norland Bank sued Tessaly Energy in March 2025 and settled with Tessaly Energy in November 2025.", n: 2, kind: "agreement", date: "2025-11"},
	{sentence: "Norland Bank sued Tessaly Energy in March 2025 and settled with Tessaly Energy in November 2025.", n: 2, kind: "agreement", date: "2025-11", status: "happened"},
	{sentence: "Ingrid Solberg joined Norland Bank in 1974 and became its chief executive in 1989.", n: 2, date: "1989", verb: "became"},
	{sentence: "Ingrid Solberg joined Norland Bank in 1974 and was its chief executive until 1990.", date: "1974"},
	// ... and so is a hard happening of another kind joined by "and" or ", as", on the main one's date
	{sentence: "Marco Rubio met Sergei Lavrov on Monday and signed a memorandum.", n: 2, kind: "agreement", date: "2026-01-19"},
	{sentence: "Radoslaw Sikorski arrived in Kyiv on Tuesday and met Volodymyr Zelenskyy.", n: 2, kind: "meeting", date: "2026-01-20", places: "Kyiv"},
	{sentence: "Envoys met in Riyadh on Tuesday to discuss a ceasefire, as Russian drones struck Sumy, killing two people.", n: 2, kind: "attack", date: "2026-01-20", places: "Sumy"},
	// ... and so is one after ", a day after": the span before the main one's day
	{sentence: "Dockworkers in Velm protested on Tuesday, a day after Halvern Foods agreed to buy the port.", n: 2, kind: "agreement", date: "2026-01-19", parts: "Halvern Foods"},
	// ... or named by a happening's noun right after ", a day after" (happeningAfter)
	{sentence: "Velm United sacked coach Ivo Rask on Tuesday, a day after a 2-0 home defeat to Dunmore Athletic left the club bottom.", n: 2, kind: "other", date: "2026-01-19"},
	{sentence: "Velm United sacked coach Ivo Rask on Tuesday, a day after Rask of Dunmore Athletic left.", n: 1, kind: "decision", date: "2026-01-20"},
	// ... and one after a bare "after" when each clause has a date of its own
	{sentence: "Shares in Norvik Holdings rose on Tuesday after authorities closed the port of Dunmore on Monday.", n: 2, kind: "decision", date: "2026-01-19", parts: "-"},
	{sentence: "The mayor of Velm resigned on Wednesday after the council signed a deal with Tarven Foods on Monday.", n: 2, kind: "agreement", date: "2026-01-19"},
	// (one date for both: the sentence is one happening, dated by it)
	{sentence: "Villagers fled after soldiers attacked the town on Sunday.", kind: "travel", date: "2026-01-18"},
	{sentence: "Russian drones struck Sumy on Monday, hours after envoys met in Geneva.", n: 2, kind: "meeting", date: "2026-01-19", places: "Geneva"},
	{sentence: "Envoys met in Geneva on Monday, two weeks after Russian drones struck Sumy.", n: 2, kind: "attack", date: "2026-01-05/2026-01-11"},
	{sentence: "Ingrid Solberg resigned on Friday, weeks after the scandal broke.", kind: "decision", date: "2026-01-16"},
	{sentence: "Marco Rubio welcomed Ingrid Solberg to Oslo on Tuesday, the day after Russian missiles struck Kharkiv.", n: 2, kind: "attack", date: "2026-01-19"},
	// ... and so is one told in a relative clause about the one named before it
	{sentence: "Marco Rubio met Ingrid Solberg, who arrived in Geneva on Sunday.", n: 2, kind: "travel", date: "2026-01-18", places: "Geneva", by: ""},
	{sentence: "Marco Rubio met Ingrid Solberg, who leads Norland Bank, in Geneva.", kind: "meeting", places: "Geneva"},
	// ... and so is what someone named did to the thing a relative clause is about, on a date of its own
	{sentence: "Marco Rubio and Ingrid Solberg discussed the grain corridor, which Ukraine reopened in April.", n: 2, kind: "other", date: "2025-04", parts: "Ukraine", verb: "reopened"},
	{sentence: "Marco Rubio and Ingrid Solberg discussed the deal, which Halvern Bank signed on Monday.", n: 2, kind: "agreement", date: "2026-01-19", parts: "Halvern Bank"},
	{sentence: "Ingrid Solberg visited the plant, which opened in 2019, on Monday.", n: 1, kind: "meeting", date: "2026-01-19"},
	// a relative clause without its comma tells who someone is: the happening is the main clause's
	{sentence: "Tomas Leer, the pilot who founded Orvane Airlines, has died at the age of 88.", kind: "casualty", verb: "died"},
	// ... but not what talks concluded, nor the same kind twice
	{sentence: "The leaders discussed the progress made in recent days and agreed to meet again this evening.", kind: "negotiation"},
	{sentence: "Marco Rubio met Sergei Lavrov on Monday and met Kaja Kallas on Tuesday.", n: 2, kind: "meeting", date: "2026-01-20"},
	{sentence: "Marco Rubio met Sergei Lavrov on Monday, as expected.", kind: "meeting", date: "2026-01-19"},
	// saying what will be is a saying that happened, on its own date
	{sentence: "Annelies Verhoeven told analysts on a conference call that the company would close plants in Lyon by the end of next year.", kind: "statement", date: "2026-01-21", status: "happened"},
	{sentence: "Annelies Verhoeven said the company would close plants in Lyon next year.", kind: "statement", date: "2026-01-21", status: "happened"},
	{sentence: "Annelies Verhoeven will say on Monday that the company would close plants.", kind: "statement", date: "2026-01-26", status: "scheduled"},
	// "the next day" is afterwards, "the next steps" discussed are an object, and what was planned and "has been signed" is done: none is still to come
	{sentence: "Ingrid Solberg flew to Oslo. She met Marco Rubio there the next day.", n: 2, kind: "meeting", status: "happened"},
	{sentence: "Ingrid Solberg and Marco Rubio discussed the next steps.", kind: "negotiation", status: "happened"},
	{sentence: "Each text they planned to sign has been signed.", kind: "agreement", status: "happened"},
	// "a great deal" is an amount, and "not only" without its "but" leads in to the next sentence
	{sentence: "We have achieved a great deal together.", none: true},
	{sentence: "The militia not only broke the truce.", none: true},
	{sentence: "The militia not only broke the truce but also shelled Sumy on Monday.", date: "2026-01-19"},
	// a saying with no time of its own is dated by the past day it reports; not by a day still to come
	{sentence: "Officials said the fire broke out in Lyon on Monday.", kind: "statement", date: "2026-01-19"},
	{sentence: "Norland Bank said the plant closed on Monday.", kind: "statement", date: "2026-01-19"},
	{sentence: "Ingrid Solberg said the plant would close on Monday.", kind: "statement", date: "2026-01-21"},
	// what the speaker tells of doing is dated by its own time
	{sentence: "The Halden Chess Federation said it would name the squad on Monday.", kind: "statement", date: "2026-01-26", status: "scheduled"},
	{sentence: "Brakel Foods said that it had raised prices in September.", kind: "statement", date: "2025-09"},
	{sentence: "Ingrid Solberg said she moved to Oslo in March 2019.", kind: "statement", date: "2019-03"},
	// a happening told as one that did not happen is denied; a contrast ("not Sumy") is no negation
	{sentence: "Ingrid Solberg did not attend the summit in Oslo on Monday.", kind: "meeting", certainty: "denied", date: "2026-01-19"},
	{sentence: "No agreement was signed in Geneva on Monday.", kind: "agreement", certainty: "denied"},
	{sentence: "The talks in Geneva did not take place on Monday.", certainty: "denied"},
	{sentence: "Russia said its drones had not struck civilian targets on Monday.", kind: "attack", certainty: "denied"},
	// an opening "According to X," attributes what follows to X, who does not act in it
	{sentence: "According to the Kremlin, Ukrainian forces attacked a power station in Kursk on Sunday.", kind: "attack", date: "2026-01-18", certainty: "claimed", by: "Kremlin", verb: "According"},
	{sentence: "According to the report, drones struck Sumy on Sunday.", kind: "attack", certainty: "claimed"},
	// ", who was detained in Damascus in February": a happening on a date of its own, whatever its kind; "was not present" is none
	{sentence: "The minister raised the case of Ingrid Solberg, who was detained in Oslo in December.", n: 2, kind: "decision", date: "2025-12", verb: "detained"},
	{sentence: "Ingrid Solberg was not present.", none: true},
	// "<X> comes a week after <Y>": Y is X's date less the span
	{sentence: "The ruling comes a week after the government approved a rail link to Oslo.", kind: "decision", date: "2026-01-12/2026-01-18", verb: "approved"},
	{sentence: "Halvern Bank closed its Oslo branch on Monday. The closure came two days after Ingrid Solberg resigned as chair.", n: 2, kind: "decision", date: "2026-01-17", verb: "resigned"},
	// the saying's own time before its clause: "the" of "the previous day" opens no clause
	{sentence: "The court ruled on Monday. Ingrid Solberg told reporters the previous day that she would appeal.", n: 2, kind: "statement", date: "2026-01-18"},
	// a saying with no time of its own is lately, not on a date weeks back the sentence before gave
	{sentence: "Gunmen seized three engineers near Kano on January 3. Halvern Oil said the three were in good health.", n: 2, kind: "statement", date: "2026-01-21"},
	{sentence: "Ingrid Solberg met Marco Rubio on Monday. Ingrid Solberg said the talks were productive.", n: 2, kind: "statement", date: "2026-01-19"},
	// an address has an audience, not a reported clause: its date is its own
	{sentence: "The President will address Parliament on 20 May.", kind: "statement", status: "scheduled", date: "2026-05-20"},
	{sentence: "Marco Rubio addressed the nation on Monday.", kind: "statement", date: "2026-01-19"},
	// a meeting agreed on with its own time is a scheduled meeting; "agreed to keep in touch" stays none
	{sentence: "The leaders agreed to meet again in Oslo in June.", kind: "meeting", status: "scheduled", date: "2026-06", places: "Oslo", verb: "meet"},
	{sentence: "The two presidents agreed to hold talks in Geneva next week.", kind: "negotiation", status: "scheduled", date: "2026-01-26/2026-02-01"},
	{sentence: "The presidents agreed to meet on the sidelines of the summit in Tashkent in October.", kind: "meeting", status: "scheduled", date: "2026-10", verb: "meet"},
	{sentence: "The leaders agreed to speak again soon.", none: true},
	// those who met, named by no name, agree in the readout's words whatever their object names
	{sentence: "Ilse Varga spoke to Tomas Brandt on Monday. They agreed to keep working with President Tarvo Mets on a lasting peace.", n: 1, kind: "meeting"},
	{sentence: "Ilse Varga spoke to Tomas Brandt on Monday. The ministers agreed their countries should keep talking.", n: 1, kind: "meeting"},
	{sentence: "Karin Halden and Anton Sirko agreed to stay in close contact.", none: true},
	{sentence: "Karin Halden and Anton Sirko agreed to keep the border crossing at Velm open.", kind: "agreement"},
	{sentence: "Karin Halden and Anton Sirko agreed to stay in close contact ahead of the summit in Rome next week.", n: 2, first: true, kind: "agreement"},
	// things moved from place to place: shipped, transported, airlifted (the noun "ships" is none)
	{sentence: "The module will be shipped to Florida by barge in June.", kind: "travel", status: "scheduled", date: "2026-06"},
	{sentence: "The tug was transported from Bremen to the spaceport on Monday.", kind: "travel", date: "2026-01-19"},
	{sentence: "Two ships of the fleet are larger than the rest.", none: true},
	// what a done happening brings about from a time is the state after it: the happening is on its own day
	{sentence: "The leaders signed a new defence treaty, committing both countries to joint exercises from next year.", kind: "agreement", status: "happened", date: "2026-01-21"},
	{sentence: "The ministers opened a new bridge over the Vell, allowing trucks to cross from June.", kind: "decision", status: "happened", date: "2026-01-21"},
	{sentence: "Drones struck the port of Velm, killing three workers on Monday.", kind: "attack", date: "2026-01-19"},
	// an envoy summoned is a meeting
	{sentence: "The Foreign Secretary summoned the Korvian ambassador on Wednesday.", kind: "meeting", date: "2026-01-21"},
	// a saying that did not come is none; a quote's negation is what was said
	{sentence: "Rebel leaders in Dravo have not yet responded.", none: true},
	{sentence: "The Velmark foreign ministry never replied to the letter.", none: true},
	{sentence: "“We will not give up,” Anton Sirko said on Monday.", kind: "statement", date: "2026-01-19"},
	{sentence: "Anton Sirko has not yet explained the delay, but said on Monday that the port would reopen.", kind: "statement", date: "2026-01-19"},
	// a tally since a time sums many happenings: none; one thing done since stays
	{sentence: "Since 2023, Norland has sanctioned more than 1,800 individuals and entities.", none: true},
	{sentence: "Velmark has released over 300 political prisoners since 2024.", none: true},
	{sentence: "Norland has sanctioned the Tarsk shipping company since March.", kind: "decision"},
	// the speakers announcing their own agreement ("we") is news; a readout's "They agreed to" is not
	{sentence: "We have agreed to deepen our cooperation on maritime surveillance.", kind: "agreement", status: "happened", date: "2026-01-21"},
	{sentence: "We agreed to increase our support for the reconstruction of the port of Velm.", kind: "agreement", status: "happened"},
	{sentence: "They agreed to deepen their cooperation on maritime surveillance.", none: true},
	// "named" to a post is an appointment; a name given is none
	{sentence: "Halvern Bank named Ingrid Solberg as its chief executive on Monday.", kind: "decision", date: "2026-01-19", verb: "named"},
	{sentence: "Ingrid Solberg was named as Tom Reyes's successor.", kind: "decision", verb: "named"},
	{sentence: "The ship was named after her grandmother.", none: true},
	// a cancellation denied is none; ", according to a statement": the source is after it
	{sentence: "The talks in Oslo were not cancelled on Monday, officials said.", kind: "negotiation", status: "happened", certainty: "claimed"},
	{sentence: "Professor Ingrid Lima led the study. Lima said the findings were clear.", kind: "statement", by: "Ingrid Lima"},
	{sentence: "Ingrid Solberg was named as Tom Reyes's successor on Monday, according to a statement from Halvern Bank.", kind: "decision", certainty: "claimed", by: "Halvern Bank"},
	// "splashed down" is a happening; a story's month places no "previous day"
	{sentence: "The capsule splashed down in the Pacific on Monday.", kind: "other", date: "2026-01-19", verb: "splashed"},
	{sentence: "Halvern Bank closed its Oslo branch last month. Halvern Bank said the previous day that it was close to a deal.", n: 2, kind: "statement", date: "2025-12"},
	// a market's level, a span of a deal, a return to profit: no attack, death or journey
	{sentence: "Oil hit $100 a barrel on Monday.", kind: "other"},
	{sentence: "The council vote was postponed until later in the month.", status: "scheduled"},
	{sentence: "Ministers met in Vilnius on Tuesday. Defence chief Anna Kovac joined them later.", n: 2, date: "2026-01-20", status: "happened"},
	{sentence: "Both ministers agreed to meet in Vienna early next month. The ministers did not discuss sanctions, a spokesperson said.", n: 2, date: "2026-01-21"},
	{sentence: "Both ministers agreed to meet in person on the margins of the Harbour Council summit in Vienna early next month.", kind: "meeting", date: "2026-02-01/2026-02-10", status: "scheduled"},
	// what was said is to come, the saying is today's
	{sentence: "The committee said inflation would rise above its target in the coming months.", kind: "statement", date: "2026-01-21", status: "happened"},
	// a date a past verb governs has passed, whatever the sentence expects
	{sentence: "Kessler Vantage, which filed for bankruptcy on January 9, is expected to emerge from court protection within weeks.", date: "2026-01-09"},
	{sentence: "Launch of the Kessa probe is now targeted for April.", date: "2026-04", status: "scheduled"},
	{sentence: "The Kessa 40 index has gained 12 percent so far this year.", none: true},
	// the span of a forecast dates no sentence after it
	{sentence: "The delay will cost Kessler Vantage AG $4 billion over the next four years. Shares of Kessler Vantage AG fell 2 percent in Paris.", n: 2, kind: "other", date: "2026-01-21"},
	{sentence: "The parent company said on Tuesday that its profits would be hit hard by the delay.", kind: "statement"},
	// a market's move is the day's news, dated by its own time, not by the
	// clause that explains it (markets.go)
	{sentence: "Stock markets around the world fell sharply on Monday, as investors worried that a rescue plan passed by the Senate on Friday would not be enough.", kind: "other", date: "2026-01-19", certainty: "asserted"},
	{sentence: "The Dow Jones Industrial Average fell 370 points on Monday.", kind: "other", date: "2026-01-19", parts: "-"},
	{sentence: "Shares of Kessler Vantage plunged 38 percent on Monday after the lender said on Friday that it needed new capital.", kind: "other", date: "2026-01-19", parts: "Kessler Vantage"},
	{sentence: "The contract raises wages by 25 percent over the life of the deal.", none: true},
	{sentence: "Halvern Bank returned to profit in the fourth quarter.", kind: "other", date: "2025-10-01/2025-12-31"},
	// "fired" a person is a dismissal; fired a weapon an attack
	{sentence: "Halvern Bank fired its chief executive on Tuesday.", kind: "decision", date: "2026-01-20"},
	{sentence: "The board fired him on Tuesday after the audit.", kind: "decision"},
	{sentence: "Troops fired missiles at the town on Tuesday.", kind: "attack"},
	{sentence: "Our forces did not strike Kharkiv on Monday, the spokesperson said.", kind: "attack", certainty: "denied"},
	// a refusal is no happening; one called off is cancelled, put off to a new date scheduled then
	{sentence: "Ingrid Solberg declined to attend the summit in Oslo on Monday.", kind: "meeting", certainty: "denied", date: "2026-01-19"},
	{sentence: "The minister refused to meet the delegation on Tuesday.", kind: "meeting", certainty: "denied"},
	{sentence: "The summit in Oslo was cancelled on Tuesday.", kind: "meeting", status: "cancelled", date: "2026-01-20"},
	{sentence: "Marco Rubio called off the visit to Oslo on Monday.", kind: "meeting", status: "cancelled", places: "Oslo"},
	{sentence: "The launch was postponed to March.", kind: "decision", status: "scheduled", date: "2026-03"},
	// ... and one put off with no new date is postponed, the happening named as the subject enough
	{sentence: "The summit in Oslo has been postponed.", kind: "meeting", status: "postponed"},
	{sentence: "The summit of Nordic leaders, which was due to be held in Bergen on February 25, has been postponed.", kind: "meeting", status: "postponed"},
	{sentence: "Ingrid Solberg postponed the talks until further notice.", kind: "negotiation", status: "postponed"},
	{sentence: "The launch was delayed to April.", status: "scheduled", date: "2026-04"},
	// a happening named as the subject of a passive that says it was done needs no one named
	{sentence: "A decision was made to increase funding for the hospital.", kind: "decision", status: "happened"},
	{sentence: "The talks were held behind closed doors.", kind: "negotiation"},
	{sentence: "The meeting was friendly and productive.", none: true},
	{sentence: "The exchange of prisoners took place on the border.", kind: "agreement", status: "happened", date: "2026-01-21"},
	{sentence: "The meeting will take place behind closed doors.", kind: "meeting", status: "scheduled"},
	{sentence: "The exchange rate took a hit.", none: true},
	// a restated position is a view, not a happening, unless the sentence dates it
	{sentence: "Ingrid Solberg reiterated Norland's steadfast support for Ukraine.", none: true},
	{sentence: "The leaders underlined that Europe must do more for its own security.", none: true},
	{sentence: "Both ministers expressed their support for the reform plan.", none: true},
	// ... but condolences answer a happening (a death) and are one
	{sentence: "Ingrid Solberg expressed condolences for the victims of the flood.", kind: "statement"},
	{sentence: "Marco Rubio welcomed the progress made by the negotiators.", none: true},
	{sentence: "Marco Rubio welcomed the adoption of the sanctions package.", kind: "statement"},
	{sentence: "On Friday, Ingrid Solberg reaffirmed her support for the plan.", kind: "statement", date: "2026-01-16"},
	// "agreed to hold <talks> <date>": the talks agreed on; "the participants" act
	{sentence: "The parties also agreed to hold intergovernmental consultations in Lublin in spring.", kind: "negotiation", status: "scheduled", date: "2026-03/2026-05"},
	{sentence: "The participants discussed the results of the talks in Geneva.", kind: "negotiation"},
	// "the leaders", "the presidents" are the heads named together, not the ministers named after them
	{sentence: "President Marco Rubio met Chancellor Ingrid Solberg in Oslo. The talks were attended by Foreign Minister Kaja Kallas and Defence Minister Annelies Verhoeven. The leaders then visited a hospital.", n: 3, kind: "meeting", parts: "Marco Rubio, Ingrid Solberg"},
	{sentence: "Marco Rubio met Ingrid Solberg in Oslo. The talks were attended by Kaja Kallas and Annelies Verhoeven. They then visited a hospital.", n: 3, kind: "meeting", parts: "Kaja Kallas, Annelies Verhoeven"},
	// "by <date>" after a commitment made is its deadline, not its date; after one still to come it is the date
	{sentence: "Ingrid Solberg set out plans to raise defence spending to 3% of GDP by 2029.", kind: "statement", date: "2026-01-21", status: "happened"},
	{sentence: "Marco Rubio and Ingrid Solberg signed an agreement to deliver 300 missiles by June.", kind: "agreement", date: "2026-01-21", status: "happened"},
	{sentence: "Norland Bank will provide 500 shells by June.", date: "2026-06", status: "scheduled"},
	// a view held now is no happening, when nothing in it is dated; words quoted are a saying, however emphasised
	{sentence: "European officials worry that Washington could push Kyiv into a bad deal.", none: true},
	{sentence: "Officials believe the fire was started deliberately.", none: true},
	{sentence: "Diplomats say the talks could collapse.", none: true},
	// ... but a group named by a plural noun that said something did say it: a statement with no one to name
	{sentence: "Insurers said on Friday they would review the claims.", kind: "statement", date: "2026-01-16", parts: "-"},
	{sentence: "Shipping companies told reporters they had diverted 12 vessels to Brennick.", kind: "statement", date: "2026-01-21", parts: "-"},
	{sentence: "Ukrainian officials say Russian drones struck Odesa overnight.", kind: "attack"},
	{sentence: "“We will bring everyone home,” the President emphasised.", kind: "statement"},
	// "the head of state" is who, not a journey
	{sentence: "During the meeting, the head of state spoke about the return of prisoners.", kind: "meeting"},
	// a happening told before and ranked among others is no new one
	{sentence: "Russian drones struck the port of Marenza on Monday. The strike was the third on the port this week.", n: 1},
	{sentence: "Russian drones struck Tovrin on Monday. It was the largest attack on the town since the summer, the governor said.", n: 1},
	{sentence: "The attack on Tovrin on Monday was carried out by 40 drones.", kind: "attack", date: "2026-01-19"},
	// a count of people a passive befalls takes part; what happens every day in the present is no happening
	{sentence: "More than 40 people were detained, including two opposition leaders.", kind: "decision", status: "happened"},
	{sentence: "Every day, Russia launches dozens of drones against our cities.", none: true},
	{sentence: "The laptop has a 13.3-inch display, while the larger model can be purchased with a faster chip.", none: true},
	{sentence: "Every day last week, drones struck Tovrin.", kind: "attack", date: "2026-01-12/2026-01-18"},
	// an organisation's teams and engineers at work are the organisation last named
	{sentence: "NASA said the rocket was ready. Engineers replaced two seals on Monday.", n: 2, kind: "other", parts: "NASA"},
	{sentence: "Engineers repaired the damaged power line.", kind: "other", parts: "-"},
	// "he" is the one the sentence before is about, not someone named in its quote or an aside
	{sentence: "Mayor Jonas Vik resigned on Monday. “I thank Councillor Ada Brenn for her support,” Vik told reporters. He will leave office on Friday.", n: 3, kind: "decision", parts: "Jonas Vik"},
	{sentence: "Mayor Jonas Vik resigned on Monday. Vik, whose deputy Lena Frost will take over, was first elected in 2018. He will leave office on Friday.", n: 3, kind: "decision", parts: "Jonas Vik"},
	// ... nor the one an office holder nobody named met: "she" is that holder
	{sentence: "The Foreign Secretary met Korvian foreign minister Anton Veles on Monday. She also welcomed the release of 40 prisoners.", n: 2, kind: "statement", parts: "-"},
	{sentence: "Police arrested Jonas Vik on Monday. He was released on bail on Tuesday.", n: 2, kind: "decision", parts: "Jonas Vik"},
	// "the company" is the organisation that acted, not the one a quoted analyst works for
	{sentence: "Norland Motors said on Tuesday it would cut 2,000 jobs. “The company faces a hard year,” said Lotte Harms, an analyst at Vesta Capital. The company also lowered its profit forecast.", n: 3, kind: "decision", parts: "Norland Motors"},
	{sentence: "Shares in Halvern Pharma fell 18 percent on Tuesday. “This is a blow,” said Yusuf Arslan, an analyst at Brennick Securities. The firm said it would stop the trial.", n: 3, kind: "statement", parts: "Halvern Pharma"},
	// a rover's update: a sol dates what the team and the rover did, counted back from the latest sol named
	{sentence: "On Sol 1610, the rover drove 31 meters to the base of Tovrin ridge.", kind: "other", date: "2026-01-21"},
	{sentence: "The four engines fired for eight minutes, the full duration of a flight.", kind: "other", status: "happened"},
	{sentence: "The rocket looked small on the pad.", none: true},
	{sentence: "On Sol 1612, the team imaged the outcrop at Tovrin ridge. The rover drilled its last sample on Sol 1580.", n: 2, kind: "other", date: "2025-12-19"},
	// a chronology's entry: a date, a colon, and what happened told in the present
	{sentence: "18 November 2025: Norland presents a peace plan to the envoys.", kind: "proposal", date: "2025-11-18", verb: "presents"},
	{sentence: "6 January 2026 – The coalition adopts the Tovrin declaration.", kind: "agreement", date: "2026-01-06"},
	// an attack a briefing is about, with a time of its own, is the news, on its own date; the one briefed does not act
	{sentence: "Ingrid Solberg was briefed by the army chief on the drone attack on the dam two days ago.", kind: "attack", date: "2026-01-19", certainty: "claimed"},
	{sentence: "Ingrid Solberg briefed Marco Rubio on the drone attack on the dam on Monday.", kind: "attack", date: "2026-01-19", parts: "Ingrid Solberg, Marco Rubio"},
	{sentence: "Ingrid Solberg briefed Marco Rubio on the situation at the front.", kind: "statement", date: "2026-01-21"},
	// a speaker announcing what they will speak of reports nothing
	{sentence: "But first, I would like to say a few words about the events of the past week.", none: true},
	// a group opening the main clause after a date or a setting is the subject
	{sentence: "On January 14, the team used the drill to collect a sample.", kind: "other", date: "2026-01-14"},
	{sentence: "During the test, engineers loaded propellant into the core stage.", kind: "other"},
	// a trigger word before what it is for ("the test campaign", "the launch
	// campaign") names no happening: the verb does
	{sentence: "The test campaign started in August with a series of vibration tests.", verb: "started", date: "2025-08"},
	{sentence: "The launch campaign resumed on Monday.", verb: "resumed", date: "2026-01-19"},
	{sentence: "Halvern Bank has called off its merger with Norland Capital.", kind: "decision", status: "cancelled", verb: "called"},
	{sentence: "Halvern Bank has scrapped its merger with Norland Capital.", kind: "decision", status: "cancelled", verb: "scrapped"},
	{sentence: "Russian drones struck Kharkiv, not Sumy, on Monday.", kind: "attack", certainty: "asserted"},
	// an office title acts even when nobody known held it that day
	{sentence: "Today the Foreign Secretary announced £20 million in new aid.", kind: "statement", date: "2026-01-21"},
	{sentence: "Speaking in London on Monday, the Prime Minister said the talks would go on.", kind: "statement", date: "2026-01-19"},
	// ... and so does a body named by its common noun
	{sentence: "The ministry said two people were killed.", date: "2026-01-21"},
	{sentence: "The family said the funeral would take place on Friday.", kind: "statement", date: "2026-01-21"},
	// a speaker's rhetoric and how near a deal is are no happenings
	{sentence: "We pushed harder than anyone expected on Tuesday.", none: true},
	{sentence: "So we are here today to keep that work going.", none: true},
	{sentence: "We are closer to an agreement than at any time this year.", none: true},
	{sentence: "The two sides remain far from a ceasefire.", none: true},
	// a stance described is no happening; one stated is a statement
	{sentence: "The Coalition of the Willing was clear that Ukraine must be able to defend itself.", none: true},
	// a chance of a deal is no deal: the saying is the happening
	{sentence: "There is a real chance of a deal, Steve Witkoff said on Monday.", kind: "statement", date: "2026-01-19", by: "Steve Witkoff"},
	{sentence: "Hopes for a ceasefire are rising.", none: true},
	{sentence: "Marco Rubio was in Geneva on Tuesday.", kind: "other", date: "2026-01-20"},
	// a strike by workers is a walkout
	{sentence: "Dockworkers in Antwerp went on strike on Monday.", kind: "other", date: "2026-01-19"},
	{sentence: "Pilots last walked out in March 2024, grounding the fleet for three days.", kind: "other", date: "2024-03"},
	{sentence: "Ostwind Air pilots will walk out on Friday.", kind: "other", date: "2026-01-23", status: "scheduled"},
	{sentence: "A Russian strike on Kharkiv killed two workers on Monday.", kind: "attack", date: "2026-01-19"},
	{sentence: "The strike began on Monday over plans to automate two terminals.", kind: "other", date: "2026-01-19"},
	{sentence: "Russian drones carried out a strike on Kharkiv on Monday.", kind: "attack", date: "2026-01-19"},
	// a recall of products or of an envoy is decided; "recalled that" is said
	{sentence: "Earlier this month, Norland Motors recalled 40,000 vehicles over a software fault.", kind: "decision", date: "2026-01-01/2026-01-20"},
	{sentence: "Norland recalled its ambassador from Vesta on Monday.", kind: "decision", date: "2026-01-19"},
	// "won" a contest is a happening; "won praise" is not
	{sentence: "The Party of Action and Solidarity won Sunday's parliamentary election, the electoral commission said.", kind: "decision", date: "2026-01-18", certainty: "claimed"},
	{sentence: "The plan won praise from Norland Bank.", none: true},
	// so is "lost" one; "lost 6 percent" is not
	{sentence: "The Party of Action and Solidarity lost its majority in the election on Sunday, according to results released by the commission.", kind: "decision", date: "2026-01-18", certainty: "claimed"},
	{sentence: "Norland Bank lost 6 percent of its value.", none: true},
	// reporting verbs beyond "said"; a demonstration
	{sentence: "Ingrid Solberg admitted on Monday that the bank had lost customers.", kind: "statement", date: "2026-01-19"},
	{sentence: "On Monday, Ingrid Solberg described the deal as a turning point.", kind: "statement", date: "2026-01-19"},
	{sentence: "During the keynote on Monday, Ingrid Solberg demoed the new app.", kind: "other", date: "2026-01-19"},
	{sentence: "On Monday, Ingrid Solberg showed off the new app.", kind: "other", date: "2026-01-19"},
	{sentence: "The figures showed a fall in sales.", none: true},
	// a sentence received is decided, a visitor received is met
	{sentence: "Two businessmen, Jan Kratochvil and Tomas Benes, received suspended sentences on Monday.", kind: "decision", date: "2026-01-19"},
	{sentence: "Volodymyr Zelenskyy received Keir Starmer in Kyiv on Monday.", kind: "meeting", date: "2026-01-19"},
	// a time of day that names its day dates the sentence before a date in a relative clause
	{sentence: "The rollout began at 11:13 p.m. Monday from the hangar, where engineers replaced a seal that leaked during the Jan. 2 rehearsal.", kind: "other", date: "2026-01-19"},
	// "During the call," sets the scene; the main clause says what happened
	{sentence: "During the conversation on Monday, Volodymyr Zelenskyy thanked Japan for its support.", kind: "statement", date: "2026-01-19"},
	{sentence: "Sanae Takaichi accepted the invitation on Monday.", kind: "agreement", date: "2026-01-19"},
	// a group opening a sentence without a happening word, with a date of its own, is someone's doing
	{sentence: "The four astronauts entered quarantine on Sunday in Houston.", kind: "other", date: "2026-01-18", places: "Houston"},
	{sentence: "Managers will hold the flight readiness review on March 4.", kind: "other", date: "2026-03-04", status: "scheduled"},
	// "X came after Y": Y is what the sentence adds
	{sentence: "The attacks came hours after Marco Rubio and Sergei Lavrov met in Istanbul on Monday.", kind: "meeting", date: "2026-01-19", places: "Istanbul"},
	// an obligation is still to come
	{sentence: "The Norland parliament must meet within 30 days, the commission said.", kind: "meeting", status: "scheduled"},
	// the baseline of a comparison dates nothing, not even the paragraph
	{sentence: "Turnout was 52 percent, up from 48 percent in the 2021 vote. Observers from the OSCE said the vote was fair.", kind: "statement", date: "2026-01-21"},
	// the words around a reporting clause set off by commas are what was said
	{sentence: "The new plan, Ingrid Solberg said on Monday, would be ready next week.", kind: "statement", date: "2026-01-19", status: "happened"},
	{sentence: "This change, she said, would come in starting next year.", kind: "statement", date: "2026-01-21", status: "happened"},
	// thefts are happenings
	{sentence: "Thieves stole two paintings from the museum in Lyon on Monday.", kind: "other", date: "2026-01-19"},
	// the object of "informed" is no reported clause: its date is the informing's
	{sentence: "Norland Bank informed the Data Protection Authority on 31 August.", kind: "statement", date: "2025-08-31"},
	// a quote before the reporting verb is what was said: its future is not the saying's
	{sentence: "“We agreed that our teams will continue working,” the minister said after the meeting on Monday.", kind: "statement", status: "happened", date: "2026-01-19"},
	// "plans to" after a preposition or article is a noun: the happening is not still to come
	{sentence: "Dockworkers went on strike on Monday over plans to automate two terminals.", kind: "other", status: "happened", date: "2026-01-19"},
	// welcoming an outcome is saying so; welcoming a visitor is meeting them
	{sentence: "On Friday, Bart De Wever welcomed the outcome.", kind: "statement", date: "2026-01-16"},
	{sentence: "Bart De Wever welcomed the outcome on Friday.", kind: "statement", date: "2026-01-16"},
	{sentence: "Keir Starmer welcomed Volodymyr Zelenskyy to London on Friday.", kind: "meeting", date: "2026-01-16"},
	{sentence: "The leaders of Norland and Vestria welcomed significant progress on the border talks.", none: true},
	{sentence: "Ilse Varga welcomed foreign ministers to Oslo on Friday.", kind: "meeting", date: "2026-01-16"},
	// the summit of a mountain is reached, not held
	{sentence: "Sela Orvik reached the summit of Mount Kessa on Monday.", kind: "other", date: "2026-01-19"},
	{sentence: "Sela Orvik attended the summit of Nordic leaders on Monday.", kind: "meeting", date: "2026-01-19"},
	// shares moved by a figure are the day's market reaction
	{sentence: "Halvern Motors cut 2,000 jobs on Monday. The carmaker's shares fell 4 percent.", n: 2, kind: "other", date: "2026-01-19"},
	{sentence: "Shares in Halvern Pharma jumped 12% in early trading.", kind: "other", status: "happened"},
	{sentence: "Sales rose 5 percent in the quarter.", none: true},
	// a market's close is no decision
	{sentence: "Norland Bank shares closed 1.8 percent higher in Oslo on Monday.", kind: "other"},
	// what a happening came ahead of does not make it one still to come
	{sentence: "The four astronauts arrived at Kennedy Space Center on Monday, ahead of a launch targeted for no earlier than April 5.", n: 2, first: true, kind: "travel", status: "happened", date: "2026-01-19"},
	// a sales figure is no deal: the saying is the happening
	{sentence: "Ingrid Solberg said on Monday that the company sold 13.7 million phones last year.", kind: "statement", date: "2026-01-19"},
	{sentence: "Norland Bank sold about 10 million cards last year.", kind: "other"},
	// "the injured" are people, not a happening
	{sentence: "Rosa Quispe said on Monday that the injured had been taken to hospitals in Lima.", kind: "statement", date: "2026-01-19"},
	// a relative clause's date is what it says of something else
	{sentence: "Ingrid Solberg visited the plant, which opened in 2019, on Monday.", kind: "meeting", date: "2026-01-19"},
	{sentence: "Ingrid Solberg visited the plant, which opened in 2019.", kind: "meeting", date: "2026-01-21"},
	{sentence: "Ingrid Solberg visited the plant that was built in 2019.", kind: "meeting", date: "2026-01-21"},
	{sentence: "The engineer who was arrested on Monday is a Norland citizen.", kind: "decision", date: "2026-01-19"},
	// "later" told in the past is afterwards, not still to come
	{sentence: "Marco Rubio met Sergei Lavrov on Monday. Rubio later wrote on X that the talks had been useful.", n: 2, kind: "statement", status: "happened"},
	{sentence: "Marco Rubio met Sergei Lavrov on Monday. Two days later, Rubio resigned.", n: 2, kind: "decision", status: "happened"},
	// a trailing "following ..." names the happening before: its time and places are that one's
	{sentence: "Ingrid Solberg and Marco Rubio discussed the talks, following the meetings in Geneva at the weekend.", kind: "negotiation", date: "2026-01-21"},
	// what one looks forward to is still to come, and not the happening's date
	{sentence: "Ingrid Solberg and Marco Rubio agreed on the plan and looked forward to meeting at the summit in July.", kind: "agreement", date: "2026-01-21", status: "happened"},
	// what a happening came before is not its date, nor its future
	{sentence: "Ingrid Solberg and Marco Rubio discussed energy security ahead of next winter.", kind: "negotiation", date: "2026-01-21", status: "happened"},
	{sentence: "Ingrid Solberg met Marco Rubio on Monday in the run-up to the March vote.", kind: "meeting", date: "2026-01-19", status: "happened"},
	// the period a figure covers dates nothing, not even the paragraph
	{sentence: "Norland Bank reported a loss of €210 million for 2025. Analysts at Vesta Capital said the result was no surprise.", n: 2, kind: "statement", date: "2026-01-21"},
	{sentence: "Norland Bank expects revenue of $4 billion for the third quarter, Ingrid Solberg said on Monday.", kind: "statement", date: "2026-01-19"},
	{sentence: "Norland Bank moved its headquarters to Oslo for tax reasons in 2019. Ingrid Solberg said the move would save money.", n: 2, kind: "statement", date: "2019"},
	// ... nor does the period named before a figure ("a second-quarter profit"), the day a period ends ("the quarter ended June 30"), or "the three months to June 30"
	{sentence: "Norland Bank reported a second-quarter profit of $2 billion on Tuesday.", kind: "statement", date: "2026-01-20"},
	{sentence: "Norland Bank will release its first-quarter results on April 28.", status: "scheduled", date: "2026-04-28"},
	{sentence: "Norland Bank's profit rose 12 percent in the quarter ended June 30.", none: true},
	{sentence: "Norland Bank reported a loss for the three months to June 30 on Tuesday.", kind: "statement", date: "2026-01-20"},
	// the lead's day in the week before publication is the news date of what follows undated
	{sentence: "Marco Rubio met Sergei Lavrov in Geneva on December 1.\nRubio signed a memorandum with Lavrov.", n: 2, kind: "agreement", date: "2026-01-21"},
	{sentence: "Marco Rubio met Sergei Lavrov in Geneva on Monday. The pair met in Riyadh in April last year. Rubio\nsigned a memorandum with Lavrov.", n: 3, kind: "agreement", date: "2025-04"},
	// ... also when the lead has no trigger word, only its date and its actors
	{sentence: "Ingrid Solberg scored three times as Norland Bank beat Vesta Capital 4-1 on Monday.\nSolberg opened the scoring after 11 minutes.", n: 2, kind: "decision", date: "2026-01-19"},
	// a half without its year in a sentence about no figure is a match's
	{sentence: "Ingrid Solberg opened the scoring in the second half.", kind: "decision", date: "2026-01-21"},
	// a backstory's date is its own: what follows is the story's again
	{sentence: "Marco Rubio met Sergei Lavrov in Geneva on Monday. The pair last met in Riyadh in April last year. Rubio\nsigned a memorandum with Lavrov.", n: 3, kind: "agreement", date: "2026-01-19"},
	// ... and another voice commenting on a backstory speaks now; the one it is about stays in it
	{sentence: "Ingrid Solberg retired in 2010. Marco Rubio said she had been a fearless banker.", n: 2, kind: "statement", date: "2026-01-21"},
	{sentence: "Ingrid Solberg retired in 2010. She said she wanted to write books.", n: 2, kind: "statement", date: "2010"},
	// ... but a birth dates nothing after it: what the life did next came later
	{sentence: "Tove Arlen was born in 1958 in Bergen. She said the concert moved her.", n: 2, kind: "statement", date: "2026-01-21"},
	{sentence: "Dario Fenn, her manager, was born in 1970. He praised the crowd on the night.", n: 2, kind: "statement", date: "2026-01-21", parts: "Dario Fenn"},
	// general news happenings (happeningVerbs): justice, business, disasters; a base form only as a verb
	{sentence: "Police arrested three men in Cesena on Monday.", kind: "decision", date: "2026-01-19", status: "happened"},
	{sentence: "Norland Bank sold its stake in Tessaly Energy to a Polish investor on Tuesday.", kind: "agreement", date: "2026-01-20"},
	{sentence: "Heavy rain flooded dozens of towns in the region on Tuesday, officials said.", kind: "other", date: "2026-01-20", certainty: "claimed"},
	{sentence: "The ministry will sue the contractor next week.", kind: "decision", status: "scheduled"},
	{sentence: "The minister in charge of the batteries is new.", none: true},
	{sentence: "After years of conflict, hopes are rising.", none: true},
	{sentence: "So let me tell you that, following a truce the envoys will return,", none: true},
	{sentence: "Today the leaders agreed the following:", none: true},
	{sentence: "While Davos buzzes with talk of a deal, the reality is grim.", none: true},
	{sentence: "In the unlikely event of a fire, the pumps would flood the lower deck.", none: true},
	// transport and services: collisions, halts and resumptions are happenings (serviceVerbs)
	{sentence: "Two cargo ships collided on the river near the Veldmark port on Sunday night, closing the main channel.", kind: "other", date: "2026-01-18", status: "happened"},
	{sentence: "The Ostrava ferry operator will resume services on Saturday.", kind: "other", date: "2026-01-24", status: "scheduled"},
	{sentence: "A grain barge capsized off the Brennick coast on Monday.", kind: "other", date: "2026-01-19", status: "happened"},
	{sentence: "Regulators grounded the Halvern Air fleet on Tuesday.", kind: "other", date: "2026-01-20", status: "happened"},
	// "expect X to V", "hopes to", "wants to", "are to V": still to come, the coming weekday (aheadTo)
	{sentence: "Officials expect the Veldmark channel to reopen on Monday.", kind: "other", date: "2026-01-26", status: "scheduled"},
	{sentence: "Halvern Foods hopes to sell its dairy unit on Tuesday.", kind: "agreement", date: "2026-01-27", status: "scheduled"},
	{sentence: "Talks between the two unions are to resume on Tuesday, a spokesman for Ostrava Rail said.", kind: "negotiation", date: "2026-01-27", status: "scheduled"},
	{sentence: "The ministry is to blame for the delays, the Brennick union said on Tuesday.", kind: "statement", date: "2026-01-20", status: "happened"},
	// a present simple happening with a bare weekday is a timetable: the coming day (forwardIfPresent)
	{sentence: "Crews return to work on Monday after a week-long walkout, the Brennick union said.", kind: "statement", date: "2026-01-26", status: "scheduled"},
	{sentence: "The Halvern mayor meets union leaders on Tuesday to discuss the walkout.", kind: "meeting", date: "2026-01-27", status: "scheduled"},
	{sentence: "Halvern drone strikes on Monday killed three people in Kharkiv.", kind: "attack", date: "2026-01-19", status: "happened"},
	{sentence: "The Veldmark plant reopens on Thursday, the company said.", kind: "other", date: "2026-01-22", status: "scheduled"},
	// a happening verb's -s form that a time dates is a timetable too, as is a happening's noun with its own time
	{sentence: "The Brennick harbour council votes on Thursday on a plan to cut ferry services, its chair said.", kind: "decision", date: "2026-01-22", status: "scheduled"},
	// ... but not a plural after an adjective of how many more: what analysts expect is no happening
	{sentence: "Analysts expect further cuts next year.", none: true},
	{sentence: "Economists predict fresh votes in the spring.", none: true},
	{sentence: "The Velm city council cuts ferry services on Thursday.", kind: "decision", date: "2026-01-22", status: "scheduled"},
	{sentence: "A similar protest on 14 January drew about 300 people.", kind: "other", date: "2026-01-14", status: "happened"},
	{sentence: "A hearing on costs is set for February 3.", kind: "other", date: "2026-02-03", status: "scheduled"},
	{sentence: "Docking is planned for about 10:30 a.m. Saturday, Jan. 24.", kind: "other", date: "2026-01-24", status: "scheduled"},
	{sentence: "The spacewalk on Thursday will last six hours.", kind: "other", date: "2026-01-22", status: "scheduled"},
	{sentence: "The docking port is planned for a later module.", none: true},
	{sentence: "The town will hold a public hearing on Friday.", kind: "other", date: "2026-01-23", status: "scheduled"},
	{sentence: "The Halvern rules on Monday were strict.", none: true},
	// a body qualified by a word or two acts ("the meteorological institute")
	{sentence: "The meteorological institute issued a red warning on Monday.", kind: "statement", date: "2026-01-19"},
	// the object of a saying's verb is no reported clause: the time after it is the saying's
	{sentence: "Analysts expect Nokia to announce the closure of two plants on Friday.", kind: "statement", date: "2026-01-23", status: "scheduled"},
	// "will close", "to cut": the base of a verb whose past is a trigger, where it is a verb; "could end up" is none
	{sentence: "Nokia will close the plant in March, its chief executive said.", kind: "decision", date: "2026-03", status: "scheduled"},
	{sentence: "Nokia will cut 1,200 jobs by the end of 2027 under a restructuring plan unveiled in January.", kind: "decision", date: "2027", status: "scheduled"},
	{sentence: "Tarvel could end up taking a bigger part in the market.", none: true},
	// a saying's present with a time to come is a timetable ("reports its earnings next Tuesday")
	{sentence: "Nokia reports its earnings next Tuesday.", kind: "statement", date: "2026-01-27", status: "scheduled"},
	// the period of a figure, qualified ("second-quarter operating profit"), does not date the report
	{sentence: "Norland Bank reported a 31 percent drop in second-quarter operating profit on Monday.", kind: "statement", date: "2026-01-19"},
	// a reported clause with a prepositional phrase in its subject: its time is what was said
	{sentence: "Anna Brell said orders from North American operators had slowed since April.", kind: "statement", date: "2026-01-21"},
	// "until Wednesday" ends the state the happening began: it does not date it
	{sentence: "Rail services between Brennick and Halvern have been suspended until Friday, the rail operator said.", kind: "decision", date: "2026-01-21"},
	// a live blog's clock opens the line: the group after it is still the subject
	{sentence: "15:30 – Rescuers pulled two people from a car swept off a road near Brennick.", kind: "other", date: "2026-01-21"},
	{sentence: "Firefighters rescued three people from the river on Monday.", kind: "other", date: "2026-01-19", status: "happened"},
	// "a deal under which Norland will supply gas": what the deal says is not when or whether it was signed
	{sentence: "Ingrid Solberg signed a deal on Monday under which Norland will supply gas to Vesta.", kind: "agreement", date: "2026-01-19", status: "happened"},
	// "will be held", "took place": something happens, whatever its name; a day of the month alone dates it
	{sentence: "A memorial service will be held at the library on the 29th.", kind: "other", date: "2026-01-29", status: "scheduled"},
	{sentence: "The ceremony took place in the cathedral on Monday.", kind: "other", date: "2026-01-19", status: "happened"},
	{sentence: "He was held in custody for two months.", none: true},
	// flags flown at half-mast are no journey
	{sentence: "The Brennick council flew its flags at half-mast on Monday.", kind: "other", date: "2026-01-19"},
	// a month named without its year in the present is the coming one
	{sentence: "Kovac's government faces an election in September.", kind: "decision", date: "2026-09", status: "scheduled"},
	{sentence: "Kovac's government lost an election in September.", kind: "decision", date: "2025-09", status: "happened"},
	// the time of what a saying promises is that thing's ("promised to hold a referendum within a year")
	{sentence: "Agnes Pell has promised to hold a referendum within a year.", kind: "statement", date: "2026-01-21"},
	{sentence: "Agnes Pell promised to hold a referendum in March.", kind: "statement", date: "2026-01-21"},
	{sentence: "Agnes Pell vowed on Monday to rebuild the bridge by March.", kind: "statement", date: "2026-01-19"},
	// the month of a meeting a discussion is about is the nearest one: the past tense of "discussed" is not the meeting's
	{sentence: "The leaders discussed the preparations for the commission meeting in Kazan in March.", kind: "negotiation", date: "2026-03", status: "scheduled"},
	{sentence: "The leaders discussed the results of the commission meeting in Kazan in November.", kind: "negotiation", date: "2025-11", status: "happened"},
	{sentence: "The ministers discussed energy security in March.", kind: "negotiation", date: "2025-03"},
	// what a talk is about, brought in by "including", keeps its own time, unless it is an attack the sentence reports
	{sentence: "Agnes Pell and Adam Kovac discussed the situation in the strait, including the incident involving a fishing vessel on January 12.", kind: "negotiation", date: "2026-01-21"},
	{sentence: "Agnes Pell and Adam Kovac discussed the situation in the strait, including the Russian drone attacks on the port on Monday.", kind: "negotiation", date: "2026-01-19"},
	// more happenings of general news: filings, destruction, releases, rates, marriages, raids, occupation
	{sentence: "Norland Bank filed for bankruptcy protection on Monday.", kind: "decision", date: "2026-01-19"},
	{sentence: "The storm destroyed 40 homes near Brennick on Monday.", kind: "other", date: "2026-01-19"},
	{sentence: "Rebels freed three hostages on Monday.", kind: "decision", date: "2026-01-19"},
	{sentence: "The Norland central bank raised interest rates on Thursday.", kind: "decision", date: "2026-01-15"},
	{sentence: "Ingrid Solberg married Tom Brell in 2010.", kind: "other", date: "2010"},
	{sentence: "Police raided the offices of Norland Bank on Monday.", kind: "attack", date: "2026-01-19"},
	// ... not where they qualify a noun, nor a stance in the present
	{sentence: "The last issue likely involves the fate of occupied territories.", none: true},
	{sentence: "We do not threaten anyone, Sergei Lavrov said.", kind: "statement", verb: "said"},
	// what is still to come is not on the story's day gone by; with something past in the sentence it stays there
	{sentence: "The crew docked at the station on Saturday.\nNASA will provide live coverage of a welcome ceremony beginning at 8 a.m.", n: 2, date: "2026-01-21", status: "scheduled"},
	// a closing ", the airline announced on Monday" is the source's verb, not a participle phrase: its day dates the news
	{sentence: "Norland Bank has cancelled its order for 20 aircraft, the bank announced on Monday.", kind: "decision", date: "2026-01-19"},
	{sentence: "Halvern Foods has agreed to buy Vesta Dairy, the companies announced on January 19.", kind: "agreement", date: "2026-01-19"},
	{sentence: "Halvern Foods agreed to buy Vesta Dairy, the company said on Monday.", kind: "agreement", date: "2026-01-19"},
	{sentence: "Halvern Foods agreed to buy Vesta Dairy in March, the company said.", kind: "agreement", date: "2026-01-21"},
	// ... but a day of this year gone by is when it was agreed; a bound ("by") is not
	{sentence: "Halvern Foods agreed to buy Vesta Dairy on January 12.", kind: "agreement", date: "2026-01-12"},
	{sentence: "Halvern Foods agreed to buy Vesta Dairy on Monday.", kind: "agreement", date: "2026-01-19"},
	// "a plan to": a noun after a determiner, no intention that makes the unveiling still to come
	{sentence: "Agnes Pell on Monday unveiled a plan to reduce costs.", kind: "decision", date: "2026-01-19", status: "happened"},
	// a contest won: its day is the possessive's, not the closing source's
	{sentence: "Agnes Pell won Sunday's presidential run-off, the electoral commission said on Tuesday.", kind: "decision", date: "2026-01-18"},
	{sentence: "Tom Brell won the marathon on Sunday.", kind: "decision", date: "2026-01-18"},
	// what one is invited to is still to come
	{sentence: "Agnes Pell invited the minister to the opening of the new bridge in Velm in September.", date: "2026-09", status: "scheduled"},
	// a toll is of the happening a possessive day names, not of the closing source's day
	{sentence: "The death toll from Monday's earthquake in Velm has risen to 40, officials said on Tuesday.", kind: "casualty", date: "2026-01-19"},
	{sentence: "The number of people killed in Sunday night's flood has risen to 12, police said on Tuesday.", kind: "casualty", date: "2026-01-18"},
	{sentence: "Tom Brell held off a late challenge to win by two seconds.", kind: "decision", verb: "win"},
	// a state said to last until a time ends then: a happening still to come, dated by "until" (not a level a forecast expects)
	{sentence: "Schools in Velm will stay closed until Monday.", kind: "other", date: "2026-01-26", status: "scheduled", verb: "stay"},
	{sentence: "Agnes Pell will stay on as an adviser until March.", kind: "other", date: "2026-03", status: "scheduled", verb: "stay"},
	{sentence: "Prices will remain high until next year.", none: true},
	// a forecast held now is a view; one made on a day is a saying
	{sentence: "The central bank predicts that inflation will fall to 2 percent by the end of next year.", none: true},
	{sentence: "The central bank predicted on Monday that inflation would fall.", kind: "statement", date: "2026-01-19"},
	// a question asks; it reports nothing (one quoted in a saying ends on the saying)
	{sentence: "Wikinews: Will you go back to Velm next year?", none: true},
	{sentence: "“Why did you strike Velm?” Agnes Pell asked on Monday.", date: "2026-01-19"},
	// a verb that is its own past ("cut", "shut") after a singular subject is in the past: it reports, and joins another
	{sentence: "Norland Bank cut 400 jobs on Monday.", kind: "decision", date: "2026-01-19", verb: "cut"},
	{sentence: "The Velm-based company cut 400 jobs in December and closed its plant in Tarn last year.", n: 2, first: true, kind: "decision", date: "2025-12", verb: "cut"},
	{sentence: "They cut the budget.", none: true},
	// a figure's period named before it dates the figure's move ("fourth-quarter profit fell"), not a figure posted on a day
	{sentence: "Norland Bank's fourth-quarter profit fell 35 percent.", date: "2025-10-01/2025-12-31"},
	{sentence: "Norland Bank posted a fourth-quarter loss on Tuesday.", kind: "statement", date: "2026-01-20"},
	// results: the period a figure's move is for dates it, not the day an attribution after it was said (reportOfPeriodFigure)
	{sentence: "Profit at Norland Bank fell 18 percent in the first half, the bank said on Tuesday.", date: "2025-01/2025-06"},
	{sentence: "Norland Bank's fourth-quarter profit fell 35 percent, the bank said on Tuesday.", date: "2025-10-01/2025-12-31"},
	{sentence: "Norland Bank's shares fell 3 percent, the bank said on Tuesday.", date: "2026-01-20"},
	// the organisation a sentence opens with is who "the company" is next, acting or not
	{sentence: "Norland Bank agreed to buy Velm Holdings on Monday. Velm Holdings, which was founded in 1990, employs 3,000 people. The company posted a loss in 2025.", n: 3, parts: "Velm Holdings", date: "2025"},
	// "targeted for" a time is what is set for it; "broke away" is a move in a race
	{sentence: "The next cargo flight is targeted for no earlier than March.", kind: "other", date: "2026-03", status: "scheduled", verb: "targeted"},
	{sentence: "Tom Brell broke away from the leading group on Sunday.", kind: "other", date: "2026-01-18", verb: "broke"},
	// a "whose" clause no comma opens ends where the sentence's own verb begins: its time and its verb are the clause's
	{sentence: "The lender whose shares fell 20 percent in December sued Velm Holdings on Monday.", kind: "decision", date: "2026-01-19", verb: "sued"},
	{sentence: "A farmer whose barn burned down in 2019 sued Velm Holdings.", kind: "decision", date: "2026-01-21", verb: "sued"},
	// with no trigger, a relative clause's time is its own: no happening
	{sentence: "The cancellation is a blow to Norland Bank, which has struggled to find buyers since its merger in June.", none: true},
	// verbs that report a happening with the word after them: "stepped down", "took office", "left the company", "underwent surgery"
	{sentence: "Ingrid Solberg stepped down as chief executive of Norland Bank on Monday.", kind: "decision", date: "2026-01-19"},
	{sentence: "Ingrid Solberg will step down in March, Norland Bank said.", kind: "decision", date: "2026-03", status: "scheduled"},
	{sentence: "Agnes Pell took office in 2019.", kind: "decision", date: "2019"},
	{sentence: "Ingrid Solberg left the company in 2004.", kind: "decision", date: "2004"},
	{sentence: "Ingrid Solberg underwent surgery in 2009.", kind: "other", date: "2009"},
	{sentence: "Ingrid Solberg hinted at a sale of Norland Bank.", kind: "statement"},
	// a day named by its month in a clause still to come is the coming one ("is due back in court May 4")
	{sentence: "Dana Whitlow was released on bail and is due back in court January 4.", kind: "decision", date: "2027-01-04", status: "scheduled"},
	{sentence: "Dana Whitlow appeared in court on January 4.", date: "2026-01-04"},
	// discoveries and alerts are happenings
	{sentence: "Auditors discovered the missing money in 2025.", kind: "other", date: "2025"},
	// what was agreed or decided to be done by a time is done then; the agreeing is now
	{sentence: "The leaders agreed to ask the European Commission for funding by the end of March.", kind: "agreement", date: "2026-01-21"},
	// a fund's returns for a year are a figure's period
	{sentence: "Norway's oil fund reported record returns for 2025 on Monday.", kind: "statement", date: "2026-01-19"},
	// the time of what talks are held ahead of is that thing's, however far on in its phrase
	{sentence: "Ingrid Solberg and Adam Kovac discussed coordination ahead of the meeting of the Coalition of the Willing in London on January 24.", n: 2, first: true, kind: "negotiation", date: "2026-01-21"},
	// ... which is a happening of its own, still to come: the meeting, on
	// its own date; a time of day of what comes that evening is its own
	{sentence: "Ingrid Solberg and Adam Kovac discussed coordination ahead of the meeting of the Coalition of the Willing in London on January 24.", n: 2, kind: "meeting", status: "scheduled", date: "2026-01-24", places: "London"},
	{sentence: "Ilse Varga spoke to Tomas Brandt this morning ahead of the summit of Nordic leaders this evening.", n: 2, kind: "meeting", status: "scheduled", date: "2026-01-21"},
	{sentence: "Ilse Varga spoke to Tomas Brandt this morning ahead of the summit of Nordic leaders on January 12, 2026.", n: 1, kind: "meeting", status: "happened", date: "2026-01-21"},
	// the trigger itself in the phrase: the happening still to come, on its own date
	{sentence: "Dalia Serrano's government coordinated its positions ahead of the summit in Lyon on June 14.", kind: "meeting", status: "scheduled", date: "2026-06-14"},
	// a chair handing the floor over asks for a report; it reports none
	{sentence: "Before we move on, I would like to ask Mr Novak to report on last week's snowstorms.", none: true},
	// deliveries and restorations are happenings
	{sentence: "On January 12 and 13, more than 40,000 tonnes of fuel were delivered to the Arkhangelsk Region.", kind: "other", date: "2026-01-12/2026-01-13"},
	// a saying's noun as a setting reports no saying
	{sentence: "Participants in the teleconference include Anita Rao and Luis Ortega.", none: true},
	// the verb that governs a weekday is past though the sentence goes on into the future
	{sentence: "A vaccination clinic opened at the Brennick community centre on Monday and will run until February 3.", kind: "decision", date: "2026-01-19", status: "happened"},
	{sentence: "Nurses vaccinated 600 children in Brennick on Monday.", kind: "other", date: "2026-01-19"},
	// more phrasal happenings, and bodies that act: rates kept unchanged, polls, a swearing-in, a disappearance, a march, a shutdown
	{sentence: "The central bank kept interest rates unchanged on Thursday.", kind: "decision", date: "2026-01-15"},
	{sentence: "Voters in Norland go to the polls on Sunday.", kind: "decision", date: "2026-01-25", status: "scheduled"},
	{sentence: "The minister was sworn in on Monday.", kind: "decision", date: "2026-01-19"},
	{sentence: "Two climbers went missing on Mount Kessa on Sunday.", kind: "other", date: "2026-01-18"},
	{sentence: "Thousands of people marched through the capital on Saturday.", kind: "other", date: "2026-01-17"},
	{sentence: "The plant will be shut for maintenance from Monday.", kind: "decision", date: "2026-01-26", status: "scheduled"},
	{sentence: "The bridge was inaugurated in 1998.", kind: "other", date: "1998"},
	// nature's blow and a market's level are no attacks; a stock exchange is no swap
	{sentence: "An earthquake of magnitude 6.1 struck the region on Sunday.", kind: "other", date: "2026-01-18"},
	{sentence: "Oil prices hit a two-year high on Monday.", kind: "other", date: "2026-01-19"},
	{sentence: "Russian drones struck a crowded market in Kharkiv on Monday.", kind: "attack", date: "2026-01-19"},
	{sentence: "Parliament dissolved itself on Monday.", kind: "decision", date: "2026-01-19"},
	{sentence: "The ship ran aground off the coast on Saturday night.", kind: "other", date: "2026-01-17"},
	{sentence: "The tournament kicks off on Friday.", kind: "other", date: "2026-01-23", status: "scheduled"},
	// a count makes an -s word a noun ("40 million phones"); a name is no past verb ("the United States")
	{sentence: "Nokia sold 40 million phones last year, according to research firm Canalys.", kind: "other", date: "2025"},
	{sentence: "The phone will go on sale in the United States on March 3, priced at $1,499.", kind: "other", date: "2026-03-03", status: "scheduled"},
	{sentence: "The United Nations envoy meets the two sides on Friday.", kind: "meeting", date: "2026-01-23", status: "scheduled"},
	{sentence: "Marta Velez, 46, signed a contract until the end of the 2027-28 season.", kind: "agreement", date: "2026-01-21"},
	{sentence: "Vesta's defence ministry said the vessel had entered its waters without permission.", kind: "statement", date: "2026-01-21"},
	{sentence: "A fire broke out at the factory on Tuesday night.", kind: "other", date: "2026-01-20"},
	{sentence: "Rescuers found the missing hikers alive on Saturday.", date: "2026-01-17", status: "happened"},
	// a price a deal is measured against dates the price, not the deal (baselineMarkers)
	// the act a statement condemns, dated on its own, is the news; so is
	// a meeting or a journey still to come that a saying reports, dated
	{sentence: "The Ministry of Foreign Affairs of Norland strongly condemns the drone attack on the port of Varnel on the night of 17 January, which killed two dockers.", kind: "attack", date: "2026-01-17"},
	{sentence: "The Foreign Ministry of Norland condemned the attacks on civilians.", kind: "statement"},
	{sentence: "Aigerim Seitova informed her counterpart that Prime Minister Bolat Nurlanov would visit Lisbon on January 27.", kind: "meeting", status: "scheduled", date: "2026-01-27"},
	{sentence: "Aigerim Seitova informed her counterpart that Prime Minister Bolat Nurlanov would visit Lisbon.", kind: "statement", date: "2026-01-21"},
	// a firm's founding, like a birth, dates nothing the paragraph tells next
	{sentence: "Vestmark Mining, founded in Kiruna in 1952, operates nine mines. Its chief executive, Anna Lindqvist, said output would rise by a tenth.", n: 2, kind: "statement", date: "2026-01-21"},
	{sentence: "Vestmark Mining was founded in Kiruna in 1952 by Erik Holm. Holm sold the firm to a Finnish group.", n: 2, kind: "agreement", date: "2026-01-21"},
	// whichever there may be is no happening; nor is a topic taken up again
	{sentence: "Ilse Varga said any ceasefire must be backed by guarantees from Norland.", kind: "statement"},
	{sentence: "We are clear that any ceasefire must be backed by robust guarantees.", none: true},
	{sentence: "Tomas Brandt said his government will return to this issue next week.", kind: "statement", status: "happened"},
	{sentence: "Tomas Brandt will return to Oslo next week.", kind: "travel", status: "scheduled"},
	// a truce or talks as a modifier name who, not a happening
	{sentence: "The ceasefire monitors arrived in Varnel on Monday.", kind: "travel", date: "2026-01-19"},
	{sentence: "The negotiating teams of Norland and Vestria met in Oslo on Monday.", kind: "meeting"},
	// a happening named before ", which" and dated there on a day of its own
	{sentence: "Anna Lind reported on the talks in Varnel, which ended on Monday.", n: 2, kind: "negotiation", date: "2026-01-19", status: "happened"},
	{sentence: "Anna Lind reported on the talks in Varnel, which ended on Monday.", n: 2, first: true, kind: "statement", date: "2026-01-21"},
	{sentence: "Anna Lind inspected the bridge at Varnel, which began to sway on Monday.", n: 1},
	// what the meeting just told was about is no talks of its own; talks
	// about a happening, or between others, are
	{sentence: "Ilse Varga met Tomas Brandt in Oslo on Monday. They also discussed energy security.", n: 1, kind: "meeting"},
	{sentence: "Ilse Varga met Tomas Brandt in Oslo on Monday. Anna Lind and Erik Holm discussed energy security.", n: 2, kind: "negotiation"},
	{sentence: "Ilse Varga met Tomas Brandt in Oslo on Monday. They discussed the strikes on Varnel.", n: 2, kind: "negotiation"},
	// ... and a happening's noun that such a clause dates right after it takes that date
	{sentence: "The tests, which began on Monday, exposed the rover to temperatures of minus 170 degrees.", kind: "other", date: "2026-01-19"},
	// ... after the noun's own phrase too, and a resumption is such a start
	{sentence: "Agnes Pell updated the cabinet on the talks between Norland and its neighbours, which resumed in Velm on Monday.", kind: "negotiation", date: "2026-01-19"},
	// ... and one of an "of" phrase's noun ("the launch of the Velm rocket complex, which took place on Monday")
	{sentence: "Agnes Pell congratulated Tom Brell on the successful launch of the Velm rocket complex, which took place on Monday.", n: 2, date: "2026-01-19"},
	// ", where" a clause with its own subject, a happening's verb and a date of its own is a second happening (not a visit's doings)
	{sentence: "The two presidents exchanged views on the situation in the Tarn region, where an oil platform caught fire last week.", n: 2, kind: "other", date: "2026-01-12/2026-01-18", verb: "caught"},
	{sentence: "Agnes Pell visited Velm, where she met workers on Monday.", kind: "meeting"},
	{sentence: "The rehearsal, which was held on Monday, tested the sirens of the Varnel dam.", date: "2026-01-19"},
	// a force of nature acting is a happening; a loss of life befalls
	// people named by a noun, named or not
	{sentence: "Floods forced thousands of people from their homes in the Varnel valley on Tuesday.", kind: "other", date: "2026-01-20"},
	{sentence: "An earthquake struck off the coast of Varnel on Tuesday.", kind: "other", date: "2026-01-20"},
	{sentence: "A 72-year-old man died when his car was swept away by the river.", kind: "casualty"},
	{sentence: "The announcement died down quickly.", none: true},
	// a saying in the past is not said over the year still running that
	// a forecast gave the paragraph
	{sentence: "Vestmark now expects to deliver 60 jets in 2026. Chief financial officer Luiza Matos blamed shortages of engines.", n: 2, kind: "statement", date: "2026-01-21"},
	{sentence: "In 2026, Vestmark Mining opened three mines. Anna Lind, its chief executive, closed two depots in Varnel.", n: 2, date: "2026"},
	// a body named by a common noun acts, named or not
	{sentence: "For the first time, the coalition agreed on the command structure of a reassurance force.", kind: "agreement"},
	{sentence: "The cabinet also decided to close the border crossing at Varnel.", kind: "decision"},
	// what a relative clause says is to come is the thing's, not the happening's
	{sentence: "The coalition agreed on Monday on the command of a force, which will be based in Varnel.", kind: "agreement", status: "happened", date: "2026-01-19"},
	// the period a figure covers, right before a time, leaves the time the saying's
	{sentence: "Vestmark Mining reported a net loss of 84 million euros for the April-June quarter last month.", kind: "statement", date: "2025-12"},
	{sentence: "Ilse Varga thanked the rescuers for the help given last year.", kind: "statement", date: "2026-01-21"},
	// a mission's hands-on work: inspecting, unfolding, stacking
	{sentence: "Engineers tested the antenna on Monday. Technicians then inspected the hinges and found no damage.", n: 2, kind: "other", date: "2026-01-19"},
	// ", N hours after lifting off": a happening of the subject's, that span before
	{sentence: "The crew docked at the station at 10:26 a.m. on Tuesday, about 28 hours after lifting off from Varnel.", n: 2, date: "2026-01-19", verb: "lifting"},
	{sentence: "The convoy arrived in Kessa on Tuesday, two days after setting out from Varnel.", n: 2, date: "2026-01-18", verb: "setting"},
	{sentence: "The ferry docked in Varnel on Tuesday, three hours after leaving the port of Kessa.", n: 2, date: "2026-01-20", verb: "leaving"},
	// an aside that ranks the happening counts in a span; it does not date it
	{sentence: "The strike, the deadliest this month, hit a market in Kharkiv.", kind: "attack", date: "2026-01-21"},
	{sentence: "The strike, the deadliest this month, hit a market in Kharkiv on Monday.", kind: "attack", date: "2026-01-19"},
	// being committed to something is a state of mind, no commitment made
	{sentence: "The government of Norway remains committed to dialogue with Sweden.", none: true},
	{sentence: "Norway committed 40 million kroner to the fund on Monday.", kind: "decision", date: "2026-01-19"},
	// a page that repeats its summary as the body's first paragraph
	// tells one happening once
	{sentence: "Ilse Varga met Tomas Brandt in Oslo on Monday. Ilse Varga met Tomas Brandt in Oslo on Monday.", n: 1, kind: "meeting", date: "2026-01-19"},
	{sentence: "Norland Bank agreed to buy Telvora for $2 billion, a premium of 30 percent over Telvora's closing price on Monday.", kind: "agreement", date: "2026-01-21", status: "happened"},
	{sentence: "Ostrava Rail agreed on Tuesday to sell its freight arm, a discount to the closing price on Monday.", kind: "agreement", date: "2026-01-20", status: "happened"},
	// a "who" clause no comma closes ends at the sentence's own verb: the
	// happening is that verb's, dated by its time, not the clause's
	{sentence: "The chief executive who founded the firm stepped down on Monday.", kind: "decision", date: "2026-01-19", verb: "stepped"},
	{sentence: "The investor who bought the club in 2019 sold it on Monday.", kind: "agreement", date: "2026-01-19", verb: "sold"},
	{sentence: "A director who joined the board last year resigned on Tuesday.", kind: "decision", date: "2026-01-20", verb: "resigned"},
	{sentence: "The banker who ordered the audit was arrested on Tuesday.", kind: "decision", date: "2026-01-20", verb: "arrested"},
	// ... after its auxiliaries: "who had been held since May 2022" is all the clause
	{sentence: "Among those freed were sailors who had been held since May 2022, Halvorsen said.", kind: "decision", date: "2026-01-21", status: "happened"},
	// a bare "after" between two clauses each dated to a day: the second
	// is a happening of its own, whatever its verb
	{sentence: "Shares in Halvik fell 9 percent on Tuesday after the company posted a loss on Monday.", n: 2, date: "2026-01-19", verb: "posted"},
	{sentence: "Prices jumped on Tuesday after the cartel trimmed output on Monday.", n: 2, kind: "other", date: "2026-01-19", verb: "trimmed"},
	// ... not a year the second clause names
	{sentence: "Shares fell on Tuesday after the company disclosed losses in 2025.", kind: "other", date: "2026-01-20", verb: "fell"},
}

// TestEventRules pins the event rules one sentence at a time (eventRules).
func TestEventRules(t *testing.T) {
	extractText := paragraphExtractor(t)
	for _, c := range eventRules {
		ex := extractText(c.sentence, "")
		if c.none {
			if len(ex.Events) != 0 {
				t.Errorf("%q: got a %s event, want none", c.sentence, ex.Events[0].Kind)
			}
			continue
		}
		if c.n == 0 {
			c.n = 1
		}
		if len(ex.Events) != c.n {
			t.Errorf("%q: %d events, want %d", c.sentence, len(ex.Events), c.n)
			continue
		}
		e := ex.Events[c.n-1]
		if c.first {
			e = ex.Events[0]
		}
		for _, f := range []struct{ name, got, want string }{
			{"kind", string(e.Kind), c.kind}, {"date", e.Date, c.date}, {"status", string(e.Status), c.status},
			{"certainty", string(e.Certainty), c.certainty}, {"asserted_by", e.AssertedBy, c.by}, {"verb", e.Verb, c.verb},
			{"places", placesOf(e.Places), c.places}, {"participants", partsOf(e.Participants), c.parts},
		} {
			if f.want != "" && f.got != f.want {
				t.Errorf("%q: %s = %q, want %q", c.sentence, f.name, f.got, f.want)
			}
		}
	}
}

// paragraphExtractor extracts a text as one paragraph of an article
// published on Wednesday 2026-01-21 (at url, when not ""), with the seed
// gazetteer.
func paragraphExtractor(t *testing.T) func(text, url string) *timeline.Extraction {
	t.Helper()
	g, err := gazetteer.LoadFS(seeds.FS(), seeds.GazetteerDir)
	if err != nil {
		t.Fatal(err)
	}
	x := &extract.Extractor{Gazetteer: g}
	return func(text, url string) *timeline.Extraction {
		doc := article.Doc{Name: "t.md", Format: "markdown", Title: "Test", Published: "2026-01-21", Text: text, URL: url,
			Blocks: []article.Block{{Kind: article.KindParagraph, Text: text, Start: 0, End: len(text)}}}
		return x.Extract(&doc)
	}
}

// partsOf joins participants' names for a table, "-" for none.
func partsOf(ps []timeline.Participant) string {
	if len(ps) == 0 {
		return "-"
	}
	names := make([]string, len(ps))
	for i, p := range ps {
		names[i] = p.Name
	}
	return strings.Join(names, ", ")
}

// placesOf joins places for a table, "-" for none.
func placesOf(ps []string) string {
	if len(ps) == 0 {
		return "-"
	}
	return strings.Join(ps, ", ")
}

// TestTitledNamed (and who else acts): "the president", "the chief executive" after the text
// introduced someone with that title is that person, found by the
// gazetteer or not; a title of someone else ("the president of the
// club") or one the text gave nobody stays no one.
func TestTitledNamed(t *testing.T) {
	extractText := paragraphExtractor(t)
	for _, c := range []struct{ text, want string }{
		{"President Adam Kovac met Ingrid Solberg in Oslo on Monday.\nThe president will visit Bergen on Thursday.", "Adam Kovac"},
		{"Anneli Korva, the chief executive, spoke to analysts on Monday.\nThe chief executive will visit Bergen on Thursday.", "Anneli Korva"},
		{"Vesta's president Adam Kovac met Ingrid Solberg in Oslo on Monday.\nThe president will visit Bergen on Thursday.", "Adam Kovac"},
		{"President Adam Kovac met Ingrid Solberg in Oslo on Monday.\nThe president of the club will visit Bergen on Thursday.", ""},
		{"Adam Kovac met Ingrid Solberg in Oslo on Monday.\nThe mayor will visit Bergen on Thursday.", ""},
		// a demonym qualifying a noun is no country acting, unless the noun is its people
		{"Norwegian carmaker Halvorsen Motors recalled 120,000 cars on Monday.", "Halvorsen Motors"},
		{"Ukrainian forces struck a depot in Belgorod on Monday.", "Ukraine"},
		// the text's own prime minister, not the outlet's country's (a Ukrainian site's)
		{"Prime Minister of Norland Ingrid Solberg arrived in Kyiv on Monday.\nVolodymyr Zelenskyy informed the Prime Minister about the attack.", "Volodymyr Zelenskyy, Ingrid Solberg"},
	} {
		ex := extractText(c.text, "https://www.president.gov.ua/en/news/t")
		if len(ex.Events) == 0 {
			t.Errorf("%q: no events", c.text)
			continue
		}
		var who []string
		for _, p := range ex.Events[len(ex.Events)-1].Participants {
			who = append(who, p.Name)
		}
		if got := strings.Join(who, ", "); got != c.want {
			t.Errorf("%q: the last event's participants are %q, want %q", c.text, got, c.want)
		}
	}
}

// A name glued by a hyphen to a number is a designation ("K2-291b", a
// planet), not the name (K2, a mountain); "K2" alone still is.
func TestDesignationIsNoName(t *testing.T) {
	extractText := paragraphExtractor(t)
	for text, want := range map[string]bool{
		"Astronomers found water on the planet K2-291b in May.": false,
		"Climbers reached the summit of K2 in May.":             true,
	} {
		found := false
		for _, e := range extractText(text, "").Entities {
			found = found || e.Name == "K2"
		}
		if found != want {
			t.Errorf("%q: K2 found %v, want %v", text, found, want)
		}
	}
}
