"""Trigger recall: classes of phrasing that report an act without its usual verb."""

from __future__ import annotations

import pytest

from marsad.document import Document
from marsad.stages import triggers


def patterns_of(text: str) -> list[tuple[str, str]]:
    """(pattern id, modality) of every trigger found in `text`."""
    doc = Document(text=text)
    triggers.process(doc)
    return [(m.attrs["pattern_id"], m.attrs["modality"]) for m in doc.of_kind("trigger")]


@pytest.mark.parametrize(
    "sentence",
    [
        "وتقدم المقاتلون نحو أطراف البلدة بدعم جوي من التحالف بعد معارك مع المسلحين.",
        "وصدت القوات هجوما للمسلحين على الحاجز بإسناد من طيران التحالف.",
        "واستعاد الجيش التلال المحيطة بالقرية بغطاء من الطائرات الحربية.",
    ],
)
def test_air_support_to_fighters_is_an_air_strike(sentence):
    assert ("air_support", "asserted") in patterns_of(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "وبات الغطاء الجوي يشكل عاملا حاسما في المعارك.",
        "وطلبت الحكومة دعما جويا من حلفائها لمواجهة المسلحين.",
    ],
)
def test_air_support_told_in_general_or_asked_for_is_no_strike(sentence):
    assert ("air_support", "asserted") not in patterns_of(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "وأسقطت الدفاعات الجوية صباح الاثنين طائرة بلا طيار فوق الهضبة.",
        "وجاء ذلك بعد يوم من إسقاط البحرية ما قالت إنه طائرة دون طيار قرب السواحل.",
    ],
)
def test_downing_a_pilotless_aircraft_is_a_disrupted_weapons_use(sentence):
    assert ("disruption_verbs", "asserted") in patterns_of(sentence)


def test_a_bill_struck_down_is_no_disrupted_weapons_use():
    assert patterns_of("وأسقط البرلمان مشروع القانون في جلسة الأحد.") == []
