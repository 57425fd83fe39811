"""Events stage: acts told "since" a year, a span of weeks or more, or a clause
are summed up over that time (EVENTS.md: running totals are not events); "ago"
and a comparison still report one act."""

import datetime as dt

import pytest

from marsad.pipeline import extract_text

PUBLISHED = dt.date(2019, 3, 6)  # a Wednesday


def events_of(text: str):
    return extract_text(text, published=PUBLISHED).events


@pytest.mark.parametrize("sentence", [
    # since a year
    "وقتل أكثر من 40 جنديا في هجمات على مواقعهم في ولاية القصرين منذ 2013.",
    # a war going on for months, with its toll
    "وقتل أكثر من ألفي شخص في المعارك المستمرة في محافظة إدلب منذ خمسة أشهر.",
    # a campaign told as going on for months
    "وتقصف الطائرات الحربية مواقع المسلحين في محافظة إدلب منذ خمسة أشهر.",
    # since a thing told as a clause
    "وكثف المسلحون هجماتهم على دوريات الجيش في مدينة العريش منذ أن بدأت القوات حملتها في الصيف.",
])
def test_acts_told_since_a_year_a_long_span_or_a_clause_are_a_running_total(sentence: str) -> None:
    assert events_of(sentence) == []


def test_a_span_closed_by_an_ago_tail_still_tells_one_past_act() -> None:
    events = events_of("وقتل مسلحون أربعة جنود في مدينة عدن منذ ثلاثة أسابيع مضت.")
    assert [e.event_type for e in events] == ["Battles"]
    assert events[0].background


def test_the_worst_attack_since_a_year_is_still_the_days_act() -> None:
    events = events_of("قتل خمسة جنود أمس في هجوم على نقطة تفتيش في مدينة عدن، وهو أعنف هجوم منذ 2014.")
    assert [(e.event_date, e.fatalities) for e in events] == [("2019-03-05", 5)]
