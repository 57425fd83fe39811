"""The striker of a bombardment no side is named for: one decision for the theatre's air power."""

from __future__ import annotations

import datetime as dt

import pytest

from marsad.pipeline import extract_text

WAR = dt.date(2024, 8, 2)
YEMEN_WAR = dt.date(2015, 8, 2)
ISRAEL = "Military Forces of Israel (2022-)"
# an article mostly about Israel: its own country has no air power row
ISRAELI_FRAME = ("دوت صفارات الإنذار في عسقلان وأسدود وحيفا وتل أبيب في إسرائيل. "
                 "وفتحت الملاجئ العامة في مدن إسرائيل كلها. ")


def _strikes(text: str, published: dt.date) -> list[tuple[str | None, str | None]]:
    doc = extract_text(text, published=published)
    return [(e.actor1, e.actor2) for e in doc.events if e.sub_event_type == "Air/drone strike"]


@pytest.mark.parametrize("strike", [
    "وقتل أربعة مواطنين في غارة على منزل في مخيم المغازي وسط قطاع غزة.",
    # the same strike told with the group hit named
    "وقتل عنصر في حركة حماس في غارة على سيارة في مدينة خان يونس.",
])
def test_a_strike_on_gaza_in_an_article_about_israel_is_israels(strike: str) -> None:
    assert [a1 for a1, _ in _strikes(ISRAELI_FRAME + strike, WAR)] == [ISRAEL]


def test_the_coalition_flies_the_strikes_beside_the_army_it_backs() -> None:
    text = ("سيطر الجيش الوطني على تلال في جبهة صرواح بمأرب بعد معارك مع ميليشيا الحوثي. "
            "وذكرت المصادر أن غارة استهدفت دبابة تابعة لميليشيا الحوثي في جبهة صرواح.")
    assert _strikes(text, YEMEN_WAR)[0] == ("Military Forces of Saudi Arabia (2015-)", "Ansar Allah (Houthis)")


def test_the_army_of_the_air_power_keeps_its_strikes() -> None:
    text = "تقدم الجيش السوري في ريف حماة الشمالي. وقتل ستة مسلحين في غارات على بلدة كفرزيتا."
    assert _strikes(text, YEMEN_WAR)[0][0] == "Military Forces of Syria (2000-)"


def test_a_drone_said_to_be_foreign_names_its_state() -> None:
    text = ("أغار طيران التحالف على مواقع الحوثيين في صعدة. "
            "وقتل أربعة من عناصر تنظيم القاعدة بغارة لطائرة بدون طيار يعتقد أنها أمريكية في محافظة حضرموت.")
    assert _strikes(text, YEMEN_WAR)[-1] == ("Military Forces of the United States (2009-2017)", "Al Qaeda")


def test_fire_told_from_a_place_is_not_the_carried_subjects() -> None:
    text = "تقدم الجيش السوري في حي القابون بدمشق. وقتل ثلاثة مدنيين بقذائف أطلقت من حي جوبر على حي باب توما."
    doc = extract_text(text, published=YEMEN_WAR)
    shelling = [e.actor1 for e in doc.events if e.sub_event_type == "Shelling/artillery/missile attack"]
    assert shelling == ["Unidentified Armed Group (Syria)"]


@pytest.mark.parametrize("text", [
    "أغارت طائرات التحالف الدولي الذي تقوده المملكة على معسكر للحوثيين في محافظة إب.",
    "قصف طيران التحالف الدولي بقيادة السعودية مخازن سلاح للحوثيين في محافظة حجة.",
])
def test_an_international_coalition_named_by_its_saudi_lead_is_the_saudi_one(text: str) -> None:
    assert _strikes(text, YEMEN_WAR)[0][0] == "Military Forces of Saudi Arabia (2015-)"


def test_a_military_vehicle_hit_is_no_army_striking() -> None:
    text = "ودمرت غارة جوية طقما عسكريا على متنه رشاش ثقيل في جبهة نهم شرق صنعاء."
    assert _strikes(text, YEMEN_WAR)[0][0] == "Military Forces of Saudi Arabia (2015-)"


def test_a_speakers_seat_abroad_is_not_where_the_strikes_fell() -> None:
    text = ("تواصلت المعارك في ريف إدلب بسوريا. "
            "وقال المرصد من مقره في بريطانيا إن 40 شخصا قتلوا جراء الضربات الجوية أمس.")
    assert _strikes(text, dt.date(2018, 2, 21))[0][0] == "Military Forces of Syria (2000-)"


def test_a_drone_launched_from_abroad_is_not_the_reporters() -> None:
    text = "قال الجيش الإسرائيلي إن عاملين أصيبا جراء انفجار مسيرة أطلقت من اليمن على ميناء إيلات."
    strikes = _strikes(text, dt.date(2025, 9, 7))
    assert strikes and not strikes[0][0].startswith("Military Forces of Israel")


def test_a_place_where_no_one_state_flies_leaves_the_article_to_decide() -> None:
    text = ("رفعت تركيا حالة التأهب في أنقرة وإسطنبول بعد هجمات في تركيا. "
            "وقالت مصادر أمنية إن غارات جوية استهدفت مواقع لحزب العمال الكردستاني في شمال العراق ليلا.")
    assert _strikes(text, dt.date(2015, 7, 27))[-1][0] == "Military Forces of Turkey (2002-2016)"
