// name: put-read-articles
// The statements of graph/neo4j's Store. Parameters only, always: lists are
// passed as lists and rows as lists of maps, so no statement text is ever
// built from input. Lookups name their index (USING INDEX): a plan cached
// while the database was empty would otherwise scan the label for every
// row, which makes batches quadratic. A Put runs the put-* statements in one transaction:
// reads first, then deletions, then nodes, then relationships.
UNWIND $ids AS id
MATCH (a:Article {id: id}) USING INDEX a:Article(id)
RETURN a.id AS id, a.contentHash AS hash;

// name: put-read-entities
UNWIND $ids AS id
MATCH (x:Entity {id: id}) USING INDEX x:Entity(id)
RETURN x.id AS id, x.name AS name, x.type AS type, x.aliases AS aliases,
       x.role AS role, x.country AS country;

// name: put-delete-articles
// An updated article loses its earlier events (with their INVOLVES, AT,
// ABOUT and REPORTS relationships) and its mentions; the article node stays
// and gets the new version's properties.
UNWIND $ids AS id
MATCH (a:Article {id: id}) USING INDEX a:Article(id)
OPTIONAL MATCH (a)-[:REPORTS]->(e:Event)
DETACH DELETE e
WITH DISTINCT a
OPTIONAL MATCH (a)-[m:MENTIONS]->()
DELETE m;

// name: put-articles
UNWIND $rows AS row
MERGE (a:Article {id: row.id})
SET a = row.props;

// name: put-entities
// Entities carry :Entity and, by type, :Person, :Place or :Organization.
// props is the entity's whole merged state (computed in the transaction
// from what was stored), so SET = replaces it.
UNWIND $rows AS row
MERGE (x:Entity {id: row.id})
SET x = row.props
FOREACH (_ IN CASE WHEN row.props.type = 'person' THEN [1] ELSE [] END | SET x:Person)
FOREACH (_ IN CASE WHEN row.props.type = 'place' THEN [1] ELSE [] END | SET x:Place)
FOREACH (_ IN CASE WHEN row.props.type = 'organization' THEN [1] ELSE [] END | SET x:Organization);

// name: put-topics
UNWIND $ids AS id
MERGE (:Topic {id: id});

// name: put-events
UNWIND $rows AS row
MERGE (e:Event {uid: row.uid})
SET e = row.props;

// name: put-reports
UNWIND $rows AS row
MATCH (a:Article {id: row.article}) USING INDEX a:Article(id)
MATCH (e:Event {uid: row.uid}) USING INDEX e:Event(uid)
MERGE (a)-[:REPORTS]->(e);

// name: put-mentions
UNWIND $rows AS row
MATCH (a:Article {id: row.article}) USING INDEX a:Article(id)
MATCH (x:Entity {id: row.entity}) USING INDEX x:Entity(id)
MERGE (a)-[m:MENTIONS]->(x)
SET m.count = row.count;

// name: put-involves
UNWIND $rows AS row
MATCH (e:Event {uid: row.uid}) USING INDEX e:Event(uid)
MATCH (x:Entity {id: row.entity}) USING INDEX x:Entity(id)
MERGE (e)-[:INVOLVES {role: row.role}]->(x);

// name: put-at
UNWIND $rows AS row
MATCH (e:Event {uid: row.uid}) USING INDEX e:Event(uid)
MATCH (x:Entity {id: row.entity}) USING INDEX x:Entity(id)
MERGE (e)-[:AT]->(x);

// name: put-about
UNWIND $rows AS row
MATCH (e:Event {uid: row.uid}) USING INDEX e:Event(uid)
MATCH (t:Topic {id: row.topic}) USING INDEX t:Topic(id)
MERGE (e)-[:ABOUT]->(t);

// name: put-delete-orphans
// After an update: entities and topics nothing refers to any more.
CALL () {
  MATCH (x:Entity) WHERE NOT EXISTS { (x)--() }
  DETACH DELETE x
}
CALL () {
  MATCH (t:Topic) WHERE NOT EXISTS { (t)--() }
  DELETE t
};

// name: events
// Every filter is a parameter; a null parameter (or, for $entities, an
// empty list) does not filter. Dates compare as native dates: an event
// matches when [date, endDate] overlaps [$from, $to]; undated events have
// neither and never match a date filter.
MATCH (e:Event)
WHERE ($articles IS NULL OR e.article IN $articles)
  AND ($kinds IS NULL OR e.kind IN $kinds)
  AND ($from IS NULL OR e.endDate >= $from)
  AND ($to IS NULL OR e.date <= $to)
  AND ($topics IS NULL OR EXISTS { (e)-[:ABOUT]->(t:Topic) WHERE t.id IN $topics })
  AND ($places IS NULL
       OR any(k IN e.placeKeys WHERE k IN $places)
       OR EXISTS { (e)-[:AT]->(p:Entity) WHERE any(k IN p.keys WHERE k IN $places) })
  AND all(k IN $entities WHERE EXISTS { (e)-[:INVOLVES]->(x:Entity) WHERE k IN x.keys })
RETURN e.record AS record
ORDER BY e.article, e.ord;

// name: events-by-entity
// events, starting from the entities whose folded keys hold $entity (the
// first entity of the filter); $entities holds the others. Most filters
// name someone, and their events are a small part of the graph.
MATCH (x:Entity) WHERE $entity IN x.keys
MATCH (x)<-[:INVOLVES]-(e:Event)
WITH DISTINCT e
WHERE ($articles IS NULL OR e.article IN $articles)
  AND ($kinds IS NULL OR e.kind IN $kinds)
  AND ($from IS NULL OR e.endDate >= $from)
  AND ($to IS NULL OR e.date <= $to)
  AND ($topics IS NULL OR EXISTS { (e)-[:ABOUT]->(t:Topic) WHERE t.id IN $topics })
  AND ($places IS NULL
       OR any(k IN e.placeKeys WHERE k IN $places)
       OR EXISTS { (e)-[:AT]->(p:Entity) WHERE any(k IN p.keys WHERE k IN $places) })
  AND all(k IN $entities WHERE EXISTS { (e)-[:INVOLVES]->(y:Entity) WHERE k IN y.keys })
RETURN e.record AS record
ORDER BY e.article, e.ord;

// name: article-get
MATCH (a:Article {id: $id}) USING INDEX a:Article(id)
RETURN a.extraction AS extraction;

// name: stats
RETURN
  COUNT { (:Article) } AS articles,
  COUNT { (:Event) } AS events,
  COUNT { (:Entity) } AS entities,
  COUNT { (x:Entity) WHERE x.type = 'person' } AS people,
  COUNT { (x:Entity) WHERE x.type = 'place' } AS places,
  COUNT { (x:Entity) WHERE x.type = 'organization' } AS organizations,
  COUNT { (t:Topic) WHERE EXISTS { (t)<-[:ABOUT]-(:Event) } } AS topics;

// name: reset-events
// Reset runs each reset-* statement until it deletes nothing, so that each
// transaction stays small however large the graph: events first (a few
// relationships each), then articles, and entities and topics last, when
// they have no relationships left (a busy entity can have 100,000).
// Only storygraph's labels are touched.
MATCH (n:Event)
WITH n LIMIT $limit
DETACH DELETE n
RETURN count(*) AS deleted;

// name: reset-articles
MATCH (n:Article)
WITH n LIMIT $limit
DETACH DELETE n
RETURN count(*) AS deleted;

// name: reset-entities
MATCH (n:Entity)
WITH n LIMIT $limit
DETACH DELETE n
RETURN count(*) AS deleted;

// name: reset-topics
MATCH (n:Topic)
WITH n LIMIT $limit
DETACH DELETE n
RETURN count(*) AS deleted;
