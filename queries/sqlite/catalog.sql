-- name: catalog-entities
-- The catalog of graph/sqlite (graph.Catalog). Source filters here and in
-- events-where-sources call storygraph_fold, timeline.Fold registered by
-- graph/sqlite (SQLite's lower() stops at ASCII); the sqlite3 shell has
-- no such function.
-- ?1 is a type or '', ?2 a folded key prefix or ''. Events count an
-- entity's part in them and, for a place, the events at it, each event
-- once; articles count its mentions. Only place entities are ever an
-- event's place (graph.Resolver.Place), so only places need the union of
-- both, grouped once over event_places (not indexed by entity_id); the
-- others count their own entries of event_entities' index, which is
-- faster than one union of every participant and place.
WITH at_place AS (
    SELECT entity_id, event_pk FROM event_places WHERE entity_id IS NOT NULL
    UNION
    SELECT ee.entity_id, ee.event_pk FROM entities x JOIN event_entities ee ON ee.entity_id = x.id
    WHERE x.type = 'place'
),
place_events AS (SELECT entity_id, count(*) AS n FROM at_place GROUP BY entity_id)
SELECT x.id, x.name, x.type, x.aliases, x.role, x.country,
       CASE WHEN x.type = 'place'
            THEN coalesce((SELECT n FROM place_events pe WHERE pe.entity_id = x.id), 0)
            ELSE (SELECT count(DISTINCT ee.event_pk) FROM event_entities ee WHERE ee.entity_id = x.id)
       END,
       (SELECT count(*) FROM mentions m WHERE m.entity_id = x.id)
FROM entities x
WHERE (?1 = '' OR x.type = ?1)
  AND (?2 = '' OR EXISTS (SELECT 1 FROM entity_keys k
                          WHERE k.entity_id = x.id AND substr(k.key, 1, length(?2)) = ?2));

-- name: catalog-articles
-- ?1 is a JSON array of folded sources, or NULL for any; ?2 and ?3 the
-- first and last publication day, or ''. Only days compare (as in
-- events-where-as-of).
SELECT a.id, a.title, a.url, a.source, a.published,
       (SELECT count(*) FROM events e WHERE e.article_id = a.id)
FROM articles a
WHERE (?1 IS NULL OR storygraph_fold(a.source) IN (SELECT value FROM json_each(?1)))
  AND (?2 = '' OR (length(a.published) = 10 AND a.published >= ?2))
  AND (?3 = '' OR (length(a.published) = 10 AND a.published <= ?3));

-- name: catalog-topics
-- The counts read events through the small index of (article_id, ord),
-- which holds every event's pk, rather than through its rows (each holds
-- its record's JSON); CROSS JOIN keeps that order. A topic's first and
-- last days walk the date indexes from either end to its first event.
WITH counts AS (
    SELECT t.topic, count(*) AS events, count(DISTINCT e.article_id) AS articles
    FROM events e CROSS JOIN event_topics t ON t.event_pk = e.pk
    GROUP BY t.topic
)
SELECT c.topic, c.events, c.articles,
       coalesce((SELECT e.first_day FROM events e
                 WHERE e.first_day IS NOT NULL
                   AND EXISTS (SELECT 1 FROM event_topics t WHERE t.event_pk = e.pk AND t.topic = c.topic)
                 ORDER BY e.first_day LIMIT 1), ''),
       coalesce((SELECT e.last_day FROM events e
                 WHERE e.last_day IS NOT NULL
                   AND EXISTS (SELECT 1 FROM event_topics t WHERE t.event_pk = e.pk AND t.topic = c.topic)
                 ORDER BY e.last_day DESC LIMIT 1), '')
FROM counts c;

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
