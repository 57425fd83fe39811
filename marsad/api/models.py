"""Request and response bodies of the HTTP API (they also generate the OpenAPI spec)."""

from __future__ import annotations

import datetime as dt
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, field_validator

MAX_TEXT_CHARS = 200_000


class EventOut(BaseModel):
    """One stored event (ACLED-style fields, provenance and evidence offsets)."""

    model_config = ConfigDict(extra="allow")

    event_id: str
    article_id: str
    event_type: str
    sub_event_type: str
    event_date: str | None = None
    time_precision: int | None = None
    actor1: str | None = None
    inter1: int | None = None
    actor2: str | None = None
    inter2: int | None = None
    country: str | None = None
    admin1: str | None = None
    location: str | None = None
    latitude: float | None = None
    longitude: float | None = None
    geo_precision: int | None = None
    fatalities: int = 0
    source: str | None = None
    evidence: str | None = None
    evidence_spans: list[list[int]] = Field(default_factory=list, description="raw-text [start, end) offsets")
    background: bool = False


class EventPage(BaseModel):
    """A page of events; pass `next_cursor` back as `cursor` for the next page."""

    events: list[EventOut]
    next_cursor: str | None = None
    total: int | None = Field(None, description="number of matching events, when with_total=true")


class ArticleOut(BaseModel):
    """A stored article with its raw text."""

    model_config = ConfigDict(extra="allow")

    id: str
    title: str | None = None
    published: str | None = None
    url: str | None = None
    outlet: str | None = None
    text: str
    n_events: int = 0


class EvidenceSpan(BaseModel):
    """One evidence passage: raw-text offsets into the article and the text they cover."""

    start: int
    end: int
    text: str


class EventDetail(BaseModel):
    """An event, its article and its evidence passages."""

    event: EventOut
    article: ArticleOut | None
    evidence: list[EvidenceSpan]


class ArticleDetail(BaseModel):
    """An article and the events read from it."""

    article: ArticleOut
    events: list[EventOut]


class Bucket(BaseModel):
    key: str | None
    events: int
    fatalities: int | None


class Stats(BaseModel):
    """Counts and fatality sums of the filtered events."""

    events: int
    fatalities: int
    articles: int
    by_day: list[Bucket]
    by_type: list[Bucket]
    by_sub_event_type: list[Bucket]
    by_admin1: list[Bucket]
    by_actor: list[Bucket]


class Meta(BaseModel):
    """What the store holds: filter values and date range (for the web UI)."""

    date_min: str | None
    date_max: str | None
    types: list[dict[str, str]]
    countries: list[str]
    admin1: list[str]
    ingest_enabled: bool


class ArticleIn(BaseModel):
    """An article to extract events from (and, for POST /api/articles, to store)."""

    model_config = ConfigDict(extra="forbid")

    text: str = Field(min_length=1, max_length=MAX_TEXT_CHARS, description="raw article text (Arabic)")
    published: dt.date | None = Field(
        None, description="publication date (YYYY-MM-DD); relative dates resolve against it"
    )
    title: str | None = Field(None, max_length=2000)
    url: str | None = Field(None, max_length=4000)
    outlet: str | None = Field(None, max_length=500)
    id: str | None = Field(None, min_length=1, max_length=500, description="article id; default: hash of text")

    @field_validator("published", mode="before")
    @classmethod
    def _date_as_text(cls, value: object) -> object:
        """Only ISO date strings: pydantic would otherwise read a number as seconds since 1970."""
        if value is not None and not isinstance(value, str | dt.date):
            raise ValueError("published must be a YYYY-MM-DD string")
        return value


class ExtractOut(BaseModel):
    """Events read from a posted text (nothing stored)."""

    article_id: str
    events: list[dict[str, Any]]


class IngestOut(BaseModel):
    """What happened to a posted article."""

    article_id: str
    outcome: str = Field(description="stored, unchanged, replaced or duplicate")
    events: int


class ErrorOut(BaseModel):
    """The one error shape."""

    code: str
    error: str
    message: str
    details: list[Any] | None = None
