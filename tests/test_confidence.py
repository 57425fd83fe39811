"""The confidence stage and model: every event gets a score, copies carry the marks the
model learnt, the model file is validated, and stores filter and migrate on confidence."""

import datetime as dt
import sqlite3

import pytest

from marsad.document import Document, Event
from marsad.errors import KnowledgeError, StoreError
from marsad.export.writers import acled_row
from marsad.knowledge.confidence import ConfidenceModel, load_confidence_model, validate_confidence_model
from marsad.pipeline import extract_text
from marsad.stages.confidence import bucket, event_features
from marsad.store import EventQuery, StoreReader, StoreWriter

REPORT = (
    "قتل خمسة مدنيين وأصيب عشرة آخرون أمس الثلاثاء في غارة جوية استهدفت سوقا شعبيا في مدينة إدلب، "
    "وفق ما أفاد المرصد السوري لحقوق الإنسان."
)


def _event(start: int, **fields: object) -> Event:
    values = {"event_type": "Battles", "sub_event_type": "Armed clash", "event_date": "2018-07-02",
              "location": "Idlib", "evidence": "اشتباكات عنيفة", "evidence_spans": [(start, start + 10)]}
    values.update(fields)
    return Event(**values)


def test_every_extracted_event_gets_a_confidence_between_0_and_1() -> None:
    doc = extract_text(REPORT, published=dt.date(2018, 7, 4))
    assert doc.events
    assert all(event.confidence is not None and 0 <= event.confidence <= 1 for event in doc.events)
    assert "confidence" in doc.events[0].to_dict()


def test_an_event_sharing_an_earlier_events_sentence_place_and_day_is_marked_so() -> None:
    doc = Document(text="x" * 200, published=dt.date(2018, 7, 3))
    first, copy = _event(0), _event(0)
    features = event_features(copy, 1, [first, copy], doc)
    assert {"same_spans", "same_sentence", "same_type_place", "same_place_day", "same_sub_type_place_day"} <= set(features)
    assert not {"same_spans", "same_sentence"} & set(event_features(first, 0, [first, copy], doc))


def test_a_blank_trigger_adds_no_trigger_feature() -> None:
    doc = Document(text="x" * 50)
    features = event_features(_event(0, trigger=" "), 0, [_event(0)], doc)
    assert not [name for name in features if name.startswith("trigger=")]


def test_day_lag_is_unknown_without_a_publication_date() -> None:
    doc = Document(text="x" * 50)
    assert "lag=none" in event_features(_event(0), 0, [_event(0)], doc)


def test_an_event_whose_sentence_names_its_day_or_town_is_marked_anchored() -> None:
    dated = extract_text(REPORT, published=dt.date(2018, 7, 4))
    assert "anchored" in event_features(dated.events[0], 0, dated.events, dated)
    unmentioned = Document(text="اشتباكات متقطعة بين الفصائل منذ سنوات", published=dt.date(2018, 7, 4))
    assert "anchored" not in event_features(_event(0), 0, [_event(0)], unmentioned)


def test_buckets_put_a_value_in_the_first_edge_it_does_not_exceed() -> None:
    assert [bucket(value, (0, 1, 5)) for value in (0, 1, 3, 9)] == ["0", "1", "2", "3"]


def test_a_feature_with_a_positive_weight_raises_the_probability() -> None:
    model = ConfidenceModel(weights={"bias": 0.0, "good": 2.0, "bad": -2.0})
    assert model.probability({"bias": 1.0}) == pytest.approx(0.5)
    assert model.probability({"bias": 1.0, "good": 1.0}) > 0.5 > model.probability({"bias": 1.0, "bad": 1.0})
    assert model.probability({"bad": 1000.0}) == pytest.approx(0.0)  # no overflow at extreme scores
    assert model.probability({"good": 1000.0}) == pytest.approx(1.0)


def test_the_packaged_model_loads_and_records_its_held_out_score() -> None:
    model = load_confidence_model()
    assert "bias" in model.weights and len(model.weights) > 100


@pytest.mark.parametrize(
    "data",
    [
        [],
        {"weights": {"bias": 1.0}},  # no trained_on / held_out
        {"weights": {"x": 1.0}, "trained_on": {}, "held_out": {}},  # no bias
        {"weights": {"bias": "high"}, "trained_on": {}, "held_out": {}},
        {"weights": {"bias": float("nan")}, "trained_on": {}, "held_out": {}},
    ],
)
def test_the_validator_refuses_a_malformed_model(data: object) -> None:
    with pytest.raises(KnowledgeError):
        validate_confidence_model(data)


def _stored(tmp_path, confidences: list[float | None]):
    db = tmp_path / "m.db"
    doc = Document(text="نص الخبر.", id="a1", published=dt.date(2018, 7, 4))
    doc.events = [_event(i, confidence=value, event_date=f"2018-07-0{i + 1}") for i, value in enumerate(confidences)]
    with StoreWriter(db) as store:
        store.save(doc)
    return db


def test_the_store_keeps_confidence_and_filters_and_sorts_on_it(tmp_path) -> None:
    db = _stored(tmp_path, [0.9, 0.2, None])
    reader = StoreReader(db)
    kept, _ = reader.events(EventQuery(min_confidence=0.5))
    assert [row["confidence"] for row in kept] == [0.9]
    ranked, _ = reader.events(EventQuery(sort="-confidence"))
    assert [row["confidence"] for row in ranked] == [0.9, 0.2, None]


def test_a_store_written_before_confidence_is_migrated_by_the_next_writer(tmp_path) -> None:
    db = _stored(tmp_path, [0.9])
    with sqlite3.connect(db) as conn:  # make it a version-1 file
        conn.execute("ALTER TABLE events DROP COLUMN confidence")
        conn.execute("UPDATE meta SET value = '1' WHERE key = 'schema_version'")
    with pytest.raises(StoreError, match="predates event confidence"):
        StoreReader(db).events(EventQuery(min_confidence=0.5))
    with pytest.raises(StoreError, match="predates event confidence"):
        StoreReader(db).events(EventQuery(sort="-confidence"))
    StoreWriter(db).close()
    with sqlite3.connect(db) as conn:
        assert conn.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone()[0] == "2"
    rows, _ = StoreReader(db).events(EventQuery(min_confidence=0.0))
    assert rows == []  # events stored before the column have no confidence, so no cut keeps them
    assert len(StoreReader(db).events()[0]) == 1


def test_the_acled_csv_carries_confidence_in_its_tags() -> None:
    assert acled_row({"id": 1, "background": True, "confidence": 0.4567})["tags"] == "background; confidence=0.46"
    assert acled_row({"id": 1, "background": False, "confidence": None})["tags"] == ""
