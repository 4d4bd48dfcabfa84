// EnvoyGraph Neo4j schema, part 1: node keys. Applied at start-up, one statement at a time;
// every statement is idempotent (IF NOT EXISTS) and runs on Community edition
// (uniqueness constraints only: existence and node-key constraints are Enterprise-only).
CREATE CONSTRAINT person_id IF NOT EXISTS FOR (p:Person) REQUIRE p.id IS UNIQUE;
CREATE CONSTRAINT country_code IF NOT EXISTS FOR (c:Country) REQUIRE c.code IS UNIQUE;
CREATE CONSTRAINT meeting_id IF NOT EXISTS FOR (m:Meeting) REQUIRE m.id IS UNIQUE;
CREATE CONSTRAINT article_id IF NOT EXISTS FOR (a:Article) REQUIRE a.id IS UNIQUE;
