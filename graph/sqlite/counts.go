package sqlite

import (
	"context"
	"database/sql"
	"fmt"
	"maps"
	"slices"
)

// counts gathers what the link rows waiting for flush add to entity_counts
// and topic_counts (migrate-9), so that flush adds it in one statement per
// table. The insert triggers of migrate-9 did it a row at a time, with
// their lookups, for a fifth of Put's time; migrate-11 drops them. The
// sums are the triggers': an entity's events count each event once,
// whatever its roles or places, and its articles each article once; a
// topic's events and articles likewise, and its first and last days widen.
type counts struct {
	entities map[string]*entityCount
	topics   map[string]*topicCount

	// What the current article and event counted already.
	articleEntities, articleTopics map[string]bool
	eventEntities, eventTopics     []string

	out rows
}

type entityCount struct{ events, articles int64 }

type topicCount struct {
	events, articles int64
	first, last      string // '' when none
}

func newCounts() counts {
	return counts{entities: map[string]*entityCount{}, topics: map[string]*topicCount{},
		articleEntities: map[string]bool{}, articleTopics: map[string]bool{}}
}

// article starts an article.
func (c *counts) article() {
	clear(c.articleEntities)
	clear(c.articleTopics)
}

// mention counts an entity the article mentions.
func (c *counts) mention(id string) {
	if c.articleEntities[id] {
		return
	}
	c.articleEntities[id] = true
	c.entity(id).articles++
}

// eventEntity counts an entity the event links, as participant or place.
func (c *counts) eventEntity(id string) {
	if slices.Contains(c.eventEntities, id) {
		return
	}
	c.eventEntities = append(c.eventEntities, id)
	c.entity(id).events++
}

// eventTopic counts a topic of the event, whose days are first and last
// (empty when undated).
func (c *counts) eventTopic(topic, first, last string) {
	if slices.Contains(c.eventTopics, topic) {
		return
	}
	c.eventTopics = append(c.eventTopics, topic)
	t, ok := c.topics[topic]
	if !ok {
		t = &topicCount{}
		c.topics[topic] = t
	}
	t.events++
	if !c.articleTopics[topic] {
		c.articleTopics[topic] = true
		t.articles++
	}
	if first != "" && (t.first == "" || first < t.first) {
		t.first = first
	}
	if last > t.last {
		t.last = last
	}
}

// eventDone ends an event.
func (c *counts) eventDone() {
	c.eventEntities = c.eventEntities[:0]
	c.eventTopics = c.eventTopics[:0]
}

func (c *counts) entity(id string) *entityCount {
	e, ok := c.entities[id]
	if !ok {
		e = &entityCount{}
		c.entities[id] = e
	}
	return e
}

// flush adds the counts gathered to the tables, in key order, and empties
// them.
func (c *counts) flush(ctx context.Context, entities, topics *sql.Stmt) error {
	if len(c.entities) > 0 {
		c.out.reset()
		for _, id := range slices.Sorted(maps.Keys(c.entities)) {
			e := c.entities[id]
			c.out.row().str(id).int(e.events).int(e.articles)
		}
		if _, err := entities.ExecContext(ctx, c.out.json()); err != nil {
			return fmt.Errorf("count entities: %w", err)
		}
		clear(c.entities)
	}
	if len(c.topics) > 0 {
		c.out.reset()
		for _, topic := range slices.Sorted(maps.Keys(c.topics)) {
			t := c.topics[topic]
			c.out.row().str(topic).int(t.events).int(t.articles).raw(t.first).raw(t.last)
		}
		if _, err := topics.ExecContext(ctx, c.out.json()); err != nil {
			return fmt.Errorf("count topics: %w", err)
		}
		clear(c.topics)
	}
	return nil
}
