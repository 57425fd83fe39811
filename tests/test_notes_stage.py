"""The English note is written from an event's final fields, after dedupe has
merged its reports: a toll or place that only the body adds is in the note."""

from __future__ import annotations

import datetime as dt

from marsad.pipeline import extract_text


def test_a_toll_the_body_adds_to_the_lead_act_is_in_its_note():
    doc = extract_text(
        "شنت طائرات التحالف العربي أمس غارات على مواقع الحوثيين في مدينة صعدة.\n"
        "وقالت مصادر محلية إن القصف استهدف مخازن أسلحة في المدينة وأدى إلى مقتل خمسة من المسلحين.",
        published=dt.date(2015, 8, 10),
    )
    assert [e.fatalities for e in doc.events] == [5]
    assert doc.events[0].notes.endswith("5 fatalities reported.")


def test_every_note_tells_its_events_day_and_place():
    doc = extract_text(
        "قتل ثلاثة جنود عراقيين أمس في هجوم لتنظيم داعش على نقطة تفتيش في قضاء الطارمية شمال بغداد.",
        published=dt.date(2018, 5, 10),
    )
    event = doc.events[0]
    assert event.notes.startswith("On 9 May 2018, ")
    assert event.location in event.notes and "3 fatalities reported." in event.notes
