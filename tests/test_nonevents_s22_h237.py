"""Non-events (session 22, H237): history told with only a year, an old date closing a
relative clause on the dead, tallies over a named war, and the act someone is suspected
of are no acts of the publication day (EVENTS.md sections 1 and 2)."""

import datetime as dt

from marsad.pipeline import extract_text
from marsad.stages.dates import find_expressions

PUBLISHED = dt.date(2018, 8, 1)
NEWS = "قتل ثلاثة جنود أمس الثلاثاء في هجوم مسلح على حاجز للجيش قرب مدينة القصرين."


def _main(text: str, published: dt.date = PUBLISHED) -> list:
    """The article's events of the main table (not background)."""
    return [e for e in extract_text(NEWS + "\n" + text, published=published).events if not e.background]


def test_a_bare_year_before_a_past_verb_is_a_year_not_a_count() -> None:
    rules = [(c.rule, c.groups.get("bare")) for c in find_expressions("وفي 2015 وقع هجومان في مدينه سوسه")]
    assert rules == [("year", "2015")]
    # a counted noun after the number keeps it a count
    assert find_expressions("تسبب في 2000 حاله اختناق") == ()


def test_a_year_told_alone_with_its_end_or_start_is_that_year() -> None:
    found = find_expressions("وفي هجوم اخر وقع في نهايه 2015 قتل 14 حارسا")
    assert [(c.rule, c.groups.get("season")) for c in found] == [("year", "2015")]


def test_attacks_of_an_earlier_year_told_with_the_bare_year_are_history() -> None:
    events = _main("وفي 2015 وقع هجومان على فندق في سوسة أسفرا عن مقتل عشرات السياح.")
    assert [e.trigger for e in events] == ["قتل"]


def test_a_killing_at_the_end_of_an_earlier_year_is_history() -> None:
    events = _main("وفي هجوم آخر وقع في نهاية 2015، قتل 14 من الحرس الرئاسي عندما فجر مهاجم حافلتهم.")
    assert [e.trigger for e in events] == ["قتل"]


def test_the_battle_a_dead_commander_fell_in_takes_the_old_date_of_his_relative_clause() -> None:
    text = ("والشاب هو ابن قائد الميليشيا الذي قتل في آذار/مارس 2014 في المعارك ضد الفصائل "
            "في ريف اللاذقية.")
    events = extract_text(NEWS + "\n" + text, published=PUBLISHED).events
    battle = [e for e in events if e.trigger == "المعارك"]
    assert [(e.event_date, e.time_precision, e.background) for e in battle] == [("2014-03-01", 3, True)]


def test_a_relative_clause_date_still_leaves_the_main_act_its_own_day() -> None:
    text = "وأعدم مسلحو التنظيم أمس أحد الرهائن الذين خطفهم في مارس الماضي قرب الموصل."
    events = _main(text)
    assert "2018-07-31" in [e.event_date for e in events if e.trigger != "قتل"]


def test_strikes_counted_over_a_war_named_by_its_kind_are_a_tally() -> None:
    text = "ووثقت المفوضية وقوع 136 غارة على مستشفيات في القطاع خلال حرب الإبادة التي يشنها الجيش."
    assert [e.trigger for e in _main(text)] == ["قتل"]


def test_the_act_someone_is_suspected_of_is_a_charge_not_an_act() -> None:
    text = "ويعد الرجل واحدا من بين 18 شخصا يشتبه في قتلهم الطيار الروسي في نوفمبر 2015."
    assert [e.trigger for e in _main(text)] == ["قتل"]


def test_gunmen_suspected_of_belonging_to_a_group_still_kill() -> None:
    events = _main("وقتل مسلحون يشتبه في انتمائهم لتنظيم داعش جنديين في هجوم قرب الموصل اليوم.")
    assert len(events) == 2


def test_a_date_before_a_new_verb_does_not_reach_the_acts_after_it() -> None:
    # "وتوقفت المعارك" opens a clause of its own after the relative clause's date
    text = "كانت المناطق من بين مناطق خفض التوتر التي اتفقت عليها الدول قبل أكثر من عام وتوقفت المعارك في المحافظة."
    events = extract_text(NEWS + "\n" + text, published=PUBLISHED).events
    assert all(e.event_date != "2017-08-01" for e in events if e.trigger == "المعارك")


def test_killings_counted_over_an_uprising_are_a_tally() -> None:
    text = "وكان عشرات الآلاف من أبناء القبيلتين قد قتلوا خلال انتفاضة مناهضة للاستعمار."
    assert [e.trigger for e in _main(text)] == ["قتل"]


def test_a_time_named_by_the_clashes_it_witnesses_is_no_act() -> None:
    text = "ويقام المهرجان هذا العام في وقت تشهد فيه الأراضي الفلسطينية مواجهات متواصلة مع القوات الإسرائيلية."
    assert [e.trigger for e in _main(text)] == ["قتل"]


def test_clashes_a_town_witnesses_today_are_still_reported() -> None:
    text = "وتشهد المدينة منذ صباح اليوم مواجهات عنيفة بين الجيش والمسلحين في حي الزهور."
    assert "مواجهات" in [e.trigger for e in _main(text)]


def test_a_killing_defended_is_told_already_not_reported() -> None:
    text = "وكان المتهم الرئيسي في القضية قد دافع عن قتل الطيار في مقطع فيديو نشره على الإنترنت."
    assert [e.trigger for e in _main(text)] == ["قتل"]


def test_the_number_killed_in_a_genocide_is_a_tally() -> None:
    text = "ولا يوجد رقم متفق عليه لعدد من قتلوا في الإبادة، غير أن بعض التقديرات تقول إنهم 100 ألف شخص."
    assert [e.trigger for e in _main(text)] == ["قتل"]


def test_an_act_told_during_the_aggression_is_still_reported() -> None:
    # a live war's dated act "during the aggression on the Strip" is no tally (code review, session 22)
    text = "واستشهد 12 فلسطينيا في قصف إسرائيلي على منزل في رفح أمس خلال العدوان المتواصل على القطاع."
    assert any(e.fatalities == 12 for e in _main(text))
