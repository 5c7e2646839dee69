package related_test

import (
	"testing"

	"github.com/storygraph/storygraph/graph/related"
	"github.com/storygraph/storygraph/timeline"
	"github.com/storygraph/storygraph/timeline/chronology"
)

// isCopy is chronology's near-duplicate rule: on the pairs of generated
// articles that could merge (storetest.Corpus repeats its sentences), a
// chronology of the two marks one the other's copy exactly when isCopy
// says so.
func TestCopyIsChronologys(t *testing.T) {
	ix := related.New(generated(1300), nil)
	ids := ix.IDs()
	copies, pairs := 0, 0
	for i, a := range ids {
		for _, b := range ids[i+1:] {
			if !ix.MayMerge(a, b) {
				continue
			}
			pairs++
			marked := false
			for _, e := range chronology.Chronology(append(append([]timeline.Record{}, ix.Records(a)...), ix.Records(b)...), chronology.ChronologyOptions{}) {
				for _, r := range e.Sources {
					marked = marked || r.SameStoryAs != ""
				}
			}
			if got := ix.IsCopy(a, b); got != marked {
				t.Fatalf("isCopy(%s, %s) = %v, chronology says %v", a, b, got, marked)
			}
			if marked {
				copies++
			}
		}
		if pairs > 3000 {
			break
		}
	}
	if copies == 0 || copies == pairs {
		t.Errorf("%d copies among %d pairs: the test needs both", copies, pairs)
	}
	t.Logf("%d copies among %d pairs", copies, pairs)
}
