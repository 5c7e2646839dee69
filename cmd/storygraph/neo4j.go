package main

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/storygraph/storygraph/graph"
	"github.com/storygraph/storygraph/graph/neo4j"
	"github.com/storygraph/storygraph/internal/hint"
)

// The environment variables of --neo4j-connect-timeout and --neo4j-timeout,
// the deadlines of the Neo4j store (see graph/neo4j/conn.go), as Go
// durations ("30s", "5m"): connecting, and each call after that.
const (
	envConnectTimeout = "STORYGRAPH_NEO4J_CONNECT_TIMEOUT"
	envCallTimeout    = "STORYGRAPH_NEO4J_TIMEOUT"
)

// openNeo4j opens the Neo4j store the settings name. The store's errors
// are one line and never hold the password; here each failure a user can
// act on gets the hint that says what to do.
func openNeo4j(ctx context.Context, s storeSettings) (graph.Store, error) {
	password, err := s.password()
	if err != nil {
		return nil, err
	}
	cfg := neo4j.Config{URI: s.neo4jURI, Username: s.neo4jUser, Password: password, Database: s.neo4jDB}
	if cfg.ConnectTimeout, err = deadline("--neo4j-connect-timeout / "+envConnectTimeout, s.neo4jConnectTimeout); err != nil {
		return nil, err
	}
	if cfg.CallTimeout, err = deadline("--neo4j-timeout / "+envCallTimeout, s.neo4jTimeout); err != nil {
		return nil, err
	}
	st, err := neo4j.Open(ctx, cfg)
	if err != nil && ctx.Err() != nil {
		return nil, fmt.Errorf("interrupted while connecting to %s; nothing was read or written", s.describe())
	}
	if err != nil {
		if errors.Is(err, neo4j.ErrAuth) && password == "" {
			// Not a wrong password: none was given.
			return nil, hint.New(wrapped{fmt.Sprintf("Neo4j at %s refused the login: no password was given", neo4j.RedactURI(s.neo4jURI)), err},
				"set NEO4J_PASSWORD, or put it in a file named by --neo4j-password-file / NEO4J_PASSWORD_FILE")
		}
		if errors.Is(err, neo4j.ErrAuth) && cfg.Username != "neo4j" {
			// The username is not echoed: a password typed into
			// --neo4j-username by mistake must not reach a terminal or a log.
			err = wrapped{strings.ReplaceAll(err.Error(), fmt.Sprintf("user %q", cfg.Username), "the user named by --neo4j-username / NEO4J_USERNAME"), err}
		}
		return nil, neo4jHint(err)
	}
	return st, nil
}

// wrapped is err told in other words.
type wrapped struct {
	msg string
	err error
}

func (w wrapped) Error() string { return w.msg }
func (w wrapped) Unwrap() error { return w.err }

// deadline parses a deadline given by the flag or environment variable
// named; "" is 0 (the store's default).
func deadline(name, v string) (time.Duration, error) {
	if v == "" {
		return 0, nil
	}
	d, err := time.ParseDuration(v)
	if err != nil || d <= 0 {
		return 0, hint.New(usageError{fmt.Errorf("%s %q is not a duration", name, v)}, "give a positive Go duration such as 30s or 5m, or leave it out for the default")
	}
	return d, nil
}

// neo4jHint adds what to do to an error of the Neo4j store.
func neo4jHint(err error) error {
	switch {
	case errors.Is(err, neo4j.ErrUnreachable):
		return hint.New(err, "start it with scripts/neo4j start, or drop --neo4j-uri to use the embedded store; a slow server may need a longer --neo4j-connect-timeout or --neo4j-timeout")
	case errors.Is(err, neo4j.ErrAuth):
		return hint.New(err, "check --neo4j-username / NEO4J_USERNAME and the password in --neo4j-password-file / NEO4J_PASSWORD_FILE or NEO4J_PASSWORD")
	case errors.Is(err, neo4j.ErrDatabaseNotFound):
		return hint.New(err, "check --neo4j-database / NEO4J_DATABASE (Community edition has only the database neo4j)")
	}
	return hint.New(err, "check --neo4j-uri / NEO4J_URI (bolt://, neo4j:// or neo4j+s://HOST:PORT)")
}
