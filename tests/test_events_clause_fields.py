"""Counts, places and days stay with the act of their own clause: a toll or a
town told for one act of a sentence is not given to another act beside it."""

from __future__ import annotations

import datetime as dt

from marsad.document import Event
from marsad.pipeline import extract_text

PUBLISHED = dt.date(2024, 12, 9)


def events_of(text: str) -> list[Event]:
    return extract_text(text, published=PUBLISHED).events


def test_an_act_spread_over_unnamed_areas_takes_the_province_not_another_acts_town() -> None:
    events = events_of(
        "قتل جنديان إسرائيليان في اشتباك مع مقاومين في مخيم النصيرات، "
        "في حين استشهد نحو 40 فلسطينيا في غارات للاحتلال على مناطق متفرقة."
    )
    strikes = [e for e in events if e.sub_event_type == "Air/drone strike"]
    assert [(e.location, e.fatalities) for e in strikes] == [("Gaza Strip", 40)]
    assert any(e.location == "Nuseirat Camp" and e.fatalities == 2 for e in events)


def test_a_clause_naming_its_own_town_keeps_it() -> None:
    events = events_of(
        "قتل جنديان إسرائيليان في اشتباك في مخيم النصيرات، فيما استشهد 5 فلسطينيين في غارة على منزل في بلدة بيت لاهيا."
    )
    assert [e.location for e in events if e.sub_event_type == "Air/drone strike"] == ["Beit Lahia"]


def test_an_act_after_which_another_is_told_keeps_its_own_toll_and_place() -> None:
    events = events_of(
        "أعلن الجيش الإسرائيلي اليوم مقتل جندي خلال المعارك في جنوب لبنان، "
        "في أعقاب غارات ليلية على مناطق في الضاحية الجنوبية لبيروت."
    )
    strikes = [e for e in events if e.sub_event_type == "Air/drone strike"]
    assert [e.fatalities for e in strikes] == [0]
    assert any(e.event_type == "Battles" and e.fatalities == 1 for e in events)


def test_deaths_told_in_the_wake_of_a_strike_are_its_toll() -> None:
    events = events_of("استشهد ثلاثة فلسطينيين في أعقاب غارة إسرائيلية على منزل في مخيم النصيرات اليوم.")
    assert [(e.sub_event_type, e.fatalities) for e in events] == [("Air/drone strike", 3)]


def test_the_toll_of_an_act_a_lapse_of_time_earlier_is_not_todays() -> None:
    events = events_of(
        "قصفت الطائرات الإسرائيلية اليوم منازل في مخيم النصيرات، بعد يوم من مجازر أودت بحياة أكثر من 50 فلسطينيا."
    )
    today = [e for e in events if not e.background]
    assert [(e.sub_event_type, e.fatalities) for e in today] == [("Air/drone strike", 0)]


def test_a_count_of_massacres_is_no_count_of_dead() -> None:
    events = events_of(
        "واصلت المقاومة عملياتها في قطاع غزة، في حين ارتكب الاحتلال 4 مجازر جديدة راح ضحيتها 51 شهيدا اليوم."
    )
    # (an air power's massacres with no weapon named are its strikes: events.from_the_air)
    assert [e.fatalities for e in events if e.sub_event_type == "Air/drone strike"] == [51]


def test_a_killing_a_crowd_protests_over_is_no_toll_of_the_force_used_on_it() -> None:
    events = events_of(
        "أطلقت الشرطة الغاز المسيل للدموع على محتجين في البصرة اليوم، كانوا يحتجون على مقتل ناشط برصاص مجهولين."
    )
    assert [(e.sub_event_type, e.fatalities) for e in events] == [("Protest with intervention", 0)]


def test_an_act_a_lapse_of_days_before_is_recalled_not_news() -> None:
    events = events_of(
        "قصفت الطائرات اليوم مواقع في ريف حماة، وتأتي هذه الضربات بعد تسعة أيام من ضربات مماثلة استهدفت مواقع في ريف حمص."
    )
    assert [(e.location, e.background) for e in events] == [("Hama", False), ("Homs", True)]
