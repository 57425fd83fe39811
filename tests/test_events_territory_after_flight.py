"""Ground taken after the other side fled ("بعد فرار المسلحين") changed hands
without a fight, and a failed bid for ground (a past "حاول السيطرة") was a clash."""

from __future__ import annotations

import datetime as dt

import pytest

from marsad.pipeline import extract_text

DAY = dt.date(2018, 5, 14)


def _events(text: str) -> list[tuple]:
    doc = extract_text(text, published=DAY)
    return [(e.event_type, e.sub_event_type, e.actor1, e.actor2) for e in doc.events]


@pytest.mark.parametrize("text", [
    "وسيطرت قوات النظام على بلدة القريتين أمس بعد فرار مسلحي تنظيم الدولة منها.",
    "ودخلت قوات الجيش مدينة الرقة عقب هروب عناصر تنظيم الدولة منها أمس.",
])
def test_ground_taken_after_the_other_side_fled_is_a_non_violent_transfer(text):
    found = _events(text)
    assert [e[:2] for e in found] == [("Strategic developments", "Non-violent transfer of territory")]
    assert found[0][2] == "Military Forces of Syria (2000-)" and found[0][3] == "Islamic State (Syria)"


def test_ground_taken_by_fighting_stays_a_battle():
    found = _events("وسيطرت قوات النظام على بلدة القريتين أمس بعد معارك مع مسلحي تنظيم الدولة.")
    assert [e[:2] for e in found] == [("Battles", "Government regains territory")]


def test_a_past_bid_to_take_ground_is_a_clash():
    found = _events("وقتل ثلاثة من عناصر الجيش عندما حاولوا السيطرة على تلة قرب مدينة إدلب أمس.")
    assert [e[:2] for e in found] == [("Battles", "Armed clash")]
