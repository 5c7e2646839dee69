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
