"""Loader and validator for `marsad/data/boilerplate.yaml`.

The boilerplate patterns are data so that a new outlet's footer is a one-line
addition, not a code change.  Every pattern is run through
`marsad.text.normalize` on load (the clean stage matches normalized text), and
the validator rejects what normalization would silently break: upper-case
regex escapes (normalization lower-cases Latin, turning `\\S` into `\\s`) and
named groups (the loader uses its own to tell rules apart).

Rules of one scope are compiled into a single alternation so that a paragraph
costs one regex call per scope, not one per rule.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from marsad.errors import KnowledgeError
from marsad.text import normalize

DATA_FILE = Path(__file__).resolve().parent.parent / "data" / "boilerplate.yaml"

SCOPES = ("line", "head", "tail")
WHERE = ("any", "last")
_UPPER_ESCAPE = re.compile(r"\\[A-Z]")


@dataclass(frozen=True, slots=True)
class Rule:
    """One boilerplate pattern (normalized) and what to do with a match."""

    kind: str
    scope: str
    pattern: str
    where: str = "any"
    to_end: bool = False


@dataclass(frozen=True)
class RuleSet:
    """Rules of one scope/where pair compiled into one alternation."""

    rules: tuple[Rule, ...]
    regex: re.Pattern[str] | None

    def fullmatch(self, text: str, pos: int = 0, endpos: int | None = None) -> Rule | None:
        """The first rule matching all of text[pos:endpos], if any."""
        if self.regex is None:
            return None
        match = self.regex.fullmatch(text, pos, len(text) if endpos is None else endpos)
        return self.rules[int(match.lastgroup[1:])] if match and match.lastgroup else None

    def search(
        self, text: str, pos: int = 0, endpos: int | None = None, *, anchored: bool = False
    ) -> tuple[Rule, int, int] | None:
        """The first rule found in text[pos:endpos] (starting at pos when anchored), with its span."""
        if self.regex is None:
            return None
        find = self.regex.match if anchored else self.regex.search
        match = find(text, pos, len(text) if endpos is None else endpos)
        if not match or not match.lastgroup:
            return None
        return self.rules[int(match.lastgroup[1:])], match.start(), match.end()


@dataclass(frozen=True, slots=True)
class InlineCut:
    """A raw-text pattern cut out of the middle of a paragraph (see `inline_cuts` in the data file)."""

    kind: str
    regex: re.Pattern[str]
    keep_lead: bool = False


@dataclass(frozen=True)
class Boilerplate:
    """Everything the clean and sentences stages read from the data file."""

    max_line_chars: int
    line: RuleSet
    head: RuleSet
    tail_any: RuleSet
    tail_last: RuleSet
    title_prefix: re.Pattern[str] | None
    dateline: re.Pattern[str] | None
    abbreviations: frozenset[str]
    era_markers: frozenset[str]
    longest_abbreviation: int
    semicolon_continuers: frozenset[str] = frozenset()
    semicolon_pointers: frozenset[str] = frozenset()
    inline_cuts: tuple[InlineCut, ...] = ()
    item_marker: re.Pattern[str] | None = None
    list_dash_opener: re.Pattern[str] | None = None
    list_dash: re.Pattern[str] | None = None


def validate(data: Any) -> list[str]:
    """Problems found in the raw YAML mapping (empty when it is valid)."""
    if not isinstance(data, dict):
        return ["top level must be a mapping"]
    problems: list[str] = []
    if not isinstance(data.get("max_line_chars"), int) or data["max_line_chars"] <= 0:
        problems.append("max_line_chars must be a positive integer")
    rules = data.get("rules")
    if not isinstance(rules, list) or not rules:
        return [*problems, "rules must be a non-empty list"]
    for index, rule in enumerate(rules):
        problems.extend(f"rules[{index}]: {problem}" for problem in _rule_problems(rule))
    for key in ("title_prefixes", "datelines", "abbreviations", "era_markers", "semicolon_continuers",
                "semicolon_pointers"):
        values = data.get(key, [])
        if not isinstance(values, list) or not all(isinstance(v, str) and v for v in values):
            problems.append(f"{key} must be a list of non-empty strings")
    for key in ("title_prefixes", "datelines"):
        for pattern in data.get(key, []) or []:
            problems.extend(f"{key}: {p}" for p in _pattern_problems(pattern))
    return problems + _raw_problems(data)


def _raw_problems(data: dict[str, Any]) -> list[str]:
    """Problems of the raw-text patterns (inline cuts and item markers): they must compile."""
    problems: list[str] = []
    cuts = data.get("inline_cuts", [])
    if not isinstance(cuts, list):
        return ["inline_cuts must be a list"]
    raw: list[tuple[str, Any]] = []
    for index, cut in enumerate(cuts):
        if not isinstance(cut, dict) or set(cut) - {"kind", "pattern", "keep_lead"}:
            problems.append(f"inline_cuts[{index}]: a mapping with kind, pattern and optional keep_lead")
        elif not isinstance(cut.get("kind"), str) or not isinstance(cut.get("keep_lead", False), bool):
            problems.append(f"inline_cuts[{index}]: kind must be a string, keep_lead true or false")
        else:
            raw.append((f"inline_cuts[{index}]", cut.get("pattern")))
    markers = data.get("item_markers", [])
    if not isinstance(markers, list):
        problems.append("item_markers must be a list")
    else:
        raw.extend(("item_markers", marker) for marker in markers)
    raw.extend((key, data[key]) for key in ("list_dash_opener", "list_dashes") if key in data)
    for where, pattern in raw:
        if not isinstance(pattern, str) or not pattern:
            problems.append(f"{where}: pattern must be a non-empty string")
            continue
        try:
            re.compile(pattern)
        except re.error as exc:
            problems.append(f"{where}: pattern {pattern!r} does not compile: {exc}")
    return problems


def _rule_problems(rule: Any) -> list[str]:
    """Problems of one rule entry."""
    if not isinstance(rule, dict):
        return ["must be a mapping"]
    problems = [
        f"unknown key {key!r}" for key in rule if key not in {"kind", "scope", "pattern", "where", "to_end"}
    ]
    if not isinstance(rule.get("kind"), str) or not rule.get("kind"):
        problems.append("kind must be a non-empty string")
    if rule.get("scope") not in SCOPES:
        problems.append(f"scope must be one of {SCOPES}")
    if rule.get("where", "any") not in WHERE:
        problems.append(f"where must be one of {WHERE}")
    if not isinstance(rule.get("to_end", False), bool):
        problems.append("to_end must be true or false")
    if rule.get("where", "any") == "last" and rule.get("scope") != "tail":
        problems.append("where: last is only supported for tail rules")
    pattern = rule.get("pattern")
    if not isinstance(pattern, str) or not pattern:
        problems.append("pattern must be a non-empty string")
    else:
        problems.extend(_pattern_problems(pattern))
    return problems


def _pattern_problems(pattern: str) -> list[str]:
    """Why a pattern would break once normalized (or does not compile)."""
    problems = []
    if _UPPER_ESCAPE.search(pattern):
        problems.append(f"upper-case escape in {pattern!r} would be lower-cased by normalize")
    if "(?P<" in pattern:
        problems.append(f"named group in {pattern!r}")
    try:
        re.compile(normalize(pattern))
    except re.error as exc:
        problems.append(f"pattern {pattern!r} does not compile: {exc}")
    return problems


def _compile(rules: list[Rule]) -> RuleSet:
    """One alternation over the rules; group `r<i>` names rule i."""
    if not rules:
        return RuleSet((), None)
    alternation = "|".join(f"(?P<r{i}>{rule.pattern})" for i, rule in enumerate(rules))
    return RuleSet(tuple(rules), re.compile(alternation))


def _alternation(patterns: list[str]) -> re.Pattern[str] | None:
    """One regex matching any of the (normalized) patterns, or None."""
    return re.compile("|".join(f"(?:{normalize(p)})" for p in patterns)) if patterns else None


def build(data: dict[str, Any], *, source: str | Path = "<data>") -> Boilerplate:
    """Validate a parsed boilerplate mapping, normalize and compile it."""
    problems = validate(data)
    if problems:
        raise KnowledgeError("; ".join(problems), path=source)
    rules = [
        Rule(
            kind=entry["kind"],
            scope=entry["scope"],
            pattern=normalize(entry["pattern"]),
            where=entry.get("where", "any"),
            to_end=entry.get("to_end", False),
        )
        for entry in data["rules"]
    ]
    abbreviations = frozenset(normalize(a) for a in data.get("abbreviations", []))
    era_markers = frozenset(normalize(e) for e in data.get("era_markers", []))
    return Boilerplate(
        max_line_chars=data["max_line_chars"],
        line=_compile([r for r in rules if r.scope == "line"]),
        head=_compile([r for r in rules if r.scope == "head"]),
        tail_any=_compile([r for r in rules if r.scope == "tail" and r.where == "any"]),
        tail_last=_compile([r for r in rules if r.scope == "tail"]),
        title_prefix=_alternation(data.get("title_prefixes", [])),
        dateline=_alternation(data.get("datelines", [])),
        abbreviations=abbreviations,
        era_markers=era_markers,
        longest_abbreviation=max((len(a) for a in abbreviations | era_markers), default=1),
        semicolon_continuers=frozenset(normalize(w) for w in data.get("semicolon_continuers", [])),
        semicolon_pointers=frozenset(normalize(w) for w in data.get("semicolon_pointers", [])),
        inline_cuts=tuple(
            InlineCut(cut["kind"], re.compile(cut["pattern"]), cut.get("keep_lead", False))
            for cut in data.get("inline_cuts", [])
        ),
        item_marker=_raw_alternation(data.get("item_markers", [])),
        list_dash_opener=_raw_alternation([data["list_dash_opener"]] if "list_dash_opener" in data else []),
        list_dash=_raw_alternation([data["list_dashes"]] if "list_dashes" in data else []),
    )


def _raw_alternation(patterns: list[str]) -> re.Pattern[str] | None:
    """One regex matching any of the raw-text (not normalized) patterns, or None."""
    return re.compile("|".join(f"(?:{p})" for p in patterns)) if patterns else None


@functools.cache
def load_boilerplate(path: str | None = None) -> Boilerplate:
    """The bundled (or given) boilerplate rules, loaded once per process."""
    source = Path(path) if path else DATA_FILE
    with source.open(encoding="utf-8") as handle:
        data = yaml.safe_load(handle)
    return build(data, source=source)


@functools.cache
def fold_table() -> dict[int, str]:
    """A `str.translate` table equal to `marsad.text.normalize`, char by char.

    `normalize` maps each character independently, so the table gives the
    same result as a C-speed `translate` call: the clean stage uses it to
    test paragraphs without building the document-wide offset map.
    """
    table: dict[int, str] = {}
    for code in range(0x10000):
        if 0xD800 <= code <= 0xDFFF:
            continue
        ch = chr(code)
        try:
            folded = normalize(ch)
        except RecursionError:  # a presentation-form code point NFKC maps to itself
            continue
        if folded != ch:
            table[code] = folded
    return table
