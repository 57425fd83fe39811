"""NUMBERS stage: one victim told with no number by a passive verb, an active plural verb or a participle."""

from __future__ import annotations

import pytest
from support import count_roles


def killed(text: str) -> list[int]:
    """Values of the killed counts of a one-sentence text."""
    return [value for value, role in count_roles(text) if role == "killed"]


@pytest.mark.parametrize(
    "sentence",
    [
        "وأكد البيان أن المسؤول المالي في الجماعة عبد الله الحسني قتل في غارة بطائرة مسيرة شرقي مأرب.",
        "وذكرت الشرطة أن المهندس خالد يونس اغتيل برصاص مسلحين أمام منزله.",
        "وقالت عائلته إن ابنها قتل خلال مداهمة للقرية فجر الأحد.",
    ],
)
def test_a_singular_passive_killing_verb_before_where_or_how_is_one_death(sentence: str) -> None:
    assert killed(sentence) == [1]


@pytest.mark.parametrize(
    "sentence",
    [
        "وتراجعت جرائم قتل في المدينة خلال الصيف.",
        "وقالت الشرطة إنه تم قتل في الحي كلب مسعور.",
    ],
)
def test_killing_as_a_noun_before_a_preposition_is_no_death(sentence: str) -> None:
    assert killed(sentence) == []


def test_a_plural_verb_after_its_killers_with_one_person_object_is_one_death() -> None:
    assert killed("وكان مسلحون ملثمون قتلوا بالرصاص في السوق صباح الاثنين ممرضة تعمل في المستشفى.") == [1]


@pytest.mark.parametrize(
    "sentence",
    [
        "وقال الجيش إن مسلحين قتلوا في اشتباك مع دورية قرب الحدود.",
        # victims before the verb: the person after it is the attacker
        "وأكدت الوزارة أن جنودا قتلوا في هجوم نفذه انتحاري على الثكنة.",
    ],
)
def test_a_plural_verb_with_no_object_of_its_own_is_a_group_killed(sentence: str) -> None:
    assert killed(sentence) == [3]


def test_a_killing_participle_after_a_person_is_one_death() -> None:
    assert killed("وكان الضابط الكبير المغتال بعبوة ناسفة قد تلقى تهديدات.") == [1]


def test_a_killing_participle_inside_a_numbered_toll_adds_nothing() -> None:
    assert killed("قتل 4 أشخاص بينهم المحامي المقتول أمام المحكمة.") == [4]


def test_dead_whose_identity_is_withheld_are_a_death_with_no_number() -> None:
    assert killed("قصفت الطائرات مقرا للجماعة في المدينة، وسط تعتيم على هويات القتلى.") == [3]


def test_dead_whose_identity_is_not_yet_known_are_negated_and_give_nothing() -> None:
    assert killed("ولم تكشف السلطات هوية القتلى.") == []


def test_casualties_to_be_avoided_are_no_deaths() -> None:
    assert killed("ودعت البعثة الطرفين إلى إخلاء المواقع السكنية لتفادي سقوط ضحايا بين المدنيين.") == []


def test_a_vague_word_after_a_noun_of_places_counts_the_places_not_the_dead() -> None:
    assert count_roles("قصفت المدفعية مناطق عدة في الريف ما أدى إلى مقتل 6 مدنيين.") == [(3, None), (6, "killed")]


def test_a_toll_over_a_whole_country_is_a_total_not_one_acts() -> None:
    assert count_roles("وقتل 45 شرطيا في أنحاء البلاد منذ مطلع الشهر.") == [(45, "total")]
    assert count_roles("وقتل 12 شخصا في مختلف أنحاء المحافظة.") == [(12, "total")]


def test_a_passive_killing_verb_after_the_body_of_the_same_person_counts_once() -> None:
    assert killed("وأظهر تشريح جثة الصحفي، أن الأخير قتل برصاصة في الظهر.") == [1]


@pytest.mark.parametrize(
    "sentence",
    [
        "وأصيب الشاب برصاص قناص في حي الكرامة وتوفي متأثرا بجراحه مساء الأحد.",
        "وقالت العائلة إن الطفلة أصيبت بشظايا القصف ثم توفيت متأثرة بإصابتها في المستشفى.",
    ],
)
def test_died_of_wounds_is_one_death(sentence: str) -> None:
    assert killed(sentence) == [1]
