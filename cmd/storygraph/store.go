package main

import (
	"context"
	"fmt"
	"os"
	"strings"
	"sync/atomic"
	"time"

	"github.com/schollz/progressbar/v3"

	"github.com/storygraph/storygraph/graph"
	"github.com/storygraph/storygraph/graph/neo4j"
	"github.com/storygraph/storygraph/graph/sqlite"
	"github.com/storygraph/storygraph/internal/hint"
	"github.com/urfave/cli/v2"
)

// storeSettings are the store flags after flag, environment and default.
type storeSettings struct {
	db           string
	neo4jURI     string
	neo4jUser    string
	neo4jPwdFile string
	neo4jDB      string
	// Neo4j deadlines as given (flag or environment); "" is the default.
	neo4jConnectTimeout, neo4jTimeout string
}

func storeSettingsFrom(c *cli.Context) storeSettings {
	return storeSettings{db: c.String("db"), neo4jURI: c.String("neo4j-uri"), neo4jUser: c.String("neo4j-username"),
		neo4jPwdFile: c.String("neo4j-password-file"), neo4jDB: c.String("neo4j-database"),
		neo4jConnectTimeout: c.String("neo4j-connect-timeout"), neo4jTimeout: c.String("neo4j-timeout")}
}

// describe names the store for messages, never with a secret.
func (s storeSettings) describe() string {
	if s.neo4jURI != "" {
		return fmt.Sprintf("Neo4j at %s (database %s)", neo4j.RedactURI(s.neo4jURI), s.neo4jDB)
	}
	return "embedded store " + s.db
}

// password reads the Neo4j password: the file flag first, then NEO4J_PASSWORD.
func (s storeSettings) password() (string, error) {
	if s.neo4jPwdFile != "" {
		data, err := os.ReadFile(s.neo4jPwdFile)
		if err != nil {
			return "", hint.New(fmt.Errorf("read the Neo4j password file: %w", err), "check --neo4j-password-file / NEO4J_PASSWORD_FILE")
		}
		return strings.TrimRight(string(data), "\r\n"), nil
	}
	return os.Getenv("NEO4J_PASSWORD"), nil
}

// openStore opens the store the settings name: Neo4j when a URI is given,
// else the embedded SQLite file.
func openStore(ctx context.Context, s storeSettings) (graph.Store, error) {
	if s.neo4jURI != "" {
		return openNeo4j(ctx, s)
	}
	st, err := sqlite.Open(ctx, s.db)
	if err != nil {
		if hint.Of(err) != "" {
			return nil, err // the store said what to do already
		}
		return nil, hint.New(err, "choose another file with --db or STORYGRAPH_DB")
	}
	return st, nil
}

// openExistingStore opens a store to read from: an embedded file that does
// not exist is an error rather than a new empty store.
func openExistingStore(ctx context.Context, s storeSettings) (graph.Store, error) {
	if s.neo4jURI == "" {
		if _, err := os.Stat(s.db); err != nil {
			return nil, hint.New(fmt.Errorf("no store at %s", s.db), "ingest articles first (storygraph ingest PATH --db "+s.db+"), or try storygraph demo")
		}
	}
	return openStore(ctx, s)
}

// waitNotice is ingest's OnWait: the progress bar, or once a line on
// stderr, says that the store waits for another process writing to it.
func waitNotice(e *env, bar *progressbar.ProgressBar, quiet bool) func(time.Duration) {
	var said atomic.Bool
	return func(waited time.Duration) {
		switch {
		case quiet:
		case bar != nil:
			bar.Describe(fmt.Sprintf("ingesting (waited %s for another writer)", waited.Round(time.Second)))
		case said.CompareAndSwap(false, true):
			fmt.Fprintf(e.stderr, "storygraph: waiting for another process writing to the store to commit\n")
		}
	}
}

// checkOutput refuses an --output that is the embedded store's file or
// one of SQLite's files beside it (its write-ahead log, shared memory,
// journal), before any work is done: writing there would destroy the
// store. outfile.Write refuses any SQLite database too, whichever command
// writes, but only the store's path names its -wal and -shm files.
func checkOutput(output string, s storeSettings) error {
	if output == "" || output == "-" || s.neo4jURI != "" {
		return nil
	}
	out, err := os.Stat(output)
	if err != nil {
		return nil // a new file
	}
	for _, suffix := range []string{"", "-wal", "-shm", "-journal"} {
		if fi, err := os.Stat(s.db + suffix); err == nil && os.SameFile(out, fi) {
			return hint.New(usageError{fmt.Errorf("--output %s is the store's own file %s; it was left as it was", output, s.db+suffix)},
				"--output names the file to write the result to, not the store (that is --db); name another file")
		}
	}
	return nil
}
