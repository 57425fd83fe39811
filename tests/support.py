"""Helpers shared by tests: documents built from lines without the clean and sentence stages."""

import datetime as dt

from marsad.document import Document, Sentence


def line_sentences(text: str) -> Document:
    """A document whose non-empty lines are its sentences, each its own paragraph."""
    doc = Document(text=text)
    pos = 0
    for number, line in enumerate(text.split("\n")):
        if line.strip():
            doc.sentences.append(Sentence(pos, pos + len(line), len(doc.sentences), number))
        pos += len(line) + 1
    return doc


def place_doc(text: str) -> Document:
    """`line_sentences` with the places stage run: for place-recognition tests."""
    from marsad.stages import places

    doc = line_sentences(text)
    places.process(doc)
    return doc


def place_names(doc: Document) -> list[str]:
    """The Arabic surface forms of a document's place mentions, in order."""
    return [m.attrs["surface_ar"] for m in doc.of_kind("place")]


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
