"""An arrest told once of a "civilian" and once of a named group's member is one arrest of that member."""

import datetime as dt

from marsad.document import Event
from marsad.pipeline import extract_text
from marsad.stages import dedupe

POLICE = "Police Forces of Iraq (2020-2022)"


def _arrest(**fields) -> Event:
    base = dict(
        event_type="Strategic developments", sub_event_type="Arrests", event_date="2021-03-07",
        time_precision=1, actor1=POLICE, inter1=1, actor2="Civilians (Iraq)", inter2=7, country="Iraq",
        admin1="Kirkuk", location="Kirkuk", geo_precision=1, evidence_spans=[(0, 10)],
    )
    base.update(fields)
    return Event(**base)


def test_a_wanted_man_arrested_twice_over_is_one_arrest_of_his_group() -> None:
    text = (
        "أعلنت الشرطة العراقية الأحد اعتقال المطلوب سالم الجبوري في مدينة كركوك.\n"
        "وقال مصدر أمني إن القبض على الجبوري، القيادي في تنظيم داعش، تم في حي الواسطي بكركوك فجر الأحد."
    )
    events = extract_text(text, published=dt.date(2021, 3, 9)).events
    assert len(events) == 1
    assert (events[0].sub_event_type, events[0].inter2) == ("Arrests", 2)
    assert "Islamic State" in str(events[0].actor2)


def test_a_group_leader_named_first_keeps_his_group_when_retold_plainly() -> None:
    text = (
        "ألقت قوات الأمن المصرية القبض على القيادي في جماعة الإخوان المسلمين محمود عزت في القاهرة يوم الجمعة.\n"
        "وقالت وزارة الداخلية إن اعتقال محمود عزت جرى في شقة بحي التجمع الخامس في القاهرة."
    )
    events = extract_text(text, published=dt.date(2021, 4, 14)).events
    assert [(e.sub_event_type, e.actor2) for e in events] == [("Arrests", "Muslim Brotherhood")]


def test_the_merged_arrest_takes_the_group_whichever_report_came_first() -> None:
    plain = _arrest()
    member = _arrest(actor2="Islamic State (Iraq)", inter2=2, evidence_spans=[(50, 60)])
    assert dedupe.same_event(plain, member)
    dedupe.absorb(plain, member)
    assert (plain.actor2, plain.inter2) == ("Islamic State (Iraq)", 2)


def test_a_foreign_force_read_as_the_detainee_is_not_his_group() -> None:
    plain = _arrest()
    misread = _arrest(actor2="Military Forces of Turkey (2016-)", inter2=8, evidence_spans=[(50, 60)])
    assert not dedupe.same_event(plain, misread)
    dedupe.absorb(plain, misread)
    assert plain.actor2 == "Civilians (Iraq)"


def test_the_arresting_group_is_never_its_own_detainee() -> None:
    militia = "Popular Mobilization Forces"
    plain = _arrest(actor1=militia, inter1=3)
    misread = _arrest(actor1=militia, inter1=3, actor2=militia, inter2=3, evidence_spans=[(50, 60)])
    dedupe.absorb(plain, misread)
    assert plain.actor2 == "Civilians (Iraq)"


def test_an_abduction_keeps_its_civilian_victim() -> None:
    plain = _arrest(event_type="Violence against civilians", sub_event_type="Abduction/forced disappearance",
                    actor1="Islamic State (Iraq)", inter1=2)
    armed = _arrest(event_type="Violence against civilians", sub_event_type="Abduction/forced disappearance",
                    actor1="Islamic State (Iraq)", inter1=2, actor2="Popular Mobilization Forces", inter2=3,
                    evidence_spans=[(50, 60)])
    dedupe.absorb(plain, armed)
    assert plain.actor2 == "Civilians (Iraq)"
