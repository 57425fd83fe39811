"""Gunmen told "in" a named group ("مسلحون في X") are that group's men, not an unidentified one."""

from __future__ import annotations

import datetime as dt

from marsad.pipeline import extract_text

DAY = dt.date(2015, 7, 25)


def _sides(text: str) -> set[str | None]:
    doc = extract_text(text, published=DAY)
    return {side for e in doc.events for side in (e.actor1, e.actor2)}


def test_gunmen_in_a_named_group_are_that_group():
    sides = _sides("قتل جندي تركي عندما هاجم مسلحون في تنظيم داعش موقعا للجيش التركي على الحدود مع سوريا.")
    # the post lies on the Turkish side of the border (test_geocode_border_near_side)
    assert "Islamic State (Turkey)" in sides
    assert not any(str(side).startswith("Unidentified Armed Group") for side in sides)


def test_gunmen_in_a_town_stay_unidentified():
    sides = _sides("قتل ثلاثة مدنيين برصاص مسلحين في مدينة الرمادي العراقية أمس.")
    assert "Unidentified Armed Group (Iraq)" in sides
