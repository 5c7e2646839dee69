-- name: catalog-entities
-- The catalog of graph/sqlite (graph.Catalog). Source filters here and in
-- events-where-sources call storygraph_fold, timeline.Fold registered by
-- graph/sqlite (SQLite's lower() stops at ASCII); the sqlite3 shell has
-- no such function.
-- ?1 is a type or '', ?2 a folded key prefix or ''. The counts are kept
-- at write time in entity_counts (migrate-9): an entity's events (its
-- part in them, or it as their place, each event once) and the articles
-- that mention it. An entity without a row there has none of either.
SELECT x.id, x.name, x.type, x.aliases, x.role, x.country,
       coalesce(c.events, 0), coalesce(c.articles, 0)
FROM entities x LEFT JOIN entity_counts c ON c.entity_id = x.id
WHERE (?1 = '' OR x.type = ?1)
  AND (?2 = '' OR EXISTS (SELECT 1 FROM entity_keys k
                          WHERE k.entity_id = x.id AND substr(k.key, 1, length(?2)) = ?2));

-- name: catalog-articles
-- ?1 is a JSON array of folded sources, or NULL for any; ?2 and ?3 the
-- first and last publication day, ?2 '' and ?3 '9999-12-31' when not
-- bounded, so that the range always seeks articles_published (migrate-10)
-- and only the articles of those days are read; ?4 is 1 when a day
-- bounds it. Only days compare (as in events-where-as-of): with a bound,
-- an article without a publication day never matches.
SELECT a.id, a.title, a.url, a.source, a.published,
       (SELECT count(*) FROM events e WHERE e.article_id = a.id)
FROM articles a
WHERE a.published >= ?2 AND a.published <= ?3
  AND (?4 = 0 OR length(a.published) = 10)
  AND (?1 IS NULL OR storygraph_fold(a.source) IN (SELECT value FROM json_each(?1)));

-- name: catalog-topics
-- Every topic with its events, articles and first and last days, kept at
-- write time in topic_counts (migrate-9).
SELECT topic, events, articles, first, last FROM topic_counts;

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
