"""Build rule 13 is on for Yemen: its villages known only in Latin letters are found by their Arabic name."""

from __future__ import annotations

from support import geocoded_doc, script_module

from marsad.knowledge.gazetteer import load_gazetteer


def test_build_reads_yemeni_romanizations_back_by_default():
    module = script_module("build_gazetteer")
    assert "YE" in module.READ_BACK_COUNTRIES
    rows = [
        {"gid": "v1", "country_code": "YE", "names_latin": "Bayt al Ḩaddād|Bayt al Haddad"},
        {"gid": "v2", "country_code": "OM", "names_latin": "Wādī Ţūr"},
    ]
    names: dict[str, list[str]] = {"v1": [], "v2": []}
    assert module.add_latin_names(rows, names, set(module.READ_BACK_COUNTRIES)) == {"v1"}
    assert names == {"v1": ["بيت الحداد"], "v2": []}


def test_shipped_gazetteer_holds_read_back_yemeni_villages():
    assert any(p.country_code == "YE" and p.feature_class == "village" for p in load_gazetteer().lookup("الوهط"))


def test_read_back_village_after_a_cue_is_placed_in_yemen():
    doc = geocoded_doc("اندلعت اشتباكات عنيفة في منطقة الوهط بمحافظة لحج.")
    places = [m.attrs["place"] for m in doc.of_kind("place") if m.attrs.get("place")]
    assert any(p.country_code == "YE" and p.feature_class == "village" and p.admin1 == "Lahij" for p in places)
