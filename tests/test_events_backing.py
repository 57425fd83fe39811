"""Events: an air strike told as the backing of another side's ground fight is an event of its own."""

import datetime as dt

from marsad.knowledge.triggers import load_backing_cues
from marsad.pipeline import extract_text
from marsad.text import normalize

PUBLISHED = dt.date(2019, 3, 6)
STRIKE = ("Explosions/Remote violence", "Air/drone strike")


def events_of(text: str) -> list:
    return extract_text(text, published=PUBLISHED).events


def test_ground_gain_backed_by_a_foreign_air_force_gives_a_strike_by_that_air_force() -> None:
    events = events_of(
        "سيطرت قوات النظام مدعومة بغارات جوية روسية أمس على بلدة التمانعة في ريف إدلب بعد معارك مع فصائل المعارضة."
    )
    strikes = [e for e in events if (e.event_type, e.sub_event_type) == STRIKE]
    assert [e.actor1 for e in strikes] == ["Military Forces of Russia (2000-)"]
    assert strikes[0].actor2 == "Opposition Rebels (Syria)"
    assert any(e.event_type == "Battles" and e.actor1 == "Military Forces of Syria (2000-)" for e in events)


def test_clashes_under_cover_of_foreign_strikes_keep_the_battle_beside_the_strike() -> None:
    events = events_of("اندلعت اشتباكات عنيفة أمس بين قوات النظام وفصائل المعارضة في بلدة كفرزيتا تحت غطاء من الغارات الروسية.")
    found = {(e.event_type, e.sub_event_type, e.actor1) for e in events}
    assert ("Battles", "Armed clash", "Military Forces of Syria (2000-)") in found
    assert (*STRIKE, "Military Forces of Russia (2000-)") in found


def test_the_deaths_of_the_fight_stay_with_the_battle_not_the_backing_strike() -> None:
    events = events_of(
        "هاجمت القوات العراقية مدعومة بغارات طيران التحالف الدولي مواقع تنظيم داعش في قضاء راوة أمس وقتلت 12 مسلحا."
    )
    by_type = {(e.event_type, e.sub_event_type): e for e in events}
    assert by_type[STRIKE].actor1 == "Global Coalition Against Daesh"
    assert by_type[STRIKE].fatalities == 0
    assert by_type[("Battles", "Armed clash")].fatalities == 12


def test_strikes_naming_no_other_air_force_stay_part_of_the_battle() -> None:
    events = events_of("اندلعت اشتباكات عنيفة أمس بين قوات النظام وفصائل المعارضة في بلدة كفرزيتا مدعومة بغارات جوية.")
    assert not any(e.actor1 == "Military Forces of Russia (2000-)" for e in events)
    assert len(events) == 1


def test_expected_backing_gives_no_strike() -> None:
    events = events_of("ومن المتوقع أن تشن قوات النظام، مدعومة بغطاء جوي روسي، معارك ضد المسلحين في ريف حمص الشمالي.")
    assert not any((e.event_type, e.sub_event_type) == STRIKE for e in events)


def test_backing_cues_are_stored_normalized() -> None:
    cues = load_backing_cues()
    assert all(normalize(word) == word for word in cues.words)
    assert cues.window >= 1


def test_air_support_of_a_named_air_force_is_its_strike_not_an_airline() -> None:
    events = events_of("استعادت قوات الجيش اليمني بإسناد جوي من طيران التحالف أمس مواقع الحوثيين في مديرية صرواح.")
    strikes = [e for e in events if (e.event_type, e.sub_event_type) == STRIKE]
    assert [e.actor1 for e in strikes] == ["Military Forces of Saudi Arabia (2015-)"]
    assert any(e.sub_event_type == "Government regains territory" for e in events)
