"""Build rules 2 and 7: the English name an event shows is the current one
(not a historical epithet) without romanization marks, and police-station
names are not places."""

from __future__ import annotations

import gzip
import json
from pathlib import Path

from support import script_module

from marsad.knowledge.gazetteer import load_gazetteer
from marsad.text import normalize


def _row(name: str, latin: str, feature_class: str = "town", gid: str = "wof:1") -> dict[str, str]:
    return {"gid": gid, "name": name, "names_latin": latin, "feature_class": feature_class}


def test_a_historical_english_name_gives_way_to_the_current_one(tmp_path: Path):
    module = script_module("build_gazetteer")
    records = [
        {"wof:id": 1, "wof:name": "Al Qaryah", "name:eng_x_preferred": ["Old Town of Kings"],
         "name:eng_x_historical": ["Old Town of Kings"], "name:eng_x_variant": ["Qarya", "Al Qaryah"]},
        {"wof:id": 2, "wof:name": "Tall Ahmar", "name:eng_x_preferred": ["Red Hill"],
         "name:eng_x_historical": ["Red Hill"]},
        {"wof:id": 3, "wof:name": "Bayt", "name:eng_x_preferred": ["Bayt"], "name:eng_x_historical": ["Beth"]},
    ]
    with gzip.open(tmp_path / "whosonfirst-data-admin-xx.jsonl.gz", "wt", encoding="utf-8") as handle:
        for props in records:
            handle.write(json.dumps({"path": "x", "properties": props}, ensure_ascii=False) + "\n")
    current = module.current_wof_names(tmp_path)
    assert current == {"wof:1": "Qarya", "wof:2": "Tall Ahmar"}
    assert module.english_name(_row("Old Town of Kings", "Old Town of Kings|Qarya"), current) == "Qarya"
    # admin units keep the source's name: other rows' admin columns spell it so
    assert module.english_name(_row("Old Town of Kings", "", "admin2"), current) == "Old Town of Kings"


def test_romanization_marks_are_dropped_when_the_source_has_the_plain_form():
    module = script_module("build_gazetteer")
    assert module.english_name(_row("Ar Ruţbah", "Ar Ruţbah|Ar Rutbah"), {}) == "Ar Rutbah"
    assert module.english_name(_row("Al Kāz̧imīyah", "Al Kazimiyah"), {}) == "Al Kazimiyah"
    assert module.english_name(_row("Kāfūr", "Kāfūr"), {}) == "Kāfūr"  # no plain form listed
    assert module.english_name(_row("Sévaré", "Sévaré|Sevare"), {}) == "Sévaré"  # not a romanization mark


def test_police_station_names_are_no_place_names():
    module = script_module("build_gazetteer")
    assert module.station_name("قسم شرطة ميناء المدينة", "admin2") == ""
    assert module.station_name("مركز شرطة القرية", "village") == "القرية"
    assert module.station_name("شرطة", "village") == "شرطة"


def test_shipped_gazetteer_names_arish_and_has_no_police_districts():
    gazetteer = load_gazetteer()
    arish = [p for p in gazetteer.lookup(normalize("العريش")) if p.country_code == "EG"]
    assert arish and all(p.name == "Arish" for p in arish if p.feature_class == "city")
    assert not gazetteer.lookup(normalize("قسم شرطة ميناء السويس"))
