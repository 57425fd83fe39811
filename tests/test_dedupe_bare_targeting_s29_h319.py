"""One sentence's bombardment read twice is one act (session 29, H319).

- "القصف الذي استهدف قاعدة X الجوية": the bare verb "استهدف" says what the bombardment
  noun before it did; it is not a second act (its air-strike reading was guessed from the
  base's name), and the one act keeps the toll the sentence gives.
- "أربع قذائف استهدفت مواقع في حي X وبلدة Y": the shells are the act at each place; the
  verb's reports (read as air strikes) are the shells', not extra air strikes.
- Two weapons named in one sentence ("الغارات الجوية والقصف المدفعي") stay two acts.
"""

from __future__ import annotations

import datetime as dt

import marsad

DAY = dt.date(2018, 4, 12)
SHELLING = "Shelling/artillery/missile attack"
AIR = "Air/drone strike"


def _acts(text: str) -> list[tuple[str, str | None, int]]:
    return [(e.sub_event_type, e.location, e.fatalities) for e in marsad.extract(text, published=DAY).events]


def test_bombardment_and_its_bare_targeting_verb_are_one_act():
    acts = _acts(
        "قتل تسعة أشخاص وأصيب آخرون في القصف الذي استهدف الثلاثاء قاعدة الشعيرات الجوية في ريف حمص، "
        "بحسب التلفزيون الرسمي.\n"
        "ومن جهة أخرى، سقطت قذائف هاون على حي باب توما في دمشق الأربعاء دون وقوع إصابات."
    )
    homs = [act for act in acts if act[1] == "Homs"]
    assert homs == [(SHELLING, "Homs", 9)]


def test_shells_that_targeted_two_places_are_no_air_strikes():
    acts = _acts(
        "وذكرت وسائل إعلام محلية أن أربع قذائف إسرائيلية استهدفت مواقع في حي الشجاعية شرقي مدينة غزة، "
        "وبلدة بيت لاهيا شمالي القطاع.\n"
        "وكان الجيش الإسرائيلي قد قصف بالمدفعية مواقع في القطاع الخميس بعد تفجير عبوة ناسفة على الحدود."
    )
    assert AIR not in {sub for sub, _, _ in acts}
    assert sorted(place for sub, place, _ in acts if sub == SHELLING) == ["Beit Lahia", "Shuja'iyya"]


def test_two_weapons_named_in_one_sentence_stay_two_acts():
    acts = _acts("وقتل خمسة مدنيين في الغارات الجوية والقصف المدفعي على مدينة دوما الاثنين.")
    assert {sub for sub, place, _ in acts if place == "Douma"} == {AIR, SHELLING}
