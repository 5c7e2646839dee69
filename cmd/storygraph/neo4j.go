package main

import (
	"context"
	"errors"

	"github.com/storygraph/storygraph/graph"
	"github.com/storygraph/storygraph/graph/neo4j"
	"github.com/storygraph/storygraph/internal/hint"
)

// openNeo4j opens the Neo4j store the settings name. The store's errors
// are one line and never hold the password; here each failure a user can
// act on gets the hint that says what to do.
func openNeo4j(ctx context.Context, s storeSettings) (graph.Store, error) {
	password, err := s.password()
	if err != nil {
		return nil, err
	}
	st, err := neo4j.Open(ctx, neo4j.Config{URI: s.neo4jURI, Username: s.neo4jUser, Password: password, Database: s.neo4jDB})
	if err != nil {
		return nil, neo4jHint(err)
	}
	return st, nil
}

// neo4jHint adds what to do to an error of the Neo4j store.
func neo4jHint(err error) error {
	switch {
	case errors.Is(err, neo4j.ErrUnreachable):
		return hint.New(err, "start it with scripts/neo4j start, or drop --neo4j-uri to use the embedded store")
	case errors.Is(err, neo4j.ErrAuth):
		return hint.New(err, "check --neo4j-username / NEO4J_USERNAME and the password in --neo4j-password-file / NEO4J_PASSWORD_FILE or NEO4J_PASSWORD")
	case errors.Is(err, neo4j.ErrDatabaseNotFound):
		return hint.New(err, "check --neo4j-database / NEO4J_DATABASE (Community edition has only the database neo4j)")
	}
	return hint.New(err, "check --neo4j-uri / NEO4J_URI (bolt://, neo4j:// or neo4j+s://HOST:PORT)")
}
