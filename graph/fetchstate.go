package graph

import (
	"context"
	"time"
)

// FetchState is what storygraph remembers of one fetched URL, a feed or an
// article page, so that watching feeds fetches nothing twice: the
// validators for a conditional GET (ETag, Last-Modified) and, for a feed
// item, a Version of what the feed said about it (an item whose version is
// unchanged is not fetched again).
type FetchState struct {
	URL          string    `json:"url"`
	ETag         string    `json:"etag,omitempty"`
	LastModified string    `json:"last_modified,omitempty"`
	Version      string    `json:"version,omitempty"`
	FetchedAt    time.Time `json:"fetched_at"`
}

// FetchStates is the part of a store that keeps fetch state. Both stores
// implement it; it is kept apart from Store because only the commands that
// fetch need it.
type FetchStates interface {
	// FetchStates returns the stored state of each of the URLs that has
	// one, by URL. Unknown URLs are simply absent.
	FetchStates(ctx context.Context, urls []string) (map[string]FetchState, error)
	// PutFetchStates stores the states, replacing those of the same URLs,
	// in one transaction.
	PutFetchStates(ctx context.Context, states []FetchState) error
}
