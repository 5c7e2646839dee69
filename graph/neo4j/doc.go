// Package neo4j is the graph.Store on a Neo4j server (5.26 LTS or 2026.x,
// Community or Enterprise), through github.com/neo4j/neo4j-go-driver/v5:
// one driver per Store, managed transactions (ExecuteRead, ExecuteWrite)
// that the driver retries on transient errors, the database always named,
// bookmarks left to the driver.
//
// It owns the graph's schema (constraints and indexes, created by Init) and
// every statement it runs, all named in queries/*.cypher; parameters are
// always $name, so no Cypher is ever built from input. The model is meant
// to be read in Neo4j Browser without a manual:
//
//	(:Article)-[:REPORTS]->(:Event)
//	(:Event)-[:INVOLVES {role}]->(:Entity:Person|:Entity:Organization|:Entity:Place)
//	(:Event)-[:AT]->(:Entity:Place)
//	(:Event)-[:ABOUT]->(:Topic)
//	(:Article)-[:MENTIONS {count}]->(:Entity)
//
// Events carry native dates (date, endDate, precision) and their
// provenance (sentence, start, end); entities their name, aliases and
// folded lookup keys (timeline.Keys). Besides the native properties, an
// Event keeps its timeline.Record as JSON (record) and an Article its
// extraction (extraction), so Events and Article return exactly what was
// put, byte for byte, as graph/sqlite does.
//
// The store must not extract, merge or sort for display. Errors are one
// line, name the server without user info and never contain the password;
// the ones a user can act on wrap ErrUnreachable, ErrAuth or
// ErrDatabaseNotFound.
package neo4j
