package neo4j

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net"
	"strings"
	"syscall"

	n4j "github.com/neo4j/neo4j-go-driver/v5/neo4j"
)

// The failures a user can act on, for errors.Is. Errors of this package
// wrap one of them when it applies; their messages name the server (URI
// without user info) and the database, never the password.
var (
	// ErrUnreachable: no connection to the server could be made, or it was
	// lost (server down, wrong host or port, network).
	ErrUnreachable = errors.New("cannot reach Neo4j")
	// ErrAuth: the server refused the username and password.
	ErrAuth = errors.New("Neo4j refused the login")
	// ErrDatabaseNotFound: the server has no database of that name.
	ErrDatabaseNotFound = errors.New("no such Neo4j database")
)

// Error is a failure talking to Neo4j. Its message is one line, already
// free of the password; Is reports the kind (ErrUnreachable, ErrAuth,
// ErrDatabaseNotFound) and Unwrap the driver's error.
type Error struct {
	kind error // one of the Err* sentinels, or nil
	msg  string
	err  error
}

func (e *Error) Error() string        { return e.msg }
func (e *Error) Unwrap() error        { return e.err }
func (e *Error) Is(target error) bool { return e.kind != nil && target == e.kind }

// fail turns a driver error met while doing something ("put", "read
// events") into an *Error with a one-line message.
func (s *Store) fail(doing string, err error) error {
	return classify(s.cfg, doing, err)
}

func classify(cfg Config, doing string, err error) error {
	if err == nil {
		return nil
	}
	var e *Error
	if errors.As(err, &e) {
		return err // already classified
	}
	prefix := ""
	if doing != "" {
		prefix = doing + ": "
	}
	where := "Neo4j at " + RedactURI(cfg.URI)
	out := &Error{err: err}
	cause := last(err)
	// Texts that come from the server or the network are scrubbed of the
	// password, should one ever echo it; this package's own words are not
	// (a password like "wrong" must not mangle them).
	server := func(s string) string { return scrub(oneLine(s), cfg.Password) }
	var ne *n4j.Neo4jError
	switch {
	case errors.Is(err, context.Canceled) || errors.Is(err, context.DeadlineExceeded) ||
		errors.Is(cause, context.Canceled) || errors.Is(cause, context.DeadlineExceeded):
		out.msg = fmt.Sprintf("%s%s: %v", prefix, where, contextCause(err, cause))
	case errors.As(cause, &ne) && strings.HasPrefix(ne.Code, "Neo.ClientError.Security."):
		out.kind = ErrAuth
		why := "wrong username or password"
		switch ne.Code {
		case "Neo.ClientError.Security.AuthenticationRateLimit":
			why = "too many failed logins; wait a few seconds before trying again"
		case "Neo.ClientError.Security.Forbidden", "Neo.ClientError.Security.AuthorizationExpired":
			why = "user " + quote(cfg.Username) + " may not do this"
		case "Neo.ClientError.Security.CredentialsExpired":
			why = "the password has expired and must be changed (e.g. in Neo4j Browser)"
		}
		out.msg = fmt.Sprintf("%s%s refused the login of user %s: %s", prefix, where, quote(cfg.Username), why)
	case errors.As(cause, &ne) && ne.Code == "Neo.ClientError.Database.DatabaseNotFound":
		out.kind = ErrDatabaseNotFound
		out.msg = fmt.Sprintf("%s%s has no database %s", prefix, where, quote(cfg.Database))
	case errors.As(cause, &ne) && ne.Code == "Neo.ClientError.Schema.ConstraintValidationFailed":
		out.msg = fmt.Sprintf("%s%s rejected the write (a uniqueness constraint): %s", prefix, where, server(ne.Msg))
	case errors.As(cause, &ne):
		out.msg = fmt.Sprintf("%s%s (database %s): %s: %s", prefix, where, quote(cfg.Database), ne.Code, server(ne.Msg))
	case unreachable(cause):
		out.kind = ErrUnreachable
		out.msg = fmt.Sprintf("%scannot reach %s: %s", prefix, where, server(netCause(cause)))
	default:
		out.msg = fmt.Sprintf("%s%s: %s", prefix, where, server(cause.Error()))
	}
	return out
}

// last digs the error that decided the outcome out of the driver's
// wrappers: a transaction function that ran out of retries reports every
// attempt's error, and the last is the one to show.
func last(err error) error {
	for {
		var tel *n4j.TransactionExecutionLimit
		if errors.As(err, &tel) && len(tel.Errors) > 0 {
			err = tel.Errors[len(tel.Errors)-1]
			continue
		}
		return err
	}
}

func contextCause(err, cause error) error {
	if errors.Is(err, context.DeadlineExceeded) || errors.Is(cause, context.DeadlineExceeded) {
		return context.DeadlineExceeded
	}
	return context.Canceled
}

func unreachable(err error) bool {
	var ce *n4j.ConnectivityError
	var oe *net.OpError
	var de *net.DNSError
	return errors.As(err, &ce) || errors.As(err, &oe) || errors.As(err, &de) ||
		errors.Is(err, syscall.ECONNREFUSED) || errors.Is(err, syscall.ECONNRESET) ||
		errors.Is(err, io.EOF) || errors.Is(err, io.ErrUnexpectedEOF) || errors.Is(err, syscall.EPIPE) ||
		strings.Contains(err.Error(), "ConnectivityError") || strings.Contains(err.Error(), "routing table")
}

// netCause says in a few words why the connection failed.
func netCause(err error) string {
	var de *net.DNSError
	var ne net.Error
	switch {
	case errors.Is(err, syscall.ECONNREFUSED):
		return "connection refused"
	case errors.Is(err, syscall.ECONNRESET), errors.Is(err, syscall.EPIPE):
		return "connection lost (reset by the server)"
	case errors.Is(err, io.EOF), errors.Is(err, io.ErrUnexpectedEOF):
		return "connection lost (closed by the server)"
	case errors.As(err, &de):
		return "no such host " + quote(de.Name)
	case errors.As(err, &ne) && ne.Timeout():
		return "connection timed out"
	}
	// The driver flattens its network errors into text.
	msg := oneLine(strings.TrimPrefix(err.Error(), "ConnectivityError: "))
	for _, c := range []struct{ text, say string }{
		{"connection refused", "connection refused"},
		{"connection reset", "connection lost (reset by the server)"},
		{"broken pipe", "connection lost (reset by the server)"},
		{"EOF", "connection lost (closed by the server)"},
		{"no such host", "no such host"},
		{"i/o timeout", "connection timed out"},
	} {
		if strings.Contains(msg, c.text) {
			return c.say
		}
	}
	return msg
}

func oneLine(s string) string {
	s = strings.TrimSpace(s)
	if i := strings.IndexAny(s, "\r\n"); i >= 0 {
		s = s[:i]
	}
	return s
}

func quote(s string) string { return fmt.Sprintf("%q", s) }

// scrub removes the password from a message, should any server or network
// message ever echo it.
func scrub(msg, password string) string {
	if password == "" {
		return msg
	}
	return strings.ReplaceAll(msg, password, "…")
}

// RedactURI drops user info from a URI, in case a password was put there:
// "bolt://user:pw@host:7687" becomes "bolt://…@host:7687". Every message
// that names a Neo4j server, here and in cmd/storygraph, names it so.
func RedactURI(uri string) string {
	if i := strings.Index(uri, "://"); i >= 0 {
		if at := strings.LastIndex(uri[i+3:], "@"); at >= 0 {
			return uri[:i+3] + "…@" + uri[i+3+at+1:]
		}
	}
	return uri
}
