"""Modality: control named as the stake of a rivalry or held in shares is a
state of the war, not ground taken on a day (EVENTS.md: generic statements
are not events)."""

import datetime as dt

import pytest

from marsad.pipeline import extract_text

PUBLISHED = dt.date(2019, 3, 6)


def events_of(text: str):
    return extract_text(text, published=PUBLISHED).events


@pytest.mark.parametrize("sentence", [
    "وتعيش ليبيا فوضى أمنية حيث تدعم ميليشيات متناحرة حكومتين تتنافسان على السيطرة على البلاد.",
    "ويتواصل في مدينة سرت الصراع على السيطرة على الميناء بين الفصائل.",
    "وتنتشر في مدينة درعا فصائل عدة تتقاسم السيطرة على أحيائها.",
])
def test_contested_or_shared_control_is_not_ground_taken(sentence: str) -> None:
    assert [e.sub_event_type for e in events_of(sentence)] == []


def test_control_taken_is_still_reported() -> None:
    events = events_of("وسيطرت الفصائل على حي المنشية في مدينة درعا أمس بعد معارك مع القوات الحكومية.")
    assert "Battles" in [e.event_type for e in events]
