-- name: analysis-find
-- Statements of graph/sqlite's graph.Analysis (entity, network, path).
-- ?1 is a folded name: the entities one of whose keys it is.
SELECT e.id, e.name, e.type, e.role
FROM entity_keys k JOIN entities e ON e.id = k.entity_id
WHERE k.key = ?1
ORDER BY e.id;

-- name: analysis-names
SELECT DISTINCT name FROM entities ORDER BY name;

-- name: analysis-entities
-- ?1 is a JSON array of entity ids.
SELECT e.id, e.name, e.type, e.role
FROM entities e
WHERE e.id IN (SELECT value FROM json_each(?1));

-- name: analysis-profile
-- ?1 is an entity id: the entity, the number of its events and the first
-- and last days they cover, and the articles that mention it or report
-- one of its events. Its events are read once, from events_span (their
-- days and article, migrate-9) rather than their rows, which hold each
-- record's JSON: three times less work for an entity in 10,000 events.
-- Articles are those that mention it (entity_counts) and those of its
-- events that do not (hardly ever any), so no set of 10,000 article ids
-- is built. Whether an event's article mentions it is looked up in the
-- set of the articles that do (read once from mentions_entity, an
-- in-memory index), not in mentions' primary key for each event: 16 ms
-- instead of 22 for an entity in 10,000 events.
SELECT e.name, e.type, e.role, e.aliases, e.country, span.n, span.first, span.last,
       coalesce((SELECT c.articles FROM entity_counts c WHERE c.entity_id = e.id), 0) + span.unmentioned
FROM entities e,
     (SELECT count(*) AS n, coalesce(min(v.first_day), '') AS first, coalesce(max(v.last_day), '') AS last,
             count(DISTINCT v.article_id) FILTER (WHERE v.article_id NOT IN (SELECT m.article_id FROM mentions m
                                                                             WHERE m.entity_id = ?1)) AS unmentioned
      FROM (SELECT DISTINCT event_pk FROM event_entities WHERE entity_id = ?1) ee
      JOIN events v INDEXED BY events_span ON v.pk = ee.event_pk) span
WHERE e.id = ?1;

-- name: analysis-ties
-- ?1 is an entity id: every other entity of its events, with the number
-- of events they share, as entity_ties keeps them (migrate-12: each pair
-- once, the smaller id first).
SELECT x.id, x.name, x.type, x.role, t.events
FROM (SELECT other_id AS id, events FROM entity_ties WHERE entity_id = ?1
      UNION ALL
      SELECT entity_id, events FROM entity_ties WHERE other_id = ?1) t
JOIN entities x ON x.id = t.id
WHERE t.events > 0;

-- name: analysis-edges
-- The rows of the co-occurrence edges of graph.NetworkQuery that touch
-- the entities ?1 (a JSON array of ids): ?2 a JSON array of topics, ?3 of
-- kinds (NULL: any), ?4 and ?5 the first and last day (NULL: no bound).
-- One row per centre entity, other entity, event and role, with the
-- event's date; graph/sqlite counts them into edges in Go, as grouping
-- them here through temporary B-trees took three times as long. It
-- starts from the centre's entries of event_entities (its (entity_id,
-- event_pk) index), so only their events are read: a "?1 IS NULL OR" here
-- made the planner scan every participant row instead (hence
-- analysis-edges-all). Each event's centre entities are found among its
-- rows (the unary + keeps the planner from seeking each centre entity in
-- each event instead: 10 ms instead of 12 for four people's 1,400 events).
WITH centre AS (SELECT value AS id FROM json_each(?1)),
ev AS MATERIALIZED (
    SELECT DISTINCT v.pk, v.date
    FROM centre
    JOIN event_entities c ON c.entity_id = centre.id
    JOIN events v ON v.pk = c.event_pk
    WHERE (?2 IS NULL OR v.pk IN (SELECT t.event_pk FROM event_topics t WHERE t.topic IN (SELECT value FROM json_each(?2))))
      AND (?3 IS NULL OR v.kind IN (SELECT value FROM json_each(?3)))
      AND (?4 IS NULL OR v.last_day >= ?4)
      AND (?5 IS NULL OR v.first_day <= ?5)
)
SELECT c.entity_id, o.entity_id, ev.pk, ev.date
FROM ev
JOIN event_entities c ON c.event_pk = ev.pk AND +c.entity_id IN (SELECT id FROM centre)
JOIN event_entities o ON o.event_pk = ev.pk AND o.entity_id <> c.entity_id;

-- name: analysis-edges-all
-- Every co-occurrence edge of the events graph.NetworkQuery selects (a
-- network without seeds), with the parameters of analysis-edges (?1 is
-- NULL) and ?6 the minimum weight. ev is materialized so that the events
-- are chosen first, by the filters. Each edge comes with the dates of its
-- events, a JSON array (undated events count, but have no date).
WITH ev AS MATERIALIZED (
    SELECT v.pk, v.date FROM events v
    WHERE (?2 IS NULL OR v.pk IN (SELECT t.event_pk FROM event_topics t WHERE t.topic IN (SELECT value FROM json_each(?2))))
      AND (?3 IS NULL OR v.kind IN (SELECT value FROM json_each(?3)))
      AND (?4 IS NULL OR v.last_day >= ?4)
      AND (?5 IS NULL OR v.first_day <= ?5)
      AND ?1 IS NULL
),
pair AS (
    SELECT DISTINCT a.entity_id AS source, b.entity_id AS target, ev.pk, ev.date
    FROM ev
    JOIN event_entities a ON a.event_pk = ev.pk
    JOIN event_entities b ON b.event_pk = ev.pk AND a.entity_id < b.entity_id
)
SELECT source, target, count(*) AS weight,
       json_group_array(date) FILTER (WHERE date <> '') AS dates
FROM pair
GROUP BY source, target
HAVING count(*) >= ?6;

-- name: analysis-pairs
-- ?1 is a JSON array of entity ids: each with every other entity it shares
-- an event with (one step of the path search), from entity_ties (each
-- pair once, the smaller id first).
SELECT t.entity_id, t.other_id
FROM json_each(?1) j
JOIN entity_ties t ON t.entity_id = j.value
WHERE t.events > 0
UNION
SELECT t.other_id, t.entity_id
FROM json_each(?1) j
JOIN entity_ties t ON t.other_id = j.value
WHERE t.events > 0;

-- name: analysis-first-shared
-- The event entities ?1 and ?2 share that sorts first: earliest first day,
-- undated last, then article id and position (graph.FirstShared).
SELECT v.id, v.article_id, t.title, v.date, v.kind, v.record ->> '$.sentence'
FROM event_entities a
JOIN event_entities b ON b.event_pk = a.event_pk AND b.entity_id = ?2
JOIN events v ON v.pk = a.event_pk
JOIN articles t ON t.id = v.article_id
WHERE a.entity_id = ?1
ORDER BY v.first_day IS NULL, v.first_day, v.article_id, v.ord
LIMIT 1;

-- name: analysis-hubs
-- ?1 is a JSON array of entity ids, ?2 a number of events: the entities
-- in more than ?2 events. Each count stops at ?2 + 1 entries of the
-- index, so a busy entity costs no more than a quiet one just over ?2.
SELECT j.value
FROM json_each(?1) j
WHERE (SELECT count(*) FROM (SELECT DISTINCT ee.event_pk FROM event_entities ee
                             WHERE ee.entity_id = j.value LIMIT ?2 + 1)) > ?2;
