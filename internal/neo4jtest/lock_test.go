package neo4jtest

import (
	"os"
	"os/exec"
	"testing"
	"time"
)

// TestLockExcludesAnotherProcess: while a test holds the lock, another
// process cannot take it; once the test ends, it can. Within one process
// Lock may be taken twice.
func TestLockExcludesAnotherProcess(t *testing.T) {
	if os.Getenv("NEO4JTEST_CHILD") == "1" {
		Lock(t, "bolt://lock-test")
		return
	}
	done := make(chan error, 1)
	var cmd *exec.Cmd
	t.Run("holder", func(t *testing.T) {
		Lock(t, "bolt://lock-test")
		Lock(t, "bolt://lock-test") // re-entrant within the process
		cmd = exec.Command(os.Args[0], "-test.run", "^TestLockExcludesAnotherProcess$")
		cmd.Env = append(os.Environ(), "NEO4JTEST_CHILD=1")
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		go func() { done <- cmd.Wait() }()
		select {
		case err := <-done:
			t.Fatalf("another process took the lock while it was held (%v)", err)
		case <-time.After(300 * time.Millisecond):
		}
	})
	if cmd == nil || cmd.Process == nil {
		return
	}
	// the holder has ended: the other process gets the lock
	select {
	case err := <-done:
		if err != nil {
			t.Errorf("the other process: %v", err)
		}
	case <-time.After(10 * time.Second):
		cmd.Process.Kill()
		t.Errorf("the other process did not get the lock after it was released")
	}
}
