"""Build rule 16: names a source lists for a place by mistake, and rows
filed under the wrong country or without real coordinates, are not shipped."""

from __future__ import annotations

from support import script_module

from marsad.knowledge.gazetteer import load_gazetteer
from marsad.text import normalize


def _row(gid: str, feature_class: str, country: str, lat: float, lon: float) -> dict[str, str]:
    return {"gid": gid, "feature_class": feature_class, "country_code": country, "lat": str(lat), "lon": str(lon)}


def test_build_drops_a_row_far_from_every_unit_of_its_country():
    module = script_module("build_gazetteer")
    rows = [
        _row("a1", "admin1", "YE", 15.35, 44.2),
        _row("a2", "admin1", "YE", 12.8, 45.0),
        _row("c1", "city", "YE", 14.8, 42.95),
        _row("v1", "village", "YE", 13.6, 44.0),  # in Yemen
        _row("v2", "village", "YE", 0.25, 0.78),  # no real coordinates
        _row("i1", "admin1", "IR", 35.7, 51.4),
        _row("i2", "admin1", "IR", 29.6, 52.5),
        _row("i3", "city", "IR", 38.1, 46.3),
        _row("t1", "town", "IR", 51.84, -8.3),  # a town of Ireland filed under Iran
        _row("t2", "town", "IR", 27.2, 56.3),  # Bandar Abbas, in Iran
        _row("x1", "town", "XX", 0.25, 0.78),  # a country without enough units to judge by
        _row("yem", "country", "YE", 15.5, 47.5),
    ]
    kept = {row["gid"] for row in module.drop_stray_rows(rows)}
    assert kept == {"a1", "a2", "c1", "v1", "yem", "i1", "i2", "i3", "t2", "x1"}


def test_build_skips_a_name_listed_for_the_place_by_mistake():
    module = script_module("build_gazetteer")
    algiers = {"gid": "wof:421174649", "feature_class": "city", "name_ar": "الجزائر", "names_ar": "الجزيرة|دزاير",
               "country_code": "DZ"}
    assert module.keep_names(algiers) == ["الجزاير", "دزاير"]


def test_shipped_gazetteer_has_no_algiers_island_and_no_irish_town_in_iran():
    gazetteer = load_gazetteer()
    assert all(p.country_code != "DZ" for p in gazetteer.lookup(normalize("الجزيرة")))
    assert all(p.country_code == "DZ" for p in gazetteer.lookup(normalize("الجزائر")) if p.feature_class == "city")
    assert all(p.country_code != "IR" for p in gazetteer.lookup(normalize("كوف")))


def test_the_island_town_of_turkish_news_is_cizre():
    # "بلدة الجزيرة" in Turkish news is Cizre (جزيرة ابن عمر), no longer Algiers.
    towns = [p for p in load_gazetteer().lookup(normalize("الجزيرة")) if p.country_code == "TR"]
    assert [p.name for p in towns] == ["Cizre"]
