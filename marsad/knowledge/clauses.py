"""Loader and validator for clause boundaries and event-typing word lists (`data/clauses.yaml`)."""

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


@dataclass(frozen=True, slots=True)
class EventRules:
    """Word lists the events stage uses to settle types."""

    armed_nouns: tuple[str, ...]
    circumstance_words: tuple[str, ...]
    not_reports: tuple[str, ...]
    same_act: dict[str, frozenset[str]]
    de_facto_authorities: frozenset[str]
    armed_group_words: dict[str, int]


@functools.cache
def load_event_rules() -> EventRules:
    """`armed_nouns` from clauses.yaml, normalized: casualties that are combatants."""
    data = yaml.safe_load(resources.files("marsad.data").joinpath("clauses.yaml").read_text(encoding="utf-8"))
    nouns = data.get("armed_nouns")
    if not isinstance(nouns, list) or not all(isinstance(n, str) and n.strip() for n in nouns):
        raise KnowledgeError("clauses.yaml: 'armed_nouns' must be a list of words")
    words = data.get("circumstance_words")
    if not isinstance(words, list) or not all(isinstance(w, str) and w.strip() for w in words):
        raise KnowledgeError("clauses.yaml: 'circumstance_words' must be a list of words")
    markers = data.get("not_reports")
    if not isinstance(markers, list) or not all(isinstance(m, str) and m.strip() for m in markers):
        raise KnowledgeError("clauses.yaml: 'not_reports' must be a list of phrases")
    return EventRules(
        tuple(sorted({normalize(n.strip()) for n in nouns})),
        tuple(sorted({normalize(w.strip()) for w in words})),
        tuple(sorted({" ".join(normalize(m).split()) for m in markers})),
        {str(k): frozenset(v) for k, v in (data.get("same_act") or {}).items()},
        frozenset(data.get("de_facto_authorities") or ()),
        _armed_group_words(data.get("armed_group_words")),
    )


def _armed_group_words(raw: object) -> dict[str, int]:
    if not isinstance(raw, dict) or not all(isinstance(v, int) and 1 <= v <= 8 for v in raw.values()):
        raise KnowledgeError("clauses.yaml: 'armed_group_words' must map words to inter codes 1-8")
    return {normalize(str(word)): code for word, code in raw.items()}
