"""NUMBERS stage: tolls told in ways the cue window missed (EVENTS.md §4) — a risen tally that ends
in a verb of passing a mark, a subject whose group name is quoted before its death verb, a relative
killed "with" the victim, and the one person two or more killers killed."""

from __future__ import annotations

import datetime as dt

import pytest
from support import count_roles

from marsad.pipeline import extract_text


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("وتحدثت التقارير عن ارتفاع أعداد القتلى جراء القصف الذي استهدف المدينة لتتجاوز الـ80.", [(80, "killed")]),
        ("وارتفعت حصيلة الضحايا في الهجوم على السوق الشعبي شمال البلدة لتتخطى 40.", [(40, "killed")]),
        # the tally's noun gives its own role: wounded stay wounded
        ("وارتفع عدد الجرحى جراء انفجار الصهريج في الحي الصناعي ليتجاوز 60.", [(60, "wounded")]),
    ],
)
def test_a_risen_tally_ending_in_a_verb_of_passing_a_mark_is_the_new_total(sentence: str, expected: list) -> None:
    assert count_roles(sentence) == expected


def test_passing_a_mark_with_no_risen_casualty_tally_gives_no_role() -> None:
    assert count_roles("وقال المسؤول إن عدد المقاتلين في المدينة يتجاوز 500.") == [(500, None)]


def test_the_risen_tally_past_a_mark_gives_the_act_told_before_its_toll() -> None:
    text = ("قصفت الطائرات الحربية سوق بلدة كفرنبل في ريف إدلب صباح أمس.\n"
            "وتشير التقارير إلى ارتفاع أعداد القتلى جراء القصف على البلدة لتتجاوز الـ40.")
    events = extract_text(text, published=dt.date(2019, 5, 6)).events
    assert [e.fatalities for e in events] == [40]


@pytest.mark.parametrize("name", ["«جيش الإسلام»", '"جيش الإسلام"'])
def test_a_quoted_group_name_does_not_cut_the_subject_from_its_death_verb(name: str) -> None:
    sentence = f"وذكر المرصد أن 14 مقاتلا على الأقل من الفصائل وستة من عناصر {name}، قتلوا في المعارك."
    assert count_roles(sentence) == [(14, "killed"), (6, "killed")]


def test_a_quoted_part_holding_its_own_count_is_not_passed_over() -> None:
    """The verb after a quoted breakdown with its own count is that count's: no sum of the two."""
    roles = count_roles('وقالت مصادر محلية إن تسعة مدنيين بينهم "عدد من الأطفال" قتلوا في الغارة.')
    assert sum(value for value, role in roles if role == "killed") < 12


@pytest.mark.parametrize(
    "sentence",
    [
        "استشهد شاب مع شقيقه في قصف على البلدة.",
        "قتل المسلح الشرطي بالسكين مع زوجته في منزلهما.",
        "قتل مزارع برفقة ابنه في انفجار لغم.",
    ],
)
def test_a_relative_killed_with_the_victim_is_counted_too(sentence: str) -> None:
    assert count_roles(sentence)[0] == (2, "killed")


def test_with_before_another_side_adds_no_victim() -> None:
    assert count_roles("قتل جندي في اشتباك مع مسلحين قرب الحدود.") == [(1, "killed")]


@pytest.mark.parametrize(
    "sentence",
    [
        "وقالت مصادر أمنية إن مسلحين أطلقا النار على شرطي فقتلاه قرب منزله.",
        "هاجم المسلحون الحارسة وقتلوها قرب المصرف.",
    ],
)
def test_killers_with_one_person_for_object_killed_one(sentence: str) -> None:
    assert count_roles(sentence) == [(1, "killed")]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("وقتل وجرح العديد في اقتحام القرية.", [(3, "killed"), (3, "wounded")]),
        ("أدى الانفجار إلى مقتل شخص وإصابة العديد بجروح.", [(1, "killed"), (3, "wounded")]),
    ],
)
def test_many_standing_alone_counts_as_a_few(sentence: str, expected: list) -> None:
    """"العديد" with no "من" after it is the dead or hurt themselves: 3, as "العديد من" is."""
    assert count_roles(sentence) == expected
