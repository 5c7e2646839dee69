// name: schema-fetch-url
// A :Fetch node is the fetch state of one URL (graph.FetchState): the
// validators of a conditional GET and a feed item's version, so that
// `storygraph watch` fetches nothing twice, across restarts.
CREATE CONSTRAINT fetch_url IF NOT EXISTS FOR (f:Fetch) REQUIRE f.url IS UNIQUE;

// name: fetch-state-get
MATCH (f:Fetch) WHERE f.url IN $urls
RETURN f.url AS url, f.etag AS etag, f.lastModified AS lastModified, f.version AS version, f.fetchedAt AS fetchedAt;

// name: fetch-state-put
// Rows sorted by url, so that concurrent writers lock in one order.
UNWIND $rows AS row
MERGE (f:Fetch {url: row.url})
SET f.etag = row.etag, f.lastModified = row.lastModified, f.version = row.version, f.fetchedAt = row.fetchedAt;

// name: reset-fetch
MATCH (n:Fetch)
WITH n LIMIT $limit
DETACH DELETE n
RETURN count(*) AS deleted;
