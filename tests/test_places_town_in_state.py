"""A foreign town spelled by ear and named with the state it lies in
("بتشاتانوجا في تنيسي", ج for the g of تشاتانوغا) is that state's town, not
a word: the event is placed at the town, not at the whole state."""

from __future__ import annotations

import datetime as dt

from support import place_doc as _doc
from support import place_names as _names

import marsad


def test_a_town_spelled_by_ear_before_its_state_is_found():
    text = "قتل مسلح خمسة جنود في هجوم بتشاتانوجا في تنيسي في الولايات المتحدة يوم الخميس."
    assert "تشاتانوجا" in _names(_doc(text))
    events = marsad.extract(text, published=dt.date(2015, 7, 18)).events
    assert [event.location for event in events] == ["Chattanooga"]


def test_an_ordinary_word_before_a_state_stays_a_word():
    text = "قتل مسلح خمسة أشخاص في هجوم بمدرسة في تنيسي في الولايات المتحدة يوم الخميس."
    assert _names(_doc(text)) == ["تنيسي", "الولايات المتحدة"]
