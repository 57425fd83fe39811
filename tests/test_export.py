"""Exports: ACLED's columns in ACLED's order, valid GeoJSON, readable Arabic JSONL."""

import csv
import io
import json

from marsad.export import ACLED_COLUMNS, write_events

ROW = {
    "id": 7, "event_id": "a#1", "event_date": "2018-07-30", "year": 2018, "time_precision": 1,
    "disorder_type": "Political violence", "event_type": "Battles",
    "sub_event_type": "Government regains territory", "actor1": "Military Forces of Syria (2000-)",
    "inter1": 1, "actor2": "Islamic State (Syria)", "inter2": 2, "interaction": 12, "iso": "SY",
    "country": "Syria", "admin1": "Daraa", "location": "Ash Shajarah", "latitude": 32.774,
    "longitude": 35.882, "geo_precision": 1, "fatalities": 0, "notes": "retook", "background": False,
    "evidence": "بسطت سيطرتها", "search_text": "x",
}


def test_acled_csv_has_acled_columns_in_order_and_iso3_ids() -> None:
    out = io.StringIO()
    write_events([ROW], out, "acled-csv")
    rows = list(csv.reader(io.StringIO(out.getvalue())))
    assert tuple(rows[0]) == ACLED_COLUMNS
    record = dict(zip(rows[0], rows[1], strict=True))
    assert record["event_id_cnty"] == "SYR7"
    assert record["region"] == "Middle East" and record["admin3"] == ""


def test_geojson_points_are_lon_lat() -> None:
    out = io.StringIO()
    write_events([ROW], out, "geojson")
    feature = json.loads(out.getvalue())["features"][0]
    assert feature["geometry"]["coordinates"] == [35.882, 32.774]
    assert "search_text" not in feature["properties"]


def test_jsonl_keeps_arabic_unescaped() -> None:
    out = io.StringIO()
    write_events([ROW], out, "jsonl")
    assert "بسطت سيطرتها" in out.getvalue()
