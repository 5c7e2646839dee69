// name: related-put
// Related Articles lists (graph.Relations): each article's list is its
// RELATED_TO relationships, by rank, and the fingerprint and time of its
// computation as the article's relatedFingerprint and relatedAt (which an
// update's SET a = props clears, as SQLite's trigger does). Rows sorted by
// article id, so that concurrent writers lock in one order. relatedFloor
// and relatedSlack are graph.RelatedState's Floor and Slack. A list of an
// article not stored, and a link to one, are left out.
UNWIND $rows AS row
MATCH (a:Article {id: row.id}) USING INDEX a:Article(id)
OPTIONAL MATCH (a)-[old:RELATED_TO]->()
DELETE old
WITH DISTINCT a, row
SET a.relatedFingerprint = row.fingerprint, a.relatedAt = row.at,
    a.relatedFloor = row.floor, a.relatedSlack = row.slack
WITH a, row
UNWIND row.links AS link
MATCH (b:Article {id: link.id}) USING INDEX b:Article(id)
CREATE (a)-[:RELATED_TO {rank: link.rank, score: link.score, reasons: link.reasons, computedAt: row.at}]->(b);

// name: related-get
MATCH (a:Article {id: $id}) USING INDEX a:Article(id)
WHERE a.relatedFingerprint IS NOT NULL
OPTIONAL MATCH (a)-[r:RELATED_TO]->(b:Article)
WITH a, r, b ORDER BY r.rank
RETURN a.relatedFingerprint AS fingerprint, a.relatedAt AS at,
       {title: a.title, url: a.url, source: a.source, published: toString(a.published),
        licence: a.licence, attribution: a.attribution,
        extraction: CASE WHEN a.published IS NULL THEN a.extraction END} AS article,
       collect(CASE WHEN b IS NULL THEN NULL ELSE {rank: r.rank, score: r.score, reasons: r.reasons,
               id: b.id, title: b.title, url: b.url, source: b.source, published: toString(b.published),
               licence: b.licence, attribution: b.attribution,
               // published holds full days only: another date is in the extraction
               extraction: CASE WHEN b.published IS NULL THEN b.extraction END} END) AS links;

// name: related-states
MATCH (a:Article) WHERE a.relatedFingerprint IS NOT NULL
OPTIONAL MATCH (a)-[r:RELATED_TO]->(:Article)
// a list stored before floor was kept: -1, recomputed with any sharer
RETURN a.id AS id, a.relatedFingerprint AS fingerprint, count(r) AS links, coalesce(min(r.score), 0.0) AS worst,
       coalesce(a.relatedFloor, -1.0) AS floor, coalesce(a.relatedSlack, 0) AS slack;

// name: related-linking
UNWIND $ids AS id
MATCH (b:Article {id: id}) USING INDEX b:Article(id)
MATCH (a:Article)-[:RELATED_TO]->(b)
WHERE a.relatedFingerprint IS NOT NULL
RETURN DISTINCT a.id AS id ORDER BY id;
