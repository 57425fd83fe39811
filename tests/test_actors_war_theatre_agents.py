"""Who struck in a war lead: a force named by the plural of an attack noun and its nationality,
the genitive of a targeting noun followed by the civilian site it hit, and a drone that hit an
armed group's men (not the group's own drone)."""

from __future__ import annotations

import datetime as dt

import pytest

from marsad.pipeline import extract_text

DAY = dt.date(2024, 10, 5)
ISRAEL = "Military Forces of Israel (2022-)"


def _sides(text: str) -> list[tuple[str, str | None, str | None]]:
    return [(e.sub_event_type, e.actor1, e.actor2) for e in extract_text(text, published=DAY).events]


@pytest.mark.parametrize("text", [
    "قتل ثمانية مواطنين في هجمات إسرائيلية على بلدات متفرقة شمالي قطاع غزة أمس.",
    "أعلنت وزارة الصحة استشهاد 14 شخصا في استهدافات إسرائيلية لمنازل في بيت لاهيا اليوم.",
])
def test_plural_attack_nouns_with_a_nationality_name_that_states_forces(text: str) -> None:
    assert [a1 for _, a1, _ in _sides(text)] == [ISRAEL]


def test_attacks_of_a_stateless_people_name_no_state_army() -> None:
    assert _sides("قتل مستوطنان في هجمات فلسطينية قرب قلقيلية أمس.")[0][1] == "Unidentified Armed Group (Palestine)"


@pytest.mark.parametrize("text", [
    "استشهد ستة أشخاص إثر استهداف قوات الاحتلال منزلا في حي التفاح شرقي مدينة غزة.",
    "قتل طفلان بعد استهداف الجيش الإسرائيلي خيمة للنازحين غربي خان يونس اليوم.",
    "سقط قتلى وجرحى عقب استهداف الاحتلال مدرستين تؤويان نازحين في مخيم البريج.",
    "أصيب مواطنان في قصف الاحتلال مركبة مدنية شرقي رفح مساء أمس.",
])
def test_the_genitive_of_a_targeting_noun_followed_by_the_site_it_hit_is_its_author(text: str) -> None:
    sides = _sides(text)
    assert sides and all(a1 == ISRAEL and a2 == "Civilians (Palestine)" for _, a1, a2 in sides)


def test_a_force_targeted_where_it_stood_stays_the_target() -> None:
    sides = _sides("أعلنت كتائب القسام استهداف قوات الاحتلال المتحصنة في منزل شرقي رفح.")
    assert [(a1, a2) for _, a1, a2 in sides] == [("Al Qassam Brigades", ISRAEL)]


@pytest.mark.parametrize("text", [
    "قصفت طائرة مسيرة مجموعة من مقاتلي القسام قرب خان يونس اليوم.",
    "استهدفت طائرة مسيرة إسرائيلية عددا من مقاتلي القسام قرب خان يونس اليوم.",
])
def test_a_drone_that_struck_a_groups_men_is_not_the_groups(text: str) -> None:
    assert _sides(text) == [("Air/drone strike", ISRAEL, "Al Qassam Brigades")]


@pytest.mark.parametrize("text", [
    "أطلقت سرايا القدس طائرة مسيرة على موقع عسكري في غلاف غزة اليوم.",
    "هاجمت طائرة مسيرة تابعة لسرايا القدس موقعا عسكريا في غلاف غزة اليوم.",
])
def test_a_groups_own_drone_stays_its_strike(text: str) -> None:
    assert _sides(text)[0][:2] == ("Air/drone strike", "Al Quds Brigades")


@pytest.mark.parametrize("text", [
    "قتل جنديان في قصف القسام موقعا عسكريا في غلاف غزة أمس.",
    "أصيب جنديان في قصف القسام مواقع الاحتلال شرقي رفح أمس.",
])
def test_the_genitive_of_a_shelling_noun_followed_by_its_object_fired_it(text: str) -> None:
    assert [(a1, a2) for _, a1, a2 in _sides(text)] == [("Al Qassam Brigades", ISRAEL)]


def test_sides_joined_by_and_after_a_targeting_noun_are_both_struck() -> None:
    sides = _sides("أعلنت سرايا القدس استهداف جنود وآليات إسرائيلية شرقي خان يونس أمس.")
    assert [(a1, a2) for _, a1, a2 in sides] == [("Al Quds Brigades", ISRAEL)]


def test_an_arrest_campaign_with_a_nationality_is_that_states_not_the_local_police() -> None:
    sides = _sides("طالت حملة اعتقالات إسرائيلية نحو عشرين شابا في مدن الضفة الغربية فجر اليوم.")
    assert [(t, a1) for t, a1, _ in sides] == [("Arrests", "Police Forces of Israel (2022-)")]


def test_a_raid_with_a_nationality_names_that_states_forces() -> None:
    sides = _sides("استشهد شاب برصاص أطلق خلال توغل إسرائيلي في بلدة يعبد اليوم.")
    assert sides and all(a1 == ISRAEL for _, a1, _ in sides)
