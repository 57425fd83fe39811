"""Events: who was hit settles the type of an unqualified killing, and a killing named again is no new act."""

import datetime as dt

from marsad.pipeline import extract_text

PUBLISHED = dt.date(2021, 9, 16)


def types_of(text: str) -> list[tuple[str, str]]:
    return [(e.event_type, e.sub_event_type) for e in extract_text(text, published=PUBLISHED).events]


def test_gunmen_shooting_an_aid_worker_is_violence_against_civilians() -> None:
    found = types_of("قتل مسلحون مجهولون بالرصاص في مدينة كسمايو يوم الثلاثاء عامل إغاثة يعمل مع منظمة دولية.")
    assert found == [("Violence against civilians", "Attack")]


def test_killing_a_photographer_is_violence_against_civilians() -> None:
    events = extract_text("وأثار قتل الجنود مصورا صحفيا في بلدة بيت لاهيا أمس موجة من الإدانات.", published=PUBLISHED).events
    assert [(e.event_type, e.actor2) for e in events][:1] == [("Violence against civilians", "Civilians (Palestine)")]


def test_gunmen_killing_an_unnamed_target_stays_a_clash() -> None:
    found = types_of("قتل مسلحون مجهولون بالرصاص في مدينة كسمايو يوم الثلاثاء اثنين قرب نقطة تفتيش.")
    assert ("Violence against civilians", "Attack") not in found


def test_the_killing_named_again_by_its_victim_is_not_a_second_event() -> None:
    events = extract_text(
        "قتل مسلحون مجهولون بالرصاص في مدينة كسمايو يوم الثلاثاء ممرضة تعمل في مستشفى المدينة.\n"
        "وتحقق الشرطة في ملابسات قتلها منذ صباح اليوم.",
        published=PUBLISHED,
    ).events
    assert [(e.event_type, e.sub_event_type) for e in events] == [("Violence against civilians", "Attack")]


def test_a_massacre_by_an_army_with_no_named_target_is_violence_against_civilians() -> None:
    found = types_of("ارتكبت قوات الجيش مجزرة جديدة أمس في بلدة اللطامنة بريف حماة الشمالي.")
    assert found == [("Violence against civilians", "Attack")]


def test_massacres_by_an_air_power_with_no_weapon_named_are_its_air_strikes() -> None:
    found = types_of("قالت وزارة الصحة إن الجيش الإسرائيلي ارتكب 4 مجازر في قطاع غزة خلال الساعات الـ24 الماضية.")
    assert found == [("Explosions/Remote violence", "Air/drone strike")]


def test_a_massacre_by_an_air_power_with_gunfire_named_stays_an_attack() -> None:
    found = types_of("ارتكب الجيش الإسرائيلي مجزرة في بلدة بيت حانون شمال قطاع غزة بإطلاق النار على عائلة.")
    assert found == [("Violence against civilians", "Attack")]


def test_a_massacre_of_named_fighters_stays_a_clash() -> None:
    found = types_of("ارتكبت قوات النظام أمس مجزرة بحق مسلحي تنظيم داعش قرب مدينة تدمر.")
    assert found == [("Battles", "Armed clash")]
