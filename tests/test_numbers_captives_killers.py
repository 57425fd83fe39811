"""NUMBERS stage: captives told dead, unknown killers before their victim, and a dual killing verb's one object."""

from __future__ import annotations

import pytest
from support import count_roles


def killed(text: str) -> list[int]:
    """Values of the killed counts of a one-sentence text."""
    return [value for value, role in count_roles(text) if role == "killed"]


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        ("وقالت الهيئة إن 5 معتقلين استشهدوا تحت التعذيب في السجن.", 5),
        ("وأعلنت الكتائب أن 4 رهائن قتلوا في القصف على المخيم.", 4),
    ],
)
def test_captives_told_dead_by_a_plural_death_verb_are_killed(sentence: str, value: int) -> None:
    assert value in killed(sentence)


def test_captives_who_killed_people_are_not_the_dead() -> None:
    assert 26 not in killed("وأفرجت السلطات عن 26 أسرى قتلوا جنودا في عمليات سابقة.")


@pytest.mark.parametrize(
    "sentence",
    [
        "وقتل مسلحون مجهولون في الموصل الصحفي سعيد ناصر مساء الاثنين.",
        "قتل مسلحون ملثمون في كركوك هدى سالم أمام منزلها.",
    ],
)
def test_unknown_killers_after_a_killing_verb_kill_the_one_named_after_them(sentence: str) -> None:
    assert killed(sentence) == [1]


def test_gunmen_killed_with_no_killers_phrase_are_still_a_group() -> None:
    assert killed("قتل مسلحون في اشتباك مع الشرطة في كركوك.") == [3]


def test_a_dual_killing_verb_with_one_person_for_object_is_one_death() -> None:
    assert killed("وقال الجيش إن مسلحين قتلا حارسا في الكنيسة مساء الأحد.") == [1]


def test_a_dual_killing_verb_with_no_object_is_still_two_deaths() -> None:
    assert killed("ويعتقد أنهما قتلا في الحرب قبل أعوام.") == [2]
