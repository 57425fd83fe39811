"""NUMBERS stage: a death told by the victim's name, and losses in lives, with no number."""

from __future__ import annotations

import datetime as dt

import pytest
from support import count_roles

from marsad.pipeline import extract_text


def killed(text: str) -> list[int]:
    """Values of the killed counts of a one-sentence text."""
    return [value for value, role in count_roles(text) if role == "killed"]


@pytest.mark.parametrize(
    "sentence",
    [
        # a result verb governs the death noun
        "وقصفت الطائرات المخيم ظهر الاثنين، ما أسفر عن مقتل خالد المصري.",
        "وأدت الغارة إلى استشهاد حسين العلي قرب المستشفى.",
        # the act that killed is told after the name, past an apposition
        "وأعلن الجيش أمس مقتل محسن الكردي، قائد الكتيبة، في غارة على مقره.",
        "وأكدت مصادر طبية استشهاد يوسف الخطيب متأثرا بجراحه.",
        "وتوعدت الحركة بالانتقام لمقتل سليمان الزين في قصف على مقره.",
    ],
)
def test_a_given_name_after_a_death_noun_told_as_an_act_is_one_death(sentence: str) -> None:
    assert killed(sentence) == [1]


@pytest.mark.parametrize(
    "sentence",
    [
        # a named death recalled or commented on, with no act told
        "وحمّل الكاتب النظام مسؤولية مقتل خالد المصري.",
        "وتحل هذا الشهر ذكرى مقتل حسين العلي.",
        # tried, not done
        "وقالت الشرطة إنها أحبطت محاولة اغتيال خالد المصري في غارة مزعومة.",
    ],
)
def test_a_named_death_recalled_or_only_tried_is_no_death(sentence: str) -> None:
    assert killed(sentence) == []


def test_a_secretary_killed_is_one_person() -> None:
    assert killed("وأسفر الانفجار عن مقتل سكرتيرة السفير.") == [1]


@pytest.mark.parametrize(
    "sentence",
    [
        "وتكبدت الميليشيا خسائر فادحة في الأرواح والعتاد خلال الهجوم على الموقع.",
        "وكبدت القوات المهاجمين خسائر بالأرواح قرب القرية.",
        "وأوقعت القذائف خسائر كبيرة في العتاد والأرواح.",
    ],
)
def test_losses_in_lives_with_no_number_are_deaths_nobody_counted(sentence: str) -> None:
    assert killed(sentence) == [3]


@pytest.mark.parametrize(
    "sentence",
    [
        "وانفجرت العبوة قرب المبنى دون وقوع خسائر في الأرواح.",
        "وانفجرت العبوة قرب المبنى، ولم يسفر الانفجار عن أي خسائر في الأرواح.",
        "وأعرب المسؤول عن ارتياحه بعدم وقوع خسائر في الأرواح.",
        # definite losses recall a toll, "human losses" count the wounded too
        "وتحدث التقرير عن الخسائر الكبيرة في الأرواح منذ بدء النزاع.",
        "وأوقع القصف خسائر بشرية في البلدة.",
    ],
)
def test_losses_in_lives_denied_recalled_or_human_are_no_deaths(sentence: str) -> None:
    assert killed(sentence) == []


def test_a_strike_that_killed_a_named_man_carries_his_death() -> None:
    doc = extract_text("قصفت طائرة حربية منزلا في بلدة بنش أمس، ما أسفر عن مقتل خالد المصري.",
                       published=dt.date(2019, 5, 14))
    assert [event.fatalities for event in doc.events] == [1]


def test_a_comma_closing_a_long_subject_keeps_its_count_killed_by_the_verb() -> None:
    assert killed("وكان 12 من المسلحين ورجال القبائل، قتلوا في مواجهات مع الجيش قرب البلدة.") == [12]


def test_a_comma_before_another_clause_leaves_the_count_alone() -> None:
    assert killed("واعتقلت الشرطة 12 من المسلحين، وأصيب شرطي في المداهمة.") == []
