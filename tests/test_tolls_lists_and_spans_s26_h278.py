"""Tolls that lost a person told before a count, or took a running total (session 26, H278).

- One person told dead right before a death count joined by "و" is the first member of a
  list of the dead and adds 1 ("مقتل إيراني و4 سوريين" = 5, "قتل خلاله جندي تركي وأحد
  المسلحين" = 2, "سقوط ضابط وأربعة قتلى" = 5): the person's no-number death no longer
  yields to the count after it.  The numeral "واحد" after its noun ("جندي واحد") is
  the same person, not one more.
- "على مدار / على مدى" + a unit of a week or longer, with the article too ("على مدار
  الأسبوع الماضي"), makes the count before it the span's running total, so the act told
  beside it keeps its own toll.
"""

from __future__ import annotations

import datetime as dt

import pytest

import marsad
from marsad.stages.events import spans_a_period
from marsad.text import normalize

DAY = dt.date(2017, 6, 12)


def _killed(text: str) -> list[tuple[str, int]]:
    doc = marsad.extract(text, published=DAY)
    return [(m.text, int(m.value)) for m in doc.of_kind("number") if m.attrs.get("role") == "killed"]


def _tolls(text: str) -> list[int]:
    return [e.fatalities for e in marsad.extract(text, published=DAY).events]


@pytest.mark.parametrize(
    ("text", "total"),
    [
        ("اندلعت اشتباكات عند الحدود أمس بين الجيش ومسلحين قتل خلالها جندي تركي وأحد المسلحين.", 2),
        ("أسفرت غارة جوية أمس على قافلة قرب البلدة عن مقتل إيراني و4 سوريين.", 5),
        ("أسفرت المواجهات أمس عند المعبر عن سقوط ضابط وثلاثة قتلى من الجانب الآخر.", 4),
    ],
)
def test_a_person_before_a_joined_death_count_adds_one(text: str, total: int) -> None:
    assert sum(value for _, value in _killed(text)) == total


def test_the_numeral_one_after_its_noun_is_the_same_person() -> None:
    text = "قتل جندي واحد على الأقل وأصيب 5 آخرون في غارة جوية على موقع عسكري أمس."
    assert sum(value for _, value in _killed(text)) == 1


def test_a_person_with_companions_is_counted_once() -> None:
    text = "قصفت الطائرات البلدة أمس ما أدى إلى مقتل قائد الكتيبة و5 آخرين."
    assert sum(value for _, value in _killed(text)) == 6


def test_a_toll_over_the_course_of_a_week_is_not_the_days_act() -> None:
    text = ("ويخشى المحتجون رصاص القناصة، حيث قتل 15 شابا على مدار الأسبوع الماضي قرب السياج. "
            "وقتل شاب وأصيب 30 آخرون، الخميس، قرب السياج في قطاع غزة.")
    assert 15 not in _tolls(text)
    assert 1 in _tolls(text)


@pytest.mark.parametrize(
    ("phrase", "spans"),
    [
        ("على مدار الأسبوع الماضي", True),
        ("على مدى أسبوعين", True),
        ("على مدار الأشهر الماضية", True),
        # a course of days or hours is one ongoing battle, not a running total (cr1 #3)
        ("على مدى الأيام الماضية", False),
        ("على مدى يومين", False),
        ("على مدى ساعات", False),
        ("خلال ثلاثة أيام", True),
        # after "خلال" the definite week may be only the date of one act
        ("خلال الأسبوع الماضي", False),
        ("على مدار اليوم", False),
    ],
)
def test_course_openers_span_a_period_with_a_definite_unit(phrase: str, spans: bool) -> None:
    assert spans_a_period(normalize(phrase).split()) is spans


@pytest.mark.parametrize(
    ("text", "toll"),
    [
        ("قتل 6 جنود في اشتباكات على مدى يومين مع مسلحي داعش في دير الزور.", 6),
        ("قتل 7 جنود في معارك عنيفة على مدار يومين في محيط مدينة الحديدة.", 7),
        ("قتل 15 مدنيا في غارات على مدى ثلاثة أيام على مدينة دوما.", 15),
        ("قتل 11 مدنيا في غارات جوية على مدى الأيام الماضية في ريف إدلب الجنوبي.", 11),
        ("قتل 9 جنود في معارك استمرت على مدى الأيام الثلاثة الماضية في جبهة نهم شرق صنعاء.", 9),
    ],
)
def test_a_battle_over_a_few_days_keeps_its_toll(text: str, toll: int) -> None:
    """Review cr1 #3: fighting or strikes "على مدى يومين/الأيام الماضية" are one ongoing act."""
    assert toll in _tolls(text)


@pytest.mark.parametrize(
    ("text", "counts"),
    [
        # the docstring examples of `_person_before_count`, read as death counts (cr1 #13)
        ("أسفر الهجوم على الحاجز في العريش اليوم عن سقوط ضابط وأربعة قتلى.", [1, 4]),
        ("شن التنظيم هجوما على نقطة في الباب اليوم قتل خلاله جندي تركي وأحد متشددي التنظيم.", [1, 1]),
        ("قتل إيراني و4 سوريين في غارة إسرائيلية على مطار التيفور اليوم.", [1, 4]),
    ],
)
def test_person_before_count_docstring_examples(text: str, counts: list[int]) -> None:
    assert [value for _, value in _killed(text)] == counts
