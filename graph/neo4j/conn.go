package neo4j

import (
	"context"
	"errors"
	"fmt"
	"time"
)

// Deadlines, so that a server that accepts connections but never answers
// (paused, overloaded, a wrong port that speaks another protocol) ends a
// command with an error instead of hanging it. Config.ConnectTimeout and
// Config.CallTimeout override them.
const (
	// DefaultConnectTimeout bounds Open: connecting, the Bolt handshake,
	// the login and a first query.
	DefaultConnectTimeout = 15 * time.Second
	// DefaultCallTimeout bounds each call to the server (one Put, one
	// Events, one Stats …), the driver's retries included. A batch of
	// a few hundred articles takes well under a second.
	DefaultCallTimeout = 2 * time.Minute
)

// deadline is the cause of a context that a Store's own deadline ended.
type deadline struct {
	what string // "connect", "call"
	d    time.Duration
}

func (d *deadline) Error() string {
	return fmt.Sprintf("no answer within the %s deadline of %s", d.what, d.d)
}

func (c Config) connectTimeout() time.Duration {
	if c.ConnectTimeout > 0 {
		return c.ConnectTimeout
	}
	return DefaultConnectTimeout
}

func (c Config) callTimeout() time.Duration {
	if c.CallTimeout > 0 {
		return c.CallTimeout
	}
	return DefaultCallTimeout
}

// withDeadline bounds ctx by the store's deadline for what ("connect" or
// "call").
func (s *Store) withDeadline(ctx context.Context, what string) (context.Context, context.CancelFunc) {
	d := s.cfg.callTimeout()
	if what == "connect" {
		d = s.cfg.connectTimeout()
	}
	return context.WithTimeoutCause(ctx, d, &deadline{what: what, d: d})
}

// timedOut turns err into an ErrUnreachable *Error saying which deadline
// passed when the store's own deadline (not the caller's context) ended
// ctx; any other err is returned as it is.
func (s *Store) timedOut(ctx context.Context, err error) error {
	var d *deadline
	if err == nil || !errors.As(context.Cause(ctx), &d) {
		return err
	}
	return &Error{kind: ErrUnreachable, err: err,
		msg: fmt.Sprintf("Neo4j at %s did not answer within %s (the %s deadline)", RedactURI(s.cfg.URI), d.d, d.what)}
}
