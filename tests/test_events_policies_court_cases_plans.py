"""Non-events found reading Saudi outlets (2015) and five outlets (2018): a war on
terrorism named as a policy, the crimes of the convicted and of those on trial,
acts spread over a span of years, a yearly festival's edition, what a plan
provides for, a choice put to a side, a liberation days before the news, and a
war's toll.  Each non-event sits beside a real act that must still be read."""

from __future__ import annotations

import datetime as dt

from marsad.pipeline import extract_text

DAY = dt.date(2018, 5, 10)


def _events(text: str) -> list:
    return extract_text(text, published=DAY).events


def test_fighting_terrorism_as_such_is_a_policy():
    for text in ('وقال المتحدث إن القائد يخضع لفحوص عادية وإنه سيعود إلى بنغازي "خلال أيام لمواصلة القتال ضد الإرهاب".',
                 "وقال الوزير إن ضباطا روسا وأتراكا يتباحثون بشأن إطلاق عملية عسكرية ضد الإرهاب في إدلب."):
        assert _events(text) == []


def test_an_operation_against_terrorists_is_still_a_fight():
    events = _events("وشنت القوات العراقية أمس عملية عسكرية ضد الإرهابيين في قضاء الحويجة قتل فيها خمسة مسلحين.")
    assert [(e.sub_event_type, e.fatalities) for e in events] == [("Armed clash", 5)]


def test_a_war_on_terrorism_framing_a_real_attack_keeps_it():
    events = _events("وقتل جنديان في هجوم على حاجز في سيناء أمس، في إطار الحرب على الإرهاب.")
    assert [e.fatalities for e in events] == [2]


def test_the_crimes_of_the_convicted_are_charges():
    events = _events("وأعدمت السلطات في سجن الناصرية أمس 12 مدانا بجرائم تشمل تفجير سيارات مفخخة وخطف موظفين.")
    assert not {"Remote explosive/landmine/IED", "Abduction/forced disappearance"} & {e.sub_event_type for e in events}


def test_the_killings_imputed_to_an_accused_on_trial_are_charges():
    assert _events("وجاء الحكم بعد أربع سنوات من محاكمة المتهمة التي تورطت في قتل تسعة أشخاص في مدينة ميونيخ.") == []


def test_acts_spread_over_a_span_of_years_are_a_record():
    assert _events("وقال المسؤول إن الرجل لعب دورا في التفجيرات التي شهدتها مدينة الموصل بين عامي 2005 و2009.") == []


def test_a_yearly_festival_edition_is_no_march():
    assert _events("وسجلت تظاهرة هذه السنة في مدينة سوسة حضور فرق من فرنسا والصين.") == []
    events = _events("وخرجت تظاهرة في مدينة سوسة أمس احتجاجا على غلاء الأسعار.")
    assert [e.sub_event_type for e in events] == ["Peaceful protest"]


def test_what_a_plan_provides_for_has_not_happened():
    assert _events("وقال المسؤول إن الخطة الأمنية في الرمادي تنص على قيام الطيران بقصف مواقع التنظيم داخل المدينة.") == []
    events = _events("وقصف الطيران أمس مواقع التنظيم داخل مدينة الرمادي.")
    assert [e.sub_event_type for e in events] == ["Air/drone strike"]


def test_a_long_plan_still_provides_for_its_last_step():
    text = ("وقال المسؤول إن الخطة الأمنية في الرمادي تسير كما رسم لها، وتنص على إغلاق جميع مداخل المدينة "
            "وقيام الطيران العراقي والدولي بقصف التنظيم داخل المدينة.")
    assert _events(text) == []


def test_a_choice_put_to_a_side_names_no_deal():
    assert _events("وأنذرت روسيا الفصائل في درعا أمس مخيرة إياها بين الموافقة على اتفاق مصالحة "
                   "أو استئناف الحملة العسكرية.") == []


def test_a_liberation_days_before_the_news_is_recalled():
    assert _events("وهبطت طائرة مساعدات في مطار عدن بعد أيام من تحريره من المتمردين الحوثيين.") == []
    events = _events("وهبطت طائرة مساعدات في مطار عدن أمس بعد أيام من تحريره من المتمردين الحوثيين.")
    assert all(e.background for e in events)


def test_days_of_fighting_before_a_strike_are_no_recalled_deed():
    events = _events("وقتل ثلاثة مدنيين في قصف على مدينة تعز أمس بعد ثلاثة أيام من القتال في أحيائها.")
    assert [(e.sub_event_type, e.background) for e in events] == [("Shelling/artillery/missile attack", False)]


def test_a_war_as_the_cause_of_deaths_is_its_toll():
    assert _events("وتسببت الحرب التي قادتها الميليشيات في مدينة عدن في مقتل أكثر من ألف شخص.") == []
    events = _events("وقتل ثلاثة أشخاص في قصف على مدينة عدن أمس.")
    assert [e.fatalities for e in events] == [3]
