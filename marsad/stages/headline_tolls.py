"""Headline tolls stage: a death toll told only in a metadata headline.

Listing leads and short wire items often give the dead in the headline alone
("21 شهيدا في قصف على مخيم النصيرات") while the body tells the act with no
number ("قصفت الطائرات منازل في المخيم").  A coder reads both, so when the
headline (`doc.headline`, read by stages/headline.py) tells one act with a
toll, and the body tells one act too, of the same violent event type (a
strike, a battle, an attack on civilians), at the headline's place and with
no toll of its own, that event takes the headline's toll.  It runs after dedupe, when every act is one event.  A
headline over several acts ("عشرات الشهداء بغزة ومقتل جندي بمعارك شمال
القطاع") pairs its numbers with the wrong act too often, so a headline or a
body with more than one act lends nothing.
"""

from __future__ import annotations

from marsad.document import Document, Event
from marsad.knowledge.triggers import VIOLENT_TYPES


def process(doc: Document) -> None:
    """Give the body's one toll-less act the toll its headline gives it."""
    if doc.headline is None or len(doc.headline.events) != 1:
        return
    told = doc.headline.events[0]
    current = [e for e in doc.events if not e.background]
    if told.background or told.fatalities <= 0 or len(current) != 1:
        return
    event = current[0]
    if event.event_type not in VIOLENT_TYPES or event.fatalities or event.event_type != told.event_type:
        return
    if _same_scene(told, event):
        event.fatalities = told.fatalities
        event.fatalities_low, event.fatalities_high = told.fatalities_low, told.fatalities_high
        event.fatalities_text = told.fatalities_text


def _same_scene(told: Event, event: Event) -> bool:
    """True when the headline names no place below its country, or a place
    in the event's governorate: a headline names the scene loosely ("وسط
    غزة" over a strike the body places in Deir al-Balah)."""
    if told.iso and event.iso and told.iso != event.iso:
        return False
    if told.geo_precision >= 3 or told.location is None:
        return True
    return told.location == event.location or (told.admin1 is not None and told.admin1 == event.admin1)
