"""A fight "between the two factions" names its armed sides by the dual alone."""

from __future__ import annotations

from marsad.document import Document
from marsad.stages import triggers


def sub_types(text: str) -> list[str]:
    """Sub-event types of the asserted triggers found in `text`."""
    doc = Document(text=text)
    triggers.process(doc)
    return [m.value.sub_event_type for m in doc.of_kind("trigger") if m.attrs["modality"] == "asserted"]


def test_battles_between_the_two_factions_are_a_clash():
    assert sub_types("ودارت معارك ضارية بين الفصيلين قرب السوق القديمة مساء الخميس.") == ["Armed clash"]
