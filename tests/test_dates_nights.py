"""DATES stage: a night over two days, weekends, a day with the article, a Hijri day with its mark."""

from __future__ import annotations

import datetime as dt

import pytest
from support import date_mentions

PUBLISHED = dt.date(2022, 9, 7)  # a Wednesday


def run(text: str) -> list[tuple[dt.date | None, int]]:
    """(date, precision) of the date mentions of a one-sentence text."""
    return [(m.value, m.attrs["precision"]) for m in date_mentions(text, PUBLISHED)]


@pytest.mark.parametrize(
    "text",
    [
        "قصفت المدفعية القرية ليل الأحد الاثنين",
        "هاجم مسلحون الحاجز ليلة الأحد - الاثنين",
        "دارت اشتباكات عنيفة ليل الأحد إلى الاثنين",
    ],
)
def test_a_night_over_two_days_is_one_mention_dated_by_its_first_day(text: str) -> None:
    assert run(text) == [(dt.date(2022, 9, 4), 1)]


def test_a_night_past_its_midnight_is_dated_by_its_second_day() -> None:
    assert run("ألقت المروحيات براميل على البلدة بعد منتصف ليل الجمعة - السبت") == [(dt.date(2022, 9, 3), 1)]


def test_two_weekdays_not_in_a_row_are_two_mentions() -> None:
    assert len(run("قصفت الطائرات المدينة ليل الأحد والأربعاء")) == 2


def test_the_weekend_is_a_few_days_back_at_week_precision() -> None:
    [(value, precision)] = run("صعد الجيش هجماته على الريف الجنوبي خلال عطلة نهاية الأسبوع")
    assert precision == 2 and dt.timedelta(0) < PUBLISHED - value < dt.timedelta(days=7)


def test_the_end_of_last_week_is_last_week() -> None:
    assert run("قتل ثلاثة رعاة نهاية الأسبوع الماضي") == [(dt.date(2022, 8, 31), 2)]


@pytest.mark.parametrize("text", ["ستجري الانتخابات نهاية الأسبوع المقبل", "ستبدأ الهدنة الليلة المقبلة"])
def test_a_span_marked_as_coming_is_not_the_past_one(text: str) -> None:
    assert run(text) == []


@pytest.mark.parametrize("text", ["قتل صحفي في الـ21 من أغسطس", "قتل صحفي في الـ 21 من أغسطس"])
def test_a_day_number_with_the_article_is_that_day(text: str) -> None:
    assert run(text) == [(dt.date(2022, 8, 21), 1)]


def test_a_day_number_with_the_article_of_the_current_month() -> None:
    assert run("اعتقلت الشرطة ناشطين في الـ3 من الشهر الجاري") == [(dt.date(2022, 9, 3), 1)]


def test_a_hijri_day_with_its_current_mark_is_that_day() -> None:
    # 10 Safar 1444 fell on 6 September 2022.
    assert run("سقطت قذيفة على السوق في 10 صفر الجاري") == [(dt.date(2022, 9, 6), 1)]


def test_the_last_twenty_four_hours_told_as_hours_are_yesterday() -> None:
    assert run("شنت المقاتلات غارات على المواقع خلال الساعات الأربع والعشرين الماضية") == [(dt.date(2022, 9, 6), 1)]


def test_a_day_set_as_a_goal_is_the_coming_one() -> None:
    assert run("تتواصل المسيرات في المدن، على أن تبلغ ذروتها في 15 أكتوبر") == [(dt.date(2022, 10, 15), 1)]


@pytest.mark.parametrize("text", ["اغتيل القاضي في 5 الجاري", "دهمت القوات الحي صباح 5 الحالي"])
def test_a_day_with_the_current_mark_alone_is_that_day_of_this_month(text: str) -> None:
    assert run(text) == [(dt.date(2022, 9, 5), 1)]


def test_a_weekday_before_last_is_a_week_before_the_last_one() -> None:
    assert run("اقتحم مسلحون البلدة الخميس قبل الماضي") == [(dt.date(2022, 8, 25), 1)]


@pytest.mark.parametrize(
    "text",
    [
        "انفجرت سيارة ملغومة قرب المقهى في ساعة متأخرة الليلة قبل الماضية",
        "أغار الطيران على مواقع المسلحين الليلة قبل الفائتة",
    ],
)
def test_the_night_before_last_is_two_days_back_not_tonight(text: str) -> None:
    assert run(text) == [(dt.date(2022, 9, 5), 1)]


def test_last_night_and_tonight_keep_their_days() -> None:
    assert run("قصفت المدفعية البلدة الليلة الماضية") == [(dt.date(2022, 9, 6), 1)]
    assert run("قصفت المدفعية البلدة الليلة") == [(dt.date(2022, 9, 7), 1)]


@pytest.mark.parametrize(
    "text",
    [
        "أغارت المقاتلات على مخازن السلاح خلال الليل",
        "تبادل الطرفان القصف طوال الليل على أطراف المدينة",
        "استهدفت المروحيات خلال ساعات الليل تحصينات المسلحين",
    ],
)
def test_through_the_night_is_the_night_just_past(text: str) -> None:
    assert run(text) == [(dt.date(2022, 9, 6), 1)]


def test_through_the_night_keeps_its_day_beside_the_morning_of_publication() -> None:
    found = run("هاجم الجيش مواقع المتمردين خلال الليل، فيما تواصل إطلاق القذائف صباح الأربعاء")
    assert found == [(dt.date(2022, 9, 6), 1), (dt.date(2022, 9, 7), 1)]
