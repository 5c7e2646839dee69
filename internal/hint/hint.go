// Package hint lets an error say what the user can do about it: one
// sentence that cmd/storygraph prints as "storygraph: hint: …" under the
// error line. Libraries attach a hint with New, or give an error type of
// their own a Hint() string method; they never write "hint:" into an
// error's text. Only cmd prints hints, and it finds them with Of.
package hint

import "errors"

// New returns err carrying hint; err itself when hint is "" or err is nil.
// The error's text is err's: the hint is not part of it.
func New(err error, hint string) error {
	if err == nil || hint == "" {
		return err
	}
	return &hinted{err: err, hint: hint}
}

type hinted struct {
	err  error
	hint string
}

func (e *hinted) Error() string { return e.err.Error() }
func (e *hinted) Unwrap() error { return e.err }
func (e *hinted) Hint() string  { return e.hint }

// Of returns the hint of err: that of the first error in its tree (the
// outermost, as errors.As looks) with a Hint method, or "". A caller that
// knows better what to do wraps the error with a hint of its own.
func Of(err error) string {
	var h interface{ Hint() string }
	if errors.As(err, &h) {
		return h.Hint()
	}
	return ""
}
