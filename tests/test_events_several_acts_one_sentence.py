"""Several acts told in one sentence stay several events, each with its own fields.

A toll told place by place ("ثلاثة في X واثنان في Y") is one event per place with
its own dead; an act told in a parallel clause ("في حين"، "فيما") at a finer place
is not folded into a wider strike told before it; and an unqualified act told in
such a clause is no retelling of a definite act noun of the clause before it; targets
listed each with its own place ("على منزل في X وسيارة في Y") are one scene each.
"""

from __future__ import annotations

import datetime as dt

import marsad

DAY = dt.date(2024, 8, 20)


def _events(text: str):
    return marsad.extract(text, published=DAY).events


def _tolls(text: str) -> dict[str, int | None]:
    return {e.location: e.fatalities for e in _events(text)}


def test_counts_told_place_by_place_are_one_event_per_place():
    assert _tolls("قتل أربعة في خان يونس وثلاثة في رفح جراء غارات إسرائيلية.") == {
        "Khan Yunis": 4, "Rafah": 3}


def test_counts_with_their_noun_at_provinces_are_one_event_per_province():
    assert _tolls("قتل 6 حوثيين في مأرب و2 في الجوف في غارات لطيران التحالف.") == {
        "Ma'rib": 6, "Al Jawf": 2}


def test_a_total_broken_down_by_place_leaves_no_wider_event():
    text = "استشهد 6 فلسطينيين في غارات إسرائيلية على قطاع غزة، أربعة في دير البلح واثنان في رفح."
    assert _tolls(text) == {"Deir el-Balah": 4, "Rafah": 2}


def test_a_part_marked_as_such_still_leaves_the_rest_to_the_wider_place():
    tolls = _tolls("قتل 9 أشخاص في غارات على مدينة دير البلح، بينهم 5 في مخيم المغازي.")
    assert tolls.get("Maghazi camp") == 5 and sum(v or 0 for v in tolls.values()) == 9


def test_a_count_with_no_second_place_is_no_breakdown():
    tolls = _tolls("قتل 5 جنود في هجوم على حاجز في مدينة الرمادي.")
    assert list(tolls.values()) == [5]


def test_an_act_in_a_parallel_clause_at_a_finer_place_is_not_the_wider_strike():
    text = ("استشهد 15 فلسطينيا بقصف إسرائيلي على منازل في قطاع غزة، في حين يواصل الاحتلال "
            "محاصرة مخيم جباليا ويستهدف خيام النازحين.")
    tolls = _tolls(text)
    assert tolls.get("Gaza Strip") == 15


def test_an_unqualified_act_in_a_parallel_clause_is_no_retelling():
    text = ("أعلنت سرايا القدس أنها قصفت مدينة سديروت برشقة صاروخية ردا على المجازر بحق المدنيين، "
            "فيما ارتكب جيش الاحتلال مجزرتين أسفرتا عن استشهاد 14 فلسطينيا.")
    events = _events(text)
    rocket = next(e for e in events if e.actor1 == "Al Quds Brigades")
    assert not rocket.fatalities
    assert any(e.fatalities == 14 and e.actor1 != rocket.actor1 for e in events)


def test_targets_listed_with_their_own_places_without_a_comma_are_two_scenes():
    text = "استشهد 4 فلسطينيين في غارتين إسرائيليتين على منزل بمخيم النصيرات وسيارة مدنية في دير البلح."
    assert set(_tolls(text)) == {"Nuseirat Camp", "Deir el-Balah"}


def test_a_target_after_its_own_preposition_opens_another_scene():
    text = "قصفت الطائرات الحربية مواقع في بلدة كفرنبل وعلى مدرسة في مدينة معرة النعمان."
    assert {"Kafr Nabl", "Ma`arrat an Nu`man"} <= set(_tolls(text))


def test_a_place_with_no_target_noun_after_and_is_no_new_scene():
    assert set(_tolls("قتل جندي في بلدة عيترون ومنزل المختار.")) == {"Aitaroun"}
