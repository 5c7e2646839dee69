-- name: migrate-3
-- Full-text search (graph.Searcher): one FTS5 row per event, rowid =
-- events.pk, with the event's sentence and summary, its article's title,
-- and, unindexed, what graph.Rank sorts by, so ranking the candidates
-- reads this table alone (its own copy of the text: about 300 bytes an
-- event). Triggers keep it in step with every write: Put inserts an
-- article before its events, and an update or Reset deletes events, so no
-- Go code writes it. Existing events are indexed here, once.
CREATE VIRTUAL TABLE event_text USING fts5 (
    sentence, summary, title,
    article_id UNINDEXED, ord UNINDEXED, date UNINDEXED
);

CREATE TRIGGER event_text_insert AFTER INSERT ON events BEGIN
    INSERT INTO event_text (rowid, sentence, summary, title, article_id, ord, date)
    VALUES (new.pk, new.record ->> '$.sentence', new.record ->> '$.summary',
            (SELECT title FROM articles WHERE id = new.article_id),
            new.article_id, new.ord, new.date);
END;

CREATE TRIGGER event_text_delete AFTER DELETE ON events BEGIN
    DELETE FROM event_text WHERE rowid = old.pk;
END;

INSERT INTO event_text (rowid, sentence, summary, title, article_id, ord, date)
SELECT e.pk, e.record ->> '$.sentence', e.record ->> '$.summary', a.title, e.article_id, e.ord, e.date
FROM events e JOIN articles a ON a.id = e.article_id;

PRAGMA user_version = 3;

-- name: search-candidates
-- ? is an FTS5 expression built by graph/sqlite from the parsed query
-- (quoted strings only, so no user text is an operator). It finds a
-- superset of the hits; graph.Rank decides and orders. The MATCH gives
-- the rowids alone, and their columns are read from FTS5's own copy of
-- them, its content table event_text_content (id = rowid, c0 … c5 the
-- columns in the order of migrate-3: sentence, summary, title,
-- article_id, ord, date), which holds the same values as event_text's
-- columns: FTS5's column method seeks that row once a column, a third of
-- the time of a search of every event, the join once a row. CROSS JOIN
-- keeps the MATCH outside.
SELECT c.id, c.c3, c.c4, c.c5, c.c0, c.c1, c.c2
FROM (SELECT rowid AS pk FROM event_text WHERE event_text MATCH ?) AS m
CROSS JOIN event_text_content AS c ON c.id = m.pk;

-- name: search-rowids
-- The rowids of the first ?2 candidates of the FTS5 expression ?1, in
-- rowid order: the MATCH alone (FTS5's doclists, no row read). A capped
-- search lists them first, then reads their rows (search-candidates-of)
-- or, when there are many more than its cap, reads its candidates a date
-- group at a time (search-next-group, search-candidates-in-group).
SELECT rowid FROM event_text WHERE event_text MATCH ?1 LIMIT ?2;

-- name: search-candidates-of
-- search-candidates of ? a JSON array of rowids, in that order.
SELECT c.id, c.c3, c.c4, c.c5, c.c0, c.c1, c.c2
FROM json_each(?) AS j
CROSS JOIN event_text_content AS c ON c.id = j.value;

-- name: search-next-group
-- The first date group (the first 7 characters of graph.Rank's date; a
-- shorter date is a group of its own) of an event dated ?1 or later, in
-- the order of events_search_order (migrate-13). A capped search walks
-- the groups from the earliest (search-candidates-in-group).
SELECT substr(date, 1, 7) FROM events INDEXED BY events_search_order
WHERE (date = '') = 0 AND date >= ?1
ORDER BY date
LIMIT 1;

-- name: search-candidates-in-group
-- search-candidates of one date group, in graph.Rank's order of equal
-- scores (date, article id, position: the order of events_search_order;
-- TEXT compares as Go strings do, byte by byte). ?1 is the FTS5
-- expression AND the group's token in column date_group, so FTS5 finds
-- only the group's candidates; ?2 (1: the undated, 0: the dated), ?3 and
-- ?4 bound the dates walked, at least the group's. A capped search reads
-- group after group until more than Cap matched, not every candidate.
SELECT c.id, c.c3, c.c4, c.c5, c.c0, c.c1, c.c2
FROM events AS e INDEXED BY events_search_order
CROSS JOIN event_text_content AS c ON c.id = e.pk
WHERE (e.date = '') = ?2 AND e.date >= ?3 AND e.date < ?4
  AND e.pk IN (SELECT rowid FROM event_text WHERE event_text MATCH ?1)
ORDER BY e.date, e.article_id, e.ord;

-- name: search-hits
-- ? is a JSON array of the events.pk Rank kept.
SELECT e.pk, e.record, a.id, a.title, a.url, a.source, a.published, a.licence, a.attribution
FROM events e JOIN articles a ON a.id = e.article_id
WHERE e.pk IN (SELECT value FROM json_each(?));

-- name: stories-topic-entities
-- graph.Storyteller: how many events of each topic involve each entity.
SELECT t.topic, x.id, x.name, x.type, count(DISTINCT ee.event_pk)
FROM event_topics t
JOIN event_entities ee ON ee.event_pk = t.event_pk
JOIN entities x ON x.id = ee.entity_id
GROUP BY t.topic, x.id;

-- name: stories-untopiced
-- The people and organisations of every dated event without a topic; the
-- event's key is Neo4j's Event.uid (article id, "#", position), so both
-- stores sort clusters alike.
SELECT e.article_id || '#' || e.ord, e.article_id, e.first_day, e.last_day, x.id, x.name, x.type
FROM events e
JOIN event_entities ee ON ee.event_pk = e.pk
JOIN entities x ON x.id = ee.entity_id
WHERE e.first_day IS NOT NULL
  AND x.type IN ('person', 'organization')
  AND NOT EXISTS (SELECT 1 FROM event_topics t WHERE t.event_pk = e.pk);

-- name: migrate-5
-- Put indexes a batch's events for search in one statement (search-index)
-- instead of the insert trigger of migrate-3: FTS5 writes its pending rows
-- out at every statement's savepoint, so a trigger on each event insert
-- made thousands of tiny segments to merge, and ingest 40% slower.
DROP TRIGGER event_text_insert;

PRAGMA user_version = 5;

-- name: search-index
-- The full-text rows of the events Put inserted: ? is a JSON array of
-- [pk, sentence, summary, article title, article id, ord, date], one per
-- event, made by Put from what it wrote to events and articles; the date
-- group as migrate-13 makes it.
INSERT INTO event_text (rowid, sentence, summary, title, article_id, ord, date, date_group)
SELECT value ->> 0, value ->> 1, value ->> 2, value ->> 3, value ->> 4, value ->> 5, value ->> 6,
       'qx' || lower(hex(substr(value ->> 6, 1, 7)))
FROM jsonb_each(?);

-- name: migrate-13
-- A capped search of a word in most events (graph.SearchOptions.Cap)
-- reads the candidates of the earliest dates first: events_search_order
-- has the events in graph.Rank's order of equal scores (about 45 bytes an
-- event), and event_text gets a column date_group, one token an event,
-- "qx" and the hexadecimal of the first 7 characters of its date ("qx"
-- alone when undated), with which FTS5 finds one group's candidates
-- without listing all of them. FTS5 cannot add a column: the table is
-- made again from its own content (about 10 s for 100,000 events).
CREATE INDEX IF NOT EXISTS events_search_order ON events (date = '', date, article_id, ord);

CREATE TEMP TABLE event_text_old AS SELECT id, c0, c1, c2, c3, c4, c5 FROM event_text_content;
DROP TABLE event_text;
CREATE VIRTUAL TABLE event_text USING fts5 (
    sentence, summary, title,
    article_id UNINDEXED, ord UNINDEXED, date UNINDEXED,
    date_group
);
INSERT INTO event_text (rowid, sentence, summary, title, article_id, ord, date, date_group)
SELECT id, c0, c1, c2, c3, c4, c5, 'qx' || lower(hex(substr(c5, 1, 7))) FROM temp.event_text_old;
DROP TABLE temp.event_text_old;

PRAGMA user_version = 13;
