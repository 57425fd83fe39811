"""Mends from the second code review of session 25's rules: each test is a made-up
sentence on which a new rule misfired, and what the sentence must give."""

import datetime as dt

import marsad

DAY = dt.date(2018, 7, 20)


def _events(text: str) -> list[tuple[str, int]]:
    return [(e.sub_event_type, e.fatalities) for e in marsad.extract(text, published=DAY).events]


def test_a_prison_hunger_strike_is_no_riot():
    events = _events("أعلن الأسرى في سجن النقب الإضراب المفتوح عن الطعام والعصيان يوم الخميس.")
    assert ("Violent demonstration", 0) not in events


def test_protesters_denouncing_violence_protest_peacefully():
    events = _events("تظاهر مئات المواطنين في مدينة عدن يوم الخميس ورفع المتظاهرون لافتات تندد بأعمال العنف.")
    assert [sub for sub, _ in events] == ["Peaceful protest"]


def test_protests_turning_into_violence_stay_a_riot():
    events = _events("تحولت الاحتجاجات في البصرة أمس إلى أعمال عنف وأحرق المحتجون مبنى المحافظة.")
    assert [sub for sub, _ in events] == ["Violent demonstration"]


def test_one_ambush_a_report_counts_at_its_month_stays_an_event():
    events = _events("قتل 12 جنديا في كمين نصبه مسلحون في ولاية زمفارا في يوليو الجاري، بحسب تقرير للجيش.")
    assert events == [("Armed clash", 12)]


def test_fighting_going_on_since_this_morning_is_news():
    events = _events("وصلت تعزيزات عسكرية يوم الخميس إلى مدينة درنة حيث تدور اشتباكات متواصلة منذ صباح اليوم "
                     "بين الجيش الليبي ومسلحين.")
    assert [sub for sub, _ in events] == ["Armed clash"]


def test_an_aside_ranking_a_strike_since_a_day_keeps_its_toll():
    events = _events("أسفر القصف الجوي على مدينة دوما، الأعنف منذ بدء الحملة العسكرية في 18 فبراير، "
                     "عن مقتل 30 مدنيا.")
    assert events == [("Air/drone strike", 30)]
