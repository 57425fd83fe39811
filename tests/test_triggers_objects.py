"""What a trigger word's object makes of it: a person burned is attacked, not
property destroyed; rockets that fell were fired, rockets moved or stored
were not; a noun after a trigger noun is that act's complement and shares
its modality ("مفاوضات التوصل إلى تسوية")."""

from __future__ import annotations

import pytest

from marsad.document import Document
from marsad.stages import triggers


def found(text: str) -> list[tuple[str, str]]:
    """(pattern id with any sub-type override, modality) of every trigger found in `text`."""
    doc = Document(text=text)
    triggers.process(doc)
    return [(m.attrs["pattern_id"], m.attrs["modality"]) for m in doc.of_kind("trigger")]


@pytest.mark.parametrize(
    "sentence",
    [
        "وأقدم مسلحون على حرق شاب في الخامسة عشرة من عمره قرب سوق القرية.",
        "وقالت العائلة إن مسلحين قاموا بحرق طفل داخل سيارته.",
    ],
)
def test_burning_a_person_is_an_attack(sentence):
    assert ("looting>Attack", "asserted") in found(sentence)


def test_burning_a_family_home_stays_property_destruction():
    assert ("looting", "asserted") in found("وأحرق مستوطنون منزل عائلة في بلدة سنجل فجر الخميس.")


def test_rockets_that_fell_are_a_shelling_with_no_side_named():
    sentence = "وشهدت أحياء المدينة الغربية مساء السبت سقوط 12 صاروخا على الأقل."
    assert ("missiles", "asserted") in found(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "وضبطت الدوريات محاولة لمهربين نقل صواريخ وذخائر من مخزن قرب الحدود.",
        "وعثرت القوات على مستودع صواريخ مهجور في أطراف البلدة.",
    ],
)
def test_rockets_moved_or_stored_are_no_shelling(sentence):
    assert not any(pid.startswith("missiles") for pid, _ in found(sentence))


def test_a_deal_reached_as_the_complement_of_expected_talks_is_expected():
    sentence = "ومن المتوقع أن يعرض الوسيط على الحكومة خطته بشأن مفاوضات التوصل إلى تسوية للنزاع في الإقليم."
    assert ("agreement_reached", "expected") in found(sentence)
