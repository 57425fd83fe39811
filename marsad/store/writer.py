"""The single writer of the Marsad store.

Every article is written in its own transaction together with its events, so
a crash mid-batch leaves whole articles or nothing.  Re-ingesting an article
with the same id and text changes nothing; the same id with a new text
replaces the old version; the same text under another id is a duplicate and
is skipped.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import sqlite3
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from marsad import acled
from marsad.document import Document, Event
from marsad.store.schema import DDL, EVENT_COLUMNS, MIGRATIONS, SCHEMA_VERSION
from marsad.text import normalize

# Rows sampled per index when the writer refreshes the planner's statistics.
ANALYSIS_ROWS = 1000
# The statistics are refreshed when a writer has added at least this share of
# the events counted at the last ANALYZE (or when there are none yet).
STALE_SHARE = 0.1

SaveOutcome = Literal["stored", "unchanged", "replaced", "duplicate"]


@dataclass(frozen=True, slots=True)
class SaveResult:
    """What happened to one article."""

    article_id: str
    outcome: SaveOutcome
    events: int


def connect(path: str | Path) -> sqlite3.Connection:
    """Open (and create or migrate) a store for writing."""
    conn = sqlite3.connect(str(path), timeout=30)
    conn.row_factory = sqlite3.Row
    conn.execute("PRAGMA foreign_keys = ON")
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA synchronous = NORMAL")
    with conn:
        new_store = conn.execute("SELECT name FROM sqlite_master WHERE name = 'events'").fetchone() is None
        if not new_store:
            migrate(conn)
        conn.executescript(DDL)
        conn.execute(
            "INSERT OR IGNORE INTO meta(key, value) VALUES ('schema_version', ?)", (str(SCHEMA_VERSION),)
        )
    return conn


def migrate(conn: sqlite3.Connection) -> None:
    """Bring a store written by an earlier version to SCHEMA_VERSION, one version at a time."""
    row = conn.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone()
    version = int(row["value"]) if row else 1
    for target in range(version + 1, SCHEMA_VERSION + 1):
        for statement in MIGRATIONS.get(target, ()):
            conn.execute(statement)
        conn.execute("INSERT OR REPLACE INTO meta(key, value) VALUES ('schema_version', ?)", (str(target),))


def text_hash(text: str) -> str:
    """Hash of an article's raw text, used to spot duplicates and edits."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def event_row(doc: Document, event: Event, seq: int) -> dict[str, object]:
    """Flatten an event into a row of the `events` table."""
    row: dict[str, object] = {name: getattr(event, name, None) for name in EVENT_COLUMNS if hasattr(event, name)}
    row.update(
        event_id=f"{doc.id}#{seq}",
        article_id=doc.id,
        seq=seq,
        year=int(event.event_date[:4]) if event.event_date else None,
        disorder_type=acled.disorder_type(event.event_type, event.sub_event_type),
        interaction=acled.interaction(event.inter1, event.inter2),
        civilian_targeting=acled.civilian_targeting(event.inter2),
        evidence_spans=json.dumps(event.evidence_spans),
        background=int(event.background),
        duplicate_of=None,
        search_text=normalize(f"{event.evidence} {event.notes} {event.location_ar or ''}"),
    )
    return row


class StoreWriter:
    """Writes documents and their events; use as a context manager."""

    def __init__(self, path: str | Path) -> None:
        self.path = Path(path)
        self.conn = connect(self.path)
        self.events_written = 0

    def __enter__(self) -> StoreWriter:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        """Refresh the planner's statistics if they are stale, then close.

        Without statistics SQLite guesses, and on a large store it may walk
        the whole sort index to answer a narrow date range (seconds instead of
        milliseconds).  A sampled ANALYZE costs several milliseconds, too much
        for every article posted to the API, so it runs only when this writer
        changed the events table noticeably since the last one.
        """
        if self.statistics_stale():
            self.conn.execute(f"PRAGMA analysis_limit = {ANALYSIS_ROWS}")
            self.conn.execute("ANALYZE")
            self.conn.commit()
        self.conn.close()

    def statistics_stale(self) -> bool:
        """True when no ANALYZE has counted the events, or this writer added a large share."""
        if not self.events_written:
            return False
        try:
            row = self.conn.execute("SELECT stat FROM sqlite_stat1 WHERE tbl = 'events' LIMIT 1").fetchone()
        except sqlite3.OperationalError:  # no ANALYZE has ever run on this store
            return True
        if row is None:
            return True
        counted = int(str(row["stat"]).split()[0])
        return self.events_written >= STALE_SHARE * counted

    def save(self, doc: Document) -> SaveResult:
        """Store one article and its events in a single transaction."""
        digest = text_hash(doc.text)
        existing = self.conn.execute("SELECT content_hash FROM articles WHERE id = ?", (doc.id,)).fetchone()
        if existing and existing["content_hash"] == digest:
            return SaveResult(doc.id, "unchanged", 0)
        if not existing:
            twin = self.conn.execute("SELECT id FROM articles WHERE content_hash = ?", (digest,)).fetchone()
            if twin:
                return SaveResult(twin["id"], "duplicate", 0)
        with self.conn:  # one transaction: the article and all its events, or nothing
            if existing:
                self.conn.execute("DELETE FROM events WHERE article_id = ?", (doc.id,))
                self.conn.execute("DELETE FROM articles WHERE id = ?", (doc.id,))
            self.conn.execute(
                "INSERT INTO articles(id, content_hash, title, published, url, outlet, text, source_path,"
                " n_events, ingested_at) VALUES (?,?,?,?,?,?,?,?,?,?)",
                (
                    doc.id, digest, doc.title, doc.published.isoformat() if doc.published else None,
                    doc.url, doc.outlet, doc.text, doc.source_path, len(doc.events),
                    dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
                ),
            )
            rows = [event_row(doc, event, seq) for seq, event in enumerate(doc.events, 1)]
            if rows:
                columns = list(rows[0])
                self.conn.executemany(
                    f"INSERT INTO events({', '.join(columns)}) VALUES ({', '.join('?' * len(columns))})",
                    [tuple(row[c] for c in columns) for row in rows],
                )
        self.events_written += len(doc.events)
        return SaveResult(doc.id, "replaced" if existing else "stored", len(doc.events))
