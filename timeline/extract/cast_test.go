package extract

import (
	"strings"
	"testing"

	"github.com/storygraph/storygraph/timeline"
	"github.com/storygraph/storygraph/timeline/article"
)

// TestFindCast pins who takes part and where: roles by position and
// preposition, capitals and demonyms speaking for their country, countries
// acting (and then not a place), names in a relative clause left out, and
// pronouns standing for the people named before (ante).
func TestFindCast(t *testing.T) {
	pair := antecedents{one: "Donald Trump", group: []string{"Keir Starmer", "Donald Trump"}}
	checkCast(t, []castCase{
		{"Steve Witkoff met Vladimir Putin in Moscow.", antecedents{}, "Steve Witkoff/agent, Vladimir Putin/counterpart", "Moscow", true, false},
		{"Witkoff is heading to Moscow alongside Jared Kushner.", antecedents{}, "Steve Witkoff/agent, Jared Kushner/agent", "Moscow", true, false},
		{"US Special Envoy Steve Witkoff spoke in Davos.", antecedents{}, "Steve Witkoff/agent", "Davos", true, false},
		{"Moscow denied that its forces struck a market in Kharkiv.", antecedents{}, "Russia/agent", "Kharkiv", true, false},
		{"Russian drones struck Odesa overnight.", antecedents{}, "Russia/agent", "Odesa", true, false},
		{"The UK and France will establish hubs across Ukraine.", antecedents{}, "United Kingdom/agent, France/agent", "Ukraine", true, false},
		{"The deal, which still needs approval from regulators in Brussels, was signed in Geneva.", antecedents{}, "-", "Geneva", false, false},
		// nor when the subject is a name nobody knows
		{"Nordlys, whose largest shareholder is the Vinter Foundation, said its board backed the offer.", antecedents{}, "-", "", false, false},
		{"Kessel, whose nephew works for Anna Berg, declined the offer.", antecedents{}, "-", "", false, false},
		// a person named only inside the quote does not say it
		{"“I want to thank Donald Trump for his work,” Keir Starmer said.", antecedents{}, "Donald Trump/subject, Keir Starmer/agent", "", true, false},
		// the one who says a passive happened is no subject of it
		{"Keir Starmer said 14 soldiers were killed.", antecedents{}, "Keir Starmer/agent", "", true, false},
		// ", and to X": the same verb's second object, not a clause of its own
		{"Keir Starmer spoke to Micheál Martin, and to Mette Frederiksen.", antecedents{}, "Keir Starmer/agent, Micheál Martin/subject, Mette Frederiksen/subject", "", true, false},
		// the people a passive happening befalls are its subjects; "by" names the agent
		{"Anna Berg, Luca Conti and Marta Silva were seized near Kano.", antecedents{}, "Anna Berg/subject, Luca Conti/subject, Marta Silva/subject", "Kano", true, false},
		{"Volodymyr Zelenskyy was received by Donald Trump.", antecedents{}, "Volodymyr Zelenskyy/subject, Donald Trump/agent", "", true, false},
		{"Volodymyr Zelenskyy has been clear about it.", antecedents{}, "Volodymyr Zelenskyy/agent", "", true, false},
		{"He said the talks went well.", pair, "Donald Trump/agent", "", true, true},
		// a short quote, then "he said"
		{"“We fell short,” he said.", pair, "Donald Trump/agent", "", true, true},
		// "he" or "she" as the subject stays when the sentence names someone after the verb
		{"She met Keir Starmer on Wednesday and she promised a report.", pair, "Donald Trump/agent, Keir Starmer/counterpart", "", true, false},
		{"He will be replaced by Mette Kjaer.", pair, "Donald Trump/subject, Mette Kjaer/agent", "", true, false},
		{"She invited Keir Starmer to visit Oslo in September.", pair, "Donald Trump/agent, Keir Starmer/agent", "Oslo", true, false},
		{"Keir Starmer said he would resign.", pair, "Keir Starmer/agent", "", true, false},
		// a person named by what they are, saying, is who "he" is in what they say
		{"The minister said he would resign.", pair, "-", "", true, true},
		{"A spokeswoman said she could not comment.", pair, "-", "", true, true},
		{"The report said he would resign.", pair, "Donald Trump/agent", "", true, true},
		// "the 61-year-old" opening the sentence, a verb after it, is the person named before
		{"The 61-year-old had run the bank since 2005.", pair, "Donald Trump/agent", "", true, true},
		{"The 61-year-old man was arrested on Tuesday.", pair, "-", "", false, false},
		// a given name in -a is a woman's: "he" is the other person named before; "she" is left alone (Ingrid)
		{"He said the visit was a success.", antecedents{one: "Ana Ruiz", group: []string{"Ana Ruiz", "Jonas Brekke"}}, "Jonas Brekke/agent", "", true, true},
		{"She said the race went well.", antecedents{one: "Ingrid Berg", group: []string{"Ingrid Berg", "Lara Gut"}}, "Ingrid Berg/agent", "", true, true},
		{"He said the sale would go ahead.", antecedents{one: "Luca Conti", group: []string{"Luca Conti", "Anna Berg"}}, "Luca Conti/agent", "", true, true},
		{"They agreed to stay in close contact.", pair, "Keir Starmer/agent, Donald Trump/agent", "", true, true},
		{"Two tail service masts were moved.", pair, "-", "", false, false},
		// after an opening phrase
		{"During his two hour speech at the summit he signed a memorandum.", pair, "Donald Trump/agent", "", true, true},
		{"During his two hour speech he stated that the plan was ready.", pair, "Donald Trump/agent", "", true, true},
		{"Following the talks, the parties signed a memorandum.", pair, "Keir Starmer/agent, Donald Trump/agent", "", true, true},
		{"On Tuesday evening, the two leaders signed a memorandum.", pair, "Keir Starmer/agent, Donald Trump/agent", "", true, true},
		{"We condemn these attacks on civilians.", antecedents{}, "-", "", true, true},
		{"Engineers repaired the damaged power line.", antecedents{}, "-", "", true, false},
		// "by" a maker, set off by commas or before a passive, is no actor
		{"The paintings, by Pierre Bonnard and Berthe Morisot, were stolen.", antecedents{}, "Pierre Bonnard/subject, Berthe Morisot/subject", "", true, false},
		{"The paintings were stolen by Pierre Bonnard.", antecedents{}, "Pierre Bonnard/agent", "", true, false},
		// what a statement reports is not where it was made
		{"The Kremlin said the two leaders could meet in Budapest.", antecedents{}, "Kremlin/agent", "", true, false},
		// "X of <country>" after a person is the person's country, not a place
		{"Keir Starmer spoke to President Karol Nawrocki of Poland.", antecedents{}, "Keir Starmer/agent, Karol Nawrocki/subject", "", true, false},
		// the country a saying is addressed to is its counterpart, not its place
		{"Volodymyr Zelenskyy thanked Finland for its support.", antecedents{}, "Volodymyr Zelenskyy/agent, Finland/counterpart", "", true, false},
		{"Volodymyr Zelenskyy visited Finland.", antecedents{}, "Volodymyr Zelenskyy/agent", "Finland", true, false},
		// people no list and no cue knows (findProperNames), named by shape
		{"Maria Lindqvist sued the shipping firm in Oslo on Tuesday.", antecedents{}, "Maria Lindqvist/agent", "Oslo", true, false},
		{"Astrid Nyberg met Tobias Renner in Geneva.", antecedents{}, "Astrid Nyberg/agent, Tobias Renner/counterpart", "Geneva", true, false},
		// who leads the one acting, in a phrase set off by commas, takes part
		{"The team, led by biologist Ana Kovac, described the species in the journal Zoological Notes.", antecedents{}, "Ana Kovac/agent, Zoological Notes/subject", "", true, false},
		// a counterpart named after a title ("met with Prime Minister of Norway ...")
		{"Volodymyr Zelenskyy met with Prime Minister of Norway Jonas Gahr Støre in Kyiv.", antecedents{}, "Volodymyr Zelenskyy/agent, Jonas Gahr Støre/counterpart", "Kyiv", true, false},
	})
}

// castCase is a sentence, the antecedents before it, and who takes part
// in it (Name/role), where, whether anyone acts and whether pronouns are
// all the actors.
type castCase struct {
	text        string
	ante        antecedents
	parts       string
	places      string
	actor, only bool
}

func checkCast(t *testing.T, cases []castCase) {
	t.Helper()
	for _, c := range cases {
		st, s := sentenceOf(t, c.text, beforeCast, memory{})
		st.findCast(s, c.ante)
		if got := partsOf(s.parts); got != c.parts {
			t.Errorf("%q: participants %s, want %s", c.text, got, c.parts)
		}
		if got := strings.Join(s.places, ", "); got != c.places {
			t.Errorf("%q: places %q, want %q", c.text, got, c.places)
		}
		if s.hasActor != c.actor || s.onlyAntecedents != c.only {
			t.Errorf("%q: actor %v, only pronouns %v; want %v, %v", c.text, s.hasActor, s.onlyAntecedents, c.actor, c.only)
		}
	}
}

// TestCastCompany pins who "the company", "it" and "its" are: the
// organisation named before (ante.org), unless the sentence names one
// acting.
func TestCastCompany(t *testing.T) {
	pair := antecedents{one: "Donald Trump", group: []string{"Keir Starmer", "Donald Trump"}}
	firm := antecedents{org: "Norland Bank"}
	checkCast(t, []castCase{
		// "the company" is the organisation named before, unless the sentence names one
		{"The company reported a loss of $4 million on Tuesday.", firm, "Norland Bank/agent", "", true, false},
		{"On Tuesday, the firm said it would cut 300 jobs.", firm, "Norland Bank/agent", "", true, false},
		// a comma inside a number, or after the sentence's own verb, opens no phrase
		{"The airline said about 30,000 passengers were affected.", firm, "Norland Bank/agent", "", true, false},
		{"The carmaker plans to hire 1,200 people by 2028.", firm, "Norland Bank/agent", "", true, false},
		{"The lender named Clara Vidigal, its deputy chair, as chief executive.", firm, "Norland Bank/agent, Clara Vidigal/counterpart", "", true, false},
		// "it" opening the sentence, its verb close after, is the organisation named before
		{"It expects to close the plant by the end of the year.", firm, "Norland Bank/agent", "", true, false},
		{"It will repair the cars free of charge, a spokesman said.", firm, "Norland Bank/agent", "", true, false},
		{"It is expected that the deal will close.", firm, "-", "", false, false},
		// "the company" elsewhere, in a sentence naming no organisation, takes part
		{"Anna Berg said the company would review its contracts.", firm, "Anna Berg/agent, Norland Bank/subject", "", true, false},
		{"Anna Berg summoned the company's managers on Monday.", firm, "Anna Berg/agent, Norland Bank/subject", "", true, false},
		{"Anna Berg met the group of protesters.", firm, "Anna Berg/agent", "", true, false},
		{"The union Unitra said the company had refused to negotiate.", firm, "Unitra/agent, Norland Bank/subject", "", true, false},
		{"Microsoft said the company had made an offer.", firm, "Microsoft/agent", "", true, false},
		// "the union", "the regulator" named by no name before are another body
		{"Anna Berg said the union would now focus on pay.", firm, "Anna Berg/agent", "", true, false},
		// a subject set off by a relative clause
		{"The supplier, whose software runs in twelve countries, said it would publish a report.", firm, "Norland Bank/agent", "", true, false},
		// "the group" is the one the text named with that noun
		{"The food group Merrow Holdings bid for Castle Foods. The group said it would pay more.", antecedents{org: "Castle Foods"}, "Merrow Holdings/agent", "", true, false},
		{"Aldria Bank, Portugal's largest lender, bought Castle Foods. The lender said it would keep the brand.", antecedents{org: "Castle Foods"}, "Aldria Bank/agent", "", true, false},
		{"Tessa Holm of the nurses' union Sindra said staff were angry. The company's chief executive said it would hire more nurses.", antecedents{org: "Sindra"}, "-", "", false, false},
		// an opening possessive: its owner, named before, is part of it
		{"Its shares fell 6 percent.", firm, "Norland Bank/subject", "", true, false},
		{"Its forces also struck the port of Odesa.", firm, "-", "Odesa", true, false},
		{"Its chairman, Rui Estrela, said the results were good.", firm, "Rui Estrela/agent, Norland Bank/subject", "", true, false},
		{"His lawyer, Greta Amsel, said the arrest was unlawful.", pair, "Greta Amsel/agent, Donald Trump/subject", "", true, false},
		// in a passive, "the company" is what befell it, the one after "by" the actor
		{"The company was bought by the Swedish group Nordvik.", firm, "Norland Bank/subject, Nordvik/agent", "", true, false},
		{"The company said Microsoft had made an offer.", firm, "Norland Bank/agent, Microsoft/counterpart", "", true, false},
		{"Microsoft said the company had made an offer.", firm, "Microsoft/agent", "", true, false},
		// where a firm is based, its country or its trade may stand between "the" and the noun
		{"The Tarsk-based electronics maker announced a recall on Monday.", firm, "Norland Bank/agent", "", true, false},
		{"The Japanese firm said it would cooperate with the inquiry.", firm, "Norland Bank/agent", "", true, false},
		{"The media group also said it would close the label.", firm, "Norland Bank/agent", "", true, false},
		{"The U.S. automaker said it would cut 300 jobs.", firm, "Norland Bank/agent", "", true, false},
		{"The New York-based bank lost $4 million in 2020.", firm, "Norland Bank/agent", "", true, false},
		{"The laptop maker postponed the launch of its phone.", firm, "Norland Bank/agent", "", true, false},
		{"The rival company said it would bid.", firm, "-", "", false, false},
		// "the bank tax" is no bank; a party named before is no company
		{"Anna Berg will present the bank tax to ministers in March.", firm, "Anna Berg/agent", "", true, false},
		{"The opposition Civic Alliance voted against the plan. Anna Berg sold her stake in the company in 2022.", antecedents{org: "Civic Alliance"}, "Anna Berg/agent", "", true, false},
		// "the company" as the object of what a firm named in the sentence does is the last other firm named
		{"Harlow Pharma sued Qingri Biotech on Monday. Tessel Holdings agreed to buy the Chinese drugmaker in March.", antecedents{org: "Qingri Biotech"}, "Tessel Holdings/agent, Qingri Biotech/subject", "", true, false},
		{"Harlow Pharma sued Qingri Biotech on Monday. Tessel Holdings said the company would grow.", antecedents{org: "Qingri Biotech"}, "Tessel Holdings/agent", "", true, false},
		// a firm named by a noun of another trade is another firm
		{"The airline Sahra Air cancelled an order. The American planemaker said it would deliver jets in 2010.", antecedents{org: "Sahra Air"}, "-", "", false, false},
		{"The carmaker Tarsk Motors cut jobs. The automaker said it would close a plant.", antecedents{org: "Tarsk Motors"}, "Tarsk Motors/agent", "", true, false},
		// the board is the firm's, as the subject only
		{"The board appointed Clara Vidigal as chief executive.", firm, "Norland Bank/agent, Clara Vidigal/counterpart", "", true, false},
		{"Anna Berg said she would remain an adviser to the board.", firm, "Anna Berg/agent", "", true, false},
		// "the two companies" are the last two firms named before, a short name one with its full name
		{"Harlow Pharma sued Qingri Biotech on Monday. A Qingri spokeswoman said Qingri would fight. The two companies had held talks in January.", antecedents{}, "Harlow Pharma/agent, Qingri Biotech/agent", "", true, false},
		{"Harlow Pharma sued Qingri Biotech on Monday. The two companies had held talks in January.", pair, "Harlow Pharma/agent, Qingri Biotech/agent", "", true, false},
		{"Harlow Pharma sued Qingri Biotech on Monday. Its founder will stay on as an adviser, the companies said.", antecedents{}, "Harlow Pharma/agent, Qingri Biotech/agent", "", true, false},
		{"Tessel Holdings bought a unit of Harlow Pharma. Qingri Biotech paid $4 million for the rest, the companies said.", antecedents{}, "Qingri Biotech/agent", "", true, false},
		{"Harlow Pharma sued Qingri Biotech on Monday. The court fined both drugmakers in March.", antecedents{}, "Harlow Pharma/subject, Qingri Biotech/subject", "", true, false},
		{"Harlow Pharma sued Qingri Biotech on Monday. Anna Berg said the deal “lets both companies move on.”", antecedents{}, "Anna Berg/agent", "", true, false},
		// "him", or "her" standing alone, after the trigger is the person named before
		{"The company thanked him for his work.", antecedents{one: "Donald Trump", org: "Norland Bank"}, "Norland Bank/agent, Donald Trump/counterpart", "", true, false},
		{"The board named her as chair on Monday.", antecedents{one: "Donald Trump", org: "Norland Bank"}, "Norland Bank/agent, Donald Trump/counterpart", "", true, false},
		{"Judge Ellen Kwiatkowski will sentence him on March 24.", antecedents{one: "Donald Trump"}, "Ellen Kwiatkowski/agent, Donald Trump/counterpart", "", true, false},
		{"Anna Berg's deputy, Ole Lind, will testify against him next week.", antecedents{one: "Donald Trump"}, "Anna Berg/agent, Ole Lind/agent", "", true, false},
		{"Ellen Kwiatkowski told him that Anna Berg had left.", antecedents{one: "Donald Trump"}, "Ellen Kwiatkowski/agent, Anna Berg/subject", "", true, false},
		// the client a lawyer speaks of is the person named before
		{"Ruth Abernathy said her client would appeal.", antecedents{one: "Donald Trump"}, "Ruth Abernathy/agent, Donald Trump/subject", "", true, false},
		{"Ruth Abernathy said her client Anna Berg would appeal.", antecedents{one: "Donald Trump"}, "Ruth Abernathy/agent, Anna Berg/subject", "", true, false},
		{"The company praised her work on Monday.", antecedents{one: "Donald Trump", org: "Norland Bank"}, "Norland Bank/agent", "", true, false},
	})
}

// TestSpeakerLabel: in a transcript, "I" is whoever the last speaker label
// names, until another label.
func TestSpeakerLabel(t *testing.T) {
	text := "Vladimir Putin: Good afternoon, colleagues.\n\nLast week I signed an executive order on support for families.\n\nQuestion: When did you sign it?\n\nLast week I signed an executive order on housing."
	docs, errs := article.Read("t.md", []byte("---\ntitle: Meeting\npublished: 2026-01-21\n---\n"+text+"\n"))
	if len(errs) > 0 || len(docs) != 1 {
		t.Fatalf("read: %v", errs)
	}
	x, _ := testArticle(t, text)
	var got []string
	for _, e := range x.Extract(&docs[0]).Events {
		got = append(got, partsOf(e.Participants))
	}
	want := []string{"Vladimir Putin/agent", "-"}
	if strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("participants %q, want %q", got, want)
	}
}

// TestTitleFirm: "the company" outside the subject, after a news outlet
// reported, is the organisation the title names, not the outlet.
func TestTitleFirm(t *testing.T) {
	text := "Tarvel Foods opened a plant in Lund in 2019. The Evening Ledger reported that Tarvel would close it. Workers told Mira Solberg they were the staff the company still needed."
	for _, c := range []struct{ title, want string }{
		{"Tarvel shuts its Lund plant", "Mira Solberg/counterpart, Tarvel Foods/subject"},
		{"A plant closes", "Mira Solberg/counterpart, Evening Ledger/subject"},
	} {
		x, doc := testArticle(t, text)
		doc.Title = c.title
		st := &docState{x: x, doc: doc, text: text, entities: map[string]*timeline.Entity{}}
		for _, pass := range documentPasses {
			pass(st)
		}
		sents := st.blocks[0].sentences
		s := &sentence{}
		st.readSentence(s, 0, sents[len(sents)-1])
		markAsides(s)
		pickTrigger(s)
		st.cutClause(s)
		st.findCast(s, antecedents{org: "Evening Ledger"})
		if got := partsOf(s.parts); got != c.want {
			t.Errorf("title %q: participants %s, want %s", c.title, got, c.want)
		}
	}
}
