"""Unattributed shelling in a theatre where, during a war, one side alone shells."""

from __future__ import annotations

import datetime as dt

import pytest

from marsad.knowledge.actors import load_catalogue, unattributed_shelling_state, validate_catalogue
from marsad.pipeline import extract_text

WAR = dt.date(2024, 3, 5)
PEACE = dt.date(2019, 3, 5)
ISRAEL = "Military Forces of Israel (2022-)"


def _shelling(text: str, published: dt.date = WAR) -> list[tuple[str | None, str | None, int]]:
    doc = extract_text(text, published=published)
    return [(e.actor1, e.actor2, e.inter1) for e in doc.events if e.sub_event_type == "Shelling/artillery/missile attack"]


@pytest.mark.parametrize("text", [
    "قتل طفلان في قصف طال حي الزيتون بمدينة غزة فجر اليوم.",
    "أصيب خمسة مواطنين بجروح جراء قصف بقذائف الدبابات على مخيم البريج وسط قطاع غزة اليوم.",
    "قتل مدني في قصف مدفعي على مدينة بنت جبيل اليوم.",
    # a platform after "من" is no place the fire came from
    "استشهد مواطن في قصف من الدبابات المتمركزة شرقي مخيم البريج اليوم.",
])
def test_unattributed_shelling_in_the_war_theatre_is_the_side_that_alone_shells_there(text: str) -> None:
    events = _shelling(text)
    assert events and all(a1 == ISRAEL and inter == 8 for a1, _, inter in events)


def test_outside_the_war_period_the_shelling_stays_unattributed() -> None:
    assert _shelling("قتل طفلان في قصف طال حي الزيتون بمدينة غزة فجر اليوم.", PEACE)[0][0] \
        == "Unidentified Armed Group (Palestine)"


def test_other_theatres_are_untouched() -> None:
    assert _shelling("قتل ثلاثة أشخاص في قصف مدفعي على حي في مدينة تعز اليوم.")[0][0] \
        == "Unidentified Armed Group (Yemen)"


@pytest.mark.parametrize("text", [
    # mortars and rockets both sides fire
    "أصيب ثلاثة مواطنين في قصف بقذائف الهاون على حي الشجاعية شرقي مدينة غزة اليوم.",
    # fire told from a place landed elsewhere
    "قتل مستوطن في قصف من قطاع غزة على مستوطنة سديروت اليوم.",
    "أصيب مواطنان في قصف انطلاقا من جنوب لبنان على بلدة في شمال قطاع غزة اليوم.",
    # a side named unknown was named
    "قتل ثلاثة مواطنين في قصف نفذه مسلحون مجهولون على حي في خان يونس اليوم.",
    # the side that alone shells there never shells its own troops
    "أصيب جنديان في قصف استهدف تجمعا لجنود الاحتلال شرقي مدينة رفح اليوم.",
])
def test_fire_either_side_could_have_fired_keeps_no_default(text: str) -> None:
    assert all(a1 != ISRAEL for a1, _, _ in _shelling(text))


def test_a_named_shelling_side_wins_over_the_theatre_default() -> None:
    assert _shelling("قصفت حركة حماس حيا في خان يونس بالمدفعية اليوم.")[0][0] == "Hamas Movement"


def test_theatre_table_is_dated_and_validated() -> None:
    assert unattributed_shelling_state("PS", "Gaza Strip", WAR) == "IL"
    assert unattributed_shelling_state("PS", "West Bank", WAR) is None
    assert unattributed_shelling_state("PS", "Gaza Strip", PEACE) is None
    cat = load_catalogue()
    rows = cat.lexicon["unattributed_strikes"]["shelling"]
    rows.append({"country": "PS", "regions": ["Gaza"], "state": "IL"})
    try:
        assert any("no admin1" in problem for problem in validate_catalogue(cat))
    finally:
        rows.pop()


def test_the_coalition_flies_the_unattributed_strikes_in_yemen_only_until_the_truce() -> None:
    text = "قتل مدنيان في غارة جوية على حي في مدينة الحديدة اليوم."
    during = extract_text(text, published=dt.date(2018, 3, 5)).events
    after = extract_text(text, published=WAR).events
    assert [e.actor1 for e in during] == ["Military Forces of Saudi Arabia (2015-)"]
    assert after and all("Saudi" not in (e.actor1 or "") for e in after)
