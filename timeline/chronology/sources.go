package chronology

import "github.com/storygraph/storygraph/timeline"

// A merged entry holds one report per event, so one article can report an
// entry twice (two sentences, or one sentence read as two events) and one
// wire sentence can come from several articles. Readers want each article
// cited once and each sentence quoted once: Articles and Quotes give them,
// and a Quote says which articles report it.

// Quote is a sentence of an entry, once, with the articles that report it.
type Quote struct {
	Sentence string
	// Articles are indexes into the entry's Articles(), in order.
	Articles []int
}

// articleKey identifies an article among an entry's sources: its ID, or
// its URL and title when a hand-built report has none.
func articleKey(a timeline.Source) string {
	if a.ID != "" {
		return a.ID
	}
	return a.URL + "\x00" + a.Title
}

// Articles are the entry's source articles, each once, in source order.
func (e Entry) Articles() []timeline.Source {
	var out []timeline.Source
	seen := map[string]bool{}
	for _, s := range e.Sources {
		if k := articleKey(s.Article); !seen[k] {
			seen[k] = true
			out = append(out, s.Article)
		}
	}
	return out
}

// Quotes are the entry's sentences, each once (compared folded, so curly
// and straight quotes or case do not make two), in source order, each with
// the articles that report it.
func (e Entry) Quotes() []Quote {
	index := map[string]int{}
	for i, a := range e.Articles() {
		index[articleKey(a)] = i
	}
	var out []Quote
	at := map[string]int{}
	for _, s := range e.Sources {
		if s.Sentence == "" {
			continue
		}
		k := timeline.Fold(s.Sentence)
		qi, ok := at[k]
		if !ok {
			qi = len(out)
			at[k] = qi
			out = append(out, Quote{Sentence: s.Sentence})
		}
		out[qi].Articles = appendOnce(out[qi].Articles, index[articleKey(s.Article)])
	}
	return out
}

// ReportOf is the first report of article a in the entry: the date that
// article gives the happening, when the sources disagree.
func (e Entry) ReportOf(a timeline.Source) Report {
	k := articleKey(a)
	for _, s := range e.Sources {
		if articleKey(s.Article) == k {
			return s
		}
	}
	return Report{}
}

func appendOnce(list []int, v int) []int {
	for _, x := range list {
		if x == v {
			return list
		}
	}
	return append(list, v)
}
