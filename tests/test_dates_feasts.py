"""DATES stage: a feast named with its year, and the same feast recalled in the sentences after it."""

from __future__ import annotations

import datetime as dt

import pytest
from support import joined_sentences

from marsad.stages import dates

PUBLISHED = dt.date(2021, 3, 11)  # Eid al-Fitr 2020 fell on 24 May, Eid al-Adha 2019 on 11 August


def run(*sentences: str) -> list:
    """Date mentions of a text made of the given sentences."""
    doc = joined_sentences(*sentences, published=PUBLISHED)
    dates.process(doc)
    return doc.of_kind("date")


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("تذكر الأهالي القصف الذي وقع في عيد الفطر من العام الماضي على السوق.", dt.date(2020, 5, 24)),
        ("وكانت الميليشيا قد هاجمت القرية في عيد الأضحى عام 2019.", dt.date(2019, 8, 11)),
    ],
)
def test_a_feast_named_with_its_year_is_that_years_feast(text: str, day: dt.date) -> None:
    (found,) = run(text)
    assert found.value == day
    assert found.attrs["background"] is True


def test_a_feast_without_a_year_after_one_with_its_year_keeps_that_feast_and_year() -> None:
    found = run(
        "في عيد الفطر من العام الماضي 2020 سقطت قذيفة على ملعب الحي.",
        "كان الصبية يلعبون هناك في ثاني أيام العيد حين سقطت.",
    )
    assert [m.value for m in found] == [dt.date(2020, 5, 24), dt.date(2020, 5, 25)]


def test_a_feast_without_a_year_far_from_any_dated_feast_is_the_latest_one() -> None:
    found = run(
        "في عيد الأضحى عام 2019 اعتقلت الشرطة عشرة ناشطين.",
        "جملة أولى.", "جملة ثانية.", "جملة ثالثة.", "جملة رابعة.",
        "وفي أول أيام العيد تظاهر المئات في الساحة.",
    )
    assert found[-1].value == dt.date(2020, 7, 31)  # Eid al-Adha 1441, the latest before publication


@pytest.mark.parametrize(
    ("expr", "day"),
    [
        ("في اليوم الأول للعيد", dt.date(2020, 7, 31)),  # the latest feast: Eid al-Adha 1441
        ("اليوم الثاني من عيد الفطر", dt.date(2020, 5, 25)),
        ("في اليوم الثالث لعيد الأضحى", dt.date(2020, 8, 2)),
        ("اليوم الثاني من أيام العيد", dt.date(2020, 8, 1)),
    ],
)
def test_the_nth_day_of_a_feast_is_that_day(expr: str, day: dt.date) -> None:
    assert dates.resolve_expression(expr, PUBLISHED)[:2] == (day, 1)


@pytest.mark.parametrize("expr", ["اليوم الأول من الهجوم", "الأول للعيد", "أهدى الرجل وردة للعيد"])
def test_an_ordinal_day_of_something_else_or_a_bare_feast_is_no_feast_day(expr: str) -> None:
    resolved = dates.resolve_expression(expr, PUBLISHED)
    assert resolved is None or not resolved[2].get("feast")
