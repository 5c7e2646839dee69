package related

import "github.com/storygraph/storygraph/timeline"

// For the tests: isCopy, mayMerge and an article's records by ID.
func (ix *Index) IsCopy(a, b string) bool   { return ix.isCopy(ix.arts[a], ix.arts[b]) }
func (ix *Index) MayMerge(a, b string) bool { return mayMerge(ix.arts[a], ix.arts[b]) }
func (ix *Index) Records(id string) []timeline.Record {
	return ix.arts[id].recs
}

// SetBusy makes names in more than n articles busy, until restore.
func SetBusy(n int) (restore func()) {
	old := busyPosting
	busyPosting = n
	return func() { busyPosting = old }
}
