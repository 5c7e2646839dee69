// name: test-create-blocker
// Statements only the tests of graph/neo4j run: a uniqueness constraint
// that an ordinary batch can break, to prove a failed batch writes nothing.
CREATE CONSTRAINT storygraph_test_blocker IF NOT EXISTS FOR (e:Event) REQUIRE e.summary IS UNIQUE

// name: test-drop-blocker
DROP CONSTRAINT storygraph_test_blocker IF EXISTS

// name: test-count-nodes
// Every node of the database, whatever its labels: after Reset, none.
MATCH (n) RETURN count(n) AS n

// name: test-count-keys
MATCH (k:Key {key: $key})-[:NAMES]->(:Entity) RETURN count(k) AS n

// name: test-strip-keys
// Makes the graph look as one written before :Key nodes and dated
// INVOLVES relationships, to test the migration.
MATCH (k:Key) DETACH DELETE k

// name: test-strip-involves-dates
MATCH ()-[r:INVOLVES]->() REMOVE r.date, r.endDate

// name: test-strip-event-search
// Makes the graph look as one written before event_text held titles and
// date groups (schema-event-text), to test the migration.
MATCH (e:Event) REMOVE e.title, e.dateGroup

// name: test-drop-event-text
DROP INDEX event_text IF EXISTS

// name: test-old-event-text
CREATE FULLTEXT INDEX event_text IF NOT EXISTS FOR (e:Event) ON EACH [e.sentence, e.summary]

// name: test-count-event-search
// Events with their date group.
MATCH (e:Event) WHERE e.dateGroup IS NOT NULL RETURN count(e) AS n

// name: test-event-text-properties
SHOW FULLTEXT INDEXES YIELD name, properties WHERE name = 'event_text' RETURN properties

// name: naive-articles
// The baseline of BenchmarkIngest (graph/neo4j NaivePut): one node or
// relationship a statement, each MERGEd, as a first Put might be written.
UNWIND $rows AS row
MERGE (a:Article {id: row.id})
SET a = row.props

// name: naive-events
UNWIND $rows AS row
MERGE (e:Event {uid: row.uid})
SET e = row.props

// name: naive-reports
UNWIND $rows AS row
MATCH (a:Article {id: row.article}) USING INDEX a:Article(id)
MATCH (e:Event {uid: row.uid}) USING INDEX e:Event(uid)
MERGE (a)-[:REPORTS]->(e)

// name: naive-mentions
UNWIND $rows AS row
MATCH (a:Article {id: row.article}) USING INDEX a:Article(id)
MATCH (x:Entity {id: row.entity}) USING INDEX x:Entity(id)
MERGE (a)-[m:MENTIONS]->(x)
SET m.count = row.count

// name: naive-involves
UNWIND $rows AS row
MATCH (e:Event {uid: row.uid}) USING INDEX e:Event(uid)
MATCH (x:Entity {id: row.entity}) USING INDEX x:Entity(id)
MERGE (e)-[r:INVOLVES {role: row.role}]->(x)
SET r.date = row.date, r.endDate = row.endDate

// name: naive-at
UNWIND $rows AS row
MATCH (e:Event {uid: row.uid}) USING INDEX e:Event(uid)
MATCH (x:Entity {id: row.entity}) USING INDEX x:Entity(id)
MERGE (e)-[:AT]->(x)

// name: naive-about
UNWIND $rows AS row
MATCH (e:Event {uid: row.uid}) USING INDEX e:Event(uid)
MATCH (t:Topic {id: row.topic}) USING INDEX t:Topic(id)
MERGE (e)-[:ABOUT]->(t)

// name: test-count-relationships
MATCH ()-[r]->() RETURN count(r) AS n
