"""Non-events coded as events (EVENTS.md §2), each class checked on invented sentences.

A story whose lead names a road accident is the accident's: its bare deaths and
the tyre that burst are no attack or bombing, while a car bomb story that names
an overturned bus stays a bombing; a toll over a period between two days is a
running total; a warning of the consequences of an act ("من مغبة"), fear of an
act with its owner between ("تخوف قادتها من")، planning an act ("للتخطيط ل")
and leave given for an act ("السماح ل... بشن") do not report it; fighting waged
"since more than a year" is a standing war, not one clash; and an act named as
the charge of a trial ("لمحاكمة المتهمين ب") is legal news, not a new act; a bomb
found "معدة للتفجير" has not gone off; signs of attacks ("مؤشرات على") and a
withdrawal a plan includes ("خطة تتضمن") are not reports of them; deaths "since
a campaign was stepped up" are a running total.
"""

from __future__ import annotations

import datetime as dt

from marsad.pipeline import extract_text

DAY = dt.date(2017, 9, 14)


def _events(text: str, title: str | None = None):
    return extract_text(text, published=DAY, title=title).events


def test_bare_deaths_and_a_burst_tyre_in_a_road_accident_story_are_the_accident_s():
    title = "وفاة ثلاثة أشخاص في حادث مروري بحائل"
    text = ("لقي ثلاثة أشخاص مصرعهم أمس إثر اصطدام سيارتهم بشاحنة على طريق حائل القصيم.\n\n"
            "وفي حادث آخر أدى انقلاب حافلة صباح أمس على طريق تبوك إلى مصرع سائقها وإصابة خمسة ركاب.\n\n"
            "كما انقلبت سيارة في بريدة ما أسفر عن إصابة سائقها، ووقع الحادث إثر انفجار أحد إطاراتها.")
    assert _events(text, title) == []


def test_forces_clashing_with_a_crowd_or_a_coup_in_the_lead_make_no_road_story():
    clash = "اصطدمت قوات الأمن بالمتظاهرين في وسط بغداد يوم الجمعة. وقال مصدر طبي إن ثلاثة أشخاص قتلوا."
    coup = "منذ أن انقلب الحوثيون على الحكومة الشرعية تعيش اليمن حربا مدمرة. وقتل خمسة مدنيين الخميس في مدينة تعز."
    assert [e.fatalities for e in _events(clash)] == [3]
    assert [e.fatalities for e in _events(coup)] == [5]


def test_a_car_bomb_story_that_names_an_overturned_bus_stays_a_bombing():
    text = ("قتل عشرة أشخاص في انفجار سيارة مفخخة في سوق شعبي ببغداد أمس.\n\n"
            "وأدى الانفجار إلى انقلاب حافلة كانت تمر بالمكان.")
    events = _events(text)
    assert [e.sub_event_type for e in events] == ["Remote explosive/landmine/IED"]


def test_a_toll_over_a_period_between_two_days_is_a_running_total():
    text = "وقال المتحدث العسكري إن 40 مسلحا قتلوا في شمال سيناء في الفترة بين 3 و12 سبتمبر الجاري."
    assert _events(text) == []


def test_a_dated_act_before_an_unrelated_period_stays_reported():
    text = "قتلت القوات 12 مسلحا في مدينة رفح المصرية أمس، في الفترة التي شهدت هدوءا نسبيا."
    assert _events(text)


def test_a_warning_of_the_consequences_of_an_act_does_not_report_it():
    text = "وحذرت البعثة الأممية طرفي النزاع في مدينة سبها من مغبة الاستمرار في قصف الأحياء السكنية."
    assert _events(text) == []


def test_fear_of_an_act_with_its_owner_between_does_not_report_it():
    text = "وعبر السكان في مدينة درعا عن مخاوف كبيرة من هجوم لقوات النظام على المدينة."
    assert _events(text) == []


def test_planning_an_act_does_not_report_it():
    text = "وكان الرجل يقود خلية تضم مقاتلين انتقلوا إلى سوريا للتخطيط لاعتداءات ضد الولايات المتحدة."
    assert _events(text) == []


def test_leave_given_for_strikes_does_not_report_them():
    text = "وقال مسؤولون إن أنقرة وافقت على السماح للطائرات الأمريكية بشن غارات انطلاقا من قاعدة قرب الحدود."
    assert _events(text) == []


def test_strikes_told_with_leave_refused_to_others_stay_reported():
    text = "وقصفت الطائرات التركية مواقع لداعش في مدينة جرابلس السورية مساء أمس، دون السماح بدخول الصحفيين."
    assert [e.sub_event_type for e in _events(text)] == ["Air/drone strike"]


def test_fighting_waged_for_more_than_a_year_is_no_one_clash():
    text = "ويخوض المسلحون والقوات الحكومية معارك على عدة جبهات في مدينة سبها منذ أكثر من عام."
    assert _events(text) == []


def test_fighting_waged_since_yesterday_stays_reported():
    text = "وتخوض القوات منذ أمس معارك عنيفة مع المسلحين في مدينة سبها."
    assert _events(text)


def test_the_bombing_a_trial_hears_is_no_new_act():
    text = ("في الجلسة الأولى لمحاكمة المتهمين بتفجير مسجد في مدينة الكويت، الذي أودى بحياة 20 شخصا "
            "وجرح 100، أقر المتهم الأول بالتنسيق مع المنفذ.")
    assert _events(text) == []


def test_an_attack_told_after_a_trial_s_adjournment_stays_reported():
    text = "وأجلت المحكمة أمس المحاكمة، فيما قتل مسلحون مجهولون أمس 3 جنود في هجوم على حاجز في مدينة العريش."
    assert _events(text)


def test_a_bomb_found_ready_for_its_blast_has_not_gone_off():
    text = "وعثرت القوات في مدينة العريش على عبوة ناسفة معدة للتفجير تحت جسر."
    assert _events(text) == []


def test_a_bomb_that_went_off_stays_reported():
    text = "وقتل جنديان في انفجار عبوة ناسفة في مدينة العريش أمس."
    assert [e.sub_event_type for e in _events(text)] == ["Remote explosive/landmine/IED"]


def test_signs_of_attacks_do_not_report_them():
    text = "وقالت الوزارة إن هناك مؤشرات على هجمات تستهدف محطات الحافلات في مدينة إسطنبول."
    assert _events(text) == []


def test_a_withdrawal_a_plan_includes_is_not_done():
    text = "وجدد المبعوث الأممي دعوته لوقف إطلاق النار وفقا لخطة تتضمن انسحاب الحوثيين من مدينة عدن."
    assert _events(text) == []


def test_shelling_a_past_operation_included_stays_reported():
    text = "وتضمنت العملية قصفا مدفعيا على مواقع المسلحين في مدينة الرمادي أمس."
    assert [e.sub_event_type for e in _events(text)] == ["Shelling/artillery/missile attack"]


def test_deaths_since_a_campaign_was_stepped_up_are_a_running_total():
    text = "وتفيد تقديرات بأن نحو 500 مدني قتلوا في دوما منذ تكثيف القوات الحكومية حملتها على المنطقة."
    assert _events(text) == []
