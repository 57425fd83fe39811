"""Non-events of the news, checked on invented sentences.

Firecrackers that went off in someone's hands ("انفجار مفرقعات") are an
accident, while a bomb, or a blast at a fairground, stays an attack.  The case
of a killing ("أثارت قضية مقتل الطالب غضبا") names a killing told before; a
killing over an old feud ("على خلفية قضية ثأر") is still reported.  A
condemnation that gives the act it names no day of its own, in the lead or
after it, leaves the act news: a statement article is often an outlet's only
report of it.  Fire in a drill
("تدريبات على إطلاق النار") is no attack, while fire at a drill, or a shooting
at a training camp ("معسكر تدريب"), stays one.
"""

from __future__ import annotations

import datetime as dt

import marsad

DAY = dt.date(2015, 8, 9)


def _events(text: str) -> list[tuple[str, bool]]:
    return [(e.sub_event_type, e.background) for e in marsad.extract(text, published=DAY).events]


def test_firecrackers_that_went_off_are_an_accident() -> None:
    assert _events("انفجرت مفرقعات في يد طفل في حي الشاطئ بمدينة جدة أمس ما أدى لإصابته بجروح.") == []


def test_a_blast_at_a_fairground_stays_a_blast() -> None:
    text = "وقع انفجار أمس في مدينة الألعاب في مدينة الرياض أسفر عن مقتل ثلاثة أطفال."
    assert len(_events(text)) == 1


def test_a_bomb_in_the_same_words_stays_an_attack() -> None:
    text = "انفجرت عبوة ناسفة في حي الشاطئ بمدينة جدة أمس ما أدى لإصابة طفل بجروح."
    assert [sub for sub, _ in _events(text)] == ["Remote explosive/landmine/IED"]


def test_the_case_of_a_killing_is_no_new_killing() -> None:
    assert _events("وأثارت قضية مقتل الطالب في لندن غضبا واسعا.") == []


def test_a_killing_over_an_old_feud_is_still_reported() -> None:
    text = "وعلى خلفية قضية ثأر قديمة قتل مسلحون أمس شخصين في مدينة سوهاج."
    assert [bg for _, bg in _events(text)] == [False]


def test_a_condemned_act_with_no_day_of_its_own_stays_news() -> None:
    # a statement article is often an outlet's only report of a fresh act
    text = ("زار أمير المنطقة المصابين في المستشفى.\n"
            "واستنكر المحافظ التفجير الإرهابي الذي وقع في مسجد بمدينة أبها واستهدف المصلين.")
    assert _events(text) == [("Remote explosive/landmine/IED", False)]


def test_a_lead_condemnation_may_be_the_only_report_of_a_fresh_act() -> None:
    text = "أدانت الخارجية الهجوم الذي استهدف دورية للجيش في مدينة أبها وأدى لمقتل جنديين."
    assert [bg for _, bg in _events(text)] == [False]


def test_a_condemned_act_dated_to_the_day_stays_news() -> None:
    text = "استنكر المحافظ التفجير الإرهابي الذي وقع في مسجد بمدينة أبها أمس السبت واستهدف المصلين."
    assert [bg for _, bg in _events(text)] == [False]


def test_firing_in_a_drill_is_no_attack() -> None:
    assert _events("أجرى الجيش تدريبات على إطلاق النار بالذخيرة الحية في صحراء النقب أمس.") == []


def test_a_shooting_at_a_training_camp_stays_an_event() -> None:
    text = "أطلق مسلحون النار على معسكر تدريب للشرطة في مدينة الرمادي أمس فقتلوا جنديين."
    assert [bg for _, bg in _events(text)] == [False]


def test_fire_at_a_drill_is_still_an_attack_on_it() -> None:
    # the drill words exclude a shooting only when they frame it from before
    text = "أطلق مسلحون النار على مناورات للجيش قرب مدينة العريش أمس فقتلوا جنديين."
    assert len(_events(text)) == 1
