"""A war-day counter and "since dawn today" fix the report's day (session 22, H242).

"في اليوم الـ450 للعدوان على غزة" counts the war's days up to the day the
report tells: the acts told with it are that day's, the publication day, at
day precision, even with an ongoing verb ("واصل").  "منذ فجر اليوم الخميس"
is a span inside today: still day precision, unlike "منذ الاثنين".
"""

from __future__ import annotations

import datetime as dt

import pytest

from marsad.pipeline import extract_text
from marsad.stages import dates
from marsad.text import normalize

PUBLISHED = dt.date(2024, 8, 29)  # a Thursday


@pytest.mark.parametrize(
    "expr",
    ["في اليوم الـ310 للعدوان على غزة", "في اليوم الـ310 لعدوانه", "اليوم الـ 310 من الحرب",
     "في اليوم 310 للحرب", "مع دخول الحرب يومها الـ310"],
)
def test_war_day_counters_are_recognised(expr: str) -> None:
    assert dates.counts_war_days(normalize(expr))


@pytest.mark.parametrize("expr", ["منذ اليوم الـ7 للحرب", "اليوم الـ4 من العملية", "اليوم الثاني من الحرب"])
def test_a_start_or_another_count_is_no_war_day_counter(expr: str) -> None:
    assert not dates.counts_war_days(normalize(expr))


def test_since_dawn_today_is_today_but_since_another_day_is_not() -> None:
    assert dates.resolve_expression("منذ فجر اليوم الخميس", PUBLISHED)[:2] == (PUBLISHED, 1)
    assert dates.resolve_expression("منذ الاثنين", PUBLISHED)[1] == 2


@pytest.mark.parametrize(
    "text",
    [
        "في اليوم الـ310 لعدوانه على غزة، واصل جيش الاحتلال قصفه على مخيم النصيرات مما أسفر عن استشهاد 4 فلسطينيين.",
        "استشهد 9 فلسطينيين في غارات إسرائيلية على مدينة خان يونس منذ فجر اليوم الخميس.",
        "في اليوم الـ310 للحرب على غزة، قصف جيش الاحتلال مخيم جباليا. وقتل جندي إسرائيلي في اشتباك شمالي القطاع.",
    ],
)
def test_acts_told_with_the_counter_take_the_day(text: str) -> None:
    doc = extract_text(text, published=PUBLISHED)
    assert doc.events
    assert all((e.event_date, e.time_precision) == (PUBLISHED.isoformat(), 1) for e in doc.events)


def test_the_counter_number_is_not_a_toll() -> None:
    doc = extract_text("في اليوم الـ310 للحرب على غزة، قصف جيش الاحتلال منزلا في مخيم جباليا.", published=PUBLISHED)
    assert doc.events and all(e.fatalities != 310 for e in doc.events)


def test_the_act_own_day_wins_over_the_counter() -> None:
    doc = extract_text("في اليوم الـ310 للحرب على غزة، أعلن الجيش الإسرائيلي مقتل قيادي في غارة على مدينة صور أمس الأربعاء.",
                       published=PUBLISHED)
    assert doc.events and all(e.event_date == "2024-08-28" for e in doc.events)


def test_without_a_counter_an_ongoing_act_stays_at_week_precision() -> None:
    doc = extract_text("واصل جيش الاحتلال قصفه على مخيم النصيرات مما أسفر عن استشهاد 4 فلسطينيين.", published=PUBLISHED)
    assert doc.events and all(e.time_precision == 2 for e in doc.events)
