// name: article-sources
// The catalog of graph/neo4j (graph.Catalog), and the outlets Events
// matches a source filter against: graph.MatchSources folds them in Go, so
// both stores match the same sources.
MATCH (a:Article) WHERE a.source IS NOT NULL
RETURN DISTINCT a.source AS source;

// name: catalog-entities
// $type and $prefix (a folded key prefix) are null when not filtering.
// Events count an entity's part in them and the events at it, each event
// once; articles count its mentions. No label is checked at the other
// end: only events have INVOLVES and AT, only articles MENTIONS, and
// checking read every one of 510,000 events on 100,000 (the count of
// MENTIONS is then the node's degree, read without walking them).
MATCH (x:Entity)
WHERE ($type IS NULL OR x.type = $type)
  AND ($prefix IS NULL OR any(k IN x.keys WHERE k STARTS WITH $prefix))
RETURN x.id AS id, x.name AS name, x.type AS type, x.aliases AS aliases,
       x.role AS role, x.country AS country,
       COUNT { MATCH (x)<-[:INVOLVES|AT]-(e) RETURN DISTINCT e } AS events,
       COUNT { (x)<-[:MENTIONS]-() } AS articles;

// name: catalog-articles
// $sources are outlets exactly as stored, or null for any; $from and $to
// dates or null. Only publication days are stored as dates, so an article
// without one never matches a date bound.
MATCH (a:Article)
WHERE ($sources IS NULL OR a.source IN $sources)
  AND ($from IS NULL OR a.published >= $from)
  AND ($to IS NULL OR a.published <= $to)
RETURN a.id AS id, a.title AS title, a.url AS url, a.source AS source,
       toString(a.published) AS published,
       COUNT { (a)-[:REPORTS]->(:Event) } AS events;

// name: catalog-topics
// Every topic some event is about. Its events are the degree of its
// ABOUT relationships (one per event); its first and last days walk the
// date indexes from either end to its first event. Only the articles
// read each event (its article property).
MATCH (t:Topic)
WHERE EXISTS { (t)<-[:ABOUT]-() }
CALL (t) {
  MATCH (t)<-[:ABOUT]-(e)
  RETURN count(DISTINCT e.article) AS articles
}
CALL (t) {
  OPTIONAL MATCH (e:Event) WHERE e.date IS NOT NULL AND EXISTS { (e)-[:ABOUT]->(t) }
  WITH e ORDER BY e.date LIMIT 1
  RETURN e.date AS first
}
CALL (t) {
  OPTIONAL MATCH (e:Event) WHERE e.endDate IS NOT NULL AND EXISTS { (e)-[:ABOUT]->(t) }
  WITH e ORDER BY e.endDate DESC LIMIT 1
  RETURN e.endDate AS last
}
RETURN t.id AS id, COUNT { (t)<-[:ABOUT]-() } AS events, articles,
       coalesce(toString(first), '') AS first, coalesce(toString(last), '') AS last;

// name: known-entity-keys
// $keys are folded names; the ones that name an entity.
UNWIND $keys AS key
MATCH (k:Key {key: key}) USING INDEX SEEK k:Key(key)
WHERE EXISTS { (k)-[:NAMES]->(:Entity) }
RETURN DISTINCT k.key AS key;

// name: known-place-keys
// $keys are folded names; the ones that name a stored place or are a
// place as an event names it.
UNWIND $keys AS key
WITH DISTINCT key
WHERE EXISTS { MATCH (:Key {key: key})-[:NAMES]->(:Place) }
   OR EXISTS { MATCH (e:Event) WHERE key IN e.placeKeys }
RETURN key;
