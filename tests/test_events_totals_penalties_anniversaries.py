"""Second round of error classes seen on Saudi outlets of 2015, each checked on invented sentences.

A report's running total and its breakdown are no acts (a total's causes,
a range since months ago up to today, the shares told after it); a toll
risen "from N to M" is M; a count glued to the partitive, a bare count after
"إضافة إلى" and a death verb set in quotes still count; "لقي N ... حتفهم"
reaches past a parenthesized aside; an anniversary of a killing, a court's
penalty and a crash from a technical failure are no acts; "بواسطة" and
"غيلة" are no places; security as a good ("نعمة الأمن والأمان") is no
police; investigators of a bombing named as its topic are not its authors,
nor is anyone before a relative verb whose antecedent is the act; a
decision taken ("تقرر تنظيم") awaits its act; "في اليوم نفسه" is the day
named before it.
"""

from __future__ import annotations

import datetime as dt

import marsad

DAY = dt.date(2015, 7, 23)


def _events(text: str):
    return marsad.extract(text, published=DAY).events


def test_acts_named_as_the_cause_of_a_total_up_to_today_are_no_events():
    text = ("وذكرت المنظمة أن العدد الإجمالي للقتلى ارتفع إلى 4100 جراء الغارات الجوية والقصف الصاروخي "
            "على مناطق في محافظة إدلب منذ 12 تشرين الأول / أكتوبر 2014، وحتى صباح اليوم.")
    assert _events(text) == []


def test_a_short_range_up_to_today_still_dates_the_act():
    text = "قتل خمسة مدنيين في قصف على مدينة دوما منذ مساء أمس وحتى صباح اليوم."
    assert [e.fatalities for e in _events(text)] == [5]


def test_the_shares_told_after_a_total_are_a_breakdown_not_acts():
    text = ("وقالت المنظمة إن العدد الإجمالي للقتلى منذ بداية العام بلغ 5200. وأوضحت أن 3100 منهم من "
            "عناصر التنظيم قتلوا جراء غارات التحالف على مواقعهم في محافظات الرقة ودير الزور والحسكة. "
            "كما لقي ما لا يقل عن 240 مسلحا من الجبهة (فرع القاعدة في البلاد) حتفهم جراء غارات على "
            "مقراتهم في ريف إدلب الشمالي.")
    assert _events(text) == []


def test_a_small_dated_toll_after_a_total_is_still_an_act():
    text = ("وارتفع العدد الإجمالي للقتلى منذ بداية الحملة إلى 900. وقتل أمس سبعة مدنيين في غارة "
            "جوية على سوق مدينة أريحا.")
    assert [e.fatalities for e in _events(text)] == [7]


def test_a_toll_risen_from_one_number_to_another_is_the_new_one():
    text = "انفجرت سيارة مفخخة في سوق بمدينة كركوك أمس، وقال مسؤول إن حصيلة القتلى ارتفعت من 14 إلى 17 قتيلا."
    assert [e.fatalities for e in _events(text)] == [17]


def test_a_count_glued_to_the_partitive_and_one_after_in_addition_to_are_deaths():
    text = ("وقع انفجار في مقر للشرطة بمدينة الرمادي أمس أدى إلى استشهاد 7من أفراد الشرطة "
            "إضافة إلى 2 من المارة وإصابة 11 آخرين.")
    assert [e.fatalities for e in _events(text)] == [9]


def test_a_death_verb_set_in_quotes_still_counts_its_subject():
    text = 'فجر انتحاري نفسه أمس في سوق مدينة الحلة، وحسب مصادر طبية فإن 12 شخصا "استشهدوا".'
    assert [e.fatalities for e in _events(text)] == [12]


def test_the_anniversary_of_a_killing_adds_no_death():
    text = ("خرج مئات المتظاهرين أمس في مدينة بالتيمور بمناسبة ذكرى مرور عام على مقتل شاب "
            "برصاص الشرطة.")
    assert all(e.fatalities == 0 for e in _events(text))


def test_a_penalty_carried_out_after_a_trial_is_no_act():
    text = "نفذت السلطات أمس في مدينة الدمام الحكم بقتله قصاصا بعد أن قتل رجلا في خلاف."
    assert _events(text) == []


def test_a_crash_from_a_technical_failure_is_no_attack():
    text = ("قتل تسعة جنود أمس في تحطم طائرة عسكرية في ولاية هلمند جنوب أفغانستان بسبب عطل "
            "فني، بحسب مسؤولين محليين.")
    assert _events(text) == []


def test_by_means_of_is_no_village_and_treacherously_is_no_place():
    text = ("قصفت فصائل المعارضة أمس بواسطة صواريخ غراد مواقع قوات النظام في مدينة درعا. "
            "وقال الكاتب إن الإرهاب وصل إلى قتل المصلين غيلة في بيوت الله.")
    assert {e.location for e in _events(text)} == {"Daraa"}


def test_security_as_a_good_is_no_police_force():
    text = ("أدان الوزير التفجير الذي استهدف مسجدا في مدينة أبها أمس. وقال إن استهداف رجال الأمن "
            "في بيت من بيوت الله جريمة تمس نعمة الأمن والأمان في البلاد.")
    assert all(not (e.actor1 or "").startswith("Police") for e in _events(text))


def test_investigators_of_a_bombing_are_not_its_authors():
    text = ("أعلن الوزير أمس أن عناصر من الشرطة تمكنوا من كشف هوية مشتبه به على صلة بالهجوم الانتحاري "
            "الذي استهدف الأحد مدينة ديار بكر.")
    bombs = [e for e in _events(text) if e.sub_event_type == "Suicide bomb"]
    assert bombs and all(not (e.actor1 or "").startswith("Police") for e in bombs)


def test_a_decision_taken_awaits_its_act():
    text = "تقرر تنظيم احتجاجات جديدة في مدينة فيرجسون اليوم."
    assert _events(text) == []


def test_the_same_day_is_the_day_named_before_not_today():
    text = ("قتل تسعة أشخاص الثلاثاء في تفجير سيارة مفخخة في سوق ببلدة الخالص. كما انفجرت عبوة ناسفة "
            "في اليوم نفسه في مدينة بعقوبة، ما أدى إلى مقتل شخصين.")
    dates = {e.location: e.event_date for e in _events(text)}
    assert dates.get("Baqubah") == dates.get("Al Khalis") == "2015-07-21"
