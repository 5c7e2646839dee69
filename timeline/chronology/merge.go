package chronology

import (
	"fmt"
	"slices"
	"sort"
	"strings"
	"time"
	"unicode"

	"github.com/storygraph/storygraph/timeline"
	"github.com/storygraph/storygraph/timeline/timex"
)

// One happening, one entry: when several articles report the same
// happening, their reports become one entry with every source. Two reports
// are the same happening when they come from different articles and
//
//   - they quote the same sentence (the same wire copy in two outlets), or
//   - they are of the same kind family (a meeting and talks are one
//     family), their dates nest (one interval inside the other: a day inside
//     the week another outlet gave) and they share at least two of: a
//     person or organisation taking part, a city or site, a named thing
//     ("Paris Declaration").
//
// Besides, a statement announcing a commitment is that commitment ("said it
// will buy" and "agreed to buy", the same day), and a trip planned for a
// day is the meeting held that day where it went, with the traveller; a
// later article's coarse recollection of a happening ("had opened a probe
// in May") is the happening (see recalled). An
// entry that merges a plan with its happening says it happened.
//
// A date of a week or less (a day, "overnight") counts as precise; a report
// that tells one more happening of its kind ("a second strike") is never
// merged on similarity. Happenings that merely share a date stay apart. Reports whose dates do
// not nest are never merged on similarity alone; when identical sentences
// carry different dates the entry keeps both, flags the conflict and spans
// them rather than averaging. Every merge says why (Entry.MergedBecause).

// ChronologyOptions tune Chronology.
type ChronologyOptions struct {
	// NoMerge keeps every report as its own entry.
	NoMerge bool
	// Countries names the places that are countries, so that merging
	// never counts a shared country as a shared site: the gazetteer's
	// (gazetteer.Gazetteer.Countries). Merging adds every place that acts
	// in an entry (a place participant: "Ukraine said").
	Countries map[string]bool
}

// family groups kinds that describe one happening in different words.
func family(kind timeline.Kind) string {
	switch kind {
	case timeline.KindMeeting, timeline.KindNegotiation:
		return "meeting"
	case timeline.KindAttack, timeline.KindCasualty:
		return "attack"
	case timeline.KindAgreement, timeline.KindDecision, timeline.KindProposal:
		return "commitment"
	}
	return string(kind)
}

// signals are the things that identify a happening, folded.
type signals struct {
	actors map[string]timeline.EntityType // people and organisations
	sites  map[string]bool                // places that are not countries
	terms  map[string]bool                // capitalised multi-word names in the sentence
	text   string                         // the folded sentence
	words  []string                       // its words of three letters or more but the commonest, sorted, once each
	// articles are the IDs of the reports' articles: most pairs share
	// none, and this says so without comparing every pair of reports
	articles map[string]bool
	// another: text tells one more happening of its kind (tellsAnother),
	// read once, not at every comparison
	another bool
}

func signalsOf(e *Entry, countries map[string]bool) signals {
	s := signals{actors: map[string]timeline.EntityType{}, sites: map[string]bool{}, terms: map[string]bool{}, articles: map[string]bool{}}
	for _, p := range e.Participants {
		if p.Type == timeline.Person || p.Type == timeline.Organization {
			s.actors[timeline.Fold(p.Name)] = p.Type
		}
	}
	for _, p := range e.Places {
		if !countries[p] {
			s.sites[timeline.Fold(p)] = true
		}
	}
	for _, r := range e.Sources {
		s.articles[r.Article.ID] = true
		s.text = timeline.Fold(r.Sentence)
		for _, t := range capitalisedTerms(r.Sentence, false) {
			s.terms[t] = true
		}
	}
	s.another = tellsAnother(s.text)
	s.words = make([]string, 0, 24)
	for w := range strings.FieldsFuncSeq(s.text, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) }) {
		if len(w) >= 3 && !commonWords[w] {
			s.words = append(s.words, w)
		}
	}
	slices.Sort(s.words)
	s.words = slices.Compact(s.words)
	return s
}

// capitalisedTerms returns folded runs of two or more capitalised words
// ("Paris Declaration", "Coalition of the Willing"). The first word of a
// sentence is capitalised anyway and starts a run only in titles.
func capitalisedTerms(sentence string, title bool) []string {
	var out []string
	words := strings.Fields(sentence)
	var run []string
	flush := func() {
		for len(run) > 0 && !startsUpper(run[len(run)-1]) {
			run = run[:len(run)-1]
		}
		if len(run) >= 2 {
			out = append(out, timeline.Fold(strings.Join(run, " ")))
		}
		run = nil
	}
	for i, w := range words {
		clean := strings.Trim(w, `.,;:!?"'“”‘’()[]`)
		switch {
		case startsUpper(clean) && (i > 0 || title || len(run) > 0):
			run = append(run, clean)
		case len(run) > 0 && (clean == "of" || clean == "the" || clean == "for" || clean == "and"):
			run = append(run, clean)
		default:
			flush()
		}
		if clean != w {
			flush()
		}
	}
	flush()
	return out
}

func startsUpper(w string) bool {
	for _, r := range w {
		return r >= 'A' && r <= 'Z'
	}
	return false
}

func shared(a, b map[string]bool) []string {
	var out []string
	for k := range a {
		if b[k] {
			out = append(out, k)
		}
	}
	sort.Strings(out)
	return out
}

// sharedActors returns the actors of a that b has too, named alike or
// one named shorter: an organisation by the first words of its name
// ("Nordavia" for "Nordavia Airlines"), a person by the surname ("Dahl"
// for "Henrik Dahl"). Outlets name a company or a person in full or not,
// so the folded names differ while the actor is one.
func sharedActors(a, b map[string]timeline.EntityType) []string {
	var out []string
	for x, tx := range a {
		if _, ok := b[x]; ok {
			out = append(out, x)
			continue
		}
		for y, ty := range b {
			if tx == ty && shortFor(x, y, tx) {
				out = append(out, x)
				break
			}
		}
	}
	sort.Strings(out)
	return out
}

// shortFor reports whether the shorter of two folded names of one type is
// the other named short, as sharedActors says.
func shortFor(x, y string, typ timeline.EntityType) bool {
	if len(x) > len(y) {
		x, y = y, x
	}
	switch typ {
	case timeline.Organization:
		return strings.HasPrefix(y, x+" ")
	case timeline.Person:
		return !strings.Contains(x, " ") && strings.HasSuffix(y, " "+x)
	}
	return false
}

// editedCopy: "A magnitude 6.1 earthquake struck off the coast of Marvena
// on Monday, damaging dozens of buildings in the port town of Sella" and "A
// 6.1-magnitude earthquake struck off Marvena's coast on Monday, damaging
// dozens of buildings in the port of Sella" are one wire story as two
// outlets edited it: at least 60% of their words (commonest words aside)
// in common, ten words at least between them (in a short sentence one word
// is the whole news), and no site or actor of one that the other
// contradicts (a drone striking Kharkiv and one striking Sumy, told alike,
// stay apart). Statements are left out: "X said the budget passed" and "X
// said he welcomed the budget" are two.
func editedCopy(sa, sb signals) bool {
	// the cheap refusals first: most pairs compared are apart
	na, nb := len(sa.words), len(sb.words)
	if na+nb < 10 || min(na, nb)*10 < max(na, nb)*6 {
		return false // (the words in common are at most the fewer)
	}
	if len(sa.sites) > 0 && len(sb.sites) > 0 && !sharesSite(sa, sb) ||
		len(sa.actors) > 0 && len(sb.actors) > 0 && !sharesActor(sa, sb) {
		return false
	}
	common, union := wordsInCommon(sa, sb)
	return union >= 10 && common*10 >= union*6
}

// wordsInCommon counts the words two reports share and the words of
// both, by a walk over their sorted words.
func wordsInCommon(sa, sb signals) (common, union int) {
	na, nb := len(sa.words), len(sb.words)
	for i, j := 0, 0; i < na && j < nb; {
		switch c := strings.Compare(sa.words[i], sb.words[j]); {
		case c == 0:
			common++
			i++
			j++
		case c < 0:
			i++
		default:
			j++
		}
	}
	return common, na + nb - common
}

// untypedSameDay: "Kestrel Aerospace fired its chief executive, Marcus
// Oyelaran, on Wednesday after ..." and "Kestrel Aerospace on Wednesday
// ousted chief executive Marcus Oyelaran, blaming him ..." are one
// happening, though the extractor knew the kind of only one of them (no
// word of a kind in the other: `other`): on the same day, at least two
// actors in common and 40% of their words. Statements are left out
// (people say many things a day), and so is one more of its kind.
func untypedSameDay(a, b *Entry, sa, sb signals) (bool, string) {
	if (a.Kind == timeline.KindOther) == (b.Kind == timeline.KindOther) || a.Kind == timeline.KindStatement || b.Kind == timeline.KindStatement ||
		sa.another || sb.another || a.first == "" || a.first != b.first || a.last != b.last || !narrow(a) {
		return false, ""
	}
	actors := sharedActors(sa.actors, sb.actors)
	if len(actors) < 2 {
		return false, ""
	}
	if common, union := wordsInCommon(sa, sb); common*10 < union*4 {
		return false, ""
	}
	return true, "the same day, one report of no known kind; 40% of the words in common; both involve " + strings.Join(actors, ", ")
}

// sharesSite and sharesActor are shared and sharedActors asking only
// whether there is one, without building the list.
func sharesSite(sa, sb signals) bool {
	for k := range sa.sites {
		if sb.sites[k] {
			return true
		}
	}
	return false
}

func sharesActor(sa, sb signals) bool {
	for x, tx := range sa.actors {
		for y, ty := range sb.actors {
			if x == y || tx == ty && shortFor(x, y, tx) {
				return true
			}
		}
	}
	return false
}

// commonWords are left out of editedCopy's comparison: they say nothing of
// which happening a sentence tells.
var commonWords = map[string]bool{"the": true, "and": true, "for": true, "with": true, "that": true, "this": true, "from": true,
	"said": true, "says": true, "was": true, "were": true, "has": true, "have": true, "had": true, "its": true, "their": true,
	"his": true, "her": true, "after": true, "about": true, "into": true, "over": true, "which": true, "who": true, "will": true,
	"would": true, "been": true, "are": true, "not": true, "but": true, "than": true, "also": true, "they": true, "there": true}

// anotherWords mark a report as one more happening of its kind ("a
// second strike hit Kharkiv", "another round of talks"): it is not the one
// another article reports alike, whatever they share.
var anotherWords = []string{"second", "third", "another", "separate", "separately", "fresh", "renewed"}

// tellsAnother reports whether a folded sentence has one of anotherWords.
func tellsAnother(text string) bool {
	for w := range strings.FieldsFuncSeq(text, func(r rune) bool { return !unicode.IsLetter(r) }) {
		if slices.Contains(anotherWords, w) {
			return true
		}
	}
	return false
}

// narrow reports a date of a week or less: a day, or a short range such
// as "overnight" (10–11 March) or "the night of March 10-11", which pins a
// happening as well as a day does.
func narrow(e *Entry) bool {
	if e.first == "" {
		return false
	}
	a, err1 := time.Parse(time.DateOnly, e.first)
	b, err2 := time.Parse(time.DateOnly, e.last)
	return err1 == nil && err2 == nil && b.Sub(a) < 7*24*time.Hour
}

// nests reports whether one interval lies inside the other.
func nests(a, b *Entry) bool {
	if a.first == "" || b.first == "" {
		return false
	}
	return (a.first >= b.first && a.last <= b.last) || (b.first >= a.first && b.last <= a.last)
}

// sharesArticle reports whether two entries have a report from one
// article, looking up the fewer of their articles in the other's.
func sharesArticle(sa, sb signals) bool {
	if len(sa.articles) < len(sb.articles) {
		sa, sb = sb, sa
	}
	for id := range sb.articles {
		if sa.articles[id] {
			return true
		}
	}
	return false
}

// sameHappening says whether b reports a's happening, and why.
func sameHappening(a, b *Entry, sa, sb signals) (bool, string) {
	// a denial is kept apart from reports that the happening took place:
	// merged, the entry would vouch for one side
	if (a.Certainty == timeline.CertaintyDenied) != (b.Certainty == timeline.CertaintyDenied) {
		return false, ""
	}
	if sharesArticle(sa, sb) {
		for _, ra := range a.Sources {
			for _, rb := range b.Sources {
				if ra.Article.ID == rb.Article.ID {
					// "And we've had a very constructive meeting": the
					// article speaking again of the meeting it reported,
					// naming nobody and nowhere new.
					if family(a.Kind) == "meeting" && family(b.Kind) == "meeting" && a.first != "" &&
						a.first == b.first && a.last == b.last && len(sb.actors) == 0 && len(sb.sites) == 0 {
						return true, "the same article speaks again of its meeting that day, naming nobody new"
					}
					// the same sentence twice in one text (a repeated line)
					if sa.text != "" && sa.text == sb.text && ra.Start != rb.Start {
						return true, "the same sentence again in the same article"
					}
					return false, ""
				}
			}
		}
	}
	if sa.text != "" && sa.text == sb.text {
		return true, "the same sentence"
	}
	if ok, why := announcedCommitment(a, b, sa, sb); ok {
		return true, why
	}
	if ok, why := tripToMeeting(a, b, sa, sb); ok {
		return true, why
	}
	if ok, why := recalled(a, b, sa, sb); ok {
		return true, why
	}
	if ok, why := untypedSameDay(a, b, sa, sb); ok {
		return true, why
	}
	if family(a.Kind) != family(b.Kind) || !nests(a, b) || sa.another || sb.another {
		return false, ""
	}
	if a.Kind != timeline.KindStatement && editedCopy(sa, sb) {
		return true, "nearly the same sentence (one outlet's edit of the other's copy); dates nest"
	}
	actors, sites, terms := sharedActors(sa.actors, sb.actors), shared(sa.sites, sb.sites), shared(sa.terms, sb.terms)
	// a term that is just a shared actor or site is not a second signal
	var extra []string
	for _, t := range terms {
		if _, actor := sa.actors[t]; !actor && !sa.sites[t] {
			extra = append(extra, t)
		}
	}
	// Coarse dates and statements (people say many things a day) need
	// more in common.
	need := 2
	coarse := (a.Precision != timex.Day || b.Precision != timex.Day) && a.Precision != timex.Week && b.Precision != timex.Week &&
		!(narrow(a) && narrow(b))
	if coarse || a.Kind == timeline.KindStatement {
		need = 3
	}
	var why []string
	if len(actors)+len(sites)+len(extra) < need {
		if !unnamedThere(a, b, sa, sb, sites) {
			return false, ""
		}
		why = append(why, "one report names no one")
	}
	why = append(why, "same kind ("+family(a.Kind)+")", "dates nest")
	if len(actors) > 0 {
		why = append(why, "both involve "+strings.Join(actors, ", "))
	}
	if len(sites) > 0 {
		why = append(why, "both at "+strings.Join(sites, ", "))
	}
	if len(extra) > 0 {
		why = append(why, "both name "+strings.Join(extra, ", "))
	}
	return true, strings.Join(why, "; ")
}

// announcedCommitment: "Norvik said on Tuesday it will buy Tarven" and
// "Norvik agreed on Tuesday to buy Tarven" are one happening, the
// commitment, told by one outlet as the statement announcing it: on the
// same day, between the same two (or more) actors, the same act promised
// ("will buy", "to buy").
func announcedCommitment(a, b *Entry, sa, sb signals) (bool, string) {
	if a.Kind == timeline.KindStatement {
		a, b, sa, sb = b, a, sb, sa
	}
	if family(a.Kind) != "commitment" || b.Kind != timeline.KindStatement || !narrow(a) || !narrow(b) || !nests(a, b) || sa.another || sb.another {
		return false, ""
	}
	actors := sharedActors(sa.actors, sb.actors)
	if len(actors) < 2 {
		return false, ""
	}
	for _, w := range promisedActs(a) {
		if slices.Contains(promisedActs(b), w) {
			return true, "a statement announcing the commitment (" + w + "); dates nest; both involve " + strings.Join(actors, ", ")
		}
	}
	return false, ""
}

// tripToMeeting: "Varga will travel to Warsaw on July 2 for further talks"
// and "Varga held talks with Ostrowski in Warsaw on Friday" (July 2) are
// one happening, the talks the trip was for: a trip planned for a day, and
// a meeting held that day in the city the trip went to, with the traveller
// taking part.
func tripToMeeting(a, b *Entry, sa, sb signals) (bool, string) {
	if b.Kind == timeline.KindTravel {
		a, b, sa, sb = b, a, sb, sa
	}
	if a.Kind != timeline.KindTravel || a.Status != timeline.StatusScheduled || b.Status != timeline.StatusHappened ||
		family(b.Kind) != "meeting" || !narrow(a) || !narrow(b) || !nests(a, b) || sa.another || sb.another {
		return false, ""
	}
	actors, sites := sharedActors(sa.actors, sb.actors), shared(sa.sites, sb.sites)
	if len(actors) == 0 || len(sites) == 0 {
		return false, ""
	}
	return true, "the trip planned for the meeting held (" + strings.Join(sites, ", ") + "); dates nest; both involve " + strings.Join(actors, ", ")
}

// recalled: "The Commission had opened an in-depth probe in May", in a
// later article, recalls "The European Commission opened an in-depth
// investigation on Tuesday" (May 4) of an earlier one: the same kind and
// verb, a coarse date around the precise one, published after it, and
// every person or organisation the recollection names taking part in the
// happening reported (so "had opened a probe into Tarven in May" does not
// recall a probe into Norvik). Statements are never recalled so: people
// say many things in a month.
func recalled(a, b *Entry, sa, sb signals) (bool, string) {
	// (the cheap refusals first: narrow parses dates)
	if a.Kind != b.Kind || a.Kind == timeline.KindStatement || a.verb == "" || a.verb != b.verb || sa.another || sb.another {
		return false, ""
	}
	if narrow(b) {
		a, b, sa, sb = b, a, sb, sa
	}
	if !narrow(a) || narrow(b) || !nests(a, b) || len(sb.actors) == 0 || b.Sources[0].Article.Published < a.first {
		return false, ""
	}
	actors := sharedActors(sb.actors, sa.actors)
	if len(actors) != len(sb.actors) {
		return false, ""
	}
	return true, "a later article recalls it (" + a.verb + "), dated coarsely around it; both involve " + strings.Join(actors, ", ")
}

// promisedActs are the lower-case words after "to", "will" or "would" in
// an entry's sentences: the acts promised ("agreed to buy", "said it will
// cut").
func promisedActs(e *Entry) []string {
	var out []string
	for _, r := range e.Sources {
		words := strings.FieldsFunc(r.Sentence, func(c rune) bool { return !unicode.IsLetter(c) })
		for i := 1; i < len(words); i++ {
			if w := words[i]; promiseWords[words[i-1]] && unicode.IsLower([]rune(w)[0]) && !promiseWords[w] && w != "be" && w != "have" {
				if same, ok := sameAct[w]; ok {
					w = same
				}
				out = append(out, w)
			}
		}
	}
	return out
}

// sameAct names one act by one word, as outlets paraphrase it ("agreed
// to buy" and "will acquire", "will cut" and "to shed").
var sameAct = map[string]string{
	"acquire":   "buy",
	"purchase":  "buy",
	"divest":    "sell",
	"offload":   "sell",
	"shed":      "cut",
	"axe":       "cut",
	"slash":     "cut",
	"eliminate": "cut",
	"shut":      "close",
	"combine":   "merge",
	"supply":    "provide",
	"deliver":   "provide",
	"deploy":    "send",
	"construct": "build",
	"hire":      "recruit",
}

// promiseWords come before an act promised.
var promiseWords = map[string]bool{"to": true, "will": true, "would": true}

// unnamedThere: "Ukrainian and Russian delegations met in Geneva
// on Tuesday" and "Negotiators held talks in Geneva on March 10 with
// Anton Veles mediating" are one meeting: talks on the same day in the
// same city, one report naming no person or organisation to tell them
// apart (two that name different people stay apart). So is a strike and
// its toll: "A drone strike on Sumy killed three overnight, the governor
// said" and "The number killed in Tuesday night's attack on Sumy has
// risen to five", a night and a day in it (a report of another strike,
// "a second strike", never merges: sameHappening).
func unnamedThere(a, b *Entry, sa, sb signals, sites []string) bool {
	if family(a.Kind) != family(b.Kind) || len(sites) == 0 || len(sa.actors) > 0 && len(sb.actors) > 0 {
		return false
	}
	switch family(a.Kind) {
	case "meeting":
		return a.first != "" && a.first == a.last && a.first == b.first && b.first == b.last
	case "attack":
		return narrow(a) && narrow(b) && nests(a, b)
	}
	return false
}

// merge folds entries (sorted) that report one happening into one entry.
// countries are the place names that are countries: a country shared is
// no sign of one happening ("Kharkiv, Ukraine" and "Odesa, Ukraine").
func merge(entries []Entry, countries map[string]bool) []Entry {
	all := map[string]bool{}
	for k, v := range countries {
		all[k] = v
	}
	for _, e := range entries {
		for _, p := range e.Participants {
			if p.Type == timeline.Place {
				all[p.Name] = true // a place acting is a country
			}
		}
	}
	countries = all
	sigs := make([]signals, len(entries))
	for i := range entries {
		sigs[i] = signalsOf(&entries[i], countries)
	}
	out := make([]Entry, 0, len(entries))
	outSig := make([]signals, 0, len(entries))
	for i := range entries {
		e := entries[i]
		merged := false
		for j := range out {
			if ok, why := sameHappening(&out[j], &e, outSig[j], sigs[i]); ok {
				absorb(&out[j], &e, why)
				for k, typ := range sigs[i].actors {
					outSig[j].actors[k] = typ
				}
				for k := range sigs[i].sites {
					outSig[j].sites[k] = true
				}
				for k := range sigs[i].terms {
					outSig[j].terms[k] = true
				}
				for k := range sigs[i].articles {
					outSig[j].articles[k] = true
				}
				merged = true
				break
			}
		}
		if !merged {
			out = append(out, e)
			outSig = append(outSig, sigs[i])
		}
	}
	return mergeOutcomes(out)
}

// documentNouns name the texts a meeting adopts.
var documentNouns = []string{"declaration", "agreement", "accord", "treaty", "communique", "memorandum", "statement", "plan", "framework", "charter", "protocol"}

// documentOf returns the document noun a text speaks of and its proper
// name when capitalised ("paris declaration", "declaration of intent");
// name is "" for a generic mention ("today's joint declaration").
func documentOf(text string, title bool) (noun, name string) {
	f := timeline.Fold(text)
	for _, n := range documentNouns {
		if !strings.Contains(" "+f+" ", " "+n+" ") {
			continue
		}
		for _, t := range capitalisedTerms(text, title) {
			if strings.Contains(" "+t+" ", " "+n+" ") {
				return n, t
			}
		}
		return n, ""
	}
	return "", ""
}

// mergeOutcomes merges the adoption of one document at one meeting as
// two articles report it: commitments of the same day, from two articles
// whose reports of that day's meeting were merged, that speak of the same
// kind of document (in the sentence, or as the article's title), with the
// same name when both name it.
func mergeOutcomes(out []Entry) []Entry {
	// the merged meetings each article reports on a day ("day|article"):
	// two articles are linked on a day when they share one
	meetings := map[string][]int{}
	for i, e := range out {
		if family(e.Kind) != "meeting" || len(e.Sources) < 2 {
			continue
		}
		for _, a := range e.Sources {
			k := e.first + "|" + a.Article.ID
			if m := meetings[k]; len(m) == 0 || m[len(m)-1] != i {
				meetings[k] = append(m, i)
			}
		}
	}
	if len(meetings) == 0 {
		return out
	}
	linkedOn := func(day, a, b string) bool {
		if a == b {
			return false
		}
		for _, i := range meetings[day+"|"+a] {
			if slices.Contains(meetings[day+"|"+b], i) {
				return true
			}
		}
		return false
	}
	doc := func(e *Entry) (string, string) {
		if n, name := documentOf(e.Sources[0].Sentence, false); n != "" {
			return n, name
		}
		return documentOf(e.Sources[0].Article.Title, true)
	}
	var kept []Entry
	used := map[int]bool{}
	for i := range out {
		if used[i] {
			continue
		}
		a := out[i]
		if family(a.Kind) == "commitment" && len(a.Sources) == 1 && a.first != "" && a.first == a.last {
			na, namea := doc(&a)
			for j := i + 1; j < len(out) && na != ""; j++ {
				b := &out[j]
				if used[j] || family(b.Kind) != "commitment" || len(b.Sources) != 1 || b.first != a.first || b.last != a.last {
					continue
				}
				if !linkedOn(a.first, a.Sources[0].Article.ID, b.Sources[0].Article.ID) {
					continue
				}
				nb, nameb := doc(b)
				if nb != na || (namea != "" && nameb != "" && namea != nameb) {
					continue
				}
				absorb(&a, b, "outcome of the same meeting that day; both speak of the "+na)
				used[j] = true
				break
			}
		}
		kept = append(kept, a)
	}
	return kept
}

// absorb adds b's reports to a: the union of participants and places, the
// most precise date both agree on, or a flagged span when they disagree.
func absorb(a, b *Entry, why string) {
	a.Sources = append(a.Sources, b.Sources...)
	if a.Kind == timeline.KindStatement && family(b.Kind) == "commitment" ||
		a.Status == timeline.StatusScheduled && b.Status == timeline.StatusHappened {
		// the statement announced the commitment, or the plan was carried
		// out: the entry is what happened
		a.Kind, a.Status, a.Certainty, a.Summary = b.Kind, b.Status, b.Certainty, b.Summary
	}
	a.MergedBecause = append(a.MergedBecause, fmt.Sprintf("%s (%s): %s", b.Sources[0].Article.Title, b.ID, why))
	for _, p := range b.Participants {
		found := false
		for i, q := range a.Participants {
			if q.Name == p.Name {
				found = true
			} else if fq, fp := timeline.Fold(q.Name), timeline.Fold(p.Name); q.Type == p.Type && shortFor(fq, fp, p.Type) {
				// one actor named short and in full: the full name stays
				found = true
				if len(fp) > len(fq) {
					a.Participants[i].Name = p.Name
				}
			}
		}
		if !found {
			a.Participants = append(a.Participants, p)
		}
	}
	for _, p := range b.Places {
		if !slices.Contains(a.Places, p) {
			a.Places = append(a.Places, p)
		}
	}
	for _, t := range b.Topics {
		if !slices.Contains(a.Topics, t) {
			a.Topics = append(a.Topics, t)
		}
	}
	sort.Strings(a.Topics)
	if a.Time == "" && b.Time != "" {
		a.Time, a.Timezone = b.Time, b.Timezone
	}
	switch {
	case a.first == "" && b.first != "":
		a.Date, a.Precision, a.first, a.last = b.Date, b.Precision, b.first, b.last
	case nests(a, b):
		// the narrower interval is what both reports agree on
		if b.last < a.last || b.first > a.first {
			if !narrow(a) && narrow(b) {
				// a coarse report ("in May") absorbing a precise one
				// (May 4): the precise report leads the entry
				n := len(b.Sources)
				a.Sources = slices.Concat(a.Sources[len(a.Sources)-n:], a.Sources[:len(a.Sources)-n])
				a.Summary = b.Summary
			}
			a.Date, a.Precision, a.first, a.last = b.Date, b.Precision, b.first, b.last
		}
	case a.first != "" && b.first != "":
		a.DateConflict = true
		first, last := min(a.first, b.first), max(a.last, b.last)
		a.Date, a.Precision, a.first, a.last = first+"/"+last, timex.Range, first, last
	}
	a.DateLabel = DateLabel(a.Date, a.Precision)
	if a.DateConflict {
		a.DateLabel += " (sources disagree)"
	}
}
