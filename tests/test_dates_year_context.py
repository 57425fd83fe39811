"""DATES stage: the year of a day or month named without one, from the text around it."""

from __future__ import annotations

import datetime as dt

import pytest

from marsad.pipeline import extract_text
from marsad.stages import dates

PUBLISHED = dt.date(2019, 5, 20)


def found(text: str) -> list[tuple[str, dt.date | None, bool]]:
    """(expression, day, background) of the date mentions of one article."""
    doc = extract_text(text, published=PUBLISHED)
    return [(m.attrs["expr"], m.value, m.attrs["background"]) for m in sorted(doc.of_kind("date"), key=lambda m: m.start)]


@pytest.mark.parametrize(
    "text",
    [
        "سقطت قذائف على سوق المدينة في فبراير 2016، ثم قصفت الطائرات الجسر في أغسطس من العام نفسه.",
        "اقتحم المسلحون البلدة في فبراير 2016. وعادوا إليها في أغسطس من ذات العام.",
        "اقتحم المسلحون البلدة عام 2016، ثم أحرقوا السوق في 4 أغسطس من ذلك العام.",
    ],
)
def test_a_month_of_the_same_year_is_in_the_year_named_before(text: str) -> None:
    last = found(text)[-1]
    assert (last[1].year, last[1].month, last[2]) == (2016, 8, True)


def test_a_month_after_a_month_named_with_an_earlier_year_in_its_sentence_is_that_years() -> None:
    dated = found("وذكر الجيش في نوفمبر 2017 أن طائراته قصفت مخزنا للسلاح قرب الحدود في أواخر أكتوبر.")
    assert [(day, background) for _, day, background in dated] == [
        (dt.date(2017, 11, 1), True), (dt.date(2017, 10, 1), True)]


def test_a_bare_year_does_not_give_its_year_to_the_month_after_it() -> None:
    dated = found("نفذت الجماعة هجمات على فندق في 2014 وعلى ثكنة للجيش في أبريل.")
    assert dated[-1][1] == dt.date(2019, 4, 1)


def test_the_month_year_of_another_sentence_does_not_carry_over() -> None:
    dated = found("اقتحم المسلحون البلدة في فبراير 2016. وفي الرابع من مايو قصفت الطائرات الجسر.")
    assert dated[-1][1] == dt.date(2019, 5, 4)


def test_a_day_named_again_without_its_year_keeps_the_year_given_first() -> None:
    text = "هاجم مسلحون مقر الشرطة في المدينة في 9 مارس 2017. وما زال منفذو هجوم 9 مارس فارين."
    assert found(text)[-1][1:] == (dt.date(2017, 3, 9), True)


def test_a_year_after_the_preposition_lam_belongs_to_the_date() -> None:
    assert dates.resolve_expression("حدود الرابع من يونيو لعام 1967", PUBLISHED)[0] == dt.date(1967, 6, 4)


def test_two_names_of_one_month_side_by_side_are_one_expression() -> None:
    assert [day for _, day, _ in found("فر آلاف السكان من القرية في يوليو تموز 2015.")] == [dt.date(2015, 7, 1)]
