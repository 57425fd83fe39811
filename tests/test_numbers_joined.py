"""NUMBERS stage: counts joined by "و" share the role of the death count they are joined to."""

from __future__ import annotations

import pytest
from support import count_roles


@pytest.mark.parametrize(
    "sentence",
    [
        "وأفاد المسعفون أن ثلاثة من ضباط الحرس ونحو 12 جنديا قتلوا في القصف.",
        "قال الجيش إن خمسة من قادة الكتيبة و20 مقاتلا لقوا مصرعهم في الكمين.",
    ],
)
def test_a_count_joined_before_the_subject_of_a_death_verb_is_killed_too(sentence: str) -> None:
    assert all(role == "killed" for _, role in count_roles(sentence))


def test_a_count_after_a_qualifier_with_waw_shares_the_role_before_it() -> None:
    assert count_roles("أسفر الانفجار عن مقتل 7 من عناصر الأمن وأكثر من 4 مدنيين.") == [(7, "killed"), (4, "killed")]


def test_things_joined_to_a_death_count_stay_uncounted() -> None:
    assert count_roles("دمرت الغارات خمسة منازل ونحو 3 سيارات قتل فيها 9 أشخاص.")[:2] == [(5, None), (3, None)]


def test_a_count_after_waw_takes_its_own_noun_not_the_cue_before_it() -> None:
    assert count_roles("وقال الأطباء إن أغلب القتلى وعشرات الجرحى من سكان الحي.") == [(10, "wounded")]


@pytest.mark.parametrize("noun", ["عجلات", "مدرعات", "زوارق", "مروحيات"])
def test_vehicles_destroyed_beside_a_toll_are_not_dead(noun: str) -> None:
    assert count_roles(f"أسفر القصف عن تدمير أربع {noun} ومقتل ستة مسلحين.") == [(4, None), (6, "killed")]


@pytest.mark.parametrize("noun", ["الهجمات", "التقارير", "المطالب"])
def test_some_acts_or_reports_are_not_people(noun: str) -> None:
    assert (3, "killed") not in count_roles(f"وقتل في بعض {noun} عدد من الأشخاص.")[:1]


def test_a_passive_killing_with_its_plural_subject_after_the_place_is_several_deaths() -> None:
    assert count_roles("وقتل في الاشتباكات على أطراف البلدة أمس شرطيون.") == [(3, "killed")]
