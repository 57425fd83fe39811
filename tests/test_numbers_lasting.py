"""NUMBERS stage: a death count summing a campaign told as lasting weeks or more is a total, not one act's toll."""

from __future__ import annotations

import pytest
from support import count_roles


@pytest.mark.parametrize(
    "sentence",
    [
        "تستمر المواجهات بين العشائر والمتمردين للأسبوع السادس على التوالي قرب مدينة البيضاء، التي أودت بحياة 64 مقاتلا.",
        "يتواصل القصف على أحياء المدينة منذ أشهر، والذي أسفر عن مقتل 95 مدنيا.",
    ],
)
def test_a_relative_clause_toll_of_a_campaign_lasting_weeks_is_a_total(sentence: str) -> None:
    assert count_roles(sentence)[0][1] == "total"


def test_a_toll_after_a_clause_opened_by_since_the_outbreak_is_a_total() -> None:
    assert count_roles("ومنذ انطلاق الحملة الأمنية في الخامس من مايو، قتل 21 شرطيا.") == [(21, "total")]


def test_a_rise_since_the_start_continued_after_a_comma_is_a_total() -> None:
    assert count_roles("وأعلن المستشفى ارتفاع عدد القتلى منذ بدء الهجوم على البلدة، إلى 87 قتيلا.")[0] == (87, "total")


def test_the_toll_of_a_day_of_a_campaign_stays_the_act_toll() -> None:
    assert count_roles("تتعرض البلدة لليوم الثالث على التوالي لقصف عنيف أسفر عن مقتل 6 مدنيين.") == [(6, "killed")]


def test_a_superlative_since_the_start_keeps_the_act_toll() -> None:
    assert count_roles("في أعنف هجوم منذ بدء الحرب، قتل 26 جنديا في كمين.") == [(26, "killed")]


def test_a_lasting_war_named_in_passing_keeps_the_toll_of_a_dated_act() -> None:
    assert count_roles("في البلاد التي تشهد نزاعا منذ سنوات، قتل أمس 9 أشخاص في غارة.") == [(9, "killed")]


def test_a_lasting_phrase_in_an_unlinked_clause_leaves_the_toll_alone() -> None:
    assert count_roles("وتخوض القوات معارك منذ أشهر في الجنوب، وقتل 4 جنود في انفجار لغم.") == [(4, "killed")]


def test_a_toll_dated_days_ago_by_since_with_a_tail_stays_the_act_toll() -> None:
    assert count_roles("أعلن المستشفى مقتل خمسة صيادين في قصف على الشاطئ منذ ستة أيام مضت.") == [(5, "killed")]


def test_a_toll_summed_since_some_days_is_still_a_total() -> None:
    assert count_roles("أعلن المستشفى مقتل 70 صيادا في قصف على الشاطئ منذ ستة أيام.") == [(70, "total")]


def test_a_clause_opened_by_ila_but_not_a_rise_leaves_the_toll_alone() -> None:
    assert count_roles("تتواصل الاشتباكات منذ أسابيع، إلى جانب قصف أسفر عن مقتل 8 مدنيين.") == [(8, "killed")]
