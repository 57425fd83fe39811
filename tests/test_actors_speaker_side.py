"""A side that tells of its own acts: the subject written before its verb, armed wings
named "سرايا" as the force of a post, and "دكّ" as a verb of bombardment."""

from __future__ import annotations

import datetime as dt

from marsad.pipeline import extract_text

DAY = dt.date(2024, 3, 12)


def _sides(text: str) -> list[tuple[str, str | None, str | None]]:
    doc = extract_text(text, published=DAY)
    return [(e.sub_event_type, e.actor1, e.actor2) for e in doc.events]


def test_a_side_written_before_its_verb_is_the_one_that_shells():
    sides = _sides("حماس تقصف قوات الاحتلال شرق مدينة رفح.")
    assert [(a1, a2) for _, a1, a2 in sides] == [("Hamas Movement", "Military Forces of Israel (2022-)")]


def test_the_state_before_its_verb_shells_the_group_after_it():
    sides = _sides("الجيش الإسرائيلي يقصف مواقع حماس في بيت لاهيا.")
    assert [a1 for _, a1, _ in sides] == ["Military Forces of Israel (2022-)"]


def test_a_verb_first_sentence_keeps_the_side_after_the_verb_as_author():
    sides = _sides("قصفت قوات الاحتلال مخيم النصيرات وسط القطاع.")
    assert [a1 for _, a1, _ in sides] == ["Military Forces of Israel (2022-)"]


def test_pounding_with_mortars_is_shelling_by_the_side_that_pounds():
    sides = _sides("المقاومة الفلسطينية تدك تجمعات جنود الاحتلال في حي الزيتون بقذائف الهاون.")
    assert sides and all(sub == "Shelling/artillery/missile attack" for sub, _, _ in sides)
    assert sides[0][1] == "Palestinian Resistance Factions"


def test_a_companies_brigade_speaking_of_its_clashes_is_the_side_fighting():
    sides = _sides("سرايا القدس: نخوض اشتباكات عنيفة في محيط مخيم جباليا.")
    assert [(sub, a1) for sub, a1, _ in sides] == [("Armed clash", "Al Quds Brigades")]


def test_your_hand_is_no_pounding():
    assert _sides("ارفع يدك عن أطفال غزة، قالها المتظاهر.") == []


def test_a_claim_after_the_claimants_apposition_is_its_own_act():
    sides = _sides("وأعلنت سرايا القدس، الجناح العسكري لحركة الجهاد الإسلامي، عن تدمير دبابة إسرائيلية "
                   "شرق مخيم البريج بقذيفة مضادة للدروع.")
    assert [(a1, a2) for _, a1, a2 in sides] == [("Al Quds Brigades", "Military Forces of Israel (2022-)")]


def test_a_ministry_announcing_deaths_after_an_aside_claims_nothing():
    sides = _sides("أعلنت وزارة الصحة، في بيان، مقتل ثلاثة أشخاص في قصف إسرائيلي على دير البلح.")
    assert [a1 for _, a1, _ in sides] == ["Military Forces of Israel (2022-)"]


def test_a_faction_that_only_speaks_in_the_story_is_the_unnamed_foe():
    sides = _sides("أعلن الجيش الإسرائيلي مقتل جندي في معارك شرقي مدينة رفح. "
                   "وكانت المقاومة قد نشرت صورا لعمليات ضد الدبابات في المنطقة.")
    assert [(a1, a2) for _, a1, a2 in sides] == [("Military Forces of Israel (2022-)", "Palestinian Resistance Factions")]


def test_with_no_faction_in_the_story_the_foe_stays_unidentified():
    sides = _sides("أعلن الجيش الإسرائيلي مقتل جندي في معارك شرقي مدينة رفح.")
    assert [a2 for _, _, a2 in sides] == ["Unidentified Armed Group (Palestine)"]
