// name: ping
// Open runs this on the configured database, so that a wrong password or
// a database name the server does not have is reported at once.
RETURN 1 AS ok;

// name: schema-article-id
// The schema of graph/neo4j, created by Store.Init (storygraph db init,
// and the first write of a process). Every statement is idempotent (IF NOT
// EXISTS) and runs in its own transaction, as Neo4j requires of schema
// commands. Community edition has uniqueness constraints but not key or
// existence constraints, so keys are unique constraints.
CREATE CONSTRAINT article_id IF NOT EXISTS FOR (a:Article) REQUIRE a.id IS UNIQUE;

// name: schema-event-uid
// uid is the article id, "#" and the event's position in the article:
// event ids are hashes of the article id and the sentence offsets, so two
// events read from one sentence share an id.
CREATE CONSTRAINT event_uid IF NOT EXISTS FOR (e:Event) REQUIRE e.uid IS UNIQUE;

// name: schema-entity-id
CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (x:Entity) REQUIRE x.id IS UNIQUE;

// name: schema-topic-id
CREATE CONSTRAINT topic_id IF NOT EXISTS FOR (t:Topic) REQUIRE t.id IS UNIQUE;

// name: schema-event-date
// date is the first day an event's date covers, endDate the last (the same
// day for day precision); both are native Cypher dates.
CREATE INDEX event_date IF NOT EXISTS FOR (e:Event) ON (e.date);

// name: schema-event-end-date
CREATE INDEX event_end_date IF NOT EXISTS FOR (e:Event) ON (e.endDate);

// name: schema-event-id
CREATE INDEX event_id IF NOT EXISTS FOR (e:Event) ON (e.id);

// name: schema-event-article
CREATE INDEX event_article IF NOT EXISTS FOR (e:Event) ON (e.article);

// name: schema-event-kind
CREATE INDEX event_kind IF NOT EXISTS FOR (e:Event) ON (e.kind);

// name: schema-entity-name
CREATE INDEX entity_name IF NOT EXISTS FOR (x:Entity) ON (x.name);

// name: schema-event-text
// Full-text search for analysts: CALL db.index.fulltext.queryNodes('event_text', 'heating').
CREATE FULLTEXT INDEX event_text IF NOT EXISTS FOR (e:Event) ON EACH [e.sentence, e.summary];

// name: schema-article-title
CREATE FULLTEXT INDEX article_title IF NOT EXISTS FOR (a:Article) ON EACH [a.title];

// name: schema-await
// Indexes created just now are populated in the background; wait, so the
// first queries of a new database already use them.
CALL db.awaitIndexes(300);
