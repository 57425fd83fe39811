"""Everyday country names the gazetteer sources lack ("بريطانيا", "أمريكا",
"بورما") place an act in that country, as the formal names do."""

from __future__ import annotations

import pytest
from support import chosen_place as _chosen
from support import geocoded_doc as _doc

from marsad.knowledge.gazetteer import load_gazetteer


@pytest.mark.parametrize(("sentence", "name", "code"), [
    ("تظاهر المئات أمس في بريطانيا احتجاجا على الحرب.", "بريطانيا", "GB"),
    ("وقع إطلاق نار في مدرسة في أميركا أمس.", "أميركا", "US"),
    ("أحرق مسلحون قرى في بورما الأسبوع الماضي.", "بورما", "MM"),
])
def test_everyday_country_name_places_the_country(sentence: str, name: str, code: str):
    place = _chosen(_doc(sentence), name)
    assert (place.feature_class, place.country_code) == ("country", code)


def test_aliases_point_at_country_rows_only():
    gazetteer = load_gazetteer()
    assert {gazetteer.place(i).feature_class for i in gazetteer.ids("بريطانيا")} == {"country"}
