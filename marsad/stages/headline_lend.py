"""Headline lend stage: a toll or an author told only in a metadata headline.

Listing leads and short wire items often give the dead, or the side that
struck, in the headline alone ("21 شهيدا في قصف إسرائيلي على مخيم النصيرات")
while the body tells the act without them ("قصفت الطائرات منازل في المخيم،
ما أدى إلى استشهاد عدد من المواطنين").  A coder reads both, so when the
headline (`doc.headline`, read by stages/headline.py) tells one violent act
(a strike, a battle, an attack on civilians), and the body tells one too at
the headline's place, the body's act takes what it lacks: the headline's
author when its own is unidentified, and the headline's toll when it has
none and the two acts are of one event type (a headline's "برصاص الاحتلال"
reads as a fight where the body tells a killing: the same author, but a toll
is only lent between acts read alike).  It runs after dedupe, when every act
of the body is one event; the headline's own acts are not deduped, so a
headline act read twice (once per place) lends nothing.  A headline over
several acts ("عشرات الشهداء بغزة ومقتل جندي بمعارك شمال القطاع") pairs its
numbers and sides with the wrong act too often, so a headline or a body with
more than one act lends nothing.
"""

from __future__ import annotations

from marsad.document import Document, Event
from marsad.knowledge.triggers import VIOLENT_TYPES
from marsad.stages import actors, dates, events, numbers, triggers
from marsad.stages.dedupe import UNKNOWN_ACTOR_PREFIXES


def process(doc: Document) -> None:
    """Give the body's one act the toll and author only its headline tells."""
    current = [e for e in doc.events if not e.background]
    if doc.headline is None or len(current) != 1 or current[0].event_type not in VIOLENT_TYPES:
        return
    told = _headline_act(doc.headline)
    event = current[0]
    if told is None or told.event_type not in VIOLENT_TYPES or not _same_scene(told, event):
        return
    if (told.fatalities > 0 and event.fatalities == 0 and event.event_type == told.event_type
            and not _tally_told(doc, event, told.fatalities)):
        event.fatalities = told.fatalities
        event.fatalities_low, event.fatalities_high = told.fatalities_low, told.fatalities_high
        event.fatalities_text = told.fatalities_text
    if (_unidentified(event.actor1) and told.actor1 and not _unidentified(told.actor1) and told.actor1 != event.actor2
            and told.actor1 not in _speakers(doc.headline)):
        event.actor1, event.inter1, event.assoc_actor_1 = told.actor1, told.inter1, told.assoc_actor_1


def _headline_act(headline: Document) -> Event | None:
    """The one current act a headline tells, or None.  The headline's places
    are read already (stages/headline.py); its sides, numbers, days and acts
    are read only here, for the few stories whose body tells one act.  The stages
    run in their order in `marsad.pipeline.STAGES` (not imported: it imports this)."""
    for stage in (actors.process, numbers.process, dates.process, triggers.process, events.process):
        stage(headline)
    told = [e for e in headline.events if not e.background]
    return told[0] if len(told) == 1 and len(headline.events) == 1 else None


def _tally_told(doc: Document, event: Event, toll: int) -> bool:
    """The act's own sentences count dead in a tally (numbers' role `total`) other than the
    headline's count: "أطلقت امرأتان النار على القنصلية ... وقتل ثمانية أشخاص في موجة من
    الهجمات المنفصلة" under "العنف يحصد تسعة قتلى في تركيا".  The body tells the dead as
    several acts' together, not its act's own, and the headline counts yet another tally.
    (A headline that repeats the body's tally, "نحو 50 شهيدا" over "ليرتفع عدد الشهداء
    منذ فجر أمس إلى نحو 50 شهيدا", is the day's toll the body told: it is lent.)"""
    return any(m.attrs.get("role") == "total" and m.value != toll
               for span in event.evidence_spans for m in doc.in_span("number", *span))


def _speakers(headline: Document) -> set[str]:
    """Actors a headline quotes ("حماس: مزاعم الاحتلال ... كاذبة"): a speaker's name
    read as the author of the act it speaks of would blame it for that act."""
    return {m.value.name for m in headline.mentions.get("actor", []) if m.attrs.get("in_source") and m.value}


def _unidentified(actor: str | None) -> bool:
    """True for no author or the generic unidentified armed group of a country."""
    return actor is None or actor.startswith(UNKNOWN_ACTOR_PREFIXES)


def _same_scene(told: Event, event: Event) -> bool:
    """True when the headline names no place below its country, or a place
    in the event's governorate: a headline names the scene loosely ("وسط
    غزة" over a strike the body places in Deir al-Balah)."""
    if told.iso and event.iso and told.iso != event.iso:
        return False
    if told.geo_precision >= 3 or told.location is None:
        return True
    return told.location == event.location or (told.admin1 is not None and told.admin1 == event.admin1)
