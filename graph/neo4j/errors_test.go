package neo4j_test

import (
	"testing"

	"github.com/storygraph/storygraph/graph/neo4j"
)

// A URI is shown without its user info, wherever a password could hide.
func TestRedactURI(t *testing.T) {
	for _, c := range []struct{ uri, want string }{
		{"bolt://localhost:7687", "bolt://localhost:7687"},
		{"bolt://user:pw@db.example:7687", "bolt://…@db.example:7687"},
		{"neo4j+s://u:p@ss@db.example", "neo4j+s://…@db.example"}, // the last @ ends the user info
		{"db.example:7687", "db.example:7687"},
		{"", ""},
	} {
		if got := neo4j.RedactURI(c.uri); got != c.want {
			t.Errorf("RedactURI(%q) = %q, want %q", c.uri, got, c.want)
		}
	}
}
