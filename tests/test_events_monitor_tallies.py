"""Statistics reports, running totals, nearing and priorities, ended truces: no events.

Sentences are invented in the style of monitors' periodic reports: a tally of
strikes or deaths over a month or a year, listed per governorate, is no act of
its own (EVENTS.md §2: running totals are not events; the dated incidents inside
them are).  An act dated to the day inside such a sentence is still reported.
"""

from __future__ import annotations

import datetime as dt

import marsad

DAY = dt.date(2019, 5, 20)


def _events(text: str):
    return marsad.extract(text, published=DAY).events


def test_monitor_tally_per_governorate_since_the_start_of_the_month_is_no_event():
    text = ("وأحصت الشبكة الحقوقية منذ مطلع الشهر الحالي 240 غارة جوية على محافظة إدلب و90 غارة على "
            "محافظة حماة و25 غارة على محافظة اللاذقية.")
    assert _events(text) == []


def test_tally_list_goes_on_past_a_comma_before_the_next_count():
    text = "ووثق المركز منذ بداية العام 410 غارات على ريف إدلب الجنوبي، و150 غارة على ريف حماة الشمالي."
    assert _events(text) == []


def test_tally_with_its_period_after_the_counts_is_no_event():
    text = "وسجلت المنظمة 320 غارة في محافظة إدلب و75 غارة في محافظة حلب خلال شهر نيسان الماضي."
    assert _events(text) == []


def test_periodic_report_of_deaths_is_no_event():
    text = "وقالت اللجنة في تقريرها الشهري إن 140 مدنيا قتلوا في نيسان، بينهم 60 في محافظة إدلب."
    assert _events(text) == []


def test_toll_that_rose_since_the_middle_of_the_month_is_no_event():
    assert _events("ومنذ منتصف الشهر قتل 85 مدنيا في الغارات على بلدات ريف إدلب الجنوبي.") == []


def test_day_dated_act_inside_a_tally_is_still_reported():
    text = ("ووثقت الشبكة منذ مطلع الشهر 300 غارة، بينها غارات استهدفت أمس بلدة خان شيخون وقتلت "
            "أربعة مدنيين.")
    events = _events(text)
    assert [(e.event_type, e.event_date, e.fatalities) for e in events] == [
        ("Explosions/Remote violence", "2019-05-19", 4)]


def test_single_documented_killing_stays_an_event():
    events = _events("ووثقت الشبكة مقتل سبعة مدنيين الأحد في قصف على بلدة كفرنبل بريف إدلب.")
    assert [(e.event_type, e.fatalities) for e in events] == [("Explosions/Remote violence", 7)]


def test_retaking_named_as_a_priority_is_no_gain():
    assert _events("وأكد القائد أن تحرير مدينة الحديدة من أولويات القوات الحكومية.") == []
    assert _events("وقال المسؤول إن على رأس أولويات الجيش استعادة مدينة البيضاء.") == []


def test_force_about_to_retake_a_town_has_not_retaken_it():
    assert _events("وقال مصدر عسكري إن القوات الحكومية باتت على وشك استعادة مدينة زنجبار.") == []


def test_ended_or_cancelled_truce_is_no_agreement():
    assert _events("وأعلنت الجماعة إنهاء الهدنة في محافظة الحديدة.") == []
    assert _events("وأعلن الجيش انتهاء وقف إطلاق النار في ريف إدلب.") == []


def test_fighting_that_ended_still_happened():
    events = _events("وبعد انتهاء الاشتباكات بين الجيش والحوثيين في مديرية حيس قتل ثلاثة مدنيين.")
    assert events and events[0].event_type == "Battles"


def test_not_a_day_passes_without_is_a_habit():
    text = "ولا يمر يوم في المدينة المحاصرة دون أن تقصف الميليشيا الأحياء السكنية بقذائف الهاون."
    assert _events(text) == []


def test_cumulative_tolls_are_no_new_events():
    assert _events("وارتفع عدد قتلى القوات الحكومية منذ بدء الهجوم على مدينة الحديدة إلى 260 عنصرا.") == []
    assert _events("وبلغت حصيلة ضحايا الغارات على محافظة صعدة خلال عام كامل 1200 قتيل.") == []
