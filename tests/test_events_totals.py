"""Events stage: running totals, campaign tolls and habits are not one-day events."""

import datetime as dt

import pytest

from marsad.pipeline import extract_text

PUBLISHED = dt.date(2019, 3, 6)  # a Wednesday


def events_of(text: str):
    return extract_text(text, published=PUBLISHED).events


@pytest.mark.parametrize("sentence", [
    # a rising count since a campaign began, told with the noun "ارتفاع"
    "وأفادت مصادر طبية ارتفاع عدد القتلى في صفوف المسلحين منذ انطلاق معركة تحرير مدينة سرت، إلى نحو 180 قتيلا.",
    # the same told with "ليرتفع"
    "وقالت مصادر إن الاشتباكات مستمرة ليرتفع عدد القتلى في صفوف القوات إلى 90 منذ انطلاقة الحملة.",
])
def test_a_rising_campaign_toll_is_not_an_event(sentence: str) -> None:
    assert events_of(sentence) == []


@pytest.mark.parametrize("sentence", [
    "وشنت الطائرات الإسرائيلية غارات على مواقع في مدينة خان يونس خلال الأسابيع الأخيرة.",
    "واقتحم مستوطنون باحات المسجد الأقصى في القدس مرات عديدة خلال الأشهر الماضية.",
])
def test_acts_told_over_the_last_weeks_or_months_are_a_period_total(sentence: str) -> None:
    assert events_of(sentence) == []


def test_regular_strikes_are_a_habit() -> None:
    sentence = "وتشن المقاتلات الروسية بانتظام غارات على مواقع المسلحين في ريف إدلب الجنوبي."
    assert events_of(sentence) == []


def test_a_dated_strike_followed_by_its_rising_toll_keeps_its_own_event() -> None:
    events = events_of("قتل أربعة مدنيين في غارة جوية على بلدة سراقب أمس، ليرتفع عدد القتلى منذ بدء الهجوم إلى 60.")
    assert [e.sub_event_type for e in events] == ["Air/drone strike"]
    assert events[0].event_date == "2019-03-05"


def test_a_toll_counted_over_several_days_is_not_the_dated_strikes_toll() -> None:
    events = events_of("استأنفت الطائرات الحربية أمس غاراتها على بلدة عربين حيث قتل 300 مدني خلال ثمانية أيام من القصف.")
    assert [e.sub_event_type for e in events] == ["Air/drone strike"]
    assert events[0].event_date == "2019-03-05" and events[0].fatalities == 0


def test_deaths_counted_over_weeks_of_strikes_told_on_the_report_day_are_a_running_total() -> None:
    sentence = ("وقالت الوكالة اليوم إن نحو 200 مسلح قتلوا خلال ثلاثة أسابيع من الغارات الجوية على قواعد "
                "المتمردين في شمال سوريا.")
    assert events_of(sentence) == []


def test_a_toll_during_a_named_month_stays_the_acts_toll() -> None:
    events = events_of("قتل خمسة مدنيين أمس في غارة جوية على بلدة أريحا خلال شهر رمضان.")
    assert [e.fatalities for e in events] == [5]


@pytest.mark.parametrize("sentence", [
    "وقتل أكثر من ثلاثة آلاف مدني منذ 20 كانون الثاني في القصف التركي على منطقة عفرين.",
    "وقتل أكثر من 8 آلاف شخص منذ الأول من شباط في الغارات الروسية على ريف إدلب.",
])
def test_a_toll_since_a_calendar_day_in_a_strike_is_a_running_total(sentence: str) -> None:
    assert events_of(sentence) == []


def test_a_strike_followed_by_a_toll_since_a_calendar_day_keeps_its_event() -> None:
    events = events_of("وقصفت الطائرات الروسية بلدة سراقب، ليرتفع عدد القتلى منذ 20 كانون الثاني إلى 300.")
    assert [e.location_ar for e in events] == ["سراقب"]


def test_a_toll_since_a_calendar_day_with_a_share_between_commas_is_a_running_total() -> None:
    assert events_of("وقتل أكثر من ثلاثة آلاف مدني، بينهم 900 طفل، منذ 20 كانون الثاني في القصف على عفرين.") == []


def test_a_strike_on_a_town_shelled_since_a_calendar_day_keeps_its_dead() -> None:
    events = events_of("وقتل 5 أشخاص في غارة على بلدة سراقب التي تتعرض للقصف منذ 20 كانون الثاني.")
    assert [e.fatalities for e in events if e.trigger == "غارة"] == [5]


@pytest.mark.parametrize("sentence", [
    "وقال قائد الفصيل في درعا: لقد هزمنا التنظيم في كل معركة خضناها ضده.",
    "وفي كل مرة يقصف فيها الطيران بلدة معرة النعمان يفر السكان إلى البساتين.",
])
def test_every_battle_or_every_time_is_a_habit(sentence: str) -> None:
    assert events_of(sentence) == []


@pytest.mark.parametrize("sentence", [
    # since a truce took hold, the count before or after the since-phrase
    "وقتل 40 مدنيا في ريف إدلب منذ سريان الهدنة.",
    "وارتكبت القوات 60 خرقا للهدنة منذ سريانها في الأول من شباط، مما أسفر عن مقتل 25 مدنيا.",
    "وقالت مصادر طبية إن 30 مدنيا قتلوا في غارات على ريف حماة، منذ سريان اتفاق التهدئة في 10 كانون الثاني.",
    # since a deal was reached, a ceasefire began, or the war came back
    "وقتل 70 شخصا في القصف على مدينة تعز منذ التوصل إلى الاتفاق.",
    "وقتل 55 مدنيا في ريف درعا منذ وقف إطلاق النار.",
    "وقتل أكثر من 200 مدني في الغارات على ريف إدلب منذ استئناف المعارك.",
])
def test_a_toll_since_a_truce_took_hold_or_the_war_came_back_is_a_running_total(sentence: str) -> None:
    assert events_of(sentence) == []


@pytest.mark.parametrize("sentence", [
    "وقتل خمسة مدنيين أمس في غارة على بلدة سراقب، في أعنف هجوم منذ سريان الهدنة.",
    "وقتل 12 مدنيا أمس في قصف على بلدة أريحا هو الأول منذ استئناف المعارك.",
])
def test_a_dated_strike_compared_with_the_time_since_a_truce_keeps_its_dead(sentence: str) -> None:
    assert [e.fatalities for e in events_of(sentence)] in ([5], [12])
