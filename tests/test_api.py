"""HTTP API behaviour: filters, pagination, formats, detail, stats, errors, extract and guarded ingest."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import sys
import types
import warnings

import pytest

from marsad.api import app as app_module
from marsad.api import create_app
from marsad.api.synthetic import synthetic_documents
from marsad.document import Document, Event
from marsad.store.writer import StoreWriter

with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    from fastapi.testclient import TestClient

HAND_TEXT = "قالت مصادر محلية إنّ مسلحين أطلقوا النار على سيارة مدنية قرب أوفانيا.\nوقُتل سائق السيارة على الفور."


def hand_document() -> Document:
    """One handwritten article whose evidence carries diacritics, to test Arabic-normalized search."""
    doc = Document(text=HAND_TEXT, id="hand-1", published=dt.date(2018, 9, 3), title="Hand", outlet="Test")
    start = HAND_TEXT.index("وقُتل")
    doc.events = [Event(
        event_type="Violence against civilians", sub_event_type="Attack", event_date="2018-09-02",
        actor1="Unidentified Armed Group (Syria)", inter1=3, actor2="Civilians (Syria)", inter2=7,
        country="Syria", iso="SY", admin1="Quneitra", location="Ufaniya", location_ar="أوفانيا",
        latitude=33.17, longitude=35.87, fatalities=1, evidence=HAND_TEXT[start:],
        evidence_spans=[(start, len(HAND_TEXT))], notes="driver killed",
    )]
    return doc


@pytest.fixture(scope="module")
def db_path(tmp_path_factory: pytest.TempPathFactory) -> str:
    path = str(tmp_path_factory.mktemp("store") / "marsad.db")
    with StoreWriter(path) as writer:
        for doc in synthetic_documents(40, 3, seed=3):
            writer.save(doc)
        writer.save(hand_document())
    return path


@pytest.fixture(scope="module")
def client(db_path: str) -> TestClient:
    return TestClient(create_app(db_path, token=None))


def all_events(client: TestClient, **params: object) -> list[dict]:
    return client.get("/api/events", params={"limit": 5000, **params}).json()["events"]


def test_events_default_order_is_newest_first(client: TestClient) -> None:
    dates = [e["event_date"] for e in all_events(client)]
    assert len(dates) == 121
    assert dates == sorted(dates, reverse=True)


def test_cursor_pagination_visits_every_event_once(client: TestClient) -> None:
    seen: list[str] = []
    cursor = None
    for _ in range(50):
        params = {"limit": 17, "sort": "-fatalities", **({"cursor": cursor} if cursor else {})}
        page = client.get("/api/events", params=params).json()
        seen += [e["event_id"] for e in page["events"]]
        cursor = page["next_cursor"]
        if not cursor:
            break
    assert len(seen) == len(set(seen)) == 121


@pytest.mark.parametrize(
    ("params", "keep"),
    [
        ({"event_type": "Battles"}, lambda e: e["event_type"] == "Battles"),
        ({"sub_event_type": "Air/drone strike"}, lambda e: e["sub_event_type"] == "Air/drone strike"),
        ({"date_from": "2018-07-10", "date_to": "2018-07-20"}, lambda e: "2018-07-10" <= e["event_date"] <= "2018-07-20"),
        ({"admin1": "daraa"}, lambda e: e["admin1"] == "Daraa"),
        ({"country": "SY"}, lambda e: e["country"] == "Syria"),
        ({"actor": "Russia"}, lambda e: "Russia" in (e["actor1"] or "") + (e["actor2"] or "")),
        ({"inter": 6}, lambda e: 6 in (e["inter1"], e["inter2"])),
        ({"min_fatalities": 20}, lambda e: e["fatalities"] >= 20),
        ({"min_confidence": 0.5}, lambda e: e["confidence"] is not None and e["confidence"] >= 0.5),
        ({"bbox": "36.0,32.0,37.0,33.0"}, lambda e: 36 <= e["longitude"] <= 37 and 32 <= e["latitude"] <= 33),
    ],
)
def test_each_filter_returns_exactly_the_matching_events(client: TestClient, params: dict, keep) -> None:
    everything = all_events(client)
    expected = {e["event_id"] for e in everything if keep(e)}
    got = {e["event_id"] for e in all_events(client, **params)}
    assert expected and got == expected


def test_text_search_ignores_diacritics_and_hamza_forms(client: TestClient) -> None:
    killed = {e["event_id"] for e in all_events(client, q="قتل")}
    assert "hand-1#1" in killed  # evidence has "وقُتل"
    ceasefire = all_events(client, q="اطلاق النار")  # stored as "إطلاق النار"
    assert ceasefire and all(e["sub_event_type"] == "Agreement" for e in ceasefire)


def test_total_counts_all_matches_not_just_the_page(client: TestClient) -> None:
    page = client.get("/api/events", params={"limit": 5, "with_total": True, "event_type": "Protests"}).json()
    assert len(page["events"]) == 5
    assert page["total"] == len(all_events(client, event_type="Protests"))


def test_geojson_format_is_a_feature_collection_of_points(client: TestClient) -> None:
    response = client.get("/api/events", params={"format": "geojson", "limit": 3})
    assert response.headers["content-type"].startswith("application/geo+json")
    body = response.json()
    assert body["type"] == "FeatureCollection" and len(body["features"]) == 3
    feature = body["features"][0]
    event = client.get(f"/api/events/{feature['id'].replace('#', '%23')}").json()["event"]
    assert feature["geometry"] == {"type": "Point", "coordinates": [event["longitude"], event["latitude"]]}
    assert feature["properties"]["event_type"] == event["event_type"]


def test_csv_format_has_header_and_one_row_per_event(client: TestClient) -> None:
    response = client.get("/api/events", params={"format": "csv", "limit": 4})
    assert response.headers["content-type"].startswith("text/csv")
    lines = response.text.strip().split("\n")
    assert lines[0].startswith("event_id,event_date")
    assert len(lines) == 5
    assert response.headers["x-next-cursor"]


def test_csv_format_carries_each_events_confidence(client: TestClient) -> None:
    """Users who filter by confidence in the map need the same number in the file they download."""
    response = client.get("/api/events", params={"format": "csv", "limit": 5, "sort": "-confidence"})
    rows = list(csv.DictReader(io.StringIO(response.text)))
    scores = [float(row["confidence"]) for row in rows]
    assert scores == sorted(scores, reverse=True) and all(0 <= score <= 1 for score in scores)


def test_event_detail_gives_article_and_evidence_offsets(client: TestClient) -> None:
    body = client.get("/api/events/hand-1%231").json()
    assert body["event"]["event_id"] == "hand-1#1"
    assert body["article"]["text"] == HAND_TEXT
    (span,) = body["evidence"]
    assert HAND_TEXT[span["start"]:span["end"]] == span["text"] == body["event"]["evidence"]


def test_article_endpoint_lists_its_events(client: TestClient) -> None:
    body = client.get("/api/articles/syn-3-0").json()
    assert body["article"]["id"] == "syn-3-0"
    assert [e["event_id"] for e in body["events"]] == ["syn-3-0#1", "syn-3-0#2", "syn-3-0#3"]


@pytest.mark.parametrize("path", ["/api/events/nope%231", "/api/articles/nope"])
def test_unknown_ids_are_404_in_the_error_shape(client: TestClient, path: str) -> None:
    response = client.get(path)
    assert response.status_code == 404
    assert set(response.json()) >= {"code", "error", "message"}


def test_stats_sum_to_the_filtered_events(client: TestClient) -> None:
    stats = client.get("/api/stats", params={"admin1": "Homs"}).json()
    events = all_events(client, admin1="Homs")
    assert stats["events"] == len(events)
    assert stats["fatalities"] == sum(e["fatalities"] for e in events)
    assert sum(b["events"] for b in stats["by_day"]) == len(events)
    assert sum(b["events"] for b in stats["by_type"]) == len(events)
    assert stats["by_admin1"] == [{"key": "Homs", "events": len(events), "fatalities": stats["fatalities"]}]


def test_meta_lists_filter_values_and_date_range(client: TestClient) -> None:
    meta = client.get("/api/meta").json()
    assert meta["date_min"] <= meta["date_max"]
    assert "Syria" in meta["countries"] and "Quneitra" in meta["admin1"]
    assert meta["ingest_enabled"] is False


@pytest.mark.parametrize(
    "params",
    [
        {"bbox": "1,2,3"}, {"bbox": "10,0,5,1"}, {"date_from": "2018-13-01"}, {"inter": 9},
        {"sort": "id"}, {"cursor": "not-a-cursor"}, {"limit": 0}, {"format": "xml"},
        {"date_from": "2018-08-02", "date_to": "2018-08-01"}, {"min_fatalities": -1},
        {"date_to": "0"}, {"q": " ".join(["قصف"] * 13)},
    ],
)
def test_invalid_parameters_are_422_with_a_message(client: TestClient, params: dict) -> None:
    response = client.get("/api/events", params=params)
    assert response.status_code == 422
    body = response.json()
    assert body["message"] and body["code"] and body["error"]


def test_missing_store_is_503_with_instructions(tmp_path) -> None:
    response = TestClient(create_app(str(tmp_path / "none.db"))).get("/api/events")
    assert response.status_code == 503
    assert "marsad ingest" in response.json()["message"]


def fake_pipeline(monkeypatch: pytest.MonkeyPatch) -> list[dict]:
    """Replace marsad.pipeline.extract_text; returns the list of calls it receives."""
    calls: list[dict] = []

    def extract_text(text: str, **kwargs: object) -> Document:
        calls.append({"text": text, **kwargs})
        doc = hand_document()
        doc.text, doc.id = text, str(kwargs.get("id") or "posted")
        doc.events[0].evidence_spans = [(0, len(text))]
        return doc

    monkeypatch.setitem(sys.modules, "marsad.pipeline", types.SimpleNamespace(extract_text=extract_text))
    return calls


def test_extract_returns_events_and_stores_nothing(client: TestClient, monkeypatch: pytest.MonkeyPatch) -> None:
    calls = fake_pipeline(monkeypatch)
    before = client.get("/api/stats").json()["events"]
    response = client.post("/api/extract", json={"text": "نص تجريبي", "published": "2018-09-03"})
    assert response.status_code == 200
    assert response.json()["events"][0]["sub_event_type"] == "Attack"
    assert calls[0]["published"] == dt.date(2018, 9, 3)
    assert client.get("/api/stats").json()["events"] == before


def test_extract_rejects_bad_bodies_with_422(client: TestClient) -> None:
    assert client.post("/api/extract", json={"text": ""}).status_code == 422
    assert client.post("/api/extract", json={"text": "x", "published": "soon"}).status_code == 422
    assert client.post("/api/extract", content=b"{not json", headers={"content-type": "application/json"}).status_code == 422


def test_ingest_is_forbidden_without_a_configured_token(client: TestClient) -> None:
    response = client.post("/api/articles", json={"text": "نص"})
    assert response.status_code == 403
    assert "--token" in response.json()["message"]


def test_ingest_needs_the_bearer_token_and_writes_through_the_store(tmp_path, monkeypatch) -> None:
    fake_pipeline(monkeypatch)
    path = tmp_path / "ingest.db"
    with StoreWriter(path) as writer:
        writer.save(hand_document())
    client = TestClient(create_app(str(path), token="s3cret"))
    assert client.get("/api/stats").json()["events"] == 1  # now cached
    body = {"text": "خبر جديد عن حادثة", "id": "new-1"}
    assert client.post("/api/articles", json=body).status_code == 401
    assert client.post("/api/articles", json=body, headers={"Authorization": "Bearer wrong"}).status_code == 401
    response = client.post("/api/articles", json=body, headers={"Authorization": "Bearer s3cret"})
    assert response.status_code == 201
    assert response.json() == {"article_id": "new-1", "outcome": "stored", "events": 1}
    assert client.get("/api/events/new-1%231").json()["article"]["text"] == body["text"]
    assert client.get("/api/stats").json()["events"] == 2  # the write invalidated the cached stats


def test_token_from_environment_enables_ingest(tmp_path, monkeypatch) -> None:
    monkeypatch.setenv("MARSAD_TOKEN", "envtoken")
    client = TestClient(create_app(str(tmp_path / "x.db")))
    assert client.get("/api/meta").status_code == 503  # store absent, but the app builds
    assert client.post("/api/articles", json={"text": "نص"}).status_code == 401


def test_oversized_body_is_413(db_path: str) -> None:
    client = TestClient(create_app(db_path, max_body_bytes=1000))
    response = client.post("/api/extract", content=json.dumps({"text": "ا" * 2000}).encode(),
                           headers={"content-type": "application/json"})
    assert response.status_code == 413
    assert response.json()["code"] == "H413"


def test_index_page_is_served_with_the_app_shell(client: TestClient) -> None:
    response = client.get("/")
    assert response.status_code == 200
    assert 'id="map"' in response.text and "/static/app.js" in response.text


def test_index_page_explains_how_to_build_a_missing_bundle(tmp_path, monkeypatch, client: TestClient) -> None:
    (tmp_path / "templates").mkdir()
    for name in ("index.html", "missing_bundle.html"):
        (tmp_path / "templates" / name).write_text((app_module.WEB_DIR / "templates" / name).read_text())
    monkeypatch.setattr(app_module, "WEB_DIR", tmp_path)
    text = client.get("/").text
    assert "scripts/build_web.sh" in text and "bundle-missing" in text


def test_openapi_docs_are_published(client: TestClient) -> None:
    assert client.get("/docs").status_code == 200
    paths = client.get("/openapi.json").json()["paths"]
    assert {"/api/events", "/api/stats", "/api/extract", "/api/articles"} <= set(paths)
