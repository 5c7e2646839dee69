-- name: migrate-1
-- Schema migrations of the embedded store, applied in order by
-- graph/sqlite: migrate-N brings a file from PRAGMA user_version N-1 to N
-- and sets user_version itself, inside the same transaction, so a file is
-- either fully at version N or untouched. Never edit a released migration;
-- add migrate-N+1 and list it in graph/sqlite/schema.go.

-- One row per article: its citation columns and the extraction as JSON,
-- less its events when it has any (they are in events.record, in order, and
-- Article puts them back), so Article(id) returns exactly what was put and
-- no event is stored twice.
CREATE TABLE articles (
    id           TEXT PRIMARY KEY,
    content_hash TEXT NOT NULL,
    title        TEXT NOT NULL,
    url          TEXT NOT NULL,
    source       TEXT NOT NULL,
    published    TEXT NOT NULL,
    extraction   TEXT NOT NULL  -- timeline.Extraction as JSON, "events": null when in events
);

-- Entities are shared between articles by id: the first stored name and type
-- win, later articles add aliases.
CREATE TABLE entities (
    id         TEXT PRIMARY KEY,
    name       TEXT NOT NULL,
    type       TEXT NOT NULL,
    aliases    TEXT NOT NULL,  -- JSON array of strings
    role       TEXT NOT NULL,
    country    TEXT NOT NULL,
    discovered INTEGER NOT NULL
);
CREATE INDEX entities_type ON entities (type);

-- Folded lookup keys (timeline.Keys): name, aliases, surname of people.
CREATE TABLE entity_keys (
    key       TEXT NOT NULL,
    entity_id TEXT NOT NULL REFERENCES entities (id) ON DELETE CASCADE,
    PRIMARY KEY (key, entity_id)
) WITHOUT ROWID;
CREATE INDEX entity_keys_entity ON entity_keys (entity_id);

-- pk is a surrogate key: event ids are hashes of the article id and the
-- sentence offsets, so two events read from one sentence may share an id,
-- and integer joins are smaller than text ones. No index on id: nothing
-- looks events up by it, and every index costs ingest time.
CREATE TABLE events (
    pk         INTEGER PRIMARY KEY,
    id         TEXT NOT NULL,
    article_id TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    ord        INTEGER NOT NULL,  -- position in the extraction's Events
    kind       TEXT NOT NULL,
    status     TEXT NOT NULL,
    certainty  TEXT NOT NULL,
    date       TEXT NOT NULL,
    first_day  TEXT,              -- timeline.Span; NULL when undated
    last_day   TEXT,
    record     TEXT NOT NULL,     -- timeline.Event as JSON
    UNIQUE (article_id, ord)
);
CREATE INDEX events_kind ON events (kind);
CREATE INDEX events_first_day ON events (first_day);
CREATE INDEX events_last_day ON events (last_day);

-- Participants, resolved to entities when the event is stored.
CREATE TABLE event_entities (
    event_pk  INTEGER NOT NULL REFERENCES events (pk) ON DELETE CASCADE,
    entity_id TEXT NOT NULL REFERENCES entities (id),
    role      TEXT NOT NULL,
    PRIMARY KEY (event_pk, entity_id, role)
) WITHOUT ROWID;
CREATE INDEX event_entities_entity ON event_entities (entity_id, event_pk);

-- Places as written (folded into key) and, when the article names a place
-- entity that matches, that entity, so its aliases match too. entity_id is
-- not indexed: a place filter reaches it through entity_keys, a scan that
-- stays cheap, and the entity is always among the article's mentions, so
-- the orphan check need not look here.
CREATE TABLE event_places (
    event_pk  INTEGER NOT NULL REFERENCES events (pk) ON DELETE CASCADE,
    key       TEXT NOT NULL,
    entity_id TEXT,  -- an entities.id; no foreign key, which would need an index
    PRIMARY KEY (event_pk, key)
) WITHOUT ROWID;
CREATE INDEX event_places_key ON event_places (key, event_pk);

CREATE TABLE event_topics (
    event_pk INTEGER NOT NULL REFERENCES events (pk) ON DELETE CASCADE,
    topic    TEXT NOT NULL,
    PRIMARY KEY (event_pk, topic)
) WITHOUT ROWID;
CREATE INDEX event_topics_topic ON event_topics (topic, event_pk);

CREATE TABLE mentions (
    article_id TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    entity_id  TEXT NOT NULL REFERENCES entities (id),
    count      INTEGER NOT NULL,
    PRIMARY KEY (article_id, entity_id)
) WITHOUT ROWID;
CREATE INDEX mentions_entity ON mentions (entity_id);

PRAGMA user_version = 1;

-- name: migrate-7
-- Marks the file as storygraph's (the bytes "stgr"), so that Open can tell
-- it from another program's SQLite file before changing anything
-- (graph/sqlite/schema.go, checkOwnFile).
PRAGMA application_id = 1937008498;
PRAGMA user_version = 7;

-- name: migrate-8
-- What enrich's incremental run needs of a stored list (graph.RelatedState's
-- Floor and Slack), beside related_state and forgotten with it. A list
-- stored before has none: read as Floor -1, any new article sharing a name
-- with it recomputes it, as nothing else is known. A table of its own, not
-- columns, so the migration can run twice.
CREATE TABLE IF NOT EXISTS related_bounds (
    article_id TEXT PRIMARY KEY,
    floor      REAL NOT NULL,
    slack      INTEGER NOT NULL
) WITHOUT ROWID;
CREATE TRIGGER IF NOT EXISTS related_bounds_forget AFTER DELETE ON articles
BEGIN
    DELETE FROM related_bounds WHERE article_id = OLD.id;
END;
PRAGMA user_version = 8;

-- name: migrate-9
-- What the catalog lists and an entity's profile read (issue 9), kept at
-- write time by triggers, so that `entities list` and `topics` read a row
-- per entity or topic instead of counting every participant (about 1 s
-- and 3 s on 100,000 events before).
--
-- events_span covers what a profile reads of each of an entity's events
-- (days and article), so those are read from a small index rather than
-- from the events' rows, which hold each record's JSON.
CREATE INDEX IF NOT EXISTS events_span ON events (pk, first_day, last_day, article_id);

-- entity_counts: per entity, the events it takes part in or that happen
-- at it (each event once, whatever its roles), and the articles that
-- mention it. graph/sqlite deletes children before their parents and
-- never enforces foreign keys (store.sql, article-delete), so a trigger
-- on a child row sees its event still stored.
CREATE TABLE IF NOT EXISTS entity_counts (
    entity_id TEXT PRIMARY KEY,
    events    INTEGER NOT NULL DEFAULT 0,
    articles  INTEGER NOT NULL DEFAULT 0
) WITHOUT ROWID;

-- topic_counts: per topic, its events, the articles reporting one, and
-- the first and last day of its dated events ('' when none); a topic
-- without events has no row.
CREATE TABLE IF NOT EXISTS topic_counts (
    topic    TEXT PRIMARY KEY,
    events   INTEGER NOT NULL,
    articles INTEGER NOT NULL,
    first    TEXT NOT NULL,
    last     TEXT NOT NULL
) WITHOUT ROWID;

-- An entity's event counts once: a participant row counts when the
-- event has no other row of the entity (another role, or it as the
-- event's place); a place row likewise. Deleting counts down the same way.
CREATE TRIGGER IF NOT EXISTS entity_counts_participant_insert AFTER INSERT ON event_entities
WHEN NOT EXISTS (SELECT 1 FROM event_entities o WHERE o.event_pk = NEW.event_pk AND o.entity_id = NEW.entity_id AND o.role <> NEW.role)
 AND NOT EXISTS (SELECT 1 FROM event_places p WHERE p.event_pk = NEW.event_pk AND p.entity_id = NEW.entity_id)
BEGIN
    INSERT INTO entity_counts (entity_id, events) VALUES (NEW.entity_id, 1)
    ON CONFLICT (entity_id) DO UPDATE SET events = events + 1;
END;
CREATE TRIGGER IF NOT EXISTS entity_counts_participant_delete AFTER DELETE ON event_entities
WHEN NOT EXISTS (SELECT 1 FROM event_entities o WHERE o.event_pk = OLD.event_pk AND o.entity_id = OLD.entity_id)
 AND NOT EXISTS (SELECT 1 FROM event_places p WHERE p.event_pk = OLD.event_pk AND p.entity_id = OLD.entity_id)
BEGIN
    UPDATE entity_counts SET events = events - 1 WHERE entity_id = OLD.entity_id;
END;
CREATE TRIGGER IF NOT EXISTS entity_counts_place_insert AFTER INSERT ON event_places
WHEN NEW.entity_id IS NOT NULL
 AND NOT EXISTS (SELECT 1 FROM event_places p WHERE p.event_pk = NEW.event_pk AND p.entity_id = NEW.entity_id AND p.key <> NEW.key)
 AND NOT EXISTS (SELECT 1 FROM event_entities o WHERE o.event_pk = NEW.event_pk AND o.entity_id = NEW.entity_id)
BEGIN
    INSERT INTO entity_counts (entity_id, events) VALUES (NEW.entity_id, 1)
    ON CONFLICT (entity_id) DO UPDATE SET events = events + 1;
END;
CREATE TRIGGER IF NOT EXISTS entity_counts_place_delete AFTER DELETE ON event_places
WHEN OLD.entity_id IS NOT NULL
 AND NOT EXISTS (SELECT 1 FROM event_places p WHERE p.event_pk = OLD.event_pk AND p.entity_id = OLD.entity_id)
 AND NOT EXISTS (SELECT 1 FROM event_entities o WHERE o.event_pk = OLD.event_pk AND o.entity_id = OLD.entity_id)
BEGIN
    UPDATE entity_counts SET events = events - 1 WHERE entity_id = OLD.entity_id;
END;
CREATE TRIGGER IF NOT EXISTS entity_counts_mention_insert AFTER INSERT ON mentions
BEGIN
    INSERT INTO entity_counts (entity_id, articles) VALUES (NEW.entity_id, 1)
    ON CONFLICT (entity_id) DO UPDATE SET articles = articles + 1;
END;
CREATE TRIGGER IF NOT EXISTS entity_counts_mention_delete AFTER DELETE ON mentions
BEGIN
    UPDATE entity_counts SET articles = articles - 1 WHERE entity_id = OLD.entity_id;
END;
CREATE TRIGGER IF NOT EXISTS entity_counts_forget AFTER DELETE ON entities
BEGIN
    DELETE FROM entity_counts WHERE entity_id = OLD.id;
END;

-- A topic's article counts when it is the first of the article's events
-- on the topic, and stops counting with the last. Its first and last days
-- widen as events come; when the event holding one goes, the day is found
-- again by walking the date index from that end to the topic's next
-- event (the walk catalog-topics made for every topic before).
CREATE TRIGGER IF NOT EXISTS topic_counts_insert AFTER INSERT ON event_topics
BEGIN
    INSERT INTO topic_counts (topic, events, articles, first, last)
    SELECT NEW.topic, 1,
           NOT EXISTS (SELECT 1 FROM events o JOIN event_topics t ON t.event_pk = o.pk AND t.topic = NEW.topic
                       WHERE o.article_id = v.article_id AND o.pk <> v.pk),
           coalesce(v.first_day, ''), coalesce(v.last_day, '')
    FROM events v WHERE v.pk = NEW.event_pk
    ON CONFLICT (topic) DO UPDATE SET
        events = events + 1,
        articles = articles + excluded.articles,
        first = CASE WHEN excluded.first <> '' AND (first = '' OR excluded.first < first) THEN excluded.first ELSE first END,
        last = CASE WHEN excluded.last > last THEN excluded.last ELSE last END;
END;
CREATE TRIGGER IF NOT EXISTS topic_counts_delete AFTER DELETE ON event_topics
BEGIN
    UPDATE topic_counts SET
        events = events - 1,
        articles = articles - NOT EXISTS (SELECT 1 FROM events v JOIN events o ON o.article_id = v.article_id
                                          JOIN event_topics t ON t.event_pk = o.pk AND t.topic = OLD.topic
                                          WHERE v.pk = OLD.event_pk)
    WHERE topic = OLD.topic;
    DELETE FROM topic_counts WHERE topic = OLD.topic AND events <= 0;
    UPDATE topic_counts SET
        first = coalesce((SELECT e.first_day FROM events e
                          WHERE e.first_day IS NOT NULL
                            AND EXISTS (SELECT 1 FROM event_topics t WHERE t.event_pk = e.pk AND t.topic = OLD.topic)
                          ORDER BY e.first_day LIMIT 1), ''),
        last = coalesce((SELECT e.last_day FROM events e
                         WHERE e.last_day IS NOT NULL
                           AND EXISTS (SELECT 1 FROM event_topics t WHERE t.event_pk = e.pk AND t.topic = OLD.topic)
                         ORDER BY e.last_day DESC LIMIT 1), '')
    WHERE topic = OLD.topic
      AND EXISTS (SELECT 1 FROM events v WHERE v.pk = OLD.event_pk AND (v.first_day = first OR v.last_day = last));
END;

-- What was stored before this migration, counted once.
DELETE FROM entity_counts;
INSERT INTO entity_counts (entity_id, events, articles)
SELECT x.id,
       (SELECT count(*) FROM (SELECT ee.event_pk FROM event_entities ee WHERE ee.entity_id = x.id
                              UNION
                              SELECT p.event_pk FROM event_places p WHERE p.entity_id = x.id)),
       (SELECT count(*) FROM mentions m WHERE m.entity_id = x.id)
FROM entities x;
DELETE FROM topic_counts;
INSERT INTO topic_counts (topic, events, articles, first, last)
SELECT t.topic, count(*), count(DISTINCT e.article_id), coalesce(min(e.first_day), ''), coalesce(max(e.last_day), '')
FROM event_topics t JOIN events e ON e.pk = t.event_pk
GROUP BY t.topic;
PRAGMA user_version = 9;

-- name: migrate-10
-- articles list by publication days (catalog-articles) seeks this index
-- instead of reading every article's row, each with its extraction's JSON.
CREATE INDEX IF NOT EXISTS articles_published ON articles (published);
PRAGMA user_version = 10;

-- name: migrate-11
-- Put adds a batch's counts in one statement per table (store.sql,
-- entity-counts-add and topic-counts-add) instead of these triggers, whose
-- lookups for every row it inserts into the link tables were a fifth of
-- its time. The delete triggers stay: deletes are few, and one article's.
DROP TRIGGER IF EXISTS entity_counts_participant_insert;
DROP TRIGGER IF EXISTS entity_counts_place_insert;
DROP TRIGGER IF EXISTS entity_counts_mention_insert;
DROP TRIGGER IF EXISTS topic_counts_insert;
PRAGMA user_version = 11;

-- name: migrate-12
-- entity_ties: per pair of entities, the events they both take part in
-- (each event once, whatever their roles), kept at write time like
-- entity_counts (migrate-9, migrate-11). An entity's profile lists its ties
-- (analysis-ties) and a path steps from entity to entity
-- (analysis-pairs) by reading its rows instead of every participant of
-- every one of its events: 27 ms for an entity in 10,000 events of
-- 100,000 before. A pair is one row, the smaller id first, so that a
-- shared event costs ingest one row to write; entity_ties_other finds
-- the pairs an entity is the second of. A pair without a shared event
-- has no row.
CREATE TABLE IF NOT EXISTS entity_ties (
    entity_id TEXT NOT NULL,
    other_id  TEXT NOT NULL,  -- entity_id < other_id
    events    INTEGER NOT NULL,
    PRIMARY KEY (entity_id, other_id)
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS entity_ties_other ON entity_ties (other_id);

-- Put adds the pairs of the events it links, a batch at a time
-- (store.sql, entity-ties-add), as it adds entity_counts (migrate-11).
-- Deleting counts down when the entity's last row of an event goes, for
-- the entities still in it; a pair whose other end went first was
-- counted down then.
CREATE TRIGGER IF NOT EXISTS entity_ties_delete AFTER DELETE ON event_entities
WHEN NOT EXISTS (SELECT 1 FROM event_entities o WHERE o.event_pk = OLD.event_pk AND o.entity_id = OLD.entity_id)
BEGIN
    UPDATE entity_ties SET events = events - 1
    WHERE (entity_id, other_id) IN (SELECT min(OLD.entity_id, o.entity_id), max(OLD.entity_id, o.entity_id) FROM event_entities o
                                    WHERE o.event_pk = OLD.event_pk AND o.entity_id <> OLD.entity_id);
    DELETE FROM entity_ties
    WHERE events <= 0
      AND (entity_id, other_id) IN (SELECT min(OLD.entity_id, o.entity_id), max(OLD.entity_id, o.entity_id) FROM event_entities o
                                    WHERE o.event_pk = OLD.event_pk AND o.entity_id <> OLD.entity_id);
END;

-- What was stored before this migration, counted once.
DELETE FROM entity_ties;
INSERT INTO entity_ties (entity_id, other_id, events)
SELECT a.entity_id, b.entity_id, count(DISTINCT a.event_pk)
FROM event_entities a
JOIN event_entities b ON b.event_pk = a.event_pk AND b.entity_id > a.entity_id
GROUP BY a.entity_id, b.entity_id;
PRAGMA user_version = 12;
