//go:build !unix

package neo4jtest

import "testing"

// Lock does nothing where there is no flock: tests of several packages
// should then not share one server (run them with go test -p 1).
func Lock(tb testing.TB, uri string) {}
