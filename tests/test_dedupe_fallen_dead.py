"""Restatements of one strike that must not add a second event: the dead told before said
to have fallen in an act ("إن القتلى سقطوا في غارات"), dated by the day a source said it; and
a strike owned by a people by ل ("بضربة جوية للروس على"), read as that people's state."""

from __future__ import annotations

import datetime as dt

import marsad


def _events(text: str, day: dt.date) -> list[marsad.Event]:
    return [e for e in marsad.extract(text, published=day).events if not e.background]


def test_the_dead_said_to_have_fallen_in_strikes_are_the_strike_told_before() -> None:
    events = _events(
        "قتل سبعة مسلحين في غارات إسرائيلية استهدفت موقعا عسكريا قرب مدينة حمص ليل السبت. "
        "وقال المرصد السوري لحقوق الإنسان الأحد إن القتلى سقطوا في ضربات صاروخية استهدفت مخزنا للأسلحة.",
        dt.date(2018, 9, 2))
    assert len(events) == 1
    assert events[0].actor1 == "Military Forces of Israel (2009-2021)" and events[0].fatalities == 7


def test_a_strike_in_another_province_after_the_dead_fell_stays_apart() -> None:
    events = _events(
        "قتل سبعة مسلحين في غارات إسرائيلية على موقع عسكري قرب مدينة حمص ليل السبت. "
        "وأضاف المرصد أن طائرات روسية قصفت بلدة في ريف إدلب الأحد.",
        dt.date(2018, 9, 2))
    assert len(events) == 2


def test_a_people_owning_a_strike_by_l_is_its_author() -> None:
    for text, actor in (
        ("قتل خمسة مسلحين بضربة جوية للروس على مغارة في ريف حمص يوم الاثنين.", "Military Forces of Russia (2000-)"),
        ("قتل خمسة مسلحين بضربة جوية للأتراك على قرية في ريف عفرين يوم الاثنين.", "Military Forces of Turkey (2016-)"),
        ("قتل خمسة مسلحين بضربة جوية لروسيا على مغارة في ريف حمص يوم الاثنين.", "Military Forces of Russia (2000-)"),
    ):
        events = _events(text, dt.date(2018, 7, 4))
        assert events and events[0].actor1 == actor, text
