"""Wounding told verb first by a named force ("أصابت الشرطة شابين بالرصاص"):
an attack with no dead, kept apart from illness, from things that "hit", and
from wounds that are the toll of another act in the clause."""

from __future__ import annotations

import pytest

from marsad.document import Document
from marsad.stages import triggers


def found(text: str) -> list[tuple[str, str]]:
    """(pattern id, modality) of every trigger found in `text`."""
    doc = Document(text=text)
    triggers.process(doc)
    return [(m.attrs["pattern_id"], m.attrs["modality"]) for m in doc.of_kind("trigger")]


def wounding_ids(text: str) -> list[str]:
    """Pattern ids (with any sub-type override) of the wounding triggers found in `text`."""
    doc = Document(text=text)
    triggers.process(doc)
    return [m.attrs["pattern_id"] for m in doc.of_kind("trigger")
            if m.attrs["pattern_id"].split(">")[0] == "wounding"]


@pytest.mark.parametrize(
    "sentence",
    [
        "أصابت الشرطة الإسرائيلية شابين فلسطينيين بالرصاص الحي في بلدة عزون شرق قلقيلية.",
        "وأصاب جنود الاحتلال طفلا بعيار ناري في قدمه قرب مدرسة البلدة.",
        "وجرحت القوات الحكومية ثلاثة مقاتلين بنيران رشاشاتها قرب مدينة الفاشر.",
        "وأصاب مسلحون مجهولون سائقا بجروح خطيرة على الطريق الدولي.",
    ],
)
def test_a_named_force_wounding_people_is_an_attack(sentence):
    assert ("wounding", "asserted") in found(sentence)


def test_wounding_protesters_is_excessive_force():
    sentence = "وأصابت قوات الأمن عشرة متظاهرين بالرصاص المطاطي في ساحة المدينة."
    assert wounding_ids(sentence) == ["wounding>Excessive force against protesters"]


@pytest.mark.parametrize(
    "sentence",
    [
        # illness and other afflictions have no force as subject, or no weapon
        "أصاب الفيروس عناصر من الجيش في المعسكر الشمالي.",
        "وأصابت الشرطة في تقديرها لأعداد الزوار هذا العام.",
        # a shell or rocket that "hit" is told by its own trigger
        "وأصابت القذائف منازل المدنيين في الحي الشرقي.",
        # wounds that are the toll of a raid, a clash or a shelling stay with that act
        "وأصاب الجيش ثلاثة مدنيين بجروح خلال اقتحامه بلدة قباطية.",
        "وأصابت القوات أربعة شبان بالرصاص أثناء المواجهات عند مدخل المخيم.",
        # bare جرح is as often the passive: the wounded are no agent
        "وجرح عناصر من الشرطة برصاص مسلحين في مدينة العريش.",
        # after a plural verb the force named is the wounded, not the agent
        "وهاجم المسلحون الحاجز وقتلوا ضابطا وجرحوا الجنود بالرصاص.",
        "وتسلل المهاجمون إلى الموقع وأصابوا الجنود بالرصاص.",
    ],
)
def test_illness_hits_passives_and_tolls_of_other_acts_are_no_wounding(sentence):
    assert not wounding_ids(sentence)
