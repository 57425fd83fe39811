"""NUMBERS stage: counts that are no toll of the act told — rounds fired, killings tried
or charged, bodies held back, a tally a new death "raises", and a toll summed since a side
started or stepped up a campaign — and the act's own death kept beside such a total."""

from __future__ import annotations

import datetime as dt

import pytest
from support import count_roles

from marsad.pipeline import extract_text


def killed(text: str) -> int:
    """Sum of the killed counts of a one-sentence text."""
    return sum(value for value, role in count_roles(text) if role == "killed")


@pytest.mark.parametrize(
    ("sentence", "dead"),
    [
        # rounds fired are not people, the dead after them are
        ("أطلق المسلح مئات الرصاصات داخل المتجر وقتل سبعة أشخاص.", 7),
        ("أطلق الجنود عشرات الطلقات على المنزل دون أن يقتل أحد من سكانه.", 0),
        # killings tried or charged are no toll
        ("أدانت المحكمة الرجل في 60 محاولة قتل بعد الهجوم على المدرسة.", 0),
        ("وجهت النيابة إلى المتهم 5 تهم قتل عمد.", 0),
    ],
)
def test_things_counted_before_a_death_word_are_no_toll(sentence: str, dead: int) -> None:
    assert killed(sentence) == dead


@pytest.mark.parametrize(
    "sentence",
    [
        "تحتجز السلطات جثامين الشبان الثلاثة منذ شهور.",
        "صادق البرلمان على قانون يتيح الاحتفاظ بجثامين منفذي الهجمات.",
    ],
)
def test_bodies_held_back_are_no_deaths(sentence: str) -> None:
    assert killed(sentence) == 0


def test_a_count_of_bodies_held_back_is_read_but_tells_no_dead() -> None:
    # the number is read, and neither it nor the death noun it counts is a toll
    assert count_roles("تحتجز السلطات جثامين 4 شهداء من القرية.") == [(4, None)]
    assert count_roles("قتل الجنود 4 شبان في القرية.") == [(4, "killed")]


def test_a_dual_death_noun_inflicted_is_still_a_toll() -> None:
    # "قتيلين" counts itself: no body word before it, so it stays two dead
    assert killed("نفذت الفصائل عدة عمليات ضد قوات الاحتلال وكبدتها قتيلين وعدة إصابات.") == 2


def test_a_tally_a_new_death_raises_is_a_total_and_the_death_keeps_its_own_toll() -> None:
    roles = count_roles("قتل الجنود شابا عند مدخل القرية صباح اليوم، ما يرفع عدد القتلى في المنطقة إلى خمسة هذا الأسبوع.")
    assert (5, "total") in roles
    assert killed("قتل الجنود شابا عند مدخل القرية صباح اليوم، ما يرفع عدد القتلى في المنطقة إلى خمسة هذا الأسبوع.") == 1


@pytest.mark.parametrize(
    "sentence",
    [
        "قتل أكثر من 900 شخص منذ كثفت القوات الحكومية هجومها على الضاحية.",
        "لقي 300 مقاتل مصرعهم منذ شنت الجماعة حملتها على الإقليم.",
        # since a month named with no day, or for more than two months
        "منذ مارس الماضي قتلت القوات أكثر من مئة متظاهر قرب الحدود.",
        "قتل 40 متظاهرا في الاحتجاجات المستمرة منذ أكثر من شهرين.",
    ],
)
def test_a_toll_since_a_campaign_started_is_a_total(sentence: str) -> None:
    assert killed(sentence) == 0


@pytest.mark.parametrize(
    ("sentence", "dead"),
    [
        ("قتل 12 شخصا منذ بدأت الاشتباكات فجر أمس في مدينة درعا.", 12),
        ("لقي سبعة مدنيين مصرعهم منذ شنت الطائرات غاراتها صباح اليوم على البلدة.", 7),
        ("قتل تسعة جنود منذ اندلعت المعارك يوم الثلاثاء في محيط المطار.", 9),
        ("ومنذ بدء الهجوم أمس على الحي قتل 5 مسلحين.", 5),
    ],
)
def test_a_toll_since_a_start_on_a_day_of_the_news_is_that_days_toll(sentence: str, dead: int) -> None:
    assert (dead, "killed") in count_roles(sentence)


def test_a_toll_since_a_campaign_stepped_up_on_no_day_stays_a_total() -> None:
    assert (900, "total") in count_roles("قتل أكثر من 900 شخص منذ كثفت القوات الحكومية عملياتها على الضاحية.")
    assert (300, "total") in count_roles("قتل 300 شخص منذ بدء الحرب، بحسب ما أعلنت الوزارة أمس.")


def test_a_count_joined_after_a_long_group_name_shares_the_toll() -> None:
    roles = count_roles("استشهد 8 من منسوبي قوات الأمن الخاصة بالمنطقة و2 من العاملين في المسجد، فيما أصيب 5 آخرون.")
    assert killed("استشهد 8 من منسوبي قوات الأمن الخاصة بالمنطقة و2 من العاملين في المسجد، فيما أصيب 5 آخرون.") == 10
    assert (5, "wounded") in roles


def test_a_day_of_a_month_still_dates_one_act() -> None:
    assert killed("قتلت القوات ثلاثة متظاهرين قرب الحدود في 5 مارس الماضي.") == 3


@pytest.mark.parametrize(
    "text",
    [
        "قصفت الطائرات الحربية بلدة سراقب في ريف إدلب أمس ما أدى إلى مقتل 7 أشخاص بينهم مختار البلدة "
        "وأربعة أطفال.",
        "قصفت الطائرات الحربية بلدة سراقب في ريف إدلب أمس ما أدى إلى مقتل 7 أشخاص بينهم مختار البلدة "
        "في الريف الشمالي وأربعة أطفال.",
    ],
)
def test_a_count_after_a_breakdown_is_no_further_toll(text: str) -> None:
    doc = extract_text(text, published=dt.date(2018, 5, 20))
    assert [event.fatalities for event in doc.events] == [7]


def test_a_year_before_a_clause_joined_by_and_is_no_count() -> None:
    # "في 2013 وقتل ..." : the year ends its phrase, the next clause tells its own toll
    assert count_roles("وقع هجوم مماثل في 2013 وقتل 3 أشخاص في هجوم على سوق المدينة أمس.") == [(3, "killed")]
