"""Helpers shared by tests: documents built from lines without the clean and sentence stages."""

import datetime as dt
import importlib.util
import sys
from pathlib import Path
from types import ModuleType

import marsad
from marsad.document import Document, Event, Mention, Sentence
from marsad.stages import dates, dedupe, triggers


def line_sentences(text: str) -> Document:
    """A document whose non-empty lines are its sentences, each its own paragraph."""
    doc = Document(text=text)
    pos = 0
    for number, line in enumerate(text.split("\n")):
        if line.strip():
            doc.sentences.append(Sentence(pos, pos + len(line), len(doc.sentences), number))
        pos += len(line) + 1
    return doc


def every_line_doc(text: str, published: dt.date | None = None) -> Document:
    """A document whose lines, empty ones too, are its sentences, each its own paragraph."""
    doc = Document(text=text, published=published)
    start = 0
    for index, line in enumerate(text.split("\n")):
        doc.sentences.append(Sentence(start, start + len(line), index, index))
        start += len(line) + 1
    return doc


def number_mentions(text: str) -> list[Mention]:
    """The numbers stage's mentions of a text whose lines (empty ones too) are its sentences."""
    from marsad.stages import numbers

    doc = every_line_doc(text)
    numbers.process(doc)
    return doc.of_kind("number")


def date_mentions(text: str, published: dt.date) -> list[Mention]:
    """The dates stage's mentions of a one-sentence text published on `published`."""
    doc = Document(text=text, published=published)
    doc.sentences.append(Sentence(0, len(text), 0, 0))
    dates.process(doc)
    return doc.of_kind("date")


def dated_events(text: str, published: dt.date) -> list[tuple[str, str | None, int, bool]]:
    """Each extracted event's sub-type, date, time precision and background flag."""
    return [(e.sub_event_type, e.event_date, e.time_precision, e.background)
            for e in marsad.extract(text, published=published).events]


def date_values(text: str, published: dt.date) -> dict[str, str | None]:
    """Each date mention of the whole pipeline's run: its text and the day it resolved to."""
    return {m.text.strip(): m.value.isoformat() if m.value else None
            for m in marsad.extract(text, published=published).of_kind("date")}


def joined_sentences(*sentences: str, published: dt.date) -> Document:
    """A one-paragraph document of the given sentences joined by spaces, each its own sentence."""
    doc = Document(text=" ".join(sentences), published=published)
    start = 0
    for index, sentence in enumerate(sentences):
        doc.sentences.append(Sentence(start, start + len(sentence), index, 0))
        start += len(sentence) + 1
    return doc


def place_doc(text: str) -> Document:
    """`line_sentences` with the places stage run: for place-recognition tests."""
    from marsad.stages import places

    doc = line_sentences(text)
    places.process(doc)
    return doc


def geocoded_doc(text: str) -> Document:
    """`place_doc` with the geocode stage run too: for tests of which namesake is chosen."""
    from marsad.stages import geocode

    doc = place_doc(text)
    geocode.process(doc)
    return doc


def scene_places(text: str, trigger: str) -> list:
    """The place mentions `geocode.event_places` gives the act at `trigger` in a `geocoded_doc`."""
    from marsad.stages import geocode

    return geocode.event_places(geocoded_doc(text), 0, len(text), text.index(trigger))


def scene_names(text: str, trigger: str) -> list[str]:
    """The Arabic surface forms of `scene_places`."""
    return [m.attrs["surface_ar"] for m in scene_places(text, trigger)]


def place_mention(doc: Document, surface: str) -> Mention:
    """The first place mention written `surface`."""
    return next(m for m in doc.of_kind("place") if m.attrs["surface_ar"] == surface)


def chosen_place(doc: Document, surface: str):
    """The gazetteer place chosen for the first place mention written `surface`."""
    return place_mention(doc, surface).attrs["place"]


def place_names(doc: Document) -> list[str]:
    """The Arabic surface forms of a document's place mentions, in order."""
    return [m.attrs["surface_ar"] for m in doc.of_kind("place")]


def deduped(*events: Event) -> list[Event]:
    """The events left after the dedupe stage runs on them alone, in a 100-character
    document (evidence spans are all the stage reads of the text here)."""
    doc = Document(text="x" * 100, id="d")
    doc.events = list(events)
    dedupe.process(doc)
    return doc.events


def merge_copies(doc: Document, kept: Event, other: Event) -> Event:
    """`other` merged into `kept` as dedupe does, then reread from its best copy."""
    from marsad.stages import dedupe

    copies: dedupe.Copies = {}
    dedupe.record_copy(copies, kept, other)
    dedupe.absorb(kept, other)
    [merged] = dedupe.reread(doc, [kept], copies)
    return merged


def count_roles(text: str) -> list[tuple[int, str | None]]:
    """(value, role) of every count of a one-sentence text, with the numbers stage run."""
    from marsad.stages import numbers

    doc = Document(text=text)
    doc.sentences = [Sentence(0, len(text), 0, 0)]
    numbers.process(doc)
    return [(int(m.value), m.attrs["role"]) for m in doc.of_kind("number")]


def actor_doc(text: str, country: str, published: dt.date) -> Document:
    """One sentence with the actors and numbers stages run, in a given country: for role tests."""
    from marsad.stages import actors, numbers

    doc = Document(text=text, published=published)
    doc.country_hint = country
    doc.sentences = [Sentence(0, len(text), 0, 0)]
    actors.process(doc)
    numbers.process(doc)
    return doc


def two_sentence_actor_doc(text: str, country: str, published: dt.date) -> tuple[Document, int]:
    """Two sentences split at the first full stop, with the actors stage run; and where the second starts."""
    from marsad.stages import actors

    doc = Document(text=text, published=published)
    doc.country_hint = country
    cut = text.index(".") + 1
    doc.sentences = [Sentence(0, cut, 0, 0), Sentence(cut + 1, len(text), 1, 0)]
    actors.process(doc)
    return doc, cut


def trigger_roles(text: str, trigger: str, country: str, published: dt.date,
                  **attrs: object) -> tuple[str | None, ...]:
    """Agent, associate and target names for a trigger in an `actor_doc`: noun voice unless `attrs` says otherwise."""
    from marsad.document import Mention
    from marsad.stages import actors

    doc = actor_doc(text, country, published)
    start = text.index(trigger)
    mention = Mention(start, start + len(trigger), "trigger", trigger, None, {"voice": "noun", **attrs})
    roles = actors.assign_roles(doc, 0, len(text), mention)
    return tuple(r.name if r else None for r in (roles.actor1, roles.assoc_actor_1, roles.actor2))


def modality_of(text: str, surface: str) -> str:
    """Modality of the first trigger whose raw text is `surface`."""
    doc = Document(text=text)
    triggers.process(doc)
    matches = [m for m in doc.of_kind("trigger") if m.text == surface]
    assert matches, [m.text for m in doc.of_kind("trigger")]
    return matches[0].attrs["modality"]


def script_module(name: str) -> ModuleType:
    """scripts/<name>.py loaded as a module (scripts are not a package)."""
    path = Path(__file__).resolve().parent.parent / "scripts" / f"{name}.py"
    spec = importlib.util.spec_from_file_location(name, path)
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module
