"""The trigger and modality data files load, validate and stay normalized."""

from __future__ import annotations

import dataclasses

import pytest

from marsad.errors import KnowledgeError
from marsad.knowledge.triggers import (
    EVENT_TYPES,
    SUB_TO_TYPE,
    TriggerPattern,
    _near_rule,
    expand_form,
    load_blockers,
    load_cue_proclitics,
    load_modality,
    load_morphology,
    load_period_totals,
    load_triggers,
    validate_triggers,
)
from marsad.text import normalize


def test_event_types_are_the_six_types_and_25_sub_types():
    assert len(EVENT_TYPES) == 6
    assert sum(len(subs) for subs in EVENT_TYPES.values()) == 25
    assert len(SUB_TO_TYPE) == 25  # sub-type names are unique, so a sub-type names its type


def test_every_sub_type_has_a_pattern_or_an_override():
    covered = set()
    for pattern in load_triggers():
        covered.add(pattern.sub_event_type)
        covered.update(variant.sub_event_type for _, variant in pattern.overrides)
    assert covered == set(SUB_TO_TYPE)


def test_patterns_carry_valid_types_and_normalized_forms():
    for pattern in load_triggers():
        assert pattern.sub_event_type in EVENT_TYPES[pattern.event_type]
        for form in pattern.forms:
            assert normalize(form) == form
            assert "[" not in form and "|" not in form


def test_blockers_are_normalized():
    assert all(normalize(b) == b for b in load_blockers())
    assert "يخطف الاضواء" in load_blockers()


def test_morphology_sets_are_normalized_and_allow_bare_words():
    morph = load_morphology()
    assert "" in morph.noun_proclitics and "" in morph.verb_suffixes
    assert "وبال" in morph.noun_proclitics and "س" in morph.future_proclitics
    assert all(
        normalize(x) == x for x in morph.noun_proclitics | morph.verb_suffixes | morph.tmarbuta_suffixes
    )


def test_loaders_are_cached():
    assert load_triggers() is load_triggers()
    assert load_modality() is load_modality()


def test_expand_form_alternatives_optional_words_and_article():
    forms = expand_form("قصف جوي|مدفعي [عنيف]")
    assert "قصف جوي" in forms
    assert "قصف المدفعي عنيف" in forms
    assert "قصف مدفعي" in forms
    assert all(not f.startswith("ال") for f in forms)  # the first word's article is a proclitic


def test_expand_form_normalizes_entries():
    assert expand_form("غارة إسرائيلية")[0] == "غاره اسراييليه"


def test_expand_form_rejects_brackets_inside_a_word():
    with pytest.raises(KnowledgeError):
        expand_form("تبادل [ل]اطلاق النار")


def test_validator_rejects_same_form_two_sub_types_same_priority():
    base = next(p for p in load_triggers() if p.id == "air_strike")
    clash = dataclasses.replace(base, id="other", sub_event_type="Shelling/artillery/missile attack")
    with pytest.raises(KnowledgeError):
        validate_triggers((base, clash))
    # A different priority says which one wins, so it is allowed.
    validate_triggers((base, dataclasses.replace(clash, priority=base.priority - 1)))


def test_a_context_rule_looking_both_after_and_before_is_rejected():
    # its window would be empty, so the rule would never fire
    with pytest.raises(KnowledgeError):
        _near_rule({"words": ["قصف"], "after": True, "before": True}, {}, "x")


def test_validator_rejects_a_misspelt_flag():
    # a flag no stage reads would silently switch its rule off
    base = next(p for p in load_triggers() if p.id == "air_strike")
    with pytest.raises(KnowledgeError):
        validate_triggers((dataclasses.replace(base, attrs={"teritory": True}),))


def test_validator_rejects_unknown_sub_type_and_unnormalized_form():
    bad_type = TriggerPattern("x", "Battles", "Grenade", {"قنبله": ("noun",)})
    with pytest.raises(KnowledgeError):
        validate_triggers((bad_type,))
    bad_form = TriggerPattern("y", "Battles", "Armed clash", {"اشتباكات عنيفة": ("noun",)})
    with pytest.raises(KnowledgeError):
        validate_triggers((bad_form,))


def test_modality_cues_are_normalized_and_classed():
    rules = load_modality()
    classes = {cue.modality for cues in rules.before.values() for cue in cues}
    assert {
        "threat",
        "expected",
        "plan",
        "conditional",
        "denied",
        "question",
        "demand",
        "negotiation",
        "habitual",
        "asserted",
    } <= classes
    for first, cues in rules.before.items():
        assert normalize(first) == first
        assert all(normalize(w) == w for cue in cues for w in cue.words)


def test_clause_and_follow_up_lists_are_normalized():
    rules = load_modality()
    for words in (rules.relative_pronouns, rules.soft_punctuation):
        assert all(normalize(w) == w for w in words)
    assert rules.parenthetical_words > 0 and rules.conjunct_window > 0
    threat = [cue for cue in rules.before["هدد"] if cue.modality == "threat"][0]
    assert threat.object_window > threat.window and "ب" in threat.object_prefix

    from marsad.knowledge.clauses import load_event_rules, not_reports_pattern

    events = load_event_rules()
    for words in (events.definite_prefixes, events.pronoun_suffixes, events.reaction_words, events.since_words):
        assert words and all(normalize(w) == w for w in words)
    assert not_reports_pattern().search("وفي الاسابيع الاخيره شنت") is not None


def test_period_markers_combine_every_preposition_with_every_period():
    from marsad.knowledge.clauses import habits_pattern, load_event_rules

    markers = set(load_event_rules().not_reports)
    assert {"خلال الاشهر الماضيه", "طوال السنوات الاخيره", "في الفتره الاخيره"} <= markers
    assert habits_pattern().search("قصفت الطايرات المدينه مرارا وتكرارا") is not None
    assert all(normalize(h) == h for h in load_event_rules().habits)


def test_stance_rule_is_loaded_normalized_for_protest_nouns():
    protest = next(p for p in load_triggers() if p.id == "protest")
    assert protest.stance is not None and "علي" in protest.stance.next_words and "ه" in protest.stance.suffixes


def test_state_side_forces_are_named_as_the_catalogue_writes_them() -> None:
    from marsad.knowledge.triggers import load_state_side_forces

    assert "Popular Resistance (Yemen)" in load_state_side_forces()


def test_period_totals_and_unarmed_targets_load_normalized() -> None:
    from marsad.knowledge.triggers import load_period_totals, load_unarmed_targets
    from marsad.text import normalize

    totals = load_period_totals()
    assert totals.pattern.search(normalize("قتل 70 مدنيا خلال العملية التركية"))
    assert totals.pattern.search(normalize("كانت آخرهم طفلة")) and not totals.pattern.search("خلالها")
    assert totals.since == {"منذ"}
    assert "Settlers (Israel)" in load_unarmed_targets()


def test_a_period_phrase_may_leave_room_for_a_wars_name() -> None:
    pattern = load_period_totals().pattern
    assert pattern.search(normalize("خلال حرب غزة الأخيرة"))
    assert pattern.search(normalize("الحرب على اليمن الأخيرة"))
    assert not pattern.search(normalize("حرب الأخيرة"))


def test_cue_proclitics_come_normalized_from_the_modality_file() -> None:
    proclitics = load_cue_proclitics()
    assert {"ب", "ل", "بال"} <= proclitics
    assert all(normalize(p) == p and " " not in p for p in proclitics)
    # a cue written "امر ب" keeps the preposition as what the act must carry
    cues = [c for group in load_modality().before.values() for c in group if c.words == ("امر",) and c.via]
    assert cues and cues[0].via == ("ب",)


def test_clause_reach_marks_named_cues_and_rejects_unknown_ones() -> None:
    from marsad.knowledge.triggers import _cues

    cues = _cues(["يعتزم", "خطه ل"], "plan", 5, {"clause_reach": ["يعتزم"]})
    assert [c.clause for c in cues] == [True, False]
    with pytest.raises(KnowledgeError):
        _cues(["يعتزم"], "plan", 5, {"clause_reach": ["ينوي"]})
    rules = load_modality()
    assert {"قال", "قالت", "قالوا"} <= rules.past_verbs
    assert rules.reach_presupposing.matches("التحقيق") and rules.reach_presupposing.matches("بوقف")


def test_after_cues_keep_their_own_window_and_result_cues_their_via_words() -> None:
    rules = load_modality()
    after = [cue for cues in rules.after.values() for cue in cues]
    assert {cue.window for cue in after if cue.modality == "habitual"} >= {2, 4}
    assert rules.after_window == max(cue.window for cue in after)
    result_cues = [cue for cue in rules.before[normalize("لم")] if cue.via_words]
    assert result_cues and all(normalize(w) == w for cue in result_cues for w in cue.via_words)
    assert "hope" in {cue.modality for cues in rules.before.values() for cue in cues}
    assert rules.object_pronouns and rules.did_and_does_window > 0


def test_adverbial_acts_must_be_a_non_empty_list_of_words() -> None:
    from marsad.knowledge.triggers import _modality_words

    assert _modality_words({"adverbial_acts": ["احتجاجاً"]}, "adverbial_acts") == {"احتجاجا"}
    with pytest.raises(KnowledgeError):
        _modality_words({}, "adverbial_acts")
    with pytest.raises(KnowledgeError):
        _modality_words({"adverbial_acts": "احتجاجا"}, "adverbial_acts")
