"""A "transitional government" is the government of the article's own country, not one state's alias."""

from __future__ import annotations

import datetime as dt

from marsad.pipeline import extract_text


def _sides(text: str, day: dt.date) -> set[str | None]:
    doc = extract_text(text, published=day)
    return {side for e in doc.events for side in (e.actor1, e.actor2)}


def test_transitional_government_forces_in_mali_are_malian():
    sides = _sides("هاجم مسلحون مقرا لقوات الحكومة الانتقالية في مدينة كيدال شمال مالي.", dt.date(2021, 3, 8))
    assert "Military Forces of Mali (2020-2021)" in sides
    assert not any(side and "Syria" in side for side in sides)


def test_transitional_government_in_syria_stays_syrian():
    sides = _sides("قالت الحكومة الانتقالية في دمشق إن قواتها اشتبكت مع مسلحين في ريف اللاذقية السوري.",
                   dt.date(2025, 3, 8))
    assert "Military Forces of Syria (2024-)" in sides
