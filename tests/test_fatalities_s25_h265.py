"""Fatalities reported the way unseen news tells them (session 25, H265).

- A body in its dual or possessed form ("جثتي رجلين", "جثتا", "جثته") is a casualty cue,
  like "جثة": two bodies found are two dead, shared out among the places they were found at.
- Massacres in the plural ("مجازر", "مذابح") are deaths with no number (3), like "مجزرة";
  "new" after a massacre tells a fresh one, not a running toll told before.
- A plural of people that may be a dual ("فلسطينيين") described by "أحدهما" past a day set
  off by commas counts 2, not 3.
- A passive killing verb that opens its clause, then where and when it happened, then a
  count of people: the count is the verb's subject, the killed ("وقتل في الغارات ... أكثر
  من 40 مدنيا"), not one person killed and a count with no role.
- An act named after "since" ("منذ سيطرة المسلحين على المدينة") only dates a period: a toll
  told before it in the sentence is the news act's, not its own.
- A toll in the clause of a non-violent act (a withdrawal, a deal) does not tie that act
  to the news: with no place or day of its own it stays a passing mention.
"""

from __future__ import annotations

import datetime as dt

from support import count_roles

import marsad

DAY = dt.date(2018, 3, 14)


def _tolls(text: str) -> list[tuple[str, str | None, int]]:
    return [(e.sub_event_type, e.location, e.fatalities) for e in marsad.extract(text, published=DAY).events]


def test_two_bodies_found_are_two_dead():
    events = _tolls("عثرت دورية للشرطة صباح اليوم على جثتي رجلين مجهولي الهوية بدت عليهما آثار "
                    "طلقات نارية في حي الكرادة وسط بغداد.")
    assert [e[2] for e in events] == [2]


def test_two_bodies_at_two_places_are_one_dead_each():
    events = _tolls("وعثرت قوة أمنية ليل أمس على جثتي رجلين مجهولي الهوية في منطقتي المنصور والشعلة "
                    "غرب بغداد.")
    assert sorted(e[2] for e in events) == [1, 1]


def test_plural_massacres_are_deaths_with_no_number():
    events = _tolls("ارتكبت الطائرات الإسرائيلية فجر الأربعاء مجازر جديدة في مدينة خان يونس جنوب قطاع غزة.")
    assert [e[2] for e in events] == [3]


def test_new_martyrs_still_add_no_toll_of_their_own():
    # "new" dead with no number continue a running toll: no toll of the act's own
    events = _tolls("وأسفرت الغارات على مدينة خان يونس اليوم عن سقوط شهداء جدد.")
    assert [e[2] for e in events] == [0]


def test_a_pair_described_past_a_day_aside_is_two():
    events = _tolls("وكانت القوات الإسرائيلية قتلت فلسطينيين، الجمعة، أحدهما فتى، خلال مواجهات قرب "
                    "مدينة رفح جنوب قطاع غزة.")
    assert [e[2] for e in events] == [2]


def test_a_plural_with_no_pair_described_stays_three():
    events = _tolls("قتلت القوات الإسرائيلية فلسطينيين، الجمعة، خلال مواجهات قرب مدينة رفح جنوب قطاع غزة.")
    assert [e[2] for e in events] == [3]


def test_count_after_a_passive_verb_and_its_adjuncts_is_the_killed():
    events = _tolls("وقتل في الغارات الجوية التي استهدفت بلدة حمورية في الغوطة الشرقية يوم الثلاثاء "
                    "أكثر من 40 مدنيا.")
    assert [e[2] for e in events] == [40]
    assert count_roles("قتل في القصف على البلدة أمس 12 مدنيا.") == [(12, "killed")]


def test_passive_verb_with_a_wounded_count_keeps_its_one_dead():
    # the count has a cue of its own: the wounded, and the verb's one dead stays
    events = _tolls("وقتل في الغارة الجوية على بلدة حمورية في الغوطة الشرقية أمس قائد ميداني وأصيب 12 شخصا.")
    assert [e[2] for e in events] == [1]


def test_an_act_after_since_takes_no_toll_told_before_it():
    text = ("ونقل مصور الوكالة أن خمسة ضحايا على الأقل ما بين قتيل وجريح نقلوا من موقع التفجير في "
            "المدينة، العاصمة المؤقتة للحكومة منذ سيطرة المتمردين على صنعاء في أيلول 2014.")
    changes = [e for e in _tolls(text) if e[0] in ("Non-state actor overtakes territory", "Government regains territory")]
    assert changes and all(e[2] == 0 for e in changes)


def test_a_withdrawal_beside_massacres_is_no_event():
    text = ("وقال رئيس الإقليم في كلمة ألقاها في محافظة نينوى إن الذين ارتكبوا الجريمة لن يفلتوا من العقاب. "
            "ونفذ التنظيم مذابح بحق أبناء الطائفة بعد انسحاب قوات البيشمركة، وصفتها الأمم المتحدة بأنها "
            "إبادة جماعية.")
    assert not [e for e in _tolls(text) if e[0] == "Non-violent transfer of territory"]
