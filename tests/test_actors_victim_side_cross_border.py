"""The side hit in cross-border fire, interceptions and admitted losses.

Sentences are invented in the style of the news the classes were seen in: a
group or a bare country that admits the death of its own men or leaders
("مقتل أحد قادتها"، "إن أحد جنودها قتل") is the side hit, not civilians; an
interception whose fragments fell on homes stopped the enemy's weapon, and the
people under it are no side of it; a state's force that tells of its own
nationals hurt by a falling rocket did not fire it.
"""

from __future__ import annotations

import datetime as dt

import marsad

DAY = dt.date(2018, 7, 20)


def _events(text: str):
    return marsad.extract(text, published=DAY).events


def test_group_admitting_a_leaders_death_is_the_side_hit():
    events = _events("اعترفت ميليشيات الحوثي، الخميس، بمقتل أحد قادتها في مدينة الحديدة.")
    assert [(e.event_type, e.actor2) for e in events] == [("Battles", "Ansar Allah (Houthis)")]


def test_one_leader_by_a_singular_noun_or_after_an_adjective_counts_too():
    events = _events("أعلنت ميليشيات الحوثي مقتل قائدها الميداني في مدينة الحديدة.")
    assert [(e.event_type, e.actor2) for e in events] == [("Battles", "Ansar Allah (Houthis)")]
    events = _events("أقرت ميليشيات الحوثي بمقتل أحد كبار قادتها في مدينة الحديدة.")
    assert [(e.event_type, e.actor2) for e in events] == [("Battles", "Ansar Allah (Houthis)")]


def test_bare_country_telling_its_soldier_fell_is_its_military():
    events = _events("وتقول إسرائيل إن أحد جنودها قتل في أعمال العنف على حدود قطاع غزة.")
    assert [(e.event_type, e.actor2) for e in events] == [("Battles", "Military Forces of Israel (2009-2021)")]
    events = _events("أعلنت تركيا مقتل ثمانية من جنودها في هجوم شنه مسلحون في جنوب شرق البلاد.")
    assert [(e.event_type, e.actor2) for e in events] == [("Battles", "Military Forces of Turkey (2016-)")]


def test_army_telling_its_own_soldier_fell_did_not_kill():
    events = _events("قال الجيش الإسرائيلي إن أحد جنوده قتل برصاص قناص على حدود قطاع غزة.")
    assert [(e.inter1, e.actor2) for e in events] == [(3, "Military Forces of Israel (2009-2021)")]


def test_own_men_who_killed_are_still_the_agent():
    events = _events("قالت حماس إن أحد عناصرها قتل جنديا إسرائيليا على حدود قطاع غزة.")
    assert [(e.actor1, e.actor2) for e in events] == [("Hamas Movement", "Military Forces of Israel (2009-2021)")]


def test_state_force_telling_its_nationals_hurt_by_a_rocket_did_not_fire_it():
    events = _events("وبحسب الجيش الإسرائيلي، سقط صاروخ على مدينة سديروت، ما أدى إلى إصابة 3 إسرائيليين بجروح.")
    assert [(e.sub_event_type, e.inter1, e.actor2) for e in events] == [
        ("Shelling/artillery/missile attack", 3, "Civilians (Israel)")]


def test_homes_under_an_interception_are_no_side_disrupted():
    text = ("اعترضت الدفاعات الجوية السعودية صاروخين باليستيين أطلقتهما ميليشيا الحوثي باتجاه مدينة الرياض.\n\n"
            "وقال المتحدث إن اعتراض الصواريخ أدى لتناثر الشظايا على بعض الأحياء السكنية في جازان.")
    sides = {(e.sub_event_type, e.actor1, e.actor2) for e in _events(text)}
    assert ("Disrupted weapons use", "Military Forces of Saudi Arabia (2015-)", "Ansar Allah (Houthis)") in sides
    assert not any(actor2 and actor2.startswith("Civilians") for sub, _, actor2 in sides
                   if sub == "Disrupted weapons use")
