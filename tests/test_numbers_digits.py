"""NUMBERS stage: digit strings with proclitics, separators and Arabic-Indic digits."""

from __future__ import annotations

import pytest

from marsad.knowledge.lexicons import number_lexicon
from marsad.stages.numbers import parse_number
from marsad.text import normalize


def test_digit_prefixes_are_stored_normalized_and_nonempty() -> None:
    prefixes = number_lexicon().digit_prefixes
    assert prefixes
    assert all(prefix and normalize(prefix) == prefix for prefix in prefixes)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("الـ45", 45),
        ("والـ12", 12),
        ("بـ7", 7),
        ("من340", 340),
        ("١٢٠", 120),
        ("١٬٢٥٠", 1250),
        ("3,400", 3400),
    ],
)
def test_digit_strings_read_with_their_allowed_proclitics(text: str, value: int) -> None:
    assert parse_number(text) == value


@pytest.mark.parametrize("text", ["عن45", "قرب12"])
def test_digits_glued_to_other_words_are_not_counts(text: str) -> None:
    assert parse_number(text) is None
