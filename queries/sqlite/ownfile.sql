-- name: application-id
-- What graph/sqlite's checkOwnFile reads, on a read-only connection, to
-- tell a storygraph file (application_id "stgr", or an older file's
-- tables) from another program's before anything changes it.
PRAGMA application_id;

-- name: schema-tables
SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name;
