"""Genre cue lists (`data/genre.yaml`): loader and validator.

The genre stage (`marsad.stages.genre`) reads with these lists whether an
article is commentary or a news report; keeping them in a data file lets a
reviewer add a stance word or a byline form without touching the stage.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any

import yaml

from marsad.errors import KnowledgeError
from marsad.text import CLITIC_PREFIXES, WORD_RE, normalize

GENRE_FILE = "genre.yaml"
LIMITS = ("min_sentences", "max_dated", "max_attributed", "min_opinion_rate", "min_biography", "min_short_opinion",
          "reaction_recall_days")
CUE_LISTS = ("opinion", "first_person", "biography", "attribution", "byline", "news_day", "news_day_verbs", "ongoing_lead",
             "habitual", "commentators", "reactions", "views", "almanac")
# Lists of verbs: read with a conjunction only, since an article or a preposition makes them nouns.
VERB_LISTS = frozenset({"news_day_verbs", "ongoing_lead"})
CONJUNCTIONS = ("و", "ف")

@dataclass(frozen=True, slots=True)
class Cues:
    """One cue list: its words with every proclitic form spelled out, and its phrases as one regex.

    Spelling the clitic forms out lets a sentence be matched by one token scan
    and set look-ups, far cheaper than a regex alternation tried at every position.
    """

    words: frozenset[str]
    phrases: re.Pattern[str] | None

    def count(self, text: str, tokens: list[str]) -> int:
        """Hits in a normalized text whose word tokens are given."""
        hits = sum(1 for token in tokens if token in self.words)
        return hits + (len(self.phrases.findall(text)) if self.phrases is not None else 0)

    def found(self, text: str) -> bool:
        """The text holds at least one cue."""
        return self.count(text, WORD_RE.findall(text)) > 0

    def first(self, text: str) -> int | None:
        """The offset in a normalized text where its first cue starts, or None."""
        word = next((m.start() for m in WORD_RE.finditer(text) if m.group() in self.words), None)
        phrase = self.phrases.search(text) if self.phrases is not None else None
        return min((at for at in (word, phrase.start() if phrase else None) if at is not None), default=None)


@dataclass(frozen=True, slots=True)
class GenreCues:
    """All cue lists of `data/genre.yaml`."""

    opinion: Cues
    first_person: Cues
    biography: Cues
    attribution: Cues
    byline: Cues
    news_day: Cues
    news_day_verbs: Cues
    ongoing_lead: Cues
    habitual: Cues
    commentators: Cues
    reactions: Cues
    views: Cues
    almanac: Cues

    @property
    def body_words(self) -> dict[str, tuple[int, int, int]]:
        """Word form -> (stance, biography, attribution) hits, for one look-up per token of the body."""
        return _body_words(self)


def validate_genre(data: object) -> None:
    """Check the file's shape: every cue list present, a non-empty list of strings."""
    if not isinstance(data, dict):
        raise KnowledgeError(f"{GENRE_FILE}: expected a mapping")
    for name in CUE_LISTS:
        entries = data.get(name)
        if not isinstance(entries, list) or not entries or not all(isinstance(e, str) and e.strip() for e in entries):
            raise KnowledgeError(f"{GENRE_FILE}: {name!r} must be a non-empty list of strings")
    limits = data.get("limits")
    if not isinstance(limits, dict) or set(limits) != set(LIMITS) or not all(
        isinstance(v, int | float) and not isinstance(v, bool) and v >= 0 for v in limits.values()
    ):
        raise KnowledgeError(f"{GENRE_FILE}: 'limits' must map exactly {list(LIMITS)} to non-negative numbers")
    unknown = set(data) - set(CUE_LISTS) - {"limits"}
    if unknown:
        raise KnowledgeError(f"{GENRE_FILE}: unknown keys {sorted(unknown)}")


def _cues(entries: list[str], prefixes: tuple[str, ...] = CLITIC_PREFIXES) -> Cues:
    """Normalize entries; spell out each word after every one of `prefixes` (by default every proclitic:
    و ف ب ل ك ال ...); compile the phrases."""
    forms = {" ".join(normalize(e).split()) for e in entries}
    words = {f for f in forms if " " not in f}
    spelled = frozenset(words | {prefix + word for word in words for prefix in prefixes})
    phrases = sorted((f for f in forms if " " in f), key=len, reverse=True)
    pattern = (re.compile(r"(?<!\w)(?:" + "|".join(re.escape(p).replace(r"\ ", r"\s+") for p in phrases) + r")(?!\w)")
               if phrases else None)
    return Cues(spelled, pattern)


@cache
def _genre_data() -> dict[str, Any]:
    """The parsed and validated data file (read once per process)."""
    data = yaml.safe_load(resources.files("marsad.data").joinpath(GENRE_FILE).read_text(encoding="utf-8"))
    validate_genre(data)
    return data


@cache
def _body_words(cues: GenreCues) -> dict[str, tuple[int, int, int]]:
    """The word forms of the lists counted over the whole body, merged into one table."""
    table: dict[str, tuple[int, int, int]] = {}
    for column, lists in enumerate(((cues.opinion, cues.first_person), (cues.biography,), (cues.attribution,))):
        for form in set().union(*(c.words for c in lists)):
            hits = list(table.get(form, (0, 0, 0)))
            hits[column] = 1
            table[form] = (hits[0], hits[1], hits[2])
    return table


@cache
def load_genre_cues() -> GenreCues:
    """The cue lists, normalized."""
    data = _genre_data()
    return GenreCues(**{name: _cues(data[name], CONJUNCTIONS if name in VERB_LISTS else CLITIC_PREFIXES)
                        for name in CUE_LISTS})


@dataclass(frozen=True, slots=True)
class GenreLimits:
    """Thresholds of `is_commentary` (`limits` in `data/genre.yaml`)."""

    min_sentences: int
    max_dated: float
    max_attributed: float
    min_opinion_rate: float
    min_biography: int
    min_short_opinion: int
    reaction_recall_days: int


@cache
def load_genre_limits() -> GenreLimits:
    """The classifier thresholds."""
    return GenreLimits(**_genre_data()["limits"])
