"""DATES stage: years ago ("قبل أربع سنوات"), "منذ ... مضت" and spans of years."""

from __future__ import annotations

import datetime as dt

import pytest
from support import date_mentions

from marsad.stages import dates
from marsad.text import normalize

PUBLISHED = dt.date(2021, 3, 11)


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("دمرت الطائرات الجسر قبل ثلاث سنوات", dt.date(2018, 3, 1)),
        ("أحرق المحتجون المبنى قبل عامين", dt.date(2019, 3, 1)),
        ("اقتحم المسلحون السجن قبل نحو سبعة أعوام", dt.date(2014, 3, 1)),
        ("اختطف المسلحون، منذ نحو خمس سنوات مضت، عشرين صيادا", dt.date(2016, 3, 1)),
        ("القائد الذي اغتيل منذ عامين في كمين", dt.date(2019, 3, 1)),
    ],
)
def test_years_ago_date_the_month_that_many_years_back_as_background(text: str, day: dt.date) -> None:
    value, precision, attrs = dates.resolve_expression(text, PUBLISHED)
    assert (value, precision, attrs["background"]) == (day, 3, True)


def test_days_since_with_a_passed_tail_count_back_like_ago() -> None:
    assert dates.resolve_expression("هاجموا القافلة منذ خمسة أيام مضت", PUBLISHED)[:2] == (dt.date(2021, 3, 6), 1)


@pytest.mark.parametrize(
    "text",
    ["النزاع المستمر في البلاد منذ ست سنوات", "المعتقل في سجن المدينة منذ عامين", "الحصار المفروض منذ 18 شهرا"],
)
def test_a_span_of_a_year_or_more_running_to_now_dates_nothing(text: str) -> None:
    assert dates.resolve_expression(text, PUBLISHED) is None


def test_a_year_number_after_the_unit_is_that_year_not_years_ago() -> None:
    value, precision, attrs = dates.resolve_expression("قبل عام 2015 كانت المدينة هادئة", PUBLISHED)
    assert (value, precision, attrs["rule"]) == (None, 3, "year")


def test_a_span_of_weeks_still_runs_to_publication() -> None:
    assert dates.resolve_expression("تتواصل المعارك منذ ثلاثة أسابيع", PUBLISHED)[:2] == (PUBLISHED, 2)


def test_earlier_on_the_day_is_news_not_a_recall() -> None:
    assert not dates.background_markers(normalize("قصفت المدفعية القرية بعد هجوم في وقت سابق اليوم قتل فيه حارسان"))


def test_a_pluperfect_with_a_long_subject_is_a_recall() -> None:
    assert dates.background_markers(normalize("وكان قائد الشرطة العقيد سمير داود قد أمر بإغلاق الطريق"))


@pytest.mark.parametrize(
    "sentence",
    [
        "هاجمت جبهة فتح الشام (جبهة النصرة سابقا) مواقع الجيش أمس",
        "اغتال مسلحون العقيد سامي نوري، أحد ضباط الاستخبارات سابقا، أمام منزله",
        "تراجعت حدة القصف على البلدة عما كانت عليه في السابق",
    ],
)
def test_formerly_of_a_name_or_than_before_is_no_recall(sentence: str) -> None:
    assert not dates.background_markers(normalize(sentence))


def test_an_act_told_as_done_before_is_a_recall() -> None:
    assert dates.background_markers(normalize("وأفرج المسلحون عن مزارع اختطف سابقا من قرية مجاورة"))


def _sentence_dates(text: str, published: dt.date) -> list[tuple[dt.date | None, bool]]:
    """(value, background) of the date mentions of a one-sentence text."""
    return [(m.value, m.attrs["background"]) for m in date_mentions(text, published)]


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("تصاعدت الهجمات قبل الانتخابات البلدية المقررة في 14 سبتمبر", dt.date(2021, 9, 14)),
        ("ومن المقرر أن تنعقد جولة المفاوضات يوم الأحد", dt.date(2021, 3, 14)),
        ("قبل القمة المرتقبة في شهر فبراير", dt.date(2022, 2, 1)),
    ],
)
def test_a_date_set_for_something_planned_is_the_next_one(text: str, day: dt.date) -> None:
    assert _sentence_dates(text, PUBLISHED) == [(day, False)]


def test_a_past_day_without_a_planning_word_stays_in_the_past() -> None:
    assert _sentence_dates("قتل ثلاثة في هجوم يوم 14 سبتمبر", PUBLISHED) == [(dt.date(2020, 9, 14), True)]


def test_the_news_coming_days_after_an_act_dates_that_act_back() -> None:
    text = "ويأتي ذلك بعد أربعة أيام على تفجير استهدف سوق المدينة"
    assert _sentence_dates(text, PUBLISHED) == [(dt.date(2021, 3, 7), False)]


@pytest.mark.parametrize(
    "text",
    ["اعتقلت الشرطة المنفذ بعد يومين على الهجوم", "انسحب المسلحون بعد ثلاثة أيام من المعارك"],
)
def test_days_after_an_act_of_unknown_day_date_nothing(text: str) -> None:
    assert _sentence_dates(text, PUBLISHED) == []


@pytest.mark.parametrize(
    ("text", "back"),
    [("قبل ستة أيام", True), ("منذ ستة أيام مضت", True), ("منذ ستة أيام", False), ("اختطف منذ ستة أيام", True)],
)
def test_counts_back_tells_ago_from_a_span_still_going_on(text: str, back: bool) -> None:
    found = [c for c in dates.find_expressions(normalize(text)) if c.rule == "ago"]
    assert [dates.counts_back(c.groups) for c in found] == [back]
