"""Stage order: what each stage needs and what it adds.

    ingest → clean → sentences → places → actors → numbers → dates → triggers
           → geocode → headline → events → genre → dedupe → headline_lend
           → notes → confidence

`Pipeline` checks at construction that every stage's needs are provided by an
earlier stage, so a reordering mistake fails loudly instead of silently
producing empty annotations.  `extract_text` and `process_document` are the
plain entry points used by the CLI, the Python API and the HTTP API.
"""

from __future__ import annotations

import datetime as dt
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from marsad.document import Document
from marsad.errors import PipelineError
from marsad.settings import DEFAULT_SETTINGS, Settings
from marsad.stages import (
    actors,
    clean,
    confidence,
    dates,
    dedupe,
    events,
    genre,
    geocode,
    headline,
    headline_lend,
    notes,
    numbers,
    places,
    sentences,
    triggers,
)

StageFunction = Callable[[Document], None]


@dataclass(frozen=True, slots=True)
class Stage:
    """One pipeline step: a function plus the annotations it reads and adds."""

    name: str
    run: StageFunction
    needs: tuple[str, ...]
    adds: tuple[str, ...]


STAGES: tuple[Stage, ...] = (
    Stage("clean", clean.process, (), ("body", "title")),
    Stage("sentences", sentences.process, ("body",), ("sentences",)),
    Stage("places", places.process, ("sentences",), ("place",)),
    Stage("actors", actors.process, ("sentences",), ("actor", "source")),
    Stage("numbers", numbers.process, ("sentences",), ("number",)),
    Stage("dates", dates.process, ("sentences",), ("date",)),
    Stage("triggers", triggers.process, ("sentences",), ("trigger",)),
    Stage("geocode", geocode.process, ("place",), ("location", "country")),
    Stage("headline", headline.process, ("body", "location"), ("headline",)),
    Stage(
        "events",
        events.process,
        ("trigger", "actor", "source", "number", "date", "location", "headline"),
        ("events",),
    ),
    Stage("genre", genre.process, ("events", "date"), ("genre",)),
    Stage("dedupe", dedupe.process, ("events",), ("unique_events",)),
    Stage("headline_lend", headline_lend.process, ("events", "headline"), ("headline_lend",)),
    Stage("notes", notes.process, ("events",), ("notes",)),
    Stage("confidence", confidence.process, ("events",), ("confidence",)),
)


class Pipeline:
    """An ordered, checked sequence of stages."""

    def __init__(self, stages: Iterable[Stage] = STAGES, settings: Settings = DEFAULT_SETTINGS) -> None:
        self.stages = tuple(stages)
        self.settings = settings
        provided: set[str] = set()
        for stage in self.stages:
            missing = [need for need in stage.needs if need not in provided]
            if missing:
                raise PipelineError(f"stage {stage.name!r} needs {missing} from an earlier stage")
            provided.update(stage.adds)

    def __call__(self, doc: Document) -> Document:
        """Run every stage on `doc`, recording seconds per stage in `doc.timings`."""
        for stage in self.stages:
            started = time.perf_counter()
            stage.run(doc)
            doc.timings[stage.name] = time.perf_counter() - started
        if not self.settings.keep_background:
            doc.events = [event for event in doc.events if not event.background]
        return doc


_DEFAULT_PIPELINE: Pipeline | None = None


def default_pipeline() -> Pipeline:
    """The standard pipeline (built once per process)."""
    global _DEFAULT_PIPELINE
    if _DEFAULT_PIPELINE is None:
        _DEFAULT_PIPELINE = Pipeline()
    return _DEFAULT_PIPELINE


def process_document(doc: Document, pipeline: Pipeline | None = None) -> Document:
    """Run the pipeline on an ingested document and return it."""
    return (pipeline or default_pipeline())(doc)


def extract_text(
    text: str,
    *,
    published: dt.date | None = None,
    title: str | None = None,
    url: str | None = None,
    outlet: str | None = None,
    id: str | None = None,
) -> Document:
    """Extract events from one article given as a string."""
    doc = Document(text=text, id=id or "", title=title, published=published, url=url, outlet=outlet)
    return process_document(doc)
