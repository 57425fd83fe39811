"""Within-article deduplication: one event however often the article reports it.

The lead, the body and a repeated headline often tell the same event.  Two
events merge when they have the same type and sub-type, compatible places
(the same place, or one only known at a coarser level inside the other's
province), compatible dates (equal, or one not dated by the text), and
compatible actors (equal, or one side unknown).  The merged event keeps the
most specific place and date, the best-supported death toll and every
evidence span.
"""

from __future__ import annotations

import datetime as dt

from marsad.document import Document, Event

UNKNOWN_ACTOR_PREFIXES = ("Unidentified Armed Group",)


def process(doc: Document) -> None:
    """Merge repeated reports in `doc.events`, keeping first-mention order."""
    merged: list[Event] = []
    for event in doc.events:
        twin = next((kept for kept in merged if same_event(kept, event)), None)
        if twin is None:
            merged.append(event)
        else:
            absorb(twin, event)
    doc.events = merged


def _actor_known(name: str | None) -> bool:
    return bool(name) and not str(name).startswith(UNKNOWN_ACTOR_PREFIXES)


def _actors_compatible(a: str | None, b: str | None) -> bool:
    return not (_actor_known(a) and _actor_known(b)) or a == b


def _places_compatible(a: Event, b: Event) -> bool:
    if a.location == b.location and a.admin1 == b.admin1:
        return True
    if a.geo_precision == b.geo_precision:
        return False
    if a.country == b.country and (not a.admin1 or not b.admin1):
        return True  # only the country is known for one report
    return bool(a.admin1) and a.admin1 == b.admin1 and a.country == b.country


def _dates_compatible(a: Event, b: Event) -> bool:
    if a.event_date == b.event_date or not a.event_date or not b.event_date:
        return True
    return max(a.time_precision, b.time_precision) >= 2 and bool(a.event_date) and bool(b.event_date) and (
        abs(_days(a.event_date) - _days(b.event_date)) <= 7
    )


def _days(iso: str | None) -> int:
    return dt.date.fromisoformat(iso).toordinal() if iso else 0


def summarises(coarse: Event, specific: Event) -> bool:
    """A lead-style summary of a more specific report of the same type.

    "Government forces are attacking Daraa" followed by "they took three
    villages on Monday" is one story: the vaguer event (coarser place, date
    not fixed to a day) adds nothing of its own and folds into the specific one
    even when the sub-types differ.
    """
    return (
        coarse.event_type == specific.event_type
        and coarse.background == specific.background
        and coarse.geo_precision > specific.geo_precision
        and coarse.time_precision >= specific.time_precision
        and coarse.time_precision > 1
        and bool(coarse.admin1)
        and coarse.admin1 == specific.admin1
        and _actors_compatible(coarse.actor1, specific.actor1)
        and _dates_compatible(coarse, specific)
    )


def same_event(a: Event, b: Event) -> bool:
    """Whether two events of one article describe the same happening."""
    if summarises(a, b) or summarises(b, a):
        return True
    return (
        a.event_type == b.event_type
        and a.sub_event_type == b.sub_event_type
        and a.background == b.background
        and _actors_compatible(a.actor1, b.actor1)
        and _actors_compatible(a.actor2, b.actor2)
        and _places_compatible(a, b)
        and _dates_compatible(a, b)
        and (a.evidence_spans != b.evidence_spans or a.location == b.location)
    )


def absorb(kept: Event, other: Event) -> None:
    """Fold `other` into `kept`, keeping the more specific of every field."""
    if summarises(kept, other):
        kept.sub_event_type, kept.trigger = other.sub_event_type, other.trigger
        kept.actor2, kept.inter2 = other.actor2 or kept.actor2, other.inter2 or kept.inter2
    if other.geo_precision < kept.geo_precision:
        for name in ("country", "iso", "admin1", "admin2", "location", "location_ar", "latitude", "longitude",
                     "geo_precision"):
            setattr(kept, name, getattr(other, name))
    if other.event_date and (not kept.event_date or other.time_precision < kept.time_precision):
        kept.event_date, kept.time_precision = other.event_date, other.time_precision
    for side in ("actor1", "actor2"):
        if not _actor_known(getattr(kept, side)) and _actor_known(getattr(other, side)):
            setattr(kept, side, getattr(other, side))
            inter = "inter1" if side == "actor1" else "inter2"
            setattr(kept, inter, getattr(other, inter))
    kept.assoc_actor_1 = kept.assoc_actor_1 or other.assoc_actor_1
    kept.source = kept.source or other.source
    _merge_toll(kept, other)
    for span in other.evidence_spans:
        if span not in kept.evidence_spans:
            kept.evidence_spans.append(span)
            kept.evidence_spans.sort()


def _merge_toll(kept: Event, other: Event) -> None:
    """Conflicting tolls keep the lowest (ACLED's rule) and record the range."""
    if not other.fatalities:
        return
    if not kept.fatalities:
        kept.fatalities, kept.fatalities_text = other.fatalities, other.fatalities_text
        kept.fatalities_low, kept.fatalities_high = other.fatalities_low, other.fatalities_high
        return
    if other.fatalities != kept.fatalities:
        low = min(kept.fatalities, other.fatalities)
        high = max(kept.fatalities, other.fatalities)
        kept.fatalities_low = min(low, kept.fatalities_low or low)
        kept.fatalities_high = max(high, kept.fatalities_high or high)
        if other.fatalities < kept.fatalities:
            kept.fatalities, kept.fatalities_text = other.fatalities, other.fatalities_text
