"""Sides a default would give that the sentence itself contradicts: arrests amid a foreign
force's raid are not the local police's, a faction's nationality is no victim, a noun of
terror before the group's name still marks the agent, and the dead of one clause are not
the people hit by another clause's rockets."""

from __future__ import annotations

import datetime as dt

from marsad.pipeline import extract_text

DAY = dt.date(2024, 9, 7)


def _events(text: str) -> list[tuple[str, str | None, str | None]]:
    doc = extract_text(text, published=DAY)
    return [(e.sub_event_type, e.actor1, e.actor2) for e in doc.events]


def test_arrests_amid_a_foreign_raid_are_the_raiding_force():
    events = _events("استشهد شاب برصاص قوات الاحتلال الإسرائيلي اليوم السبت في جنين، "
                     "بينما شهدت بلدات أخرى في الضفة الغربية اقتحامات واعتقالات جديدة.")
    arrests = [e for e in events if e[0] == "Arrests"]
    assert arrests and all(e[1].startswith("Military Forces of Israel") for e in arrests)


def test_arrests_with_no_foreign_force_named_stay_the_local_police():
    events = _events("شنت الأجهزة الأمنية الفلسطينية حملة اعتقالات اليوم السبت في مدينة نابلس.")
    arrests = [e for e in events if e[0] == "Arrests"]
    assert arrests and all(e[1].startswith("Police Forces of Palestine") for e in arrests)


def test_a_factions_nationality_is_no_victim():
    events = _events("أعلنت كتائب القسام بالشراكة مع فصيلين فلسطينيين مسؤوليتها عن عملية إطلاق نار "
                     "في قلقيلية اليوم السبت أسفرت عن مقتل 3 إسرائيليين.")
    assert ("Attack", "Al Qassam Brigades", "Civilians (Israel)") in events


def test_terror_noun_before_the_group_marks_the_agent():
    events = _events("قتل جنديان من قوات الطوارئ وعامل كان معهما غدرا على يد الإرهاب الداعشي يوم الخميس في أبها.")
    assert events and all(e[1] == "Islamic State (Saudi Arabia)" for e in events)


def test_dead_of_another_clause_are_not_hit_by_the_rockets():
    events = _events("أفاد مراسل الجزيرة اليوم السبت باستشهاد عدد من الفلسطينيين في قصف على وسط القطاع، "
                     "بينما رصدت وسائل إعلام إسرائيلية إطلاق الصواريخ من جنوبي لبنان.")
    rockets = [e for e in events if e[0] == "Shelling/artillery/missile attack" and "Lebanon" in (e[1] or "")]
    assert rockets and all(e[2] is None for e in rockets)
