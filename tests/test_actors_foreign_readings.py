"""Ambiguous aliases ("المقاومة", "التحالف", "القوات المشتركة") are read for the country
of the places around them, and never as a group known only in other countries."""

from __future__ import annotations

import datetime as dt

from marsad.knowledge.actors import NOT_ACTOR, choose_key, load_catalogue, validate_catalogue
from marsad.pipeline import extract_text
from marsad.text import normalize

DAY = dt.date(2016, 9, 3)


def _keys(alias: str) -> tuple[str, ...]:
    return tuple(load_catalogue().aliases[normalize(alias)])


def test_resistance_in_a_syrian_story_is_no_foreign_group():
    assert choose_key(_keys("المقاومة"), "SY", frozenset({"SY"})) == NOT_ACTOR


def test_reading_fitting_the_article_country_still_wins():
    assert choose_key(_keys("المقاومة"), "YE", frozenset({"YE", "SA"})) == "popular_resistance_ye"
    assert choose_key(_keys("المقاومة"), "PS", frozenset({"PS"})) == "pal_factions"


def test_places_around_the_alias_pick_the_reading_when_the_article_country_fits_none():
    assert choose_key(_keys("قوات التحالف"), "US", frozenset({"US", "SY"})) == "coalition_global"
    assert choose_key(_keys("القوات المشتركة"), "SA", frozenset({"YE"})) == "popular_resistance_ye"


def test_country_free_reading_beats_a_foreign_one():
    assert choose_key(_keys("القوات المشتركة"), "SY", frozenset({"SY"})) == "statenoun:military"


def test_first_reading_kept_before_places_are_known():
    assert choose_key(_keys("المقاومة"), "SY") == "popular_resistance_ye"


def test_fallback_setting_is_valid():
    assert not [p for p in validate_catalogue() if "foreign_reading_fallback" in p]


def test_syrian_story_never_names_yemens_resistance():
    text = ("استهدفت طائرات حربية تابعة للنظام السوري، السبت، مواقع المقاومة في بلدة كفرنبل بريف إدلب، "
            "ما أسفر عن مقتل أربعة مقاتلين.")
    doc = extract_text(text, published=DAY)
    names = {m.value.name for m in doc.of_kind("actor") if m.value is not None}
    assert doc.events
    assert "Popular Resistance (Yemen)" not in names
    assert all("Yemen" not in str(e.actor2) for e in doc.events)


def test_yemeni_story_keeps_its_resistance():
    text = "هاجمت المقاومة الشعبية، الجمعة، مواقع لمسلحي الحوثي في مديرية الوازعية غرب تعز، وقتلت خمسة منهم."
    doc = extract_text(text, published=DAY)
    assert any(e.actor1 == "Popular Resistance (Yemen)" for e in doc.events)


def test_named_other_side_tells_which_countrys_resistance_it_is():
    text = "تصدت المقاومة الشعبية لهجوم شنته قوات الدعم السريع على قرية أم طلحة، وقتلت خمسة من المهاجمين."
    doc = extract_text(text, published=dt.date(2024, 5, 3))
    names = [m.value.name for m in doc.of_kind("actor") if m.text == "المقاومة الشعبية"]
    assert names == ["Popular Resistance (Sudan)"]
