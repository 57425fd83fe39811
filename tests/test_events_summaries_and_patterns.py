"""Summaries and general patterns told in news: no events.

Sentences are invented.  A toll counted since a side took a town, within some
weeks, or since a campaign began weeks ago; a monitor's count of thousands of
strikes; a month that "saw" attacks; a rights group's account of what a side
does across a country: none is one act at one place and time (EVENTS.md §2:
running totals and generic statements are not events).  The dated acts
beside them are still reported.
"""

from __future__ import annotations

import datetime as dt

import marsad

DAY = dt.date(2019, 5, 20)


def _events(text: str):
    return marsad.extract(text, published=DAY).events


def _kinds(text: str) -> list[tuple[str, str | None, int]]:
    return [(e.sub_event_type, e.event_date, e.fatalities) for e in _events(text)]


def test_killings_since_a_group_took_the_town_are_a_total():
    text = "وأعدم المسلحون أكثر من 800 شخص في مدينة الرقة منذ سيطرتهم عليها في شهر آذار 2014."
    assert all(e.sub_event_type != "Attack" for e in _events(text))


def test_killings_since_a_takeover_told_after_a_comma_are_a_total():
    text = "وطالب المجلس بمحاسبة المسلحين بعد إعدامهم أكثر من 800 شخص من سكان الرقة، منذ سيطرتهم على المدينة صيف 2014."
    assert all(e.sub_event_type != "Attack" for e in _events(text))


def test_more_than_a_count_is_no_comparison_with_the_period():
    assert _events("وقتل أكثر من 300 مدني في محافظة درعا منذ اندلاع المعارك.") == []


def test_deadliest_day_since_the_war_began_is_still_reported():
    text = "وكان أمس أكثر الأيام دموية منذ بدء الحرب، إذ قتل 40 شخصا في قصف على مدينة حلب أمس."
    assert _kinds(text) == [("Shelling/artillery/missile attack", "2019-05-19", 40)]


def test_toll_within_some_weeks_is_a_total():
    assert _events("وقتل أكثر من 90 شخصا في مدينة درنة في غضون خمسة أسابيع.") == []


def test_toll_of_a_siege_that_began_weeks_ago_is_a_total():
    assert _events("وأدى الحصار، الذي بدأ في الثالث من آذار الماضي، إلى مقتل 900 مدني في مدينة حلب.") == []


def test_attack_that_began_yesterday_is_still_reported():
    text = "وأسفر الهجوم الذي بدأ فجر أمس على مدينة حلب عن مقتل 30 جنديا."
    assert [(e.event_date, e.fatalities) for e in _events(text)] == [("2019-05-19", 30)]


def test_monitor_count_of_a_day_below_the_floor_is_reported():
    text = "ووثق ناشطون أكثر من 150 غارة جوية على أحياء مدينة درعا."
    assert [e.sub_event_type for e in _events(text)] == ["Air/drone strike"]


def test_monitor_count_of_thousands_of_strikes_is_a_tally():
    text = "في حين وثقت الشبكة قيام طائرات النظام الحربية بتنفيذ ما لا يقل عن 9000 غارة، استهدفت مدنا في محافظات حلب وإدلب وحماة."
    assert _events(text) == []


def test_monitor_count_of_strikes_since_last_night_is_reported():
    text = "وأحصى المرصد تنفيذ أكثر من 1200 غارة منذ ليل أمس، استهدفت بلدات في ريف حماة الشمالي."
    assert [e.sub_event_type for e in _events(text)] == ["Air/drone strike"]


def test_month_that_saw_bombings_is_no_event():
    assert _events("وشهد شهر شباط هذا العام موجة من العنف مع وقوع تفجيرات انتحارية في أسواق مدينة كابول.") == []


def test_day_that_saw_a_bombing_is_reported():
    assert [e.sub_event_type for e in _events("وشهد يوم الجمعة تفجيرا انتحاريا في سوق مدينة كابول.")] == ["Suicide bomb"]


def test_what_forces_do_across_a_country_is_a_pattern():
    text = "وقالت منظمة حقوقية إن القوات الحكومية في ميانمار تعتقل الصحفيين بشكل تعسفي وتقصف القرى بشكل عشوائي."
    assert _events(text) == []


def test_shelling_of_a_town_told_in_the_present_is_reported():
    assert [e.location for e in _events("وتقصف الطائرات الحربية منذ صباح اليوم أحياء مدينة حلب.")] == ["Aleppo"]


def test_strikes_a_base_is_used_for_across_a_country_are_a_pattern():
    text = "وتملك روسيا قاعدة جوية في سوريا تشن من خلالها غارات جوية دعما للجيش السوري."
    assert _events(text) == []


def test_acts_over_years_of_an_insurgency_are_a_total():
    assert _events("وشنت الجماعة سلسلة هجمات دامية في شمال شرق نيجيريا خلال ست سنوات من التمرد.") == []


def test_deadliest_attack_in_a_year_is_still_reported():
    text = "وقتل 20 جنديا في هجوم على قاعدة عسكرية في ولاية بورنو أمس، هو الأعنف خلال عام."
    assert [(e.event_date, e.fatalities) for e in _events(text)] == [("2019-05-19", 20)]



def test_hundreds_killed_across_a_country_with_no_day_is_a_total():
    assert _events("وقتل أكثر من 700 شخص في نيجيريا على يد المسلحين.") == []


def test_one_bombing_in_a_country_with_no_day_is_reported():
    text = "وقتل 150 شخصا في هجوم انتحاري على مسجد في أفغانستان."
    assert [(e.sub_event_type, e.fatalities) for e in _events(text)] == [("Suicide bomb", 150)]


def test_deaths_since_a_leader_took_office_weeks_ago_are_a_total():
    text = "ويواجه الرئيس موجة من العنف منذ تسلمه مهامه في 29 آذار، حيث قتل أكثر من 600 شخص في البلاد."
    assert _events(text) == []


def test_protests_that_lasted_weeks_are_a_summary():
    assert _events("واندلعت احتجاجات عنيفة استمرت أسابيع في العاصمة بغداد.") == []


def test_clashes_that_lasted_hours_are_reported():
    text = "واندلعت اشتباكات عنيفة استمرت ساعات في مدينة تعز أمس."
    assert [(e.sub_event_type, e.event_date) for e in _events(text)] == [("Armed clash", "2019-05-19")]


def test_toll_a_war_on_a_city_caused_is_a_total():
    assert _events("وقال المتحدث إن العدوان على مدينة الموصل تسبب في مقتل أكثر من 300 مدني.") == []


def test_strike_announced_by_a_war_ministry_is_reported():
    text = "وأعلنت وزارة الحرب أن غارة على مدينة الموصل أسفرت أمس عن مقتل 5 مسلحين."
    assert [(e.sub_event_type, e.fatalities) for e in _events(text)] == [("Air/drone strike", 5)]


def test_arrests_since_a_time_told_before_are_a_total():
    assert _events("ومنذ ذلك الوقت اعتقلت قوات الأمن 90 ناشطا في مدينة حمص.") == []


def test_hundreds_detained_across_a_country_with_no_day_is_a_pattern():
    text = "وقالت منظمة حقوقية إن قوات الأمن اعتقلت تعسفيا مئات الأشخاص في إيران واحتجزتهم دون محاكمة."
    assert _events(text) == []


def test_mass_arrest_in_a_city_is_reported():
    assert [e.location for e in _events("واعتقلت الشرطة التركية 300 شخص في مدينة إسطنبول.")] == ["Istanbul"]


def test_journalists_killed_around_the_world_in_a_year_are_a_total():
    text = "وقال الاتحاد في تقرير اليوم إن العام كان داميا، إذ قتل خلاله 90 صحفيا حول العالم، نصفهم في سوريا."
    assert _events(text) == []


def test_an_act_of_the_following_year_in_a_history_is_not_coded():
    assert _events("وسيطر المسلحون على المدينة عام 2014، وفي العام التالي سيطروا على مدينة تدمر.") == []


def test_a_toll_over_a_list_of_countries_is_a_total():
    text = "وتبنى المتشددون موجة هجمات أودت بحياة 90 شخصا هذا الأسبوع في الصومال وكينيا ونيجيريا."
    assert _events(text) == []


def test_a_toll_in_one_country_with_a_named_attack_is_reported():
    text = "وقتل تسعة أشخاص أمس في هجوم على حافلة في الصومال."
    assert [k[2] for k in _kinds(text)] == [9]


def test_a_lead_totalling_a_series_of_attacks_across_a_country_is_not_an_event():
    text = ("قتل 28 شخصا أمس في سلسلة هجمات في أنحاء البلاد. وقتل 15 شخصا في انفجار سيارة مفخخة في سوق بمدينة "
            "كركوك. وقتل ثمانية جنود في هجوم على حاجز في مدينة سامراء.")
    assert sorted(e.fatalities for e in _events(text)) == [8, 15]


def test_a_series_of_strikes_on_a_named_province_is_reported():
    text = "قتل 14 مدنيا أمس في موجة غارات على مناطق متفرقة من ريف حماة."
    assert [k[2] for k in _kinds(text)] == [14]


def test_hundreds_killed_in_strikes_dated_only_by_a_month_are_a_total():
    text = "وقتل الشهر الماضي أكثر من 250 مدنيا في غارات على محافظة حماة."
    assert _events(text) == []


def test_a_single_bombing_dated_by_a_month_keeps_its_toll():
    text = "وقتل 45 شخصا الشهر الماضي في تفجير انتحاري استهدف مسجدا في مدينة الموصل."
    assert [e.fatalities for e in _events(text)] == [45]
