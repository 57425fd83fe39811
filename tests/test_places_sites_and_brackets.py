"""Scenes named beside a wider unit: a struck air base inside a region, a
town with its country in brackets, a road junction named after a town,
and capitals that deny or launch an act rather than host it."""

from __future__ import annotations

import datetime as dt

from support import place_doc as _doc
from support import place_names as _names

from marsad.pipeline import extract_text

PUBLISHED = dt.date(2018, 5, 8)


def _scenes(text: str) -> list[tuple[str | None, int]]:
    return [(e.location, e.geo_precision) for e in extract_text(text, published=PUBLISHED).events]


def _flagged(text: str, surface: str) -> bool:
    return next(m.attrs["in_title"] for m in _doc(text).of_kind("place") if m.attrs["surface_ar"] == surface)


def test_an_air_base_struck_is_the_scene_not_the_region_placing_it():
    text = "وتعرض مطار التيفور العسكري في وسط سوريا فجر اليوم إلى غارات جوية أوقعت قتلى."
    assert _scenes(text) == [("T4 (Tiyas) air base", 1)]


def test_an_air_base_as_the_object_of_the_strike_is_the_scene():
    text = "وقصفت طائرات حربية قاعدة الشعيرات الجوية في وسط سوريا صباح اليوم."
    assert _scenes(text) == [("Al-Shayrat air base", 1)]


def test_a_region_stays_when_no_site_is_named():
    text = "وقصفت طائرات حربية مواقع في وسط سوريا صباح اليوم."
    assert _scenes(text) == [("Central Syria", 3)]


def test_a_country_in_brackets_after_a_town_places_the_town():
    text = "وعاشت مدينة ليون (شرق فرنسا) ليلة من الفوضى بعد مقتل شاب برصاص شرطي مساء أمس."
    assert [place for place, _ in _scenes(text)] == ["Lyon"]


def test_a_junction_named_after_a_town_is_near_that_town():
    doc = _doc("وسيطرت القوات على مفرق المخا بعد معارك عنيفة.")
    assert "مفرق" not in _names(doc) and "المخا" in _names(doc)
    assert "المفرق" in _names(_doc("وهاجم مسلحون دورية للشرطة في مدينة المفرق."))


def test_a_capital_that_denies_or_launches_an_act_is_not_its_scene():
    assert _flagged("وتحدث ناشطون عن قصف بغازات سامة، الأمر الذي سارعت دمشق إلى نفيه.", "دمشق")
    assert _flagged("وقتل عشرون مدنيا في غارات شنتها دمشق وحلفاؤها على البلدة.", "دمشق")
    assert not _flagged("وقتل عشرون مدنيا في غارات شنتها الطائرات على دمشق.", "دمشق")
