"""Export stored events (rows from `StoreReader.events`) to files.

The ACLED CSV uses ACLED's public column names in ACLED's order, empty where
Marsad does not know a value, so tools built for ACLED data load it as is.
"""

from __future__ import annotations

import csv
import json
from collections.abc import Callable, Iterable
from typing import Any, TextIO

from marsad import acled

ACLED_COLUMNS: tuple[str, ...] = (
    "event_id_cnty", "event_date", "year", "time_precision", "disorder_type", "event_type",
    "sub_event_type", "actor1", "assoc_actor_1", "inter1", "actor2", "assoc_actor_2", "inter2",
    "interaction", "civilian_targeting", "iso", "region", "country", "admin1", "admin2", "admin3",
    "location", "latitude", "longitude", "geo_precision", "source", "source_scale", "notes",
    "fatalities", "tags", "timestamp",
)

# Marsad fields kept in JSON exports but not in ACLED's CSV layout.
_INTERNAL = {"id", "search_text"}


def acled_tags(row: dict[str, Any]) -> str | None:
    """ACLED's free-text `tags` cell: whether the event is background, and its confidence."""
    tags = ["background"] if row.get("background") else []
    if row.get("confidence") is not None:
        tags.append(f"confidence={row['confidence']:.2f}")
    return "; ".join(tags) or None


def acled_row(row: dict[str, Any]) -> dict[str, Any]:
    """One stored event as an ACLED CSV row."""
    iso3 = acled.iso3(row.get("iso")) or "XXX"
    inter2 = row.get("inter2") or 0
    out = {
        "event_id_cnty": f"{iso3}{row['id']}" if row.get("id") is not None else row.get("event_id"),
        "event_date": row.get("event_date"),
        "year": row.get("year"),
        "time_precision": row.get("time_precision"),
        "disorder_type": row.get("disorder_type"),
        "event_type": row.get("event_type"),
        "sub_event_type": row.get("sub_event_type"),
        "actor1": row.get("actor1"),
        "assoc_actor_1": row.get("assoc_actor_1"),
        "inter1": row.get("inter1"),
        "actor2": row.get("actor2"),
        "assoc_actor_2": row.get("assoc_actor_2"),
        "inter2": inter2,
        "interaction": row.get("interaction"),
        "civilian_targeting": row.get("civilian_targeting"),
        "iso": row.get("iso"),
        "region": acled.region(row.get("iso")),
        "country": row.get("country"),
        "admin1": row.get("admin1"),
        "admin2": row.get("admin2"),
        "admin3": None,
        "location": row.get("location"),
        "latitude": row.get("latitude"),
        "longitude": row.get("longitude"),
        "geo_precision": row.get("geo_precision"),
        "source": row.get("source") or row.get("outlet"),
        "source_scale": None,
        "notes": row.get("notes"),
        "fatalities": row.get("fatalities") or 0,
        "tags": acled_tags(row),
        "timestamp": None,
    }
    return {key: ("" if value is None else value) for key, value in out.items()}


def write_acled_csv(rows: Iterable[dict[str, Any]], out: TextIO) -> int:
    writer = csv.DictWriter(out, fieldnames=ACLED_COLUMNS)
    writer.writeheader()
    count = 0
    for row in rows:
        writer.writerow(acled_row(row))
        count += 1
    return count


def _public(row: dict[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in row.items() if key not in _INTERNAL}


def write_jsonl(rows: Iterable[dict[str, Any]], out: TextIO) -> int:
    count = 0
    for row in rows:
        out.write(json.dumps(_public(row), ensure_ascii=False) + "\n")
        count += 1
    return count


def geojson_feature(row: dict[str, Any]) -> dict[str, Any]:
    """A GeoJSON Feature for one event (null geometry when it has no coordinates)."""
    geometry = None
    if row.get("latitude") is not None and row.get("longitude") is not None:
        geometry = {"type": "Point", "coordinates": [row["longitude"], row["latitude"]]}
    return {"type": "Feature", "id": row.get("event_id"), "geometry": geometry, "properties": _public(row)}


def write_geojson(rows: Iterable[dict[str, Any]], out: TextIO) -> int:
    """A FeatureCollection, streamed feature by feature to keep memory flat."""
    out.write('{"type": "FeatureCollection", "features": [\n')
    count = 0
    for row in rows:
        if count:
            out.write(",\n")
        out.write(json.dumps(geojson_feature(row), ensure_ascii=False))
        count += 1
    out.write("\n]}\n")
    return count


FORMATS: dict[str, Callable[[Iterable[dict[str, Any]], TextIO], int]] = {
    "acled-csv": write_acled_csv,
    "geojson": write_geojson,
    "jsonl": write_jsonl,
}


def write_events(rows: Iterable[dict[str, Any]], out: TextIO, fmt: str) -> int:
    """Write rows in one of FORMATS and return how many were written."""
    return FORMATS[fmt](rows, out)
