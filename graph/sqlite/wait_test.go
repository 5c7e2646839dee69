package sqlite

import (
	"context"
	"database/sql"
	"path/filepath"
	"testing"
	"time"

	"github.com/storygraph/storygraph/graph"
	"github.com/storygraph/storygraph/graph/storetest"
)

// Issue 12: Reset, PutFetchStates and the migrations of a new file wait for another
// writer, as Put does (TestPutWaitsForAnotherWriter), instead of failing
// with SQLITE_BUSY when busy_timeout runs out. The other writer is a
// connection of its own, as another process's would be; it holds the
// write lock past the DSN's 10 s busy_timeout, so the migration in Open
// has to wait on past it too.
func TestOtherWritesWaitTheirTurn(t *testing.T) {
	if testing.Short() {
		t.Skip("holds a lock for 11 s")
	}
	ctx := context.Background()
	dir := t.TempDir()
	reset := filepath.Join(dir, "reset.db")
	fetch := filepath.Join(dir, "fetch.db")
	fresh := filepath.Join(dir, "fresh.db") // created by the other writer, not migrated yet
	stores := map[string]*Store{}
	for _, p := range []string{reset, fetch} {
		s, err := Open(ctx, p)
		if err != nil {
			t.Fatal(err)
		}
		defer s.Close()
		// One connection with a short busy_timeout: each BEGIN gives up
		// after 200ms, so the hold is many busy_timeouts long.
		s.db.SetMaxOpenConns(1)
		if _, err := s.db.ExecContext(ctx, "PRAGMA busy_timeout = 200"); err != nil {
			t.Fatal(err)
		}
		stores[p] = s
	}
	if _, err := stores[reset].Put(ctx, storetest.Corpus(3, 0)); err != nil {
		t.Fatal(err)
	}
	lockers := map[string]*sql.Tx{}
	for _, p := range []string{reset, fetch, fresh} {
		other, err := sql.Open("sqlite", dsn(p))
		if err != nil {
			t.Fatal(err)
		}
		defer other.Close()
		if lockers[p], err = other.BeginTx(ctx, nil); err != nil { // _txlock=immediate: the write lock
			t.Fatal(err)
		}
	}
	held := 11 * time.Second
	start := time.Now()
	time.AfterFunc(held, func() {
		for _, tx := range lockers {
			tx.Rollback()
		}
	})

	errs := make(chan error, 3)
	go func() { errs <- stores[reset].Reset(ctx) }()
	go func() {
		errs <- stores[fetch].PutFetchStates(ctx, []graph.FetchState{{URL: "https://example.org/feed", ETag: `"1"`, FetchedAt: time.Unix(0, 0)}})
	}()
	go func() {
		m, err := Open(ctx, fresh)
		if err == nil {
			m.Close()
		}
		errs <- err
	}()
	for range 3 {
		if err := <-errs; err != nil {
			t.Errorf("a write failed while another writer held the lock: %v", err)
		}
	}
	if took := time.Since(start); took < held-100*time.Millisecond {
		t.Errorf("the writes took %s while the other writer held the lock %s", took, held)
	}
	if st, err := stores[reset].Stats(ctx); err != nil || st.Articles != 0 {
		t.Errorf("after Reset: %+v, %v; want nothing stored", st, err)
	}
	states, err := stores[fetch].FetchStates(ctx, []string{"https://example.org/feed"})
	if err != nil || states["https://example.org/feed"].ETag != `"1"` {
		t.Errorf("FetchStates = %v, %v; want the state put while waiting", states, err)
	}
	m, err := sql.Open("sqlite", fresh)
	if err != nil {
		t.Fatal(err)
	}
	defer m.Close()
	var v int
	if err := m.QueryRowContext(ctx, "PRAGMA user_version").Scan(&v); err != nil || v != len(migrations) {
		t.Errorf("user_version of the migrated file = %d, %v; want %d", v, err, len(migrations))
	}
}
