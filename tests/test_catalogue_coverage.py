"""Catalogue coverage for names other outlets and years use: unit names bound to one
country, spelling variants, adjective forms and units named after their state."""

from __future__ import annotations

import datetime as dt

from support import actor_doc

from marsad.knowledge.actors import choose_key, find_alias, load_catalogue, resolve_actor, validate_catalogue
from marsad.stages.actors import finalize_actors
from marsad.text import normalize

DAY = dt.date(2016, 5, 10)


def _names(text: str, country: str, day: dt.date = DAY) -> list[str]:
    """Actor names once the story's country is known (as the events stage re-resolves them)."""
    doc = actor_doc(text, country, day)
    finalize_actors(doc, country)
    return [m.value.name for m in doc.in_span("actor", 0, len(text))]


def _ids(text: str) -> list[str]:
    return [a.id for a in find_alias(text)]


def test_catalogue_stays_valid():
    assert validate_catalogue() == []


def test_fourth_division_is_the_syrian_army_only_in_syria():
    syria = _names("قصفت الفرقة الرابعة أحياء في بلدة مضايا بريف دمشق", "SY")
    assert syria == ["Military Forces of Syria (2000-)"]
    lebanon = _names("انتشرت الفرقة الرابعة قرب بلدة في جنوب لبنان", "LB")
    assert "Military Forces of Syria (2000-)" not in lebanon


def test_fourth_division_reading_follows_the_story_country():
    keys = tuple(load_catalogue().aliases[normalize("الفرقة الرابعة")])
    iraq = resolve_actor(choose_key(keys, "IQ", frozenset({"IQ"})), "IQ", DAY)
    assert (iraq.name, iraq.inter) == ("Military Forces of Iraq (2014-2018)", 1)
    sudan = resolve_actor(choose_key(keys, "SD", frozenset({"SD"})), "SD", DAY)
    assert (sudan.name, sudan.inter) == ("Military Forces of Sudan (1989-2019)", 1)
    assert choose_key(keys, "YE", frozenset({"YE"})) == "none"


def test_spelling_variants_of_kurdish_forces_are_known():
    assert _ids("تقدمت قوات سوريا الديموقراطية نحو البلدة") == ["sdf"]
    assert _ids("هاجمت قوات البشمركة مواقع للمسلحين") == ["peshmerga"]


def test_pakistani_taliban_is_not_the_afghan_movement():
    assert _ids("تبنت طالبان الباكستانية الهجوم على نقطة تفتيش") == ["ttp"]
    assert _ids("أعلنت حركة طالبان مسؤوليتها عن الهجوم") == ["taliban"]


def test_houthi_adjective_names_the_houthis():
    assert _ids("قتل راع بانفجار لغم حوثي في مديرية نائية") == ["houthis"]
    assert _ids("صدت القوات هجوما لعناصر حوثية على موقع جبلي") == ["houthis"]


def test_saudi_special_emergency_forces_are_saudi_police():
    names = _names("استهدف انتحاري مقرا لقوات الطوارئ الخاصة في مدينة سعودية", "SA")
    assert "Police Forces of Saudi Arabia (2015-)" in names


def test_air_defence_of_a_state_abroad_is_external():
    ref = resolve_actor("state:SA:military", "YE", DAY)
    assert _ids("اعترضت قوات الدفاع الجوي الملكي السعودي صاروخا") == ["state:SA:military:2015-"]
    assert ref.inter == 8


def test_named_groups_carry_their_category():
    cat = load_catalogue()
    expected = {"libya_dawn": 3, "sudan_shield": 3, "imam_bukhari": 2, "peninsula_shield": 8, "saraya_ashtar": 2}
    assert {key: cat.actors[key].inter for key in expected} == expected
    assert _ids("اشتبكت عناصر من سرايا الأشتر مع دورية") == ["saraya_ashtar"]
