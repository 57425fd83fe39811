"""Recalled acts told beside the news, checked on invented sentences.

An inquiry opened into a killing ("فتحت الشرطة تحقيقا في مقتل ...") makes the
killing its topic, told again: the inquiry is the news, and the killing is not
coded on the day the inquiry is reported.  An act told "at that time"
("حينذاك"، "آنذاك") after an earlier time belongs to that time, not to the
publication day.  The same acts told on their own stay news.
"""

from __future__ import annotations

import datetime as dt

import marsad

PUBLISHED = dt.date(2018, 5, 20)


def _events(text: str) -> list[tuple[str, str | None, bool]]:
    doc = marsad.extract(text, published=PUBLISHED)
    return [(e.sub_event_type, e.event_date, e.background) for e in doc.events]


def test_an_inquiry_into_a_killing_codes_no_killing_today() -> None:
    assert _events("فتحت الشرطة العراقية تحقيقا في مقتل شرطي في مدينة الموصل.") == []


def test_the_killing_reported_before_its_inquiry_stays_news() -> None:
    text = "قتل مسلحون شرطيا في مدينة الموصل أمس. وفتحت الشرطة تحقيقا في الهجوم."
    assert [(date, bg) for _, date, bg in _events(text)] == [("2018-05-19", False)]


def test_an_act_told_at_that_time_is_not_todays() -> None:
    text = "تظاهر آلاف في مدينة البصرة العام الماضي. وأطلقت الشرطة حينذاك الرصاص على المحتجين في البصرة."
    assert not [e for e in _events(text) if e[1] == PUBLISHED.isoformat() and not e[2]]


def test_the_same_act_with_its_own_day_stays_news() -> None:
    assert [bg for _, _, bg in _events("أطلقت الشرطة الرصاص على المحتجين في مدينة البصرة أمس.")] == [False]
