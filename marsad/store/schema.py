"""SQLite schema of the Marsad store.

One row per article and per event.  `events.search_text` holds the
normalized evidence and notes (see `marsad.text.normalize`) and is indexed by
FTS5, because SQLite's own tokenizer neither folds alef/hamza forms nor
ignores diacritics.  The schema version lives in `meta`; `MIGRATIONS` brings
a file written by an earlier version up to date when a writer opens it.
"""

SCHEMA_VERSION = 2

# version -> statements that turn a store of the previous version into this one.
MIGRATIONS: dict[int, tuple[str, ...]] = {
    2: ("ALTER TABLE events ADD COLUMN confidence REAL",),  # events stored before it keep NULL
}

EVENT_COLUMNS: tuple[str, ...] = (
    "event_id", "article_id", "seq",
    "event_date", "year", "time_precision",
    "disorder_type", "event_type", "sub_event_type",
    "actor1", "inter1", "assoc_actor_1", "actor2", "inter2", "assoc_actor_2",
    "interaction", "civilian_targeting",
    "country", "iso", "admin1", "admin2", "location", "location_ar",
    "latitude", "longitude", "geo_precision",
    "fatalities", "fatalities_text", "fatalities_low", "fatalities_high", "wounded", "captured",
    "source", "evidence", "evidence_spans", "background", "notes", "trigger", "confidence",
    "duplicate_of", "search_text",
)

DDL = """
CREATE TABLE IF NOT EXISTS meta (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS articles (
    id           TEXT PRIMARY KEY,
    content_hash TEXT NOT NULL,
    title        TEXT,
    published    TEXT,
    url          TEXT,
    outlet       TEXT,
    text         TEXT NOT NULL,
    source_path  TEXT,
    n_events     INTEGER NOT NULL DEFAULT 0,
    ingested_at  TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS articles_hash ON articles(content_hash);
CREATE TABLE IF NOT EXISTS events (
    id                 INTEGER PRIMARY KEY,
    event_id           TEXT NOT NULL UNIQUE,
    article_id         TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    seq                INTEGER NOT NULL,
    event_date         TEXT,
    year               INTEGER,
    time_precision     INTEGER,
    disorder_type      TEXT,
    event_type         TEXT NOT NULL,
    sub_event_type     TEXT NOT NULL,
    actor1             TEXT,
    inter1             INTEGER,
    assoc_actor_1      TEXT,
    actor2             TEXT,
    inter2             INTEGER,
    assoc_actor_2      TEXT,
    interaction        INTEGER,
    civilian_targeting TEXT,
    country            TEXT,
    iso                TEXT,
    admin1             TEXT,
    admin2             TEXT,
    location           TEXT,
    location_ar        TEXT,
    latitude           REAL,
    longitude          REAL,
    geo_precision      INTEGER,
    fatalities         INTEGER NOT NULL DEFAULT 0,
    fatalities_text    TEXT,
    fatalities_low     INTEGER,
    fatalities_high    INTEGER,
    wounded            INTEGER,
    captured           INTEGER,
    source             TEXT,
    evidence           TEXT,
    evidence_spans     TEXT,
    background         INTEGER NOT NULL DEFAULT 0,
    notes              TEXT,
    trigger            TEXT,
    confidence         REAL,
    duplicate_of       TEXT,
    search_text        TEXT
);
CREATE INDEX IF NOT EXISTS events_date ON events(event_date);
CREATE INDEX IF NOT EXISTS events_type ON events(event_type, sub_event_type);
CREATE INDEX IF NOT EXISTS events_country ON events(country, admin1);
CREATE INDEX IF NOT EXISTS events_article ON events(article_id);
CREATE INDEX IF NOT EXISTS events_latlon ON events(latitude, longitude);
CREATE INDEX IF NOT EXISTS events_fatalities ON events(fatalities);
CREATE INDEX IF NOT EXISTS events_sort_date ON events(COALESCE(event_date, ''));
CREATE INDEX IF NOT EXISTS events_stats ON events(event_date, event_type, sub_event_type, admin1, actor1, fatalities);
CREATE VIRTUAL TABLE IF NOT EXISTS events_fts USING fts5(
    search_text, content='events', content_rowid='id', tokenize='unicode61 remove_diacritics 0'
);
CREATE TRIGGER IF NOT EXISTS events_ai AFTER INSERT ON events BEGIN
    INSERT INTO events_fts(rowid, search_text) VALUES (new.id, new.search_text);
END;
CREATE TRIGGER IF NOT EXISTS events_ad AFTER DELETE ON events BEGIN
    INSERT INTO events_fts(events_fts, rowid, search_text) VALUES ('delete', old.id, old.search_text);
END;
"""
