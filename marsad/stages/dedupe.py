"""Within-article deduplication: one event however often the article reports it.

The lead, the body and a repeated headline often tell the same event.  Two
events merge when they have the same type and sub-type, compatible places
(the same place, or one only known at a coarser level inside the other's
province), compatible dates (equal, or one not dated by the text), and
compatible actors (equal, or one side unknown).  The merged event keeps the
most specific place and date, the best-supported death toll and every
evidence span.

A follow-up sentence that names an act already reported with a definite
verbal noun ("أسفر القصف عن مقتل ..."، "وقتل في الهجوم ..."، "هذه الهدنة")
re-describes that act: it is linked to the latest earlier event of its type
in the same province (its toll and evidence carried over) even when the
sentence's own place, actors or sub-type came out vaguer or different.  So
are acts named as the object of a reaction ("أدانت ... اختطاف الناشط", up to
a week apart) and deaths counted among dead already reported ("من بين
القتلى ثلاثة قادة", whose number is not a new toll).  Follow-ups never move
an event between two exactly named places, and with no earlier event they
stay events of their own.
"""

from __future__ import annotations

import datetime as dt

from marsad.document import Document, Event, Mention
from marsad.knowledge.clauses import load_event_rules
from marsad.stages.events import TERRITORY, VIOLENT_TYPES, is_generic
from marsad.stages.numbers import additive_words
from marsad.text import WORD_RE, normalize, strip_conjunction

UNKNOWN_ACTOR_PREFIXES = ("Unidentified Armed Group",)


def process(doc: Document) -> None:
    """Merge repeated reports in `doc.events`, keeping first-mention order."""
    merged: list[Event] = []
    for event in doc.events:
        kind = follow_up(doc, event) if merged else None
        twin = next((kept for kept in merged if same_event(kept, event)), None)
        if twin is None and kind is not None:
            twin = antecedent(merged, event, generic=kind in ("generic", "subset"),
                              named_place=names_place(doc, event), loose_date=kind == "referenced")
        if twin is None:
            merged.append(event)
            continue
        if kind == "subset":
            event.fatalities = 0  # a part of the earlier toll, not a toll of its own
        if kind in ("generic", "specific") and adds_deaths(doc, event) and twin.fatalities and event.fatalities:
            _add_toll(twin, event)
        absorb(twin, event, implicit=(implicit_toll(doc, twin), implicit_toll(doc, event)))
    doc.events = merged


def adds_deaths(doc: Document, event: Event) -> bool:
    """The follow-up sentence opens with "also" ("كما قتل ..."): its deaths come on top of those told."""
    start = event.evidence_spans[0][0]
    first = WORD_RE.search(doc.norm, doc.norm_index(start))
    return first is not None and first.group() in additive_words()


def _add_toll(kept: Event, other: Event) -> None:
    """Add a follow-up's further deaths to the act's toll; `absorb` then sees one toll."""
    kept.fatalities += other.fatalities
    for name in ("fatalities_low", "fatalities_high"):
        ours, theirs = getattr(kept, name), getattr(other, name)
        setattr(kept, name, ours + theirs if ours is not None and theirs is not None else None)
    kept.fatalities_text = f"{kept.fatalities_text} / {other.fatalities_text}"  # as `death_toll` joins counts
    other.fatalities = 0


def _actor_known(name: str | None) -> bool:
    return bool(name) and not str(name).startswith(UNKNOWN_ACTOR_PREFIXES)


def _actors_compatible(a: str | None, b: str | None) -> bool:
    return not (_actor_known(a) and _actor_known(b)) or a == b


def _sides_compatible(a: Event, b: Event) -> bool:
    """Compatible actors, or for a battle the same two named sides in the other order.

    A battle has no attacker in ACLED's sense: "X clashed with Y" and "Y's
    fighters fought X" in one article are one battle, whichever side a
    sentence names first.
    """
    if _actors_compatible(a.actor1, b.actor1) and _actors_compatible(a.actor2, b.actor2):
        return True
    return (
        a.event_type == "Battles"
        and _actor_known(a.actor1) and _actor_known(a.actor2)
        and (a.actor1, a.actor2) == (b.actor2, b.actor1)
    )


def _places_compatible(a: Event, b: Event) -> bool:
    """The same place, or one report's place lies inside the other's (province, country).

    Only the country known for one report is compatible with any place in it,
    even when both are coded at precision 3 (a country and a province).
    """
    if a.location == b.location and a.admin1 == b.admin1:
        return True
    if a.country == b.country and (not a.admin1 or not b.admin1):
        return True  # only the country is known for one report
    if a.geo_precision == b.geo_precision:
        return False
    return bool(a.admin1) and a.admin1 == b.admin1 and a.country == b.country


def _dates_compatible(a: Event, b: Event) -> bool:
    if a.event_date == b.event_date or not a.event_date or not b.event_date:
        return True
    return max(a.time_precision, b.time_precision) >= 2 and bool(a.event_date) and bool(b.event_date) and (
        abs(_days(a.event_date) - _days(b.event_date)) <= 7
    )


def _within_days(a: Event, b: Event, days: int) -> bool:
    return bool(a.event_date and b.event_date) and abs(_days(a.event_date) - _days(b.event_date)) <= days


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
        and _sides_compatible(a, b)
        and _places_compatible(a, b)
        and _dates_compatible(a, b)
        and (a.evidence_spans != b.evidence_spans or a.location == b.location)
    )


def absorb(kept: Event, other: Event, implicit: tuple[bool, bool] = (False, False)) -> None:
    """Fold `other` into `kept`, keeping the more specific of every field.

    `implicit` says, for `kept` and `other`, whether the toll was read from a
    death word with no number (see `_merge_toll`).
    """
    if summarises(kept, other):
        kept.sub_event_type, kept.trigger = other.sub_event_type, other.trigger
        kept.actor2, kept.inter2 = other.actor2 or kept.actor2, other.inter2 or kept.inter2
    if other.geo_precision < kept.geo_precision or (
        other.geo_precision == kept.geo_precision and other.admin1 and not kept.admin1
    ):
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
    _merge_toll(kept, other, implicit)
    for span in other.evidence_spans:
        if span not in kept.evidence_spans:
            kept.evidence_spans.append(span)
            kept.evidence_spans.sort()


def implicit_toll(doc: Document, event: Event) -> bool:
    """Whether the event's toll came only from death words with no number ("مقتل شرطي", "سقوط قتلى")."""
    if not event.fatalities:
        return False
    parts = set((event.fatalities_text or "").split(" / "))
    used = [
        m for span in event.evidence_spans for m in doc.in_span("number", *span)
        if m.attrs.get("role") == "killed" and (m.attrs.get("fatalities_text") or m.text) in parts
    ]
    return bool(used) and all(m.attrs.get("implicit") for m in used)


def _merge_toll(kept: Event, other: Event, implicit: tuple[bool, bool] = (False, False)) -> None:
    """Conflicting tolls keep the lowest (ACLED's rule) and record the range.

    A number the text gives beats one read from a bare death word: "قتل 20
    شخصا" and, later, "قتل العريس" tell one toll of 20, not of 1.
    """
    if not other.fatalities:
        return
    if implicit[1] and not implicit[0] and kept.fatalities:
        return
    if not kept.fatalities or (implicit[0] and not implicit[1]):
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


# ---------------------------------------------------------------- follow-ups
def definite_noun(trigger: Mention, next_word: str = "") -> bool:
    """A verbal-noun trigger made definite by the article, a pronoun suffix or
    a definite noun it governs ("القصف", "هجومها", "استهداف الموكب")."""
    if trigger.attrs.get("voice") != "noun":
        return False
    clitics = _clitics(trigger)
    if clitics is None:
        return False
    rules = load_event_rules()
    if clitics[0] in rules.definite_prefixes or clitics[1] in rules.pronoun_suffixes:
        return True
    construct = not clitics[0].strip("وف") and not clitics[1] and " " not in str(trigger.attrs.get("form", " "))
    return construct and next_word.startswith("ال")


def _clitics(trigger: Mention) -> tuple[str, str] | None:
    """(proclitics, suffix) around the matched form in the trigger's first word; no suffix for phrases."""
    text = normalize(trigger.text).split()
    form = str(trigger.attrs.get("form") or "").split()
    if not text or not form:
        return None
    head, stem = text[0], form[0]
    for written in (stem, stem[:-1] + "ت" if stem.endswith("ه") else ""):
        at = head.find(written) if written else -1
        if at >= 0:
            return head[:at], head[at + len(written):] if len(form) == 1 else ""
    return None


def _anchor(doc: Document, event: Event) -> tuple[Mention | None, list[Mention]]:
    """The trigger mention an event was built from, and the triggers of its sentence."""
    if not event.evidence_spans:
        return None, []
    start, end = event.evidence_spans[0]
    triggers = doc.in_span("trigger", start, end)
    anchor = next((t for t in triggers if t.text == event.trigger), None)
    return anchor, triggers


def follow_up(doc: Document, event: Event) -> str | None:
    """How the event re-describes an act named before, or None for a new report.

    "specific": the act's own trigger is a definite noun ("أسفر القصف عن").
    "generic": an unqualified killing or attack named by a definite noun, or
    next to one ("وقتل ثلاثة في الهجوم").
    "subset": deaths counted among dead already reported ("من بين القتلى
    ثلاثة قادة"); their number is part of the earlier toll, not a new one.
    "referenced": the act is the object of a reaction ("أدانت المنظمة اختطاف
    الناشط أمس"), whose date is often the reaction's rather than the act's.
    """
    anchor, triggers = _anchor(doc, event)
    if anchor is None:
        return None
    before = _words_before(doc, event, anchor)
    rules = load_event_rules()
    if before and is_generic(anchor) and before[-1] in rules.subset_words:
        return "subset"
    if any(strip_conjunction(word) in rules.reaction_words for word in before[-rules.reaction_window:]):
        return "referenced"
    if definite_noun(anchor, _next_word(doc, anchor)):
        return "generic" if is_generic(anchor) else "specific"
    if is_generic(anchor) and any(
        definite_noun(t) and is_generic(t) and t.attrs.get("modality", "asserted") == "asserted" for t in triggers
    ):
        return "generic"
    return None


def _words_before(doc: Document, event: Event, anchor: Mention) -> list[str]:
    """Normalized words of the event's sentence before its trigger."""
    start = event.evidence_spans[0][0]
    return WORD_RE.findall(doc.norm[doc.norm_index(start): doc.norm_index(anchor.start)])


def _next_word(doc: Document, trigger: Mention) -> str:
    """The normalized word right after a trigger."""
    found = WORD_RE.search(doc.norm, doc.norm_index(trigger.end))
    return found.group() if found else ""


def names_place(doc: Document, event: Event) -> bool:
    """Whether the event's own sentence names a place (else its place was inherited from context)."""
    return any(doc.in_span("place", *span) for span in event.evidence_spans[:1])


def _same_area(a: Event, b: Event, named_place: bool) -> bool:
    """Same country and province (unless one report has none), and not two distinct exact places.

    "وتستمر المعارك في حي X" after a clash in a neighbouring district is
    fighting at a new place: a follow-up that names its own place links
    across two places only when one of them is a whole province or country.
    """
    if a.country and b.country and a.country != b.country:
        return False
    if a.admin1 and b.admin1 and a.admin1 != b.admin1:
        return False
    return (
        not named_place
        or a.location == b.location
        or not (a.admin1 and b.admin1)
        or max(a.geo_precision, b.geo_precision) > 2
    )


def antecedent(
    merged: list[Event], event: Event, generic: bool, named_place: bool = True, loose_date: bool = False
) -> Event | None:
    """The latest earlier event a follow-up report refers to, if any.

    It has the same type (any violent type for an unqualified killing or
    attack; the same sub-type for a change of territory, which is never a
    re-description of a clash), lies in the same area and at a compatible date.
    """
    for kept in reversed(merged):
        if generic:
            same_type = kept.event_type in VIOLENT_TYPES and event.event_type in VIOLENT_TYPES
        elif kept.sub_event_type in TERRITORY or event.sub_event_type in TERRITORY:
            same_type = kept.sub_event_type == event.sub_event_type
        else:
            same_type = kept.event_type == event.event_type
        dates_ok = _dates_compatible(kept, event) or (
            loose_date and _within_days(kept, event, load_event_rules().reaction_days)
        )
        if same_type and _same_area(kept, event, named_place) and dates_ok:
            return kept
    return None
