// name: article-sources
// The catalog of graph/neo4j (graph.Catalog), and the outlets Events
// matches a source filter against: graph.MatchSources folds them in Go, so
// both stores match the same sources.
MATCH (a:Article) WHERE a.source IS NOT NULL
RETURN DISTINCT a.source AS source;

// name: catalog-entities
// $type and $prefix (a folded key prefix) are null when not filtering.
// Events count an entity's part in them and the events at it, each event
// once; articles count its mentions.
MATCH (x:Entity)
WHERE ($type IS NULL OR x.type = $type)
  AND ($prefix IS NULL OR any(k IN x.keys WHERE k STARTS WITH $prefix))
RETURN x.id AS id, x.name AS name, x.type AS type, x.aliases AS aliases,
       x.role AS role, x.country AS country,
       COUNT { MATCH (x)<-[:INVOLVES|AT]-(e:Event) RETURN DISTINCT e } AS events,
       COUNT { (x)<-[:MENTIONS]-(:Article) } AS articles;

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
MATCH (t:Topic)<-[:ABOUT]-(e:Event)
RETURN t.id AS id, count(DISTINCT e) AS events, count(DISTINCT e.article) AS articles,
       toString(min(e.date)) AS first, toString(max(e.endDate)) AS last;

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
