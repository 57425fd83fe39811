"""DATES stage: a bare year after "في"/"خلال" is a year-precision date, unless it counts a noun."""

from __future__ import annotations

import datetime as dt

import pytest

from marsad.pipeline import extract_text
from marsad.stages import dates

PUBLISHED = dt.date(2022, 9, 8)


@pytest.mark.parametrize(
    "text",
    [
        "أسقطت الطائرة فوق شرق البلاد في 2014.",
        "هاجم المسلحون القاعدة خلال 2017، ثم انسحبوا",
        "دمرت الغارات الجسر في 2015 بعد أن حاصرت القوات المدينة",
        "اقتحم الجنود البلدة في 2012 و2013",
    ],
)
def test_a_bare_year_after_in_or_during_is_a_year(text: str) -> None:
    value, precision, attrs = dates.resolve_expression(text, PUBLISHED)
    assert (value, precision, attrs["rule"], attrs["background"]) == (None, 3, "year", True)


@pytest.mark.parametrize("text", ["تسبب القصف في 2000 حالة نزوح", "شارك في 1500 عملية", "تعيش البلاد أزمة منذ 2014"])
def test_a_counted_number_or_a_span_since_a_year_is_no_date(text: str) -> None:
    assert dates.resolve_expression(text, PUBLISHED) is None


def test_an_act_told_last_week_but_set_in_an_earlier_year_is_a_recall() -> None:
    text = "وقالت اللجنة الأسبوع الماضي إن الطائرات قصفت مستشفى في مدينة دير الزور في 2016 ما أدى إلى مقتل 20 مدنيا."
    assert not [e for e in extract_text(text, published=PUBLISHED).events if not e.background]
