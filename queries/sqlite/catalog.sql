-- name: article-sources
-- The catalog of graph/sqlite (graph.Catalog), and the outlets Events
-- matches a source filter against (graph.MatchSources folds them in Go,
-- which SQLite's lower() cannot do beyond ASCII).
SELECT DISTINCT source FROM articles;

-- name: catalog-entities
-- ?1 is a type or '', ?2 a folded key prefix or ''. Events count an
-- entity's part in them and the events at it, each event once; articles
-- count its mentions. The counts are grouped once over each table rather
-- than per entity: event_places.entity_id has no index.
WITH involved AS (
    SELECT entity_id, event_pk FROM event_entities
    UNION
    SELECT entity_id, event_pk FROM event_places WHERE entity_id IS NOT NULL
),
events_of AS (SELECT entity_id, count(*) AS n FROM involved GROUP BY entity_id),
articles_of AS (SELECT entity_id, count(*) AS n FROM mentions GROUP BY entity_id)
SELECT x.id, x.name, x.type, x.aliases, x.role, x.country,
       coalesce(ev.n, 0), coalesce(ar.n, 0)
FROM entities x
LEFT JOIN events_of ev ON ev.entity_id = x.id
LEFT JOIN articles_of ar ON ar.entity_id = x.id
WHERE (?1 = '' OR x.type = ?1)
  AND (?2 = '' OR EXISTS (SELECT 1 FROM entity_keys k
                          WHERE k.entity_id = x.id AND substr(k.key, 1, length(?2)) = ?2));

-- name: catalog-articles
-- ?1 is a JSON array of sources exactly as stored, or NULL for any; ?2 and
-- ?3 the first and last publication day, or ''. Only days compare (as in
-- events-where-as-of).
SELECT a.id, a.title, a.url, a.source, a.published,
       (SELECT count(*) FROM events e WHERE e.article_id = a.id)
FROM articles a
WHERE (?1 IS NULL OR a.source IN (SELECT value FROM json_each(?1)))
  AND (?2 = '' OR (length(a.published) = 10 AND a.published >= ?2))
  AND (?3 = '' OR (length(a.published) = 10 AND a.published <= ?3));

-- name: catalog-topics
SELECT t.topic, count(DISTINCT t.event_pk), count(DISTINCT e.article_id),
       coalesce(min(e.first_day), ''), coalesce(max(e.last_day), '')
FROM event_topics t JOIN events e ON e.pk = t.event_pk
GROUP BY t.topic;

-- name: known-entity-keys
-- ? is a JSON array of folded names; the ones some entity has as a key.
SELECT DISTINCT key FROM entity_keys WHERE key IN (SELECT value FROM json_each(?));

-- name: known-place-keys
-- Both ? are the same JSON array of folded names: the ones an event names
-- as its place, or a stored place has as a key.
SELECT key FROM event_places WHERE key IN (SELECT value FROM json_each(?))
UNION
SELECT k.key FROM entity_keys k JOIN entities x ON x.id = k.entity_id
WHERE x.type = 'place' AND k.key IN (SELECT value FROM json_each(?));
