"""A speaker standing alone before a colon speaks the items listed after it: its "our
soldiers" are its own losses and its "we shelled" its own acts, item by item."""

from __future__ import annotations

import datetime as dt

from marsad.pipeline import extract_text

DAY = dt.date(2024, 3, 12)
ARMY = "Military Forces of Israel (2022-)"


def _sides(text: str) -> list[tuple[str | None, str | None]]:
    doc = extract_text(text, published=DAY)
    return [(e.actor1, e.actor2) for e in doc.events]


def test_our_soldiers_in_an_item_are_the_speakers_losses():
    sides = _sides('الجيش الإسرائيلي: - "نواصل عملياتنا" - "قتل جنديان من جنودنا في اشتباك مع مسلحين في خان يونس"')
    assert [a2 for _, a2 in sides] == [ARMY]
    assert sides[0][0] != ARMY


def test_we_shelled_in_an_item_is_the_speakers_own_act():
    sides = _sides("بيان لكتائب القسام: - استهدفنا دبابة إسرائيلية بقذيفة مضادة للدروع شرق رفح "
                   "- قنصنا جنديا إسرائيليا في حي الزيتون")
    assert sides and all(a1 == "Al Qassam Brigades" for a1, _ in sides)
    assert sides[-1][1] == ARMY


def test_the_speaker_reporting_the_enemys_act_leaves_it_to_the_enemy():
    sides = _sides('المتحدث باسم الجيش الإسرائيلي: - "حماس أطلقت قذائف صاروخية على مدينة عسقلان"')
    assert [a1 for a1, _ in sides] == ["Hamas Movement"]


def test_a_quoted_third_party_keeps_its_own_first_person():
    sides = _sides('المتحدث باسم الجيش الإسرائيلي: - قال قيادي في حماس: "قصفنا مستوطنة سديروت بالصواريخ"')
    assert [a1 for a1, _ in sides] == ["Hamas Movement"]



def test_a_states_speaker_telling_of_our_citizens_names_its_civilians():
    doc = extract_text('المتحدث باسم الجيش الإسرائيلي: - "نواصل عملياتنا" - "أحد مواطنينا قتل في قصف صاروخي من لبنان"',
                       published=DAY)
    assert [m.value.name for m in doc.of_kind("actor") if m.text == "مواطنينا"] == ["Civilians (Israel)"]
    assert [e.actor1 for e in doc.events] == ["Unidentified Armed Group (Lebanon)"]


def test_a_new_speaker_in_an_item_ends_the_first_speakers_reach():
    sides = _sides('المتحدث باسم الجيش الإسرائيلي: - "نواصل عملياتنا" - سرايا القدس: قصفنا تجمعا للجنود بقذائف الهاون شرق رفح')
    assert [a1 for a1, _ in sides] == ["Al Quds Brigades"]
