"""The Document: raw text kept unchanged, every annotation a span into it.

Every stage reads and adds to one `Document`.  Offsets (`start`, `end`) are
always character offsets into `Document.text`, the raw text exactly as
received, so evidence can be quoted and highlighted exactly.  Matching is done
on `Document.norm`, a normalized view; `raw_span` maps a normalized span back.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from bisect import bisect_left
from dataclasses import dataclass, field
from typing import Any

from marsad.text import normalize_with_offsets


@dataclass(slots=True)
class Span:
    """A labelled half-open character range [start, end) of the raw text."""

    start: int
    end: int
    label: str = ""


@dataclass(slots=True)
class Sentence:
    """One sentence of the article body; `paragraph` counts body paragraphs."""

    start: int
    end: int
    index: int
    paragraph: int
    is_title: bool = False


@dataclass(slots=True)
class Mention:
    """A typed annotation: a place, actor, source, number, date or trigger.

    `value` carries the kind-specific payload (a `Place` candidate list, an
    `Actor`, an int, a resolved date ...); `attrs` holds extra, optional facts
    (cue words, precision hints, roles) that later stages may read.
    """

    start: int
    end: int
    kind: str
    text: str
    value: Any = None
    attrs: dict[str, Any] = field(default_factory=dict)


# Event fields the pipeline keeps for itself: left out of the JSON output.
_INTERNAL_EVENT_FIELDS = frozenset({"toll_share", "unauthored", "lead_day"})


@dataclass(slots=True)
class Event:
    """One coded event: the fields of EVENTS.md section 1 plus provenance."""

    event_type: str
    sub_event_type: str
    event_date: str | None = None
    time_precision: int = 1
    actor1: str | None = None
    inter1: int = 0
    assoc_actor_1: str | None = None
    actor2: str | None = None
    inter2: int = 0
    assoc_actor_2: str | None = None
    country: str | None = None
    iso: str | None = None
    admin1: str | None = None
    admin2: str | None = None
    location: str | None = None
    location_ar: str | None = None
    latitude: float | None = None
    longitude: float | None = None
    geo_precision: int = 3
    fatalities: int = 0
    fatalities_text: str | None = None
    fatalities_low: int | None = None
    fatalities_high: int | None = None
    wounded: int | None = None
    captured: int | None = None
    source: str | None = None
    evidence: str = ""
    evidence_spans: list[tuple[int, int]] = field(default_factory=list)
    background: bool = False
    notes: str = ""
    trigger: str = ""
    # The confidence stage's chance (0-1) that this is a real event and not a copy of another.
    confidence: float | None = None
    # Internal, never exported (`to_dict`): the part of one act's toll this event holds when
    # parts of the toll are told at places of their own (events.toll_at_places: 0 the rest,
    # 1, 2, ... each part at its place), None for an event whose toll was not so shared.
    toll_share: int | None = field(default=None, repr=False, compare=False)
    # Internal, never exported: True when the act's own clause named no author, so actor1 is a
    # default (the theatre's air power, an unidentified group) a story's author may replace
    # (events.carry_story_author).
    unauthored: bool = field(default=False, repr=False, compare=False)
    # Internal, never exported: the lead's one day (ISO) for an act a later paragraph tells
    # with nothing to date it (events.lead_day); dedupe.settle_lead_days gives it to the
    # event once merging, which reads such an act as undated, is done.
    lead_day: str | None = field(default=None, repr=False, compare=False)

    def to_dict(self) -> dict[str, Any]:
        """Plain JSON-ready dict (evidence offsets as [start, end] pairs; no internal fields)."""
        out = {name: getattr(self, name) for name in self.__dataclass_fields__ if name not in _INTERNAL_EVENT_FIELDS}
        out["evidence_spans"] = [list(span) for span in self.evidence_spans]
        return out


@dataclass
class Document:
    """An article: metadata, raw text, its normalized view and annotations."""

    text: str
    id: str = ""
    title: str | None = None
    published: dt.date | None = None
    url: str | None = None
    outlet: str | None = None
    source_path: str | None = None
    body: list[Span] = field(default_factory=list)
    boilerplate: list[Span] = field(default_factory=list)
    title_span: Span | None = None
    # The metadata title as a small document of its own, when the text does not carry it (stages/headline.py)
    headline: Document | None = None
    sentences: list[Sentence] = field(default_factory=list)
    mentions: dict[str, list[Mention]] = field(default_factory=dict)
    events: list[Event] = field(default_factory=list)
    country_hint: str | None = None
    timings: dict[str, float] = field(default_factory=dict)
    _norm: str | None = field(default=None, repr=False)
    _norm_offsets: list[int] | None = field(default=None, repr=False)

    def __post_init__(self) -> None:
        if not self.id:
            self.id = content_id(self.text)

    # -- normalized view -------------------------------------------------
    @property
    def norm(self) -> str:
        """The whole raw text, normalized for matching (see marsad.text)."""
        if self._norm is None:
            self._norm, self._norm_offsets = normalize_with_offsets(self.text)
        return self._norm

    def norm_index(self, raw_index: int) -> int:
        """Index in `norm` of the first normalized character at or after raw_index."""
        self.norm  # noqa: B018 - builds the view
        assert self._norm_offsets is not None
        return bisect_left(self._norm_offsets, raw_index)

    def raw_span(self, norm_start: int, norm_end: int) -> tuple[int, int]:
        """Map a half-open span of `norm` back to the raw text."""
        self.norm  # noqa: B018 - builds the view
        offsets = self._norm_offsets
        assert offsets is not None
        start = offsets[norm_start]
        end = offsets[norm_end] if norm_end < len(offsets) else len(self.text)
        if norm_end > norm_start:
            end = max(end, offsets[norm_end - 1] + 1)
        # Never include trailing whitespace that a dropped character exposed.
        while end > start and self.text[end - 1].isspace():
            end -= 1
        return start, end

    # -- annotations -----------------------------------------------------
    def add(self, mention: Mention) -> Mention:
        """Store a mention under its kind and return it."""
        self.mentions.setdefault(mention.kind, []).append(mention)
        return mention

    def of_kind(self, kind: str) -> list[Mention]:
        """Mentions of one kind, in text order."""
        return sorted(self.mentions.get(kind, []), key=_text_order)

    def in_span(self, kind: str, start: int, end: int) -> list[Mention]:
        """Mentions of `kind` lying inside [start, end), in text order (filtered
        before sorting: a clause holds few of an article's mentions)."""
        inside = [m for m in self.mentions.get(kind, []) if m.start >= start and m.end <= end]
        return sorted(inside, key=_text_order)

    def sentence_at(self, raw_index: int) -> Sentence | None:
        """The sentence containing a raw offset, if any."""
        for sentence in self.sentences:
            if sentence.start <= raw_index < sentence.end:
                return sentence
        return None

    def slice(self, start: int, end: int) -> str:
        """Raw text of a span."""
        return self.text[start:end]


def _text_order(mention: Mention) -> tuple[int, int]:
    """Sort key of mentions in text order: by start, the longer first."""
    return (mention.start, -mention.end)


def content_id(text: str) -> str:
    """Stable id for an article that arrived without one: a hash of its text."""
    return "sha1:" + hashlib.sha1(text.encode("utf-8")).hexdigest()[:16]
