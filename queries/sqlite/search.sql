-- name: migrate-3
-- Full-text search (graph.Searcher): one FTS5 row per event, rowid =
-- events.pk, with the event's sentence and summary and its article's title.
-- Contentless (the text stays in events and articles) with deletes allowed.
-- Triggers keep it in step with every write: Put inserts an article before
-- its events, and an update or Reset deletes events, so no Go code writes
-- it. Existing events are indexed here, once.
CREATE VIRTUAL TABLE event_text USING fts5 (sentence, summary, title, content = '', contentless_delete = 1);

CREATE TRIGGER event_text_insert AFTER INSERT ON events BEGIN
    INSERT INTO event_text (rowid, sentence, summary, title)
    VALUES (new.pk, new.record ->> '$.sentence', new.record ->> '$.summary',
            (SELECT title FROM articles WHERE id = new.article_id));
END;

CREATE TRIGGER event_text_delete AFTER DELETE ON events BEGIN
    DELETE FROM event_text WHERE rowid = old.pk;
END;

INSERT INTO event_text (rowid, sentence, summary, title)
SELECT e.pk, e.record ->> '$.sentence', e.record ->> '$.summary', a.title
FROM events e JOIN articles a ON a.id = e.article_id;

PRAGMA user_version = 3;

-- name: search-candidates
-- ? is an FTS5 expression built by graph/sqlite from the parsed query
-- (quoted strings only, so no user text is an operator). It finds a
-- superset of the hits; graph.Rank decides and orders.
SELECT e.record, e.ord, a.id, a.title, a.url, a.source, a.published
FROM event_text t
JOIN events e ON e.pk = t.rowid
JOIN articles a ON a.id = e.article_id
WHERE event_text MATCH ?;
