"""Event rows rendered as GeoJSON or CSV for `GET /api/events?format=...`."""

from __future__ import annotations

import csv
import io
import json
from typing import Any

# CSV columns in ACLED-like order; nested values (evidence spans) are JSON-encoded.
CSV_COLUMNS: tuple[str, ...] = (
    "event_id", "event_date", "year", "time_precision", "disorder_type", "event_type", "sub_event_type",
    "actor1", "inter1", "assoc_actor_1", "actor2", "inter2", "assoc_actor_2", "interaction",
    "civilian_targeting", "iso", "country", "admin1", "admin2", "location", "location_ar",
    "latitude", "longitude", "geo_precision", "source", "notes", "fatalities", "fatalities_text",
    "fatalities_low", "fatalities_high", "wounded", "captured", "background", "evidence",
    "evidence_spans", "article_id", "confidence",
)


def to_geojson(events: list[dict[str, Any]], next_cursor: str | None) -> dict[str, Any]:
    """A FeatureCollection; events without coordinates get a null geometry (valid GeoJSON)."""
    features = []
    for event in events:
        props = {k: v for k, v in event.items() if k not in ("latitude", "longitude")}
        geometry = None
        if event.get("latitude") is not None and event.get("longitude") is not None:
            geometry = {"type": "Point", "coordinates": [event["longitude"], event["latitude"]]}
        features.append({"type": "Feature", "id": event["event_id"], "geometry": geometry, "properties": props})
    return {"type": "FeatureCollection", "features": features, "next_cursor": next_cursor}


def to_csv(events: list[dict[str, Any]]) -> str:
    """CSV text with a header row; spans become JSON so the file stays one row per event."""
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=CSV_COLUMNS, extrasaction="ignore", lineterminator="\n")
    writer.writeheader()
    for event in events:
        row = dict(event)
        row["evidence_spans"] = json.dumps(row.get("evidence_spans") or [])
        writer.writerow(row)
    return out.getvalue()
