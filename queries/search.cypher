// name: search-await
// The full-text indexes are eventually consistent (see schema-event-text):
// wait until they hold every committed write, so that a search right
// after an ingest sees it, the same on every run.
CALL db.index.fulltext.awaitEventuallyConsistentIndexRefresh();

// name: search-candidates
// $query is a Lucene query built by graph/neo4j from the parsed search
// (every piece escaped, so no user text is an operator). It finds a
// superset of the hits: events whose sentence and summary have every
// term, or whose article's title has (event_text holds the title too);
// for each, its text and what graph.Rank sorts by, not its record, which
// search-hits reads for the hits Rank keeps.
CALL db.index.fulltext.queryNodes('event_text', $query) YIELD node AS e
RETURN e.uid AS uid, e.article AS article, e.ord AS ord, e.dateValue AS date,
       e.sentence AS sentence, e.summary AS summary, e.title AS title;

// name: search-count
// How many candidates search-candidates finds, counted up to $n: a capped
// search with many reads them a date group at a time.
CALL db.index.fulltext.queryNodes('event_text', $query, {limit: $n}) YIELD node
RETURN count(node) AS n;

// name: search-next-group
// The first date group (the first 7 characters of graph.Rank's date; a
// shorter date is a group of its own) of an event dated after $after, in
// the order of the index event_date_value. A capped search walks the
// groups from the earliest, each group's candidates found by
// search-candidates with the group's dateGroup token.
MATCH (e:Event)
WHERE e.dateValue > $after
RETURN left(e.dateValue, 7) AS grp
ORDER BY e.dateValue
LIMIT 1;

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
