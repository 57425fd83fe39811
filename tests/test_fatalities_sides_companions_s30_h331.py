"""Fatalities: both sides' dead in one sentence, and a named leader's dual companions (session 30, H331).

- "سيطرت المقاومة على مواقع قتل فيها أكثر من 10 حوثيين، فيما قتل أربعة من الجيش": the
  territory gain and the clash of its second clause are one battle coded twice; when the
  two codings fold (`dedupe._fold_incident`) each side's dead add up (EVENTS.md section 4),
  not the larger count alone.
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


def test_gain_and_second_clause_dead_of_the_other_side_add_up():
    tolls = _tolls(
        "وفي تعز، سيطرت المقاومة الشعبية على مواقع استراتيجية في جبل صبر قتل فيها أكثر من 12 حوثيا "
        "وأصيب العشرات، فيما قتل ثلاثة من الجيش الوطني."
    )
    assert tolls == [("Government regains territory", 15)]


def test_named_leader_and_two_other_soldiers_count_three():
    assert _killed("قتل القيادي أبو علي الحوثي وجنديان آخران في المواجهات شرق المحافظة") == 3
    assert _killed("قتل قائد اللواء وجنديان آخران في الهجوم على المعسكر") == 3


def test_full_name_with_bin_reaches_its_death_verb():
    assert _killed("وفي محافظة مأرب، قتل أبو محمد بن صالح بدر الدين العمري وجنديان آخران في المعارك الدائرة") == 3


def test_wounded_leader_and_a_bare_dual_are_not_extra_deaths():
    assert _killed("أصيب القائد وجنديان آخران في الهجوم") == 0
    assert _killed("قتل جنديان في الهجوم على الحاجز") == 2
