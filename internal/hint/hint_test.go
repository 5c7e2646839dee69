package hint_test

import (
	"errors"
	"fmt"
	"testing"

	"github.com/storygraph/storygraph/internal/hint"
)

func TestNewAndOf(t *testing.T) {
	base := errors.New("open x.db: directory d does not exist")
	err := hint.New(base, "create it")
	if err.Error() != base.Error() {
		t.Errorf("Error() = %q, want the wrapped error's text %q", err.Error(), base.Error())
	}
	if !errors.Is(err, base) {
		t.Error("the hinted error does not wrap the error")
	}
	if got := hint.Of(err); got != "create it" {
		t.Errorf("Of = %q, want %q", got, "create it")
	}
	if got := hint.Of(fmt.Errorf("ingest: %w", err)); got != "create it" {
		t.Errorf("Of(wrapped) = %q: a hint survives wrapping", got)
	}
	if got := hint.Of(hint.New(fmt.Errorf("ingest: %w", err), "outer")); got != "outer" {
		t.Errorf("Of = %q: the outermost hint wins", got)
	}
	if got := hint.Of(base); got != "" {
		t.Errorf("Of(no hint) = %q, want \"\"", got)
	}
	if hint.New(nil, "h") != nil || hint.New(base, "") != base {
		t.Error("New(nil, …) must be nil and New(err, \"\") err itself")
	}
}

type ownType struct{}

func (ownType) Error() string { return "own" }
func (ownType) Hint() string  { return "do this" }

// An error type of a library's own joins in with a Hint method.
func TestOfOwnType(t *testing.T) {
	if got := hint.Of(fmt.Errorf("x: %w", ownType{})); got != "do this" {
		t.Errorf("Of = %q, want %q", got, "do this")
	}
}
