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
    since_words: tuple[str, ...]
    not_reports: tuple[str, ...]
    same_act: dict[str, frozenset[str]]
    de_facto_authorities: frozenset[str]
    armed_group_words: dict[str, int]
    definite_prefixes: frozenset[str] = frozenset()
    pronoun_suffixes: frozenset[str] = frozenset()
    subset_words: frozenset[str] = frozenset()
    reaction_words: frozenset[str] = frozenset()
    reaction_window: int = 4
    reaction_days: int = 7


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
        _since_words(data.get("since_words"), words),
        tuple(sorted({" ".join(normalize(m).split()) for m in markers})),
        {str(k): frozenset(v) for k, v in (data.get("same_act") or {}).items()},
        frozenset(data.get("de_facto_authorities") or ()),
        _armed_group_words(data.get("armed_group_words")),
        *_follow_up(data.get("follow_up")),
    )


@functools.cache
def not_reports_pattern() -> re.Pattern[str]:
    """`not_reports` as one regex over space-joined words (whole words, as written in the list)."""
    markers = load_event_rules().not_reports
    alternatives = "|".join(r"\s+".join(map(re.escape, m.split())) for m in sorted(markers, key=len, reverse=True))
    return re.compile(rf"(?<!\S)(?:{alternatives})(?!\S)")


def _follow_up(raw: object) -> tuple[frozenset[str], frozenset[str], frozenset[str], frozenset[str], int, int]:
    """Clitics and words that mark a trigger as a reference back to a reported act."""
    if not isinstance(raw, dict):
        raise KnowledgeError("clauses.yaml: 'follow_up' must be a mapping")
    sets = []
    for key in ("definite_prefixes", "pronoun_suffixes", "subset_words", "reaction_words"):
        words = raw.get(key)
        if not isinstance(words, list) or not all(isinstance(w, str) and w.strip() for w in words):
            raise KnowledgeError(f"clauses.yaml: follow_up.{key} must be a list of words")
        sets.append(frozenset(normalize(w.strip()) for w in words))
    numbers = []
    for key in ("reaction_window", "reaction_days"):
        value = raw.get(key)
        if not isinstance(value, int) or value < 1:
            raise KnowledgeError(f"clauses.yaml: follow_up.{key} must be a positive integer")
        numbers.append(value)
    return sets[0], sets[1], sets[2], sets[3], numbers[0], numbers[1]


def _since_words(raw: object, circumstance: list[str]) -> tuple[str, ...]:
    """The circumstance words meaning "since"; they must be among `circumstance_words`."""
    if not isinstance(raw, list) or not all(isinstance(w, str) and w in circumstance for w in raw):
        raise KnowledgeError("clauses.yaml: 'since_words' must list circumstance words")
    return tuple(sorted({normalize(w.strip()) for w in raw}))


def _armed_group_words(raw: object) -> dict[str, int]:
    if not isinstance(raw, dict) or not all(isinstance(v, int) and 1 <= v <= 8 for v in raw.values()):
        raise KnowledgeError("clauses.yaml: 'armed_group_words' must map words to inter codes 1-8")
    return {normalize(str(word)): code for word, code in raw.items()}
