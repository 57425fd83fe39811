"""Who fired, when a target verb has its subject and its object side by side.

Arabic puts the subject right after the verb (VSO): in "استهدفت القسام قوات
الاحتلال بقذائف الهاون" the first side fired and the second was hit.  Read by
position from the weapon noun, the object (right before it) looked like the
author.  Sentences are written for the test."""

from __future__ import annotations

import datetime as dt

import marsad

DAY = dt.date(2024, 8, 8)


def _sides(text: str) -> list[tuple[str | None, str | None]]:
    return [(e.actor1, e.actor2) for e in marsad.extract(text, published=DAY).events]


QASSAM, ISRAEL = "Al Qassam Brigades", "Military Forces of Israel (2022-)"


def test_subject_then_object_after_a_target_verb():
    assert _sides("استهدفت القسام قوات الاحتلال في حي الزيتون بقذائف الهاون.") == [(QASSAM, ISRAEL)]
    # the men of a group as the subject ("مقاتلو X") name the group
    assert _sides("استهدف مقاتلو القسام قوات الاحتلال في حي الزيتون بقذائف الهاون.") == [(QASSAM, ISRAEL)]


def test_the_subject_of_the_verb_fired_the_weapon_named_as_its_instrument():
    assert _sides("هاجم مقاتلو القسام قوات الاحتلال بقذائف الهاون في حي الزيتون.") == [(QASSAM, ISRAEL)]


def test_a_lone_side_after_a_target_verb_stays_the_side_hit():
    events = marsad.extract("استهدفت عبوة ناسفة دورية للجيش في مدينة العريش.", published=DAY).events
    assert [e.actor2 for e in events] == ["Military Forces of Egypt (2014-)"]
    assert _sides("استهدف الطيران الحربي عناصر القسام في حي الزيتون.") == [(ISRAEL, QASSAM)]


def test_the_subject_of_continue_sets_off_the_blasts_it_goes_on_with():
    events = marsad.extract("واصل جيش الاحتلال تفجير العربات المفخخة وسط أحياء مدينة غزة اليوم.",
                            published=DAY).events
    assert [(e.sub_event_type, e.actor1) for e in events] == [("Remote explosive/landmine/IED", ISRAEL)]


def test_a_weapon_word_starting_with_its_own_ba_is_no_instrument():
    events = marsad.extract("ألقت مروحيات النظام براميل متفجرة على مدينة داريا.", published=DAY).events
    assert [e.actor1 for e in events] == ["Military Forces of Syria (2000-)"]


def test_a_side_after_a_target_verb_with_a_place_for_object_fired():
    assert _sides("استهدفت كتائب القسام مستوطنة سديروت بالصواريخ اليوم.") == [(QASSAM, None)]
