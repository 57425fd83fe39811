"""Fatalities: a named leader's dual companions (session 30, H331).

- "قتل القائد <name> وجنديان آخران": a dual noun joined by "و" and called "others"
  ("آخران") counts two more beside the named leader: 3, not 1 or 2; a full name with
  "بن" takes seven words between the death verb and the "و".
- A wounded leader is no death, and a dual alone is still two.
"""

from __future__ import annotations

import datetime as dt

import marsad
from marsad.stages.numbers import _sentence_counts
from marsad.text import normalize

DAY = dt.date(2015, 8, 1)


def _tolls(text: str) -> list[tuple[str, int]]:
    return [(e.sub_event_type, e.fatalities) for e in marsad.extract(text, published=DAY).events]


def _killed(sentence: str) -> int:
    return sum(int(c.value) for c in _sentence_counts(normalize(sentence)) if c.role == "killed")


def test_named_leader_and_two_other_soldiers_count_three():
    assert _killed("قتل القيادي أبو علي الحوثي وجنديان آخران في المواجهات شرق المحافظة") == 3
    assert _killed("قتل قائد اللواء وجنديان آخران في الهجوم على المعسكر") == 3


def test_full_name_with_bin_reaches_its_death_verb():
    assert _killed("وفي محافظة مأرب، قتل أبو محمد بن صالح بدر الدين العمري وجنديان آخران في المعارك الدائرة") == 3


def test_wounded_leader_and_a_bare_dual_are_not_extra_deaths():
    assert _killed("أصيب القائد وجنديان آخران في الهجوم") == 0
    assert _killed("قتل جنديان في الهجوم على الحاجز") == 2


def test_a_second_source_count_of_one_battle_is_not_added_to_the_first():
    # Another source's figure for the same dead, not the other side's: never the sum (25).
    text = ("سيطرت المقاومة الشعبية على مواقع في جبل صبر بتعز قتل فيها 10 حوثيين، "
            "فيما قدرت مصادر محلية عدد القتلى في المعارك بـ 15 قتيلا.")
    assert [toll for _, toll in _tolls(text)] == [15]
