-- name: analyst-entity-events
-- The SQL twins of queries/analyst.cypher, one per Cypher query with the
-- same name, parameters ($name) and columns: graph.AnalystQueries pairs
-- them, and storetest.AnalystQueries checks that both give the same table.
-- A list is returned as a JSON array, which the store decodes.
SELECT e.first_day AS date, e.record ->> '$.precision' AS precision, e.kind AS kind, ee.role AS role,
       e.record ->> '$.summary' AS summary, a.title AS article
FROM entity_keys k
JOIN event_entities ee ON ee.entity_id = k.entity_id
JOIN events e ON e.pk = ee.event_pk
JOIN articles a ON a.id = e.article_id
WHERE k.key = $key AND e.last_day >= $from AND e.first_day <= $to
ORDER BY date, e.article_id, e.ord, role;

-- name: analyst-meetings
SELECT p.name AS one, q.name AS other, count(DISTINCT e.pk) AS meetings,
       json_group_array(DISTINCT e.first_day ORDER BY e.first_day) FILTER (WHERE e.first_day IS NOT NULL) AS dates
FROM events e
JOIN event_entities pe ON pe.event_pk = e.pk
JOIN entities p ON p.id = pe.entity_id AND p.type = 'person'
JOIN event_entities qe ON qe.event_pk = e.pk
JOIN entities q ON q.id = qe.entity_id AND q.type = 'person'
WHERE e.kind IN ('meeting', 'negotiation') AND p.name < q.name
GROUP BY p.id, q.id
ORDER BY meetings DESC, one, other
LIMIT $limit;

-- name: analyst-text
SELECT e.first_day AS date, e.record ->> '$.summary' AS summary, e.record ->> '$.sentence' AS sentence,
       (SELECT json_group_array(DISTINCT x.name ORDER BY x.name)
        FROM event_places p JOIN entities x ON x.id = p.entity_id
        WHERE p.event_pk = e.pk) AS places,
       a.source AS source
FROM event_text t
JOIN events e ON e.pk = t.rowid
JOIN articles a ON a.id = e.article_id
WHERE event_text MATCH '{sentence summary} : (' || $query || ')'
ORDER BY e.first_day IS NULL, e.first_day, e.article_id, e.ord
LIMIT $limit;
