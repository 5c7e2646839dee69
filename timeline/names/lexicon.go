package names

import (
	_ "embed"
	"strings"
	"sync"

	"github.com/storygraph/storygraph/timeline/text"
)

// The word lists of data/ (see data/README.md for their sources and
// licences): one folded word a line, "#" lines are comments.
var (
	//go:embed data/given.txt
	givenList string
	//go:embed data/given-words.txt
	givenWordsList string
	//go:embed data/surnames.txt
	surnameList string
	//go:embed data/surname-words.txt
	surnameWordList string
	//go:embed data/words.txt
	wordList string
	//go:embed data/demonyms.txt
	demonymList string
)

// Lexicon flags: what a folded word can be. One map lookup per token gives
// all of them.
const (
	fGiven       uint64 = 1 << iota // a given name ("maria")
	fGivenWeak                      // a given name that is also a common word ("will", "dean")
	fSurname                        // a surname that is not an English word ("lindqvist")
	fSurnameWord                    // a frequent surname that is also a word ("smith", "hill")
	fWord                           // a common lower-case English word
	fDemonym                        // "swedish", "europeans", "catholic": never a name alone
	fMonthDay                       // months, weekdays, holidays and time zones ("EDT"): calendar words, never a name
	fFunc                           // function words and sentence openers: never part of a name's start
	fHonorific                      // "mr", "dr", "sir": the name after is a person's
	fTitle                          // offices and ranks before a name: "president", "gen", "ceo"
	fTitleMod                       // words inside a title: "prime", "foreign", "deputy"
	fRole                           // nouns for people: "spokesman", "biologist", "lawyer"
	fOrgTitle                       // titles that follow an organisation's name: "Apple CEO"
	fOrgHead                        // last words of organisation names: "inc", "bank", "university"
	fOrgStart                       // first words of "X of Y" organisations: "university", "ministry"
	fCorp                           // corporate suffixes whose first words name the company alone
	fPlaceHead                      // last words of place names: "river", "street", "county"
	fPlaceStart                     // first words of place names: "mount", "lake", "gulf"
	fParticle                       // "van", "de", "bin", "al" inside a person's name
	fSuffix                         // "jr", "sr", "iii" after a person's name
	fSay                            // "said", "says": speakers are people or organisations
	fPersonVerb                     // what only people do right after their name: "told", "died"
	fPassive                        // participles after "was": "born", "arrested", "elected"
	fOrgVerb                        // what companies do: "announced", "acquired", "unveiled"
	fPronoun                        // "he", "she", "his", "her"
	fLocPrep                        // "in", "near", "from": a place may follow
	fOrgPost                        // after an organisation's name: "shares", "spokesman", "employees"
	fPlacePost                      // after a place's name with 's: "capital", "population"
	fPlaceNoun                      // "city of X", ", a town in"
	fOrgNoun                        // ", a company", "firm"
	fKin                            // "X's wife"
	fNotAcr                         // all-caps words that are not organisations: "CEO", "GMT", "TV"
	fConnector                      // "of", "for", "and", "the", "de" inside organisation names
	fAbbr                           // abbreviations whose dot does not end a sentence
	fJoinBefore                     // verbs before an organisation: "joined", "founded"
	fWorkBefore                     // words before "at"/"for" + organisation: "works", "professor"
	fInstitution                    // one-word institutions: "congress", "parliament"
	fStakeBefore                    // "shares", "stake" before "in": a company follows
	fDegree                         // what follows a letter in a degree: "M.Sc", "B.A.", "Ph.D."
	fAreaAfter                      // divisions after a place's name: "the Cajamarca region"
	fSiteBefore                     // things that stand somewhere, before "in": "a conference in X"
	fPostNominal                    // letters after a person's name, no part of it: "MP", "QC", "OBE"
)

var (
	lexOnce sync.Once
	lex     map[string]uint64
)

// lexicon returns the word flags, built on first use.
func lexicon() map[string]uint64 {
	lexOnce.Do(buildLexicon)
	return lex
}

func buildLexicon() {
	lex = make(map[string]uint64, 96000)
	addList(wordList, fWord)
	addList(givenList, fGiven)
	addList(givenWordsList, fGivenWeak|fWord)
	addList(surnameList, fSurname)
	addList(surnameWordList, fSurnameWord)
	addList(demonymList, fDemonym)
	for _, w := range []struct {
		flag  uint64
		words string
	}{
		{fMonthDay, `january february march april may june july august september october november december
			monday tuesday wednesday thursday friday saturday sunday jan feb mar apr jun jul aug sep sept oct nov dec
			tue tues thu thur thurs fri christmas easter thanksgiving halloween hanukkah passover ramadan diwali
			gmt utc bst cet cest eet eest msk est edt cst cdt mst mdt pst pdt jst kst aest aedt hkt sgt`},
		{fFunc, `a an the this that these those it he she we they i you his her their our my your its him them us me
			in on at for with and but or nor as by from to of if when whenever while after before however meanwhile also
			yet still so no not yes there here what who whom whose where why how which both all some many most more
			much few less least one two three four five six seven eight nine ten first second third last next now
			today tonight yesterday tomorrow earlier later according despite although though since until till during
			under over about above below across against among around between beyond into onto upon within without
			through throughout toward towards every each any such only even just again thus once other another
			further finally overall together indeed instead rather already thank thanks dear let do does did is are
			was were be been being have has had would can could should must might shall please oh ok okay hello
			hi hey wow yeah well because unless whether whereas whilst therefore hence moreover furthermore nevertheless
			nonetheless otherwise perhaps maybe certainly clearly obviously still sometimes often never always also
			image images photo photos picture video file source sources related read see update updated breaking
			exclusive analysis opinion editorial comment comments share email print advertisement sponsored
			copyright interview question questions answer answers part chapter section page note notes
			q a am pm re per via vs etc`},
		{fHonorific, `mr mrs ms miss mx dr prof sir dame lord lady messrs mme mlle herr frau`},
		{fTitle, `president premier chancellor minister secretary senator sen rep representative congressman
			congresswoman congressmember governor gov mayor ambassador envoy judge justice chief ceo cfo cto coo
			chairman chairwoman chair chairperson director commissioner general gen lt lieutenant col colonel maj
			major capt captain cmdr commander adm admiral sgt sergeant cpl corporal pvt private brig brigadier
			marshal king queen prince princess duke duchess emperor empress pope cardinal bishop archbishop rabbi
			imam reverend rev father pastor sheikh emir sultan spokesman spokeswoman spokesperson officer inspector
			detective superintendent supt insp det coach dean provost speaker mp mep pm founder cofounder
			chancellor professor attorney prosecutor sheriff constable agent astronaut pres hon vp`},
		// titles of local office, peerage, consular, legal and clerical rank
		{fTitle, `councillor councilor cllr alderman alderwoman assemblyman assemblywoman assemblymember
			baroness viscount viscountess countess marquess marchioness consul magistrate coroner
			commodore ayatollah mufti nuncio archdeacon solicitor comptroller`},
		{fTitleMod, `prime foreign home defence defense finance interior state deputy vice acting former interim
			senior junior chief executive special general attorney press assistant associate first lead managing
			principal health trade economy economic energy culture education justice affairs security national
			presidential federal royal emeritus foreign international external internal public private
			commanding operating financial technology technical marketing creative legal administrative
			permanent undersecretary under lord high supreme grand master field air vice-president president-elect
			elect designate shadow opposition majority minority ranking district circuit`},
		{fRole, `spokesman spokeswoman spokesperson envoy adviser advisor aide minister president secretary
			ambassador negotiator commander chief general governor mayor senator lawmaker legislator politician
			official director head chairman chairwoman chair ceo founder cofounder co-founder executive analyst
			professor economist administrator deputy leader premier chancellor king queen prince princess
			journalist correspondent reporter columnist editor anchor broadcaster counterpart lawyer judge
			prosecutor commissioner representative astronaut engineer scientist manager officer activist
			candidate ombudsman designer author researcher expert colonel lieutenant captain admiral sergeant
			pilot coach player singer actor actress cardinal bishop patriarch rabbi imam priest pastor monk nun
			cto cfo coo boss tycoon billionaire entrepreneur businessman businesswoman investor strategist
			diplomat attorney mogul emir sheikh ayatollah dictator biologist physicist chemist geologist
			astronomer mathematician historian philosopher sociologist psychologist linguist anthropologist
			archaeologist ecologist botanist zoologist neuroscientist doctor physician surgeon nurse dentist
			teacher lecturer student scholar academic consultant writer novelist poet playwright screenwriter
			artist painter sculptor photographer filmmaker producer musician guitarist drummer bassist pianist
			violinist composer conductor rapper vocalist dancer comedian chef architect inventor developer
			programmer designer striker goalkeeper midfielder defender forward quarterback pitcher batsman
			bowler driver rider cyclist runner sprinter swimmer boxer wrestler golfer champion referee manager
			owner partner colleague friend wife husband son daughter mother father brother sister widow nephew
			niece uncle aunt cousin grandson granddaughter grandfather grandmother veteran soldier marine
			sailor detective inspector sheriff constable agent spy priest vicar chaplain missionary volunteer
			organiser organizer campaigner protester dissident blogger youtuber influencer host presenter
			interviewer interviewee narrator mp mep dr mr mrs ms sir dame lord lady chancellor speaker
			treasurer cofounder co-chair vice-chair provost dean rector principal headmaster headteacher
			superintendent commissioner sergeant corporal private major constable trooper captain skipper
			fellow member citizen resident native`},
		{fOrgTitle, `ceo cfo cto coo chairman chairwoman chair founder cofounder spokesman spokeswoman
			spokesperson chief president executive director boss head vice-president vp manager owner`},
		{fOrgHead, `inc corp corporation ltd llc llp plc ag gmbh sa nv bv spa ab asa oy co company companies
			group groups holdings holding bank banks ministry agency council committee commission university
			institute institution foundation party association federation union organization organisation
			fund court tribunal parliament assembly congress senate administration board network systems
			technologies technology airlines airline airways motors motor labs laboratories laboratory partners
			media news times post journal telegraph guardian herald tribune gazette chronicle observer daily
			weekly magazine press review bureau coalition alliance bloc league forces army navy police guard
			command industries enterprises communications electronics electric software pharmaceuticals
			shipping logistics freight mining resources chemicals insurance brands foods
			pharma energy petroleum oil gas capital securities investments broadcasting broadcasting television
			radio studios studio records pictures films entertainment telecom mobile aerospace dynamics robotics
			ventures academy college school schools hospital clinic church society club federation
			department office service services authority secretariat directorate brigade battalion regiment
			division commission cabinet government foundation trust museum library orchestra band choir
			bureau centre center laboratory community
			consortium cooperative co-op association syndicate guild chamber exchange reserve treasury
			corps command unit force infrastructure telecoms telecommunications lines seaways railways railroad
			semiconductors semiconductor microsystems therapeutics biosciences lab brotherhood fraternity sorority
			gaming confederation survey`},
		// sports clubs and galleries: "Pelton United", "Kelby Rovers", "the Harlan Gallery"
		// (whose first words name the club alone: "Harrowgate" for "Harrowgate United")
		{fOrgHead | fCorp, `united rovers wanderers athletic albion rangers hotspur fc afc`},
		{fOrgHead, `gallery galleries`},
		// railways, papers and hospitals: "Norland Rail", "the Daily Courier", "Pellworth Royal Infirmary"
		{fOrgHead, `rail courier express examiner inquirer sentinel dispatch infirmary hospice`},
		// firms and groups by their last word: "Harlow Books", "Vantage Advisory", "Vestra International"
		{fOrgHead | fCorp, `books publishing publishers steel advisory consulting consultants solutions analytics brewery supplies power utilities`},
		// and by their trade: "Tasman Dairy", "Orla Textiles", "Brant Haulage"
		{fOrgHead | fCorp, `dairy dairies beverages breweries distillers textiles apparel cosmetics plastics packaging haulage
			equities aviation automotive financial aircraft shipyards shipbuilding`},
		// builders, developers and traders: "Ashby Civil Engineering", "Corran Construction",
		// "Veld Properties", "Harlan Homes"
		{fOrgHead | fCorp, `engineering construction contractors developments properties estates builders trading
			manufacturing printing fisheries homes`},
		{fOrgHead, `international`},
		// ensembles: "the Tallis Quartet"
		{fOrgHead, `quartet quintet trio ensemble`},
		// orchestras and companies of the stage: "the Halden Philharmonic",
		// "the Kessel Sinfonietta", "the Norland Ballet"
		{fOrgHead, `philharmonic philharmonia sinfonietta sinfonia camerata ballet opera`},
		// firms named in their own language by their trade last: "Korvel
		// Energi", "Brenna Gruppen", "Aldorf Werke"
		{fOrgHead | fCorp, `energi energie gruppen gruppe konsern konzern werke verken rederi forsikring industri industrie`},
		// institutions named in their own language: "Karolinska Institutet", "Kelm Universitet"
		{fOrgHead, `institutet institut universitet universiteit hogskolan hochschule stiftelse stiftung`},
		// more things that stand somewhere: "the conservatory in Utrecht"
		{fSiteBefore, `conservatory academy college institute gallery theatre theater church cathedral stadium
			station laboratory lab plant mine bakery shop store farm base camp`},
		// memorials and graveyards are sites: "the Veld Memorial"
		{fPlaceHead, `memorial monument cemetery`},
		// a part of a place before its name: "Lower Dunmore", "North Harwick"
		{fPlaceStart, `lower upper north south east west northern southern greater`},
		// places named in Portuguese, Spanish and Italian: "Serra do Vento", "Rio Branco"
		{fPlaceStart, `serra sierra rio monte cerro lago ilha isla porto puerto costa`},
		// features after a name: "the Serra do Vento mountains", "the Rio Branco valley"
		{fAreaAfter, `mountains valley river hills islands peninsula`},
		{fOrgStart, `ministry department university bank office council institute court commission committee
			house chamber league federation union academy church federal state national royal central supreme
			united school college museum society board agency organisation organization association centre
			center fund foundation bureau order party army navy government musee museo universite universidad
			universita universitat banco banque banca ministere ministerio ministero institut instituto istituto
			societe sociedad teatro tribunal partido parti partito conservatoire conservatorio conservatory
			confederation consortium federacion federacao federazione confederacion confederacao confederazione
			sindicato sindacato syndicat asociacion associacao associazione comision comissao commissione consejo
			conselho consiglio conseil agencia agenzia clube klub`},
		// a club in its own language: "Remo Clube do Porto", "Sportovní Klub Kelm"
		{fOrgHead, `clube klub`},
		{fCorp, `inc corp corporation ltd llc llp plc ag gmbh sa nv bv spa ab asa oy co company group holdings
			holding industries enterprises motors airlines airways technologies systems labs shipping logistics
			pharmaceuticals partners foods brands telecom telecoms telecommunications securities capital energy
			insurance software electronics entertainment communications mining petroleum chemicals resources
			investments ventures robotics aerospace pharma infrastructure semiconductors semiconductor
			microsystems therapeutics biosciences`},
		// legal forms of companies abroad: "Kauppa Oyj", "Vasta SE"
		{fOrgHead | fCorp, `oyj se kk pty`},
		{fPlaceHead, `city town village county province oblast krai region district state states republic
			kingdom emirates island islands isle peninsula mountain mountains mount hills hill valley river
			lake bay sea ocean gulf strait channel canal coast desert forest park square street avenue road
			boulevard lane highway bridge airport airbase station port harbour harbor beach falls plain plains
			plateau basin delta glacier reef cape heights springs creek canyon building tower palace castle
			cathedral stadium arena plant pad complex facility base spaceport observatory dam airfield quarter
			borough municipality prefecture territory territories governorate commune township parish
			archipelago land lands`},
		{fPlaceStart, `mount mt ft lake gulf cape port fort isle sea bay strait river saint st san santa sao los
			las`},
		{fParticle, `van von de da di del della dei der den des du le la bin ibn bint al el ter ten dos das do
			y e zu af av d l mac`},
		{fSuffix, `jr sr ii iii iv v jnr snr`},
		{fPostNominal, `mp mep msp mla mpp mhk td kc qc obe mbe cbe kbe dbe frs frse`},
		{fSay, `said says say saying`},
		{fPersonVerb, `told tells added adds explained explains recalled recalls believes believed thinks thought
			wrote writes argued argues insisted insists admitted admits noted notes stressed stresses warned
			warns urged urges asked asks replied replies answered answers laughed smiled died dies resigned
			resigns retired retires married marries tweeted posted testified pleaded apologised apologized
			confessed joked shouted whispered sighed grew studied graduated spoke speaks speaking remembered
			remembers feels felt wants wanted hopes hoped knew knows says' claimed claims denied denies
			acknowledged acknowledges commented comments suggested suggests agreed agrees disagreed worried
			became becomes worked works lived lives served serves won wins lost joined joins left leaves
			visited visits met meets gave gives took takes came comes went goes herself himself`},
		{fPassive, `born arrested killed elected appointed sentenced charged injured jailed convicted
			acquitted married murdered hospitalized hospitalised wounded detained kidnapped executed
			nominated knighted buried raised educated interviewed quoted named hired fired dismissed
			indicted impeached honoured honored awarded diagnosed survived`},
		{fOrgVerb, `announced announces released releases launched launches unveiled unveils introduced
			introduces reported reports acquired acquires bought buys sold sells makes manufactures employs
			hired shipped ships raised filed sued settled posted opened closed invested invests plans
			issued issues offers offered produces produced develops developed operates operated owns owned
			slashed cut cuts expects expected recalled`},
		{fPronoun, `he she his her him himself herself`},
		{fLocPrep, `in near from to into across outside throughout around via toward towards inside at
			within`},
		{fOrgPost, `shares stock stocks spokesman spokeswoman spokesperson employees staff staffers
			headquarters hq ceo cfo cto coo chief chairman chairwoman founder cofounder boss executives
			executive subsidiary subsidiaries division products product stores store shareholders investors
			customers board brand website platform app devices software chips revenue revenues profit profits
			earnings sales logo`},
		{fPlacePost, `capital population government economy border borders army military parliament president
			prime residents people citizens territory coast mayor governor city cities region regions
			province provinces`},
		{fPlaceNoun, `city town village country state province region county district capital island
			suburb neighbourhood neighborhood municipality republic kingdom area port settlement oblast
			commune parish borough prefecture outskirts suburbs residents inhabitants mayor council`},
		{fOrgNoun, `company firm maker manufacturer group startup start-up retailer bank carrier agency
			operator producer publisher supplier airline insurer broadcaster studio lender chain
			conglomerate subsidiary charity nonprofit newspaper outlet think-tank institute university
			regulator organisation organization developer corporation business club team party union
			ministry department network magazine website brand label giant distributor vendor
			consultancy fund foundation association council committee band orchestra choir`},
		// firms by what they make or trade: "Tasman, the largest dairy exporter"
		{fOrgNoun, `exporter importer automaker carmaker drugmaker chipmaker steelmaker shipbuilder brokerage`},
		// and by what they run: "the Norwegian dairy Tine", "the brewery Kessler Bräu"
		{fOrgNoun, `dairy brewery distillery shipyard utility refiner grocer supermarket`},
		{fKin, `wife husband son daughter mother father brother sister family children child widow
			parents grandson granddaughter nephew niece career life death birthday funeral lawyer
			girlfriend boyfriend partner fiancee fiance`},
		// what only a person has, after "X's": "Halloran's tenure"
		{fKin, `tenure presidency premiership chancellorship resignation memoir memoirs autobiography
			biographer obituary assassination assassin impeachment inauguration reelection wedding marriage
			divorce killer killers murderer whereabouts grave`},
		{fNotAcr, `ceo cfo cto coo gmt utc est pst cet usd eur gbp jpy tv dna rna ai gdp hiv aids pdf sms gps
			faq ok am pm sdk api url urls pc pcs usb id ip dvd cd cds led lcd ram cpu gpu os vip diy hr pr
			mba phd md ad bc ce bce rss html http https www co2 ev evs suv suvs lp lps mp3 ipo vs
			fm am q iii ii iv vi vii viii ix xi xii mr mrs dr st`},
		{fConnector, `of for and the de du des on upon und`},
		{fAbbr, `mr mrs ms dr prof sen rep gen lt col maj capt cmdr adm gov pres st jr sr rev hon gen sgt
			cpl pvt brig supt insp det mt ft inc ltd co corp no vs etc approx dept est fig jan feb mar apr jun
			jul aug sep sept oct nov dec mme mlle messrs`},
		{fJoinBefore, `joined join joining founded cofounded co-founded acquired acquire buy bought leave left
			leaving quit sued`},
		{fWorkBefore, `works worked working work employee employees professor researcher student students
			scientist scientists analyst lecturer fellow director chief head staff job studied studies study studying
			taught teaches teaching enrolled`},
		// and those of a trade, more than one: "economists at Nordel",
		// "engineers at Kvant"
		{fWorkBefore, `analysts economist economists strategist strategists engineer engineers researchers
			professors lecturers executive executives traders trader bankers banker brokers lawyers`},
		{fStakeBefore, `shares stake stakes shareholding shareholdings shareholder shareholders`},
		{fDegree, `sc a s d ed eng phil litt com b m`},
		{fAreaAfter, `region regions province provinces district districts oblast county prefecture
			municipality governorate krai area canton voivodeship`},
		{fSiteBefore, `company companies firm firms office offices headquarters conference summit
			hospital hospitals school schools university factory factories studio studios
			festival embassy consulate airport restaurant hotel museum prison clinic campus warehouse
			championships championship olympics tournament marathon exhibition fair forum congress`},
		// people and bodies that are somewhere, and what happens there: "a
		// judge in Ostrava", "a rally in Balti", "the largest city in Kessa"
		{fSiteBefore, `judge judges court courts police officials authorities prosecutors residents voters
			protesters demonstrators rally rallies protest protests clashes troops soldiers charity branch
			centre center mosque temple synagogue hotel village town city home homes house`},
		// what happens somewhere and who lives or governs there: "the
		// election in Delmara", "cultural events in Varesh", "the regional
		// government in Cusco", "anyone in Ikeja", "a fire in Lembe"
		{fSiteBefore, `flat apartment cottage villa site sites dam mine`},
		{fSiteBefore, `election elections vote votes referendum polls polling stations government governments
			events anyone everyone families farmers workers businesses shops streets crash fire fires flood floods
			flooding earthquake quake attack attacks explosion blast shooting march marches strike strikes
			ceremony funeral concert concerts match race slalom final`},
		// and what someone did somewhere: "trained in Iten", "speaking in
		// Nis", "killed in Tessaly" (not "injured in Formula One")
		{fSiteBefore, `trained speaking killed arrested injured detained`},
		// and where one trains, works or keeps things: "trains in Iten",
		// "jobs in Wolvsburg", "a garage in Debrek"
		{fSiteBefore, `trains training jobs garage workshop depot`},
		// talks and meetings are held somewhere: "coalition talks in Estmark"
		{fSiteBefore, `talks negotiations meeting meetings`},
		{fInstitution, `treasury exchequer`},
		{fInstitution, `congress parliament senate knesset duma bundestag bundesrat kremlin pentagon vatican
			politburo eurogroup interpol europol nasa`},
		// parliaments called by their own names
		{fInstitution, `storting stortinget folketing riksdag riksdagen eduskunta sejm althingi oireachtas dail seanad
			majlis sabor saeima seimas riigikogu`},
	} {
		for _, word := range strings.Fields(w.words) {
			lex[word] |= w.flag
		}
	}
}

func addList(list string, flag uint64) {
	for len(list) > 0 {
		i := strings.IndexByte(list, '\n')
		line := list
		if i >= 0 {
			line, list = list[:i], list[i+1:]
		} else {
			list = ""
		}
		if line == "" || line[0] == '#' {
			continue
		}
		lex[line] |= flag
	}
}

// Legal forms that end a company's name written in lower case
// (lowerLegalForms: "Harbour Holdings plc") or in capitals only, being
// words too (capsLegalForms: "Norsk Batteri AS", never "as").
var (
	lowerLegalForms = map[string]bool{"plc": true}
	capsLegalForms  = map[string]bool{"as": true}
)

// legalFormAt reports whether token k is a legal form so written after a
// name's word that is not in capitals ("Batteri AS", not "DO IT AS").
func (s *state) legalFormAt(k int) bool {
	t := &s.toks[k]
	if k == 0 || !s.toks[k-1].Upper || s.toks[k-1].Caps || s.gap(k-1) != gSpace {
		return false
	}
	return lowerLegalForms[t.Key] && !t.Upper || capsLegalForms[t.Key] && t.Caps
}

// placeLinks join the words of a place's name in lower case, written
// between two capitalised words: "Mo i Rana", "Frankfurt am Main".
var placeLinks = map[string]bool{"i": true, "am": true, "im": true}

// hyphenLinks join the words of a place's name between hyphens
// ("Stratford-upon-Avon", "Villefranche-sur-Saône", "Aix-en-Provence",
// "Weston-super-Mare", "Frankfurt-am-Main").
var hyphenLinks = map[string]bool{"upon": true, "on": true, "under": true, "super": true, "sur": true, "sous": true,
	"en": true, "de": true, "du": true, "des": true, "le": true, "la": true, "les": true, "am": true, "an": true, "der": true, "im": true}

// placeLinkAt reports whether token k is a placeLinks word between two
// capitalised words, spaces around it.
func (s *state) placeLinkAt(k int) bool {
	t := &s.toks[k]
	// (the word's case and its neighbours' first: looking the word up
	// for every token of the article cost more)
	if t.Upper || k == 0 || k+1 >= len(s.toks) || !s.toks[k-1].Upper || s.toks[k-1].Caps || !s.toks[k+1].Upper || !placeLinks[t.Key] {
		return false
	}
	return s.gap(k-1) == gSpace && s.gap(k) == gSpace
}

// GivenName reports whether the folded word is a given name that is not
// also a common word ("maria", "george"; not "will"), for callers that
// judge a capitalised word before another name ("George Washington" is a
// person, "Bay St. Louis" a place).
func GivenName(key string) bool {
	return lexicon()[key]&fGiven != 0 && lexicon()[key]&fWord == 0
}

// CommonSurname reports whether the folded word is a frequent surname
// ("johnson", "miller"): alone in a text it may be anybody's.
func CommonSurname(key string) bool {
	return lexicon()[key]&(fSurname|fSurnameWord) != 0
}

// suffixFlags types a word no list holds by its ending: a "-maker"
// ("chipmaker", "carmaker") is a firm, as is a name ending in "-systems",
// "-tech" or "-soft" ("Kuopio Microsystems", "Norbiotech"); an "-ologist"
// or "-ician" is a profession.
func suffixFlags(key string) uint64 {
	if len(key) < 7 || lexicon()[key] != 0 { // (the length first: a lookup costs more)
		return 0
	}
	for _, suf := range []string{"maker", "makers"} {
		if strings.HasSuffix(key, suf) {
			return fOrgNoun
		}
	}
	for _, suf := range []string{"systems", "tech", "soft", "semiconductors", "pharma", "therapeutics", "biosciences", "networks"} {
		if strings.HasSuffix(key, suf) {
			return fOrgHead
		}
	}
	// a profession no list holds is a role before a name: "Seismologist
	// Hernando Tavera", "Statistician Ruth Obi", "Astrophysicist Lea
	// Brandt", "Biochemist Omar Haddad"
	for _, suf := range []string{"ologist", "ologists", "ographer", "ician", "onomist", "ometrist", "icist", "icists", "chemist", "chemists",
		// ("Forecaster Priya Bhatt", "Beekeeper Ana Ruiz", "Saxophonist
		// Lee Park", "Firefighter Tom Hale"; not "Bergqvist")
		"caster", "casters", "keeper", "keepers", "fighter", "fighters", "writer", "writers", "trainer", "trainers"} {
		if strings.HasSuffix(key, suf) {
			return fRole
		}
	}
	if strings.HasSuffix(key, "ist") && !strings.HasSuffix(key, "vist") {
		return fRole // "nutritionist", "saxophonist"
	}
	return 0
}

// CommonWord reports whether the folded word is a common English word
// that is not also a given name ("rival", "former"): capitalised only
// because it opens a sentence, it is no part of a name.
func CommonWord(key string) bool {
	f := lexicon()[key]
	return f&fWord != 0 && f&fGiven == 0
}

// ShortForms returns the shorter names a company goes by: its name less
// trailing corporate words ("Kestrel Motors AG" -> "Kestrel Motors",
// "Kestrel"), longest first, leaving out a form that is a common word, a
// demonym or a title ("General Motors" is never "General", "British
// Airways" never "British").
func ShortForms(name string) []string {
	words := strings.Fields(name)
	var out []string
	for n := len(words) - 1; n >= 1; n-- {
		last := text.Fold(words[n])
		if lexicon()[last]&fCorp == 0 && !(capsLegalForms[last] && words[n] == strings.ToUpper(words[n])) {
			break
		}
		if n == 1 && lexicon()[text.Fold(words[0])]&(fWord|fFunc|fDemonym|fTitle|fTitleMod|fMonthDay) != 0 {
			break
		}
		if lexicon()[text.Fold(words[n-1])]&(fConnector|fFunc) != 0 {
			break // "Department of Energy" is never "Department of"
		}
		out = append(out, strings.TrimRight(strings.Join(words[:n], " "), ","))
	}
	return out
}

// surnameHeads are head words of places and firms that are also common
// surnames: after a given name ("Tom Hill", "Chris Park", "John Banks")
// the name is as likely a person's.
var surnameHeads = map[string]bool{"hill": true, "park": true, "lake": true, "lane": true, "beach": true, "castle": true, "church": true, "banks": true,
	"power": true, "hall": true}

// personAsides open an aside between a name and its reporting verb that
// only a person does: "Hill, speaking outside the court, said".
var personAsides = map[string]bool{"speaking": true, "representing": true, "standing": true, "sitting": true, "flanked": true,
	"wearing": true, "smiling": true, "visibly": true, "addressing": true, "interviewed": true, "reached": true, "asked": true}

// bornBefore come before "in" and a place where someone or something is
// from or stays: "born in X", "based in X", "grew (up) in X".
var bornBefore = map[string]bool{"born": true, "based": true, "headquartered": true, "founded": true, "established": true, "incorporated": true, "located": true, "situated": true,
	"raised": true, "live": true, "lives": true, "lived": true, "living": true, "grew": true, "arrived": true, "landed": true, "brought": true, "settled": true,
	"held": true, "stationed": true, "died": true, "hospitalised": true, "hospitalized": true, "buried": true, "staged": true}

// possessives are the determiners of what someone has: "his wife, Lorna".
var possessives = map[string]bool{"his": true, "her": true, "their": true, "its": true, "our": true, "my": true, "your": true}

// irregularParticiples open a sentence's participial phrase like the
// "-ed" ones: "Led by X, the team ...", "Built by X, the bridge ...".
var irregularParticiples = map[string]bool{"led": true, "run": true, "built": true, "written": true, "begun": true,
	"bought": true, "set": true, "sold": true, "made": true, "held": true, "drawn": true, "taken": true, "chosen": true, "known": true}

// Participle reports whether the folded word reads as a past participle
// opening a phrase: "founded", "owned", "led", "built".
func Participle(key string) bool {
	if irregularParticiples[key] {
		return true
	}
	return len(key) > 4 && strings.HasSuffix(key, "ed") && lexicon()[key]&(fFunc|fGiven|fSurname) == 0
}

// SurnameHead reports whether the folded word is a head word of places or
// firms that is also a common surname ("hill", "park"): after a given
// name it names a person as likely.
func SurnameHead(key string) bool { return surnameHeads[key] }

// NameWord reports whether the folded word can be a word of a person's
// name: a given name or surname, or no common word at all.
func NameWord(key string) bool {
	f := lexicon()[key]
	return f&(fGiven|fGivenWeak|fSurname|fSurnameWord) != 0 || f&(fWord|fFunc|fDemonym|fMonthDay) == 0
}

// shipPrefixes open ships' names, which are no people, places or
// organisations: "MV Baltic Dawn", "HMS Dauntless", "USS Ford".
var shipPrefixes = map[string]bool{"mv": true, "ms": true, "mt": true, "hms": true, "uss": true, "rms": true,
	"hmas": true, "hmcs": true, "hmnzs": true, "ins": true, "fv": true, "rv": true}

// orgOpeners open the names of broadcasters ("Radio Norland"), statistics
// offices ("Statistics Norland") and of
// institutions named in their own language ("Stiftung Meeresforschung",
// "Fundación Azul", "Universität Kelm").
var orgOpeners = map[string]bool{"radio": true, "television": true, "statistics": true, "stiftung": true, "fundacion": true, "fundacao": true,
	"fondation": true, "fondazione": true, "stichting": true, "universitat": true, "universite": true, "universidad": true,
	"universidade": true, "universita": true, "universiteit": true, "uniwersytet": true, "instituto": true, "istituto": true,
	"institut": true, "hopital": true, "ospedale": true, "klinikum": true, "banco": true, "banque": true, "banca": true,
	"ministerio": true, "ministere": true, "ministero": true, "museo": true, "musee": true, "teatro": true, "partido": true,
	"sociedad": true, "societe": true, "verein": true, "hochschule": true, "politecnico": true,
	// firms named in their own language by their trade first: "Transportes
	// Oriol", "Grupo Velasco", "Construcciones Arana"
	"transportes": true, "construcciones": true, "construtora": true, "industrias": true, "grupo": true,
	"gruppo": true, "groupe": true, "compania": true, "companhia": true, "compagnie": true, "empresa": true, "empresas": true,
	"laboratorios": true, "aerolineas": true, "naviera": true, "petroleos": true, "inversiones": true, "servicios": true,
	"distribuidora": true, "cementos": true, "aceros": true, "minera": true,
	// unions, associations, federations and councils: "Federación de
	// Pescadores", "Sindicato Unido", "Associação dos Moradores"
	"federacion": true, "federacao": true, "federazione": true, "confederacion": true, "confederacao": true,
	"confederazione": true, "sindicato": true, "sindacato": true, "syndicat": true, "asociacion": true,
	"associacao": true, "associazione": true, "comision": true, "comissao": true, "commissione": true,
	"consejo": true, "conselho": true, "consiglio": true, "conseil": true, "agencia": true, "agenzia": true,
	// a country's adjective in its own language opens a firm's or a
	// body's name, never a person's: "Deutsche Telekom", "Norsk Hydro",
	// "Danske Bank", "Nederlandse Spoorwegen", "Svenska Kraftnät"
	"deutsche": true, "deutscher": true, "deutsches": true, "norsk": true, "norske": true, "dansk": true, "danske": true,
	"svenska": true, "svenskt": true, "nederlandse": true, "osterreichische": true, "schweizerische": true,
	"francaise": true, "suomen": true}

// bodyOpeners open the names of national bodies and the Crown's ("National
// Highways", "Royal Mail", "HM Coastguard"), even at a sentence's start,
// and may have their own "of" ("the Royal Courts of Justice"); not an
// office's title ("National Security Adviser").
var bodyOpeners = map[string]bool{"national": true, "royal": true, "hm": true}

// venueWords end the names of grounds, which a score may stand before as
// much as a side: "won 2-1 at the Harlow Arena".
var venueWords = map[string]bool{"arena": true, "park": true, "ground": true, "field": true, "stadium": true}

// sideWords are where a side stands in its league or a tie, before its
// name: "leaders Kelby", "holders Dunmore".
var sideWords = map[string]bool{"leaders": true, "champions": true, "holders": true, "hosts": true, "visitors": true,
	"strugglers": true, "favourites": true, "favorites": true, "underdogs": true, "newcomers": true}

// periodWords end the names of days, weeks and months kept, not of bodies:
// "National Poetry Day", "Royal Ascot Week".
var periodWords = map[string]bool{"day": true, "week": true, "month": true, "year": true}

// groupPossessors own an organisation's name as its first word:
// "Queen's University", "Women's Tennis Association", "People's Party".
var groupPossessors = map[string]bool{"women": true, "men": true, "people": true, "children": true, "workers": true,
	"veterans": true, "king": true, "queen": true, "farmers": true, "teachers": true, "nurses": true, "citizens": true}

// thingNouns after a name make it a craft's, a programme's or a
// product's, not a person's: "the Orion spacecraft", "Apollo missions".
var thingNouns = map[string]bool{"spacecraft": true, "capsule": true, "mission": true, "missions": true, "program": true,
	"programme": true, "rocket": true, "probe": true, "module": true, "satellite": true, "telescope": true, "rover": true,
	"lander": true, "vessel": true, "ship": true, "class": true, "project": true, "series": true, "software": true, "app": true, "crew": true}

// RoleNoun reports whether the folded word is a noun of people's roles
// and trades, not an honorific ("organiser", "striker", "biologist"; not
// "lord"): opening a sentence before a name, it says who the person is.
func RoleNoun(key string) bool {
	f := lexicon()[key] | suffixFlags(key)
	return f&fRole != 0 && f&fHonorific == 0
}

// OrgOpener reports whether the folded word opens an organisation's name
// ("Radio Norland", "Fundación Azul", "Universität Kelm").
func OrgOpener(key string) bool { return orgOpeners[key] }

// stateOffices are the offices of a country, region or city: capitalised
// before "of" and one word, that word is the place ("President of
// Valdoria", "Governor of Kessa", "King of Norland").
var stateOffices = map[string]bool{"president": true, "minister": true, "premier": true, "king": true, "queen": true,
	"emir": true, "sultan": true, "governor": true, "mayor": true, "monarch": true, "emperor": true, "empress": true}

// superlatives before a noun and "in" make a place of what follows:
// "the largest airline in Valdoria" (superlativeBefore).
var superlatives = map[string]bool{"largest": true, "biggest": true, "oldest": true, "busiest": true, "tallest": true,
	"highest": true, "longest": true, "richest": true, "poorest": true, "smallest": true, "deadliest": true, "newest": true,
	"best-known": true, "most": true}

// compassAdjectives before a name make it a place: "western Marovia".
var compassAdjectives = map[string]bool{"northern": true, "southern": true, "eastern": true, "western": true, "central": true,
	"north-eastern": true, "north-western": true, "south-eastern": true, "south-western": true, "northeastern": true,
	"northwestern": true, "southeastern": true, "southwestern": true, "coastal": true, "rural": true, "downtown": true, "suburban": true,
	// and where it lies from here: "in neighbouring Valmark", "nearby Kessel"
	"neighbouring": true, "neighboring": true, "nearby": true}

// namedPlurals end the names of events, awards, papers and fields rather
// than of teams: "the Commonwealth Games", "the Oslo Accords", "the
// Panama Papers", "Asian Studies" (see teamPlural).
var namedPlurals = map[string]bool{"games": true, "olympics": true, "paralympics": true, "awards": true, "prizes": true,
	"championships": true, "finals": true, "playoffs": true, "series": true, "wars": true, "talks": true, "accords": true,
	"conventions": true, "elections": true, "protests": true, "riots": true, "trials": true, "hearings": true,
	"papers": true, "files": true, "leaks": true, "tapes": true, "studies": true, "sciences": true, "arts": true,
	"affairs": true, "relations": true, "rights": true, "highlands": true, "lowlands": true, "dales": true, "downs": true,
	"fens": true, "moors": true, "marshes": true, "wetlands": true, "everglades": true, "narrows": true, "rapids": true,
	"keys": true, "wells": true, "lakes": true, "sands": true, "lines": true, "times": true, "news": true, "days": true}

// matchWords stand between sides and their score: "Kelby beat Dunmore
// 3-1", "a 2-1 win over Kelby", "lost 2-1 to Kelby at home".
var matchWords = map[string]bool{"beat": true, "beats": true, "defeated": true, "defeat": true, "defeats": true,
	"edged": true, "thrashed": true, "routed": true, "drew": true, "draw": true, "won": true, "win": true, "wins": true,
	"lost": true, "lose": true, "loses": true, "loss": true, "victory": true, "triumph": true, "against": true,
	"over": true, "to": true, "with": true, "by": true, "at": true, "home": true, "away": true, "the": true}

// holderNouns name who holds or works a thing, a firm as often as a
// person: after a possessor in an apposition ("Korvel Energi, the plant's
// owner") they say nothing of the name's kind.
var holderNouns = map[string]bool{"owner": true, "owners": true, "operator": true, "operators": true, "buyer": true,
	"seller": true, "supplier": true, "landlord": true, "tenant": true, "sponsor": true, "contractor": true,
	"shareholder": true, "bidder": true, "lender": true, "insurer": true, "builder": true}

// firmRelations name what a firm is to another: after "its" all of them
// make the name after them a firm ("its rival Telmara"); after a named
// possessor only those of weight 2, which no person is ("Aerion's parent,
// Gorvath,"; "Okafor's rival" is a person).
var firmRelations = map[string]uint8{"rival": 1, "rivals": 1, "competitor": 1, "competitors": 1, "partner": 1,
	"parent": 2, "supplier": 2, "suppliers": 2, "subsidiary": 2, "unit": 2, "affiliate": 2}

// localNouns after "a" and one name make it a place: who or what is
// from there ("a Manhattan court", "a Kessel man"), not a firm's ("a
// Vantor engineer") nor a party's ("a Labour councillor").
var localNouns = map[string]bool{"court": true, "judge": true, "jury": true, "magistrate": true, "coroner": true,
	"hospital": true, "mayor": true, "resident": true, "residents": true, "man": true, "woman": true, "teenager": true, "boy": true,
	"girl": true, "couple": true, "native": true, "prison": true, "jail": true, "suburb": true, "neighbourhood": true,
	"neighborhood": true}

// townNouns before "of", after "the", name the place that follows: "the
// town of X", "the province of X" (not "the mayor of", "the residents of").
var townNouns = map[string]bool{"city": true, "town": true, "village": true, "county": true, "district": true,
	"province": true, "region": true, "island": true, "suburb": true, "municipality": true, "port": true,
	"kingdom": true, "republic": true, "settlement": true, "commune": true, "parish": true, "borough": true,
	"prefecture": true, "oblast": true, "state": true, "capital": true,
	// the parts of a mountain or a shore: "the summit of Tarnkoll", "the
	// slopes of Mount Veska", "the shores of Lake Orsa"
	"summit": true, "slopes": true, "foothills": true, "shores": true}
