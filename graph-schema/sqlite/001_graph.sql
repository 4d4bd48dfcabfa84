-- EnvoyGraph SQLite schema. Applied at start-up; every statement is idempotent (IF NOT EXISTS).
-- Dates are ISO text: `date` is the sort key ('YYYY-MM-DD', 'YYYY-MM' for month precision, '' when
-- unknown; 'YYYY-MM' sorts before the days of its month), `date_start`/`date_end` the days it may stand for.

CREATE TABLE IF NOT EXISTS countries (
    code    TEXT PRIMARY KEY,
    name    TEXT NOT NULL,
    aliases TEXT NOT NULL DEFAULT '[]'          -- JSON array
) WITHOUT ROWID;

CREATE TABLE IF NOT EXISTS persons (
    id           TEXT PRIMARY KEY,
    name         TEXT NOT NULL,
    aliases      TEXT NOT NULL DEFAULT '[]',    -- JSON array
    country_code TEXT,
    role         TEXT,
    sort_name    TEXT NOT NULL                  -- lower-cased, accent-free name: the keyset sort key
);
CREATE INDEX IF NOT EXISTS ix_persons_sort ON persons (sort_name, id);
CREATE INDEX IF NOT EXISTS ix_persons_country ON persons (country_code, sort_name, id);

-- Name and alias keys (see NameKey): exact keys 'n:...' and token keys 't:...' used by ingest.
CREATE TABLE IF NOT EXISTS person_keys (
    key       TEXT NOT NULL,
    person_id TEXT NOT NULL REFERENCES persons (id) ON DELETE CASCADE,
    PRIMARY KEY (key, person_id)
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS ix_person_keys_person ON person_keys (person_id);

CREATE TABLE IF NOT EXISTS articles (
    id           TEXT PRIMARY KEY,
    url          TEXT,
    title        TEXT,
    outlet       TEXT,
    outlet_key   TEXT,                          -- lower-cased outlet for filtering
    published    TEXT NOT NULL DEFAULT '',      -- sort key like meetings.date
    pub_start    TEXT,
    pub_end      TEXT,
    source_path  TEXT,
    content_hash TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS ix_articles_published ON articles (published, id);
CREATE INDEX IF NOT EXISTS ix_articles_outlet ON articles (outlet_key, published, id);

CREATE TABLE IF NOT EXISTS meetings (
    id         TEXT PRIMARY KEY,
    date       TEXT NOT NULL DEFAULT '',
    date_start TEXT,
    date_end   TEXT,
    mode       INTEGER NOT NULL,
    status     INTEGER NOT NULL,
    format     TEXT NOT NULL,
    location   TEXT
);
CREATE INDEX IF NOT EXISTS ix_meetings_date ON meetings (date, id);

-- ATTENDED; `date` copies meetings.date so a person's meetings page straight off the index.
CREATE TABLE IF NOT EXISTS attendances (
    person_id  TEXT NOT NULL REFERENCES persons (id) ON DELETE CASCADE,
    meeting_id TEXT NOT NULL REFERENCES meetings (id) ON DELETE CASCADE,
    role       TEXT,
    date       TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (meeting_id, person_id)
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS ix_attendances_person ON attendances (person_id, date, meeting_id);

-- The countries taking part in each meeting (from its participants), kept by the store so that
-- meetings by country page straight off the index.
CREATE TABLE IF NOT EXISTS meeting_countries (
    meeting_id   TEXT NOT NULL REFERENCES meetings (id) ON DELETE CASCADE,
    country_code TEXT NOT NULL,
    date         TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (meeting_id, country_code)
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS ix_meeting_countries_country ON meeting_countries (country_code, date, meeting_id);

CREATE TABLE IF NOT EXISTS reports (
    meeting_id TEXT NOT NULL REFERENCES meetings (id) ON DELETE CASCADE,
    article_id TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    evidence   TEXT NOT NULL,
    evidence_offset INTEGER,
    PRIMARY KEY (meeting_id, article_id)
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS ix_reports_article ON reports (article_id);

-- COUNTERPART_OF, stored once with person_a < person_b.
CREATE TABLE IF NOT EXISTS counterparts (
    person_a    TEXT NOT NULL REFERENCES persons (id) ON DELETE CASCADE,
    person_b    TEXT NOT NULL REFERENCES persons (id) ON DELETE CASCADE,
    first_seen  TEXT,
    last_seen   TEXT,
    article_ids TEXT NOT NULL DEFAULT '[]',     -- JSON array
    PRIMARY KEY (person_a, person_b)
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS ix_counterparts_b ON counterparts (person_b);

-- REPRESENTS; title '' when unknown (so it can be part of the key).
CREATE TABLE IF NOT EXISTS roles (
    person_id    TEXT NOT NULL REFERENCES persons (id) ON DELETE CASCADE,
    country_code TEXT NOT NULL,
    title        TEXT NOT NULL DEFAULT '',
    first_seen   TEXT,
    last_seen    TEXT,
    PRIMARY KEY (person_id, country_code, title)
) WITHOUT ROWID;

CREATE TABLE IF NOT EXISTS mentions (
    person_id  TEXT NOT NULL REFERENCES persons (id) ON DELETE CASCADE,
    article_id TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    PRIMARY KEY (person_id, article_id)
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS ix_mentions_article ON mentions (article_id);
