"""DATES stage: days told relative to publication or to a statement (EVENTS.md §5)."""

from __future__ import annotations

import datetime as dt

import pytest
from support import date_mentions

PUBLISHED = dt.date(2018, 5, 14)


def days(text: str) -> list[tuple[dt.date | None, int]]:
    """(day, precision) of each date mention of a one-sentence text."""
    return [(m.value, m.attrs["precision"]) for m in date_mentions(text, PUBLISHED)]


@pytest.mark.parametrize(
    "text",
    [
        "قتل مسلحون شرطيا عند حاجز في بغداد البارحة الأولى.",
        "قصفت الطائرات مواقع المسلحين في ساعة متأخرة من ليلة البارحة الأولى.",
    ],
)
def test_the_first_yesterday_is_the_day_before_yesterday(text: str) -> None:
    assert days(text) == [(dt.date(2018, 5, 12), 1)]


def test_plain_yesterday_stays_one_day_back() -> None:
    assert days("قتل مسلحون شرطيا عند حاجز في بغداد البارحة.") == [(dt.date(2018, 5, 13), 1)]


def test_a_call_for_an_inquiry_carries_its_own_day() -> None:
    (found,) = date_mentions("دعت المنظمة الجمعة إلى تحقيق مستقل في القصف الذي استهدف السوق.", PUBLISHED)
    assert "verb_start" in found.attrs
