"""Non-events and recalled history (session 23, H246).

- A strike asked for in a coordinated "و + light verbal noun" ("تتطلب مزيدا من طلعات
  الطيران ...، وتوجيه ضربات إلى ...") is asked for too, like the act before it.
- "From time to time" after an act ("قصف مدفعي كثيف من حين إلى آخر") tells a habit.
- "Whenever" with a present act ("عندما يقتل أجنبي مواطنا") is what happens each time.
- A side "able to" do an act ("يمكنهم تنفيذ هجمات") has not done it.
- A trend as the circumstance of a statement ("ومع عودة التفجيرات ...") reports no act.
- Intruders "storming" websites in a cyber-attack ("اقتحم متسللون المواقع ... هجوم إلكتروني")
  is no physical act.
- A pledge told to say who people are ("الذي بايع التنظيم"، "قتلت ثمانية مسلحين بايعوا
  التنظيم") is a description, not a change to the group; a group's own pledge still is.
- An act dated only by a decade ("في تسعينات القرن الماضي") is recalled history with no
  day to code it by; a decade of a person's age ("في الستينات من عمره") is no date.
Real acts told beside each cue stay events.
"""

from __future__ import annotations

import datetime as dt

import marsad
from marsad.stages.dates import find_expressions
from marsad.text import normalize

DAY = dt.date(2015, 7, 24)


def _types(text: str, day: dt.date = DAY) -> list[str]:
    return [e.sub_event_type for e in marsad.extract(text, published=day).events]


def test_strikes_asked_for_in_a_light_noun_conjunct_are_no_event():
    text = ("وقال عضو المجلس إن عملية تحرير المحافظة، تتطلب مزيدا من طلعات طيران التحالف الدولي "
            "لاستهداف أرتال التنظيم القادمة من الحدود، وتوجيه ضربات إلى تجمعات عناصره في مدينة الرمادي.")
    assert _types(text) == []


def test_a_light_noun_verb_after_a_request_still_reports_its_act():
    # "وشن" is also the past verb: the strikes told after it were carried out.
    text = ("طالب المجلس بتكثيف الدعم للقوات في مدينة الرمادي، وشن طيران التحالف أمس غارات على "
            "مواقع التنظيم في المدينة.")
    assert "Air/drone strike" in _types(text)


def test_shelling_from_time_to_time_is_a_habit():
    text = ("ورأى الخبير أن كل ما يمكن أن يفعله الجيش هو اتباع السياسة ذاتها مع بلدة دوما في "
            "ريف دمشق من قصف مدفعي وصاروخي كثيف من حين إلى آخر.")
    assert _types(text) == []


def test_shelling_on_a_day_is_still_reported():
    text = "قصفت قوات النظام بلدة دوما في ريف دمشق صباح اليوم، ما أدى إلى مقتل ثلاثة مدنيين."
    assert _types(text) == ["Shelling/artillery/missile attack"]


def test_whenever_with_a_present_act_is_no_event():
    text = "وفي مصر، عندما يقتل أجنبي مواطنا في القاهرة تنحدر لغة بعض وسائل الإعلام وتبدأ نشر الكراهية."
    assert _types(text) == []


def test_when_with_a_past_act_still_reports_it():
    text = "أصيب ثلاثة أشخاص في مدينة درعا عندما سقطت قذيفة هاون على منزلهم صباح اليوم."
    assert _types(text) == ["Shelling/artillery/missile attack"]


def test_attacks_a_side_is_able_to_carry_out_are_no_event():
    text = "وقال الخبير إن الصحراء قريبة من المدن، مما يعني أن المتشددين يمكنهم تنفيذ هجمات في مدينة العريش."
    assert _types(text) == []


def test_a_trend_as_a_circumstance_is_no_event():
    text = ("ومع عودة التفجيرات في بغداد وسقوط قتلى وجرحى بين المدنيين في أحياء متفرقة، طالب "
            "النائب القوات الأمنية بتفعيل الجهد الاستخباري.")
    assert _types(text) == []


def test_a_cyber_attack_on_websites_is_no_event():
    text = ("أعلنت منظمة أميركية للصحة أن عطلا طرأ على الدخول إلى مواقعها بعد أن اقتحم متسللون هذه "
            "المواقع في ثاني هجوم إلكتروني تتعرض له في الولايات المتحدة هذا الأسبوع.")
    assert _types(text) == []


def test_a_raid_on_a_house_is_still_an_event():
    text = "اقتحمت قوات الأمن منزل الناشط في مدينة الخليل أمس وصادرت أجهزة الحاسوب الخاصة به."
    assert _types(text) != []


def test_an_act_dated_only_by_a_decade_is_recalled_history():
    text = "واغتيل القيادي في الحركة في مدينة غزة خلال تسعينيات القرن الماضي."
    assert _types(text) == []
    [found] = find_expressions(normalize("اغتيل في مطلع الثمانينات من القرن الماضي"))
    assert found.rule == "year" and found.groups["decade"] == "ثمانين"


def test_a_decade_of_age_is_no_date():
    assert not [c for c in find_expressions(normalize("قتل رجل في الستينات من عمره")) if c.rule == "year"]
    text = "قتل رجل في الستينات من عمره في قصف على مدينة العريش أمس."
    assert _types(text) == ["Shelling/artillery/missile attack"]


def _group_changes(text: str) -> list[str]:
    return [e.sub_event_type for e in marsad.extract(text, published=DAY).events
            if e.sub_event_type == "Change to group/activity"]


def _pledge_triggers(text: str) -> list[str]:
    doc = marsad.extract(text, published=DAY)
    return [m.text for m in doc.of_kind("trigger") if m.attrs.get("pattern_id") == "group_change"]


def test_a_pledge_describing_people_is_no_group_change():
    assert _pledge_triggers("وأقدم الشاب الذي بايع تنظيم الدولة الإسلامية على قتل شرطي في مدينة باريس.") == []
    assert _group_changes("وأعلن الجيش أنه قتل في مدينة درنة أمس خمسة مسلحين بايعوا تنظيم داعش.") == []


def test_a_groups_own_pledge_is_still_a_group_change():
    assert _pledge_triggers("أعلنت جماعة أنصار بيت المقدس في سيناء أمس أنها بايعت تنظيم داعش.") == ["بايعت"]
    assert _group_changes("أعلنت جماعة أنصار بيت المقدس في سيناء أمس أنها بايعت تنظيم داعش.") == [
        "Change to group/activity"]
