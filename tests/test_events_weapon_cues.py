"""Cues that name the weapon or the kind of an act: artillery told beside an
air bombardment, a ground raid ("إغارة"), and blasts heard in a clash."""

from __future__ import annotations

import datetime as dt

import pytest

from marsad.pipeline import extract_text

DAY = dt.date(2024, 5, 20)
SHELLING = "Shelling/artillery/missile attack"
AIR = "Air/drone strike"


def _subs(text: str) -> list[str]:
    return [e.sub_event_type for e in extract_text(text, published=DAY).events]


@pytest.mark.parametrize("text", [
    "صعدت قوات الاحتلال اليوم قصفها المدفعي على أطراف حي التفاح.",
    "واصل الجيش قصفه المدفعي على مناطق شرقي مدينة خان يونس اليوم.",
])
def test_a_bombardment_owned_by_its_doer_keeps_its_artillery(text: str) -> None:
    assert _subs(text) == [SHELLING]


@pytest.mark.parametrize("text", [
    "تعرضت أحياء مدينة رفح اليوم لقصف جوي ومدفعي مكثف.",
    "شن جيش الاحتلال اليوم غارات وقصفا مدفعيا على بلدة بني سهيلا.",
    "تعرضت بلدة جباليا اليوم لغارات جوية ومدفعية عنيفة.",
])
def test_artillery_told_beside_an_air_bombardment_is_a_second_act(text: str) -> None:
    assert sorted(_subs(text)) == [AIR, SHELLING]


def test_a_raid_noun_is_a_ground_assault_not_an_air_strike() -> None:
    assert _subs("نفذت قوات الاحتلال اليوم إغارة على بلدة عزون شرق قلقيلية.") == ["Armed clash"]


def test_a_raid_by_aircraft_stays_an_air_strike() -> None:
    assert _subs("نفذت المقاتلات الإسرائيلية اليوم إغارة جوية على بلدة الخيام.") == [AIR]


@pytest.mark.parametrize("text", [
    "شنت طائرات الاحتلال الإسرائيلي فجر اليوم إغارة على موقع للمقاومة شرق مدينة غزة.",
    "شنت مقاتلات حربية تابعة لسلاح الجو مساء اليوم إغارة على مخزن للسلاح في بلدة الخيام.",
])
def test_aircraft_named_as_the_doer_before_a_time_phrase_keep_the_raid_an_air_strike(text: str) -> None:
    assert _subs(text) == [AIR]


def test_a_raid_by_fighters_stays_a_ground_raid() -> None:
    assert _subs("نفذت كتائب القسام اليوم إغارة لمقاتليها على موقع عسكري شرق مدينة غزة.") == ["Armed clash"]


def test_a_raid_that_ends_in_detentions_is_the_arrests() -> None:
    assert _subs("نفذت قوات الاحتلال اليوم إغارة على بلدة عزون واعتقلت ثلاثة شبان.") == ["Arrests"]


@pytest.mark.parametrize("text", [
    "دارت اليوم اشتباكات مسلحة بين مقاومين وقوات الاحتلال في مخيم الفارعة وسط دوي انفجارات.",
    "أفاد شهود بوقوع اشتباكات مسلحة وسماع دوي انفجار في مدينة طوباس اليوم.",
])
def test_blasts_heard_in_a_clash_are_that_clash(text: str) -> None:
    assert _subs(text) == ["Armed clash"]


@pytest.mark.parametrize("text", [
    "واصلت قوات الاحتلال اليوم تفجير بنايات سكنية في حي الزيتون بمدينة غزة.",
    "نفذت قوات الاحتلال اليوم تفجير مبانٍ في مخيم طولكرم.",
])
def test_buildings_blown_up_by_forces_are_property_destruction(text: str) -> None:
    assert _subs(text) == ["Looting/property destruction"]


def test_an_ambush_before_an_added_bombardment_keeps_its_own_scene() -> None:
    doc = extract_text("أعلنت سرايا القدس أنها نصبت كمينا لقوة إسرائيلية في بيت حانون اليوم، "
                       "إضافة لقصف تجمعات للجنود في خان يونس.", published=DAY)
    assert sorted((e.sub_event_type, e.location) for e in doc.events) == [
        ("Armed clash", "Beit Hanoun"), (SHELLING, "Khan Yunis")]


def test_the_toll_of_a_joined_bombardment_stays_with_the_noun_act() -> None:
    doc = extract_text("استشهد 12 فلسطينيا اليوم في قصف جوي ومدفعي على بلدة بيت لاهيا.", published=DAY)
    assert sorted((e.sub_event_type, e.fatalities) for e in doc.events) == [(AIR, 12), (SHELLING, 0)]


def test_artillery_joined_in_another_clause_names_no_weapon_of_a_bare_bombardment() -> None:
    # the bare "قصف" of the first clause stays the air power's strike; "ومدفعي" belongs to Rafah's
    text = ("استشهد 20 فلسطينيا في قصف إسرائيلي استهدف منازل في بيت لاهيا، بالتزامن مع تعرض مدينة رفح "
            "لقصف جوي ومدفعي.")
    found = [(e.sub_event_type, e.location, e.fatalities) for e in extract_text(text, published=DAY).events]
    assert (AIR, "Beit Lahia", 20) in found
    assert not any(sub == SHELLING and deaths for sub, _, deaths in found)


def test_a_strip_wide_air_strike_and_a_citys_joined_shelling_stay_two_acts() -> None:
    # told side by side in one sentence, the wider strike is no summary of the shelling
    text = ("أفادت مصادر طبية في غزة باستشهاد 30 فلسطينيا في غارات إسرائيلية على القطاع منذ فجر اليوم الخميس، "
            "تزامنا مع قصف جوي ومدفعي مكثف على أحياء مدينة رفح.")
    found = [(e.sub_event_type, e.location, e.fatalities)
             for e in extract_text(text, published=dt.date(2024, 5, 23)).events]
    assert found == [(AIR, "Gaza Strip", 30), (SHELLING, "Rafah", 0)]
