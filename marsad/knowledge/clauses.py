"""Loader and validator for clause boundaries and event-typing word lists (`data/clauses.yaml`)."""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from importlib import resources
from typing import Any

import yaml

from marsad.errors import KnowledgeError
from marsad.text import normalize


@dataclass(frozen=True, slots=True)
class ClauseBoundaries:
    """Compiled clause-opening words and punctuation."""

    pattern: re.Pattern[str]
    words: tuple[str, ...]
    punctuation: tuple[str, ...]
    wounded: frozenset[str] = frozenset()
    causes: frozenset[str] = frozenset()
    cause_reach: int = 0
    # `war_day_frames`: opening word sequences, war nouns and the frame's reach in words.
    frame_openers: tuple[tuple[str, ...], ...] = ()
    frame_nouns: frozenset[str] = frozenset()
    frame_reach: int = 0
    # `results_after_boundary`: result verbs and the prepositions that follow them at once.
    results: frozenset[str] = frozenset()
    result_objects: frozenset[str] = frozenset()
    # `ongoing_beside`: phrases that open a clause only after a frame verb and before a place.
    ongoing: frozenset[str] = frozenset()
    ongoing_frames: frozenset[str] = frozenset()


def validate_clauses(data: object) -> None:
    """Reject a clauses file whose shape or entries are wrong."""
    if not isinstance(data, dict) or not isinstance(data.get("boundaries"), list):
        raise KnowledgeError("clauses.yaml: expected a mapping with a 'boundaries' list")
    for word in data["boundaries"]:
        if not isinstance(word, str) or not word.strip():
            raise KnowledgeError(f"clauses.yaml: bad boundary {word!r}")
    for word in data.get("wounded_after_boundary", []):
        if not isinstance(word, str) or not word.strip() or " " in word.strip():
            raise KnowledgeError(f"clauses.yaml: bad wounded_after_boundary word {word!r}")
    for word in data.get("cause_after_deaths", []):
        if not isinstance(word, str) or not word.strip():
            raise KnowledgeError(f"clauses.yaml: bad cause_after_deaths word {word!r}")
    if not isinstance(data.get("cause_reach", 0), int):
        raise KnowledgeError("clauses.yaml: cause_reach must be an integer")
    for mark in data.get("punctuation", []):
        if not isinstance(mark, str) or len(mark) != 1:
            raise KnowledgeError(f"clauses.yaml: punctuation must be single characters, got {mark!r}")


@functools.cache
def _clauses_data() -> Any:
    """clauses.yaml parsed once per process; each loader reads its own sections."""
    return yaml.safe_load(resources.files("marsad.data").joinpath("clauses.yaml").read_text(encoding="utf-8"))


@functools.cache
def load_clause_boundaries() -> ClauseBoundaries:
    """Boundaries as one regex over normalized text (whole words, optional و/ف prefix).

    A word of three letters or fewer takes only و: with ف in front it is far
    more often a longer word of its own («فردا» "individual", not «ف+ردا»).
    """
    data = _clauses_data()
    validate_clauses(data)
    ongoing, ongoing_frames = _ongoing_beside(data)
    words = tuple(sorted({*(normalize(w.strip()) for w in data["boundaries"]), *ongoing}, key=len, reverse=True))
    marks = tuple(data.get("punctuation", []))
    word_alternatives = "|".join(rf"{_boundary_prefix(w)}{re.escape(w)}(?!\w)" for w in words)
    # One word-start test before all the words: regex tries it once per position, not once per word.
    alternatives = [rf"(?<!\w)(?:{word_alternatives})", *_time_lag(data.get("time_lag"))] + [re.escape(m) for m in marks]
    wounded = frozenset(normalize(w.strip()) for w in data.get("wounded_after_boundary", []))
    causes = frozenset(normalize(w.strip()) for w in data.get("cause_after_deaths", []))
    frames = data.get("war_day_frames") or {}
    if not isinstance(frames, dict) or not isinstance(frames.get("reach", 0), int):
        raise KnowledgeError("clauses.yaml: 'war_day_frames' must map openers, nouns and an integer reach")
    return ClauseBoundaries(re.compile("|".join(alternatives)), words, marks, wounded, causes,
                            int(data.get("cause_reach", 0)),
                            _word_tuples(frames.get("openers", []), "war_day_frames.openers"),
                            frozenset(_single_words(frames.get("nouns", []), "war_day_frames.nouns")),
                            int(frames.get("reach", 0)), *_results_after_boundary(data), ongoing, ongoing_frames)


def _time_lag(raw: object) -> list[str]:
    """`time_lag` as one regex alternative ("بعد ثلاثة أيام على"، "بعد يوم من"),
    not before one of its `stretches` ("بعد ثلاثة أيام من القتال")."""
    if not isinstance(raw, dict):
        raise KnowledgeError("clauses.yaml: 'time_lag' must map openers, units, links and stretches to word lists")
    openers, units, links, stretches = (
        "|".join(re.escape(w) for w in sorted(_single_words(raw.get(key), f"time_lag.{key}"), key=len, reverse=True))
        for key in ("openers", "units", "links", "stretches"))
    return [rf"(?<!\w)[وف]?(?:{openers})\s+(?:\w+\s+)?(?:{units})\s+(?:{links})(?!\w)"
            rf"(?!\s+(?:{stretches})(?!\w))"]


def _results_after_boundary(data: dict[str, Any]) -> tuple[frozenset[str], frozenset[str]]:
    """`results_after_boundary`, normalized: the result verbs and the prepositions after them."""
    section = data.get("results_after_boundary")
    if section is None:
        return frozenset(), frozenset()
    if not isinstance(section, dict):
        raise KnowledgeError("clauses.yaml: 'results_after_boundary' must map verbs and objects to word lists")
    verbs = frozenset(_single_words(section.get("verbs", []), "results_after_boundary.verbs"))
    objects = frozenset(_single_words(section.get("objects", []), "results_after_boundary.objects"))
    return verbs, objects


def _ongoing_beside(data: dict[str, Any]) -> tuple[frozenset[str], frozenset[str]]:
    """`ongoing_beside`, normalized: its phrases and the frame verbs that let them open a clause."""
    section = data.get("ongoing_beside")
    if section is None:
        return frozenset(), frozenset()
    if not isinstance(section, dict):
        raise KnowledgeError("clauses.yaml: 'ongoing_beside' must map phrases and frames to word lists")
    phrases = section.get("phrases", [])
    if not isinstance(phrases, list) or not all(isinstance(p, str) and p.strip() for p in phrases):
        raise KnowledgeError("clauses.yaml: 'ongoing_beside.phrases' must be a list of phrases")
    frames = frozenset(_single_words(section.get("frames", []), "ongoing_beside.frames"))
    return frozenset(normalize(p.strip()) for p in phrases), frames


def _boundary_prefix(word: str) -> str:
    """The optional conjunction a boundary word may carry: و always, ف only on longer words."""
    return "[وف]?" if len(word) > 3 else "و?"


@dataclass(frozen=True, slots=True)
class EventRules:
    """Word lists the events stage uses to settle types."""

    armed_nouns: tuple[str, ...]
    circumstance_words: tuple[str, ...]
    since_words: tuple[str, ...]
    not_reports: tuple[str, ...]
    habits: tuple[str, ...]
    totals_after: tuple[str, ...]
    comparisons: frozenset[str]
    long_span_units: frozenset[str]
    lasting_verbs: frozenset[str]
    since_describers: frozenset[str]
    same_act: dict[str, frozenset[str]]
    de_facto_authorities: frozenset[str]
    air_powers: tuple[str, ...]
    mission_words: frozenset[str]
    mission_window: int
    armed_group_words: dict[str, int]
    definite_prefixes: frozenset[str]
    pronoun_suffixes: frozenset[str]
    subset_words: frozenset[str]
    reaction_words: frozenset[str]
    count_heads: frozenset[str]
    reaction_window: int
    reaction_days: int
    few_deaths: int
    headline_line_words: int
    statement_complements: frozenset[str]
    recall_openers: frozenset[str]
    recall_asides: frozenset[str]
    wound_cues: tuple[str, ...]
    elided_nouns: frozenset[str]
    plural_pair_nouns: frozenset[str]
    plural_pair_ends: frozenset[str]
    time_clause_words: frozenset[str]
    day_background_days: int
    pluperfect_news_days: int
    ongoing_words: frozenset[str]
    range_ends: frozenset[str]
    period_openers: frozenset[str]
    period_units: frozenset[str]
    period_gap: int
    course_openers: frozenset[str]
    course_units: frozenset[str]
    present_context_openers: tuple[str, ...]
    present_continuations: frozenset[str]
    present_continuation_reach: int
    verbatim_heads: frozenset[str]
    parallel_openers: tuple[str, ...]
    while_words: frozenset[str]
    elapsed_openers: frozenset[str]
    elapsed_units: frozenset[str]
    elapsed_links: frozenset[str]
    elapsed_gap: int
    elapsed_announcements: frozenset[str]
    elapsed_announcement_reach: int
    elapsed_loss_links: frozenset[str]
    elapsed_loss_units: frozenset[str]
    renewed_words: frozenset[str]
    renewed_window: int
    riot_reach: int
    scene_gap: int
    unarmed_victims: tuple[tuple[str, ...], ...]
    plain_victims: tuple[tuple[str, ...], ...]  # "شخص": unarmed unless a count of fighters says otherwise
    target_links: frozenset[str]  # "على"، "النار": words between an attack word and its object
    aimed_armed_owners: frozenset[str]  # "أكاديمية الشرطة": a force owning the unarmed object
    aimed_armed_dead_before: frozenset[str]  # "بينهم 25 جنديا"، "فقتلوا شرطيين": soldiers counted dead
    aimed_phrase_stops: frozenset[str]  # "في"، "على": a preposition ends the unarmed object's phrase
    mutual_fighting: frozenset[str]  # words of fighting between sides: a clash told by one is two-sided
    crowd_riot_words: frozenset[str]  # "شغب"، "مثيري": a riot word that names a crowd, not an armed group's act
    retold_killings: frozenset[str]
    massacres: frozenset[str]
    deal_governors: frozenset[str]
    deal_nouns: frozenset[str]
    deal_window: int
    flight_handover: tuple[tuple[str, ...], ...]
    antecedent_openers: tuple[tuple[str, ...], ...]
    anaphor_place_links: frozenset[str]
    monitor_verbs: frozenset[str]
    monitor_periods: tuple[str, ...]
    monitor_window: int
    monitor_count_floor: int
    war_nouns: frozenset[str]
    war_toll_verbs: frozenset[str]
    war_subject_openers: frozenset[str]
    war_toll_window: int
    total_causes: frozenset[str]
    range_total_days: int
    since_day_parts: frozenset[str]
    hours_within: frozenset[str]
    hours_units: frozenset[str]
    occurrence_verbs: frozenset[str]
    since_start_openers: frozenset[str]
    since_start_links: frozenset[str]
    since_start_gap: int
    since_office_openers: frozenset[str]
    since_name_gap: int
    since_toll_objects: frozenset[str]
    began_relatives: frozenset[str]
    began_verbs: frozenset[str]
    report_verbs: frozenset[str]
    scene_openers: frozenset[str]
    topic_openers: frozenset[str]
    scattered_areas: tuple[tuple[str, ...], ...]
    lapse_stretches: frozenset[str]
    passive_auxiliaries: frozenset[str]
    late_month_parts: frozenset[str]
    added_act_openers: tuple[tuple[str, ...], ...]
    added_scene_gap: int
    one_act_tolls: tuple[str, ...]
    one_act_casualties: tuple[str, ...]
    one_act_acts: tuple[str, ...]
    coordination_asides: tuple[str, ...]
    weapon_verb_reach: int
    occurrence_day_verbs: frozenset[str]
    occurrence_nouns: frozenset[str]
    occurrence_copulas: frozenset[str]
    occurrence_copula_days: frozenset[str]
    occurrence_reach: int
    occurrence_told_days: int
    occurrence_same_act_nouns: frozenset[str]
    occurrence_other_act_words: frozenset[str]
    occurrence_recall_particles: frozenset[str]
    occurrence_clause_frames: frozenset[str]
    occurrence_clause_other_words: frozenset[str]
    occurrence_clause_hands: frozenset[str]
    occurrence_clause_hand_leads: frozenset[str]
    role_nouns: frozenset[str]
    role_window: int
    recent_words: tuple[tuple[str, ...], ...]
    still_going: tuple[tuple[str, ...], ...]
    deadly_raid_patterns: frozenset[str]  # trigger ids of raids ("مداهمة"، "دهم")
    deadly_raid_links: frozenset[str]  # "بعد"، "خلال": a killing right before them is the raid's outcome
    deadly_raid_fillers: frozenset[str]  # "عملية" between the link and the raid word
    month_plural_acts: frozenset[str]  # "هجمات": acts told in the plural over a month span are its total
    month_single_acts: frozenset[str]  # "كمين": one act named keeps a report's month toll that act's
    toll_hedges: frozenset[str]  # "قد"، "يتوقع": a count after them is a projection, not a toll
    place_state_verbs: frozenset[str]  # "تسيطر": a relative clause on a place telling its standing state
    place_state_bounds: frozenset[str]  # "اعتبارا"، "من"، "حتى": a day right after them starts or ends that state
    time_part_leads: frozenset[str]  # "مبكر": "في وقت مبكر من صباح الجمعة" is a time of day, "من" no bound
    lead_ties: tuple[tuple[str, ...], ...]  # "تزامنا مع": a later act tied to the lead's in time
    run_until_words: frozenset[str]  # "حتى": a day right after them ends an act still going on


@functools.cache
def load_event_rules() -> EventRules:
    """`armed_nouns` from clauses.yaml, normalized: casualties that are combatants."""
    data = _clauses_data()
    nouns = data.get("armed_nouns")
    if not isinstance(nouns, list) or not all(isinstance(n, str) and n.strip() for n in nouns):
        raise KnowledgeError("clauses.yaml: 'armed_nouns' must be a list of words")
    words = data.get("circumstance_words")
    if not isinstance(words, list) or not all(isinstance(w, str) and w.strip() for w in words):
        raise KnowledgeError("clauses.yaml: 'circumstance_words' must be a list of words")
    markers = data.get("not_reports")
    if not isinstance(markers, list) or not all(isinstance(m, str) and m.strip() for m in markers):
        raise KnowledgeError("clauses.yaml: 'not_reports' must be a list of phrases")
    markers = [*markers, *_period_totals(data.get("period_totals"))]
    habits = data.get("habits")
    if not isinstance(habits, list) or not all(isinstance(h, str) and h.strip() for h in habits):
        raise KnowledgeError("clauses.yaml: 'habits' must be a list of phrases")
    return EventRules(
        tuple(sorted({normalize(n.strip()) for n in nouns})),
        tuple(sorted({normalize(w.strip()) for w in words})),
        _since_words(data.get("since_words"), words),
        _phrases(markers),
        _phrases(habits),
        *_totals_after(data.get("totals_after"), _period_totals(data.get("period_totals"))),
        {str(k): frozenset(v) for k, v in (data.get("same_act") or {}).items()},
        frozenset(data.get("de_facto_authorities") or ()),
        _names(data.get("air_powers"), "air_powers"),
        *_missions(data.get("diplomatic_missions")),
        _armed_group_words(data.get("armed_group_words")),
        *_follow_up(data.get("follow_up")),
        _positive(data, "few_deaths", section=""),
        _positive(data, "headline_line_words", section=""),
        frozenset(_single_words(data.get("statement_complements"), "statement_complements")),
        frozenset(_single_words(data.get("recall_openers"), "recall_openers")),
        frozenset(_single_words(data.get("recall_asides"), "recall_asides")),
        _openers(data.get("wound_cues"), "wound_cues"),
        frozenset(_single_words(data.get("elided_nouns"), "elided_nouns")),
        frozenset(_single_words(data.get("plural_pair_nouns"), "plural_pair_nouns")),
        frozenset(_single_words(data.get("plural_pair_ends"), "plural_pair_ends")),
        frozenset(_single_words(data.get("time_clause_words"), "time_clause_words")),
        _positive(data, "day_background_days", section=""),
        _positive(data, "pluperfect_news_days", section=""),
        frozenset(_single_words(data.get("ongoing_words"), "ongoing_words")),
        frozenset(_single_words(data.get("range_ends"), "range_ends")),
        *_period_spans(data.get("period_spans")),
        _openers(data.get("present_context_openers"), "present_context_openers"),
        frozenset(_single_words(data.get("present_continuations"), "present_continuations")),
        _positive(data, "present_continuation_reach", section=""),
        frozenset(_single_words(data.get("verbatim_heads"), "verbatim_heads")),
        *_parallel_openers(data.get("parallel_openers")),
        *_elapsed_since(data.get("elapsed_since")),
        *_renewed_tolls(data.get("renewed_tolls")),
        _positive(data, "riot_reach", section=""),
        _positive(data, "scene_gap", section=""),
        _word_tuples(data.get("unarmed_victims"), "unarmed_victims"),
        _word_tuples(data.get("plain_victims"), "plain_victims"),
        frozenset(_single_words(data.get("target_links"), "target_links")),
        frozenset(_single_words(data.get("aimed_armed_owners"), "aimed_armed_owners")),
        frozenset(_single_words(data.get("aimed_armed_dead_before"), "aimed_armed_dead_before")),
        frozenset(_single_words(data.get("aimed_phrase_stops"), "aimed_phrase_stops")),
        frozenset(_single_words(data.get("mutual_fighting"), "mutual_fighting")),
        frozenset(_single_words(data.get("crowd_riot_words"), "crowd_riot_words")),
        frozenset(_single_words(data.get("retold_killings"), "retold_killings")),
        frozenset(_single_words(data.get("massacres"), "massacres")),
        *_deal_handover(data.get("deal_handover")),
        _word_tuples(data.get("flight_handover"), "flight_handover"),
        _word_tuples(data.get("antecedent_openers"), "antecedent_openers"),
        frozenset(_single_words(data.get("anaphor_place_links"), "anaphor_place_links")),
        *_monitor_totals(data.get("monitor_totals")),
        *_war_tolls(data.get("war_tolls")),
        frozenset(_single_words(data.get("total_causes"), "total_causes")),
        _positive(data, "range_total_days", section=""),
        frozenset(_single_words(data.get("since_day_parts"), "since_day_parts")),
        frozenset(_single_words(data.get("hours_within"), "hours_within")),
        frozenset(_single_words(data.get("hours_units"), "hours_units")),
        frozenset(_single_words(data.get("occurrence_verbs"), "occurrence_verbs")),
        *_since_starts(data.get("since_starts")),
        frozenset(_single_words(data.get("report_verbs"), "report_verbs")),
        frozenset(_single_words(data.get("scene_openers"), "scene_openers")),
        frozenset(_single_words(data.get("topic_openers"), "topic_openers")),
        _word_tuples(data.get("scattered_areas"), "scattered_areas"),
        frozenset(_single_words((data.get("time_lag") or {}).get("stretches"), "time_lag.stretches")),
        frozenset(_single_words(data.get("passive_auxiliaries"), "passive_auxiliaries")),
        frozenset(_single_words(data.get("late_month_parts"), "late_month_parts")),
        *_added_acts(data.get("added_acts")),
        *_one_act_tolls(data.get("one_act_tolls")),
        _openers(data.get("coordination_asides"), "coordination_asides"),
        _positive(data, "weapon_verb_reach", section=""),
        *_occurrence_days(data.get("occurrence_days")),
        *_role_credits(data.get("role_credits")),
        _word_tuples(data.get("recent_words"), "recent_words"),
        _word_tuples(data.get("still_going"), "still_going"),
        *_deadly_raids(data.get("deadly_raids")),
        frozenset(_single_words(data.get("month_plural_acts"), "month_plural_acts")),
        frozenset(_single_words(data.get("month_single_acts"), "month_single_acts")),
        frozenset(_single_words(data.get("toll_hedges"), "toll_hedges")),
        frozenset(_single_words(data.get("place_state_verbs"), "place_state_verbs")),
        frozenset(_single_words(data.get("place_state_bounds"), "place_state_bounds")),
        frozenset(_single_words(data.get("time_part_leads"), "time_part_leads")),
        _word_tuples(data.get("lead_ties"), "lead_ties"),
        frozenset(_single_words(data.get("run_until_words"), "run_until_words")),
    )


def _deadly_raids(raw: object) -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """`deadly_raids`: the raid trigger ids, the linking words and the fillers between a link and the raid."""
    if not isinstance(raw, dict):
        raise KnowledgeError("clauses.yaml: 'deadly_raids' must map patterns, links and fillers")
    patterns = raw.get("patterns")
    if not isinstance(patterns, list) or not patterns or not all(isinstance(p, str) and p.strip() for p in patterns):
        raise KnowledgeError("clauses.yaml: 'deadly_raids.patterns' must be a list of trigger ids")
    return (frozenset(p.strip() for p in patterns),
            frozenset(_single_words(raw.get("links"), "deadly_raids.links")),
            frozenset(_single_words(raw.get("fillers"), "deadly_raids.fillers")))


def _occurrence_days(raw: object) -> tuple[
        frozenset[str], frozenset[str], frozenset[str], frozenset[str], int, int,
        frozenset[str], frozenset[str], frozenset[str],
        frozenset[str], frozenset[str], frozenset[str], frozenset[str]]:
    """The verbs, nouns, copulas and the words a copula's day may follow of a sentence telling
    only when the incident took place, how many sentences back it dates, how many days
    before a statement's day an occurrence verb's day next to it may lie (`told_days`), and
    the words that tell whether that sentence is about the lead's own act (`same_act_nouns`,
    `other_act_words`, `recall_particles`), and the words that tell whether a relative clause
    "الذي وقع في <date>" tells the act itself (`clause_frames`, `clause_other_words`,
    `clause_hands`, `clause_hand_leads`; events.occurrence_clause)."""
    if not isinstance(raw, dict):
        raise KnowledgeError("clauses.yaml: 'occurrence_days' must map verbs, nouns, copulas, copula_days, reach and told_days")
    return (frozenset(_single_words(raw.get("verbs"), "occurrence_days.verbs")),
            frozenset(_single_words(raw.get("nouns"), "occurrence_days.nouns")),
            frozenset(_single_words(raw.get("copulas"), "occurrence_days.copulas")),
            frozenset(_single_words(raw.get("copula_days"), "occurrence_days.copula_days")),
            _positive(raw, "reach", section="occurrence_days."),
            _positive(raw, "told_days", section="occurrence_days."),
            frozenset(_single_words(raw.get("same_act_nouns"), "occurrence_days.same_act_nouns")),
            frozenset(_single_words(raw.get("other_act_words"), "occurrence_days.other_act_words")),
            frozenset(_single_words(raw.get("recall_particles"), "occurrence_days.recall_particles")),
            frozenset(_single_words(raw.get("clause_frames"), "occurrence_days.clause_frames")),
            frozenset(_single_words(raw.get("clause_other_words"), "occurrence_days.clause_other_words")),
            frozenset(_single_words(raw.get("clause_hands"), "occurrence_days.clause_hands")),
            frozenset(_single_words(raw.get("clause_hand_leads"), "occurrence_days.clause_hand_leads")))


def _role_credits(raw: object) -> tuple[frozenset[str], int]:
    """`role_credits`: the role nouns ("دورا") and how many words may stand between one and في."""
    if not isinstance(raw, dict):
        raise KnowledgeError("clauses.yaml: 'role_credits' must map nouns and window")
    return frozenset(_single_words(raw.get("nouns"), "role_credits.nouns")), _positive(raw, "window", "role_credits.")


def _one_act_tolls(raw: object) -> tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]]:
    """The toll words, casualty nouns and nouns of one act of `one_act_tolls` ("حصيله قتلي التفجير")."""
    if not isinstance(raw, dict):
        raise KnowledgeError("clauses.yaml: 'one_act_tolls' must map tolls, casualties and acts to word lists")
    return (_single_words(raw.get("tolls"), "one_act_tolls.tolls"),
            _single_words(raw.get("casualties"), "one_act_tolls.casualties"),
            _single_words(raw.get("acts"), "one_act_tolls.acts"))


def _added_acts(raw: object) -> tuple[tuple[tuple[str, ...], ...], int]:
    """The phrases that add one more act of the same side ("إضافة إلى استهدافه"),
    and how many words may stand between such an act and its scene."""
    if not isinstance(raw, dict):
        raise KnowledgeError("clauses.yaml: 'added_acts' must be a mapping")
    return _word_tuples(raw.get("openers"), "added_acts.openers"), _positive(raw, "gap", section="added_acts.")


def _war_tolls(raw: object) -> tuple[frozenset[str], frozenset[str], frozenset[str], int]:
    """The war nouns, causing verbs and subject openers of a war's toll, and how far the noun may stand."""
    if not isinstance(raw, dict):
        raise KnowledgeError("clauses.yaml: 'war_tolls' must be a mapping")
    return (frozenset(_single_words(raw.get("nouns"), "war_tolls.nouns")),
            frozenset(_single_words(raw.get("verbs"), "war_tolls.verbs")),
            frozenset(_single_words(raw.get("openers"), "war_tolls.openers")),
            _positive(raw, "window", section="war_tolls."))


def _since_starts(
    raw: object,
) -> tuple[frozenset[str], frozenset[str], int, frozenset[str], int, frozenset[str], frozenset[str], frozenset[str]]:
    """The start words and date links of a named period's start ("منذ بدء X في 30 آذار"), its
    name's reach for the numbers stage, the openers of a leader's taking office and the reach
    of the leader's full name, the prepositions that
    resume a result verb's toll after a since-aside, and the relative pronouns and verbs of an act that began on a day ("الذي بدأ في")."""
    if not isinstance(raw, dict):
        raise KnowledgeError("clauses.yaml: 'since_starts' must be a mapping")
    return (frozenset(_single_words(raw.get("openers"), "since_starts.openers")),
            frozenset(_single_words(raw.get("links"), "since_starts.links")),
            _positive(raw, "gap", section="since_starts."),
            frozenset(_single_words(raw.get("office_openers"), "since_starts.office_openers")),
            _positive(raw, "name_gap", section="since_starts."),
            frozenset(_single_words(raw.get("toll_objects"), "since_starts.toll_objects")),
            frozenset(_single_words(raw.get("relatives"), "since_starts.relatives")),
            frozenset(_single_words(raw.get("began"), "since_starts.began")))


def _monitor_totals(raw: object) -> tuple[frozenset[str], tuple[str, ...], int, int]:
    """The verbs and period phrases of a monitor's tally, how far apart they may stand,
    and the count of acts that makes a tally with no period."""
    if not isinstance(raw, dict):
        raise KnowledgeError("clauses.yaml: 'monitor_totals' must be a mapping")
    periods = raw.get("periods")
    if not isinstance(periods, list) or not periods or not all(isinstance(p, str) and p.strip() for p in periods):
        raise KnowledgeError("clauses.yaml: monitor_totals.periods must be a non-empty list of phrases")
    return (frozenset(_single_words(raw.get("verbs"), "monitor_totals.verbs")), _phrases(periods),
            _positive(raw, "window", section="monitor_totals."),
            _positive(raw, "count_floor", section="monitor_totals."))


def _deal_handover(raw: object) -> tuple[frozenset[str], frozenset[str], int]:
    """The words that put a gain of ground under a deal, and their reach."""
    if not isinstance(raw, dict):
        raise KnowledgeError("clauses.yaml: 'deal_handover' must be a mapping")
    return (
        frozenset(_single_words(raw.get("governors"), "deal_handover.governors")),
        frozenset(_single_words(raw.get("deals"), "deal_handover.deals")),
        _positive(raw, "window", section="deal_handover."),
    )


def _word_tuples(raw: object, key: str) -> tuple[tuple[str, ...], ...]:
    """A non-empty list of phrases, each normalized and split into its words."""
    if not isinstance(raw, list) or not raw or not all(isinstance(p, str) and p.strip() for p in raw):
        raise KnowledgeError(f"clauses.yaml: '{key}' must be a non-empty list of phrases")
    return tuple(sorted({tuple(normalize(p).split()) for p in raw}))


def _openers(raw: object, key: str) -> tuple[str, ...]:
    """Phrases that open a sentence or clause (`present_context_openers`,
    `parallel_openers`): normalized, longest first."""
    if not isinstance(raw, list) or not raw or not all(isinstance(p, str) and p.strip() for p in raw):
        raise KnowledgeError(f"clauses.yaml: '{key}' must be a non-empty list of phrases")
    return tuple(sorted(_phrases(raw), key=len, reverse=True))


def _parallel_openers(raw: object) -> tuple[tuple[str, ...], frozenset[str]]:
    """Openers of a parallel-fact clause, and the verbs after them that make it the act's circumstance."""
    if not isinstance(raw, dict):
        raise KnowledgeError("clauses.yaml: 'parallel_openers' must be a mapping")
    return (_openers(raw.get("openers"), "parallel_openers.openers"),
            frozenset(_single_words(raw.get("while_words"), "parallel_openers.while_words")))


def _elapsed_since(
    raw: object,
) -> tuple[frozenset[str], frozenset[str], frozenset[str], int, frozenset[str], int, frozenset[str], frozenset[str]]:
    """Openers, units and links of an elapsed time counted from a recalled act, the words allowed
    between, the announcement nouns (with their reach) that may stand between the link and the act,
    and the links (with their units) that count only before a killing noun."""
    if not isinstance(raw, dict):
        raise KnowledgeError("clauses.yaml: 'elapsed_since' must be a mapping")
    return (frozenset(_single_words(raw.get("openers"), "elapsed_since.openers")),
            frozenset(_single_words(raw.get("units"), "elapsed_since.units")),
            frozenset(_single_words(raw.get("links"), "elapsed_since.links")),
            _positive(raw, "gap", section="elapsed_since."),
            frozenset(_single_words(raw.get("announcements"), "elapsed_since.announcements")),
            _positive(raw, "announcement_reach", section="elapsed_since."),
            frozenset(_single_words(raw.get("loss_links"), "elapsed_since.loss_links")),
            frozenset(_single_words(raw.get("loss_units"), "elapsed_since.loss_units")))


def _renewed_tolls(raw: object) -> tuple[frozenset[str], int]:
    """Words that mark unnumbered deaths as "new", and how far after the casualty noun they may stand."""
    if not isinstance(raw, dict):
        raise KnowledgeError("clauses.yaml: 'renewed_tolls' must be a mapping")
    return frozenset(_single_words(raw.get("words"), "renewed_tolls.words")), _positive(raw, "window", section="renewed_tolls.")


def _period_spans(raw: object) -> tuple[frozenset[str], frozenset[str], int, frozenset[str], frozenset[str]]:
    """Openers and units of a stretch of days or longer ("خلال 23 يوما"), how far apart they may
    be, and the openers of a course of time with their own units of a week or longer, which may
    carry the article."""
    if not isinstance(raw, dict):
        raise KnowledgeError("clauses.yaml: 'period_spans' must be a mapping")
    gap = raw.get("gap")
    if not isinstance(gap, int) or gap < 1:
        raise KnowledgeError("clauses.yaml: period_spans.gap must be a positive integer")
    return (frozenset(_single_words(raw.get("openers"), "period_spans.openers")),
            frozenset(_single_words(raw.get("units"), "period_spans.units")), gap,
            frozenset(_single_words(raw.get("course_openers"), "period_spans.course_openers")),
            frozenset(_single_words(raw.get("course_units"), "period_spans.course_units")))


@functools.cache
def not_reports_pattern() -> re.Pattern[str]:
    """`not_reports` as one regex over space-joined words (see `_phrase_pattern`)."""
    return _phrase_pattern(load_event_rules().not_reports)


@functools.cache
def one_act_toll_pattern() -> re.Pattern[str]:
    """`one_act_tolls` (clauses.yaml) as one regex over space-joined words: a toll
    word, maybe a casualty noun, then the noun of one act ("حصيله قتلي التفجير")."""
    rules = load_event_rules()
    tolls, casualties, acts = (
        "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
        for words in (rules.one_act_tolls, rules.one_act_casualties, rules.one_act_acts))
    return re.compile(rf"(?<!\S)[وف]?(?:{tolls})(?:\s+(?:{casualties}))?\s+(?:{acts})(?!\S)")


@functools.cache
def scripture_pattern() -> re.Pattern[str]:
    """`scripture` (clauses.yaml) as one regex over space-joined words: the blessings that
    mark a sentence quoting scripture or the Prophet's sayings (see `_phrase_pattern`)."""
    phrases = _clauses_data().get("scripture")
    if not isinstance(phrases, list) or not phrases or not all(isinstance(p, str) and p.strip() for p in phrases):
        raise KnowledgeError("clauses.yaml: 'scripture' must be a non-empty list of phrases")
    return _phrase_pattern(_phrases(phrases))


@functools.cache
def monitor_periods_pattern() -> re.Pattern[str]:
    """`monitor_totals.periods` as one regex over space-joined words (see `_phrase_pattern`)."""
    return _phrase_pattern(load_event_rules().monitor_periods)


@functools.cache
def habits_pattern() -> re.Pattern[str]:
    """`habits` as one regex over space-joined words (see `_phrase_pattern`)."""
    return _phrase_pattern(load_event_rules().habits)


@functools.cache
def clause_habits_pattern() -> re.Pattern[str]:
    """`clause_habits` (clauses.yaml) as one regex over space-joined words (see `_phrase_pattern`):
    the habits that reach only their own clause's act with no day (events.clause_habit)."""
    phrases = _clauses_data().get("clause_habits")
    if not isinstance(phrases, list) or not phrases or not all(isinstance(p, str) and p.strip() for p in phrases):
        raise KnowledgeError("clauses.yaml: 'clause_habits' must be a non-empty list of phrases")
    return _phrase_pattern(_phrases(phrases))


@functools.cache
def launched_toll_words() -> tuple[frozenset[str], frozenset[str]]:
    """`launched_toll` (clauses.yaml), normalized: the verbs of dying and the pronouns for
    "during it" that tell an offensive's own toll (events._launched_with_its_toll)."""
    raw = _clauses_data().get("launched_toll")
    if not isinstance(raw, dict):
        raise KnowledgeError("clauses.yaml: 'launched_toll' must be a mapping")
    return (frozenset(_single_words(raw.get("died"), "launched_toll.died")),
            frozenset(_single_words(raw.get("during"), "launched_toll.during")))


def _phrase_pattern(phrases: tuple[str, ...]) -> re.Pattern[str]:
    """Whole-word phrases, the first word optionally after the conjunction و or ف
    ("ومنذ بدء" as "منذ بدء")."""
    alternatives = "|".join(r"\s+".join(map(re.escape, p.split())) for p in sorted(phrases, key=len, reverse=True))
    return re.compile(rf"(?<!\S)[وف]?(?:{alternatives})(?!\S)")


def _totals_after(
    raw: object, period_totals: list[str]
) -> tuple[tuple[str, ...], frozenset[str], frozenset[str], frozenset[str], frozenset[str]]:
    """Period phrases that make a preceding act a running total (with the
    `period_totals` combinations: "... خلال الأسابيع الأخيرة"), the
    comparison words that do not, the units of a span of weeks or more
    ("خلال ست سنوات") and the verbs of lasting ("استمر خمس سنوات") that make one too,
    and the words that, before "since", show it describes a place or a side (`since_describers`)."""
    if not isinstance(raw, dict):
        raise KnowledgeError("clauses.yaml: 'totals_after' must be a mapping")
    lists = [raw.get("periods"), raw.get("comparisons")]
    if not all(isinstance(words, list) and words and all(isinstance(w, str) and w.strip() for w in words) for words in lists):
        raise KnowledgeError("clauses.yaml: totals_after needs non-empty 'periods' and 'comparisons' lists")
    return (_phrases([*lists[0], *period_totals]), frozenset(normalize(w.strip()) for w in lists[1]),
            frozenset(_single_words(raw.get("span_units"), "totals_after.span_units")),
            frozenset(_single_words(raw.get("lasting_verbs"), "totals_after.lasting_verbs")),
            frozenset(_single_words(raw.get("since_describers"), "totals_after.since_describers")))


@functools.cache
def totals_after_pattern() -> re.Pattern[str]:
    """`totals_after.periods` as one regex over space-joined words (see `_phrase_pattern`)."""
    return _phrase_pattern(load_event_rules().totals_after)


def _phrases(raw: list[str]) -> tuple[str, ...]:
    """Normalized phrases with single spaces, sorted and without repeats."""
    return tuple(sorted({" ".join(normalize(p).split()) for p in raw}))


def _period_totals(raw: object) -> list[str]:
    """Every `prepositions` word before every `periods` phrase ("خلال" + "الاشهر الماضيه")."""
    if not isinstance(raw, dict):
        raise KnowledgeError("clauses.yaml: 'period_totals' must be a mapping")
    lists = [raw.get("prepositions"), raw.get("periods")]
    if not all(isinstance(words, list) and words and all(isinstance(w, str) and w.strip() for w in words) for words in lists):
        raise KnowledgeError("clauses.yaml: period_totals needs non-empty 'prepositions' and 'periods' lists")
    return [f"{preposition} {period}" for preposition in lists[0] for period in lists[1]]


def _follow_up(
    raw: object,
) -> tuple[frozenset[str], frozenset[str], frozenset[str], frozenset[str], frozenset[str], int, int]:
    """Clitics and words that mark a trigger as a reference back to a reported act."""
    if not isinstance(raw, dict):
        raise KnowledgeError("clauses.yaml: 'follow_up' must be a mapping")
    sets = []
    for key in ("definite_prefixes", "pronoun_suffixes", "subset_words", "reaction_words", "count_heads"):
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
    return sets[0], sets[1], sets[2], sets[3], sets[4], numbers[0], numbers[1]


def _since_words(raw: object, circumstance: list[str]) -> tuple[str, ...]:
    """The circumstance words meaning "since"; they must be among `circumstance_words`."""
    if not isinstance(raw, list) or not all(isinstance(w, str) and w in circumstance for w in raw):
        raise KnowledgeError("clauses.yaml: 'since_words' must list circumstance words")
    return tuple(sorted({normalize(w.strip()) for w in raw}))


def _missions(raw: object) -> tuple[frozenset[str], int]:
    """Words naming a diplomatic mission and how far before a place they reach."""
    if not isinstance(raw, dict):
        raise KnowledgeError("clauses.yaml: 'diplomatic_missions' must be a mapping")
    words, window = raw.get("words"), raw.get("window")
    if not isinstance(words, list) or not all(isinstance(w, str) and w.strip() for w in words):
        raise KnowledgeError("clauses.yaml: diplomatic_missions.words must be a list of words")
    if not isinstance(window, int) or window < 1:
        raise KnowledgeError("clauses.yaml: diplomatic_missions.window must be a positive integer")
    return frozenset(normalize(w.strip()) for w in words), window


def _single_words(raw: object, key: str) -> tuple[str, ...]:
    """A non-empty list of single words, normalized."""
    if not isinstance(raw, list) or not raw or not all(isinstance(w, str) and len(w.split()) == 1 for w in raw):
        raise KnowledgeError(f"clauses.yaml: '{key}' must be a list of single words")
    return tuple(normalize(w.strip()) for w in raw)


def _names(raw: object, key: str) -> tuple[str, ...]:
    """A list of canonical English actor names (or name prefixes)."""
    if not isinstance(raw, list) or not all(isinstance(n, str) and n.strip() for n in raw):
        raise KnowledgeError(f"clauses.yaml: '{key}' must be a list of actor names")
    return tuple(n.strip() for n in raw)


def _armed_group_words(raw: object) -> dict[str, int]:
    if not isinstance(raw, dict) or not all(isinstance(v, int) and 1 <= v <= 8 for v in raw.values()):
        raise KnowledgeError("clauses.yaml: 'armed_group_words' must map words to inter codes 1-8")
    return {normalize(str(word)): code for word, code in raw.items()}


@dataclass(frozen=True, slots=True)
class DedupeRules:
    """Word lists and groups the dedupe stage uses (`dedupe` in clauses.yaml), normalized."""

    summary_sub_types: tuple[frozenset[str], ...]
    bombardment_readings: frozenset[str]
    named_target_sub_types: tuple[frozenset[str], ...]
    named_target_days: int
    named_target_window: int
    victim_window: int
    victim_titles: frozenset[str]
    name_stopwords: frozenset[str]
    reaction_reach: int
    subset_markers: tuple[str, ...]
    subset_reach: int
    new_act_words: dict[bool, frozenset[str]]
    any_new_act_word: frozenset[str]  # both genders of `new_act_words`, for a word read alone
    reaction_words: frozenset[str]
    appeal_words: frozenset[str]
    demonstratives: frozenset[str]
    protest_ranks: tuple[str, ...]
    protest_acts: dict[str, str]
    protest_lone_acts: dict[str, str]
    protest_faced_acts: dict[str, str]
    protest_clash_patterns: frozenset[str]
    crowd_inters: frozenset[int]
    force_inters: frozenset[int]
    force_act_sub_types: frozenset[str]
    force_act_agent_markers: tuple[str, ...]
    grievance_words: frozenset[str]
    grievance_reach: int
    crowd_words: frozenset[str]
    crowd_reach: int
    crowd_min: int
    interception_reach: int
    salvo_sub_types: frozenset[str]
    salvo_words: frozenset[str]
    salvo_days: int
    launch_origin_words: frozenset[str]
    launch_origin_reach: int
    defence_words: frozenset[str]
    split_distance_units: frozenset[str]
    foil_words: frozenset[str]
    foil_objects: frozenset[str]
    foil_days: int
    foil_reach: int
    foil_non_attacks: frozenset[str]
    foil_means: frozenset[str]
    instrument_reach: int
    headline_words: int
    headline_ends: tuple[str, ...]
    civilian_inters: frozenset[int]
    civilian_acts: tuple[str, ...]
    member_victim_sub_types: frozenset[str]
    single_blast_sub_types: frozenset[str]
    single_blast_another: frozenset[str]
    single_blast_reach: int
    member_inters: frozenset[int]
    armed_inters: frozenset[int]
    party_sub_types: frozenset[str]
    party_days: int
    advance_words: frozenset[str]
    handover_sub_types: tuple[str, ...]
    consequence_words: frozenset[str]
    consequence_reach: int
    reference_before: frozenset[str]
    perpetrator_words: frozenset[str]
    reference_after: frozenset[str]
    explanation_verbs: frozenset[str]
    explanation_reach: int
    fallen_nouns: frozenset[str]
    fallen_verbs: frozenset[str]
    fallen_reach: int
    anaphora_date_reach: int
    incident_folds: dict[tuple[str, str], str]
    blast_words: frozenset[str]
    blast_reach: int
    cause_words: frozenset[str]
    result_words: frozenset[str]
    cause_reach: int
    raid_words: frozenset[str]
    container_fold_sub_types: frozenset[str]
    incident_reach: int
    incident_toll_reach: int
    incident_toll_min: int
    incident_km: int
    undated_days: int
    sentence_days: int
    separate_words: frozenset[str]
    separate_reach: int
    equal_toll_reach: int
    retold_toll_min: int
    retold_days: int
    apart_km: int
    incident_series_words: frozenset[str]
    incident_series_reach: int
    summary_scopes: tuple[tuple[str, ...], ...]
    summary_scope_not_after: frozenset[str]
    summary_scope_reach: int
    detail_days: int
    single_act_sub_types: frozenset[str]
    city_classes: frozenset[str]
    detail_classes: frozenset[str]
    city_detail_km: int
    city_detail_reach: int
    city_detail_links: int
    city_detail_apart: frozenset[str]
    direction_detail_classes: frozenset[str]
    direction_detail_km: int
    camp_target_reach: int
    capital_words: frozenset[str]
    campaign_words: frozenset[str]
    campaign_reach: int
    campaign_sub_types: frozenset[str]
    statement_days: int
    late_statement_days: int
    retold_sub_types: frozenset[str]
    attribution_openers: frozenset[str]
    attribution_reach: int
    announcement_verbs: frozenset[str]
    locator_words: int
    measured_reach: int
    measured_margin_km: int
    bare_verb_further: frozenset[str]  # "كما"، "ثم": a further act between a weapon word and a bare verb


@functools.cache
def load_dedupe_rules() -> DedupeRules:
    """The `dedupe` section of clauses.yaml; sub-type names are compared normalized (lower-cased)."""
    data = _clauses_data()
    raw = data.get("dedupe") if isinstance(data, dict) else None
    if not isinstance(raw, dict):
        raise KnowledgeError("clauses.yaml: 'dedupe' must be a mapping")
    days, window = raw.get("named_target_days"), raw.get("named_target_window")
    if not isinstance(days, int) or days < 0:
        raise KnowledgeError("clauses.yaml: dedupe.named_target_days must be a non-negative integer")
    if not isinstance(window, int) or window < 1:
        raise KnowledgeError("clauses.yaml: dedupe.named_target_window must be a positive integer")
    stopwords = raw.get("name_stopwords")
    if not isinstance(stopwords, list) or not all(isinstance(w, str) and w.strip() for w in stopwords):
        raise KnowledgeError("clauses.yaml: dedupe.name_stopwords must be a list of words")
    return DedupeRules(
        summary_sub_types=_sub_type_groups(raw.get("summary_sub_types"), "summary_sub_types"),
        bombardment_readings=frozenset(_sub_types(raw.get("bombardment_readings"), "bombardment_readings")),
        named_target_sub_types=_sub_type_groups(raw.get("named_target_sub_types"), "named_target_sub_types"),
        named_target_days=days,
        named_target_window=window,
        victim_window=_positive(raw, "victim_window"),
        victim_titles=_word_set(raw, "victim_titles"),
        name_stopwords=frozenset(normalize(w.strip()) for w in stopwords),
        reaction_reach=_positive(raw, "reaction_reach"),
        subset_markers=tuple(normalize(w) for w in _words(raw, "subset_markers")),
        subset_reach=_positive(raw, "subset_reach"),
        new_act_words=(new_act_words := _by_gender(raw.get("new_act_words"))),
        any_new_act_word=new_act_words[False] | new_act_words[True],
        reaction_words=_word_set(raw, "reaction_words"),
        appeal_words=_word_set(raw, "appeal_words"),
        demonstratives=_word_set(raw, "demonstratives"),
        protest_ranks=_sub_types(raw.get("protest_ranks"), "protest_ranks"),
        protest_acts=_protest_acts(raw.get("protest_acts")),
        protest_lone_acts=_protest_acts(raw.get("protest_lone_acts"), "protest_lone_acts"),
        protest_faced_acts=_protest_acts(raw.get("protest_faced_acts"), "protest_faced_acts"),
        protest_clash_patterns=frozenset(_words(raw, "protest_clash_patterns")),
        crowd_inters=_inters(raw, "crowd_inters"),
        force_inters=_inters(raw, "force_inters"),
        force_act_sub_types=frozenset(_sub_types(raw.get("force_act_sub_types"), "force_act_sub_types")),
        force_act_agent_markers=tuple(normalize(w) for w in _words(raw, "force_act_agent_markers")),
        grievance_words=_word_set(raw, "grievance_words"),
        grievance_reach=_positive(raw, "grievance_reach"),
        crowd_words=_word_set(raw, "crowd_words"),
        crowd_reach=_positive(raw, "crowd_reach"),
        crowd_min=_positive(raw, "crowd_min"),
        interception_reach=_positive(raw, "interception_reach"),
        salvo_sub_types=frozenset(_sub_types(raw.get("salvo_sub_types"), "salvo_sub_types")),
        salvo_words=_word_set(raw, "salvo_words"),
        salvo_days=_positive(raw, "salvo_days"),
        launch_origin_words=_word_set(raw, "launch_origin_words"),
        launch_origin_reach=_positive(raw, "launch_origin_reach"),
        defence_words=_word_set(raw, "defence_words"),
        split_distance_units=_word_set(raw, "split_distance_units"),
        foil_words=_word_set(raw, "foil_words"),
        foil_objects=_word_set(raw, "foil_objects"),
        foil_days=_positive(raw, "foil_days"),
        foil_reach=_positive(raw, "foil_reach"),
        foil_non_attacks=_word_set(raw, "foil_non_attacks"),
        foil_means=_word_set(raw, "foil_means"),
        instrument_reach=_positive(raw, "instrument_reach"),
        headline_words=_positive(raw, "headline_words"),
        headline_ends=tuple(_words(raw, "headline_ends")),
        civilian_inters=_inters(raw, "civilian_inters"),
        civilian_acts=_sub_types(raw.get("civilian_acts"), "civilian_acts"),
        member_victim_sub_types=frozenset(_sub_types(raw.get("member_victim_sub_types"), "member_victim_sub_types")),
        single_blast_sub_types=frozenset(_sub_types(raw.get("single_blast_sub_types"), "single_blast_sub_types")),
        single_blast_another=_word_set(raw, "single_blast_another"),
        single_blast_reach=_positive(raw, "single_blast_reach"),
        member_inters=_inters(raw, "member_inters"),
        armed_inters=_inters(raw, "armed_inters"),
        party_sub_types=frozenset(_sub_types(raw.get("party_sub_types"), "party_sub_types")),
        party_days=_positive(raw, "party_days"),
        advance_words=_word_set(raw, "advance_words"),
        handover_sub_types=_sub_types(raw.get("handover_sub_types"), "handover_sub_types"),
        consequence_words=_word_set(raw, "consequence_words"),
        consequence_reach=_positive(raw, "consequence_reach"),
        reference_before=_word_set(raw, "reference_before"),
        perpetrator_words=_word_set(raw, "perpetrator_words"),
        reference_after=_word_set(raw, "reference_after"),
        explanation_verbs=_word_set(raw, "explanation_verbs"),
        explanation_reach=_positive(raw, "explanation_reach"),
        fallen_nouns=_word_set(raw, "fallen_nouns"),
        fallen_verbs=_word_set(raw, "fallen_verbs"),
        fallen_reach=_positive(raw, "fallen_reach"),
        anaphora_date_reach=_positive(raw, "anaphora_date_reach"),
        incident_folds=_incident_folds(raw.get("incident_folds")),
        blast_words=_word_set(raw, "blast_words"),
        blast_reach=_positive(raw, "blast_reach"),
        cause_words=_word_set(raw, "cause_words"),
        result_words=_word_set(raw, "result_words"),
        cause_reach=_positive(raw, "cause_reach"),
        raid_words=_word_set(raw, "raid_words"),
        container_fold_sub_types=frozenset(_sub_types(raw.get("container_fold_sub_types"), "container_fold_sub_types")),
        incident_reach=_positive(raw, "incident_reach"),
        incident_toll_reach=_positive(raw, "incident_toll_reach"),
        incident_toll_min=_positive(raw, "incident_toll_min"),
        incident_km=_positive(raw, "incident_km"),
        undated_days=_positive(raw, "undated_days"),
        sentence_days=_positive(raw, "sentence_days"),
        separate_words=_word_set(raw, "separate_words"),
        separate_reach=_positive(raw, "separate_reach"),
        equal_toll_reach=_positive(raw, "equal_toll_reach"),
        retold_toll_min=_positive(raw, "retold_toll_min"),
        retold_days=_positive(raw, "retold_days"),
        apart_km=_positive(raw, "apart_km"),
        incident_series_words=_word_set(raw, "incident_series_words"),
        incident_series_reach=_positive(raw, "incident_series_reach"),
        summary_scopes=_word_tuples(raw.get("summary_scopes"), "dedupe.summary_scopes"),
        summary_scope_not_after=_word_set(raw, "summary_scope_not_after"),
        summary_scope_reach=_positive(raw, "summary_scope_reach"),
        detail_days=_positive(raw, "detail_days"),
        single_act_sub_types=frozenset(_sub_types(raw.get("single_act_sub_types"), "single_act_sub_types")),
        city_classes=_feature_classes(raw, "city_classes"),
        detail_classes=_feature_classes(raw, "detail_classes"),
        city_detail_km=_positive(raw, "city_detail_km"),
        city_detail_reach=_positive(raw, "city_detail_reach"),
        city_detail_links=_positive(raw, "city_detail_links"),
        city_detail_apart=_word_set(raw, "city_detail_apart"),
        direction_detail_classes=_feature_classes(raw, "direction_detail_classes"),
        direction_detail_km=_positive(raw, "direction_detail_km"),
        camp_target_reach=_positive(raw, "camp_target_reach"),
        capital_words=_word_set(raw, "capital_words"),
        campaign_words=_word_set(raw, "campaign_words"),
        campaign_reach=_positive(raw, "campaign_reach"),
        campaign_sub_types=frozenset(_sub_types(raw.get("campaign_sub_types"), "campaign_sub_types")),
        statement_days=_positive(raw, "statement_days"),
        late_statement_days=_positive(raw, "late_statement_days"),
        retold_sub_types=frozenset(_sub_types(raw.get("retold_sub_types"), "retold_sub_types")),
        attribution_openers=_word_set(raw, "attribution_openers"),
        attribution_reach=_positive(raw, "attribution_reach"),
        announcement_verbs=_word_set(raw, "announcement_verbs"),
        locator_words=_positive(raw, "locator_words"),
        measured_reach=_positive(raw, "measured_reach"),
        measured_margin_km=_positive(raw, "measured_margin_km"),
        bare_verb_further=_word_set(raw, "bare_verb_further"),
    )


def _positive(raw: dict, key: str, section: str = "dedupe.") -> int:
    value = raw.get(key)
    if not isinstance(value, int) or value < 1:
        raise KnowledgeError(f"clauses.yaml: {section}{key} must be a positive integer")
    return value


def _words(raw: dict, key: str) -> list[str]:
    """A non-empty list of words or phrases, stripped (callers normalize Arabic ones)."""
    words = raw.get(key)
    if not isinstance(words, list) or not words or not all(isinstance(w, str) and w.strip() for w in words):
        raise KnowledgeError(f"clauses.yaml: dedupe.{key} must be a list of words")
    return [w.strip() for w in words]


def _word_set(raw: dict, key: str) -> frozenset[str]:
    """The normalized words of a `_words` list, for membership tests."""
    return frozenset(normalize(w) for w in _words(raw, key))


def _by_gender(raw: object) -> dict[bool, frozenset[str]]:
    """`new_act_words` keyed by whether the noun they follow is feminine."""
    if not isinstance(raw, dict) or set(raw) != {"masculine", "feminine"}:
        raise KnowledgeError("clauses.yaml: dedupe.new_act_words must have 'masculine' and 'feminine' lists")
    return {gender == "feminine": frozenset(normalize(w) for w in _words(raw, gender)) for gender in raw}


def _sub_types(raw: object, key: str) -> tuple[str, ...]:
    """Sub-type names as output (ACLED spelling), each checked against the taxonomy."""
    from marsad.knowledge.triggers import SUB_TO_TYPE

    if not isinstance(raw, list) or not all(isinstance(n, str) and n in SUB_TO_TYPE for n in raw):
        raise KnowledgeError(f"clauses.yaml: dedupe.{key} must list sub-type names of the taxonomy")
    return tuple(raw)


def _protest_acts(raw: object, key: str = "protest_acts") -> dict[str, str]:
    if not isinstance(raw, dict):
        raise KnowledgeError(f"clauses.yaml: dedupe.{key} must map sub-types to protest sub-types")
    _sub_types(list(raw), key)
    _sub_types(list(raw.values()), key)
    return {str(k): str(v) for k, v in raw.items()}


# "adjacent": told near each other; "apart": near each other but in two sentences (one
# sentence read both ways is one reading's error, not two codings of one incident);
# "anaphora": the later names the act with a definite noun; "generic": as
# "adjacent", the folded report told in a later sentence and naming its act
# only by a bare attack word; "blast": the folded report's blast word has the
# kept report's device as its object (`blast_words`); "cause": one sentence's folded
# report is read only from a death word the kept act caused (`cause_words`,
# `result_words`); "raid": one sentence's folded arrests are read only from a raid
# word (`raid_words`) whose targets the kept fight killed; "deadly": one sentence's
# folded report is the damage done by the kept act, which counts dead.
INCIDENT_LINKS = ("adjacent", "apart", "anaphora", "generic", "blast", "cause", "raid", "deadly")


def _incident_folds(raw: object) -> dict[tuple[str, str], str]:
    """(kept sub-type, folded sub-type) -> how the two reports must be linked."""
    if not isinstance(raw, list) or not all(
        isinstance(rule, dict) and set(rule) == {"keep", "fold", "link"} and rule["link"] in INCIDENT_LINKS
        for rule in raw
    ):
        raise KnowledgeError("clauses.yaml: dedupe.incident_folds must list {keep, fold, link} rules")
    pairs = [(str(rule["keep"]), str(rule["fold"])) for rule in raw]
    _sub_types([name for pair in pairs for name in pair], "incident_folds")
    if any(keep == fold or (fold, keep) in pairs for keep, fold in pairs):
        raise KnowledgeError("clauses.yaml: dedupe.incident_folds must not fold a sub-type both ways")
    return {pair: str(rule["link"]) for pair, rule in zip(pairs, raw, strict=True)}


def _feature_classes(raw: dict, key: str) -> frozenset[str]:
    """Gazetteer feature classes (see `marsad.knowledge.gazetteer.FEATURE_CLASSES`)."""
    from marsad.knowledge.gazetteer import FEATURE_CLASSES

    classes = _words(raw, key)
    if not set(classes) <= set(FEATURE_CLASSES):
        raise KnowledgeError(f"clauses.yaml: dedupe.{key} must list gazetteer feature classes")
    return frozenset(classes)


def _inters(raw: dict, key: str) -> frozenset[int]:
    codes = raw.get(key)
    if not isinstance(codes, list) or not all(isinstance(c, int) and 1 <= c <= 8 for c in codes):
        raise KnowledgeError(f"clauses.yaml: dedupe.{key} must be a list of inter codes 1-8")
    return frozenset(codes)


def _sub_type_groups(raw: object, key: str) -> tuple[frozenset[str], ...]:
    """Groups of at least two sub-type names, normalized."""
    if not isinstance(raw, list) or not all(
        isinstance(group, list) and len(group) >= 2 and all(isinstance(n, str) and n.strip() for n in group)
        for group in raw
    ):
        raise KnowledgeError(f"clauses.yaml: dedupe.{key} must be a list of lists of sub-type names")
    return tuple(frozenset(normalize(n.strip()) for n in group) for group in raw)
