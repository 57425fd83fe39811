"""NUMBERS stage: a death count summing a campaign told as lasting weeks or more is a total, not one act's toll."""

from __future__ import annotations

import pytest

from marsad.document import Document, Sentence
from marsad.stages import numbers


def roles(text: str) -> list[tuple[int, str | None]]:
    """(value, role) of the counts in a one-sentence text."""
    doc = Document(text=text)
    doc.sentences.append(Sentence(0, len(text), 0, 0))
    numbers.process(doc)
    return [(m.value, m.attrs["role"]) for m in doc.of_kind("number")]


@pytest.mark.parametrize(
    "sentence",
    [
        "تستمر المواجهات بين العشائر والمتمردين للأسبوع السادس على التوالي قرب مدينة البيضاء، التي أودت بحياة 64 مقاتلا.",
        "يتواصل القصف على أحياء المدينة منذ أشهر، والذي أسفر عن مقتل 95 مدنيا.",
    ],
)
def test_a_relative_clause_toll_of_a_campaign_lasting_weeks_is_a_total(sentence: str) -> None:
    assert roles(sentence)[0][1] == "total"


def test_a_toll_after_a_clause_opened_by_since_the_outbreak_is_a_total() -> None:
    assert roles("ومنذ انطلاق الحملة الأمنية في الخامس من مايو، قتل 21 شرطيا.") == [(21, "total")]


def test_a_rise_since_the_start_continued_after_a_comma_is_a_total() -> None:
    assert roles("وأعلن المستشفى ارتفاع عدد القتلى منذ بدء الهجوم على البلدة، إلى 87 قتيلا.")[0] == (87, "total")


def test_the_toll_of_a_day_of_a_campaign_stays_the_act_toll() -> None:
    assert roles("تتعرض البلدة لليوم الثالث على التوالي لقصف عنيف أسفر عن مقتل 6 مدنيين.") == [(6, "killed")]


def test_a_superlative_since_the_start_keeps_the_act_toll() -> None:
    assert roles("في أعنف هجوم منذ بدء الحرب، قتل 26 جنديا في كمين.") == [(26, "killed")]


def test_a_lasting_war_named_in_passing_keeps_the_toll_of_a_dated_act() -> None:
    assert roles("في البلاد التي تشهد نزاعا منذ سنوات، قتل أمس 9 أشخاص في غارة.") == [(9, "killed")]


def test_a_lasting_phrase_in_an_unlinked_clause_leaves_the_toll_alone() -> None:
    assert roles("وتخوض القوات معارك منذ أشهر في الجنوب، وقتل 4 جنود في انفجار لغم.") == [(4, "killed")]


def test_a_toll_dated_days_ago_by_since_with_a_tail_stays_the_act_toll() -> None:
    assert roles("أعلن المستشفى مقتل خمسة صيادين في قصف على الشاطئ منذ ستة أيام مضت.") == [(5, "killed")]


def test_a_toll_summed_since_some_days_is_still_a_total() -> None:
    assert roles("أعلن المستشفى مقتل 70 صيادا في قصف على الشاطئ منذ ستة أيام.") == [(70, "total")]


def test_a_clause_opened_by_ila_but_not_a_rise_leaves_the_toll_alone() -> None:
    assert roles("تتواصل الاشتباكات منذ أسابيع، إلى جانب قصف أسفر عن مقتل 8 مدنيين.") == [(8, "killed")]
