"""DATES stage: ordinals that count parts of a span (a week, a half, the Nth day) are not days."""

from __future__ import annotations

import datetime as dt

import pytest
from support import date_mentions

PUBLISHED = dt.date(2021, 3, 11)  # a Thursday


def run(text: str) -> list[tuple[dt.date | None, int]]:
    """(date, precision) of the date mentions of a one-sentence text."""
    return [(m.value, m.attrs["precision"]) for m in date_mentions(text, PUBLISHED)]


@pytest.mark.parametrize(
    ("text", "month"),
    [
        ("تصاعدت الغارات على القرى في النصف الثاني من يناير", dt.date(2021, 1, 1)),
        ("قتل ثلاثة من الشرطة في كمين خلال الأسبوع الأول من فبراير الماضي", dt.date(2021, 2, 1)),
        ("شنت الفصائل هجمات متفرقة في الأسبوع الثاني من الشهر الجاري", dt.date(2021, 3, 1)),
    ],
)
def test_an_ordinal_after_a_week_or_a_half_names_the_month_not_a_day(text: str, month: dt.date) -> None:
    assert run(text) == [(month, 3)]


def test_an_ordinal_day_of_a_month_is_still_that_day() -> None:
    assert run("اقتحمت القوات الحي في الثالث من فبراير") == [(dt.date(2021, 2, 3), 1)]
    assert run("اقتحمت القوات الحي في اليوم الثالث من فبراير") == [(dt.date(2021, 2, 3), 1)]


@pytest.mark.parametrize(
    "text",
    [
        "قصفت المدفعية أطراف البلدة في اليوم الثاني من الهجوم",
        "يحاصر المسلحون الحي منذ اليوم الأول للمعارك",
        "اندلعت اشتباكات عنيفة في الليلة الأولى من الحملة",
        "قتل خمسة مدنيين في اليوم الأخير من المعركة",
    ],
)
def test_the_nth_day_of_a_span_is_not_today(text: str) -> None:
    assert run(text) == []


def test_today_and_tonight_alone_are_still_the_publication_day() -> None:
    assert run("قصفت الطائرات البلدة اليوم") == [(PUBLISHED, 1)]
    assert run("قصفت الطائرات البلدة الليلة") == [(PUBLISHED, 1)]
