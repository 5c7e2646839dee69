// name: analysis-find
// The statements of graph/neo4j's graph.Analysis (entity, network, path).
// $key is a folded name: the entities one of whose keys it is.
MATCH (k:Key {key: $key})-[:NAMES]->(x:Entity) USING INDEX SEEK k:Key(key)
RETURN x.id AS id, x.name AS name, x.type AS type, coalesce(x.role, '') AS role
ORDER BY id;

// name: analysis-names
MATCH (x:Entity)
RETURN DISTINCT x.name AS name
ORDER BY name;

// name: analysis-entities
UNWIND $ids AS id
MATCH (x:Entity {id: id}) USING INDEX x:Entity(id)
RETURN x.id AS id, x.name AS name, x.type AS type, coalesce(x.role, '') AS role;

// name: analysis-profile
// The entity, its events with their first and last days (INVOLVES repeats
// them), and the articles that mention it or report one of its events
// (an event keeps its article's id, so no REPORTS is walked).
MATCH (x:Entity {id: $id}) USING INDEX x:Entity(id)
CALL (x) {
  MATCH (x)<-[r:INVOLVES]-(e:Event)
  RETURN count(DISTINCT e) AS events, min(r.date) AS first, max(r.endDate) AS last,
         collect(DISTINCT e.article) AS reported
}
CALL (x) {
  MATCH (a:Article)-[:MENTIONS]->(x)
  RETURN collect(a.id) AS mentioned
}
CALL (reported, mentioned) {
  UNWIND reported + mentioned AS article
  RETURN count(DISTINCT article) AS articles
}
RETURN x.name AS name, x.type AS type, coalesce(x.role, '') AS role, coalesce(x.aliases, []) AS aliases,
       coalesce(x.country, '') AS country, events, coalesce(toString(first), '') AS first,
       coalesce(toString(last), '') AS last, articles;

// name: analysis-ties
// Every other entity of the entity's events, with the number of events
// they share, counted before the entities' properties are read.
MATCH (x:Entity {id: $id}) USING INDEX x:Entity(id)
MATCH (x)<-[:INVOLVES]-(e:Event)-[:INVOLVES]->(y:Entity)
WHERE y <> x
WITH y, count(DISTINCT e) AS events
RETURN y.id AS id, y.name AS name, y.type AS type, coalesce(y.role, '') AS role, events;

// name: analysis-edges
// The co-occurrence edges of graph.NetworkQuery that touch the entities
// $centre: $topics, $kinds (null: any), $from and $to native dates (null:
// no bound), $minWeight. The dates are read from INVOLVES, which repeats
// its event's (see events-by-entity), so events of other days are never
// read; each event is paired with its other entities only, not every
// pair of its participants with both ends checked against the centre,
// which read each of them twice. Each edge comes with the dates of its
// dated events.
UNWIND $centre AS id
MATCH (x:Entity {id: id})<-[r:INVOLVES]-(e:Event)
WHERE ($from IS NULL OR r.endDate >= $from) AND ($to IS NULL OR r.date <= $to)
WITH DISTINCT x, e
WHERE ($kinds IS NULL OR e.kind IN $kinds)
  AND ($topics IS NULL OR EXISTS { (e)-[:ABOUT]->(t:Topic) WHERE t.id IN $topics })
MATCH (e)-[:INVOLVES]->(y:Entity)
WHERE y <> x
WITH x.id AS a, y.id AS b, e
WITH DISTINCT CASE WHEN a < b THEN a ELSE b END AS source, CASE WHEN a < b THEN b ELSE a END AS target, e
WITH source, target, count(e) AS weight, collect(e.dateValue) AS dates
WHERE weight >= $minWeight
RETURN source, target, weight, dates;

// name: analysis-edges-all
// Every co-occurrence edge of the events graph.NetworkQuery selects (a
// network without seeds), with analysis-edges' parameters but $centre.
MATCH (e:Event)
WHERE ($from IS NULL OR e.endDate >= $from) AND ($to IS NULL OR e.date <= $to)
  AND ($kinds IS NULL OR e.kind IN $kinds)
  AND ($topics IS NULL OR EXISTS { (e)-[:ABOUT]->(t:Topic) WHERE t.id IN $topics })
MATCH (a:Entity)<-[:INVOLVES]-(e)-[:INVOLVES]->(b:Entity)
WHERE a.id < b.id
WITH DISTINCT a.id AS source, b.id AS target, e
WITH source, target, count(e) AS weight, collect(e.dateValue) AS dates
WHERE weight >= $minWeight
RETURN source, target, weight, dates;

// name: analysis-pairs
// Each of the entities $ids with every other entity it shares an event
// with (one step of the path search).
UNWIND $ids AS id
MATCH (x:Entity {id: id})<-[:INVOLVES]-(:Event)-[:INVOLVES]->(y:Entity)
WHERE y <> x
RETURN DISTINCT x.id AS source, y.id AS target;

// name: analysis-first-shared
// The event entities $a and $b share that sorts first: earliest first
// day, undated last, then article id and position (graph.FirstShared).
MATCH (x:Entity {id: $a})<-[:INVOLVES]-(e:Event)-[:INVOLVES]->(y:Entity {id: $b})
WITH DISTINCT e, e.date IS NULL AS undated, e.date AS first, e.article AS article, e.ord AS ord
ORDER BY undated, first, article, ord
LIMIT 1
MATCH (a:Article {id: article}) USING INDEX a:Article(id)
RETURN e.id AS id, article, a.title AS title, coalesce(e.dateValue, '') AS date, e.kind AS kind,
       coalesce(e.sentence, '') AS sentence;

// name: analysis-hubs
// The entities among $ids in more than $n events; each count stops at
// $n + 1 events, so a busy entity costs no more than one just over $n.
UNWIND $ids AS id
MATCH (x:Entity {id: id}) USING INDEX x:Entity(id)
CALL (x) {
  MATCH (x)<-[:INVOLVES]-(e:Event)
  WITH DISTINCT e LIMIT $n + 1
  RETURN count(e) AS events
}
WITH x, events WHERE events > $n
RETURN x.id AS id;
