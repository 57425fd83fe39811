"""An act takes its own day, not the announcement's or the publication's (EVENTS.md §5):
the middle of a named month, a later sentence telling when "the incident" took place, and
the next sentence's day for an act a lead dates only by its statement."""

from __future__ import annotations

import datetime as dt

import pytest
from support import date_mentions

from marsad.pipeline import extract_text
from marsad.stages import events

PUBLISHED = dt.date(2015, 7, 24)


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("اعتقل المسلحون خمسة ضباط في المدينة في منتصف يوليو (تموز) الحالي.", dt.date(2015, 7, 15)),
        ("سيطر التنظيم على البلدة منتصف مايو الماضي.", dt.date(2015, 5, 15)),
        ("قتل جنديان في هجوم على حاجز أواسط يونيو 2014.", dt.date(2014, 6, 15)),
    ],
)
def test_the_middle_of_a_month_is_its_fifteenth_within_the_week(text: str, day: dt.date) -> None:
    assert [(m.value, m.attrs["precision"]) for m in date_mentions(text, PUBLISHED)] == [(day, 2)]


def test_a_bare_month_stays_its_first_at_month_precision() -> None:
    assert [(m.value, m.attrs["precision"]) for m in date_mentions("سيطر التنظيم على البلدة في مايو الماضي.", PUBLISHED)] == [
        (dt.date(2015, 5, 1), 3)
    ]


def _dates(text: str, published: dt.date) -> list[tuple[str | None, int]]:
    return [(e.event_date, e.time_precision) for e in extract_text(text, published=published).events]


def test_a_later_sentence_telling_when_the_incident_took_place_dates_the_act() -> None:
    text = ("أكدت وزارة الدفاع في بيان مقتل تسعة جنود بعد تعرضهم لإطلاق نار في ولاية عين الدفلى. "
            "وقالت إن هذه الحادثة وقعت يوم 17 يوليو 2015 مساء.")
    assert _dates(text, dt.date(2015, 7, 22)) == [("2015-07-17", 1)]


def test_the_incident_day_after_another_dated_sentence_dates_nothing_before_it() -> None:
    text = ("أكدت وزارة الدفاع في بيان مقتل تسعة جنود بعد تعرضهم لإطلاق نار في ولاية عين الدفلى. "
            "وزار الرئيس المصابين في المستشفى أمس الثلاثاء. "
            "وقالت إن هذه الحادثة وقعت يوم 17 يوليو 2015 مساء.")
    assert ("2015-07-17", 1) not in _dates(text, dt.date(2015, 7, 22))


def test_the_next_sentence_gives_the_day_of_an_act_a_lead_dates_by_its_statement() -> None:
    doc = extract_text("أعلن قائد للجيش أمس الاثنين أن جنديين اثنين قتلا في هجوم لجماعة أبو سياف.\n"
                       "وقال الجنرال إن الجماعة نصبت كمينا للضحيتين أول أمس الأحد على طريق في بلدة باتيكول.",
                       published=dt.date(2015, 8, 11))
    lead = doc.sentences[0]
    anchor = next(t for t in doc.in_span("trigger", lead.start, lead.end) if t.text == "قتلا")
    assert events.event_date(doc, lead, lead.start, lead.end, anchor) == (dt.date(2015, 8, 9), 1, True)


def test_the_incident_day_does_not_date_an_arrest_told_before_it() -> None:
    doc = extract_text("اعتقلت الشرطة ثلاثة مشتبه بهم في مدينة الرمادي. وقالت إن الهجوم وقع يوم 17 يوليو 2015 مساء.",
                       published=dt.date(2015, 7, 22))
    assert [(e.event_date, e.time_precision) for e in doc.events if e.sub_event_type == "Arrests"] == [("2015-07-22", 2)]


def test_a_next_sentence_telling_acts_of_several_kinds_leaves_the_statement_day() -> None:
    doc = extract_text("أعلن مسؤولون أمنيون أمس الخميس مقتل 11 مسلحا و10 مدنيين في أعمال عنف في محافظة ديالى.\n"
                       "وقال المسؤولون إن قوة أمنية شنت عملية عسكرية على قرى قرب بعقوبة قتلت خلالها 11 مسلحا، "
                       "وأشاروا إلى مقتل 10 مدنيين في انفجار عبوتين ناسفتين الليلة الماضية.",
                       published=dt.date(2015, 7, 24))
    lead = doc.sentences[0]
    anchor = next(t for t in doc.in_span("trigger", lead.start, lead.end) if t.text == "مقتل")
    assert events.event_date(doc, lead, lead.start, lead.end, anchor) == (dt.date(2015, 7, 23), 1, True)
