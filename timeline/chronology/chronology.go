package chronology

import (
	"fmt"
	"sort"
	"time"

	"github.com/storygraph/storygraph/timeline"
	"github.com/storygraph/storygraph/timeline/timex"
)

// Entry is one line of a chronology: one happening with every report of it.
type Entry struct {
	ID           string                 `json:"id"`
	Date         string                 `json:"date"`
	Precision    timex.Precision        `json:"precision"`
	DateLabel    string                 `json:"date_label"`
	Time         string                 `json:"time,omitempty"`
	Timezone     string                 `json:"timezone,omitempty"`
	Kind         timeline.Kind          `json:"kind"`
	Status       timeline.Status        `json:"status"`
	Certainty    timeline.Certainty     `json:"certainty"`
	Summary      string                 `json:"summary"`
	Participants []timeline.Participant `json:"participants"`
	Places       []string               `json:"places"`
	Topics       []string               `json:"topics"`
	Sources      []Report               `json:"sources"`
	// DateConflict is true when merged reports give dates that do not
	// nest; Date then spans them and each report keeps its own.
	DateConflict bool `json:"date_conflict,omitempty"`
	// MergedBecause says, for each report merged into the first, why it
	// reports the same happening.
	MergedBecause []string `json:"merged_because,omitempty"`
	// first and last day of Date, for ordering
	first, last string
	// verb is the first report's trigger word, folded (Event.Verb)
	verb string
}

// Report is one article's account of an entry's happening.
type Report struct {
	EventID    string             `json:"event_id"`
	Article    timeline.Source    `json:"article"`
	Sentence   string             `json:"sentence"`
	Start      int                `json:"start"`
	End        int                `json:"end"`
	Date       string             `json:"date"`
	Precision  timex.Precision    `json:"precision"`
	DateBasis  timeline.DateBasis `json:"date_basis"`
	AssertedBy string             `json:"asserted_by,omitempty"`
	// SameStoryAs is the ID of an earlier article that this report's
	// article repeats (the same wire story in another outlet): most of
	// their reported sentences are the same.
	SameStoryAs string `json:"same_story_as,omitempty"`
}

// Chronology orders records into entries, earliest first. Ordering respects
// precision: an entry sorts by the first day its date covers, and among
// entries starting the same day the day-precise ones come before the wider
// spans (a week, a month), so a week-precision happening sorts with its
// week and never pretends to a day. Entries without a date come last.
// Every tie is broken down to the article and offset, so the order never
// depends on the store. Unless opts.NoMerge, reports of one happening by
// several articles become one entry (see merge.go).
func Chronology(records []timeline.Record, opts ChronologyOptions) []Entry {
	out := make([]Entry, 0, len(records))
	for _, r := range records {
		e := r.Event
		en := Entry{
			ID: e.ID, Date: e.Date, Precision: e.Precision, DateLabel: DateLabel(e.Date, e.Precision),
			Time: e.Time, Timezone: e.Timezone, Kind: e.Kind, Status: e.Status, Certainty: e.Certainty,
			Summary: e.Summary, Participants: append([]timeline.Participant{}, e.Participants...),
			Places: append([]string{}, e.Places...), Topics: append([]string{}, e.Topics...),
			Sources: []Report{{EventID: e.ID, Article: r.Article, Sentence: e.Sentence, Start: e.Start, End: e.End,
				Date: e.Date, Precision: e.Precision, DateBasis: e.DateBasis, AssertedBy: e.AssertedBy}},
		}
		en.first, en.last, _ = timeline.Span(e.Date)
		en.verb = timeline.Fold(e.Verb)
		out = append(out, en)
	}
	sort.Slice(out, func(i, j int) bool { return entryLess(&out[i], &out[j]) })
	markSameStory(records, out)
	if opts.NoMerge {
		return out
	}
	out = merge(out, opts.Countries)
	sort.SliceStable(out, func(i, j int) bool { return entryLess(&out[i], &out[j]) })
	return out
}

func entryLess(a, b *Entry) bool {
	if (a.first == "") != (b.first == "") {
		return a.first != ""
	}
	if a.first != b.first {
		return a.first < b.first
	}
	// same first day: the day itself, then the wider spans starting there
	if a.last != b.last {
		return a.last < b.last
	}
	if a.Time != b.Time {
		return a.Time < b.Time
	}
	sa, sb := a.Sources[0], b.Sources[0]
	if sa.Article.Published != sb.Article.Published {
		return sa.Article.Published < sb.Article.Published
	}
	if sa.Article.ID != sb.Article.ID {
		return sa.Article.ID < sb.Article.ID
	}
	if sa.Start != sb.Start {
		return sa.Start < sb.Start
	}
	return a.ID < b.ID
}

// WhenLabel is DateLabel with the time of day and its zone when known:
// "22 Jan 2026 12:00 GMT".
func WhenLabel(date string, p timex.Precision, clock, zone string) string {
	s := DateLabel(date, p)
	if clock != "" {
		s += " " + clock
		if zone != "" {
			s += " " + zone
		}
	}
	return s
}

// DateLabel renders a date as precisely as it is known, for people:
// "22 Jan 2026", "week of 19 Jan 2026", "January 2026", "2026",
// "21–31 Dec 2025", "Q1 2026", "March – May 2026", "2004–2011", "1980s".
func DateLabel(date string, p timex.Precision) string {
	first, last, ok := timeline.Span(date)
	if !ok {
		return "undated"
	}
	f, _ := time.Parse(time.DateOnly, first)
	l, _ := time.Parse(time.DateOnly, last)
	switch p {
	case timex.Day, timex.Hour, timex.Minute:
		return f.Format("2 Jan 2006")
	case timex.Week:
		return "week of " + f.Format("2 Jan 2006")
	case timex.Month:
		return f.Format("January 2006")
	case timex.Year:
		return f.Format("2006")
	}
	if first == last {
		return f.Format("2 Jan 2006")
	}
	wholeYears := f.Month() == time.January && f.Day() == 1 && l.Month() == time.December && l.Day() == 31
	wholeMonths := f.Day() == 1 && l.AddDate(0, 0, 1).Day() == 1
	switch {
	case wholeYears && p == timex.Decade && f.Year()%10 == 0 && l.Year() == f.Year()+9:
		return fmt.Sprintf("%ds", f.Year()) // "1980s"
	case wholeYears:
		return fmt.Sprintf("%d–%d", f.Year(), l.Year()) // "2004–2011"
	case wholeMonths && p == timex.Quarter && l.Month() == f.Month()+2:
		return fmt.Sprintf("Q%d %d", int(f.Month()-1)/3+1, f.Year())
	case wholeMonths && f.Year() == l.Year():
		return fmt.Sprintf("%s – %s", f.Format("January"), l.Format("January 2006")) // "March – May 2026"
	case wholeMonths:
		return fmt.Sprintf("%s – %s", f.Format("January 2006"), l.Format("January 2006"))
	case f.Year() != l.Year():
		return fmt.Sprintf("%s – %s", f.Format("2 Jan 2006"), l.Format("2 Jan 2006"))
	case f.Month() != l.Month():
		return fmt.Sprintf("%s – %s", f.Format("2 Jan"), l.Format("2 Jan 2006"))
	}
	return fmt.Sprintf("%d–%s", f.Day(), l.Format("2 Jan 2006"))
}

// boilerplateArticles is how many articles a sentence may be in and still
// count towards two of them being one story (markSameStory).
const boilerplateArticles = 50

// markSameStory recognises near-duplicate articles, the same wire story
// in several outlets: two articles whose reported sentences are at least
// half the same (and at least two). Each report of the later one (by
// publication date, then ID) names the earlier one in SameStoryAs.
//
// A sentence in more than boilerplateArticles of the articles is an
// outlet's boilerplate ("Russia invaded Ukraine in February 2022."), no
// sign that two of them are one story; counting its pairs would also cost
// the square of its articles.
func markSameStory(records []timeline.Record, entries []Entry) {
	sentences := map[string]map[string]bool{}
	art := map[string]timeline.Source{}
	for _, r := range records {
		if sentences[r.Article.ID] == nil {
			sentences[r.Article.ID] = map[string]bool{}
			art[r.Article.ID] = r.Article
		}
		sentences[r.Article.ID][timeline.Fold(r.Event.Sentence)] = true
	}
	// articles sharing a sentence are candidates
	bySentence := map[string][]string{}
	for id, ss := range sentences {
		for s := range ss {
			bySentence[s] = append(bySentence[s], id)
		}
	}
	shared := map[[2]string]int{}
	for _, ids := range bySentence {
		if len(ids) > boilerplateArticles {
			continue
		}
		sort.Strings(ids)
		for i := range ids {
			for j := i + 1; j < len(ids); j++ {
				shared[[2]string{ids[i], ids[j]}]++
			}
		}
	}
	earlier := func(a, b string) bool {
		if art[a].Published != art[b].Published {
			return art[a].Published < art[b].Published
		}
		return a < b
	}
	same := map[string]string{}
	pairs := make([][2]string, 0, len(shared))
	for p := range shared {
		pairs = append(pairs, p)
	}
	sort.Slice(pairs, func(i, j int) bool {
		if pairs[i][0] != pairs[j][0] {
			return pairs[i][0] < pairs[j][0]
		}
		return pairs[i][1] < pairs[j][1]
	})
	for _, p := range pairs {
		n := shared[p]
		a, b := p[0], p[1]
		small := min(len(sentences[a]), len(sentences[b]))
		if n < 2 || 2*n < small {
			continue
		}
		if earlier(b, a) {
			a, b = b, a
		}
		if cur, ok := same[b]; !ok || earlier(a, cur) {
			same[b] = a
		}
	}
	for i := range entries {
		for k := range entries[i].Sources {
			entries[i].Sources[k].SameStoryAs = same[entries[i].Sources[k].Article.ID]
		}
	}
}
