// name: search-await
// The full-text indexes are eventually consistent (see schema-event-text):
// wait until they hold every committed write, so that a search right
// after an ingest sees it, the same on every run.
CALL db.index.fulltext.awaitEventuallyConsistentIndexRefresh();

// name: search-candidates
// $query is a Lucene query built by graph/neo4j from the parsed search
// (every piece escaped, so no user text is an operator). It finds a
// superset of the hits: events whose sentence and summary have every term
// (event_text), and every event of an article whose title has every term
// (article_title); for each, its text and what graph.Rank sorts by, not
// its record, which search-hits reads for the hits Rank keeps.
CALL () {
  CALL db.index.fulltext.queryNodes('event_text', $query) YIELD node
  RETURN node AS e
  UNION
  CALL db.index.fulltext.queryNodes('article_title', $query) YIELD node
  MATCH (node)-[:REPORTS]->(e:Event)
  RETURN e
}
MATCH (a:Article)-[:REPORTS]->(e)
RETURN e.uid AS uid, a.id AS article, e.ord AS ord, e.dateValue AS date,
       e.sentence AS sentence, e.summary AS summary, a.title AS title;

// name: search-hits
UNWIND $uids AS uid
MATCH (e:Event {uid: uid}) USING INDEX e:Event(uid)
RETURN e.uid AS uid, e.record AS record;

// name: stories-topic-entities
// graph.Storyteller: how many events of each topic involve each entity.
MATCH (t:Topic)<-[:ABOUT]-(e:Event)-[:INVOLVES]->(x:Entity)
RETURN t.id AS topic, x.id AS id, x.name AS name, x.type AS type, count(DISTINCT e) AS events;

// name: stories-untopiced
// The people and organisations of every dated event without a topic.
MATCH (e:Event)-[:INVOLVES]->(x:Entity)
WHERE e.date IS NOT NULL AND x.type IN ['person', 'organization']
  AND NOT EXISTS { (e)-[:ABOUT]->(:Topic) }
RETURN DISTINCT e.uid AS event, e.article AS article, toString(e.date) AS first, toString(e.endDate) AS last,
       x.id AS id, x.name AS name, x.type AS type;
