// Package fetch gets web pages and feeds over HTTP politely, for
// `storygraph ingest URL...` and `storygraph watch FEED...`.
//
// It owns everything between a URL and the bytes of its response: the
// User-Agent naming storygraph, robots.txt (fetched and cached per host,
// RFC 9309 longest-match rules), a minimum interval between requests to one
// host, conditional GET from a caller-kept State (ETag, Last-Modified),
// bounded redirects, a response size limit, a time limit per request, and
// retries with exponential backoff on 429 and 5xx that honour Retry-After.
// It also reads feed list files (OPML or one URL per line).
//
// It must not interpret what it fetched: bodies are returned as bytes with
// the Content-Type and its charset, and decoding, format detection and
// article reading are left to timeline/article. It keeps no state on disk:
// the caller persists State and passes it back. Errors name the URL without
// its userinfo, and callers branch on them with errors.Is (ErrDisallowed,
// ErrTooLarge, ErrNotFound, ErrRedirectLoop, ErrTooManyRedirects, ErrTimeout)
// and errors.As (*StatusError). Time is read and waited on through a Clock,
// so tests run without sleeping.
package fetch
