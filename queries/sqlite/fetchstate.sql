-- name: migrate-2
-- Fetch state of watched feeds and fetched pages (graph.FetchState): one
-- row per URL, replaced on every fetch.
CREATE TABLE fetch_state (
    url           TEXT PRIMARY KEY,
    etag          TEXT NOT NULL,
    last_modified TEXT NOT NULL,
    version       TEXT NOT NULL,
    fetched_at    TEXT NOT NULL   -- RFC 3339, UTC
) WITHOUT ROWID;
PRAGMA user_version = 2;

-- name: fetch-state-get
-- $1: a JSON array of URLs.
SELECT url, etag, last_modified, version, fetched_at
FROM fetch_state
WHERE url IN (SELECT value FROM json_each(?1));

-- name: fetch-state-put
INSERT INTO fetch_state (url, etag, last_modified, version, fetched_at)
VALUES (?1, ?2, ?3, ?4, ?5)
ON CONFLICT (url) DO UPDATE SET
    etag = excluded.etag, last_modified = excluded.last_modified,
    version = excluded.version, fetched_at = excluded.fetched_at;
