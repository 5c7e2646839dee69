package graph_test

import (
	"context"
	"errors"
	"testing"

	"github.com/storygraph/storygraph/graph"
	"github.com/storygraph/storygraph/internal/hint"
	"github.com/storygraph/storygraph/timeline"
)

// BeginPut validates, then looks at the context, then initialises: a bad
// batch or a done context never reaches the store.
func TestBeginPut(t *testing.T) {
	good := []*timeline.Extraction{{Article: timeline.Article{ID: "a"}}}
	canceled, cancel := context.WithCancel(context.Background())
	cancel()
	initErr := errors.New("init failed")
	for _, c := range []struct {
		name     string
		ctx      context.Context
		batch    []*timeline.Extraction
		initErr  error
		wantInit bool
		want     func(error) bool
	}{
		{"good", context.Background(), good, nil, true, func(err error) bool { return err == nil }},
		{"init fails", context.Background(), good, initErr, true, func(err error) bool { return errors.Is(err, initErr) }},
		{"canceled", canceled, good, nil, false, func(err error) bool { return errors.Is(err, context.Canceled) }},
		{"nil extraction", canceled, []*timeline.Extraction{nil}, nil, false, func(err error) bool { return err != nil && !errors.Is(err, context.Canceled) }},
		{"no article id", context.Background(), []*timeline.Extraction{{Article: timeline.Article{Title: "T"}}}, nil, false,
			func(err error) bool { return err != nil && hint.Of(err) != "" }},
		{"entity without id", context.Background(), []*timeline.Extraction{{Article: timeline.Article{ID: "a"}, Entities: []timeline.Entity{{Name: "X"}}}}, nil, false,
			func(err error) bool { return err != nil }},
	} {
		t.Run(c.name, func(t *testing.T) {
			inited := false
			err := graph.BeginPut(c.ctx, c.batch, func(context.Context) error { inited = true; return c.initErr })
			if !c.want(err) || inited != c.wantInit {
				t.Errorf("BeginPut = %v, init called %v; want init called %v", err, inited, c.wantInit)
			}
		})
	}
}
