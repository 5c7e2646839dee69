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
