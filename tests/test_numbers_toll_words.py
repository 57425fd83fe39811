"""NUMBERS stage: the dead a toll's words count (EVENTS.md §4) — a risen tally's new total
whose casualty noun stands far from it, a percentage that is no count, and one person
joined to a dual noun."""

from __future__ import annotations

import pytest
from support import count_roles

from marsad.stages.numbers import _sentence_counts
from marsad.text import normalize


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("ذكر الأطباء ارتفاع عدد قتلى الانفجار الذي هز سوق المدينة إلى 17.", [(17, "killed")]),
        ("وارتفعت حصيلة شهداء القصف المدفعي على البلدة إلى نحو 40 مساء.", [(40, "killed")]),
        # the tally's noun gives its own role: wounded stay wounded
        ("وقالت المصادر إنه ارتفع عدد جرحى التفجير في الحي الشرقي إلى 26.", [(26, "wounded")]),
    ],
)
def test_a_risen_tally_gives_its_noun_role_to_the_new_total(sentence: str, expected: list) -> None:
    assert count_roles(sentence) == expected


def test_a_total_after_ila_with_no_tally_before_it_stays_without_a_role() -> None:
    assert count_roles("ووصل عدد الجنود المنتشرين في الإقليم إلى 500.") == [(500, None)]


@pytest.mark.parametrize("percent", ["بالمئة", "بالمائة", "في المئة"])
def test_a_percentage_written_in_words_is_not_a_toll(percent: str) -> None:
    assert count_roles(f"وقال شقيق القتيل إنه واثق مئة {percent} من أن الجهاز اغتاله.") == []


def test_a_number_word_multiplied_by_a_scale_is_still_counted() -> None:
    assert count_roles("قتل في تلك الحرب نحو ثلاثمائة ألف شخص.")[0][0] == 300000


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        ("قتل شابين وامرأة في قصف على القرية.", 3),
        ("أسفر الانفجار عن مقتل جنديين ومدني.", 3),
        ("قتل ثلاثة حراس وسائق في الكمين.", 4),
    ],
)
def test_one_person_joined_to_a_counted_pair_or_group_died_with_them(sentence: str, value: int) -> None:
    assert count_roles(sentence)[0] == (value, "killed")


def test_a_wound_clause_after_a_dual_adds_no_one() -> None:
    assert count_roles("قتل جنديين وأصيب آخرون بجروح.")[0] == (2, "killed")


def test_a_tally_risen_since_a_day_is_a_running_total_not_the_acts_toll() -> None:
    roles = count_roles("أسفرت الغارة عن مقتل خمسة مدنيين، لترتفع حصيلة القتلى منذ مطلع آذار إلى 640.")
    assert roles[0] == (5, "killed") and (640, "killed") not in roles


def test_a_count_broken_down_before_its_death_verb_is_the_toll_and_its_parts_are_subsets() -> None:
    sentence = "وذكر المسعفون أن 11 شخصا بينهم 3 أطفال وامرأتان لقوا حتفهم في القصف."
    counts = _sentence_counts(normalize(sentence))
    assert [(c.value, c.role, c.subset) for c in counts] == [(11, "killed", False), (3, "killed", True), (2, "killed", True)]
