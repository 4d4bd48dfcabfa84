// EnvoyGraph Neo4j schema, part 2: indexes for the read paths.
// Meeting.date and Article.published are sort keys: 'YYYY-MM-DD', 'YYYY-MM' for month precision,
// '' when unknown (so 'YYYY-MM' sorts before the days of its month, like the SQLite store).
CREATE INDEX meeting_date IF NOT EXISTS FOR (m:Meeting) ON (m.date);
CREATE INDEX person_sort_name IF NOT EXISTS FOR (p:Person) ON (p.sortName);
CREATE INDEX person_country IF NOT EXISTS FOR (p:Person) ON (p.country);
CREATE INDEX article_published IF NOT EXISTS FOR (a:Article) ON (a.published);
CREATE INDEX article_outlet IF NOT EXISTS FOR (a:Article) ON (a.outletKey);
// Full-text search over names and aliases for ad-hoc Cypher (db.index.fulltext.queryNodes('person_names', 'jaishankar~')).
// 'standard-folding' folds accents, so 'Jose' finds 'José'.
CREATE FULLTEXT INDEX person_names IF NOT EXISTS FOR (p:Person) ON EACH [p.name, p.aliases]
  OPTIONS {indexConfig: {`fulltext.analyzer`: 'standard-folding'}};
