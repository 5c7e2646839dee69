-- name: user-version
-- Statements of graph/sqlite's Store. Parameters are always "?"; lists are
-- passed as one JSON array and read with json_each, so no statement text is
-- ever built from input.

PRAGMA user_version;

-- name: article-hashes
-- ? is a JSON array of [article id], a batch's: the stored ones with
-- their content hashes.
SELECT id, content_hash FROM articles WHERE id IN (SELECT value ->> 0 FROM json_each(?));

-- name: article-delete
-- The article with its events, their links and its mentions, children
-- first: foreign keys are declared for readers but not enforced (checking
-- them cost a fifth of ingest time), so nothing cascades by itself. Each
-- statement takes the article ID.
DELETE FROM event_entities WHERE event_pk IN (SELECT pk FROM events WHERE article_id = ?);
DELETE FROM event_places WHERE event_pk IN (SELECT pk FROM events WHERE article_id = ?);
DELETE FROM event_topics WHERE event_pk IN (SELECT pk FROM events WHERE article_id = ?);
DELETE FROM events WHERE article_id = ?;
DELETE FROM mentions WHERE article_id = ?;
DELETE FROM articles WHERE id = ?;

-- name: article-insert
INSERT INTO articles (id, content_hash, title, url, source, published, licence, attribution, extraction)
VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?);

-- name: article-get
SELECT extraction FROM articles WHERE id = ?;

-- name: article-events
SELECT record FROM events WHERE article_id = ? ORDER BY ord;

-- name: entity-get
SELECT name, type, aliases, role, country, discovered FROM entities WHERE id = ?;

-- name: entity-insert
INSERT INTO entities (id, name, type, aliases, role, country, discovered)
VALUES (?, ?, ?, ?, ?, ?, ?);

-- name: entity-update
-- The entity as graph.StoredEntity merged it, in Go, inside the
-- transaction that holds the write lock.
UPDATE entities
SET name = ?, type = ?, aliases = ?, role = ?, country = ?, discovered = ?
WHERE id = ?;

-- name: entity-key-insert
INSERT OR IGNORE INTO entity_keys (key, entity_id) VALUES (?, ?);

-- name: entities-delete-orphans
-- After an update, entities no stored article mentions or links any more.
-- (A place an event links is always among its article's mentions.)
DELETE FROM entities
WHERE NOT EXISTS (SELECT 1 FROM mentions m WHERE m.entity_id = entities.id)
  AND NOT EXISTS (SELECT 1 FROM event_entities ee WHERE ee.entity_id = entities.id);
DELETE FROM entity_keys WHERE NOT EXISTS (SELECT 1 FROM entities e WHERE e.id = entity_keys.entity_id);

-- name: events-max-pk
-- Put numbers the events it inserts from here, inside its transaction, so
-- that an article's events and their links go in as one statement each.
SELECT coalesce(max(pk), 0) FROM events;

-- name: mentions-insert
-- Put repeats the row of values to insert many rows in one statement
-- (graph/sqlite, valuesN), as for event-insert and the link tables below.
INSERT INTO mentions (article_id, entity_id, count)
VALUES (?, ?, ?)
ON CONFLICT (article_id, entity_id) DO UPDATE SET count = count + excluded.count;

-- name: event-insert
-- Put repeats the row of values to insert many events in one statement
-- (graph/sqlite, valuesN): their many columns bind faster than they would
-- be read back out of JSON.
INSERT INTO events (pk, id, article_id, ord, kind, status, certainty, date, first_day, last_day, record)
VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?);

-- name: event-entities-insert
INSERT OR IGNORE INTO event_entities (event_pk, entity_id, role)
VALUES (?, ?, ?);

-- name: event-places-insert
-- The place entity is NULL when the article names none that matches.
INSERT OR IGNORE INTO event_places (event_pk, key, entity_id)
VALUES (?, ?, ?);

-- name: event-topics-insert
INSERT OR IGNORE INTO event_topics (event_pk, topic)
VALUES (?, ?);

-- name: entity-counts-add
-- ? is a JSON array of [entity id, events, articles] to add to its counts
-- (Put's counts, for the link rows it just inserted).
INSERT INTO entity_counts (entity_id, events, articles)
SELECT value ->> 0, value ->> 1, value ->> 2 FROM jsonb_each(?) WHERE true
ON CONFLICT (entity_id) DO UPDATE SET
    events = events + excluded.events,
    articles = articles + excluded.articles;

-- name: entity-ties-add
-- The pairs of entities of the events numbered ?1 to ?2 - 1, which Put
-- has just linked, added to entity_ties (migrate-12): each pair once, the
-- smaller id first, an event once whatever the roles.
INSERT INTO entity_ties (entity_id, other_id, events)
SELECT a.entity_id, b.entity_id, count(DISTINCT a.event_pk)
FROM event_entities a
JOIN event_entities b ON b.event_pk = a.event_pk AND b.entity_id > a.entity_id
WHERE a.event_pk >= ?1 AND a.event_pk < ?2
GROUP BY a.entity_id, b.entity_id
ON CONFLICT (entity_id, other_id) DO UPDATE SET events = events + excluded.events;

-- name: topic-counts-add
-- ? is a JSON array of [topic, events, articles, first day, last day] to
-- add to its counts, the days '' when none; they widen the stored ones as
-- migrate-9's trigger widened them.
INSERT INTO topic_counts (topic, events, articles, first, last)
SELECT value ->> 0, value ->> 1, value ->> 2, value ->> 3, value ->> 4 FROM jsonb_each(?) WHERE true
ON CONFLICT (topic) DO UPDATE SET
    events = events + excluded.events,
    articles = articles + excluded.articles,
    first = CASE WHEN excluded.first <> '' AND (first = '' OR excluded.first < first) THEN excluded.first ELSE first END,
    last = CASE WHEN excluded.last > last THEN excluded.last ELSE last END;

-- name: events-select
-- The head of Events; graph/sqlite appends " AND " and events-where-*
-- fragments for the filter fields in use, then events-order.
SELECT e.record, a.id, a.title, a.url, a.source, a.published, a.licence, a.attribution
FROM events e JOIN articles a ON a.id = e.article_id
WHERE 1 = 1

-- name: events-where-topics
-- ? is a JSON array of topic ids (any of them).
e.pk IN (SELECT t.event_pk FROM event_topics t WHERE t.topic IN (SELECT value FROM json_each(?)))

-- name: events-where-entity
-- The three ? are one folded name; one fragment per entity, so all must
-- match. The name matches the entities it is a key of; for an
-- organisation or a place, the entities whose whole name is one of their
-- aliases, found by id (gazetteer.ID is the type and the folded name):
-- "HMC" alone in one article is the "Halden Motors Corporation (HMC)" of
-- another; and for a person named in full, the person another article
-- names by the surname alone, when no other person the store names in
-- full has that surname (see graph.Filter.Entities). A surname key is a
-- key of one word that another key of the person ends with.
e.pk IN (SELECT ee.event_pk FROM entity_keys k JOIN event_entities ee ON ee.entity_id = k.entity_id WHERE k.key = ?
         UNION
         SELECT ee.event_pk FROM entity_keys k
         JOIN entities x ON x.id = k.entity_id AND x.type <> 'person'
         JOIN entity_keys a ON a.entity_id = x.id
         JOIN event_entities ee ON ee.entity_id = x.type || ':' || replace(a.key, ' ', '-')
         WHERE k.key = ?
         UNION
         SELECT ee.event_pk FROM entity_keys k
         JOIN entities x ON x.id = k.entity_id AND x.type = 'person'
         JOIN entity_keys a ON a.entity_id = x.id AND instr(a.key, ' ') = 0 AND x.id <> 'person:' || a.key
         JOIN event_entities ee ON ee.entity_id = 'person:' || a.key
         WHERE k.key = ?
           AND EXISTS (SELECT 1 FROM entity_keys f WHERE f.entity_id = x.id AND substr(f.key, -length(a.key) - 1) = ' ' || a.key)
           AND NOT EXISTS (SELECT 1 FROM entity_keys o JOIN entities z ON z.id = o.entity_id AND z.type = 'person'
                           WHERE o.key = a.key AND z.id <> x.id AND z.id <> 'person:' || a.key
                             AND EXISTS (SELECT 1 FROM entity_keys g WHERE g.entity_id = z.id AND substr(g.key, -length(a.key) - 1) = ' ' || a.key)))

-- name: events-where-places
-- Both ? are the same JSON array of folded place names (any of them): a
-- place matches as written or through its entity's keys.
e.pk IN (SELECT p.event_pk FROM event_places p WHERE p.key IN (SELECT value FROM json_each(?))
         UNION
         SELECT p.event_pk FROM entity_keys k JOIN event_places p ON p.entity_id = k.entity_id
         WHERE k.key IN (SELECT value FROM json_each(?)))

-- name: events-where-kinds
e.kind IN (SELECT value FROM json_each(?))

-- name: events-where-articles
e.article_id IN (SELECT value FROM json_each(?))

-- name: events-where-statuses
e.status IN (SELECT value FROM json_each(?))

-- name: events-where-certainties
e.certainty IN (SELECT value FROM json_each(?))

-- name: events-where-sources
-- ? is a JSON array of folded sources; storygraph_fold is timeline.Fold,
-- registered by graph/sqlite, so outlets compare as graph.MatchSources.
storygraph_fold(a.source) IN (SELECT value FROM json_each(?))

-- name: events-where-as-of
-- ? is a day; an article without a publication day (published '' or only
-- a month) was not known by then, as graph/neo4j, which stores days only.
length(a.published) = 10 AND a.published <= ?

-- name: events-where-from
-- ? is the first day of the filter; undated events have a NULL last_day.
e.last_day >= ?

-- name: events-where-to
e.first_day <= ?

-- name: events-order
ORDER BY e.article_id, e.ord

-- name: stats
SELECT
    (SELECT count(*) FROM articles),
    (SELECT count(*) FROM events),
    (SELECT count(*) FROM entities),
    (SELECT count(*) FROM entities WHERE type = 'person'),
    (SELECT count(*) FROM entities WHERE type = 'place'),
    (SELECT count(*) FROM entities WHERE type = 'organization'),
    (SELECT count(DISTINCT topic) FROM event_topics);

-- name: reset
DELETE FROM event_entities;
DELETE FROM event_places;
DELETE FROM event_topics;
DELETE FROM events;
DELETE FROM mentions;
DELETE FROM articles;
DELETE FROM entity_keys;
DELETE FROM entities;
DELETE FROM fetch_state;

-- name: migrate-6
-- An article's licence and attribution travel with its citation (OGL and
-- CC BY texts require the credit wherever they are reused). Articles
-- stored before keep '' until they are ingested again with new content.
ALTER TABLE articles ADD COLUMN licence TEXT NOT NULL DEFAULT '';
ALTER TABLE articles ADD COLUMN attribution TEXT NOT NULL DEFAULT '';
PRAGMA user_version = 6;
