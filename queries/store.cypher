// name: put-read-articles
// The statements of graph/neo4j's Store. Parameters only, always: lists are
// passed as lists and rows as lists of maps, so no statement text is ever
// built from input. Lookups name their index (USING INDEX): a plan cached
// while the database was empty would otherwise scan the label for every
// row, which makes batches quadratic. A Put runs the put-* statements in one transaction:
// reads first, then deletions, then entities and topics, then articles and
// events, each with its relationships.
UNWIND $ids AS id
MATCH (a:Article {id: id}) USING INDEX a:Article(id)
RETURN a.id AS id, a.contentHash AS hash;

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

// name: put-entities-lock
// Creates the batch's new entities and write-locks those of the batch's
// entities that put-entities must change (rows sorted by id: one lock
// order for every writer) before put-entities reads them: Neo4j reads at
// read committed, so an entity read before its lock is taken could be
// overwritten by another writer's merge and lose its aliases. The lock
// lasts until the transaction ends; put-entities removes the marker
// property again. An entity that already has the row's name, type and
// discovered flag, every name and key of the row, and its role and
// country (or the row has none) is left alone and unlocked: the merge
// would not change it, and since a merge only ever adds, no other
// writer's merge can make it need this row again. Most entities of a
// batch are named by earlier batches, so concurrent writers rarely wait
// for each other's entity locks. Returns the ids of the locked entities
// (a new one has no name yet, so it is always among them).
UNWIND $rows AS row
MERGE (x:Entity {id: row.id})
WITH x, row
WHERE NOT coalesce(x.name = row.name AND x.type = row.type AND x.discovered = row.discovered
      AND all(n IN row.names WHERE n = x.name OR n IN x.aliases)
      AND all(k IN row.keys WHERE k IN x.keys)
      AND row.role IN ['', x.role] AND row.country IN ['', x.country], false)
SET x._lock = true
RETURN row.id AS id;

// name: put-entities
// Entities carry :Entity and, by type, :Person, :Place or :Organization.
// Each row is the batch's writes of one entity merged in Go; here it is
// merged into the stored entity by graph.StoredEntity's rule, in the
// write itself, so that concurrent writers lose none of each other's
// aliases: name, type and discovered of the write that sorts first (a
// gazetteer's before a discovered one, then bytewise); every other name an
// alias, once, sorted; the least non-empty role and country; keys the
// union of every write's. Each key is also a (:Key {key})-[:NAMES]->(x),
// the index the entity filters start from (see schema-key-key): written
// for the keys the stored entity lacks only (a stored key always has its
// NAMES, written with it; an entity created by put-entities-lock has
// none), so an entity named again costs no Key lock, which concurrent
// writers would otherwise queue for. Only the rows put-entities-lock
// locked come here.
UNWIND $rows AS row
MATCH (x:Entity {id: row.id}) USING INDEX x:Entity(id)
WITH x, row, coalesce(x.keys, []) AS storedKeys,
     coalesce(x.discovered, false) AS discovered, coalesce(x.name, '') AS stored
WITH x, row, storedKeys, row.name <> '' AND (stored = '' OR
       (NOT row.discovered AND discovered) OR
       (row.discovered = discovered AND (row.name < stored OR (row.name = stored AND row.type < x.type)))) AS wins,
     coalesce(x.aliases, []) + [stored] + row.names AS names
WITH x, row, storedKeys, wins, names, CASE WHEN wins THEN row.name ELSE x.name END AS name
WITH x, row, storedKeys, wins, name,
     COLLECT { UNWIND names AS n WITH DISTINCT n WHERE n <> '' AND n <> name RETURN n ORDER BY n } AS aliases,
     COLLECT { UNWIND storedKeys + row.keys AS k WITH DISTINCT k RETURN k ORDER BY k } AS keys
SET x.name = name,
    x.type = CASE WHEN wins THEN row.type ELSE x.type END,
    x.discovered = CASE WHEN wins THEN row.discovered ELSE x.discovered END,
    x.aliases = aliases,
    x.keys = keys,
    x.role = CASE WHEN row.role <> '' AND (coalesce(x.role, '') = '' OR row.role < x.role) THEN row.role ELSE coalesce(x.role, '') END,
    x.country = CASE WHEN row.country <> '' AND (coalesce(x.country, '') = '' OR row.country < x.country) THEN row.country ELSE coalesce(x.country, '') END
REMOVE x._lock
FOREACH (_ IN CASE WHEN x.type = 'person' THEN [1] ELSE [] END | SET x:Person)
FOREACH (_ IN CASE WHEN x.type = 'place' THEN [1] ELSE [] END | SET x:Place)
FOREACH (_ IN CASE WHEN x.type = 'organization' THEN [1] ELSE [] END | SET x:Organization)
FOREACH (k IN [k IN row.keys WHERE NOT k IN storedKeys] | MERGE (key:Key {key: k}) MERGE (key)-[:NAMES]->(x));

// name: put-topics
UNWIND $ids AS id
MERGE (:Topic {id: id});

// name: put-articles
// Articles and their MENTIONS. $entities is every entity id the batch
// names, sorted; a mention names its entity by its position in it (x), so
// each entity is looked up once per batch rather than once per mention.
// An article that this statement creates (its node has no property but
// its id) has no relationships yet, and none can be added by another
// writer before this transaction ends (a writer of the same article
// waits for the uniqueness lock, then finds it): its mentions are
// CREATEd. Any other (an update, whose mentions put-delete-articles
// removed, or a version another writer stored meanwhile) MERGEs them, so
// a mention is never written twice.
WITH [id IN $entities | COLLECT { MATCH (x:Entity {id: id}) RETURN x }] AS xs
UNWIND $rows AS row
MERGE (a:Article {id: row.id})
WITH xs, a, row, size(keys(a)) = 1 AS fresh
SET a = row.props
FOREACH (m IN CASE WHEN fresh THEN row.mentions ELSE [] END |
  FOREACH (x IN xs[m.x] | CREATE (a)-[:MENTIONS {count: m.count}]->(x)))
FOREACH (m IN CASE WHEN fresh THEN [] ELSE row.mentions END |
  FOREACH (x IN xs[m.x] | MERGE (a)-[r:MENTIONS]->(x) SET r.count = m.count));

// name: put-events
// Events with their REPORTS, INVOLVES, AT and ABOUT, the same way as
// put-articles: entities and topics looked up once per batch and named by
// position ($entities, $topics), the relationships of an event this
// statement creates CREATEd, any other's MERGEd. CREATE takes no
// exclusive lock on a dense node (a busy entity or topic), where MERGE
// locks both ends, so concurrent writers do not queue for the entities
// and topics their batches share. INVOLVES repeats its event's date and
// endDate, so that a timeline of someone filters their events by date
// while expanding from them, without reading each event (see
// events-by-entity).
WITH [id IN $entities | COLLECT { MATCH (x:Entity {id: id}) RETURN x }] AS xs,
     [id IN $topics | COLLECT { MATCH (t:Topic {id: id}) RETURN t }] AS ts
UNWIND $rows AS row
MATCH (a:Article {id: row.article}) USING INDEX a:Article(id)
MERGE (e:Event {uid: row.uid})
WITH xs, ts, a, e, row, size(keys(e)) = 1 AS fresh
SET e = row.props
FOREACH (_ IN CASE WHEN fresh THEN [1] ELSE [] END |
  CREATE (a)-[:REPORTS]->(e)
  FOREACH (i IN row.involves | FOREACH (x IN xs[i.x] |
    CREATE (e)-[:INVOLVES {role: i.role, date: row.props.date, endDate: row.props.endDate}]->(x)))
  FOREACH (i IN row.at | FOREACH (x IN xs[i] | CREATE (e)-[:AT]->(x)))
  FOREACH (i IN row.about | FOREACH (t IN ts[i] | CREATE (e)-[:ABOUT]->(t))))
FOREACH (_ IN CASE WHEN fresh THEN [] ELSE [1] END |
  MERGE (a)-[:REPORTS]->(e)
  FOREACH (i IN row.involves | FOREACH (x IN xs[i.x] |
    MERGE (e)-[r:INVOLVES {role: i.role}]->(x) SET r.date = row.props.date, r.endDate = row.props.endDate))
  FOREACH (i IN row.at | FOREACH (x IN xs[i] | MERGE (e)-[:AT]->(x)))
  FOREACH (i IN row.about | FOREACH (t IN ts[i] | MERGE (e)-[:ABOUT]->(t))));

// name: put-delete-orphans
// After an update: entities and topics nothing refers to any more (an
// entity's own NAMES do not count), then keys that name no entity.
CALL () {
  MATCH (x:Entity) WHERE NOT EXISTS { (x)-[r]-() WHERE NOT r:NAMES }
  DETACH DELETE x
}
CALL () {
  MATCH (t:Topic) WHERE NOT EXISTS { (t)--() }
  DELETE t
}
CALL () {
  MATCH (k:Key) WHERE NOT EXISTS { (k)--() }
  DELETE k
};

// name: events
// Every filter is a parameter; a null parameter (or, for $entities, an
// empty list) does not filter. $sources are outlets exactly as stored
// (graph.MatchSources); $asOf is a day, and an article without a
// publication day has a null published, which is never on or before it.
// Records come unsorted, so the server
// streams them as it finds them while the store decodes them; the store
// puts them in the order of graph/sqlite (article id, bytewise, then ord). Dates compare as native dates: an event
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
  AND all(k IN $entities WHERE EXISTS { (e)-[:INVOLVES]->(x:Entity) WHERE k IN x.keys
            OR EXISTS { (:Key {key: k})-[:NAMES]->(y:Entity {type: x.type})
                        WHERE y.type <> 'person' AND any(a IN y.keys WHERE x.id = y.type + ':' + replace(a, ' ', '-')) }
            OR x.type = 'person' AND EXISTS { (:Key {key: k})-[:NAMES]->(p:Entity {type: 'person'})
                        WHERE p <> x AND any(s IN p.keys WHERE x.id = 'person:' + s AND NOT s CONTAINS ' ' AND any(f IN p.keys WHERE f ENDS WITH ' ' + s))
                          AND NOT EXISTS { (:Key {key: substring(x.id, 7)})-[:NAMES]->(q:Entity {type: 'person'})
                                           WHERE q <> p AND q <> x AND any(g IN q.keys WHERE g ENDS WITH ' ' + substring(x.id, 7)) } } })
  AND ($statuses IS NULL OR e.status IN $statuses)
  AND ($certainties IS NULL OR e.certainty IN $certainties)
  AND (($sources IS NULL AND $asOf IS NULL)
       OR EXISTS { MATCH (a:Article {id: e.article})
                   WHERE ($sources IS NULL OR a.source IN $sources)
                     AND ($asOf IS NULL OR a.published <= $asOf) })
RETURN e.record AS record, e.ord AS ord;

// name: events-by-entity
// events, starting from the entities that the folded key $entity (the
// first entity of the filter) names; $entities holds the others. A key
// names its entities; for an organisation or a place, the entities whose
// whole name is one of their aliases, found by id (gazetteer.ID is the
// type and the folded name): "HMC" alone in one article is the "Halden
// Motors Corporation (HMC)" of another; and for a person named in full,
// the person another article names by the surname alone ("person:" and
// the surname key), when no other person stored in full has that surname
// (graph.Filter.Entities). A surname key is a key of one word that
// another key of the person ends with. Most
// filters name someone, and their events are a small part of the graph.
// The date bounds are read from INVOLVES, which repeats its event's
// dates: a busy entity has thousands of events, and an event node has a
// long chain of properties to walk, a relationship a short one. Events
// are read only once they match the dates.
CALL {
  MATCH (n:Key {key: $entity})-[:NAMES]->(x:Entity) USING INDEX SEEK n:Key(key)
  RETURN x
  UNION
  MATCH (n:Key {key: $entity})-[:NAMES]->(y:Entity) USING INDEX SEEK n:Key(key)
  WHERE y.type <> 'person'
  UNWIND y.keys AS a
  MATCH (x:Entity {id: y.type + ':' + replace(a, ' ', '-')})
  RETURN x
  UNION
  MATCH (n:Key {key: $entity})-[:NAMES]->(y:Entity) USING INDEX SEEK n:Key(key)
  WHERE y.type = 'person'
  UNWIND [s IN y.keys WHERE NOT s CONTAINS ' ' AND y.id <> 'person:' + s AND any(f IN y.keys WHERE f ENDS WITH ' ' + s)] AS s
  MATCH (x:Entity {id: 'person:' + s})
  WHERE NOT EXISTS { (:Key {key: s})-[:NAMES]->(z:Entity {type: 'person'})
                     WHERE z <> y AND z <> x AND any(g IN z.keys WHERE g ENDS WITH ' ' + s) }
  RETURN x
}
MATCH (x)<-[r:INVOLVES]-(e)
WHERE ($from IS NULL OR r.endDate >= $from)
  AND ($to IS NULL OR r.date <= $to)
WITH DISTINCT e
WHERE e:Event
  AND ($articles IS NULL OR e.article IN $articles)
  AND ($kinds IS NULL OR e.kind IN $kinds)
  AND ($topics IS NULL OR EXISTS { (e)-[:ABOUT]->(t:Topic) WHERE t.id IN $topics })
  AND ($places IS NULL
       OR any(k IN e.placeKeys WHERE k IN $places)
       OR EXISTS { (e)-[:AT]->(p:Entity) WHERE any(k IN p.keys WHERE k IN $places) })
  AND all(k IN $entities WHERE EXISTS { (e)-[:INVOLVES]->(y:Entity) WHERE k IN y.keys
            OR EXISTS { (:Key {key: k})-[:NAMES]->(z:Entity {type: y.type})
                        WHERE z.type <> 'person' AND any(a IN z.keys WHERE y.id = z.type + ':' + replace(a, ' ', '-')) }
            OR y.type = 'person' AND EXISTS { (:Key {key: k})-[:NAMES]->(p:Entity {type: 'person'})
                        WHERE p <> y AND any(s IN p.keys WHERE y.id = 'person:' + s AND NOT s CONTAINS ' ' AND any(f IN p.keys WHERE f ENDS WITH ' ' + s))
                          AND NOT EXISTS { (:Key {key: substring(y.id, 7)})-[:NAMES]->(q:Entity {type: 'person'})
                                           WHERE q <> p AND q <> y AND any(g IN q.keys WHERE g ENDS WITH ' ' + substring(y.id, 7)) } } })
  AND ($statuses IS NULL OR e.status IN $statuses)
  AND ($certainties IS NULL OR e.certainty IN $certainties)
  AND (($sources IS NULL AND $asOf IS NULL)
       OR EXISTS { MATCH (a:Article {id: e.article})
                   WHERE ($sources IS NULL OR a.source IN $sources)
                     AND ($asOf IS NULL OR a.published <= $asOf) })
RETURN e.record AS record, e.ord AS ord;

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
// Only storygraph's labels are touched: Article, Event, Entity, Key, Topic.
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

// name: reset-keys
MATCH (n:Key)
WITH n LIMIT $limit
DETACH DELETE n
RETURN count(*) AS deleted;

// name: reset-topics
MATCH (n:Topic)
WITH n LIMIT $limit
DETACH DELETE n
RETURN count(*) AS deleted;
