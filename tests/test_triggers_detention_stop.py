""""أوقف" detains people when a force and the people it holds are named; it
also halts an activity or a vehicle, which is no arrest."""

from __future__ import annotations

import dataclasses

import pytest

from marsad.document import Document
from marsad.errors import KnowledgeError
from marsad.knowledge.triggers import load_triggers, validate_triggers
from marsad.stages import triggers


def sub_types(text: str) -> list[str]:
    """Sub-event types of the `detention_stop` triggers found in `text`."""
    doc = Document(text=text)
    triggers.process(doc)
    return [m.value.sub_event_type for m in doc.of_kind("trigger") if m.attrs["pattern_id"].startswith("detention_stop")]


def test_a_force_detaining_marchers_is_a_protest_with_intervention():
    sentence = "وأوقفت قوات الشرطة في المدينة عشرات المتظاهرين خلال مسيرة جابت الشوارع مساء الأحد."
    assert sub_types(sentence) == ["Protest with intervention"]


def test_a_force_detaining_named_people_is_an_arrest():
    assert sub_types("وأوقفت قوات الأمن الخميس ثلاثة ناشطين في العاصمة.") == ["Arrests"]


@pytest.mark.parametrize(
    "sentence",
    [
        "وأوقفت السلطات دخول الشاحنات إلى الميناء بعد الاشتباكات.",
        "وأوقف الجيش العمليات العسكرية في الريف الشرقي.",
        "وأوقف خفر السواحل زورقا يقل مهاجرين قبالة الشاطئ.",
        "ولما وصل رجال الشرطة إلى القرية أوقفهم حراس المزرعة.",
    ],
)
def test_halting_an_activity_or_a_vehicle_is_no_arrest(sentence):
    assert sub_types(sentence) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "وأوقفت السلطات الأمنية الخميس سلامة الذي كان مستشارا للمرشح المنسحب.",
        "وأوقفت الشرطة التونسية أمس هشام بن عمر في منزله بصفاقس.",
        "أوقفت قوات الأمن رئيس حزب معارض صغير عند عودته من الخارج.",
    ],
)
def test_a_person_named_or_titled_after_the_force_is_an_arrest(sentence):
    assert sub_types(sentence) == ["Arrests"]


@pytest.mark.parametrize(
    "sentence",
    [
        "وأوقفت السلطات التونسية الرحلات التي كانت تربطها بمالطا.",
        "وأوقفت السلطات المحلية استيراد السيارات المستعملة هذا العام.",
        "وأوقفت السلطات بث القناة التي انتقدت الحكومة.",
        "وأوقفت السلطات الأمنية التعامل مع الشركة الأجنبية.",
    ],
)
def test_a_thing_stopped_by_the_authorities_is_no_arrest(sentence):
    assert sub_types(sentence) == []


def test_a_named_object_without_a_rule_to_stand_in_for_is_rejected():
    pattern = next(p for p in load_triggers() if p.id == "detention_stop")
    with pytest.raises(KnowledgeError, match="named_object"):
        validate_triggers((dataclasses.replace(pattern, requires_near=()),))
