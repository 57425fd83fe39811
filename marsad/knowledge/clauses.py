"""Loader and validator for clause boundaries (`data/clauses.yaml`)."""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from importlib import resources

import yaml

from marsad.errors import KnowledgeError
from marsad.text import normalize


@dataclass(frozen=True, slots=True)
class ClauseBoundaries:
    """Compiled clause-opening words and punctuation."""

    pattern: re.Pattern[str]
    words: tuple[str, ...]
    punctuation: tuple[str, ...]


def validate_clauses(data: object) -> None:
    """Reject a clauses file whose shape or entries are wrong."""
    if not isinstance(data, dict) or not isinstance(data.get("boundaries"), list):
        raise KnowledgeError("clauses.yaml: expected a mapping with a 'boundaries' list")
    for word in data["boundaries"]:
        if not isinstance(word, str) or not word.strip():
            raise KnowledgeError(f"clauses.yaml: bad boundary {word!r}")
    for mark in data.get("punctuation", []):
        if not isinstance(mark, str) or len(mark) != 1:
            raise KnowledgeError(f"clauses.yaml: punctuation must be single characters, got {mark!r}")


@functools.cache
def load_clause_boundaries() -> ClauseBoundaries:
    """Boundaries as one regex over normalized text (whole words, optional و/ف prefix)."""
    text = resources.files("marsad.data").joinpath("clauses.yaml").read_text(encoding="utf-8")
    data = yaml.safe_load(text)
    validate_clauses(data)
    words = tuple(sorted({normalize(w.strip()) for w in data["boundaries"]}, key=len, reverse=True))
    marks = tuple(data.get("punctuation", []))
    alternatives = [rf"(?<![\w])[وف]?{re.escape(w)}(?![\w])" for w in words]
    alternatives += [re.escape(m) for m in marks]
    return ClauseBoundaries(re.compile("|".join(alternatives)), words, marks)
