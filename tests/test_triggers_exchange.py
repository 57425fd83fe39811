"""An exchange of fire is two-sided: every spelling of it ("تبادل لإطلاق نار"،
"تبادل النيران"، "إطلاق نار متبادل") is an armed clash, never a one-sided
shooting nor, written with ل, an aim."""

from __future__ import annotations

import pytest

from marsad.document import Document
from marsad.stages import triggers


def asserted(text: str) -> list[tuple[str, str]]:
    """(surface, sub-type) of the asserted triggers in a one-sentence text."""
    doc = Document(text=text)
    triggers.process(doc)
    return [(m.text, m.value.sub_event_type) for m in doc.of_kind("trigger") if m.attrs["modality"] == "asserted"]


@pytest.mark.parametrize(
    ("sentence", "surface"),
    [
        ("اندلع تبادل لإطلاق نار بين الدرك ومهربين قرب مدينة تمنراست فجر الخميس.", "تبادل لإطلاق نار"),
        ("أصيب شرطيان في تبادل إطلاق الرصاص مع مسلحين في ضواحي مدينة بنقردان.", "تبادل إطلاق الرصاص"),
        ("وعلى الفور بدأ تبادل النيران بين الحراس والمسلحين عند مدخل المعسكر.", "تبادل النيران"),
        ("وجرى تبادل للنيران بين دورية للجيش ومسلحين على الطريق الساحلي.", "تبادل للنيران"),
        ("قتل جندي في إطلاق نار متبادل مع مسلحين قرب الحدود الشرقية.", "إطلاق نار متبادل"),
        ("وجرى تبادل إطلاق الأعيرة النارية مع عناصر الخلية المسلحة داخل الشقة.", "تبادل إطلاق الأعيرة النارية"),
    ],
)
def test_an_exchange_of_fire_is_an_armed_clash(sentence, surface):
    assert (surface, "Armed clash") in asserted(sentence)


def test_fire_opened_by_one_side_stays_a_shooting():
    sentence = "أطلق مسلحون النار على حافلة للعمال قرب مدينة بنقردان."
    assert [sub for _, sub in asserted(sentence)] == ["Attack"]
