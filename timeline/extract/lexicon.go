package extract

import (
	"slices"
	"strings"

	"github.com/storygraph/storygraph/timeline"
)

// The lexicon: every word list the rules read, grouped by the rule that
// reads it. Lists are literals; TestLexiconHasNoDuplicates fails on a word
// listed twice in one list, and TestWordListsLiveInLexicon on a list
// written anywhere else. Folded keys (text.Token.Key) throughout: lower
// case, no diacritics, no possessive.

// set makes a word list into a set.
func set(words ...string) map[string]bool {
	m := make(map[string]bool, len(words))
	for _, w := range words {
		m[w] = true
	}
	return m
}

// ---- Sentences (splitSentences)

// abbreviations end with a dot that does not end a sentence. Lower-cased,
// without the dot.
var abbreviations = set(
	"mr", "mrs", "ms", "dr", "prof", "sen", "rep",
	"gen", "lt", "col", "maj", "capt", "cmdr", "adm",
	"gov", "pres", "st", "jr", "sr", "rev", "hon",
	"jan", "feb", "mar", "apr", "jun", "jul", "aug",
	"sep", "sept", "oct", "nov", "dec",
	"no", "vs", "etc", "approx", "inc", "ltd", "co",
	"corp", "dept", "est", "fig", "al", "e.g", "i.e",
	"u.s", "u.k", "u.n", "e.u", "a.m", "p.m")

// listSeparators join the items of a list of names (listedWithPlace).
var listSeparators = []string{" and ", ", and ", ", ", " or "}

// pairSeparators join two names into a pair (pairedWithPlace).
var pairSeparators = []string{" and ", " or "}

// endingAbbreviations can also end a sentence, their dot doing both jobs:
// a.m. and p.m. before anything but a time zone, the others before a word
// of sentenceStarts.
var endingAbbreviations = set("a.m", "p.m", "inc", "ltd", "co", "corp", "etc", "u.s", "u.k", "u.n", "e.u", "jr", "sr")

// sentenceStarts are words that open a sentence and never continue a name
// after an abbreviation ("the U.S. The ...", "Acme Inc. It ...").
var sentenceStarts = set("the", "a", "an", "he", "she", "it", "they", "we", "i", "you", "his", "her", "its",
	"their", "our", "this", "that", "these", "those", "there", "but", "and", "so", "yet", "however",
	"meanwhile", "in", "on", "at", "after", "before", "when", "while", "as", "if", "since", "earlier",
	"later", "last", "no", "some", "many", "most", "both", "all", "one", "two", "three")

// ---- Gazetteer names in context (findNames, ambiguousOK, placeAsModifier)

// locatives are words after which a capitalised ambiguous name is a place.
var locatives = set("in", "at", "from", "to", "near", "outside",
	"across", "into", "via", "toward", "towards", "visited", "visit",
	"around", "throughout", "inside")

// ---- Discovery of names the gazetteer lacks (discover, classifyRun,
// titledName, appositionNoun; roleWords and notNames also guard surnames)

// roleWords introduce a person's name when they stand right before it.
var roleWords = set("spokesman", "spokeswoman", "spokesperson", "envoy", "adviser", "advisor", "aide",
	"minister", "president", "secretary", "ambassador", "negotiator", "commander", "chief", "general",
	"governor", "mayor", "senator", "lawmaker", "official", "director", "head", "chairman", "chairwoman",
	"chair", "ceo", "founder", "cofounder", "executive", "analyst", "professor", "economist",
	"administrator", "deputy", "leader", "premier", "chancellor", "king", "queen", "prince", "princess",
	"journalist", "correspondent", "reporter", "counterpart", "lawyer", "judge", "prosecutor",
	"commissioner", "representative", "mr", "mrs", "ms", "dr", "sen", "rep", "gen", "lt", "col", "sgt",
	"capt", "adm", "sir", "dame", "lord", "lady", "astronaut", "engineer", "scientist", "manager",
	"officer", "activist", "candidate", "ombudsman", "vice", "mp", "chairperson", "designer", "author",
	"researcher", "expert", "colonel", "lieutenant", "major", "captain", "admiral", "sergeant", "pilot",
	"coach", "player", "singer", "actor", "actress", "cardinal", "bishop", "patriarch", "rabbi", "imam",
	"cto", "cfo", "coo", "president-elect", "predecessor", "successor", "boss", "tycoon", "billionaire",
	"entrepreneur", "investor", "press", "strategist", "diplomat", "envoys",
	"attorney", "chief-executive", "mogul", "emir", "crown", "sheikh", "ayatollah", "dictator")

// reportVerbs after a name make it a speaker, hence a person (or an
// organisation when the name has an organisation head word). They also
// make a capital a speaking government (metonym) and close a sentence
// with its source (trailingAttribution).
var reportVerbs = set("said", "says", "told", "added", "warned", "stated", "noted", "explained",
	"announced", "claimed", "insisted", "stressed", "argued", "wrote", "tweeted", "acknowledged",
	"confirmed", "denied", "admitted", "replied", "asked", "urged", "recalled", "commented")

// partNouns before a name make it a firm's part, an organisation ("the
// European unit Vexel", "its budget brand Flyr"; firmNounBefore), but
// "the unit" alone is no firm named before (unlike firmNouns: "led the
// unit" may be a ward).
var partNouns = set("unit", "brand", "division", "affiliate")

// copulas say what someone is: "she is Czech".
var copulas = set("is", "was", "are", "were", "being", "became", "become", "remains", "remained")

// tradeTitles are titles of a trade, not of a state's office: a demonym
// before them says where one is from ("Spanish director", "Japanese
// astronaut"), not which state acts.
var tradeTitles = set("director", "executive", "ceo", "chairman", "chairwoman", "professor", "prof", "dr",
	"astronaut", "pilot", "specialist", "administrator")

// firmStaff are a firm's people named after it and before their own
// names: "Jefferies analyst Tom Raeburn" (not its spokesman, whom a
// person has too).
var firmStaff = set("analyst", "analysts", "economist", "economists", "strategist", "strategists", "engineer",
	"engineers", "employees", "executives", "researchers", "scientists")

// orgHeads end organisation names.
var orgHeads = set("ministry", "agency", "council", "committee", "commission", "company", "corp",
	"corporation", "inc", "ltd", "llc", "plc", "group", "bank", "university", "institute", "foundation",
	"party", "forces", "force", "army", "navy", "service", "office", "department", "authority", "association",
	"union", "organization", "organisation", "fund", "court", "parliament", "assembly", "administration",
	"board", "center", "centre", "network", "systems", "technologies", "airlines", "airways", "motors",
	"labs", "partners", "holdings", "media", "news", "times", "post", "journal", "telegraph", "guardian",
	"bureau", "coalition", "alliance", "bloc", "federation", "guard", "police", "command", "industries",
	"enterprises", "ag", "gmbh", "sa", "co", "communications", "electronics", "software", "pharmaceuticals",
	"energy", "oil", "gas", "capital", "securities", "investments", "broadcasting", "press", "cabinet",
	"secretariat", "directorate", "brigade", "battalion", "regiment", "division", "front", "movement",
	"club", "society", "school", "college", "hospital", "inc.", "entertainment", "studios",
	"records", "pictures", "telecom", "mobile", "motor", "aerospace", "dynamics", "robotics", "ventures",
	// sports clubs and galleries: "Pelton United", "Kelby Rovers", "the Harlan Gallery"
	"united", "rovers", "wanderers", "athletic", "albion", "rangers", "hotspur", "fc", "afc", "gallery", "community", "unit",
	"trust", "rail", "courier", "express", "examiner", "inquirer", "sentinel", "dispatch", "infirmary", "hospice",
	"books", "publishing", "publishers", "steel", "advisory", "consulting", "consultants", "solutions", "analytics",
	"brewery", "supplies", "international", "services", "power", "utilities", "quartet", "quintet", "trio", "ensemble",
	"institutet", "institut", "universitet", "universiteit", "hogskolan", "hochschule", "stiftelse", "stiftung",
	// firms by their trade: "Tasman Dairy", "Brant Haulage", "Kestrel Equities", "Kestrel Aircraft"
	"aircraft", "shipyards", "shipbuilding", "confederation", "consortium", "logistics", "freight", "shipping", "mining", "resources", "chemicals", "insurance", "brands", "foods",
	"dairy", "dairies", "beverages", "breweries", "distillers", "textiles", "apparel", "cosmetics", "plastics",
	"packaging", "haulage", "equities", "aviation", "automotive", "financial")

// Legal forms of companies that end their names: capitalised
// (legalForms: "Kauppa Oyj", "Vasta SE"; the commonest are orgHeads), in
// lower case (lowerLegalForms: "Harbour Holdings plc"), or in capitals
// only, being words too (capsLegalForms: "Norsk Batteri AS", never "as").
var (
	legalForms      = set("asa", "oyj", "oy", "nv", "bv", "spa", "se", "kk", "llp", "pty", "plc")
	lowerLegalForms = set("plc")
	capsLegalForms  = set("as")
)

// placeHeads end the names of sites and facilities ("Vehicle Assembly
// Building", "Stennis Space Center", "Launch Complex 39B" is caught by its
// head "Complex").
var placeHeads = set("building", "complex", "facility", "airport", "airbase", "base", "station", "port",
	"harbour", "harbor", "bridge", "square", "palace", "hall", "tower", "cathedral", "stadium", "plant",
	"pad", "range", "island", "islands", "mountain", "mountains", "river", "lake", "bay", "valley",
	"desert", "canal", "street", "avenue", "road", "district", "county", "province", "oblast", "region",
	"center", "centre", "park", "peninsula", "strait", "gulf", "dam", "airfield", "spaceport", "observatory",
	"memorial", "monument", "cemetery")

// orgStarts begin organisation names followed by "of".
var orgStarts = set("ministry", "department", "university", "bank", "office", "council", "institute",
	"court", "commission", "committee", "house", "chamber", "league", "federation", "union", "academy",
	"church", "federal", "state", "national", "royal", "central", "supreme", "united",
	// the same heads in the languages whose names news keeps untranslated
	"musee", "museo", "universite", "universidad", "universita", "universitat", "banco", "banque", "banca",
	"ministere", "ministerio", "ministero", "institut", "instituto", "istituto", "societe", "sociedad",
	"teatro", "theatre", "tribunal", "partido", "parti", "partito")

// connectors may stand inside an organisation name.
var connectors = set("of", "for", "and", "the", "on", "de", "&", "des", "del", "della", "di", "du", "la", "le", "y")

// nameParticles may stand inside a person's name.
var nameParticles = set("bin", "al", "el", "de", "da", "di", "van", "von", "der", "den", "la", "le", "du", "ibn", "abu",
	"del", "della", "dei", "dos", "das", "des", "ter", "ten", "bint", "zu")

// notNames are capitalised words that begin sentences or headings but are
// not names.
var notNames = set("the", "a", "an", "in", "on", "at", "for", "with", "and", "but", "or", "as", "by",
	"from", "to", "of", "while", "when", "after", "before", "this", "that", "these", "those", "it",
	"he", "she", "they", "we", "i", "his", "her", "their", "our", "its", "there", "here", "however",
	"meanwhile", "also", "yet", "still", "if", "so", "no", "not", "mr", "mrs", "ms", "dr", "monday",
	"tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february", "march",
	"april", "may", "june", "july", "august", "september", "october", "november", "december",
	"what", "who", "where", "why", "how", "both", "all", "some", "many", "most", "more", "one", "two",
	"three", "first", "last", "new", "now", "today", "yesterday", "tomorrow", "earlier", "later",
	"according", "despite", "although", "though", "since", "until", "during", "under", "over", "about",
	"president", "minister", "prime", "secretary", "chief", "general", "foreign", "defence", "defense",
	"state", "special", "envoy", "spokesman", "spokeswoman", "adviser", "advisor", "senior", "deputy",
	"former", "vice", "head", "official", "officials", "sources", "source", "read", "related", "photo",
	"image", "video", "live", "update", "breaking", "exclusive", "analysis", "opinion", "editor", "world",
	"news", "politics", "business", "statement", "press", "release", "speech", "remarks", "transcript",
	"article", "section", "chapter", "part", "page", "my", "your", "you", "me", "us", "them", "him",
	"every", "each", "any", "such", "only", "even", "just", "again", "then", "thus", "once", "other",
	"another", "further", "additionally", "finally", "overall", "together", "indeed", "instead", "rather",
	"already", "yes", "thank", "thanks", "dear", "ladies", "gentlemen", "colleagues", "friends", "good",
	"great", "let", "do", "does", "did", "is", "are", "was", "were", "be", "have", "has", "had", "will",
	"would", "can", "could", "should", "must", "might", "we've", "i'm", "ukrainian", "russian", "american",
	"european", "british", "french", "german", "chinese",
	"executive", "officer", "operating", "financial", "justice", "judge", "presiding", "secretary-general",
	"commissioner", "ambassador", "governor", "mayor", "senator", "representative", "spokesperson", "mp")

// titleWords are capitalised titles that, inside a run of capitalised
// words, introduce the name that follows them. They also mark a place
// that qualifies a title ("US Special Envoy", placeAsModifier).
var titleWords = set("commander", "pilot", "specialist", "president", "minister", "secretary", "general",
	"chancellor", "ambassador", "governor", "senator", "mayor", "chairman", "chairwoman", "director", "envoy",
	"spokesman", "spokeswoman", "spokesperson", "adviser", "advisor", "judge", "justice", "king", "queen",
	"prince", "princess", "pope", "sheikh", "emir", "colonel", "captain", "admiral", "sergeant", "lieutenant",
	"major", "dr", "mr", "mrs", "ms", "prof", "professor", "sir", "dame", "lord", "lady", "astronaut",
	"administrator", "officer", "executive", "ceo", "premier", "representative", "commissioner",
	"attorney", "prosecutor", "sheriff", "councillor", "councilman", "councilwoman", "detective", "inspector",
	// abbreviated, as British and military styles write them without a dot
	"maj", "gen", "lt", "col", "brig", "sgt", "capt", "cmdr", "adm", "cpl", "pvt", "gov", "sen", "insp", "supt", "rev")

// localTitleWords introduce a name as titleWords do (isTitleWord reads
// both): titles of local office, peerage, consular, legal and clerical
// rank ("Cllr Desmond Okonjo", "Baroness Whitcombe").
var localTitleWords = set("councillor", "councilor", "cllr", "alderman", "alderwoman", "assemblyman",
	"assemblywoman", "assemblymember", "baroness", "viscount", "viscountess", "countess", "marquess",
	"marchioness", "consul", "magistrate", "coroner", "commodore", "ayatollah", "mufti", "nuncio",
	"archdeacon", "solicitor", "comptroller",
	// police ranks: "Detective Superintendent Abena Owusu"
	"detective", "inspector", "superintendent", "constable",
	// honorifics of other languages ("Doña Rosa Huaman", "Signora Lucia
	// Ferri"), folded
	"dona", "senor", "senora", "senorita", "sra", "srta", "signor", "signora", "herr", "frau", "monsieur",
	"madame", "mme", "mlle")

// orgNouns in an apposition make the name before it an organisation.
var orgNouns = set("developer", "company", "firm", "maker", "group", "startup", "start-up", "retailer", "bank",
	"manufacturer", "carrier", "agency", "operator", "producer", "publisher", "supplier", "airline", "insurer",
	"broadcaster", "studio", "lender", "chain", "conglomerate", "subsidiary", "charity", "nonprofit",
	"non-profit", "newspaper", "outlet", "think-tank", "institute", "university", "regulator", "club", "team",
	"party", "union", "association", "federation", "band", "orchestra", "school", "hospital", "magazine",
	"website", "network", "foundation", "organisation", "organization", "movement", "coalition", "league")

// timeUnits before "later" count a span after something told ("two days
// later": futureIn).
var timeUnits = set("minute", "minutes", "hour", "hours", "day", "days", "week", "weeks", "month", "months", "year", "years", "decade", "decades")

// passiveAux before a participle make the happening passive (castNames).
var passiveAux = set("was", "were", "been", "be", "is", "are", "being")

// countryFirmWords before a country's name make a firm's (firmOfCountry).
var countryFirmWords = set("air", "radio", "bank", "telecom")

// marketWords before "closed" or "opened" tell a trading day, not a
// decision (triggerInContext).
var marketWords = set("shares", "stock", "stocks", "index", "indices", "markets", "market", "trading", "futures", "bonds", "yields")

// fortuneWords before "hit" or "struck" make a business's fortunes hit,
// no attack: "profits would be hit hard" (kindInContext).
var fortuneWords = set("profit", "profits", "earnings", "sales", "revenue", "revenues", "results", "margins", "economy",
	"growth", "output", "demand", "income", "prices", "price")

// tradeVerbs before a number tell a sales figure, not a deal
// (triggerInContext).
var tradeVerbs = set("sold", "sells", "sell", "selling", "bought", "buys", "buy", "buying", "purchased", "shipped")

// compoundEnds are the second words of hyphenated compounds after a name
// ("Kyiv-based", "Trump-backed"): no part of the name (gap).
var compoundEnds = set("based", "led", "born", "backed", "owned", "run", "style", "era", "made", "like", "related",
	"linked", "bound", "wide", "level", "type", "friendly", "sponsored", "controlled", "held", "occupied", "speaking",
	"funded", "built", "bred", "centric", "free", "only", "plus")

// objectVerbs take an object before what they report ("informed the
// Authority that ...": clauseMarker).
var objectVerbs = set("informed", "told", "briefed", "thanked", "urged", "asked", "reminded", "assured", "notified",
	"congratulated", "invited", "tells", "informs", "thanks", "urges", "asks", "welcomed", "welcomes", "praised",
	"criticised", "criticized", "condemned", "rejected", "described", "hailed", "backed")

// backstoryWords right before a happening tell it happened before the
// story (backstory): "last met", "had visited", "previously served".
var backstoryWords = set("last", "had", "previously", "first", "once", "formerly", "earlier")

// pluperfectBetween may stand between "had" and a happening told before
// the story: "had been accused", "had already signed" (backstory).
var pluperfectBetween = set("been", "already", "previously", "first", "once", "twice", "earlier", "also", "never")

// durationVerbs after "strike" tell a walkout (kindInContext).
var durationVerbs = set("began", "begins", "ended", "ends", "continued", "continues", "entered", "enters", "lasted", "lasts", "dragged",
	"resumed", "resumes", "started", "starts", "concluded")

// placeOrSiteHeads end the names of sites and bodies named after people
// ("the Neil Armstrong Operations and Checkout Building", "the John F.
// Kennedy School"): namesASite.
var placeOrSiteHeads = set("building", "center", "centre", "airport", "school", "foundation", "institute", "hospital",
	"stadium", "hall", "bridge", "station", "college", "university", "park", "square", "street", "avenue")

// approximators stand before a number ("about 10 million").
var approximators = set("about", "some", "nearly", "almost", "around", "roughly", "over", "approximately", "just")

// peopleParticiples after "the" name people, not a happening ("the
// injured were taken to hospital"; triggerInContext).
var peopleParticiples = set("injured", "wounded", "killed", "arrested", "detained", "displaced", "accused", "convicted", "evacuated", "rescued")

// firmNouns before a name, after an article, make it an organisation
// ("the company Transportes Virgen del Carmen"); nouns that also name a
// person's trade (developer, producer, publisher) are left out.
var firmNouns = set("company", "firm", "carrier", "airline", "bank", "lender", "retailer", "broadcaster", "insurer", "daily", "weekly", "tabloid",
	"conglomerate", "startup", "start-up", "operator", "newspaper", "magazine", "chipmaker", "automaker", "carmaker",
	"manufacturer", "supplier", "charity", "subsidiary", "consultancy", "publisher", "distributor", "drugmaker",
	"brewer", "shipbuilder", "utility", "group", "agency", "watchdog", "regulator", "organisation", "organization",
	"brokerage", "exporter", "importer", "steelmaker", "planemaker", "miner",
	// who publishes, broadcasts or organises: "the journal Planetary
	// Letters", "the union Unitra", "the channel Kanal Nord"
	"journal", "union", "channel", "network", "outlet", "label")

// firmTrades are the trades before a firm noun ("the electronics maker",
// "the media group"); firmBases end a word of where a firm is
// ("Lisbon-based", "Oslo-listed", "state-owned"): "the <modifier>
// company" still stands for a firm named before (firmAt).
var (
	firmTrades = set("electronics", "media", "software", "technology", "tech", "steel", "oil", "energy", "drug", "food", "mining",
		"insurance", "telecoms", "telecom", "chemicals", "entertainment", "fashion", "logistics", "shipping", "travel", "car",
		"aircraft", "chip", "construction", "engineering", "investment", "pharmaceutical", "pharmaceuticals", "retail", "music",
		"publishing", "property", "gaming", "biotech", "biotechnology", "defence", "defense", "payments", "internet",
		"streaming", "beverage", "beverages", "tobacco", "toy", "textile", "household", "cosmetics", "battery", "semiconductor")
	firmBases = set("based", "listed", "owned", "headquartered", "controlled", "backed")
)

// notFirmMakers make a person of a maker: "the policy maker", "the film
// maker"; before "maker", any other word is a firm's trade ("the laptop
// maker").
var notFirmMakers = set("policy", "decision", "film", "movie", "peace", "match", "trouble", "rule", "law", "king", "money",
	"cabinet")

// maleNamesInA are men's given names that end in -a (feminineName):
// "he" may stand for them.
var maleNamesInA = set("luca", "nicola", "nikola", "joshua", "jonah", "ilya", "nikita", "misha", "mustafa", "musa", "isa",
	"issa", "elijah", "akira", "kenta", "ryota", "yuta", "shota", "juma", "hamza", "attila", "battista", "ezra", "sota", "kuba",
	"kosta", "vova")

// firmSectors are the trades of firm nouns that name one (otherTrade):
// firms named by nouns of two trades are two firms.
var firmSectors = map[string]string{"airline": "air", "carrier": "air", "bank": "finance", "lender": "finance",
	"insurer": "finance", "brokerage": "finance", "carmaker": "car", "automaker": "car", "planemaker": "plane",
	"drugmaker": "drug", "chipmaker": "chip", "steelmaker": "steel", "shipbuilder": "ship", "brewer": "drink",
	"miner": "mining", "retailer": "retail", "newspaper": "press", "magazine": "press", "daily": "press", "weekly": "press",
	"tabloid": "press", "broadcaster": "broadcast", "channel": "broadcast", "utility": "utility"}

// publicHeads end the names of bodies that rule on firms, not firms:
// "the two companies" after "the European Commission" are not it
// (castFirmPair).
var publicHeads = set("commission", "court", "ministry", "authority", "agency", "council", "parliament", "government",
	"department", "office", "tribunal", "senate", "congress", "police", "union", "regulator", "board", "party", "alliance",
	"coalition", "movement", "front", "league", "assembly", "committee")

// firmCompounds make a noun of a firm noun before them: "the bank tax",
// "the airline industry" are no firm (firmAt).
var firmCompounds = set("tax", "taxes", "levy", "account", "accounts", "loan", "loans", "holiday", "holidays", "robbery", "note",
	"notes", "card", "cards", "branch", "branches", "industry", "industries", "sector", "sectors", "market", "markets", "rate",
	"rates", "fee", "fees", "deposit", "deposits", "logo", "website", "law", "laws", "system", "ticket", "tickets", "seat", "seats")

// herFollowers come after "her" as an object, not as a possessive:
// "named her as chair", "thanked her for" (objectPronoun).
var herFollowers = set("as", "for", "to", "on", "in", "at", "with", "of", "from", "and", "after", "before", "over", "about",
	"last", "this", "that", "because")

// appositionArticles open an apposition: "Helios Games, a Seattle-based
// developer,".
var appositionArticles = set("a", "an", "the")

// ---- Office titles (resolveTitles)

// titles are folded office titles that, after "the", name one person.
// The first that matches wins.
var titles = [][]string{
	{"prime", "minister"}, {"president"}, {"chancellor"}, {"foreign", "secretary"}, {"foreign", "minister"},
	{"defence", "secretary"}, {"defence", "minister"}, {"defense", "secretary"}, {"secretary", "of", "state"},
	{"vice", "president"}, {"king"}, {"queen"}, {"pope"},
	{"head", "of", "state"}, {"head", "of", "government"},
}

// namedTitles are the titles that, after "the", stand for the person the
// article introduced with them (titledNamed): the offices of titles, and
// the titles of firms, towns and teams.
var namedTitles = append(slices.Clone(titles), [][]string{
	{"chief", "executive"}, {"chief", "executive", "officer"}, {"ceo"}, {"chairman"}, {"chairwoman"},
	{"mayor"}, {"governor"}, {"minister"}, {"senator"}, {"ambassador"}, {"envoy"}, {"coach"}, {"manager"},
	{"founder"}, {"director"}, {"commander"}, {"premier"},
}...)

// namedTitleWords are the first words of namedTitles.
var namedTitleWords = func() map[string]bool {
	m := map[string]bool{}
	for _, t := range namedTitles {
		m[t[0]] = true
	}
	return m
}()

// titleOffices are the offices a generic title stands for, tried in
// order: "the Head of State" on a presidency's site is its President.
var titleOffices = map[string][][]string{
	"head of state":      {{"president"}, {"king"}, {"queen"}},
	"head of government": {{"prime", "minister"}, {"chancellor"}},
}

// tldCountries maps a web domain's ending to the outlet's country.
var tldCountries = map[string]string{
	"uk": "United Kingdom", "ua": "Ukraine", "ru": "Russia", "fr": "France", "de": "Germany", "it": "Italy",
	"pl": "Poland", "ca": "Canada", "au": "Australia", "in": "India", "jp": "Japan", "gov": "United States",
	"mil": "United States", "ie": "Ireland", "es": "Spain", "nl": "Netherlands", "be": "Belgium",
	"ch": "Switzerland", "at": "Austria", "se": "Sweden", "no": "Norway", "fi": "Finland", "dk": "Denmark",
	"tr": "Turkey", "il": "Israel", "cn": "China", "kr": "South Korea", "ee": "Estonia", "lv": "Latvia",
	"lt": "Lithuania", "cz": "Czech Republic", "sk": "Slovakia", "hu": "Hungary", "ro": "Romania",
	"md": "Moldova", "by": "Belarus", "nz": "New Zealand", "za": "South Africa", "br": "Brazil",
}

// ---- Triggers (the trigger stage, leadingEvents)

// triggerWords are the words that report a happening, by kind. A word
// has one kind (TestTriggerWordsHaveOneKind): "called" is a statement
// ("called for a ceasefire") and "dismissed" a decision (a firing; as a
// denial it is in denials). Each was also listed under a second kind,
// where the later list overrode it.
var triggerWords = []struct {
	kind  timeline.Kind
	words []string
}{
	{timeline.KindMeeting, []string{"meet", "meets", "met", "meeting", "meetings", "summit", "summits", "hosted", "hosts",
		"host", "hosting", "received", "receives", "visit", "visited", "visits", "visiting", "call",
		"phoned", "spoke", "speak", "conversation", "conversations", "gathered", "convened", "convene", "attended", "attend", "attends", "welcomed",
		"summoned", "talked"}},
	{timeline.KindNegotiation, []string{"talks", "negotiations", "round", "negotiate", "negotiated", "negotiating", "discussed",
		"discuss", "discusses", "discussion", "discussions", "consultations", "mediated", "mediation"}},
	{timeline.KindStatement, []string{"said", "says", "say", "told", "tell", "tells", "stated", "states", "announced",
		"announces", "announce", "warned", "warns", "warn", "claimed", "claims", "acknowledged", "acknowledges",
		"denied", "denies", "insisted", "insists", "noted", "notes", "stressed", "stresses", "emphasised",
		"emphasized", "reported", "reports", "declared", "declares", "added", "urged", "urges", "condemned",
		"condemns", "praised", "praises", "criticised", "criticized", "accused", "accuses", "mentioned",
		"confirmed", "confirms", "expressed", "reiterated", "reaffirmed", "underlined", "highlighted",
		"thanked", "thanks", "congratulated", "congratulates", "wrote", "tweeted", "posted", "argued", "explained", "remarked", "commented",
		"rejected", "rejects", "called", "appealed", "statement", "address", "addressed",
		"speech", "interview", "briefing", "clear", "optimism", "optimistic", "vowed", "pledged", "promised",
		"answered", "answers", "outlined", "set", "published", "issued", "questions", "teleconference", "informed", "briefed",
		"admitted", "admits", "conceded", "concedes", "described", "describes", "revealed", "reveals", "disclosed",
		"predicted", "predicts", "recalled", "responded", "replied", "asserted", "blamed", "apologised", "apologized",
		"joked", "quipped", "boasted", "attributed", "hinted", "hints", "recommended", "recommends"}},
	{timeline.KindTravel, []string{"heading", "head", "heads", "headed", "travel", "travels", "travelled", "traveled",
		"travelling", "traveling", "arrive", "arrived", "arrives", "arriving", "fly", "flew", "flies",
		"flying", "depart", "departed", "departs", "trip", "trips", "landed", "returned", "tour", "toured"}},
	{timeline.KindAttack, []string{"strike", "strikes", "struck", "attack", "attacks", "attacked", "shelling", "shelled",
		"bombardment", "bombed", "bombing", "missile", "missiles", "drone", "drones", "shot", "assault",
		"offensive", "raid", "raids", "hit", "hits", "launched", "barrage", "explosion", "explosions",
		"blast", "fired", "intercepted", "downed", "invasion", "invaded", "airstrike", "airstrikes"}},
	{timeline.KindCasualty, []string{"killed", "killing", "kills", "died", "dead", "wounded", "injured", "injuring",
		"casualties", "deaths", "death", "victims", "life", "lives", "perished"}},
	{timeline.KindAgreement, []string{"agreed", "agree", "agrees", "agreement", "agreements", "signed", "sign", "signs",
		"signing", "deal", "accord", "declaration", "adopted", "endorsed", "ratified", "treaty", "truce",
		"ceasefire", "memorandum", "exchange", "exchanged", "swap", "accepted", "accepts"}},
	{timeline.KindProposal, []string{"proposed", "proposes", "propose", "proposal", "proposals", "offered",
		"offers", "offer", "draft", "framework", "initiative", "suggested", "suggests", "submitted", "presented"}},
	{timeline.KindDecision, []string{"decided", "decides", "decision", "approved", "approves", "imposed", "imposes",
		"ordered", "orders", "appointed", "appoints", "sanctions", "sanctioned", "authorised", "authorized",
		"allocated", "allocates", "provide", "provided", "provides", "pledge", "package", "committed",
		"commits", "funding", "ban", "banned", "extended", "suspended", "dismissed", "resigned", "elected",
		"voted", "passed", "released", "unveiled", "launch", "postponed", "delayed", "scheduled", "rolled",
		"completed", "began", "begins", "started", "starts", "ended", "opened", "closed", "commit", "establish",
		"established", "establishes", "opens", "deploy", "deployed", "deploys", "scrapped", "scraps", "cancelled", "canceled", "cancels"}},
	{timeline.KindOther, []string{"test", "tests", "tested", "testing", "rehearsal", "rollout", "trek", "repairs", "repaired",
		"replaced", "conducted", "conduct", "concluded", "concluding", "demonstrated", "update", "prepare", "preparing",
		"preparations", "undergoing", "evaluate", "installed", "reconnecting", "retracted", "fueling", "moved",
		"moving", "docked", "splashdown", "liftoff", "demoed", "showcased", "showed", "inspected", "inspect", "inspects", "unfolded", "assembled", "stacked"}},
}

// happeningVerbs are the happenings of general news, as verbs by kind:
// the event types of the ACE 2005 annotation guidelines (life, movement,
// transaction, business, conflict, personnel, justice) and disasters, so
// that stories unlike the ones storygraph was first built on still have
// their happenings found. triggerTable adds each verb's past tense and
// participle ("arrested", "sold") as a trigger anywhere and its base form
// only where it is a verb (after verbMarkers: "will sue", "to sell");
// a word already in triggerWords keeps its kind there.
var happeningVerbs = []struct {
	kind  timeline.Kind
	verbs []string
}{
	{timeline.KindCasualty, []string{"murder", "assassinate", "drown", "injure", "wound"}},
	{timeline.KindAttack, []string{"stab", "ambush", "storm", "seize", "capture", "hijack", "kidnap", "abduct", "loot",
		"torch", "clash", "bomb", "shell", "shoot", "raid", "occupy"}},
	{timeline.KindTravel, []string{"evacuate", "flee", "deport", "extradite", "expel", "relocate", "escape", "sail", "retreat",
		"ship", "transport", "airlift"}},
	{timeline.KindAgreement, []string{"acquire", "buy", "purchase", "sell", "merge", "settle", "surrender", "join"}},
	{timeline.KindStatement, []string{"threaten", "testify", "plead", "alert"}},
	{timeline.KindDecision, []string{"arrest", "detain", "jail", "imprison", "charge", "indict", "sue", "convict",
		"sentence", "fine", "acquit", "pardon", "rule", "overturn", "uphold", "hire", "sack", "nominate", "retire",
		"cancel", "withdraw", "recall", "veto", "enact", "introduce", "invest", "donate", "quit", "found", "win", "lose", "cut", "lay",
		"file", "free", "pause", "finish", "succeed", "promote", "demote", "award", "grant", "lift", "ease", "tighten",
		"raise", "hike", "slash", "lower", "shut", "dissolve"}},
	{timeline.KindOther, []string{"flood", "erupt", "crash", "collapse", "explode", "burn", "sink", "derail", "rescue",
		"destroy", "damage", "demolish", "discover", "deliver", "restore", "vaccinate", "hospitalise", "hospitalize",
		"march", "inaugurate",
		"protest", "rally", "riot", "marry", "divorce", "steal", "rob", "burgle"}},
}

// serviceVerbs are happenings of transport, services and accidents that
// wire copy reports without any other trigger ("Two cargo ships collided
// on the river on Sunday night", "The ferry operator will resume services
// on Saturday", "expect the channel to reopen on Wednesday"), read like
// happeningVerbs: past forms anywhere, the base only after verbMarkers.
var serviceVerbs = []struct {
	kind  timeline.Kind
	verbs []string
}{
	{timeline.KindOther, []string{"collide", "capsize", "resume", "reopen", "halt", "reroute", "ground", "strand"}},
}

// happeningNouns are nouns of happenings that the time right after them
// makes a trigger ("A protest on 14 February drew 300 people", "the vote
// on Thursday"; triggerAt).
var happeningNouns = map[string]timeline.Kind{
	"protest": timeline.KindOther, "protests": timeline.KindOther, "rally": timeline.KindOther, "march": timeline.KindOther,
	"riot": timeline.KindOther, "crash": timeline.KindOther, "fire": timeline.KindOther, "earthquake": timeline.KindOther,
	"hearing": timeline.KindOther, "trial": timeline.KindOther, "funeral": timeline.KindOther, "ceremony": timeline.KindOther,
	"inauguration": timeline.KindOther, "auction": timeline.KindOther, "concert": timeline.KindOther, "match": timeline.KindOther,
	"vote": timeline.KindDecision, "election": timeline.KindDecision, "referendum": timeline.KindDecision, "verdict": timeline.KindDecision,
	// a mission's milestones ("Docking is planned for Saturday", "the
	// spacewalk on Thursday")
	"docking": timeline.KindOther, "undocking": timeline.KindOther, "splashdown": timeline.KindOther, "liftoff": timeline.KindOther,
	"spacewalk": timeline.KindOther, "flyby": timeline.KindOther, "rollout": timeline.KindOther,
}

// contestNouns are a contest's outcomes, happenings when a span before
// "after" dates them ("a day after a 3-0 home defeat": happeningAfter).
var contestNouns = set("defeat", "win", "victory", "draw", "loss")

// plannedWords after a happening's noun and "is" make it one still to
// come, with the time after "for" ("is planned for", "is scheduled for":
// plannedFor).
var plannedWords = set("planned", "scheduled", "targeted", "set", "slated", "expected")

// topicLinks bring in what a happening is about, with its own time
// (ofTheTopic); the link right before the time ("including on Monday")
// is no topic.
var topicLinks = []string{" including ", " involving ", " regarding ", " concerning "}

// promiseVerbs before "to" say what is to come: the time after it is
// that thing's, not the saying's (promisedLater).
// commitKinds commit to what comes by a deadline (commitmentBy).
var commitKinds = map[timeline.Kind]bool{timeline.KindStatement: true, timeline.KindAgreement: true, timeline.KindProposal: true, timeline.KindDecision: true}

var promiseVerbs = set("promised", "promises", "vowed", "vows", "pledged", "pledges", "threatened", "threatens",
	"undertook", "offered", "offers", "proposed", "proposes", "agreed", "agrees", "decided", "decides", "resolved")

// phrasalTriggers are verbs that report a happening only with the word
// after them (phrasalKind): "stepped down", "took office", "left the
// company", "underwent surgery", "made an appearance".
var phrasalTriggers = func() map[string]map[string]timeline.Kind {
	d, o, t := timeline.KindDecision, timeline.KindOther, timeline.KindTravel
	office := map[string]timeline.Kind{"office": d, "post": d, "job": d, "company": d, "party": d, "government": d,
		"board": d, "team": d, "club": d, "band": d, "country": t, "city": t, "capital": t, "hospital": o}
	down := map[string]timeline.Kind{"down": d, "aside": d}
	take := map[string]timeline.Kind{"office": d, "power": d, "over": d, "charge": d, "leave": d, "part": o, "place": o}
	place := map[string]timeline.Kind{"place": o} // "will take place", "had taken place"
	undergo := map[string]timeline.Kind{"surgery": o, "treatment": o, "operation": o, "transplant": o, "tests": o}
	appear := map[string]timeline.Kind{"appearance": o, "debut": o, "comeback": o, "return": o}
	keep := map[string]timeline.Kind{"unchanged": d, "steady": d}
	goTo := map[string]timeline.Kind{"polls": d, "missing": o, "strike": o, "bankrupt": d, "ahead": d, "sale": o}
	sworn := map[string]timeline.Kind{"in": d}
	run := map[string]timeline.Kind{"aground": o}
	breakOut := map[string]timeline.Kind{"out": o, "away": o} // "fire broke out", "broke away from the leading group"
	catch := map[string]timeline.Kind{"fire": o}              // "an oil platform caught fire"
	kick := map[string]timeline.Kind{"off": o}
	splash := map[string]timeline.Kind{"down": o}
	walk := map[string]timeline.Kind{"out": o} // "pilots walked out", a walkout
	return map[string]map[string]timeline.Kind{
		"walked": walk, "walk": walk, "walks": walk,
		"kept": keep, "keeps": keep, "keep": keep,
		"go": goTo, "goes": goTo, "went": goTo, "gone": goTo,
		"sworn": sworn, "swore": sworn, "swear": sworn,
		"ran": run, "runs": run, "run": run, "kicked": kick, "kicks": kick, "kick": kick,
		"splashed": splash, "splashes": splash,
		"broke": breakOut, "breaks": breakOut, "break": breakOut, "broken": breakOut,
		"caught": catch, "catches": catch,
		"stepped": down, "steps": down, "stepping": down, "step": down,
		"took": take, "takes": take, "taking": take, "take": place, "taken": place,
		"left": office, "leaves": office, "leaving": office, "leave": office,
		"underwent": undergo, "undergoes": undergo, "undergone": undergo,
		"made": appear, "makes": appear,
	}
}()

// quantifiers before an -s word make it a plural noun, not a verb
// (triggerAt): "40 million phones", "several votes", and so do the
// adjectives of how many more ("expect further cuts next year", "fresh
// talks").
var quantifiers = set("million", "billion", "thousand", "hundred", "many", "several", "few", "more", "most", "some", "all",
	"two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "dozens", "hundreds", "thousands", "millions",
	"further", "fewer", "additional", "fresh", "new", "deeper")

// servicePresent are serviceVerbs in the present simple, triggers too:
// news gives a service's timetable so ("The plant reopens on Thursday,
// the company said"), and forwardIfPresent dates it to the coming day.
// Not "grounds" or "strands", which are nouns as often.
var servicePresent = []string{"reopens", "resumes", "halts", "reroutes", "capsizes", "collides"}

// verbPast are the past tenses of happeningVerbs that do not add -ed or
// -d to the verb ("bought", "banned"); a verb with two lists both.
var verbPast = map[string][]string{
	"steal": {"stole", "stolen"}, "rob": {"robbed"}, "stab": {"stabbed"}, "kidnap": {"kidnapped"}, "flee": {"fled"}, "buy": {"bought"}, "sell": {"sold"},
	"acquit": {"acquitted"}, "uphold": {"upheld"}, "withdraw": {"withdrew", "withdrawn"}, "quit": {"quit"},
	"found": {"founded"}, "sink": {"sank", "sunk"}, "burn": {"burned", "burnt"}, "shoot": {"shot"},
	"rally": {"rallied"}, "cancel": {"cancelled", "canceled"}, "veto": {"vetoed"}, "win": {"won"}, "lose": {"lost"},
	"cut": {"cut"}, "lay": {"laid"}, "shut": {"shut"}, "expel": {"expelled"}, "plead": {"pleaded", "pled"}, "ship": {"shipped"},
}

// receivedDecisions after "received" make it a decision about the one
// who received it ("received a six-year sentence"), not a meeting.
var receivedDecisions = set("sentence", "sentences", "award", "awards", "prize", "prizes", "medal", "medals",
	"fine", "fines", "ban", "grant", "grants", "funding", "pardon", "approval", "citizenship", "asylum")

// contestWords make "won" and "lost" a happening: what is won or lost in
// a contest ("won the election", "lost its majority", "won Sunday's
// marathon"), not "won praise" or "lost 6 percent" (triggerInContext).
// "run-off" is two words, "run" then "off" (contestAt).
var contestWords = set("election", "elections", "vote", "votes", "runoff", "referendum", "primary", "seat", "seats",
	"majority", "case", "appeal", "lawsuit", "award", "prize", "title", "championship", "cup", "final", "race",
	"contract", "bid", "tender", "nomination", "mandate", "presidency", "poll", "ballot", "marathon", "match",
	"game", "tournament", "medal", "stage", "trophy", "derby", "semifinal", "semi")

// triggers map a word to the kind of happening it reports. The first
// trigger of a sentence decides its kind ("Rutte warned that peace talks
// ..." is a statement, "Witkoff is heading to Moscow to meet Putin" is
// travel), except that a reporting verb followed by a hard happening
// ("Kyiv said Russian drones struck ...") reports that happening as a
// claim of the speaker.
var triggers = triggerTable()

// triggerTable builds triggers from triggerWords, then happeningVerbs.
func triggerTable() map[string]timeline.Kind {
	m := map[string]timeline.Kind{}
	for _, l := range triggerWords {
		for _, w := range l.words {
			m[w] = l.kind
		}
	}
	for _, l := range slices.Concat(happeningVerbs, serviceVerbs) {
		for _, v := range l.verbs {
			for _, w := range append(pastForms(v), v) {
				if _, listed := m[w]; !listed {
					m[w] = l.kind
				}
			}
		}
	}
	for _, w := range servicePresent {
		if _, listed := m[w]; !listed {
			m[w] = timeline.KindOther
		}
	}
	return m
}

// pastForms are a happening verb's past tense and participle.
func pastForms(v string) []string {
	if p, ok := verbPast[v]; ok {
		return p
	}
	if strings.HasSuffix(v, "e") {
		return []string{v + "d"}
	}
	if b, ok := strings.CutSuffix(v, "y"); ok && !strings.ContainsRune("aeiou", rune(b[len(b)-1])) {
		return []string{b + "ied"} // "marry": "married", "occupy": "occupied"
	}
	return []string{v + "ed"}
}

// presentNegation before "not" make a verb's base a stance, not a
// happening ("We do not threaten anyone"; triggerInContext).
var presentNegation = set("do", "does", "don", "doesn")

// pastOnly are the past forms of happeningVerbs not in triggerWords:
// after a determiner or a preposition they qualify a noun ("the fate of
// occupied territories", "the damaged line"), as verbs they report
// (triggerInContext).
var pastOnly = formsNotListed(pastForms)

// verbOnly are the base forms of happeningVerbs not in triggerWords:
// triggers only where they are verbs ("police will charge", not "in
// charge"; triggerInContext).
var verbOnly = formsNotListed(func(v string) []string { return []string{v} })

// formsNotListed maps the forms of every happeningVerbs and serviceVerbs
// verb to whether triggerWords leaves it out.
func formsNotListed(forms func(string) []string) map[string]bool {
	listed := map[string]bool{}
	for _, l := range triggerWords {
		for _, w := range l.words {
			listed[w] = true
		}
	}
	m := map[string]bool{}
	for _, l := range slices.Concat(happeningVerbs, serviceVerbs) {
		for _, v := range l.verbs {
			for _, w := range forms(v) {
				m[w] = !listed[w]
			}
		}
	}
	return m
}

// weaponWords make "fired" and "launched" an attack (kindInContext).
var weaponWords = set("missile", "missiles", "rocket", "rockets", "drone", "drones", "shell", "shells", "shot", "shots",
	"bullet", "bullets", "artillery", "salvo", "barrage", "attack", "attacks", "offensive", "strike", "strikes", "raid",
	"raids", "assault", "weapons", "grenade", "grenades", "bomb", "bombs", "torpedo", "torpedoes", "warheads", "gunfire", "volley")

// labourWords make "strike" a walkout, not an attack (kindInContext):
// "unions called a strike", "dockworkers went on strike".
// staffWords after "fired" make it a dismissal, not shots (firedStaff).
var staffWords = set("chief", "executive", "ceo", "coach", "manager", "director", "employees", "workers", "staff",
	"head", "him", "her", "them", "officials", "officers", "managers", "executives", "board", "editor", "chairman")

// contextTriggers are triggers only in some contexts, which triggerAt
// reads: "is set for June 3", "will be held on the 29th", "named her
// chief executive".
var contextTriggers = set("set", "held", "named", "names", "targeted")

// currencyWords after a place or demonym make it money, not a place
// ("Swiss francs", "US dollars"; notAPlaceHere).
var currencyWords = set("dollar", "dollars", "franc", "francs", "pound", "pounds", "euro", "euros", "rupee", "rupees",
	"yen", "yuan", "renminbi", "krona", "kronor", "krone", "kroner", "peso", "pesos", "rand", "won", "lira", "ruble", "rubles",
	"rouble", "roubles", "hryvnia", "hryvnias", "dinar", "dinars", "dirham", "dirhams", "riyal", "riyals", "shekel", "shekels",
	"zloty", "forint", "koruna", "ringgit", "baht", "naira", "shilling", "shillings")

// landformHeads after a place's name make the name another place's
// ("the Niger Delta", "the Jordan Valley", "Benin City", "Oxford Street";
// notAPlaceHere).
var landformHeads = set("delta", "valley", "river", "basin", "mountains", "desert", "peninsula", "highlands", "coast",
	"plain", "plains", "plateau", "lowlands", "steppe", "gorge", "canyon", "falls", "lake", "city",
	"street", "road", "avenue", "square", "stadium", "bridge", "boulevard", "lane")

// followerNouns after a surname make it a group's or a family's name, not
// the person's ("Houthi rebels", "Kennedy family"; loneSurnameOK).
var followerNouns = set("rebels", "fighters", "militants", "militia", "militias", "movement", "attacks", "strikes",
	"supporters", "loyalists", "family", "dynasty", "clan", "forces")

// stateWords after a country's possessive make it the state ("Jordan's
// army", "Georgia's government"; ambiguousOK).
var stateWords = set("government", "army", "military", "forces", "capital", "parliament", "king", "queen",
	"foreign", "defence", "defense", "interior", "prime", "embassy", "ambassador", "navy", "air", "border", "central")

// successorWords name a post by whom it was someone else's ("named her as
// his successor": namedToPost).
var successorWords = set("successor", "replacement", "deputy", "captain", "chair", "chairwoman", "ambassador", "governor")

var labourWords = set("union", "unions", "workers", "employees", "staff", "dockworkers", "miners", "teachers",
	"nurses", "doctors", "pilots", "drivers", "wage", "wages", "pay", "pension", "pensions", "walkout", "picket",
	"pickets", "industrial", "general")

// joinAdverbs may stand between "and" and a joined happening's verb
// ("and then took", "and later returned"; joinedEvents).
var joinAdverbs = set("then", "later", "also", "subsequently", "eventually", "finally")

// subordinators open a clause of a happening at the same time as the
// main one ("As envoys met in Riyadh, drones struck Sumy"; joinPoint).
var subordinators = set("as", "while", "when")

// untilWords before "later" make it a new time still to come:
// "postponed until later in the month" (futureIn).
var untilWords = set("until", "till", "to", "for")

// boundWords before a time make it a bound of what is agreed ("agreed to
// sell the unit by March"), not the day it was agreed (agreedThen).
var boundWords = set("by", "until", "till", "before", "from")

// causeOpeners open, after a comma, a clause of why or amid what a
// happening happened (becauseClause).
var causeOpeners = set("as", "because", "amid", "since")

// joinKinds are the kinds of happening that, joined in one sentence
// ("met X and signed Y", "met in Riyadh, as drones struck Sumy"), are two
// entries of a chronology (joinPoint).
var joinKinds = map[timeline.Kind]bool{timeline.KindMeeting: true, timeline.KindNegotiation: true, timeline.KindTravel: true,
	timeline.KindAttack: true, timeline.KindCasualty: true, timeline.KindAgreement: true, timeline.KindDecision: true}

// nearnessWords before "to" or "from" tell how far off a happening is
// (nearnessBefore): "closer to a deal", "far from an agreement".
var nearnessWords = set("closer", "nearer", "close", "near", "far", "further", "farther")

// chanceWords before "of" or "for" make the happening a possibility, not
// one that happened: "a real chance of a deal", "hopes for a ceasefire".
var chanceWords = set("chance", "chances", "prospect", "prospects", "possibility", "hope", "hopes", "odds", "likelihood")

// saidVerbs are the reporting verbs in the past tense (pastTense leaves
// them out, so that "X said drones struck" reads the strike): "Construction
// is expected to begin in September. The architect said ..." was said
// before September.
var saidVerbs = set("said", "told", "wrote", "added", "stated", "announced", "explained", "noted")

// returnedTo are what one returns to without a journey
// (triggerInContext): "return to this issue", "returned to profit".
var returnedTo = set("issue", "issues", "question", "questions", "topic", "topics", "matter", "matters", "subject", "theme",
	"point", "discussion", "agenda", "profit", "profitability", "growth", "normal", "normality")

// outcomeNouns are what is welcomed as news, not as a visitor
// (welcomedOutcome): "welcomed significant progress".
var outcomeNouns = set("progress", "outcome", "outcomes", "decision", "decisions", "news", "agreement", "announcement", "release",
	"adoption", "efforts", "steps", "commitment", "commitments", "results", "resumption", "plan", "proposal", "deal", "move", "initiative")

// sayingModals before a saying make it a view (isStance): "I can say
// with confidence", "we must note".
var sayingModals = set("can", "could", "must", "may", "might")

// victimNouns name people a loss of life befalls, named or not
// (victimBefallen): "A 72-year-old man died".
var victimNouns = set("man", "men", "woman", "women", "boy", "boys", "girl", "girls", "child", "children", "people", "person",
	"resident", "residents", "worker", "workers", "driver", "drivers", "passenger", "passengers", "pilot", "soldier", "soldiers",
	"civilian", "civilians", "teenager", "teenagers", "baby", "pensioner", "tourist", "tourists", "miner", "miners",
	"firefighter", "firefighters", "climber", "climbers", "fisherman", "fishermen", "villager", "villagers")

// bodyNouns name a body that acts as one, named or not (bodyActs): "the
// coalition agreed", "the cabinet decided".
var bodyNouns = set("coalition", "alliance", "government", "cabinet", "council", "parliament", "committee", "commission",
	"union", "bloc", "delegation", "delegations", "ministers", "negotiators", "envoys", "leaders", "board", "court", "jury", "senate")

// asideRanks rank a happening among others in an aside (rankingAside):
// "the third round this year".
var asideRanks = set("first", "second", "third", "fourth", "fifth", "sixth", "latest", "last", "only", "biggest", "worst", "deadliest")

// discussVerbs tell what talks were about (sameTalks).
var discussVerbs = set("discussed", "discussing", "discuss", "discusses")

// foundingWords tell a firm's founding (tellsBirth): "was founded in
// 1952", "Vestra, established in 1990,".
var foundingWords = set("founded", "established", "incorporated")

// judgingVerbs judge an act their object names (objectOf): "condemns the
// attack on Odesa on 6 October" reports the attack.
var judgingVerbs = set("condemn", "condemns", "condemned", "denounce", "denounces", "denounced", "deplore", "deplores", "deplored")

// strongKinds are happenings a reporting verb can introduce as a claim.
var strongKinds = map[timeline.Kind]bool{timeline.KindAttack: true, timeline.KindCasualty: true, timeline.KindAgreement: true, timeline.KindTravel: true}

// irregularPast are the past-tense trigger words not ending in -ed
// (pastTense).
var irregularPast = withVerbPast(set("struck", "hit", "shot", "flew", "met", "fired", "began", "held", "took", "spoke", "went", "sent",
	"found", "broke", "caught", "led", "ran", "fought", "brought", "told", "left"))

// actedPast are irregular past tenses of doing that no trigger reads
// (namedSubjectActs); stateVerbsPast say how things stood, not what was
// done.
var (
	actedPast      = set("spent", "gave", "made", "paid", "sold", "bought", "beat", "drew", "threw", "kept", "chose", "wrote")
	stateVerbsPast = set("had", "was", "were", "remained", "seemed", "appeared", "looked", "felt", "owned", "lived", "liked", "loved", "wanted",
		"needed", "believed", "hoped", "expected", "used", "tended", "lacked", "deserved", "preferred", "stayed", "belonged", "contained",
		"included", "numbered", "based", "called", "named", "aged", "continued", "struggled", "faced", "enjoyed", "supported", "opposed",
		"feared", "doubted", "worried", "knew", "thought", "meant", "stood", "sat", "lay", "held", "led", "ran")
)

// voterNouns are the members of a body that votes (membersVoted).
var voterNouns = set("lawmakers", "legislators", "deputies", "senators", "mps", "councillors", "councilors", "shareholders", "voters", "delegates", "jurors")

// withVerbPast adds the irregular past tenses of happeningVerbs.
func withVerbPast(m map[string]bool) map[string]bool {
	for _, forms := range verbPast {
		for _, f := range forms {
			m[f] = true
		}
	}
	return m
}

// nounTriggers report a happening as nouns ("a peace plan", "the offer"),
// not after a word that makes them verbs (verbMarkers: "to offer", "will
// draft"); triggerInContext.
var (
	nounTriggers = set("plan", "offer", "draft", "framework", "initiative", "package")
	verbMarkers  = set("to", "will", "ll", "not", "t")
	beForms      = set("is", "are", "was", "were", "be", "been", "am")
)

// lifeOwners make "life" and "lives" a casualty: "the life", "their
// lives", "many lives".
var lifeOwners = set("the", "their", "his", "her", "many")

// spanPreps before "the life of" make it a span ("over the life of the
// deal").
var spanPreps = set("over", "during", "throughout", "for")

// stateNouns after "returned to" are states, not places ("returned to
// profit").
var stateNouns = set("profit", "profitability", "growth", "normal", "normality", "form", "power", "office", "work")

// clearMarkers make "clear" a statement: "made clear", "has been clear:"
// (a speaker's position, stated); "the Coalition was clear that ..."
// describes a stance, no happening.
var clearMarkers = set("been", "made")

// inviteVerbs invite to what is still to come ("invited the President to
// the opening in September").
var inviteVerbs = set("invited", "invites", "invite")

// modifierTriggers are trigger words that may modify a noun instead
// ("the launch pad", "test flight"): then they report nothing.
var modifierTriggers = set("launch", "test", "rehearsal", "ceasefire", "truce", "negotiating")

// modifiedNouns follow a trigger word used as a modifier ("launch pad").
var modifiedNouns = set("pad", "pads", "window", "windows", "site", "sites", "complex", "vehicle", "vehicles",
	"date", "director", "team", "control", "tower", "flight", "flights", "stand", "range", "article", "case",
	// "ceasefire monitors", "the negotiating teams": who, not a truce or talks
	"teams", "monitors", "monitoring", "observers", "observer", "line", "lines", "delegation", "delegations", "table", "position", "positions",
	// "the test campaign started", "test results", "launch preparations",
	// "a ceasefire plan": what the work or the plan is for
	"campaign", "campaigns", "programme", "programmes", "program", "programs", "facility", "facilities", "results", "data",
	"engineer", "engineers", "pilot", "pilots", "phase", "schedule", "crew", "crews", "equipment", "rig", "preparations",
	"plan", "plans", "conditions", "readiness")

// roundOrdinals before "round" make it a round of talks.
var roundOrdinals = set("first", "second", "third", "fourth", "fifth", "next", "new", "latest", "another", "fresh", "final", "last")

// roundsOf are what "a round of" must be a round of.
// lightVerbs hold the happening their object names ("agreed to hold
// consultations in Lublin": agreedOn).
var lightVerbs = set("hold", "host", "convene", "organise", "organize", "conduct", "have", "resume", "stage")

var roundsOf = set("talks", "negotiations", "consultations")

// leadKinds are the kinds a leading phrase can name as happenings of
// their own ("Following the state visit ... and the summit, ...").
var leadKinds = map[timeline.Kind]bool{timeline.KindMeeting: true, timeline.KindNegotiation: true, timeline.KindTravel: true,
	timeline.KindAttack: true, timeline.KindAgreement: true}

// sayingNouns are the statement triggers that are nouns of an occasion
// (triggerInContext).
var sayingNouns = set("statement", "interview", "briefing", "teleconference", "speech", "address", "addressed", "addresses", "questions")

// unAdjectives end in -ed but qualify, as a participle never does: "kept
// rates unchanged on Thursday" has no participle phrase (participle).
var unAdjectives = set("unchanged", "unharmed", "unopposed", "undisclosed", "unnamed", "unidentified", "unspecified",
	"unaffected", "unscathed", "unresolved", "unemployed", "unarmed", "unmanned", "unprecedented", "unexpected")

// naturalForces before "struck" or "hit" make it no attack (kindInContext).
var naturalForces = set("earthquake", "quake", "storm", "hurricane", "typhoon", "cyclone", "tornado", "tsunami", "flood",
	"floods", "landslide", "avalanche", "blizzard", "wildfire", "lightning", "heatwave", "drought", "tremor", "aftershock")

// levelWords after "hit" make it a level reached (kindInContext): "hit a
// two-year high".
var levelWords = set("high", "low", "record", "peak", "highs", "lows", "target", "milestone")

// askWords after "I would like to" hand the floor to someone (isRequest).
var askWords = set("ask", "invite", "give", "hear", "request")

// metaSpeech after "I would like to" announce what a speaker will speak
// of ("say a few words about", "begin with", "mention"), not a happening.
var metaSpeech = set("say", "begin", "start", "mention", "remind", "add", "touch", "dwell", "speak")

// ongoingKinds are happenings told as under way that still are ones
// ("Witkoff is heading to Moscow", "troops are shelling the town";
// inProgress).
var ongoingKinds = map[timeline.Kind]bool{timeline.KindTravel: true, timeline.KindMeeting: true, timeline.KindNegotiation: true,
	timeline.KindAttack: true, timeline.KindCasualty: true}

// ---- Clauses (the clause stage)

// subjectPronouns open a clause of their own inside a relative clause
// ("who said he attacked"; restrictiveEnd).
var subjectPronouns = set("he", "she", "it", "they", "we", "i", "you")

// clauseAux come before a relative clause's own verb ("who had been
// held"; restrictiveEnd).
var clauseAux = set("had", "has", "have", "was", "were", "is", "are", "been", "be", "being", "will", "would", "could",
	"can", "may", "might", "should", "must", "not", "also", "never", "once", "later", "then")

// relativeOpeners start a relative clause about someone or something
// else, up to the next comma (relativeClauses).
var relativeOpeners = []string{", who ", ", which ", ", whose ", ", where ",
	" that was ", " that were ", " that had been ", " that has been ", " that have been ",
	// "Tomas Leer, the pilot who founded Orvane, has died": who someone is
	// ("the pianist whose recordings defined the 1960s, died on Tuesday")
	" who ", " whose ",
	// "signed a deal under which Norland will supply gas": what the deal says, not when it was signed
	" under which ", " in which ", " by which ", " through which ",
	// a trailing phrase naming the happening before ("The leaders
	// discussed the talks, following the meetings in Geneva at the
	// weekend"): its time and places are that one's
	", following ", ", after the ", ", after a ", ", after an ", ", after its ", ", after their ", ", after his ", ", after her "}

// wherePreps say where something is: a name after one is a place more
// often than a company named after it (placeAfter); stakeWords before
// "in" make a company of it ("shares in Zenara").
var (
	wherePreps = set("in", "near", "outside", "around", "across", "throughout", "inside")
	stakeWords = set("shares", "share", "stake", "stakes", "invest", "invests", "invested", "investing", "investment", "investments",
		"interest", "interests", "holding", "holdings", "shareholding", "shareholder", "shareholders")
)

// leaderParticiples open a phrase naming who heads the one it follows:
// "the team, led by Ana Kovac," (castNames keeps the leader).
var leaderParticiples = set("led", "headed", "chaired", "directed", "coordinated", "captained", "co-led")

// leadWords open a leading phrase that names earlier happenings
// ("Following the visit ..., X answered"; leadPhraseEnd).
var leadWords = set("following", "after")

// Participle phrases that qualify a noun ("agreements reached during
// ..."; reducedRelatives).
var (
	irregularParticiples = set("made", "held", "taken", "given", "done", "seen", "won", "brought", "sent", "built", "drawn", "set", "struck", "hit", "shot", "signed", "reached", "born", "led", "known")
	participlePreps      = set("during", "in", "at", "on", "by", "since", "last", "earlier", "before", "after", "over")
	// notNouns are words after which a participle is a verb, not a
	// qualifier: "has reached", "they signed", "and agreed".
	notNouns = set("has", "have", "had", "was", "were", "is", "are", "be", "been", "being", "and", "or", "but", "to",
		"not", "he", "she", "it", "they", "we", "i", "you", "who", "which", "that", "also", "then", "jointly", "never",
		"already", "just", "recently", "reportedly", "allegedly", "s", "ve", "d")
)

// ---- Participants (the cast stage)

var (
	// pronounsOne stand for the last person named, pronounsMany for the
	// last people named together; firstPerson is the speaker.
	pronounsOne = set("he", "she")
	// leaderNouns refer back to the leaders named (antecedents.leaders),
	// named under leaderTitles (or "Prime Minister")
	leaderNouns  = set("leaders", "presidents", "heads")
	leaderTitles = set("president", "chancellor", "king", "queen", "emir", "premier", "taoiseach", "sultan")
	pronounsMany = set("they", "pair", "two", "both", "duo", "leaders", "sides", "parties", "presidents", "ministers")
	// anaphoricDeterminers make a group noun refer back: "the leaders",
	// "both sides", "the two presidents"
	anaphoricDeterminers = set("the", "both", "two", "these", "those", "all")
	firstPerson          = set("i", "we")
	// groupActors are common nouns that make a sentence someone's doing
	// ("engineers will prepare", "technicians replaced").
	groupActors = set("officials", "technicians", "engineers", "teams", "team", "crew", "crews", "forces",
		"troops", "police", "authorities", "negotiators", "delegations", "delegation", "allies", "partners",
		"governments", "government", "leaders", "sides", "parties", "experts", "investigators", "rescuers",
		"soldiers", "staff", "participants", "managers", "controllers", "astronauts", "scientists", "workers", "residents",
		"unions", "union", "employees", "protesters", "demonstrators", "students", "farmers", "doctors", "nurses",
		"teachers", "pilots", "drivers", "dockworkers", "miners", "shareholders", "investors", "voters", "forecasters",
		"firefighters", "paramedics", "medics", "lawmakers", "legislators", "ministers", "researchers", "volunteers",
		"villagers", "passengers", "activists", "judges", "diplomats", "envoys", "guards", "coastguards", "lifeguards")
	// sentenceOpeners are passed over looking for a pronoun subject.
	sentenceOpeners = set("and", "but", "so", "then", "now", "also", "yet", "meanwhile", "however", "the")
	// prepositions before a country make it a place, not an actor; before
	// a city, not a speaker (metonym); they also hold a reported clause
	// off (clauseMarker).
	determiners  = set("the", "a", "an", "its", "their", "his", "her", "our", "this")
	prepositions = set("in", "to", "from", "at", "of", "for", "with", "across", "over", "against", "on", "into", "near", "by", "between", "and", "toward", "towards")
	// companions before a name make it an agent ("alongside Jared
	// Kushner").
	companions = set("alongside", "accompanied", "together")
	// counterpartPreps before a name make it the counterpart ("met Putin",
	// "talks with Zelenskyy").
	counterpartPreps = set("with", "between", "and", "meet", "met", "meets", "hosted", "received", "called", "visited", "told")
)

// ---- Dates (the dating stage)

// comparisonMarkers open the baseline of a comparison, whose date dates
// nothing (comparedWith).
// figureWords name a figure, whose period ("for 2025") dates no happening
// (figurePeriod).
var figureWords = set("million", "billion", "trillion", "percent", "per", "loss", "losses", "profit", "profits",
	"revenue", "revenues", "sales", "earnings", "turnover", "results", "dividend", "deficit", "surplus", "budget",
	"forecast", "guidance", "outlook", "growth", "income", "spending", "output", "bonus", "return", "returns",
	"margin", "margins", "shipments", "deliveries", "exports", "imports", "inflation", "gdp")

// figureModifiers qualify a figure's word after its period
// ("second-quarter operating profit"; figureNext).
var figureModifiers = set("operating", "net", "pre-tax", "pretax", "core", "adjusted", "underlying", "comparable",
	"gross", "total", "quarterly", "annual", "full-year", "organic")

// deadlineMarkers come before a date the happening precedes (deadline).
var deadlineMarkers = []string{"ahead of ", "ahead of the ", "in the run-up to ", "in the run-up to the ", "in the run up to ", "in the run up to the ", "in time for ", "in time for the ",
	// the end of a state the happening began: "suspended until Wednesday"
	"until ", "until the ", "till ", "through "}

// aheadMarkers open a phrase naming what a happening came before, whose
// time, however far on in the phrase, is that thing's (deadline).
var aheadMarkers = []string{" ahead of ", " in the run-up to ", " in the run up to ", " in preparation for ", " in time for ",
	// the end of a state the happening began, however far on in its phrase: "a contract until the end of the 2027-28 season"
	" until ", " till "}

// figurePeriodLeads open the period of a figure (figurePeriod).
var figurePeriodLeads = []string{"for the ", "for ", "in fiscal ", "for fiscal "}

// superlatives before "since" make what follows a record's baseline
// (comparedWith).
var superlatives = set("strongest", "highest", "lowest", "biggest", "largest", "worst", "best", "deadliest", "heaviest",
	"hottest", "coldest", "wettest", "longest", "fastest", "most", "least", "first")

var comparisonMarkers = []string{"up from ", "down from ", "compared with ", "compared to ", "than in ", "than at ", "than the "}

// baselineMarkers open a price a deal is measured against, whose date
// dates the price, not the deal ("a premium of 30 percent over Telvora's
// closing price on Wednesday"; comparedWith).
var baselineMarkers = []string{"closing price", "closing prices", "closing level", "premium over ", "premium to ", "discount to "}

// figureBaselines before an amount open a figure's baseline ("fell to
// $3 billion from $3.4 billion a year earlier", "against 502 million in
// 2025"; comparedWith: an amount opens with a currency sign or has one
// of the amountUnits); priceOfDayWords after a time's "'s" make it the
// day of a price ("Monday's closing price"; priceOfTheDay).
var (
	figureBaselines = []string{" from ", " against ", " versus ", " vs. ", " vs "}
	amountUnits     = set("million", "billion", "trillion", "percent", "per", "euros", "dollars", "pounds", "kroner", "krona", "francs", "yen", "yuan", "rupees", "cents", "pence", "points", "barrels", "tonnes", "units", "shares", "passengers", "vehicles", "cars", "customers", "subscribers", "jobs", "workers", "employees")
	priceOfDayWords = set("close", "closing", "closes", "price", "prices", "level", "levels", "high", "low", "value", "valuation")
)

// presentSayings are reporting verbs in the present ("The company says");
// nowTense words put what a saying reports in the present or the future
// ("said demand remains strong", "“We are ready”"): neither is told of a
// backstory's year (saysNow, sayingNowOfBackstory).
var (
	presentSayings = set("says", "say", "tells", "insists", "argues", "explains", "writes")
	nowTense       = set("is", "are", "am", "s", "re", "remains", "remain", "will", "has", "have", "can")
)

// Words of the future (futureIn): a happening to come is scheduled
// (statusOf) and a bare weekday of it the coming one (forwardIfScheduled).
// futureWords alone, futureBeforeTo before "to" ("expected to", "set to";
// but "as expected", "no date had been set").
var (
	futureWords = set("will", "ll", "scheduled", "due", "upcoming", "tomorrow", "next", "later", "shall")
	// modalsOfPossibility before a verb make the happening one still to
	// come ("could meet"); "must meet within 30 days" is an obligation,
	// still to come too
	modalsOfPossibility = set("could", "might", "may", "must")
	futureBeforeTo      = set("expected", "set", "plans", "planned", "intends", "going", "aims")
)

// More words of the future (aheadTo): intentions and expectations in the
// present before "to" ("hopes to reopen", "wants to sell", "is to
// resume"), and verbs whose object comes before the "to" ("Officials
// expect the channel to reopen", "intends the plant to open"): what
// follows is still to come, and a bare weekday of it the coming one.
var (
	futureIntentTo = set("hope", "hopes", "want", "wants", "intend", "aim", "plan", "is", "are")
	futureObjectTo = set("expect", "expects", "intend", "intends", "want", "wants")
	// objectStops end the object before "to": "expect that ...", "want
	// it and ..." say something else
	objectStops = set("that", "and", "but", "or", "if", "when", "because")
)

// pastMarkers put a sentence in the past (forwardIfPresent), beside
// pastTense and reportedPast; pluralSubjects before a bare verb make it
// a present simple ("they return", presentSimple).
var (
	pastMarkers    = set("was", "were", "had", "did", "ago", "last", "yesterday", "earlier")
	pluralSubjects = set("they", "we", "i", "you", "both", "crews", "workers", "staff", "officials")
)

// presentStates are verbs in the present that put a month named without
// its year ahead ("faces an election in September", "is due in March";
// forwardIfPresent).
var presentStates = set("is", "are", "faces", "face", "remains", "remain", "holds", "hold")

// monthWords name months, in full or short (monthNamed).
var monthWords = set("january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
	"november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec")

// weekdays name the days of the week (forwardIfScheduled).
var weekdays = []string{"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"}

// cutOffWords end no sentence: one that stops on them without a full
// stop was cut (isCutOff).
var cutOffWords = set("of", "the", "a", "an", "to", "and", "or", "for", "with", "in", "on", "at", "by", "from",
	"that", "which", "who", "its", "their", "his", "her", "our", "as", "than")

// dayWords after "a.m." or "p.m." give the day of the time, in the same
// sentence: "at 11:13 p.m. Thursday", "at 9 a.m. Jan. 5".
var dayWords = set("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "today",
	"tomorrow", "yesterday", "tonight", "january", "february", "march", "april", "may", "june", "july",
	"august", "september", "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul",
	"aug", "sep", "sept", "oct", "nov", "dec")

// clockDeictics in a time of day name its day as dayWords do, counting
// from the publication day: "early this morning", "last night"
// (namesDay).
var clockDeictics = set("this", "last")

// lineContinuers open a line that goes on with the line before, in a
// text written a paragraph a line: a pronoun for someone named there
// or the people named there together, by one or two words (continuesLine).
var lineContinuers = set("he", "she", "they", "both", "the pair", "the two", "the leaders", "the sides")

// anchoredDayParts after "the next", "the following" count a part of a
// day from the story, as timeUnits do ("the following night"): a time
// afterwards, not still to come (futureIn).
var anchoredDayParts = set("morning", "afternoon", "evening", "night")

// quantityOfDeal before "deal" make it an amount ("a great deal",
// "a good deal of"), not an agreement (triggerInContext).
var quantityOfDeal = set("great", "good")

// reportedPast are past tenses beside pastTense's (-ed and irregularPast)
// that tell a reported clause in the past: "officials said the fire broke
// out on Monday" (reportedPastDay); and a verb joined by "and" with a
// date of its own: "joined the bank in 1974 and became its chief in 1989"
// (joinPoint).
var reportedPast = set("broke", "fell", "rose", "came", "left", "won", "lost", "became", "gave", "made", "ran",
	"led", "paid", "sank", "caught", "froze", "grew", "saw")

// periodEnders after periodNouns end the period a figure covers: "in
// the quarter ended June 30", "the three months to June 30", "the year
// ending March 31" (periodEnd; no trigger there).
var (
	periodEnders = set("ended", "ending", "to")
	periodNouns  = set("quarter", "months", "year", "period", "weeks", "half")
)

// negations near a trigger tell a happening that did not happen
// (negated): "did not attend", "didn't", "never met".
var negations = set("not", "never", "didn", "hasn", "haven", "hadn", "wasn", "weren", "doesn", "don")

// negationAux before a negation after a noun trigger make it the verb's:
// "The talks did not take place" (negated).
var negationAux = set("did", "does", "do", "has", "have", "had", "was", "were", "is", "are", "will", "would", "could")

// recentWords are a vague past of a few weeks (vagueSpan).
var recentWords = set("recently", "lately")

// actingBodies after "the" before a trigger are someone acting, named or
// not: "The ministry said two people were killed" (namesOffice).
var actingBodies = set("ministry", "army", "military", "government", "court", "police", "governor", "minister",
	"navy", "cabinet", "parliament", "regulator", "prosecutors", "commission", "family", "agency", "council",
	"institute", "committee", "board", "authority", "inspectorate", "watchdog", "tribunal", "senate", "assembly",
	"municipality", "department", "office", "union", "operator", "utility", "bank", "lender", "airline", "carrier", "firm", "company")

// objectLinks bring in the object of a saying, which carries its own
// time ("congratulated Putin on the holding of the forum last week").
var objectLinks = []string{" on the ", " for the ", " about the ", " over the ", " for their ", " for his ", " for her ", " on their ", " on his ", " on her "}

// ---- Happening or not (the happening stage)

// stanceVerbs in the present tense state a view.
var stanceVerbs = set("condemn", "welcome", "believe", "think", "hope", "support", "urge", "call", "reaffirm",
	"reiterate", "remain", "recognise", "recognize", "underline", "stress", "note", "regret",
	"deplore", "expect", "want", "know", "see", "share", "must", "need", "should")

// viewVerbs in the present hold a view (presentView: "officials fear
// that ...").
var viewVerbs = set("worry", "worries", "fear", "fears", "believe", "believes", "think", "thinks", "doubt", "doubts",
	"expect", "expects", "insist", "insists", "argue", "argues", "suspect", "suspects",
	// a forecast held now ("The bank predicts that inflation will fall")
	"predict", "predicts", "forecast", "forecasts", "project", "projects")

// countWords count the people a passive befalls ("Dozens of protesters
// were detained": countBefallen), with digits.
// stayVerbs before "in" keep a state ("agreed to stay in close contact",
// "to keep in touch": keepInTouch).
var stayVerbs = set("stay", "keep", "remain")

// stayedStates after a stay verb tell a state with an end that news
// dates ("will stay closed until Monday", "will remain at the station
// until mid-April", "will stay on as an adviser until September"), not
// a level a forecast expects to last ("will remain high until")
// (stayUntil).
var stayedStates = set("closed", "shut", "open", "as", "at", "in", "on")

// sayingGoesOn go on with the saying before (memory.dateBefore).
var sayingGoesOn = set("added", "adds", "continued", "continues")

// ingLinks end in -ing but link, not tell a consequence (consequenceFrom).
var ingLinks = set("including", "during", "according", "following", "regarding", "concerning", "excluding", "starting", "beginning")

// perfectAux before a verb tell what has been done up to now, since a
// time (isTally).
var perfectAux = set("has", "have", "had")

var countWords = set("dozens", "hundreds", "thousands", "scores", "several", "many", "two", "three", "four", "five",
	"six", "seven", "eight", "nine", "ten", "twelve", "twenty")

// workGroups are an organisation's own people at work ("Teams will
// complete ...", "Technicians replaced two seals"): the organisation the
// text last named acts through them (findCast).
var workGroups = set("teams", "team", "engineers", "technicians", "controllers", "crews", "staff", "scientists", "researchers")

// spanUnits end the span of time before "after" that joins a second
// happening (", a day after", ", hours after": spanBefore).
var spanUnits = set("day", "days", "hours", "hour", "week", "weeks", "minutes", "months", "month")

// mountainWords name a mountain after "summit of" ("the summit of Mount
// Kessa", "of Kessa Peak"): a peak climbed, no meeting (mountainAt).
var mountainWords = set("mount", "mt", "peak", "mountain", "volcano", "hill")

// craftNouns are machines a mission update tells acting ("the rover
// drove 31 meters", "the orbiter imaged the site"): with a time of the
// sentence's own, what they do is a happening (craftActs).
var craftNouns = set("rover", "lander", "orbiter", "spacecraft", "probe", "satellite", "telescope", "capsule", "helicopter",
	"rocket", "engine", "engines", "booster", "boosters")

// rankWords rank a happening among others ("was the third this week",
// "the latest in a series": isRanked).
var rankWords = set("first", "second", "third", "fourth", "fifth", "sixth", "latest", "last", "most", "worst", "biggest")

// stanceActs restate a position (isStance: "reiterated the UK's
// support", "underlined that ..."); stanceGreetings greet or voice
// something, a view only when one of stanceObjects follows ("welcomed the
// progress", "expressed their condolences").
var (
	stanceActs = set("reiterated", "reiterates", "reaffirmed", "reaffirms", "stressed", "stresses", "underlined", "underlines",
		"underscored", "underscores", "emphasised", "emphasises", "emphasized", "emphasizes", "highlighted", "highlights")
	stanceGreetings = set("welcomed", "welcomes", "expressed", "expresses", "voiced", "voices", "noted", "notes")
	stanceObjects   = set("support", "commitment", "commitments", "importance", "need", "solidarity",
		"gratitude", "thanks", "hope", "hopes", "concern", "concerns", "determination", "readiness", "willingness", "progress",
		"opposition", "position", "confidence", "appreciation", "regret", "efforts", "intention", "interest")
)

// stanceAdverbs may stand between "we" and a stance verb ("We strongly
// condemn").
var stanceAdverbs = set("all", "also", "strongly", "fully")

// agreedWhat after "agreed" report what a meeting concluded ("They agreed
// that ...", "to ...", "on ..."), not a new agreement.
var agreedWhat = set("that", "to", "on")

// agreeingAux stand between "we" and "agreed" ("We have also agreed",
// "we both agreed", "we all agreed today"): weAgreed.
var agreeingAux = set("have", "also", "both", "all", "now", "today", "jointly", "'ve", "therefore")

// ---- Status, certainty, speaker (the modality stage)

var (
	ongoingWords     = set("continue", "continues", "continuing", "ongoing", "still", "persist", "persists")
	speculativeWords = set("likely", "may", "might", "could", "possibly", "perhaps", "probably", "would", "potential", "possible", "unlikely", "rumoured", "rumored", "speculation", "if", "expected")
	denials          = set("denied", "denies", "deny", "rejected", "rejects", "dismissed", "refuted", "disputed")
	claimWords       = set("reportedly", "allegedly", "alleged", "purportedly", "according", "claimed", "claims", "claim")
	// cancelWords call a happening off ("was cancelled", "called off");
	// postponeWords put it off, to no new date unless a time expression
	// follows one of postponedTo ("postponed to March" is scheduled then;
	// "postponed until further notice" is postponed)
	cancelWords   = set("cancelled", "canceled", "cancels", "scrapped", "scraps", "cancellation")
	postponeWords = set("postponed", "postpones", "postponement", "deferred", "defers", "delayed")
	postponedTo   = set("to", "until", "till", "for")
	// rescheduleWords, with a particle or not, move a happening to the
	// date after one of postponedTo ("moved to April 14", "pushed back to
	// May"; rescheduledTo)
	rescheduleWords     = set("moved", "rescheduled", "pushed", "brought", "shifted", "put")
	rescheduleParticles = set("back", "forward", "off")
	// doneWords after "was", "were" say a happening named as the subject
	// was done (happeningDone: "A decision was made", "The talks were held")
	doneWords = set("made", "taken", "reached", "held", "adopted", "concluded", "completed", "finalised", "finalized", "approved")
	// refusals before "to" and a verb tell it did not happen ("declined to
	// attend", "failed to reach a deal")
	refusals = set("declined", "declines", "refused", "refuses", "failed", "fails")
)

// progressiveAux before an -ing trigger make a present progressive ("is
// heading").
var progressiveAux = set("is", "are", "am", "s", "re")

// clauseOpeners open the reported clause after a reporting verb ("said
// that", "said the bloc would", "told reporters he"; clauseMarker).
// clauseJoins end the object of a saying's verb (objectNotClause).
var clauseJoins = set("and", "but", "while", "as", "because", "after", "before", "when")

// relativeWords open a clause inside another: a time after one is that
// clause's (datedNear).
var relativeWords = set("that", "which", "who", "whose", "where", "when")

var clauseOpeners = set("that", "the", "he", "she", "it", "they", "we", "i", "his", "her", "their", "its")

// datelineJoin join the words of a dateline's place: "PORT SALEM",
// "ST. LOUIS", "PORT-AU-PRINCE".
var datelineJoin = set(" ", "-", ". ", ".")

// indexNames are the names of stock market indices, as the folded words
// of their tokens ("S&P 500" is "s p 500"), mapped to whether the name is
// one only before a market's move (marketMoves): "Dow" is also a chemicals
// firm, "Nikkei" a newspaper, "S&P" a rating agency ("the Dow fell 2%"
// is the index, "S&P downgraded the bank" the agency). indexHeads end the
// name of any index ("the Hang Seng index", "the Shanghai Composite").
var indexNames = map[string]bool{
	"dow jones industrial average": false, "dow jones transportation average": false, "dow jones": true, "dow": true,
	"s p 500": false, "s p": true, "nasdaq composite": false, "nasdaq 100": false, "russell 2000": false,
	"ftse 100": false, "ftse 250": false, "ftse all share": false, "ftse mib": false, "ftse": true,
	"dax": false, "cac 40": false, "ibex 35": false, "aex": true, "smi": true, "euro stoxx 50": false, "stoxx 600": false,
	"nikkei 225": false, "nikkei": true, "topix": false, "hang seng": false, "kospi": false, "sensex": false,
	"nifty 50": false, "asx 200": false, "s p asx 200": false, "tsx": true, "bovespa": false, "merval": false,
	"shanghai composite": false, "shenzhen composite": false, "straits times index": false, "jse": true,
}

var indexHeads = set("index", "indices", "composite", "average")

// indexJoins join the words of an index's name: "S&P/ASX 200".
var indexJoins = set(" ", "&", "-", "/")

// marketMoves are what a market does: after an ambiguous index name
// (indexNames) they make it the index, and as verbs after a market's
// words (marketSubjects) they are a happening (marketMove).
var marketMoves = set("fell", "rose", "dropped", "gained", "lost", "climbed", "slid", "jumped", "surged", "tumbled",
	"plunged", "rallied", "sank", "slumped", "soared", "dipped", "edged", "slipped", "declined", "advanced",
	"retreated", "recovered", "closed", "ended", "finished", "opened", "shed", "added",
	"falls", "rises", "drops", "gains", "loses", "climbs", "slides", "jumps", "surges", "tumbles", "plunges",
	"rallies", "sinks", "slumps", "soars", "dips", "declines", "advances", "fall", "rise", "drop", "gain",
	"decline", "rally", "slump", "points", "percent", "index")

// marketVerbs are the marketMoves that are past-tense verbs: the ones
// marketMove takes for a happening ("Stocks fell sharply on Monday").
var marketVerbs = set("fell", "rose", "dropped", "gained", "lost", "climbed", "slid", "jumped", "surged", "tumbled",
	"plunged", "rallied", "sank", "slumped", "soared", "dipped", "edged", "slipped", "declined", "advanced",
	"retreated", "recovered", "shed")

// marketSubjects before a marketVerbs word make it a market's move: the
// marketWords, prices, an index's head word, and, written capitalised,
// the distinctive words of index names (indexWords).
var marketSubjects = func() map[string]bool {
	m := set("prices", "price", "bourse", "bourses", "currency", "dollar", "euro", "yen", "sterling", "index", "composite", "average")
	for w := range marketWords {
		m[w] = true
	}
	return m
}()

var indexWords = set("dow", "nasdaq", "ftse", "dax", "cac", "ibex", "aex", "stoxx", "nikkei", "topix", "seng", "kospi", "sensex",
	"nifty", "asx", "tsx", "bovespa", "merval")

// itCopulas after "it" make it no organisation acting: "It was a hard
// year", "It is expected that ...", "It seems the deal is off"
// (castCompany).
var itCopulas = set("is", "was", "'s", "be", "been", "seems", "seemed", "appears", "appeared", "remains", "remained", "means", "meant", "looks", "looked")

// facingBodies are firmNouns for the kind of body that faces a firm: "the
// union", "the regulator" named by no name before are not the firm the
// story is about (castCompany).
var facingBodies = set("union", "regulator", "watchdog", "brokerage")

// genericFirmNouns say too little to tell firms apart: "DeepL, the German
// translation company," is no reason to read a later "the company" as
// DeepL (castCompany).
var genericFirmNouns = set("company", "firm")

// notDescribing are words before a name that say nothing of what the
// person is: "the said", "the with" never refer back, but these might
// ("the late Ada Brenn": not "the late" later) (describedNamed).
var notDescribing = set("late", "young", "former", "then", "also", "both", "only", "said", "told", "says", "with", "from", "when", "while", "after", "before", "than", "that", "this", "will", "would")

// verbsAfterSubject follow a subject as its verb or the verb's helper:
// "the chef was", "the chef will", "the chef also" (describedNamed).
var verbsAfterSubject = set("is", "was", "were", "are", "has", "had", "have", "will", "would", "could", "can", "may", "might", "must", "should",
	"also", "later", "then", "who", "says", "said", "told", "tells", "does", "did")

// countryNouns after a demonym make it speak of the country: what a state
// has, does or sends ("Russian forces", "Ukrainian negotiators", "Russian
// strikes", "Ukrainian territory"); any other noun only says where its
// thing is from (demonymOfOne).
var countryNouns = set("forces", "force", "troops", "army", "military", "navy", "soldiers", "officials", "official", "government",
	"authorities", "delegation", "delegations", "negotiators", "negotiator", "diplomats", "diplomat", "side", "sides", "leader", "leaders",
	"leadership", "parliament", "embassy", "envoy", "envoys", "counterpart", "counterparts", "state", "border", "borders", "territory",
	"territories", "soil", "airspace", "waters", "economy", "sanctions", "strikes", "strike", "attacks", "attack", "drones", "drone",
	"missiles", "missile", "shelling", "offensive", "bombardment", "occupation", "invasion", "aggression", "people", "citizens",
	"nationals", "positions", "position", "proposal", "proposals", "plan", "demands", "stance", "side's", "energy", "infrastructure",
	"cities", "regions", "towns", "villages", "capital", "ports", "grid", "gas", "oil", "exports", "imports", "budget", "court",
	"courts", "police", "security", "intelligence", "services", "ministry", "ministries", "delegates", "regime", "president",
	"prime", "foreign", "defence", "defense", "election", "elections", "voters", "sovereignty", "independence", "armed")

// armedNouns are a country's armed people: "Its forces struck Odesa"
// after "Russia launched ..." is no organisation's doing (castOwner).
var armedNouns = set("forces", "troops", "army", "military", "soldiers", "navy", "fighters", "units", "jets", "warplanes", "warships")
