package neo4j_test

import (
	"context"
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/storygraph/storygraph/graph/neo4j"
	"github.com/storygraph/storygraph/internal/netfault"
)

// Issue 12: a server that accepts the connection but never answers ends
// Open within its connect deadline, with an error that says so.
func TestOpenSilentServerEndsAtDeadline(t *testing.T) {
	addr := netfault.SilentServer(t)
	start := time.Now()
	_, err := neo4j.Open(context.Background(), neo4j.Config{URI: "bolt://" + addr, Password: "secret",
		ConnectTimeout: time.Second})
	took := time.Since(start)
	if err == nil {
		t.Fatal("Open succeeded against a silent server")
	}
	if took > 3*time.Second {
		t.Errorf("Open took %s, want about the 1s deadline", took)
	}
	if !errors.Is(err, neo4j.ErrUnreachable) || !strings.Contains(err.Error(), "did not answer within 1s (the connect deadline)") {
		t.Errorf("error = %v; want ErrUnreachable naming the connect deadline", err)
	}
}

// ... and ends at once when the caller's context is cancelled (Ctrl-C),
// long before the deadline.
func TestOpenSilentServerCancelled(t *testing.T) {
	addr := netfault.SilentServer(t)
	ctx, cancel := context.WithCancel(context.Background())
	time.AfterFunc(300*time.Millisecond, cancel)
	start := time.Now()
	_, err := neo4j.Open(ctx, neo4j.Config{URI: "bolt://" + addr, Password: "secret"})
	if took := time.Since(start); took > 2*time.Second {
		t.Errorf("Open took %s after a cancel at 300ms", took)
	}
	if err == nil || !errors.Is(err, context.Canceled) {
		t.Errorf("error = %v; want context.Canceled", err)
	}
}
