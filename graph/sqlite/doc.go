// Package sqlite is the embedded graph.Store: one SQLite file, opened with
// modernc.org/sqlite (pure Go, so CGO_ENABLED=0 builds work and the first
// README command needs no server).
//
// It owns the file's schema, created and migrated in place from the named
// migrations in queries/sqlite/schema.sql (PRAGMA user_version counts the
// ones applied), and every statement it runs, all named in
// queries/sqlite/*.sql. It stores what extraction produced and answers
// filters; it must not extract, merge or sort for display.
//
// Writes (Put, Reset) must come from one goroutine at a time; reads may run
// concurrently with each other and with a write (WAL mode). Another
// process's writer is waited for: every write transaction (Put, Reset,
// PutFetchStates, a migration) begins with beginWrite, which takes the
// write lock at BEGIN and waits for it as long as its context lets it.
// Open refuses a file that is not storygraph's before it writes anything.
package sqlite
