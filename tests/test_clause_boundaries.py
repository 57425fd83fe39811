"""Clause boundaries: which words open a new clause, with which conjunctions in front."""

from __future__ import annotations

import pytest

from marsad.knowledge.clauses import load_clause_boundaries
from marsad.text import normalize


def opens_clause(text: str) -> bool:
    return load_clause_boundaries().pattern.search(normalize(text)) is not None


@pytest.mark.parametrize("text", ["قصفوا القرية ردا على الهجوم", "وردا على ذلك قصفوا القرية", "ثم انسحبوا", "وثم انسحبوا"])
def test_a_boundary_word_alone_or_after_wa_opens_a_clause(text: str) -> None:
    assert opens_clause(text)


@pytest.mark.parametrize("text", ["قتل نحو 40 فردا من أبناء القبيلة", "أصيب 12 فردا من الحراس"])
def test_a_short_boundary_word_inside_a_longer_word_with_fa_does_not(text: str) -> None:
    assert not opens_clause(text)


def test_a_longer_boundary_word_still_takes_fa() -> None:
    assert opens_clause("فبينما كانت الدورية تمر انفجرت العبوة")
