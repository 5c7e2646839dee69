// Package netfault makes network faults for tests: servers that misbehave
// the way real ones do when they hang.
package netfault

import (
	"net"
	"sync"
	"testing"
)

// SilentServer listens on a free local port, accepts every connection and
// never reads or writes, like a paused database server or a port that
// speaks another protocol; it returns the "host:port". It closes when the
// test ends.
func SilentServer(tb testing.TB) string {
	tb.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		tb.Fatal(err)
	}
	var mu sync.Mutex
	var conns []net.Conn
	done := make(chan struct{})
	go func() {
		defer close(done)
		for {
			c, err := ln.Accept()
			if err != nil {
				return
			}
			mu.Lock()
			conns = append(conns, c) // held open, never read or written
			mu.Unlock()
		}
	}()
	tb.Cleanup(func() {
		ln.Close()
		<-done
		mu.Lock()
		defer mu.Unlock()
		for _, c := range conns {
			c.Close()
		}
	})
	return ln.Addr().String()
}
