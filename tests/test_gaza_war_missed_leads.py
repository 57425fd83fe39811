"""Acts a short war lead tells that were lost: an operation named only by its kind, a
claimed shelling beside an interception, a bombardment told after a running toll, and
the act a lead names by a definite noun with its author and place."""

from __future__ import annotations

import datetime as dt

from marsad.pipeline import extract_text

DAY = dt.date(2024, 9, 10)


def _events(text: str) -> list[tuple]:
    doc = extract_text(text, published=DAY)
    return [(e.sub_event_type, e.actor1, e.actor2, e.location) for e in doc.events]


def test_an_operation_against_forces_is_an_attack_on_them():
    found = _events("أعلنت كتائب القسام تنفيذ عملية نوعية ضد قوات الاحتلال في حي الشجاعية شرق مدينة غزة.")
    assert [e[:3] for e in found] == [("Armed clash", "Al Qassam Brigades", "Military Forces of Israel (2022-)")]


def test_an_armed_operation_with_its_dead_is_an_event():
    found = _events("نفذ مسلحون عملية مسلحة في بلدة حوارة أمس أسفرت عن سقوط عدد من القتلى.")
    assert len(found) == 1 and found[0][3] == "Ḩuwwārah"


def test_operations_against_crime_or_threatened_are_no_event():
    assert _events("نفذت الشرطة عملية نوعية ضد عصابات التهريب في درعا.") == []
    assert _events("توعدت حماس بتنفيذ عمليات ضد قوات الاحتلال في الضفة الغربية.") == []
    assert _events("نفت حماس تنفيذ عملية ضد قوات الاحتلال في جنين.") == []


def test_a_claimed_shelling_beside_a_drone_interception_stays_apart():
    found = _events("أعلن حزب الله قصف مواقع جديدة في شمال إسرائيل، في حين أكد الجيش الإسرائيلي "
                    "إسقاط مسيرتين قادمتين من لبنان.")
    assert sorted(e[0] for e in found) == ["Disrupted weapons use", "Shelling/artillery/missile attack"]
    assert ("Shelling/artillery/missile attack", "Hezbollah") in [e[:2] for e in found]


def test_a_bombardment_told_after_a_running_toll_is_reported():
    found = _events("ارتفع عدد الشهداء جراء الغارات على قطاع غزة إلى 50 شهيدا منذ أمس، في حين واصل "
                    "الاحتلال قصف المدارس في شمال القطاع.")
    assert [(e[1], e[3]) for e in found if e[0] != "Looting/property destruction"] == [
        ("Military Forces of Israel (2022-)", "North Gaza")]


def test_the_act_a_lead_names_with_its_author_and_place_is_an_event():
    found = _events("تلقى الرئيس اتصالا من نظيره الفرنسي عقب الهجوم الإسرائيلي على مدينة النبطية.")
    assert [(e[1], e[3]) for e in found] == [("Military Forces of Israel (2022-)", "Nabatieh")]


def test_a_lead_act_noun_with_no_author_still_points_back():
    assert _events("تلقى الرئيس اتصالا من نظيره الفرنسي عقب الهجوم على مدينة النبطية.") == []


def test_a_definite_killing_noun_with_no_place_is_no_event():
    assert _events("اعتبر الجانب الفلسطيني القانون تشريعا بالقتل يهدد أي أسير مضرب عن الطعام.") == []


def test_the_jordan_valley_crossing_is_a_place():
    found = _events("قتل ثلاثة إسرائيليين في عملية إطلاق نار عند معبر الكرامة أمس.")
    assert [e[3] for e in found] == ["Allenby Bridge crossing"]
