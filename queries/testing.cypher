// name: test-create-blocker
// Statements only the tests of graph/neo4j run: a uniqueness constraint
// that an ordinary batch can break, to prove a failed batch writes nothing.
CREATE CONSTRAINT storygraph_test_blocker IF NOT EXISTS FOR (e:Event) REQUIRE e.summary IS UNIQUE

// name: test-drop-blocker
DROP CONSTRAINT storygraph_test_blocker IF EXISTS
