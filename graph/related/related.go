// Package related ranks stored articles by what they share in the graph,
// for an article's "Related Articles" links, and says why in words.
//
// What two articles share counts, most first:
//
//   - happenings both report, after timeline/chronology's merging (both
//     report the meeting in Paris on 6 Jan 2026): Happening each;
//   - entities both are about (named in the title, in the lead's events or
//     the article's most frequent participant) and topics: About, Topic;
//   - names both merely mention: Mention, a country Country;
//
// and the sum is multiplied by a decay for the distance in time between the
// articles' happenings (1 / (1 + days/DecayDays)). The score is symmetric:
// what A scores for B, B scores for A, which is what lets Enrich recompute
// only the neighbours of changed articles.
//
// An article never recommends itself, nor a near-duplicate of itself (the
// same wire story in another outlet: chronology's same_story_as rule);
// those are reported as Copies, and copies among the related are grouped
// under the first.
//
// It reads records (graph.Store's Events), never writes, and does not
// render; both stores give the same records, so the same lists.
package related

import (
	"cmp"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"hash/fnv"
	"math"
	"math/bits"
	"slices"
	"strings"
	"sync"
	"time"

	"github.com/storygraph/storygraph/graph"
	"github.com/storygraph/storygraph/timeline"
	"github.com/storygraph/storygraph/timeline/chronology"
	"github.com/storygraph/storygraph/timeline/timex"
)

// Weights of what two articles share.
const (
	Happening = 8.0
	About     = 3.0
	Topic     = 1.5
	Mention   = 1.0
	Country   = 0.25
	// DecayDays is the distance in days between two articles' happenings
	// that halves their score.
	DecayDays = 30.0
)

// Events is the part of a graph.Store that Load reads.
type Events interface {
	Events(ctx context.Context, f graph.Filter) ([]timeline.Record, error)
}

// Link is one related article.
type Link struct {
	Article timeline.Source `json:"article"`
	// Score is what they share, weighted and decayed, to two decimals.
	Score float64 `json:"score"`
	// Reasons say what they share, in words, most telling first.
	Reasons []string `json:"reasons"`
	// Copies are near-duplicates of Article (the same story in another
	// outlet), listed with it rather than as links of their own.
	Copies []timeline.Source `json:"copies,omitempty"`
}

// List is an article's related articles, best first.
type List struct {
	Article timeline.Source `json:"article"`
	Related []Link          `json:"related"`
	// Copies are near-duplicates of the article itself: never related.
	Copies []timeline.Source `json:"copies,omitempty"`
	// Floor and Slack say which new articles can change the list
	// (graph.RelatedState, kept by enrich --write for Neighbours).
	Floor float64 `json:"-"`
	Slack int     `json:"-"`
}

// Options tune what Rank keeps.
type Options struct {
	// Limit is the most links kept (all when 0 or less).
	Limit int
	// Since keeps articles published on or after this day (YYYY-MM-DD);
	// an article without a publication day is left out.
	Since string
	// ExcludeSources leaves out articles of these outlets, compared folded.
	ExcludeSources []string
}

// article is what the index knows of one article.
type article struct {
	src       timeline.Source
	n         int // its place in Index.ids: its slot in an accum
	recs      []timeline.Record
	names     map[string]name // folded name → the name and its kind
	about     map[string]bool // folded names it is about
	topics    map[string]bool
	sents     map[uint64]bool // hashes of its folded sentences, for the copy test
	topicBits []uint64        // its topics, as bits of Index.topicBit
	order     int             // its place among all by (published desc, id): ties' order
	spans     [][2]string     // first and last day of each dated event
	day       float64         // median day of its happenings (days since 1970), NaN when none
	print     string          // fingerprint of what ranking reads
	excerpt   string          // folded title, for about-ness
}

// hit is an article in a name's posting list, and whether it is about
// the name.
type hit struct {
	b     *article
	about bool
}

// hash identifies a folded sentence: comparing hashes is what makes the
// copy test cheap (a collision only costs a chronology merge, which
// decides).
func hash(s string) uint64 {
	h := fnv.New64a()
	h.Write([]byte(s))
	return h.Sum64()
}

type name struct {
	display string
	country bool
}

// Index holds every stored article's records, ready to rank.
type Index struct {
	countries map[string]bool
	arts      map[string]*article
	ids       []string         // sorted
	postings  map[string][]hit // folded name → its articles, by id
	byURL     map[string]string
	topicBit  map[string]int // topic → its bit in article.topicBits
	accums    sync.Pool      // *accum, one per ranking goroutine
}

// accum adds up what candidates share by name with one article: a slot
// per indexed article (by article.n) and the candidates touched, in the
// order met. Arrays, not a map: Rank adds a value for every article of
// every posting it reads, the most frequent step of an enrich.
type accum struct {
	w       []float64
	touched []*article
}

func (x *accum) add(b *article, v float64) {
	if x.w[b.n] == 0 { // every value added is positive
		x.touched = append(x.touched, b)
	}
	x.w[b.n] += v
}

// accum takes a cleared accum from the pool; give it back with done.
func (ix *Index) accum() *accum {
	if x, ok := ix.accums.Get().(*accum); ok && len(x.w) == len(ix.ids) {
		return x
	}
	return &accum{w: make([]float64, len(ix.ids))}
}

func (ix *Index) done(x *accum) {
	for _, b := range x.touched {
		x.w[b.n] = 0
	}
	x.touched = x.touched[:0]
	ix.accums.Put(x)
}

// Load reads every stored event and indexes it. countries are the place
// names that are countries (the gazetteer's): sharing one is a weak sign,
// and chronology's merging needs them.
func Load(ctx context.Context, st Events, countries map[string]bool) (*Index, error) {
	recs, err := st.Events(ctx, graph.Filter{})
	if err != nil {
		return nil, err
	}
	return build(ctx, recs, countries)
}

// New indexes records (a store's events, in any order).
func New(records []timeline.Record, countries map[string]bool) *Index {
	ix, _ := build(context.Background(), records, countries)
	return ix
}

// build indexes records, looking at ctx every hundred articles: Ctrl-C
// stops an enrich within a second, and a thousand took over two seconds
// on a loaded machine under the race detector.
func build(ctx context.Context, records []timeline.Record, countries map[string]bool) (*Index, error) {
	ix := &Index{countries: countries, arts: map[string]*article{}, postings: map[string][]hit{}, byURL: map[string]string{}, topicBit: map[string]int{}}
	// stores answer in any order: one order, so one result (the embedded
	// store's is already it: no copy, no sort)
	byPlace := func(a, b timeline.Record) int {
		return cmp.Or(strings.Compare(a.Article.ID, b.Article.ID), cmp.Compare(a.Event.Start, b.Event.Start), strings.Compare(a.Event.ID, b.Event.ID))
	}
	recs := records
	if !slices.IsSortedFunc(recs, byPlace) {
		recs = slices.Clone(records)
		slices.SortFunc(recs, byPlace)
	}
	for _, r := range recs {
		a := ix.arts[r.Article.ID]
		if a == nil {
			a = &article{src: r.Article}
			ix.arts[r.Article.ID] = a
			ix.ids = append(ix.ids, r.Article.ID)
		}
		a.recs = append(a.recs, r)
	}
	for i, id := range ix.ids {
		if i%100 == 0 {
			if err := ctx.Err(); err != nil {
				return nil, err
			}
		}
		a := ix.arts[id]
		a.n = i
		ix.describe(a)
		for n := range a.names {
			ix.postings[n] = append(ix.postings[n], hit{a, a.about[n]})
		}
		if a.src.URL != "" {
			ix.byURL[a.src.URL] = id
		}
	}
	// the tie order once, so that ranking compares ints
	byDate := make([]*article, 0, len(ix.ids))
	for _, id := range ix.ids {
		byDate = append(byDate, ix.arts[id])
	}
	slices.SortFunc(byDate, func(x, y *article) int {
		return cmp.Or(strings.Compare(y.src.Published, x.src.Published), strings.Compare(x.src.ID, y.src.ID))
	})
	for i, a := range byDate {
		a.order = i
	}
	return ix, nil
}

// sharedTopics counts the topics two articles share.
func sharedTopics(a, b *article) int {
	n := 0
	for i := range min(len(a.topicBits), len(b.topicBits)) {
		n += bits.OnesCount64(a.topicBits[i] & b.topicBits[i])
	}
	return n
}

// With returns an index that also holds x (an article read from a file),
// replacing a stored article of the same ID.
func (ix *Index) With(x *timeline.Extraction) *Index {
	var recs []timeline.Record
	for _, a := range ix.arts {
		if a.src.ID != x.Article.ID {
			recs = append(recs, a.recs...)
		}
	}
	src := timeline.SourceOf(x.Article)
	for _, e := range x.Events {
		recs = append(recs, timeline.Record{Event: e, Article: src})
	}
	out := New(recs, ix.countries)
	if out.arts[src.ID] == nil { // an article with no events still has a list (empty)
		out.arts[src.ID] = &article{src: src, day: math.NaN()}
		out.ids = append(out.ids, src.ID)
		slices.Sort(out.ids)
		for i, id := range out.ids {
			out.arts[id].n = i
		}
	}
	return out
}

// IDs are the indexed articles' IDs, sorted.
func (ix *Index) IDs() []string { return ix.ids }

// Has says whether an article of that ID is indexed.
func (ix *Index) Has(id string) bool { return ix.arts[id] != nil }

// Source is an indexed article's citation.
func (ix *Index) Source(id string) (timeline.Source, bool) {
	a := ix.arts[id]
	if a == nil {
		return timeline.Source{}, false
	}
	return a.src, true
}

// Fingerprint is a hash of what ranking reads of an article: when it
// changes, its neighbours' lists may change.
func (ix *Index) Fingerprint(id string) string {
	if a := ix.arts[id]; a != nil {
		return a.print
	}
	return ""
}

// describe fills what ranking compares, from the article's records.
func (ix *Index) describe(a *article) {
	a.names, a.about, a.topics, a.sents = map[string]name{}, map[string]bool{}, map[string]bool{}, map[uint64]bool{}
	a.excerpt = " " + timeline.Fold(a.src.Title) + " "
	h := sha256.New()
	h.Write([]byte(a.src.Title + "\x00" + a.src.Published + "\x00" + a.src.Source + "\x00" + a.src.URL + "\x00"))
	count := map[string]int{}
	var days []float64
	lead := leadStart(a.recs)
	for _, r := range a.recs {
		e := r.Event
		h.Write([]byte(e.ID + "\x00" + e.Date + "\x00" + e.Sentence + "\x00"))
		if s := timeline.Fold(e.Sentence); s != "" {
			a.sents[hash(s)] = true
		}
		add := func(n string, country bool) {
			k := timeline.Fold(n)
			if k == "" {
				return
			}
			if _, ok := a.names[k]; !ok {
				a.names[k] = name{display: n, country: country}
			}
			if country {
				return
			}
			count[k]++
			if e.Start <= lead || strings.Contains(a.excerpt, " "+k+" ") {
				a.about[k] = true
			}
		}
		for _, p := range e.Participants {
			add(p.Name, p.Type == timeline.Place && ix.country(p.Name))
		}
		for _, p := range e.Places {
			add(p, ix.country(p))
		}
		for _, t := range e.Topics {
			a.topics[t] = true
		}
		if first, last, ok := timeline.Span(e.Date); ok {
			a.spans = append(a.spans, [2]string{first, last})
		}
		if e.DateBasis != timeline.BasisNone {
			if first, _, ok := timeline.Span(e.Date); ok {
				if d, err := time.Parse(time.DateOnly, first); err == nil {
					days = append(days, float64(d.Unix()/86400))
				}
			}
		}
	}
	for t := range a.topics {
		bit, ok := ix.topicBit[t]
		if !ok {
			bit = len(ix.topicBit)
			ix.topicBit[t] = bit
		}
		for len(a.topicBits) <= bit/64 {
			a.topicBits = append(a.topicBits, 0)
		}
		a.topicBits[bit/64] |= 1 << (bit % 64)
	}
	// the most frequent participant, when it recurs
	top := 0
	for _, c := range count {
		top = max(top, c)
	}
	if top >= 2 {
		for k, c := range count {
			if c == top {
				a.about[k] = true
			}
		}
	}
	a.day = math.NaN()
	if len(days) == 0 {
		if d, err := time.Parse(time.DateOnly, a.src.Published); err == nil {
			days = append(days, float64(d.Unix()/86400))
		}
	}
	if len(days) > 0 {
		slices.Sort(days)
		a.day = days[len(days)/2]
	}
	a.print = "sha256:" + hex.EncodeToString(h.Sum(nil))
}

// leadStart is the offset of the article's second event: the events up to
// it are its lead.
func leadStart(recs []timeline.Record) int {
	starts := make([]int, 0, len(recs))
	for _, r := range recs {
		starts = append(starts, r.Event.Start)
	}
	slices.Sort(starts)
	starts = slices.Compact(starts)
	if len(starts) < 2 {
		return math.MaxInt
	}
	return starts[1]
}

func (ix *Index) country(place string) bool {
	return ix.countries[place]
}

// candidates is how many articles, found by what they share by name, are
// compared in full (happenings, copies) for each link asked for.
const candidatesPerLink = 4

// minCandidates is the fewest compared in full.
const minCandidates = 24

// busyPosting is the number of articles above which a name is too common
// to find candidates by (it still scores): a name in every tenth article
// says little, and reading its list for every article costs the most.
// A variable only so that tests can make names busy in a small store.
var busyPosting = 2000

// Rank lists the articles related to the indexed article id, best first:
// by score, then the most recently published, then by ID. ok is false when
// id is not indexed.
func (ix *Index) Rank(id string, o Options) (l List, ok bool) {
	a := ix.arts[id]
	if a == nil {
		return List{}, false
	}
	l = List{Article: a.src, Related: []Link{}}
	keep := keeper(o)
	// candidates: articles sharing a name, the rarest names first, each
	// with what those names are worth (an article per name per posting:
	// counting, not comparing)
	keys := make([]string, 0, len(a.names))
	for k, n := range a.names {
		if !n.country {
			keys = append(keys, k)
		}
	}
	slices.SortFunc(keys, func(x, y string) int {
		return cmp.Or(cmp.Compare(len(ix.postings[x]), len(ix.postings[y])), strings.Compare(x, y))
	})
	acc := ix.accum()
	defer ix.done(acc)
	common := false // candidates found by a busy name too
	for _, k := range keys {
		if len(ix.postings[k]) > busyPosting {
			if len(acc.touched) >= minCandidates {
				break
			}
			common = true
		}
		about := a.about[k]
		for _, h := range ix.postings[k] {
			if about && h.about {
				acc.add(h.b, About)
			} else {
				acc.add(h.b, Mention)
			}
		}
	}
	candidates := len(acc.touched)
	if acc.w[a.n] != 0 {
		candidates-- // a itself
	}
	type scored struct {
		b     *article
		s     share
		score float64
		pos   int // its place among the candidates compared in full, from 1
	}
	byScore := func(x, y scored) int {
		return cmp.Or(cmp.Compare(y.score, x.score), cmp.Compare(x.b.order, y.b.order))
	}
	n := max(minCandidates, candidatesPerLink*o.Limit)
	if o.Limit <= 0 {
		n = candidates
	}
	// the best n, kept sorted: most candidates lose to the worst kept, and
	// one whose names and a's every topic cannot reach it (the decay only
	// lowers a score) loses without counting its topics
	topics := Topic * float64(len(a.topics))
	all := make([]scored, 0, n+1)
	for _, b := range acc.touched {
		w := acc.w[b.n]
		if b == a || n > 0 && len(all) == n && w+topics < all[n-1].score || !keep(b) {
			continue
		}
		w += Topic * float64(sharedTopics(a, b))
		c := scored{b: b, score: decay(w, a, b)}
		if len(all) == n && byScore(c, all[n-1]) >= 0 {
			continue
		}
		i, _ := slices.BinarySearchFunc(all, c, byScore)
		all = slices.Insert(all, i, c)
		if len(all) > n {
			all = all[:n]
		}
	}
	var final []scored
	for i, c := range all {
		c.pos = i + 1
		c.s = ix.shared(a, c.b)
		c.s.happenings, c.s.copy = ix.happenings(a, c.b)
		if c.s.copy {
			l.Copies = append(l.Copies, c.b.src)
			continue
		}
		c.score = c.s.score(a, c.b)
		if c.score > 0 {
			final = append(final, c)
		}
	}
	slices.SortFunc(final, byScore)
	slices.SortFunc(l.Copies, func(x, y timeline.Source) int { return strings.Compare(x.ID, y.ID) })
	// what Neighbours needs: the weakest candidate compared in full, and
	// how many more can enter before one linked is pushed out
	switch {
	case common || o.Limit <= 0:
		l.Floor = -1 // any article sharing a name may change it
	case len(all) == n:
		l.Floor = all[n-1].score
	}
	deepest := 0
	// group copies among the related under the best of them
	for _, c := range final {
		if o.Limit > 0 && len(l.Related) >= o.Limit {
			break
		}
		grouped := false
		for i := range l.Related {
			if ix.isCopy(ix.arts[l.Related[i].Article.ID], c.b) {
				l.Related[i].Copies = append(l.Related[i].Copies, c.b.src)
				grouped = true
				break
			}
		}
		if !grouped {
			l.Related = append(l.Related, Link{Article: c.b.src, Score: math.Round(c.score*100) / 100, Reasons: c.s.reasons()})
			deepest = max(deepest, c.pos)
		}
	}
	l.Slack = n - deepest
	return l, true
}

// keeper is Options' test of a candidate: published since, not of an
// excluded outlet.
func keeper(o Options) func(b *article) bool {
	exclude := map[string]bool{}
	for _, s := range o.ExcludeSources {
		exclude[timeline.Fold(s)] = true
	}
	return func(b *article) bool {
		if o.Since != "" && (len(b.src.Published) < 10 || b.src.Published < o.Since) {
			return false
		}
		return len(exclude) == 0 || !exclude[timeline.Fold(b.src.Source)]
	}
}

// share is what two articles share.
type share struct {
	happenings []string // the shared happenings, described
	copy       bool
	about      []string // display names both are about
	topics     []string
	mentions   []string // display names, not about in both
	countries  []string
}

// shared compares two articles' names and topics (not yet happenings).
func (ix *Index) shared(a, b *article) share {
	var s share
	keys := make([]string, 0, len(a.names))
	for k := range a.names {
		if _, ok := b.names[k]; ok {
			keys = append(keys, k)
		}
	}
	slices.Sort(keys)
	for _, k := range keys {
		n := a.names[k]
		switch {
		case n.country:
			s.countries = append(s.countries, n.display)
		case a.about[k] && b.about[k]:
			s.about = append(s.about, n.display)
		default:
			s.mentions = append(s.mentions, n.display)
		}
	}
	for t := range a.topics {
		if b.topics[t] {
			s.topics = append(s.topics, t)
		}
	}
	slices.Sort(s.topics)
	return s
}

func (s share) score(a, b *article) float64 {
	sum := Happening*float64(len(s.happenings)) + About*float64(len(s.about)) + Topic*float64(len(s.topics)) +
		Mention*float64(len(s.mentions)) + Country*float64(len(s.countries))
	if len(s.happenings) == 0 && len(s.about) == 0 && len(s.mentions) == 0 {
		return 0 // a topic or a country alone relates nothing
	}
	return decay(sum, a, b)
}

// decay divides a score by the distance in time between the articles'
// happenings.
func decay(sum float64, a, b *article) float64 {
	if !math.IsNaN(a.day) && !math.IsNaN(b.day) {
		sum /= 1 + math.Abs(a.day-b.day)/DecayDays
	}
	return sum
}

// reasons say the share in words, most telling first.
func (s share) reasons() []string {
	var out []string
	for _, h := range s.happenings {
		out = append(out, "both report "+h)
	}
	var about []string
	about = append(about, s.about...)
	for _, t := range s.topics {
		about = append(about, strings.ReplaceAll(t, "-", " "))
	}
	if len(about) > 0 {
		out = append(out, "both are about "+words(about))
	}
	if len(s.mentions) > 0 {
		out = append(out, "both mention "+words(s.mentions))
	}
	if len(s.countries) > 0 {
		out = append(out, "both name "+words(s.countries))
	}
	return out
}

// words joins names as a sentence does: "A", "A and B", "A, B and C".
func words(xs []string) string {
	if len(xs) == 1 {
		return xs[0]
	}
	return strings.Join(xs[:len(xs)-1], ", ") + " and " + xs[len(xs)-1]
}

// happenings merges the two articles' events as a chronology does and
// describes each entry both report; copy is true when chronology finds one
// a near-duplicate of the other.
func (ix *Index) happenings(a, b *article) (out []string, copy bool) {
	if ix.isCopy(a, b) {
		return nil, true
	}
	if !mayMerge(a, b) {
		return nil, false
	}
	recs := append(slices.Clone(a.recs), b.recs...)
	entries := chronology.Chronology(recs, chronology.ChronologyOptions{Countries: ix.countries})
	seen := map[string]bool{}
	for _, e := range entries {
		inA, inB := false, false
		for _, r := range e.Sources {
			if r.SameStoryAs != "" {
				copy = true
			}
			inA = inA || r.Article.ID == a.src.ID
			inB = inB || r.Article.ID == b.src.ID
		}
		if inA && inB {
			if d := ix.describeEntry(e); !seen[d] {
				seen[d] = true
				out = append(out, d)
			}
		}
	}
	return out, copy
}

// mayMerge says whether chronology could merge any of two articles'
// events: only reports of the same sentence, or with dates that overlap,
// ever merge. Most pairs fail it, and it costs far less than merging.
func mayMerge(a, b *article) bool {
	for _, x := range a.spans {
		for _, y := range b.spans {
			if x[0] <= y[1] && y[0] <= x[1] {
				return true
			}
		}
	}
	for s := range a.sents {
		if b.sents[s] {
			return true
		}
	}
	return false
}

// isCopy says whether b is a near-duplicate of a (the same wire story
// in another outlet): chronology's rule (markSameStory) on two articles,
// at least two reported sentences the same and at least half of either's.
// It is checked here, on hashed sentences, because merging every copy to
// find it cost half of enrich's time; TestCopyIsChronologys holds the
// two rules together.
func (ix *Index) isCopy(a, b *article) bool {
	n := 0
	for s := range b.sents {
		if a.sents[s] {
			n++
		}
	}
	return n >= 2 && 2*n >= min(len(a.sents), len(b.sents))
}

// nouns name a happening by its kind.
var nouns = map[timeline.Kind]string{
	timeline.KindMeeting: "meeting", timeline.KindNegotiation: "talks", timeline.KindStatement: "statement",
	timeline.KindTravel: "visit", timeline.KindAttack: "attack", timeline.KindCasualty: "casualties",
	timeline.KindAgreement: "agreement", timeline.KindProposal: "proposal", timeline.KindDecision: "decision",
}

// describeEntry says a happening as a reason does: "the meeting in Paris
// on 6 Jan 2026".
func (ix *Index) describeEntry(e chronology.Entry) string {
	noun := nouns[e.Kind]
	if noun == "" {
		noun = "happening"
	}
	s := "the " + noun
	if e.Kind == timeline.KindStatement || e.Kind == timeline.KindOther || noun == "happening" {
		var who []string
		for _, p := range e.Participants {
			if p.Role == timeline.RoleAgent && !slices.Contains(who, p.Name) {
				who = append(who, p.Name)
			}
		}
		if len(who) > 0 {
			s += " by " + words(who)
		}
	}
	var site, land string
	for _, p := range e.Places {
		if ix.country(p) {
			land = cmp.Or(land, p)
		} else {
			site = cmp.Or(site, p)
		}
	}
	if p := cmp.Or(site, land); p != "" {
		s += " in " + p
	}
	if e.DateLabel != "" && e.DateLabel != "undated" {
		switch e.Precision {
		case timex.Day, timex.Hour, timex.Minute:
			s += " on " + e.DateLabel
		case timex.Week:
			s += " in the " + e.DateLabel
		case timex.Range:
			// days ("10–11 Mar 2026") are "on", months "in"
			if c := e.DateLabel[0]; c >= '0' && c <= '9' {
				s += " on " + e.DateLabel
			} else {
				s += " in " + e.DateLabel
			}
		default:
			s += " in " + e.DateLabel
		}
	}
	return s
}

// URL finds the indexed article whose stored URL is url (already
// canonical): "" when none.
func (ix *Index) URL(url string) string { return ix.byURL[url] }
