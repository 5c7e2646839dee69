package main

import (
	"context"
	"errors"

	"github.com/storygraph/storygraph/graph"
)

// openNeo4j is replaced when the Neo4j store lands.
func openNeo4j(ctx context.Context, s storeSettings) (graph.Store, error) {
	return nil, withHint(errors.New("the Neo4j store is not built in yet"), "drop --neo4j-uri / NEO4J_URI to use the embedded store")
}
