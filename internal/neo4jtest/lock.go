//go:build unix

// Package neo4jtest lets the tests of several packages share one Neo4j
// server: `go test ./...` runs packages at once, and one package's Reset
// (or a fault test stopping the server) must not land in another's test.
// A test that uses the server calls Lock, which holds an exclusive lock on
// a file named after the server's URI until the test ends; within one
// process the lock is shared, so a test may call Lock more than once.
package neo4jtest

import (
	"crypto/sha256"
	"encoding/hex"
	"os"
	"path/filepath"
	"sync"
	"syscall"
	"testing"
)

var (
	mu   sync.Mutex
	held int
	file *os.File
)

// Lock takes the lock of the server at uri for the rest of tb.
func Lock(tb testing.TB, uri string) {
	tb.Helper()
	mu.Lock()
	defer mu.Unlock()
	if held == 0 {
		sum := sha256.Sum256([]byte(uri))
		path := filepath.Join(os.TempDir(), "storygraph-neo4j-test-"+hex.EncodeToString(sum[:8])+".lock")
		f, err := os.OpenFile(path, os.O_CREATE|os.O_RDWR, 0o600)
		if err != nil {
			tb.Fatalf("lock the test server: %v", err)
		}
		if err := syscall.Flock(int(f.Fd()), syscall.LOCK_EX); err != nil {
			f.Close()
			tb.Fatalf("lock the test server: %v", err)
		}
		file = f
	}
	held++
	tb.Cleanup(func() {
		mu.Lock()
		defer mu.Unlock()
		if held--; held == 0 {
			_ = syscall.Flock(int(file.Fd()), syscall.LOCK_UN)
			file.Close()
			file = nil
		}
	})
}
