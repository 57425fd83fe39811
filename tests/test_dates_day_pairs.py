"""DATES stage: two days named together are one span of days (EVENTS.md §1, time_precision 2)."""

from __future__ import annotations

import datetime as dt

from support import every_line_doc

from marsad.pipeline import extract_text
from marsad.stages import dates

PUBLISHED = dt.date(2019, 3, 6)  # a Wednesday


def days(text: str) -> list[tuple[str, int]]:
    """(day, precision) of each date mention of a one-sentence text."""
    doc = every_line_doc(text, PUBLISHED)
    dates.process(doc)
    return [(m.value.isoformat(), m.attrs["precision"]) for m in doc.of_kind("date")]


def test_two_weekdays_joined_are_a_span_from_the_first() -> None:
    assert days("قتل ثلاثة مدنيين بقصف مدفعي على القرية يومي السبت والأحد.") == [("2019-03-02", 2)] * 2


def test_a_pair_ending_before_publication_starts_the_day_before_its_second_day() -> None:
    # published on a Wednesday: "الأربعاء" alone would be today, but with Thursday after it it is last week's
    assert days("قتل أربعة مدنيين بنيران القوات الحدودية الأربعاء والخميس.") == [("2019-02-27", 2)] * 2


def test_yesterday_and_the_day_before_are_a_span() -> None:
    assert days("سيطرت القوات على مواقع تقدم إليها المسلحون أمس وأمس الأول.") == [("2019-03-04", 2)] * 2


def test_a_night_running_into_a_morning_is_no_span() -> None:
    assert days("تقدمت القوات ليل الجمعة وصباح السبت جنوب المدينة.") == [("2019-03-01", 1), ("2019-03-02", 1)]


def test_days_apart_in_the_sentence_are_not_joined() -> None:
    assert days("قالت الشرطة الجمعة إن مسلحين قتلوا جنديا السبت.") == [("2019-03-01", 1), ("2019-03-02", 1)]


def test_the_event_of_a_two_day_span_has_week_precision() -> None:
    events = extract_text("قتل ثلاثة جنود في اشتباكات مع مسلحين يومي السبت والأحد في ريف حلب.", published=PUBLISHED).events
    assert [(e.event_date, e.time_precision) for e in events] == [("2019-03-02", 2)]
