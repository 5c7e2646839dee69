// name: analyst-entity-events
// Someone's events in a date range, by any of their names: the README's
// "Witkoff's January 2026, by surname" with parameters. Paste into Neo4j
// Browser after :param {key: 'witkoff', from: '2026-01-01', to: '2026-01-31'}.
// The first comment lines are what `storygraph query list` shows; each
// "param:" line declares a parameter: name (kind, default) description.
// param: key (name) an entity's name, alias or surname, folded as a filter folds it
// param: from (date, default 0001-01-01) the first day
// param: to (date, default 9999-12-31) the last day
MATCH (:Key {key: $key})-[:NAMES]->(x:Entity)
MATCH (a:Article)-[:REPORTS]->(e:Event)-[r:INVOLVES]->(x)
WHERE e.endDate >= date($from) AND e.date <= date($to)
RETURN e.date AS date, e.precision AS precision, e.kind AS kind, r.role AS role, e.summary AS summary, a.title AS article
ORDER BY date, e.article, e.ord, role;

// name: analyst-meetings
// Who met or negotiated with whom: pairs of people in meeting and
// negotiation events, with how many and on which days (the README's
// second Browser query).
// param: limit (number, default 20) how many pairs
MATCH (p:Person)<-[:INVOLVES]-(e:Event)-[:INVOLVES]->(q:Person)
WHERE e.kind IN ['meeting', 'negotiation'] AND p.name < q.name
WITH p, q, e ORDER BY e.date
RETURN p.name AS one, q.name AS other, count(DISTINCT e) AS meetings, collect(DISTINCT toString(e.date)) AS dates
ORDER BY meetings DESC, one, other LIMIT toInteger($limit);

// name: analyst-text
// Full-text search of reported sentences, with places and sources (the
// README's third Browser query). $query is in the engine's own syntax
// (Lucene here, FTS5 on the embedded store: plain words, OR, "phrases"
// mean the same in both); hits come by date, since the engines score
// differently. For ranked, engine-independent search use storygraph search.
// param: query (text) words to find, e.g. talks OR heating
// param: limit (number, default 10) how many events
// (event_text also holds the article's title and a date token: the query
// is asked of the sentence and summary fields, as FTS5's column filter
// asks it on the embedded store)
CALL db.index.fulltext.queryNodes('event_text', 'sentence:(' + $query + ') OR summary:(' + $query + ')') YIELD node AS e
MATCH (a:Article)-[:REPORTS]->(e)
RETURN toString(e.date) AS date, e.summary AS summary, e.sentence AS sentence,
       COLLECT { MATCH (e)-[:AT]->(pl:Place) RETURN DISTINCT pl.name AS name ORDER BY name } AS places,
       a.source AS source
ORDER BY e.date, e.article, e.ord LIMIT toInteger($limit);
