"""Notes stage: a short English sentence per event, built from its final fields.

Analysts who do not read Arabic scan the `notes` column (the ACLED CSV export
uses it).  It is written last, after dedupe: merging copies and rereading the
best-told one change the type, sides, place, day and toll an earlier note
would have described.  Templates per sub-type live in `notes.yaml`.
"""

from __future__ import annotations

import datetime as dt

from marsad.document import Document, Event
from marsad.knowledge.notes import load_note_templates


def process(doc: Document) -> None:
    """Write each event's English note from its structured fields."""
    for event in doc.events:
        event.notes = english_note(event)


def english_note(event: Event) -> str:
    """A short English sentence built from the structured fields."""
    template = load_note_templates().get(event.sub_event_type, "{actor1}: {sub_type} {place}")
    place_name = event.location or "an unknown place"
    if event.geo_precision == 1:
        place = f"in {place_name}"
    elif event.geo_precision == 2:
        place = f"near {place_name}"
    else:
        place = f"in the {place_name} area"
    if event.admin1 and event.admin1 != event.location:
        place += f" ({event.admin1})"
    actor1 = event.actor1 or "An unidentified group"
    values = {
        "actor1": actor1,
        "actor2": event.actor2 or "another party",
        "actor2_or_unknown": event.actor2 or "an unidentified party",
        "actor2_or_civilians": event.actor2 or "civilians",
        "actor1_protesters": event.actor1 or "protesters",
        "against": f" against {event.actor2}" if event.actor2 else "",
        "target": f" {event.actor2}" if event.actor2 else "",
        "from_actor2": f" from {event.actor2}" if event.actor2 else "",
        "assoc": event.assoc_actor_1 or "",
        "place": place,
        "place_name": place_name,
        "sub_type": event.sub_event_type.lower(),
    }
    text = template.format(**values)
    if event.event_date:
        day = dt.date.fromisoformat(event.event_date)
        when = {1: f"On {day.day} {day:%B %Y}", 2: f"Around {day.day} {day:%B %Y}", 3: f"In {day:%B %Y}"}
        if text.startswith(("A ", "An ")) and not text.startswith(actor1):
            text = text[0].lower() + text[1:]  # "On 5 May, an explosive device ..."
        text = f"{when.get(event.time_precision, when[1])}, {text}"
    text += "."
    if event.fatalities:
        text += f" {event.fatalities} fatalit{'y' if event.fatalities == 1 else 'ies'} reported."
    if event.assoc_actor_1:
        text += f" Supported by {event.assoc_actor_1}."
    return text
