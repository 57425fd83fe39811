"""Build the web map's offline vector basemap from the shared gazetteer sources.

Writes two compact GeoJSON files into `marsad/web/basemap/`:
- `countries.json`: Natural Earth 1:50m country polygons, simplified
  (Douglas-Peucker) and rounded to 0.01 degree, with English and Arabic
  (Unicode CLDR) names and a label point;
- `admin1.json`: first-level division label points (no polygons are
  available offline): OpenSyria governorates for Syria, Who's On First
  regions for the other priority countries.

Usage: python scripts/build_basemap.py [--shared ../shared]
"""

from __future__ import annotations

import argparse
import csv
import gzip
import json
from pathlib import Path

OUT_DIR = Path(__file__).resolve().parent.parent / "marsad" / "web" / "basemap"
TOLERANCE = 0.04  # degrees; about 4 km, invisible at the country zooms the map opens with
PRECISION = 2


def _perpendicular(p: list[float], a: list[float], b: list[float]) -> float:
    (x, y), (x1, y1), (x2, y2) = p, a, b
    dx, dy = x2 - x1, y2 - y1
    if dx == dy == 0:
        return ((x - x1) ** 2 + (y - y1) ** 2) ** 0.5
    return abs(dy * x - dx * y + x2 * y1 - y2 * x1) / (dx * dx + dy * dy) ** 0.5


def simplify(points: list[list[float]], tolerance: float) -> list[list[float]]:
    """Douglas-Peucker (iterative, so long coastlines do not hit the recursion limit)."""
    if len(points) < 3:
        return points
    keep = [False] * len(points)
    keep[0] = keep[-1] = True
    stack = [(0, len(points) - 1)]
    while stack:
        first, last = stack.pop()
        index, dmax = 0, 0.0
        for i in range(first + 1, last):
            d = _perpendicular(points[i], points[first], points[last])
            if d > dmax:
                index, dmax = i, d
        if dmax > tolerance:
            keep[index] = True
            stack += [(first, index), (index, last)]
    return [p for p, k in zip(points, keep, strict=True) if k]


def _ring(ring: list[list[float]]) -> list[list[float]] | None:
    out: list[list[float]] = []
    for x, y in simplify(ring, TOLERANCE):
        q = [round(x, PRECISION), round(y, PRECISION)]
        if not out or out[-1] != q:
            out.append(q)
    return out if len(out) >= 4 else None


def _area_centroid(ring: list[list[float]]) -> tuple[float, float, float]:
    area = cx = cy = 0.0
    for (x1, y1), (x2, y2) in zip(ring, ring[1:], strict=False):
        cross = x1 * y2 - x2 * y1
        area += cross
        cx += (x1 + x2) * cross
        cy += (y1 + y2) * cross
    if area == 0:
        return 0.0, ring[0][0], ring[0][1]
    return abs(area / 2), cx / (3 * area), cy / (3 * area)


def countries(shared: Path) -> dict:
    names_ar = {}
    with open(shared / "data/gazetteer/raw/cldr/cldr47_territory_names.tsv", encoding="utf-8") as f:
        for row in csv.DictReader(f, delimiter="\t"):
            names_ar[row["code"]] = row["name_ar"]
    with gzip.open(shared / "data/gazetteer/raw/naturalearth/ne_50m_admin_0_countries.geojson.gz", "rt") as f:
        source = json.load(f)
    features = []
    for feature in source["features"]:
        props, geom = feature["properties"], feature["geometry"]
        polygons = geom["coordinates"] if geom["type"] == "MultiPolygon" else [geom["coordinates"]]
        kept = []
        for polygon in polygons:
            rings = [r for r in (_ring(ring) for ring in polygon) if r]
            if rings and len(rings[0]) >= 4:
                kept.append(rings)
        if not kept:
            continue
        _, lon, lat = max(_area_centroid(p[0]) for p in kept)
        iso = props.get("ISO_A2") if props.get("ISO_A2") not in (None, "-99") else props.get("ISO_A2_EH")
        features.append({
            "type": "Feature",
            "properties": {
                "name": props["NAME"], "name_ar": names_ar.get(iso or "", props["NAME"]), "iso": iso,
                "label": [round(lon, 2), round(lat, 2)], "min_label": props.get("MIN_LABEL"),
            },
            "geometry": {"type": "MultiPolygon", "coordinates": kept},
        })
    return {"type": "FeatureCollection", "features": features}


def _point(name: str, name_ar: str, iso: str, lon: float, lat: float) -> dict:
    return {
        "type": "Feature",
        "properties": {"name": name, "name_ar": name_ar, "iso": iso},
        "geometry": {"type": "Point", "coordinates": [round(lon, 3), round(lat, 3)]},
    }


def admin1(shared: Path) -> dict:
    raw = shared / "data/gazetteer/raw"
    features = [
        _point(g["name"]["en"], g["name"]["ar"], "SY", g["centroid"]["longitude"], g["centroid"]["latitude"])
        for g in json.loads((raw / "opensyria/governorates.json").read_text(encoding="utf-8"))
    ]
    for path in sorted((raw / "whosonfirst").glob("whosonfirst-data-admin-*.jsonl.gz")):
        with gzip.open(path, "rt", encoding="utf-8") as f:
            for line in f:
                p = json.loads(line)["properties"]
                if p.get("wof:placetype") != "region" or p.get("mz:is_current") == 0 or p.get("wof:country") == "SY":
                    continue
                if p.get("wof:superseded_by"):
                    continue
                lat, lon = p.get("lbl:latitude", p.get("geom:latitude")), p.get("lbl:longitude", p.get("geom:longitude"))
                if lat is None or lon is None:
                    continue
                name = (p.get("name:eng_x_preferred") or [p["wof:name"]])[0]
                name_ar = (p.get("name:ara_x_preferred") or [name])[0]
                features.append(_point(name, name_ar, p.get("wof:country", ""), lon, lat))
    return {"type": "FeatureCollection", "features": features}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=Path("../shared"))
    args = parser.parse_args()
    OUT_DIR.mkdir(parents=True, exist_ok=True)
    for name, data in (("countries.json", countries(args.shared)), ("admin1.json", admin1(args.shared))):
        path = OUT_DIR / name
        path.write_text(json.dumps(data, ensure_ascii=False, separators=(",", ":")), encoding="utf-8")
        print(f"{path}: {len(data['features'])} features, {path.stat().st_size // 1024} KiB")


if __name__ == "__main__":
    main()
