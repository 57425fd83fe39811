"""A bombardment verb naming no weapon, whose subject is the weapon named just before it, is that weapon's act."""

import datetime as dt

from marsad.pipeline import extract_text

DAY = dt.date(2018, 6, 7)


def _sub_types(text: str) -> list[str]:
    return [e.sub_event_type for e in extract_text(text, published=DAY).events]


def test_warplanes_that_bombarded_are_one_air_strike() -> None:
    text = "وذكر البيان أن مقاتلات (إف 16) التابعة للجيش العراقي قصفت مقرا لتنظيم داعش في منطقة هجين بريف دير الزور."
    assert _sub_types(text) == ["Air/drone strike"]


def test_missiles_that_targeted_an_area_are_one_missile_attack() -> None:
    text = "وقالت وكالة الأنباء الرسمية إن الدفاعات الجوية دمرت صاروخين إسرائيليين استهدفا منطقة الكسوة بريف دمشق مساء الثلاثاء."
    assert _sub_types(text) == ["Shelling/artillery/missile attack"]


def test_a_bombardment_joined_by_and_after_strikes_stays_an_act_of_its_own() -> None:
    text = "شنت طائرات حربية روسية غارات على بلدة كفرنبل وقصفت بلدة حيش في ريف إدلب الجنوبي."
    assert len(_sub_types(text)) == 2
