"""Headline stage: read the places of a headline given only as metadata.

Feeds often carry the headline in its own field and the body without it (Al
Jazeera's listing leads, most of SaudiNewsNet and ANT): "اقتحام مخيم جنين..
استشهاد 3 فلسطينيين" above a lead that says only "خلال اقتحام المخيم".  A
coder reads the headline too, so when the text does not repeat it
(`doc.title_span` is None), the headline is processed as a small document of
its own through the clean, sentences, places and geocode stages and kept as
`doc.headline`.  Its places never carry evidence (evidence is text of the
article); they only locate an event whose own text names no place below the
country (`geocode.fallback_place`) and give a story with no place at all its
country.  Its acts are read later, only when the body tells a single act, for
the toll and author a headline alone may give (stages/headline_lend.py); they
are never output.
"""

from __future__ import annotations

from marsad.document import Document
from marsad.stages import clean, geocode, places, sentences


def process(doc: Document) -> None:
    """Set `doc.headline` when the metadata title is not part of the text."""
    if not doc.title or doc.title_span is not None or not doc.title.strip():
        return
    headline = Document(text=doc.title, id=f"{doc.id}#headline", published=doc.published)
    for stage in (clean.process, sentences.process, places.process, geocode.process):
        stage(headline)
    doc.headline = headline

