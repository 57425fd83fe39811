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


def test_a_targeting_clause_naming_its_own_weapon_is_a_second_act():
    """Review 1, M1/M2: "، واستهدفت المدفعية"، "واستهدفت مسيرة"، "كما استهدف الجيش بغارات جوية" open a
    clause of their own whose subject or instrument names the weapon: a second act with its own toll."""
    assert {sub for sub, _, _ in _acts(
        "شنت الطائرات الحربية غارات جوية على بلدة سراقب، واستهدفت المدفعية البلدة بعشرات القذائف.")} == {AIR, SHELLING}
    assert {sub for sub, _, _ in _acts(
        "قصفت المدفعية التركية قرية تل رفعت، واستهدفت طائرة مسيرة سيارة في القرية نفسها.")} == {AIR, SHELLING}
    assert {sub for sub, _, _ in _acts(
        "قصف الجيش بالمدفعية بلدة الكرامة، كما استهدف الجيش بغارات جوية مواقع المسلحين في البلدة.")} == {AIR, SHELLING}
    khiam = _acts("قصفت المدفعية الإسرائيلية أطراف بلدة الخيام، واستهدفت مسيرة إسرائيلية دراجة نارية في البلدة "
                  "ما أدى إلى مقتل شخص.")
    assert sorted((sub, dead) for sub, _, dead in khiam) == [(AIR, 1), (SHELLING, 0)]
    kafr_kila = _acts("قصفت المدفعية الإسرائيلية بلدة كفركلا، واستهدفت غارة إسرائيلية منزلا في البلدة "
                      "أدت إلى مقتل شخصين.")
    assert sorted((sub, dead) for sub, _, dead in kafr_kila) == [(AIR, 2), (SHELLING, 0)]
