"""Read-only access to the store: filtered event queries, articles, statistics.

The reader opens the database read-only, so serving and listing can never
modify it.  Every filter becomes a bound parameter; column names in ORDER BY
come from a fixed table, never from user input.
"""

from __future__ import annotations

import base64
import json
import sqlite3
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from marsad.errors import StoreError
from marsad.text import CLITIC_PREFIXES, normalize

# sort key -> (SQL expression, descending?)
SORTS: dict[str, tuple[str, bool]] = {
    "-event_date": ("COALESCE(event_date, '')", True),
    "event_date": ("COALESCE(event_date, '')", False),
    "-fatalities": ("fatalities", True),
    "fatalities": ("fatalities", False),
    "-confidence": ("COALESCE(confidence, -1)", True),
    "confidence": ("COALESCE(confidence, -1)", False),
}


@dataclass
class EventQuery:
    """Filters shared by the CLI, the Python API and the HTTP API."""

    date_from: str | None = None
    date_to: str | None = None
    country: str | None = None
    admin1: str | None = None
    event_type: str | None = None
    sub_event_type: str | None = None
    actor: str | None = None
    inter: int | None = None
    min_fatalities: int | None = None
    min_confidence: float | None = None
    bbox: tuple[float, float, float, float] | None = None  # west, south, east, north
    text: str | None = None
    article_id: str | None = None
    include_background: bool = True
    sort: str = "-event_date"
    limit: int | None = None
    cursor: str | None = None


def _encode_cursor(sort_value: Any, row_id: int) -> str:
    return base64.urlsafe_b64encode(json.dumps([sort_value, row_id]).encode()).decode()


def _decode_cursor(cursor: str) -> tuple[Any, int]:
    try:
        value, row_id = json.loads(base64.urlsafe_b64decode(cursor.encode()))
        return value, int(row_id)
    except (ValueError, TypeError) as err:
        raise StoreError(f"invalid cursor {cursor!r}") from err


def _word_forms(word: str) -> list[str]:
    """The word and its forms behind Arabic proclitics, so "قتل" also finds "وقتل" and "فقتل"."""
    if not ("\u0621" <= word[0] <= "\u064a"):
        return [word]
    forms = [word] + [prefix + word for prefix in CLITIC_PREFIXES if not prefix.endswith(("ال", "لل"))]
    if word.startswith("ال") and len(word) > 3:
        stem = word[2:]
        forms += [prefix + stem for prefix in CLITIC_PREFIXES if prefix.endswith(("ال", "لل"))]
    return list(dict.fromkeys(forms))


def fts_query(text: str) -> str:
    """Turn user words into an FTS5 query over normalized text (all words, prefix match, clitic forms).

    Control and format characters are dropped first: FTS5 reads a NUL inside a
    quoted term as the end of the query ("unterminated string").
    """
    printable = "".join(ch if ch.isprintable() else " " for ch in text)
    words = [w for w in normalize(printable).replace('"', " ").split() if w]
    return " AND ".join("(" + " OR ".join(f'"{form}"*' for form in _word_forms(w)) + ")" for w in words)


def _buckets(tally: dict[Any, list[int]], *, by_count: bool = True, limit: int | None = None) -> list[dict[str, Any]]:
    """Tallies as rows, ordered like SQL would: NULL keys first, then by count (desc) or by key."""

    def order(item: tuple[Any, list[int]]) -> tuple[Any, ...]:
        key, (n, _) = item
        key_order = (key is not None, key if key is not None else "")
        return (-n, *key_order) if by_count else key_order

    rows = [{"key": k, "events": n, "fatalities": dead} for k, (n, dead) in sorted(tally.items(), key=order)]
    return rows[:limit] if limit else rows


def _public_event(row: dict[str, Any]) -> dict[str, Any]:
    """A stored event row as callers see it: spans decoded, flag as bool, index text dropped."""
    row.pop("search_text", None)
    row["evidence_spans"] = json.loads(row["evidence_spans"] or "[]")
    row["background"] = bool(row["background"])
    return row


class StoreReader:
    """Read-only queries over a Marsad store."""

    def __init__(self, path: str | Path) -> None:
        path = Path(path)
        if not path.exists():
            raise StoreError(f"no store at {path}: run 'marsad ingest' first")
        self.conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True, check_same_thread=False)
        self.conn.row_factory = sqlite3.Row
        columns = {row["name"] for row in self.conn.execute("PRAGMA table_info(events)")}
        self.has_confidence = "confidence" in columns

    def close(self) -> None:
        self.conn.close()

    def _require_confidence(self) -> None:
        """Refuse a confidence filter or sort on a store written before the column existed."""
        if not self.has_confidence:
            raise StoreError("this store predates event confidence: open it once with 'marsad ingest' to migrate")

    def _where(self, query: EventQuery) -> tuple[list[str], list[Any]]:
        clauses: list[str] = []
        params: list[Any] = []

        def add(sql: str, *values: Any) -> None:
            clauses.append(sql)
            params.extend(values)

        if query.date_from:
            add("event_date >= ?", query.date_from)
        if query.date_to:
            add("event_date <= ?", query.date_to)
        if query.country:
            add("(country = ? COLLATE NOCASE OR iso = ? COLLATE NOCASE)", query.country, query.country)
        if query.admin1:
            add("admin1 = ? COLLATE NOCASE", query.admin1)
        if query.event_type:
            add("event_type = ?", query.event_type)
        if query.sub_event_type:
            add("sub_event_type = ?", query.sub_event_type)
        if query.actor:
            pattern = f"%{query.actor}%"
            add("(actor1 LIKE ? OR actor2 LIKE ? OR assoc_actor_1 LIKE ?)", pattern, pattern, pattern)
        if query.inter is not None:
            add("(inter1 = ? OR inter2 = ?)", query.inter, query.inter)
        if query.min_fatalities is not None:
            add("fatalities >= ?", query.min_fatalities)
        if query.min_confidence is not None:
            self._require_confidence()
            add("confidence >= ?", query.min_confidence)
        if query.bbox:
            west, south, east, north = query.bbox
            add("longitude BETWEEN ? AND ? AND latitude BETWEEN ? AND ?", west, east, south, north)
        if query.text and fts_query(query.text):
            add("id IN (SELECT rowid FROM events_fts WHERE events_fts MATCH ?)", fts_query(query.text))
        if query.article_id:
            add("article_id = ?", query.article_id)
        if not query.include_background:
            add("background = 0")
        return clauses, params

    def events(self, query: EventQuery | None = None) -> tuple[list[dict[str, Any]], str | None]:
        """Events matching the query, and the cursor of the next page (or None)."""
        query = query or EventQuery()
        if query.sort not in SORTS:
            raise StoreError(f"unknown sort {query.sort!r}; choose one of {', '.join(SORTS)}")
        expr, descending = SORTS[query.sort]
        if "confidence" in query.sort:
            self._require_confidence()
        clauses, params = self._where(query)
        if query.cursor:
            value, row_id = _decode_cursor(query.cursor)
            op = "<" if descending else ">"
            clauses.append(f"({expr}, id) {op} (?, ?)")
            params.extend([value, row_id])
        order = "DESC" if descending else "ASC"
        sql = f"SELECT *, {expr} AS _sort FROM events"
        if clauses:
            sql += " WHERE " + " AND ".join(clauses)
        sql += f" ORDER BY {expr} {order}, id {order}"
        if query.limit:
            sql += " LIMIT ?"
            params.append(query.limit + 1)
        rows = [dict(r) for r in self.conn.execute(sql, params)]
        next_cursor = None
        if query.limit and len(rows) > query.limit:
            rows = rows[: query.limit]
            next_cursor = _encode_cursor(rows[-1]["_sort"], rows[-1]["id"])
        for row in rows:
            row.pop("_sort", None)
        return [_public_event(row) for row in rows], next_cursor

    def count(self, query: EventQuery | None = None) -> int:
        """Number of events matching the filters (pagination ignored)."""
        clauses, params = self._where(query or EventQuery())
        sql = "SELECT COUNT(*) FROM events" + (" WHERE " + " AND ".join(clauses) if clauses else "")
        return int(self.conn.execute(sql, params).fetchone()[0])

    def event(self, event_id: str) -> dict[str, Any] | None:
        """One event by its id, or None."""
        row = self.conn.execute("SELECT * FROM events WHERE event_id = ?", (event_id,)).fetchone()
        return None if row is None else _public_event(dict(row))

    def article(self, article_id: str) -> dict[str, Any] | None:
        """One article with its raw text, or None."""
        row = self.conn.execute("SELECT * FROM articles WHERE id = ?", (article_id,)).fetchone()
        return dict(row) if row else None

    def stats(self, query: EventQuery | None = None) -> dict[str, Any]:
        """Counts by day, type, admin1 and actor, and fatality sums, for the filtered events.

        One grouped scan feeds every breakdown (instead of one scan per breakdown): the
        combinations of day, type, place and actor are far fewer than the events.
        """
        clauses, params = self._where(query or EventQuery())
        where = (" WHERE " + " AND ".join(clauses)) if clauses else ""
        sql = (
            "SELECT event_date, event_type, sub_event_type, admin1, actor1, COUNT(*), SUM(fatalities)"
            f" FROM events{where} GROUP BY event_date, event_type, sub_event_type, admin1, actor1"
        )
        tallies: list[dict[Any, list[int]]] = [{} for _ in range(5)]
        for row in self.conn.execute(sql, params):
            n, dead = row[5], row[6]
            for tally, key in zip(tallies, row[:5], strict=True):
                slot = tally.setdefault(key, [0, 0])
                slot[0] += n
                slot[1] += dead
        by_day, by_type, by_sub, by_admin1, by_actor = tallies
        return {
            "events": sum(n for n, _ in by_type.values()),
            "fatalities": sum(dead for _, dead in by_type.values()),
            "articles": self.conn.execute("SELECT COUNT(*) FROM articles").fetchone()[0],
            "by_day": _buckets(by_day, by_count=False),
            "by_type": _buckets(by_type),
            "by_sub_event_type": _buckets(by_sub),
            "by_admin1": _buckets(by_admin1, limit=50),
            "by_actor": _buckets(by_actor, limit=50),
        }

    def facets(self) -> dict[str, Any]:
        """Distinct values a filter panel can offer, and the date range, of the whole store."""

        def distinct(column: str) -> list[str]:
            sql = f"SELECT DISTINCT {column} FROM events WHERE {column} IS NOT NULL ORDER BY {column}"
            return [r[0] for r in self.conn.execute(sql)]

        first, last = self.conn.execute("SELECT MIN(event_date), MAX(event_date) FROM events").fetchone()
        types = [
            {"event_type": r[0], "sub_event_type": r[1]}
            for r in self.conn.execute(
                "SELECT DISTINCT event_type, sub_event_type FROM events ORDER BY event_type, sub_event_type"
            )
        ]
        return {
            "date_min": first,
            "date_max": last,
            "types": types,
            "countries": distinct("country"),
            "admin1": distinct("admin1"),
        }
