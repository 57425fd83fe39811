"""Geocoding: a village named inside a governorate or town with no unit word lies there."""

from __future__ import annotations

from support import chosen_place as _chosen
from support import geocoded_doc as _doc

from marsad.knowledge.gazetteer import load_gazetteer


def test_village_in_a_governorates_countryside_is_not_a_namesake_across_the_country():
    # the gazetteer spells the Quneitra village with its article and a bare namesake lies in Al-Hasakah
    doc = _doc("قصفت قوات النظام قرية قصيبة في ريف القنيطرة الأوسط.")
    place = _chosen(doc, "قصيبة")
    assert (place.country_code, place.admin1) == ("SY", "Quneitra")


def test_one_word_article_variants_add_or_drop_the_article():
    gazetteer = load_gazetteer()
    assert any(p.admin1 == "Quneitra" for p in gazetteer.article_variants("قصيبه"))
    assert all(p.name != "Qusaybah" for p in gazetteer.article_variants("قصيبه"))
