package graph

import (
	"cmp"
	"context"
	"math"
	"slices"
	"strings"
	"time"
)

// Storyteller is the part of a store that says which stories it holds:
// the rows BuildStories makes them from. Both stores implement it; it is
// kept apart from Store because only the stories command needs it. Topic
// counts come from Catalog.ListTopics.
type Storyteller interface {
	// StoryRows returns, in any order, how many events of each topic
	// involve each entity, and each participant (a person or an
	// organisation) of every dated event that has no topic.
	StoryRows(ctx context.Context) (StoryRows, error)
}

// StoryRows is what a store reads for BuildStories.
type StoryRows struct {
	TopicEntities []TopicEntity
	Untopiced     []EventParticipant
}

// TopicEntity is an entity and how many events of a topic involve it.
type TopicEntity struct {
	Topic string
	StoryEntity
}

// EventParticipant is one person or organisation involved in a dated event
// without a topic. Event is the store's key of the event.
type EventParticipant struct {
	Event, Article string
	First, Last    string // the first and last day the event's date covers
	Entity, Name   string
	Type           string
}

// StoryEntity is an entity of a story and in how many of its events.
type StoryEntity struct {
	ID     string `json:"id"`
	Name   string `json:"name"`
	Type   string `json:"type"`
	Events int    `json:"events"`
}

// Story is a topic, or a cluster of events no topic covers.
type Story struct {
	Topic    string        `json:"topic,omitempty"` // "" for an unnamed story
	Name     string        `json:"name,omitempty"`  // the topic's, from the gazetteer (filled by the caller)
	Events   int           `json:"events"`
	Articles int           `json:"articles"`
	First    string        `json:"first,omitempty"`
	Last     string        `json:"last,omitempty"`
	Entities []StoryEntity `json:"entities"`
}

// Stories is what the stories command prints.
type Stories struct {
	Topics  []Story `json:"topics"`
	Unnamed []Story `json:"unnamed"`
}

// Unnamed stories are connected events without a topic: two such events
// are linked when they share at least StoryMinShared participants (people
// or organisations; places and countries are too common a bond) and their
// dates are at most StoryMaxGapDays apart (the gap between the spans their
// dates cover). A story is a connected group of at least StoryMinEvents.
const (
	StoryMinShared  = 2
	StoryMaxGapDays = 7
	StoryMinEvents  = 2
	// StoryTopEntities is how many main entities a story lists.
	StoryTopEntities = 5
)

// BuildStories makes the stories from what a store read, the same on every
// store: topics in id order, each with its StoryTopEntities entities most
// often involved (then by name and id); unnamed stories by size (most
// events first), then first day, then their first event's key.
func BuildStories(topics []TopicCount, rows StoryRows) Stories {
	out := Stories{Topics: []Story{}, Unnamed: []Story{}}
	byTopic := map[string][]StoryEntity{}
	for _, te := range rows.TopicEntities {
		byTopic[te.Topic] = append(byTopic[te.Topic], te.StoryEntity)
	}
	for _, t := range topics {
		out.Topics = append(out.Topics, Story{Topic: t.ID, Events: t.Events, Articles: t.Articles,
			First: t.First, Last: t.Last, Entities: top(byTopic[t.ID])})
	}
	out.Unnamed = clusters(rows.Untopiced)
	return out
}

func top(xs []StoryEntity) []StoryEntity {
	slices.SortFunc(xs, func(a, b StoryEntity) int {
		return cmp.Or(cmp.Compare(b.Events, a.Events), strings.Compare(a.Name, b.Name), strings.Compare(a.ID, b.ID))
	})
	if len(xs) > StoryTopEntities {
		xs = xs[:StoryTopEntities]
	}
	return append([]StoryEntity{}, xs...)
}

type storyEvent struct {
	key, article, first, last string
	entities                  []string // sorted ids
}

// clusters finds the unnamed stories. Events sharing two participants
// share a pair of them, so each pair's events are swept in date order,
// and an event joins the run before it when it starts at most
// StoryMaxGapDays after the latest end so far: the connected groups, in
// time linear in the pairs rather than quadratic in a busy person's events.
func clusters(rows []EventParticipant) []Story {
	events := map[string]*storyEvent{}
	names := map[string]StoryEntity{}
	for _, r := range rows {
		e := events[r.Event]
		if e == nil {
			e = &storyEvent{key: r.Event, article: r.Article, first: r.First, last: r.Last}
			events[r.Event] = e
		}
		if !slices.Contains(e.entities, r.Entity) {
			e.entities = append(e.entities, r.Entity)
		}
		names[r.Entity] = StoryEntity{ID: r.Entity, Name: r.Name, Type: r.Type}
	}
	keys := make([]string, 0, len(events))
	for k, e := range events {
		slices.Sort(e.entities)
		keys = append(keys, k)
	}
	slices.Sort(keys)
	parent := map[string]string{}
	var find func(string) string
	find = func(k string) string {
		p, ok := parent[k]
		if !ok || p == k {
			return k
		}
		r := find(p)
		parent[k] = r
		return r
	}
	union := func(a, b string) {
		ra, rb := find(a), find(b)
		if ra == rb {
			return
		}
		if rb < ra { // the smaller key is the root: the same on every run
			ra, rb = rb, ra
		}
		parent[rb] = ra
	}
	pairs := map[[2]string][]*storyEvent{}
	for _, k := range keys {
		e := events[k]
		for i := range e.entities {
			for j := i + 1; j < len(e.entities); j++ {
				p := [2]string{e.entities[i], e.entities[j]}
				pairs[p] = append(pairs[p], e)
			}
		}
	}
	for _, es := range pairs {
		slices.SortFunc(es, func(a, b *storyEvent) int {
			return cmp.Or(strings.Compare(a.first, b.first), strings.Compare(a.key, b.key))
		})
		end := ""
		for i, e := range es {
			if i > 0 && daysBetween(end, e.first) <= StoryMaxGapDays {
				union(es[i-1].key, e.key)
			}
			if i == 0 || e.last > end {
				end = e.last
			}
		}
	}
	groups := map[string][]*storyEvent{}
	for _, k := range keys {
		r := find(k)
		groups[r] = append(groups[r], events[k])
	}
	var out []Story
	var firstKeys []string
	for root, es := range groups {
		if len(es) < StoryMinEvents {
			continue
		}
		s := Story{Events: len(es), First: es[0].first, Last: es[0].last}
		articles := map[string]bool{}
		count := map[string]int{}
		for _, e := range es {
			articles[e.article] = true
			s.First, s.Last = min(s.First, e.first), max(s.Last, e.last)
			for _, id := range e.entities {
				count[id]++
			}
		}
		s.Articles = len(articles)
		var ents []StoryEntity
		for id, n := range count {
			x := names[id]
			x.Events = n
			ents = append(ents, x)
		}
		s.Entities = top(ents)
		out = append(out, s)
		firstKeys = append(firstKeys, root)
	}
	idx := make([]int, len(out))
	for i := range idx {
		idx[i] = i
	}
	slices.SortFunc(idx, func(a, b int) int {
		return cmp.Or(cmp.Compare(out[b].Events, out[a].Events), strings.Compare(out[a].First, out[b].First),
			strings.Compare(firstKeys[a], firstKeys[b]))
	})
	sorted := make([]Story, 0, len(out))
	for _, i := range idx {
		sorted = append(sorted, out[i])
	}
	return sorted
}

// daysBetween is how many days b is after a (ISO days); a large number
// when either is not a day.
func daysBetween(a, b string) int {
	ta, err1 := time.Parse(time.DateOnly, a)
	tb, err2 := time.Parse(time.DateOnly, b)
	if err1 != nil || err2 != nil {
		return math.MaxInt
	}
	return int(tb.Sub(ta).Hours() / 24)
}
