"""The store: one transaction per article, no duplicates, read-only queries."""

import datetime as dt
import sqlite3

import pytest

from marsad.document import Document, Event
from marsad.errors import StoreError
from marsad.store import EventQuery, StoreReader, StoreWriter


def _doc(text: str = "نص الخبر الأول.", doc_id: str = "a1", n_events: int = 2) -> Document:
    doc = Document(text=text, id=doc_id, published=dt.date(2020, 5, 4), title="عنوان")
    doc.events = [
        Event(
            event_type="Battles", sub_event_type="Armed clash", event_date=f"2020-05-0{i + 1}",
            actor1="Military Forces of Syria (2000-)", inter1=1, actor2="Islamic State (Syria)", inter2=2,
            country="Syria", iso="SY", admin1="Daraa", location="Daraa", latitude=32.6, longitude=36.1,
            fatalities=i, evidence="قُتل جنديان في اشتباكات", evidence_spans=[(0, 5)],
        )
        for i in range(n_events)
    ]
    return doc


def test_article_and_events_are_stored_and_read_back(tmp_path) -> None:
    db = tmp_path / "m.db"
    with StoreWriter(db) as store:
        result = store.save(_doc())
    assert (result.outcome, result.events) == ("stored", 2)
    rows, cursor = StoreReader(db).events()
    assert len(rows) == 2 and cursor is None
    assert rows[0]["interaction"] == 12 and rows[0]["disorder_type"] == "Political violence"
    assert rows[0]["evidence_spans"] == [[0, 5]]


def test_same_article_twice_is_stored_once(tmp_path) -> None:
    db = tmp_path / "m.db"
    with StoreWriter(db) as store:
        store.save(_doc())
        again = store.save(_doc())
        twin = store.save(_doc(doc_id="other-id"))
    assert again.outcome == "unchanged" and twin.outcome == "duplicate"
    assert StoreReader(db).count() == 2


def test_changed_text_replaces_the_article_and_its_events(tmp_path) -> None:
    db = tmp_path / "m.db"
    with StoreWriter(db) as store:
        store.save(_doc())
        result = store.save(_doc(text="نص معدل.", n_events=1))
    assert result.outcome == "replaced"
    assert StoreReader(db).count() == 1


def test_failed_insert_leaves_no_partial_article(tmp_path) -> None:
    db = tmp_path / "m.db"
    doc = _doc()
    doc.events[1].event_type = None  # violates NOT NULL on the second event
    with StoreWriter(db) as store, pytest.raises(sqlite3.IntegrityError):
        store.save(doc)
    reader = StoreReader(db)
    assert reader.count() == 0 and reader.article("a1") is None


def test_filters_and_cursor_pagination(tmp_path) -> None:
    db = tmp_path / "m.db"
    with StoreWriter(db) as store:
        store.save(_doc(n_events=5))
    reader = StoreReader(db)
    assert reader.count(EventQuery(min_fatalities=3)) == 2
    assert reader.count(EventQuery(date_from="2020-05-02", date_to="2020-05-03")) == 2
    seen, cursor = [], None
    while True:
        rows, cursor = reader.events(EventQuery(limit=2, cursor=cursor))
        seen += [r["event_id"] for r in rows]
        if cursor is None:
            break
    assert len(seen) == 5 and len(set(seen)) == 5


def test_search_is_arabic_normalized(tmp_path) -> None:
    db = tmp_path / "m.db"
    with StoreWriter(db) as store:
        store.save(_doc())
    assert StoreReader(db).count(EventQuery(text="قتل")) == 2


def test_search_text_with_control_characters_is_not_an_fts_error(tmp_path) -> None:
    """A NUL inside a quoted FTS5 term ends the query early ("unterminated string")."""
    db = tmp_path / "m.db"
    with StoreWriter(db) as store:
        store.save(_doc())
    assert StoreReader(db).count(EventQuery(text="قت\x00ل")) == 0
    assert StoreReader(db).count(EventQuery(text="\x00قتل\u200b")) == 2


def test_reader_refuses_a_missing_store(tmp_path) -> None:
    with pytest.raises(StoreError):
        StoreReader(tmp_path / "absent.db")


def test_reader_cannot_write(tmp_path) -> None:
    db = tmp_path / "m.db"
    with StoreWriter(db) as store:
        store.save(_doc())
    with pytest.raises(sqlite3.OperationalError):
        StoreReader(db).conn.execute("DELETE FROM events")


def test_closing_the_writer_leaves_planner_statistics(tmp_path) -> None:
    """Narrow queries on a large store stay fast only if SQLite knows its index statistics."""
    db = tmp_path / "m.db"
    with StoreWriter(db) as store:
        store.save(_doc(n_events=3))
    conn = sqlite3.connect(db)
    analysed = {row[0] for row in conn.execute("SELECT idx FROM sqlite_stat1 WHERE tbl = 'events'")}
    conn.close()
    assert {"events_date", "events_sort_date"} <= analysed


def _counted_events(db) -> int:
    conn = sqlite3.connect(db)
    stat = conn.execute("SELECT stat FROM sqlite_stat1 WHERE tbl = 'events' LIMIT 1").fetchone()[0]
    conn.close()
    return int(stat.split()[0])


def test_one_small_article_on_a_large_store_does_not_reanalyse(tmp_path) -> None:
    """An API post of one article must not pay for ANALYZE when the statistics barely change."""
    db = tmp_path / "m.db"
    with StoreWriter(db) as store:
        for n in range(30):
            store.save(_doc(text=f"نص رقم {n}.", doc_id=f"a{n}", n_events=2))
    assert _counted_events(db) == 60
    with StoreWriter(db) as store:
        store.save(_doc(text="نص آخر.", doc_id="late", n_events=2))
        assert not store.statistics_stale()
    assert _counted_events(db) == 60


def test_a_large_addition_refreshes_the_statistics(tmp_path) -> None:
    db = tmp_path / "m.db"
    with StoreWriter(db) as store:
        store.save(_doc(n_events=2))
    with StoreWriter(db) as store:
        for n in range(5):
            store.save(_doc(text=f"نص جديد {n}.", doc_id=f"b{n}", n_events=2))
    assert _counted_events(db) == 12
