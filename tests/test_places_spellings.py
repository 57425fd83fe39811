"""Reviewed spelling variants of well-known towns (regions.tsv) are found and placed."""

from __future__ import annotations

from support import chosen_place as _chosen
from support import geocoded_doc as _doc


def test_jindires_spelled_with_the_vowel_moved_is_the_afrin_town():
    doc = _doc("اندلعت اشتباكات عنيفة على أطراف بلدة جندريس أمس.")
    place = _chosen(doc, "جندريس")
    assert (place.country_code, place.admin1, place.feature_class) == ("SY", "Aleppo", "town")
    assert abs(place.lat - 36.39) < 0.05
