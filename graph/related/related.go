// Package related ranks stored articles by what they share with an
// article, for its "Related Articles" links: people and organisations count
// three, cities, regions and sites two, and the broadest places one.
//
// It reads a graph.Store (only its Events) and the article's extraction; it
// neither extracts (the caller gives the extraction) nor renders.
package related

import (
	"context"
	"sort"

	"github.com/storygraph/storygraph/graph"
	"github.com/storygraph/storygraph/timeline"
)

// Events is the part of a graph.Store that Rank reads.
type Events interface {
	Events(ctx context.Context, f graph.Filter) ([]timeline.Record, error)
}

// Article is a stored article related to the one ranked for.
type Article struct {
	Article timeline.Source `json:"article"`
	// Score is the sum of the weights of the entities it shares.
	Score int `json:"score"`
	// Shares names the entities it shares, most mentioned in the article
	// ranked for first.
	Shares []string `json:"shares"`
}

// maxKeys is how many of the article's entities are looked up, the most
// mentioned first: one query each.
const maxKeys = 12

// Rank returns the stored articles that share people, organisations or
// places with ex (ex's own article left out), most related first: by score,
// then the most recently published, then by ID. At most limit (all when
// limit is 0 or less).
func Rank(ctx context.Context, st Events, ex *timeline.Extraction, limit int) ([]Article, error) {
	type key struct {
		ent    timeline.Entity
		weight int
	}
	var keys []key
	for _, en := range ex.Entities {
		switch en.Type {
		case timeline.Person, timeline.Organization:
			keys = append(keys, key{en, 3})
		case timeline.Place:
			keys = append(keys, key{en, placeWeight(en)})
		}
	}
	sort.SliceStable(keys, func(i, j int) bool {
		if len(keys[i].ent.Mentions) != len(keys[j].ent.Mentions) {
			return len(keys[i].ent.Mentions) > len(keys[j].ent.Mentions)
		}
		return keys[i].ent.Name < keys[j].ent.Name
	})
	if len(keys) > maxKeys {
		keys = keys[:maxKeys]
	}
	found := map[string]*Article{}
	for _, k := range keys {
		f := graph.Filter{Entities: []string{k.ent.Name}}
		if k.ent.Type == timeline.Place {
			f = graph.Filter{Places: []string{k.ent.Name}}
		}
		recs, err := st.Events(ctx, f)
		if err != nil {
			return nil, err
		}
		seen := map[string]bool{}
		for _, r := range recs {
			if r.Article.ID == ex.Article.ID || seen[r.Article.ID] {
				continue
			}
			seen[r.Article.ID] = true
			ra := found[r.Article.ID]
			if ra == nil {
				ra = &Article{Article: r.Article}
				found[r.Article.ID] = ra
			}
			ra.Score += k.weight
			ra.Shares = append(ra.Shares, k.ent.Name)
		}
	}
	var out []Article
	for _, ra := range found {
		out = append(out, *ra)
	}
	sort.Slice(out, func(i, j int) bool {
		a, b := out[i], out[j]
		if a.Score != b.Score {
			return a.Score > b.Score
		}
		if a.Article.Published != b.Article.Published {
			return a.Article.Published > b.Article.Published
		}
		return a.Article.ID < b.Article.ID
	})
	if limit > 0 && len(out) > limit {
		out = out[:limit]
	}
	return out, nil
}

// placeWeight is what sharing a place is worth: a city or a site is
// telling (2); a place with no country of its own is shared by half the
// news (1). That is every country, but also continents, seas and places
// found from cues: this is not gazetteer.Entry.IsCountry, and ranking with
// that instead changes scores (a later rework of the ranking decides).
func placeWeight(en timeline.Entity) int {
	if en.Country == "" {
		return 1
	}
	return 2
}
