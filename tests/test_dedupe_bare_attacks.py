"""A shelling told again by a bare "targeted" is that shelling, not a fight of its own."""

import datetime as dt

from marsad.pipeline import extract_text


def _events(text: str) -> list:
    return extract_text(text, published=dt.date(2019, 3, 5)).events


def test_a_missile_attack_told_again_as_targeted_by_fighters_is_one_missile_attack() -> None:
    events = _events(
        "أطلقت جماعة الحوثي اليوم الثلاثاء خمسة صواريخ على معسكر للجيش السعودي في منطقة نجران.\n"
        "وقال المتحدث العسكري للجماعة إن مقاتليها استهدفوا المعسكر السعودي في نجران وكبدوا الجنود "
        "السعوديين خسائر كبيرة."
    )
    assert [e.sub_event_type for e in events] == ["Shelling/artillery/missile attack"]
    assert len(events[0].evidence_spans) == 2


def test_fighting_told_after_a_shelling_stays_a_battle() -> None:
    """Only a bare attack word retells the bombardment: clashes named as such are a fight."""
    events = _events(
        "أطلقت جماعة الحوثي اليوم الثلاثاء خمسة صواريخ على معسكر للجيش السعودي في منطقة نجران.\n"
        "واندلعت اشتباكات عنيفة بين مقاتلي الجماعة والجنود السعوديين في نجران."
    )
    assert sorted(e.sub_event_type for e in events) == ["Armed clash", "Shelling/artillery/missile attack"]
