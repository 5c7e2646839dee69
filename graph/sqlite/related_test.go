package sqlite_test

import (
	"testing"

	"github.com/storygraph/storygraph/graph/storetest"
)

func TestRelations(t *testing.T) { storetest.Relations(t, openTemp) }
