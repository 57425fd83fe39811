"""Mends of the session-16 code review: each sentence shows a class the reviewed rules misread."""

import copy
import dataclasses
import datetime as dt

import pytest

import marsad.knowledge.triggers as trigger_knowledge
from marsad.errors import KnowledgeError
from marsad.knowledge.actors import load_catalogue, validate_catalogue
from marsad.pipeline import extract_text
from marsad.stages import dedupe
from marsad.text import normalize

PUBLISHED = dt.date(2020, 1, 1)


def events_of(text: str) -> list:
    return extract_text(text, published=PUBLISHED).events


def test_a_killing_by_whoever_after_a_demand_is_still_reported() -> None:
    # "من" is also the relative pronoun: "محاسبة من قتل" asks to try whoever killed, an act told as done
    events = events_of("طالب المحتجون بمحاسبة من قتل المتظاهرين في ساحة التحرير ببغداد.")
    assert [e.sub_event_type for e in events] == ["Excessive force against protesters"]


def test_a_reason_after_the_arrested_group_keeps_it_the_one_arrested() -> None:
    events = events_of("وأكد المصدر اعتقال عناصر من حماس لتورطهم في إطلاق النار بمدينة نابلس أمس.")
    arrests = [e for e in events if e.sub_event_type == "Arrests"]
    assert [e.actor2 for e in arrests] == ["Hamas Movement"]
    assert arrests[0].actor1 != "Hamas Movement"


def test_a_span_of_time_after_the_hit_country_makes_it_no_author() -> None:
    events = events_of("وأسفر استهداف سوريا لأسابيع عن مقتل عشرة مدنيين في بلدة الرمثا الأردنية.")
    assert events and all(not (e.actor1 or "").startswith("Military Forces of Syria") for e in events)


def test_a_country_with_the_article_owns_an_attack_by_lam() -> None:
    events = events_of("قتل ثلاثة مدنيين في الهجوم الصاروخي الأخير للولايات المتحدة على مدينة أربيل.")
    assert [e.actor1 for e in events if e.location == "Erbil"][0].startswith("Military Forces of the United States")


def test_stopping_armed_operations_is_a_policy_not_a_clash() -> None:
    assert events_of("أعلنت الجماعة الإسلامية وقف العمليات المسلحة ضد الجيش في سيناء.") == []


def test_clearing_rubble_before_a_blast_is_no_disarming() -> None:
    events = events_of("وبعد ساعات من إزالة الأنقاض في السوق انفجرت عبوة ناسفة مما أدى إلى مقتل ثلاثة مدنيين في مدينة الرمادي.")
    assert "Disrupted weapons use" not in [e.sub_event_type for e in events]


def test_removing_a_bomb_is_still_a_disarming() -> None:
    events = events_of("وتمكنت الفرق الهندسية من إزالة عبوة ناسفة في مدينة الرمادي.")
    assert [e.sub_event_type for e in events] == ["Disrupted weapons use"]


def test_the_name_berri_is_no_ground_assault() -> None:
    events = events_of("قال نبيه بري إن إسرائيل استهدفت بلدة الخيام في جنوب لبنان.")
    assert [e.sub_event_type for e in events] == ["Air/drone strike"]


@pytest.mark.parametrize("text", ["هاجم الحوثيون مطار أبها بطائرة مسيّرة.", "قصف الحوثيون مطار أبها بصَواريخ."])
def test_a_salvo_word_with_harakat_or_shadda_names_a_salvo(text: str) -> None:
    doc = extract_text(text, published=PUBLISHED)
    assert doc.events and all(dedupe._names_salvo(doc, e) for e in doc.events)


def test_a_bare_repeat_of_a_city_named_with_a_cue_is_that_city() -> None:
    events = events_of("تظاهر المئات وسط مدينة تونس، وقالت الشرطة إنها اعتقلت عشرة محتجين في تونس.")
    assert [e.location for e in events] == ["Tunis"]


def test_a_place_before_bint_jbeil_is_no_given_name() -> None:
    events = events_of("شنت الطائرات الإسرائيلية غارات على مرجعيون بنت جبيل والنبطية.")
    assert "Marjayoun" in [e.location for e in events]


def test_missing_genitive_agent_lists_fail_validation() -> None:
    cat = load_catalogue()
    lexicon = copy.deepcopy(cat.lexicon)
    del lexicon["role_cues"]["genitive_agent"]["not_objects"]
    lexicon["role_cues"]["genitive_agent"]["gap"] = 0
    problems = validate_catalogue(dataclasses.replace(cat, lexicon=lexicon))
    assert "role_cues.genitive_agent.not_objects: a non-empty list of words" in problems
    assert "role_cues.genitive_agent.gap: a positive number of words" in problems


def test_noun_after_and_since_spans_are_stored_normalized() -> None:
    rules = trigger_knowledge.load_modality()
    assert rules.noun_after and all(normalize(w) == w for w in rules.noun_after)
    assert rules.since_spans


@pytest.mark.parametrize("drop", ["noun_after", "since_spans"])
def test_a_missing_modality_list_fails_loudly(drop: str, monkeypatch: pytest.MonkeyPatch) -> None:
    data = copy.deepcopy(trigger_knowledge._shipped_yaml(trigger_knowledge.MODALITY_FILE))
    (data["habitual"] if drop == "since_spans" else data).pop(drop)
    monkeypatch.setattr(trigger_knowledge, "_shipped_yaml", lambda path: data)
    with pytest.raises(KnowledgeError, match=drop):
        trigger_knowledge.load_modality.__wrapped__()
