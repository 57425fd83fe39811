"""Loaders and validators for the number and date lexicons.

`marsad/data/numbers.yaml` and `marsad/data/dates.yaml` are hand-written
word lists.  They are read once per process (`functools.cache`), every entry
is run through `marsad.text.normalize` (so the YAML may be written in
ordinary spelling), and structural mistakes - a form given two values, an
unknown role, an empty phrase - fail loudly at load time instead of silently
never matching.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any

import yaml

from marsad.errors import KnowledgeError
from marsad.text import normalize

NUMBER_KINDS = ("unit", "teen_only", "ten", "hundred", "scale", "fixed")
ROLES = ("killed", "wounded", "abducted", "arrested", "evacuated", "missing")


class LexiconError(KnowledgeError):
    """numbers.yaml or dates.yaml is malformed; the message names the file and entry."""


@dataclass(frozen=True, slots=True)
class NumberWord:
    """One cardinal word: its value and its grammatical kind (see numbers.yaml)."""

    value: int
    kind: str


@dataclass(frozen=True)
class Phrases:
    """Multi-word phrases as token tuples, longest first, indexed by first word."""

    items: tuple[tuple[str, ...], ...]
    by_first: dict[str, tuple[tuple[str, ...], ...]]


@dataclass(frozen=True)
class NumberLexicon:
    """Everything the NUMBERS stage matches, normalized; phrases are token tuples."""

    words: dict[str, NumberWord]
    vague: dict[tuple[str, ...], int]
    vague_phrases: Phrases
    dual_nouns: frozenset[str]
    qualifiers: Phrases
    post_qualifiers: Phrases
    lower_bounds: Phrases
    superseded_tolls: Phrases
    range_connectors: frozenset[str]
    digit_prefixes: frozenset[str]
    vague_prefixes: tuple[str, ...]
    skip_after: Phrases
    skip_before: Phrases
    military_units: Phrases
    not_counted: frozenset[str]
    role_words: dict[str, str]
    role_prefixes: tuple[tuple[str, str], ...]
    implicit_plural: frozenset[str]
    implicit_singular: frozenset[str]
    negators: frozenset[str]
    single_words: frozenset[str]
    exceptives: frozenset[str]
    implicit_blockers: frozenset[str]
    anniversaries: frozenset[str]
    kin_of_dead: frozenset[str]
    role_carriers: Phrases
    killing_phrases: Phrases
    fallen_phrases: Phrases
    fallen_people: frozenset[str]
    fallen_elsewhere: Phrases
    fallen_reach: int
    subset_markers: Phrases
    part_after_cue: frozenset[str]
    share_place_gap: frozenset[str]
    totals_around: Phrases
    totals_before: Phrases
    not_people: frozenset[str]
    fate_words: frozenset[str]
    fate_verbs: frozenset[str]
    implicit_people: frozenset[str]
    implicit_others: frozenset[str]
    body_words: frozenset[str]
    body_movers: frozenset[str]
    implicit_dual: frozenset[str]
    implicit_person: frozenset[str]
    implicit_nationals: frozenset[str]
    opening_death_verbs: frozenset[str]
    person_death_verbs: frozenset[str]
    one_object_verbs: frozenset[str]
    attempts: frozenset[str]
    threats: frozenset[str]
    threat_reach: int
    intents: frozenset[str]
    killer_subjects: frozenset[str]
    partitive: frozenset[str]
    largest_act: int
    vague_floor: int
    additive_tolls: frozenset[str]
    additive_not_before: frozenset[str]
    additive_after: frozenset[str]
    additive_reports: frozenset[str]
    additive_others: frozenset[str]
    subject_death_verbs: frozenset[str]
    mixed_tolls: Phrases
    place_prepositions: frozenset[str]
    place_name_reach: int
    not_objects: frozenset[str]
    object_verbs: frozenset[str]
    object_reach: int
    object_openers: frozenset[str]
    agent_markers: frozenset[str]
    massacre_words: frozenset[str]
    massacre_next: frozenset[str]
    passive_verbs: frozenset[str]
    passive_next: frozenset[str]
    wound_death_verbs: frozenset[str]
    wound_death_next: frozenset[str]
    killed_participles: frozenset[str]
    unknown_dead: frozenset[str]
    agent_plurals: frozenset[str]
    passive_not_after: frozenset[str]
    companion_markers: Phrases
    companion_others: frozenset[str]
    companion_not_between: frozenset[str]
    companion_plural_endings: tuple[str, ...]
    companion_reach: int
    companion_additions: Phrases
    companion_subject_endings: tuple[str, ...]
    companion_survivals: frozenset[str]
    companion_clause_openers: frozenset[str]


@dataclass(frozen=True, slots=True)
class Relative:
    """A fixed relative expression: how far back it points and how precisely."""

    days: int
    months: int
    precision: int


@dataclass(frozen=True, slots=True)
class AgoUnit:
    """A unit after قبل/منذ: its count when the form carries one (dual = 2).

    `vague_precision` applies when the number of units is not given ("قبل أيام").
    """

    count: int | None
    days: int
    months: int
    precision: int
    hours: int = 0
    vague_precision: int = 3


@dataclass(frozen=True)
class DateLexicon:
    """Everything the DATES stage matches, normalized."""

    weekdays: dict[str, int]
    date_links: tuple[str, ...]
    months: dict[str, int]
    ambiguous_months: frozenset[str]
    hijri_months: dict[str, int]
    feasts: dict[str, tuple[int, int]]
    feast_bare: tuple[str, ...]
    feast_leads: tuple[str, ...]
    feast_days: dict[str, int]
    feast_year_reach: int
    name_heads: frozenset[str]
    weekday_name_heads: frozenset[str]
    prayer_heads: frozenset[str]
    street_heads: frozenset[str]
    named_event_heads: frozenset[str]
    named_days: frozenset[str]
    statement_continuations: frozenset[str]
    hijri_year_marks: tuple[str, ...]
    ordinals: dict[str, int]
    day_parts: tuple[str, ...]
    past_marks: tuple[str, ...]
    future_marks: tuple[str, ...]
    current_marks: tuple[str, ...]
    last_year_marks: tuple[str, ...]
    relative: dict[str, Relative]
    ago_words: tuple[str, ...]
    ago_units: dict[str, AgoUnit]
    vague_count: int
    since_as_ago: frozenset[str]
    since_words: tuple[str, ...]
    background_markers: tuple[str, ...]
    background_pair_first: tuple[str, ...]
    background_pair_second: str
    background_pair_gap: int
    background_days: int
    own_date_verbs: frozenset[str]
    reaction_verbs: frozenset[str]
    proceeding_words: frozenset[str]
    writer_lag_days: int
    before_yesterday_heads: frozenset[str]
    own_date_reach: int
    statement_relative: dict[str, int]
    hijri_month_leads: tuple[str, ...]
    eve_shifts: dict[str, int]
    eve_reach: int
    day_after_words: frozenset[str]
    day_pair_joiners: tuple[str, ...]
    day_pair_max_days: int
    day_pair_whole_day: frozenset[str]


# -- shared helpers ----------------------------------------------------------
def norm_entry(value: Any, where: str) -> str:
    """Normalize one data entry and collapse its spaces; reject empty entries."""
    if not isinstance(value, str | int):
        raise LexiconError(f"{where}: expected a string, got {value!r}")
    text = " ".join(normalize(str(value)).split())
    if not text:
        raise LexiconError(f"{where}: empty entry")
    return text


def _read(name: str) -> dict[str, Any]:
    """Parse a YAML file shipped in marsad/data."""
    raw = resources.files("marsad.data").joinpath(name).read_text(encoding="utf-8")
    data = yaml.safe_load(raw)
    if not isinstance(data, dict):
        raise LexiconError(f"{name}: top level must be a mapping")
    return data


def _list(data: dict[str, Any], key: str, where: str) -> list[str]:
    """A required list of strings, normalized, duplicates dropped, order kept."""
    items = data.get(key)
    if not isinstance(items, list) or not items:
        raise LexiconError(f"{where}: '{key}' must be a non-empty list")
    out: list[str] = []
    for item in items:
        text = norm_entry(item, f"{where}.{key}")
        if text not in out:
            out.append(text)
    return out


def _phrases(items: list[str]) -> Phrases:
    """Phrases as token tuples, longest first so the longest match wins."""
    ordered = tuple(sorted({tuple(item.split()) for item in items}, key=len, reverse=True))
    grouped: dict[str, list[tuple[str, ...]]] = {}
    for phrase in ordered:
        grouped.setdefault(phrase[0], []).append(phrase)
    return Phrases(ordered, {word: tuple(group) for word, group in grouped.items()})


def _value_map(data: Any, where: str, low: int, high: int) -> dict[str, int]:
    """Invert `{value: [forms]}` into `{form: value}`; a form may have one value only."""
    if not isinstance(data, dict) or not data:
        raise LexiconError(f"{where}: must be a non-empty mapping of value -> forms")
    out: dict[str, int] = {}
    for value, forms in data.items():
        if not isinstance(value, int) or not low <= value <= high:
            raise LexiconError(f"{where}: value {value!r} outside {low}..{high}")
        if not isinstance(forms, list) or not forms:
            raise LexiconError(f"{where}.{value}: needs a non-empty list of forms")
        for form in forms:
            text = norm_entry(form, f"{where}.{value}")
            if out.get(text, value) != value:
                raise LexiconError(f"{where}: '{text}' given two values ({out[text]}, {value})")
            out[text] = value
    return out


# -- numbers -----------------------------------------------------------------
def _number_words(data: Any) -> dict[str, NumberWord]:
    """All cardinal forms with their kind; a form may belong to one kind only."""
    if not isinstance(data, dict) or set(data) != set(NUMBER_KINDS):
        raise LexiconError(f"numbers.yaml: number_words needs exactly the kinds {NUMBER_KINDS}")
    words: dict[str, NumberWord] = {}
    for kind in NUMBER_KINDS:
        for form, value in _value_map(data[kind], f"numbers.yaml:number_words.{kind}", 1, 10**9).items():
            if form in words and words[form] != NumberWord(value, kind):
                raise LexiconError(f"numbers.yaml: '{form}' is both {words[form].kind} and {kind}")
            words.setdefault(form, NumberWord(value, kind))
    return words


def _roles(data: Any) -> tuple[dict[str, str], tuple[tuple[str, str], ...]]:
    """Casualty cue words and prefixes, each mapped to its role."""
    if not isinstance(data, dict) or not set(data) <= set(ROLES):
        raise LexiconError(f"numbers.yaml: roles must be among {ROLES}")
    words: dict[str, str] = {}
    prefixes: list[tuple[str, str]] = []
    for role, spec in data.items():
        if not isinstance(spec, dict):
            raise LexiconError(f"numbers.yaml: roles.{role} must map prefixes/words")
        for item in spec.get("words") or []:
            words[norm_entry(item, f"roles.{role}.words")] = role
        for item in spec.get("prefixes") or []:
            prefixes.append((_role_prefix(norm_entry(item, f"roles.{role}.prefixes")), role))
    prefixes.sort(key=lambda pair: len(pair[0]), reverse=True)
    return words, tuple(prefixes)


def _role_prefix(prefix: str) -> str:
    """A cue prefix the NUMBERS stage can index: two letters at least (it groups
    prefixes by their first two), and not starting with the article ال (a prefix
    is matched at a stem's start, after the proclitics and the article)."""
    if len(prefix) < 2:
        raise LexiconError(f"numbers.yaml: role prefix '{prefix}' is shorter than two letters")
    if prefix.startswith("ال"):
        raise LexiconError(f"numbers.yaml: role prefix '{prefix}' must not start with the article ال")
    return prefix


@dataclass(frozen=True)
class _Section:
    """A mapping of a lexicon file with the name its errors give it, so each
    field reads as one call instead of repeating the file and section name."""

    data: dict[str, Any]
    where: str

    def section(self, key: str) -> _Section:
        """A nested mapping (empty when absent: its lists then fail as missing)."""
        return _Section(self.data.get(key) or {}, f"{self.where}:{key}")

    def words(self, key: str) -> frozenset[str]:
        """A required word list as a set."""
        return frozenset(_list(self.data, key, self.where))

    def phrases(self, key: str) -> Phrases:
        """A required phrase list as token tuples."""
        return _phrases(_list(self.data, key, self.where))

    def positive(self, key: str) -> int:
        """A required positive integer setting."""
        return _positive(self.data.get(key), f"{self.where}.{key}")


def _lower_bounds(top: _Section) -> Phrases:
    """`lower_bounds` of numbers.yaml: qualifiers that bound a count from below only ("أكثر من
    20" is met by 27), unlike approximations ("نحو 20"); each must be a qualifier already."""
    bounds = top.phrases("lower_bounds")
    known = set(top.phrases("qualifiers").items) | set(top.phrases("post_qualifiers").items)
    stray = [" ".join(b) for b in bounds.items if b not in known]
    if stray:
        raise KnowledgeError(f"numbers.yaml: lower_bounds not among the qualifiers: {stray}")
    return bounds


@cache
def number_lexicon() -> NumberLexicon:
    """The validated, normalized content of numbers.yaml (loaded once)."""
    data = _read("numbers.yaml")
    where = "numbers.yaml"
    vague_map = _value_map(data.get("vague"), f"{where}:vague", 1, 10**6)
    role_words, role_prefixes = _roles(data.get("roles"))
    top = _Section(data, where)
    implicit = top.section("implicit_deaths")
    totals = top.section("running_totals")
    bodies = top.section("moved_bodies")
    objects = top.section("object_verbs")
    companions = top.section("companions")
    return NumberLexicon(
        words=_number_words(data.get("number_words")),
        vague={tuple(form.split()): value for form, value in vague_map.items()},
        vague_phrases=_phrases(list(vague_map)),
        dual_nouns=top.words("dual_nouns"),
        qualifiers=top.phrases("qualifiers"),
        post_qualifiers=top.phrases("post_qualifiers"),
        lower_bounds=_lower_bounds(top),
        superseded_tolls=top.phrases("superseded_tolls"),
        range_connectors=top.words("range_connectors"),
        digit_prefixes=top.words("digit_prefixes"),
        vague_prefixes=tuple(sorted(top.words("vague_prefixes"), key=len, reverse=True)),
        skip_after=top.phrases("skip_after"),
        skip_before=top.phrases("skip_before"),
        military_units=top.phrases("military_units"),
        not_counted=top.words("not_counted"),
        role_words=role_words,
        role_prefixes=role_prefixes,
        implicit_plural=implicit.words("plural") | implicit.words("massacre"),
        implicit_singular=implicit.words("singular"),
        negators=top.words("negators"),
        single_words=top.words("single_words"),
        exceptives=top.words("exceptives"),
        implicit_blockers=top.words("implicit_blockers"),
        anniversaries=top.words("anniversaries"),
        kin_of_dead=top.words("kin_of_dead"),
        role_carriers=top.phrases("role_carriers"),
        killing_phrases=top.phrases("killing_phrases"),
        fallen_phrases=top.phrases("fallen_phrases"),
        fallen_people=top.words("fallen_people"),
        fallen_elsewhere=top.phrases("fallen_elsewhere"),
        fallen_reach=top.positive("fallen_reach"),
        subset_markers=top.phrases("subset_markers"),
        part_after_cue=top.words("part_after_cue"),
        share_place_gap=top.words("share_place_gap"),
        totals_around=totals.phrases("around"),
        totals_before=totals.phrases("before"),
        not_people=top.words("not_people"),
        fate_words=top.words("fate_words"),
        fate_verbs=top.words("fate_verbs"),
        implicit_people=implicit.words("people"),
        implicit_others=implicit.words("others"),
        body_words=bodies.words("bodies"),
        body_movers=bodies.words("after"),
        implicit_dual=implicit.words("dual"),
        implicit_person=implicit.words("person"),
        implicit_nationals=implicit.words("nationals"),
        opening_death_verbs=implicit.words("opening_verbs"),
        person_death_verbs=implicit.words("person_verbs"),
        one_object_verbs=implicit.words("one_object_verbs"),
        attempts=implicit.words("attempts"),
        threats=implicit.words("threats"),
        threat_reach=implicit.positive("threat_reach"),
        intents=implicit.words("intents"),
        killer_subjects=implicit.words("killer_subjects"),
        partitive=implicit.words("partitive"),
        largest_act=totals.positive("largest_act"),
        vague_floor=totals.positive("vague_floor"),
        additive_tolls=top.words("additive_tolls"),
        additive_not_before=top.words("additive_not_before"),
        additive_after=top.words("additive_after"),
        additive_reports=top.words("additive_reports"),
        additive_others=top.words("additive_others"),
        subject_death_verbs=top.words("subject_death_verbs"),
        mixed_tolls=top.phrases("mixed_tolls"),
        place_prepositions=implicit.words("place_prepositions"),
        place_name_reach=implicit.positive("place_name_reach"),
        not_objects=implicit.words("not_objects"),
        object_verbs=objects.words("verbs"),
        massacre_words=implicit.words("massacre"),
        massacre_next=implicit.words("massacre_next"),
        agent_markers=implicit.words("agent_markers"),
        object_openers=objects.words("openers"),
        object_reach=objects.positive("reach"),
        passive_verbs=implicit.words("passive_verbs"),
        passive_next=implicit.words("passive_next"),
        wound_death_verbs=implicit.words("wound_death_verbs"),
        wound_death_next=implicit.words("wound_death_next"),
        killed_participles=implicit.words("participles"),
        unknown_dead=implicit.words("unknown_dead"),
        agent_plurals=implicit.words("agent_plurals"),
        passive_not_after=implicit.words("passive_not_after"),
        companion_markers=companions.phrases("markers"),
        companion_others=companions.words("others"),
        companion_not_between=companions.words("not_between"),
        companion_plural_endings=tuple(_list(companions.data, "plural_endings", companions.where)),
        companion_reach=companions.positive("reach"),
        companion_additions=companions.phrases("additions"),
        companion_subject_endings=tuple(_list(companions.data, "subject_endings", companions.where)),
        companion_survivals=companions.words("survivals"),
        companion_clause_openers=companions.words("clause_openers"),
    )


# -- dates -------------------------------------------------------------------
def _ordinals(data: dict[str, Any]) -> dict[str, int]:
    """Ordinal day words 1..31, built from units, tens and the teen word."""
    units = _value_map(data.get("ordinal_units"), "dates.yaml:ordinal_units", 1, 9)
    tens = _value_map(data.get("ordinal_tens"), "dates.yaml:ordinal_tens", 10, 30)
    joined = _value_map(data.get("ordinal_tens_joined"), "dates.yaml:ordinal_tens_joined", 20, 30)
    teen = norm_entry(data.get("ordinal_teen_word"), "dates.yaml:ordinal_teen_word")
    out = dict(units) | dict(tens)
    for unit, value in units.items():
        out[f"{unit} {teen}"] = 10 + value
        for ten, ten_value in joined.items():
            if value + ten_value <= 31:
                out[f"{unit} {ten}"] = value + ten_value
    return out


def _relative(data: Any) -> dict[str, Relative]:
    """Fixed relative phrases -> offset and precision."""
    if not isinstance(data, list) or not data:
        raise LexiconError("dates.yaml: relative must be a non-empty list")
    out: dict[str, Relative] = {}
    for index, spec in enumerate(data):
        where = f"dates.yaml:relative[{index}]"
        precision = spec.get("precision") if isinstance(spec, dict) else None
        if precision not in (1, 2, 3):
            raise LexiconError(f"{where}: precision must be 1, 2 or 3")
        rel = Relative(int(spec.get("days", 0)), int(spec.get("months", 0)), precision)
        for phrase in _list(spec, "phrases", where):
            if out.get(phrase, rel) != rel:
                raise LexiconError(f"{where}: '{phrase}' defined twice differently")
            out[phrase] = rel
    return out


def _feasts(data: Any) -> dict[str, tuple[int, int]]:
    """Feast names -> (Hijri month, Hijri day of the first feast day)."""
    if not isinstance(data, list) or not data:
        raise LexiconError("dates.yaml: feasts must be a non-empty list")
    out: dict[str, tuple[int, int]] = {}
    for index, spec in enumerate(data):
        where = f"dates.yaml:feasts[{index}]"
        month, day = (spec.get(key) if isinstance(spec, dict) else None for key in ("month", "day"))
        if not isinstance(month, int) or not 1 <= month <= 12 or not isinstance(day, int) or not 1 <= day <= 30:
            raise LexiconError(f"{where}: needs a Hijri month 1..12 and day 1..30")
        for name in _list(spec, "names", where):
            if out.setdefault(name, (month, day)) != (month, day):
                raise LexiconError(f"{where}: '{name}' given two dates")
    return out


def _feast_days(data: Any) -> dict[str, int]:
    """Ordinal words before "أيام <feast>" -> day of the feast (1-based)."""
    if not isinstance(data, dict) or not data:
        raise LexiconError("dates.yaml: feast_days must be a non-empty mapping of word -> day")
    out: dict[str, int] = {}
    for word, day in data.items():
        if not isinstance(day, int) or not 1 <= day <= 10:
            raise LexiconError(f"dates.yaml:feast_days.{word}: day must be 1..10")
        out[norm_entry(word, "dates.yaml:feast_days")] = day
    return out


def _ago_units(data: Any) -> dict[str, AgoUnit]:
    """Unit forms after قبل/منذ with the count their form implies."""
    if not isinstance(data, dict) or not data:
        raise LexiconError("dates.yaml: ago_units must be a non-empty mapping")
    out: dict[str, AgoUnit] = {}
    for name, spec in data.items():
        where = f"dates.yaml:ago_units.{name}"
        if not isinstance(spec, dict) or {spec.get("precision"), spec.get("vague_precision")} - {1, 2, 3}:
            raise LexiconError(f"{where}: needs forms, a precision and a vague_precision of 1, 2 or 3")
        days, months, hours = (int(spec.get(key, 0)) for key in ("days", "months", "hours"))
        if sum(map(bool, (days, months, hours))) != 1:
            raise LexiconError(f"{where}: give exactly one of hours / days / months")
        for key, count in (("singular", 1), ("dual", 2), ("plural", None)):
            for form in _list(spec, key, where):
                out[form] = AgoUnit(count, days, months, spec["precision"], hours, spec["vague_precision"])
    return out


@cache
def date_lexicon() -> DateLexicon:
    """The validated, normalized content of dates.yaml (loaded once)."""
    data = _read("dates.yaml")
    where = "dates.yaml"
    months = _value_map(data.get("months"), f"{where}:months", 1, 12)
    ambiguous = frozenset(_list(data, "ambiguous_months", where))
    reaction_verbs = frozenset(_list(data, "reaction_verbs", where))
    if not ambiguous <= set(months):
        raise LexiconError(f"{where}: ambiguous_months must also be listed under months")
    pairs = data.get("background_pairs")
    if not isinstance(pairs, dict) or not isinstance(pairs.get("gap"), int):
        raise LexiconError(f"{where}: background_pairs needs first, second and an integer gap")
    day_pairs = data.get("day_pairs")
    if not isinstance(day_pairs, dict):
        raise LexiconError(f"{where}: day_pairs needs joiners, whole_day and max_days")
    background_days = data.get("background_days")
    if not isinstance(background_days, int) or background_days < 1:
        raise LexiconError(f"{where}: background_days must be a positive integer")
    names = _Section(data, where).section("date_names")
    return DateLexicon(
        weekdays=_value_map(data.get("weekdays"), f"{where}:weekdays", 0, 6),
        date_links=tuple(_list(data, "date_links", where)),
        months=months,
        ambiguous_months=ambiguous,
        hijri_months=_value_map(data.get("hijri_months"), f"{where}:hijri_months", 1, 12),
        feasts=_feasts(data.get("feasts")),
        feast_bare=tuple(_list(data, "feast_bare", where)),
        feast_leads=tuple(_list(data, "feast_leads", where)),
        feast_days=_feast_days(data.get("feast_days")),
        feast_year_reach=_positive(data.get("feast_year_reach"), f"{where}:feast_year_reach"),
        name_heads=names.words("heads"),
        weekday_name_heads=names.words("weekday_heads"),
        prayer_heads=names.words("prayer_heads"),
        street_heads=names.words("street_heads"),
        named_event_heads=names.words("event_heads"),
        named_days=names.words("days"),
        statement_continuations=frozenset(_list(data, "statement_continuations", where)),
        hijri_year_marks=tuple(_list(data, "hijri_year_marks", where)),
        ordinals=_ordinals(data),
        day_parts=tuple(_list(data, "day_parts", where)),
        past_marks=tuple(_list(data, "past_marks", where)),
        future_marks=tuple(_list(data, "future_marks", where)),
        current_marks=tuple(_list(data, "current_marks", where)),
        last_year_marks=tuple(_list(data, "last_year_marks", where)),
        relative=_relative(data.get("relative")),
        ago_words=tuple(_list(data, "ago_words", where)),
        ago_units=_ago_units(data.get("ago_units")),
        vague_count=_positive(data.get("vague_count"), f"{where}:vague_count"),
        since_as_ago=frozenset(_list(data, "since_as_ago", where)),
        since_words=tuple(_list(data, "since_words", where)),
        background_markers=tuple(_list(data, "background_markers", where)),
        background_pair_first=tuple(_list(pairs, "first", f"{where}:background_pairs")),
        background_pair_second=norm_entry(pairs.get("second"), f"{where}:background_pairs.second"),
        background_pair_gap=pairs["gap"],
        background_days=background_days,
        # reactions are statements too, dated on a day of their own
        own_date_verbs=frozenset(_list(data, "own_date_verbs", where)) | reaction_verbs,
        reaction_verbs=reaction_verbs,
        proceeding_words=frozenset(_list(data, "proceeding_words", where)),
        writer_lag_days=_positive(data.get("writer_lag_days"), f"{where}:writer_lag_days"),
        before_yesterday_heads=frozenset(_list(data, "before_yesterday_heads", where)),
        own_date_reach=_positive(data.get("own_date_reach"), f"{where}:own_date_reach"),
        statement_relative=_statement_relative(data),
        hijri_month_leads=tuple(_list(data, "hijri_month_leads", where)),
        eve_shifts=_value_map(data.get("eve_shifts"), f"{where}:eve_shifts", -1, 1),
        eve_reach=_positive(data.get("eve_reach"), f"{where}:eve_reach"),
        day_after_words=frozenset(_list(data, "day_after_words", where)),
        day_pair_joiners=tuple(_list(day_pairs, "joiners", f"{where}:day_pairs")),
        day_pair_max_days=_positive(day_pairs.get("max_days"), f"{where}:day_pairs.max_days"),
        day_pair_whole_day=frozenset(_list(day_pairs, "whole_day", f"{where}:day_pairs")),
    )


def _statement_relative(data: dict[str, Any]) -> dict[str, int]:
    """Phrases counted from a statement's day; each must also be a `relative` phrase."""
    found = _value_map(data.get("statement_relative"), "dates.yaml:statement_relative", 0, 7)
    unknown = set(found) - set(_relative(data.get("relative")))
    if unknown:
        raise LexiconError(f"dates.yaml: statement_relative phrases not under relative: {sorted(unknown)}")
    return found


def _positive(value: Any, where: str) -> int:
    """A positive integer setting."""
    if not isinstance(value, int) or isinstance(value, bool) or value < 1:
        raise LexiconError(f"{where}: must be a positive integer")
    return value
