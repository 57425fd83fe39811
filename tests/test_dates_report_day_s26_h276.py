"""The act's day, not the report's (session 26, H276).

- A lead dated only by its statement's day ("قالت وزارة الدفاع اليوم الجمعة إن غارة
  قتلت قياديا") takes the day the next sentence says the act took place on with an
  occurrence verb ("قتل في ضربة وقعت في 11 يوليو"، "العملية التي جرت في 11 يوليو
  أدت إلى مقتل"), even weeks before the statement: a strike is often confirmed late.
  Without an occurrence verb the next sentence's day still reaches only a week back.
- The text's own "today" ("أمس الجمعة" in a paper dated the Tuesday after, "اليوم
  الأربعاء" in a story posted on the Saturday) counts its bare "أمس"، "صباح أمس"، "قبل
  يومين" from that day, when every such phrase of the text points to the same day a
  few days before publication.  Phrases pointing to different days, or a gap of more
  than a few days, leave the publication day as the reference.
"""

from __future__ import annotations

import datetime as dt

import marsad

SATURDAY = dt.date(2015, 7, 25)
TUESDAY = dt.date(2015, 7, 21)


def _events(text: str, published: dt.date) -> list[tuple[str, str | None, int]]:
    return [(e.sub_event_type, e.event_date, e.time_precision)
            for e in marsad.extract(text, published=published).events]


def _dates(text: str, published: dt.date) -> dict[str, str | None]:
    return {m.text: m.value.isoformat() if m.value else None
            for m in marsad.extract(text, published=published).of_kind("date")}


def test_occurrence_verb_day_weeks_before_the_statement() -> None:
    text = ("قالت وزارة الدفاع اليوم الجمعة إن غارة جوية قتلت قياديا في تنظيم القاعدة في اليمن. "
            "وذكرت الوزارة أن الغارة استهدفت القيادي وأنه قتل في ضربة وقعت في 3 يوليو في محافظة شبوة.")
    assert _events(text, dt.date(2015, 7, 24)) == [("Air/drone strike", "2015-07-03", 1)]


def test_operation_that_took_place_on_a_day_dates_the_lead() -> None:
    text = ("أعلنت وزارة الدفاع، الجمعة، أن قياديا في تنظيم القاعدة قتل في غارة استهدفته في اليمن. "
            "وأوضحت الوزارة أن العملية التي جرت في 5 يوليو في محافظة شبوة أدت إلى مقتل القيادي.")
    found = _events(text, dt.date(2015, 7, 24))
    assert ("Air/drone strike", "2015-07-05", 1) in found
    assert all(day != "2015-07-24" for _, day, _ in found)


def test_day_without_occurrence_verb_reaches_a_week_only() -> None:
    text = ("قالت وزارة الدفاع اليوم الجمعة إن غارة جوية قتلت قياديا في تنظيم القاعدة في اليمن. "
            "وذكرت الوزارة أن الغارة استهدفت القيادي في 3 يوليو في محافظة شبوة.")
    assert ("Air/drone strike", "2015-07-24", 1) in _events(text, dt.date(2015, 7, 24))


def test_yesterday_counts_from_the_writers_day() -> None:
    text = ("ذكر الجيش أمس الجمعة أن 20 شخصا قتلوا في تفجير انتحاري استهدف سوقا في مدينة مايدوغوري. "
            "وكان انتحاري قد فجر نفسه صباح أمس عند مدخل السوق.")
    found = _dates(text, TUESDAY)
    assert found["أمس الجمعة"] == "2015-07-17"
    assert found["صباح أمس"] == "2015-07-17"


def test_days_ago_count_from_the_writers_today() -> None:
    text = ("حجبت السلطات موقع تويتر اليوم الأربعاء لمنع نشر صور تفجير انتحاري وقع قبل يومين "
            "في بلدة سروج.")
    assert _dates(text, SATURDAY)["قبل يومين"] == "2015-07-20"


def test_writers_today_on_the_publication_day_moves_nothing() -> None:
    text = "ذكر الجيش أمس الجمعة أن مسلحين هاجموا حاجزا. وقتل جندي صباح أمس في هجوم آخر."
    assert _dates(text, SATURDAY)["صباح أمس"] == "2015-07-24"


def test_disagreeing_todays_move_nothing() -> None:
    text = ("ذكر الجيش أمس الجمعة أن مسلحين هاجموا حاجزا. وقال مسؤول اليوم الثلاثاء إن جنديا "
            "قتل صباح أمس في هجوم آخر.")
    assert _dates(text, TUESDAY)["صباح أمس"] == "2015-07-20"


def test_a_weekday_long_before_is_no_writers_day() -> None:
    text = "أعلن الجيش اليوم الأربعاء مقتل مسلحين. وقتل جندي صباح أمس في هجوم على حاجز."
    assert _dates(text, dt.date(2015, 7, 27))["صباح أمس"] == "2015-07-26"


# Review of session 26 (findings 1 and 11): an earlier, different act the next
# sentence recalls with its day does not date the lead, and "قبل أمس الخميس" is
# the day before yesterday, no writer's "yesterday".
FRIDAY = dt.date(2018, 7, 20)


def test_an_earlier_act_recalled_next_does_not_date_the_lead() -> None:
    text = ("أعلنت وزارة الصحة في غزة اليوم استشهاد شاب برصاص الاحتلال شرق خان يونس.\n"
            "وكان شاب آخر قد استشهد في مواجهات جرت في 13 يوليو في المنطقة نفسها.")
    assert ("Attack", "2018-07-20", 1) in _events(text, FRIDAY)


def test_a_similar_attack_told_next_keeps_its_own_day() -> None:
    lead = "أعلن الجيش المصري اليوم مقتل 3 جنود في هجوم على موقعه في سيناء.\n"
    for recall in ("ويأتي الهجوم بعد أسابيع من هجوم مماثل وقع في 2 يوليو قتل فيه جنديان.",
                   "وكان هجوم مشابه قد وقع في 2 يوليو وأسفر عن مقتل جنديين."):
        days = {(day, fat) for day, fat in (
            (e.event_date, e.fatalities) for e in marsad.extract(lead + recall, published=FRIDAY).events)}
        assert days == {("2018-07-20", 3), ("2018-07-02", 2)}, recall


def test_a_pluperfect_recall_in_the_same_town_keeps_the_lead_day() -> None:
    text = ("قالت وزارة الدفاع العراقية اليوم إن 4 جنود قتلوا في هجوم لداعش في كركوك.\n"
            "وكان التنظيم قد شن هجوما على القوات ذاتها في كركوك وقع في 10 يوليو وأسفر عن مقتل ضابط.")
    assert sorted(day for _, day, _ in _events(text, FRIDAY)) == ["2018-07-10", "2018-07-20"]


def test_the_same_strike_told_next_with_its_day_still_dates_the_lead() -> None:
    text = ("أعلنت وزارة الدفاع الأمريكية اليوم أن غارة قتلت قياديا في تنظيم القاعدة في اليمن.\n"
            "وقالت إن الغارة التي وقعت في 25 يونيو استهدفت سيارته في مأرب.")
    assert _events(text, FRIDAY) == [("Air/drone strike", "2018-06-25", 1)]


def test_the_day_before_yesterday_is_no_writers_yesterday() -> None:
    saturday = dt.date(2018, 7, 21)
    for before in ("قبل أمس الخميس", "أول أمس الخميس", "أول من أمس الخميس", "ما قبل أمس الخميس"):
        text = ("قتل 5 مدنيين في غارة على بلدة أريحا الليلة الماضية.\n"
                f"وكانت طائرات النظام قد قصفت البلدة {before}.")
        found = _dates(text, saturday)
        assert found["الليلة الماضية"] == "2018-07-20", before
        assert sorted(day for _, day, _ in _events(text, saturday)) == ["2018-07-19", "2018-07-20"], before
