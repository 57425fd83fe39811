"""NUMBERS stage: the victim after an active killing verb and its subject; cues joined by "و"."""

from __future__ import annotations

import pytest

from marsad.document import Document, Sentence
from marsad.stages import numbers


def killed(text: str) -> list[tuple[int, str]]:
    """(value, text) of the killed counts in a one-sentence text."""
    doc = Document(text=text)
    doc.sentences.append(Sentence(0, len(text), 0, 0))
    numbers.process(doc)
    return [(m.value, m.text) for m in doc.of_kind("number") if m.attrs["role"] == "killed"]


@pytest.mark.parametrize(
    ("sentence", "victim"),
    [
        ("قتلت قوات من الشرطة المحلية المزارع حسين داود قرب بلدة القصير.", "المزارع"),
        ("أعدم التنظيم أحد المختطفين لديه في ريف الحسكة.", "أحد"),
        ("اغتالت طائرة مسيرة القيادي في الجماعة نبيل صالح في مأرب.", "القيادي"),
        ("وقتل مسلحون مجهولون الصحفي وليد منصور أمام منزله.", "الصحفي"),
    ],
)
def test_person_named_after_a_killing_verb_and_its_subject_is_one_killed(sentence: str, victim: str) -> None:
    assert killed(sentence) == [(1, victim)]


def test_plural_subject_before_a_definite_victim_is_the_killers_not_three() -> None:
    assert killed("قتل جنود الدورية الشاب ماهر يوسف عند الحاجز.") == [(1, "الشاب")]


def test_victim_after_a_verb_inside_a_relative_clause_is_not_a_new_toll() -> None:
    # "التي اغتالت": the verb does not open its clause, a past killing is recalled.
    assert killed("وهي الميليشيا التي اغتالت قوات تابعة لها الطبيب كريم سعيد.") == []


def test_count_before_a_conjoined_cue_keeps_the_cue_before_it() -> None:
    # "واعتقلت" opens the next clause: the seven were killed, not arrested.
    assert killed("قتلت القوات الحكومية 7 مدنيين واعتقلت العشرات في بلدة الحارة.") == [(7, "7")]


def test_conjoined_cue_still_gives_a_count_its_role_when_none_precedes() -> None:
    doc = Document(text="وقال إن 4 عمال كانوا في الموقع وأصيبوا بجروح.")
    doc.sentences.append(Sentence(0, len(doc.text), 0, 0))
    numbers.process(doc)
    assert [m.attrs["role"] for m in doc.of_kind("number")] == ["wounded"]


def test_count_of_people_hit_of_whom_one_was_killed_is_not_the_toll() -> None:
    # "ستة ركاب قتل أحدهم": six targeted, one killed.
    assert killed("وأطلق المسلح النار على ستة ركاب قتل أحدهم قرب محطة القطار.") == [(1, "أحدهم")]


def test_killed_part_of_people_hit_is_the_toll_not_a_subset() -> None:
    doc = Document(text="استهدف الهجوم قافلة تقل 14 عاملا، قتل منهم أربعة.")
    doc.sentences.append(Sentence(0, len(doc.text), 0, 0))
    numbers.process(doc)
    found = [(m.value, m.attrs["role"], m.attrs["subset"]) for m in doc.of_kind("number")]
    assert found == [(14, None, False), (4, "killed", False)]


def test_subset_of_a_toll_stays_a_subset() -> None:
    doc = Document(text="قتل 9 مدنيين بينهم 4 نساء في القصف.")
    doc.sentences.append(Sentence(0, len(doc.text), 0, 0))
    numbers.process(doc)
    assert [(m.value, m.attrs["subset"]) for m in doc.of_kind("number")] == [(9, False), (4, True)]
