"""A statement verb, its date, then the act's noun as its object ("أعلن الفصيل الخميس اختطاف
قائده"): the date is the announcement's day, so the report is the act the body dates a day
earlier (`dedupe._dates_announcement`, used by `fold_statement_days`)."""

from __future__ import annotations

import datetime as dt

import marsad

DAY = dt.date(2015, 7, 31)


def _events(text: str) -> list[tuple[str, str | None, str | None]]:
    doc = marsad.extract(text, published=DAY)
    return [(e.sub_event_type, e.event_date, e.location) for e in doc.events]


def test_an_abduction_announced_on_a_later_day_is_the_abduction_the_body_dates_earlier() -> None:
    events = _events(
        "أعلن لواء تابع للجيش الحر في محافظة حلب يوم أمس الخميس، اختطاف جبهة النصرة قائده المقدم "
        "خالد العمر وعددا من مقاتليه. وذكر المرصد السوري أن مسلحين من جبهة النصرة اختطفوا مساء "
        "الأربعاء قائد اللواء مع أربعة من مقاتليه قرب مدينة إعزاز."
    )
    assert events == [("Abduction/forced disappearance", "2015-07-29", "Azaz")]


def test_two_abductions_each_dated_by_its_own_verb_stay_apart() -> None:
    events = _events(
        "اختطف مسلحون يوم أمس الخميس قائد لواء تابع للجيش الحر في مدينة الباب. وذكر المرصد السوري "
        "أن مسلحين من جبهة النصرة اختطفوا مساء الأربعاء قائد لواء آخر مع أربعة من مقاتليه قرب مدينة إعزاز."
    )
    assert len(events) == 2


def test_a_place_in_the_announcers_stretch_is_the_speakers_and_yields_to_the_bodys_town() -> None:
    events = _events(
        "نعت حركة معارضة تنشط في مدينة الباب أمس الخميس، اغتيال قائدها العسكري المقدم خالد العمر برصاص "
        "مسلحين مجهولين. وذكر المرصد السوري أن مسلحين مجهولين اغتالوا مساء الأربعاء القائد العسكري للحركة "
        "بإطلاق النار عليه قرب مدينة إعزاز."
    )
    assert events == [("Attack", "2015-07-29", "Azaz")]


def test_an_announced_act_placed_after_its_noun_stays_apart_from_a_killing_at_another_town() -> None:
    events = _events(
        "نعت حركة معارضة أمس الخميس، اغتيال قائدها العسكري المقدم خالد العمر برصاص مسلحين مجهولين في "
        "مدينة الباب. وذكر المرصد السوري أن مسلحين مجهولين اغتالوا مساء الأربعاء قياديا في فصيل آخر "
        "بإطلاق النار عليه قرب مدينة إعزاز."
    )
    assert len(events) == 2
