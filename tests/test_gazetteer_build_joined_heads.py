"""Build rule 14: names after a head noun the news writes joined to the next
word (كفر، خان، دير) are found in both forms."""

from __future__ import annotations

from support import geocoded_doc, script_module

from marsad.knowledge.gazetteer import load_gazetteer
from marsad.text import normalize


def test_build_joins_and_splits_the_joinable_heads():
    module = script_module("build_gazetteer")
    assert module.joined_variants("كفر نبوده") == ["كفرنبوده"]
    assert module.joined_variants("خانطومان") == ["خان طومان"]
    assert module.joined_variants("كفر الشيخ") == []  # not written joined with the article
    assert module.joined_variants("ديرك") == []  # too short to hold a second word
    assert module.joined_variants("تل ابيض") == []  # not a joinable head


def test_shipped_gazetteer_finds_both_forms_of_a_joined_name():
    gazetteer = load_gazetteer()
    joined, apart = gazetteer.lookup(normalize("كفرنبودة")), gazetteer.lookup(normalize("كفر نبودة"))
    assert joined and {p.gid for p in joined} == {p.gid for p in apart}


def test_joined_spelling_after_a_cue_is_placed_in_its_country():
    doc = geocoded_doc("قصفت المدفعية بلدة كفرنبودة في ريف حماة الشمالي صباح اليوم.")
    places = [m.attrs["place"] for m in doc.of_kind("place") if m.attrs.get("place")]
    assert any(p.country_code == "SY" and p.admin1 == "Hama" for p in places)
