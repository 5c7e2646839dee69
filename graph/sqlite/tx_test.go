package sqlite

import (
	"context"
	"errors"
	"path/filepath"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/storygraph/storygraph/graph/storetest"
)

// Issue 12: a second writer waits its turn, past SQLite's busy_timeout,
// saying that it waits, instead of failing with SQLITE_BUSY.
func TestPutWaitsForAnotherWriter(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "story.db")
	first, err := Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	defer first.Close()
	second, err := Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	defer second.Close()
	// One connection with a short busy_timeout: each BEGIN gives up after
	// 200ms, so the 2.5s hold below is many busy_timeouts long.
	second.db.SetMaxOpenConns(1)
	if _, err := second.db.ExecContext(ctx, "PRAGMA busy_timeout = 200"); err != nil {
		t.Fatal(err)
	}
	var waits atomic.Int32
	second.OnWait(func(time.Duration) { waits.Add(1) })

	tx, err := first.beginWrite(ctx)
	if err != nil {
		t.Fatal(err)
	}
	held := 2500 * time.Millisecond
	go func() {
		time.Sleep(held)
		tx.Rollback()
	}()
	start := time.Now()
	if _, err := second.Put(ctx, storetest.Corpus(3, 0)); err != nil {
		t.Fatalf("the waiting writer failed: %v", err)
	}
	if took := time.Since(start); took < held-100*time.Millisecond {
		t.Errorf("Put took %s while the other writer held the lock %s", took, held)
	}
	if waits.Load() == 0 {
		t.Error("OnWait was not called while the writer waited")
	}
	st, err := second.Stats(ctx)
	if err != nil || st.Articles != 3 {
		t.Errorf("Stats = %+v, %v; want 3 articles", st, err)
	}
}

// Issue 12: a cancelled Put (Ctrl-C during an ingest) says so, not "sql:
// statement is closed", and stores nothing of its batch.
func TestPutCancelled(t *testing.T) {
	path := filepath.Join(t.TempDir(), "story.db")
	s, err := Open(context.Background(), path)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	batch := storetest.Corpus(4000, 0)
	for _, after := range []time.Duration{time.Millisecond, 20 * time.Millisecond, 100 * time.Millisecond} {
		ctx, cancel := context.WithTimeout(context.Background(), after)
		_, err := s.Put(ctx, batch)
		cancel()
		if err == nil {
			t.Logf("Put finished within %s", after)
			break
		}
		if !errors.Is(err, context.DeadlineExceeded) || strings.Contains(err.Error(), "statement is closed") ||
			!strings.Contains(err.Error(), "nothing of the batch was stored") {
			t.Errorf("cancelled after %s: %v", after, err)
		}
		st, err := s.Stats(context.Background())
		if err != nil || st.Articles != 0 {
			t.Errorf("after a cancelled Put: %+v, %v; want nothing stored", st, err)
		}
	}
}
