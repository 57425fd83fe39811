"""Gaza-war leads, fourth pass: a military unit's number is its name, not its dead, and a
rally abroad against the war on Gaza is placed where it gathered, not in Gaza."""

from __future__ import annotations

import datetime as dt

from marsad.pipeline import extract_text

DAY = dt.date(2024, 5, 3)


def _events(text: str) -> list[tuple]:
    doc = extract_text(text, published=DAY)
    return [(e.event_type, e.actor1, e.actor2, e.fatalities, e.location, e.country) for e in doc.events]


def test_the_number_of_a_brigade_is_no_toll():
    found = _events("قال الجيش الإسرائيلي إن قائد الكتيبة 52 قتل في اشتباك شرقي رفح أمس.")
    assert found and found[0][3] == 1


def test_the_number_of_a_division_is_no_toll():
    found = _events("أعلن الجيش مقتل نائب قائد الفرقة 36 في معارك بمدينة خان يونس اليوم.")
    assert found and found[0][3] == 1


def test_the_number_after_a_units_arm_is_no_toll():
    found = _events("أعلن الجيش مقتل قائد كتيبة المدرعات 401 في معارك شرقي رفح اليوم.")
    assert found and found[0][3] == 1


def test_a_count_before_a_unit_is_still_a_toll():
    found = _events("قتل 12 جنديا من الكتيبة المدرعة في هجوم على موقعهم قرب رفح اليوم.")
    assert found and found[0][3] == 12


def test_a_rally_abroad_against_the_war_is_in_that_country():
    found = _events("تواصلت المظاهرات المنددة بالحرب على قطاع غزة في كندا لليوم الثالث.")
    assert found and found[0][0] == "Protests"
    assert found[0][1] == "Protesters (Canada)" and found[0][5] == "Canada"


def test_a_rally_abroad_with_police_arrests_has_that_countrys_police():
    found = _events("تواصلت المظاهرات المنددة بالحرب على قطاع غزة في كندا لليوم الثالث، واعتقلت الشرطة عددا من المحتجين.")
    assert found and found[0][1] == "Protesters (Canada)" and found[0][2] == "Police Forces of Canada"


def test_a_rally_opposing_the_war_in_a_foreign_city_is_in_that_city():
    found = _events("خرجت اليوم مسيرة حاشدة مناهضة للعدوان على غزة في مدينة تورنتو الكندية.")
    assert found and found[0][4] == "Toronto"


def test_the_grievances_own_place_is_still_not_the_scene():
    found = _events("تظاهر المئات في باريس اليوم احتجاجا على القصف الإسرائيلي في رفح.")
    assert found and found[0][4] == "Paris"
