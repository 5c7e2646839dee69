// name: ping
// Open runs this on the configured database, so that a wrong password or
// a database name the server does not have is reported at once.
RETURN 1 AS ok;

// name: schema-article-id
// The schema of graph/neo4j, created by Store.Init (storygraph db init,
// and the first write of a process). Every statement is idempotent (IF NOT
// EXISTS) and runs in its own transaction, as Neo4j requires of schema
// commands. Community edition has uniqueness constraints but not key or
// existence constraints, so keys are unique constraints.
CREATE CONSTRAINT article_id IF NOT EXISTS FOR (a:Article) REQUIRE a.id IS UNIQUE;

// name: schema-event-uid
// uid is the article id, "#" and the event's position in the article:
// event ids are hashes of the article id and the sentence offsets, so two
// events read from one sentence share an id.
CREATE CONSTRAINT event_uid IF NOT EXISTS FOR (e:Event) REQUIRE e.uid IS UNIQUE;

// name: schema-entity-id
CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (x:Entity) REQUIRE x.id IS UNIQUE;

// name: schema-key-key
// A :Key node is one folded lookup key of entities (timeline.Keys: name,
// aliases, a person's surname), linked to each entity it names by
// (:Key)-[:NAMES]->(:Entity). A range index does not index the items of a
// list property such as Entity.keys, so finding "witkoff" in them scans
// every entity; the key's node is one index seek.
CREATE CONSTRAINT key_key IF NOT EXISTS FOR (k:Key) REQUIRE k.key IS UNIQUE;

// name: schema-topic-id
CREATE CONSTRAINT topic_id IF NOT EXISTS FOR (t:Topic) REQUIRE t.id IS UNIQUE;

// name: schema-event-date
// date is the first day an event's date covers, endDate the last (the same
// day for day precision); both are native Cypher dates.
CREATE INDEX event_date IF NOT EXISTS FOR (e:Event) ON (e.date);

// name: schema-event-end-date
CREATE INDEX event_end_date IF NOT EXISTS FOR (e:Event) ON (e.endDate);

// name: schema-event-id
CREATE INDEX event_id IF NOT EXISTS FOR (e:Event) ON (e.id);

// name: schema-event-article
CREATE INDEX event_article IF NOT EXISTS FOR (e:Event) ON (e.article);

// name: schema-event-kind
CREATE INDEX event_kind IF NOT EXISTS FOR (e:Event) ON (e.kind);

// name: schema-entity-name
CREATE INDEX entity_name IF NOT EXISTS FOR (x:Entity) ON (x.name);

// name: schema-event-text
// Full-text search for analysts: CALL db.index.fulltext.queryNodes('event_text', 'sentence:heating').
// Each event's sentence, summary and its article's title (the embedded
// store's event_text has the same columns), and dateGroup, one token an
// event ("qx" and the hexadecimal of the first 7 characters of dateValue,
// "qx" alone when undated), with which a capped search finds one date
// group's candidates without listing all of them (graph/neo4j byDate).
// Eventually consistent: Lucene takes a batch's writes in the background
// after the commit instead of inside it, which makes batched ingest about
// 4% faster; a search sees new events a moment later. (An index created
// before this option keeps its old setting; one created before title and
// dateGroup is made again by migrate-event-search.)
CREATE FULLTEXT INDEX event_text IF NOT EXISTS FOR (e:Event) ON EACH [e.sentence, e.summary, e.title, e.dateGroup]
OPTIONS {indexConfig: {`fulltext.eventually_consistent`: true}};

// name: schema-event-date-value
// A capped search walks the date groups in order (search-next-group).
CREATE INDEX event_date_value IF NOT EXISTS FOR (e:Event) ON (e.dateValue);

// name: schema-article-title
CREATE FULLTEXT INDEX article_title IF NOT EXISTS FOR (a:Article) ON EACH [a.title]
OPTIONS {indexConfig: {`fulltext.eventually_consistent`: true}};

// name: schema-await
// Indexes created just now are populated in the background; wait, so the
// first queries of a new database already use them.
CALL db.awaitIndexes(300);

// name: migrate-needed
// Databases written before :Key nodes and dated INVOLVES relationships
// have entities without keys' nodes; after the schema, Init then runs the
// migrate-* statements, each idempotent and in batches (CALL … IN
// TRANSACTIONS), keys last, so an interrupted migration is found and
// finished by the next Init. On a current database this reads each
// entity's NAMES relationships once, per process.
MATCH (x:Entity)
WHERE size(x.keys) > 0 AND NOT EXISTS { (x)<-[:NAMES]-(:Key) }
RETURN x.id AS id
LIMIT 1;

// name: migrate-involves-dates
MATCH (e:Event)-[r:INVOLVES]->()
WHERE e.date IS NOT NULL AND r.date IS NULL
CALL (e, r) {
  SET r.date = e.date, r.endDate = e.endDate
} IN TRANSACTIONS OF 10000 ROWS;

// name: migrate-keys
MATCH (x:Entity)
WHERE size(x.keys) > 0 AND NOT EXISTS { (x)<-[:NAMES]-(:Key) }
CALL (x) {
  FOREACH (k IN x.keys | MERGE (key:Key {key: k}) MERGE (key)-[:NAMES]->(x))
} IN TRANSACTIONS OF 1000 ROWS;

// name: migrate-event-search-needed
// A graph written before the event_text index held title and dateGroup
// (see schema-event-text): its events get them, and the index is made
// again (migrate-event-search, migrate-event-text-drop, then
// schema-event-text). Each process asks once, in Init.
SHOW FULLTEXT INDEXES YIELD name, properties
WHERE name = 'event_text' AND NOT 'dateGroup' IN properties
RETURN name;

// name: migrate-event-search
// Up to $n events without dateGroup (see schema-event-text), with what
// Init computes it from; migrate-event-search-set writes it back.
MATCH (a:Article)-[:REPORTS]->(e:Event)
WHERE e.dateGroup IS NULL
RETURN e.uid AS uid, e.dateValue AS date, a.title AS title
LIMIT $n;

// name: migrate-event-search-set
UNWIND $rows AS row
MATCH (e:Event {uid: row.uid}) USING INDEX e:Event(uid)
SET e.title = row.title, e.dateGroup = row.group;

// name: migrate-event-text-drop
DROP INDEX event_text IF EXISTS;
