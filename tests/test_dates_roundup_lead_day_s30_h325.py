"""Which day an undated front in a round-up takes (session 30, H325).

- A lead's one day ("قتل ... أمس") dates an act a later paragraph details undated
  (H257) only when the story tells that day's acts.  When another paragraph dates a
  violent act on another recent day ("وفي الفلوجة، قتل جنديان يوم الأحد"), the report is
  a round-up of several days' fighting: a front it leaves undated keeps the
  publication date at week precision (EVENTS.md §2), not the lead's day.
- A statement's day elsewhere ("وقال المتحدث اليوم إن ...") or a recalled old date is
  no act's day and does not make the story a round-up.
"""

from __future__ import annotations

import datetime as dt

import marsad

DAY = dt.date(2016, 5, 11)

LEAD = "قتل خمسة مسلحين أمس في اشتباكات مع قوات الجيش قرب مدينة الرمادي."
FRONT = "وفي محافظة ديالى، قصفت القوات العراقية مواقع للتنظيم في مدينة بعقوبة."


def _day_at(text: str, location: str) -> list[tuple[str | None, int]]:
    return [(e.event_date, e.time_precision) for e in marsad.extract(text, published=DAY).events
            if e.location == location]


def test_an_undated_front_of_a_several_day_roundup_keeps_the_publication_week():
    text = "\n\n".join((LEAD, "وفي مدينة الفلوجة، قتل جنديان في هجوم على حاجز للجيش يوم الأحد.", FRONT))
    assert _day_at(text, "Baqubah") == [("2016-05-11", 2)]


def test_a_story_of_one_day_still_gives_its_lead_day():
    assert _day_at(LEAD + "\n\n" + FRONT, "Baqubah") == [("2016-05-10", 1)]


def test_a_statement_day_elsewhere_makes_no_roundup():
    text = "\n\n".join((LEAD, "وقال المتحدث باسم الجيش اليوم إن القوات تواصل عملياتها في المنطقة.", FRONT))
    assert _day_at(text, "Baqubah") == [("2016-05-10", 1)]


SATURDAY = dt.date(2015, 8, 8)


def _days(text: str, published: dt.date) -> list[tuple[str, str | None, int]]:
    return [(e.sub_event_type, e.event_date, e.time_precision)
            for e in marsad.extract(text, published=published).events]


def test_early_in_a_day_after_a_distance_clause_dates_the_act():
    """"في وقت مبكر من صباح أمس الجمعة" after "التي تبعد ..." on a place: "من" is "early in"
    the day, not "from" it as the start of the place's state, so the day is the act's."""
    text = ("هاجم مسلحون فندقا يرتاده موظفون أمميون في بلدة سيفاري التي تبعد 600 كيلومتر عن "
            "العاصمة باماكو في وقت مبكر من صباح أمس الجمعة.")
    assert [(day, p) for _, day, p in _days(text, SATURDAY)] == [("2015-08-07", 1)]


def test_a_state_from_a_day_still_bounds_the_state():
    text = "قتل ثلاثة مدنيين في قصف على بلدة أريحا التي تحاصرها قوات النظام اعتبارا من يوم الأحد الماضي."
    assert all(day != "2015-08-02" for _, day, _ in _days(text, SATURDAY))


# Code review 1 (session 30): misfires of the round-up rule and of `time_part_leads`.
SUNDAY = dt.date(2024, 3, 10)


def _day_of(text: str, location: str) -> list[tuple[str | None, int]]:
    return [(e.event_date, e.time_precision) for e in marsad.extract(text, published=SUNDAY).events
            if e.location == location]


def test_an_act_tied_to_the_lead_in_time_keeps_the_lead_day():
    """"وتزامنا مع الهجوم" ties the blast to the lead's Saturday attack; a Sunday retaliation
    paragraph does not make the story a round-up of undated fronts."""
    text = "\n\n".join((
        "قتل خمسة جنود من الجيش السوري في هجوم شنه مسلحون على حاجز عسكري في بلدة جاسم بريف درعا مساء أمس السبت.",
        "وتزامنا مع الهجوم، انفجرت عبوة ناسفة بدورية للجيش في بلدة إنخل المجاورة ما أدى إلى إصابة ثلاثة جنود.",
        "وصباح اليوم الأحد، قصفت قوات النظام بلدة جاسم بالمدفعية الثقيلة ما أدى إلى مقتل مدنيين اثنين."))
    assert _day_of(text, "Inkhil") == [("2024-03-09", 1)]


def test_hours_after_the_lead_act_keeps_the_lead_day_beside_another_country():
    text = "\n\n".join((
        "قتل 12 مدنيا في غارات جوية روسية على مدينة أريحا بريف إدلب أمس السبت.",
        "وبعد ساعات من الغارات، استهدفت طائرة مسيرة سيارة في بلدة سرمدا ما أدى إلى مقتل شخصين.",
        "وفي العراق، قتل ثلاثة جنود بانفجار عبوة ناسفة في محافظة ديالى يوم الجمعة."))
    assert _day_of(text, "Sarmada") == [("2024-03-09", 1)]


HAYS = "قتل جنديان يمنيان في هجوم حوثي على مواقع الجيش في مديرية حيس مساء أمس السبت."


def test_the_lead_battle_running_past_midnight_makes_no_roundup():
    for second in ("وتزامن الهجوم مع قصف حوثي على قرية الجبلية في مديرية التحيتا أسفر عن إصابة ثلاثة مدنيين.",
                   "وقصفت المدفعية الحوثية قرية الجبلية في مديرية التحيتا ما أسفر عن إصابة ثلاثة مدنيين."):
        text = "\n\n".join((HAYS, second, "واستمرت الاشتباكات حتى فجر اليوم الأحد وقتل خلالها 4 حوثيين."))
        assert _day_of(text, "At Tuhayat") == [("2024-03-09", 1)], second


def test_a_tied_act_beside_a_reported_claim_keeps_the_lead_day():
    text = "\n\n".join((
        HAYS, "وتزامن الهجوم مع قصف حوثي على قرية الجبلية في مديرية التحيتا أسفر عن إصابة ثلاثة مدنيين.",
        "وقال مسؤول محلي إن مسلحين قتلوا مدنيا يوم الجمعة، في قرية أخرى."))
    assert _day_of(text, "At Tuhayat") == [("2024-03-09", 1)]


def test_a_bound_word_before_an_early_or_late_time_of_day_still_bounds_the_state():
    for text, place in (
            ("قتل مدنيان في قصف مدفعي على بلدة مضايا التي تخضع لحصار خانق اعتبارا من الساعات الأولى من صباح الخميس.",
             "Medaya"),
            ("قتل مدنيان في قصف على بلدة كفرنبل التي تسيطر عليها المعارضة حتى ساعة متأخرة من مساء الخميس.",
             "Kafr Nabl"),
            ("قتل مدنيان في قصف على بلدة الهبيط التي تسيطر عليها المعارضة ابتداء من الساعات الأولى من صباح الجمعة.",
             "Al Habit")):
        assert _day_of(text, place) == [("2024-03-10", 2)], text


def test_early_in_yesterday_after_a_state_clause_still_dates_the_act():
    text = "قتل مدنيان في قصف على بلدة كفرنبل التي تسيطر عليها المعارضة في الساعات الأولى من فجر أمس."
    assert _day_of(text, "Kafr Nabl") == [("2024-03-09", 1)]


def test_another_country_news_makes_no_roundup():
    text = "\n\n".join((
        "قتل 12 مدنيا في غارات جوية روسية على مدينة أريحا بريف إدلب أمس السبت.",
        "واستهدفت طائرة مسيرة سيارة في بلدة سرمدا ما أدى إلى مقتل شخصين.",
        "وفي العراق، قتل ثلاثة جنود بانفجار عبوة ناسفة في محافظة ديالى يوم الجمعة."))
    assert _day_of(text, "Sarmada") == [("2024-03-09", 1)]
