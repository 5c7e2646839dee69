-- name: migrate-4
-- Related Articles lists (graph.Relations): one row per link of an
-- article's list, and one state row per list (the fingerprint of what it
-- was computed from). An article stored again or deleted loses its state
-- (the trigger; Put deletes and re-inserts an updated article), as a Neo4j
-- article node loses its properties, so both stores forget alike. Links
-- are read joined to stored articles, so a link to a deleted one is never
-- returned.
CREATE TABLE IF NOT EXISTS related (
    article_id  TEXT NOT NULL,
    rank        INTEGER NOT NULL,
    related_id  TEXT NOT NULL,
    score       REAL NOT NULL,
    reasons     TEXT NOT NULL,  -- JSON array of strings
    computed_at TEXT NOT NULL,  -- RFC 3339, UTC
    PRIMARY KEY (article_id, rank)
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS related_target ON related (related_id);
CREATE TABLE IF NOT EXISTS related_state (
    article_id  TEXT PRIMARY KEY,
    fingerprint TEXT NOT NULL,
    computed_at TEXT NOT NULL
) WITHOUT ROWID;
CREATE TRIGGER IF NOT EXISTS related_state_forget AFTER DELETE ON articles
BEGIN
    DELETE FROM related_state WHERE article_id = OLD.id;
END;
PRAGMA user_version = 4;

-- name: related-delete
-- $1: the article whose list is replaced.
DELETE FROM related WHERE article_id = ?1;

-- name: related-state-put
-- Only for a stored article: a list of an unknown one is not kept.
INSERT INTO related_state (article_id, fingerprint, computed_at)
SELECT ?1, ?2, ?3 WHERE EXISTS (SELECT 1 FROM articles WHERE id = ?1)
ON CONFLICT (article_id) DO UPDATE SET
    fingerprint = excluded.fingerprint, computed_at = excluded.computed_at;

-- name: related-bounds-put
-- The list's Floor and Slack (migrate-8), only for a stored article.
INSERT INTO related_bounds (article_id, floor, slack)
SELECT ?1, ?2, ?3 WHERE EXISTS (SELECT 1 FROM articles WHERE id = ?1)
ON CONFLICT (article_id) DO UPDATE SET floor = excluded.floor, slack = excluded.slack;

-- name: related-put
-- A link to an article that is not stored is left out.
INSERT INTO related (article_id, rank, related_id, score, reasons, computed_at)
SELECT ?1, ?2, ?3, ?4, ?5, ?6 WHERE EXISTS (SELECT 1 FROM articles WHERE id = ?3);

-- name: related-read
-- The stored list of ?1 and its article's citation, in one indexed read
-- (serve's /related asks it once a request): a row per link in rank
-- order, or one row with rank 0 when the list has no link; no row when no
-- list is stored. A link to an article no longer stored has linked 0, and
-- is left out. (A parenthesised LEFT JOIN (related JOIN articles) would
-- drop those rows itself, but SQLite materialises it over every link.)
SELECT s.fingerprint, s.computed_at, a.title, a.url, a.source, a.published, a.licence, a.attribution,
       coalesce(r.rank, 0), coalesce(r.score, 0), coalesce(r.reasons, '[]'), b.id IS NOT NULL,
       coalesce(b.id, ''), coalesce(b.title, ''), coalesce(b.url, ''), coalesce(b.source, ''),
       coalesce(b.published, ''), coalesce(b.licence, ''), coalesce(b.attribution, '')
FROM related_state s JOIN articles a ON a.id = s.article_id
LEFT JOIN related r ON r.article_id = s.article_id
LEFT JOIN articles b ON b.id = r.related_id
WHERE s.article_id = ?1
ORDER BY r.rank;

-- name: related-states
-- A list without bounds (stored before migrate-8): Floor -1, Slack 0.
SELECT s.article_id, s.fingerprint, count(r.rank), coalesce(min(r.score), 0),
       coalesce(b.floor, -1), coalesce(b.slack, 0)
FROM related_state s LEFT JOIN related r ON r.article_id = s.article_id
LEFT JOIN related_bounds b ON b.article_id = s.article_id
GROUP BY s.article_id;

-- name: related-linking
-- $1: a JSON array of article IDs.
SELECT DISTINCT r.article_id
FROM related r JOIN related_state s ON s.article_id = r.article_id
WHERE r.related_id IN (SELECT value FROM json_each(?1))
ORDER BY r.article_id;
