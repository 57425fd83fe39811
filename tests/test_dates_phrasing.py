"""DATES stage: weekday-with-date, recent-days and "منذ" after a one-off act."""

from __future__ import annotations

import datetime as dt

import pytest
from support import date_mentions

from marsad.stages import dates

PUBLISHED = dt.date(2021, 3, 11)  # a Thursday


def run(text: str) -> list:
    """Date mentions of a one-sentence text."""
    return date_mentions(text, PUBLISHED)


@pytest.mark.parametrize(
    "text",
    [
        "هاجم مسلحون قرية الرميلة الأربعاء 24 فبراير الماضي",
        "سقطت قذائف على الحي صباح الأربعاء، 24 فبراير",
        "جرت المواجهات يوم الأربعاء الموافق 24 شباط",
        "وقع الانفجار الأربعاء (24 فبراير)",
    ],
)
def test_weekday_named_with_a_date_is_one_mention_on_that_date(text: str) -> None:
    found = run(text)
    assert [(m.value, m.attrs["precision"]) for m in found] == [(dt.date(2021, 2, 24), 1)]


def test_weekday_with_a_date_follows_the_date_not_the_latest_weekday() -> None:
    # The latest Wednesday is 10 March; the date says 24 February.
    (found,) = run("اقتحمت قوة أمنية البلدة الأربعاء 24 فبراير")
    assert found.value == dt.date(2021, 2, 24)


@pytest.mark.parametrize(
    "expr", ["خلال الأيام القليلة الماضية", "في الأيام السابقة", "طوال الأيام الفائتة"]
)
def test_recent_days_are_a_week_precision_span_ending_at_publication(expr: str) -> None:
    resolved = dates.resolve_expression(expr, PUBLISHED)
    assert resolved is not None
    assert resolved[:2] == (PUBLISHED, 2)


def test_last_night_variants_are_the_day_before_publication() -> None:
    for expr in ("الليلة الفائتة", "الليلة المنصرمة"):
        resolved = dates.resolve_expression(expr, PUBLISHED)
        assert resolved is not None
        assert resolved[:2] == (dt.date(2021, 3, 10), 1)


def test_since_after_a_one_off_act_with_a_conjunction_counts_back() -> None:
    # "وقتل منذ أيام": the act happened a few days ago, it is not going on.
    (found,) = run("وقتل منذ أيام قيادي في الفصيل بكمين قرب الطريق")
    assert found.value == dt.date(2021, 3, 8)
    assert found.attrs["precision"] == 2
    assert not found.attrs.get("ongoing")


def test_since_without_an_act_stays_unresolved() -> None:
    assert run("تتعرض البلدة لقصف عنيف منذ أيام") == []


FEAST_PUBLISHED = dt.date(2019, 6, 10)  # six days after Eid al-Fitr 1440 (4 June 2019, Umm al-Qura)


@pytest.mark.parametrize(
    ("expr", "day", "precision"),
    [
        ("طوال أيام العيد", dt.date(2019, 6, 4), 2),
        ("خلال عيد الفطر", dt.date(2019, 6, 4), 2),
        ("في ثاني أيام عيد الفطر", dt.date(2019, 6, 5), 1),
        ("يوم العيد", dt.date(2019, 6, 4), 1),
        ("أول أيام عيد الأضحى", dt.date(2018, 8, 21), 1),
    ],
)
def test_feast_days_resolve_to_the_latest_feast_before_publication(expr: str, day: dt.date, precision: int) -> None:
    resolved = dates.resolve_expression(expr, FEAST_PUBLISHED)
    assert resolved is not None
    assert resolved[:2] == (day, precision)


@pytest.mark.parametrize("expr", ["احتفالا بعيد الفطر", "عيد الميلاد", "يوم العيد الوطني"])
def test_feast_named_as_an_occasion_or_another_holiday_is_no_date(expr: str) -> None:
    assert dates.resolve_expression(expr, FEAST_PUBLISHED) is None


@pytest.mark.parametrize(
    "text",
    ["داهمت قوات الأمن منازل في الحي مطلع الأسبوع", "اندلعت مواجهات بين المحتجين والشرطة منتصف الأسبوع"],
)
def test_early_or_mid_week_is_this_week_at_week_precision(text: str) -> None:
    assert [(m.value, m.attrs["precision"]) for m in run(text)] == [(PUBLISHED, 2)]


def test_early_last_week_is_last_week() -> None:
    assert [(m.value, m.attrs["precision"]) for m in run("داهمت قوات الأمن منازل في الحي مطلع الأسبوع الماضي")] == [
        (PUBLISHED - dt.timedelta(days=7), 2)]
