"""Short wire leads of the Gaza, West Bank and Lebanon fronts (2023-): who acted, what
kind of act it was, and which counts are one act's toll rather than a war's total."""

from __future__ import annotations

import datetime as dt

from marsad.pipeline import extract_text

DAY = dt.date(2024, 9, 10)


def _events(text: str) -> list[tuple]:
    doc = extract_text(text, published=DAY)
    return [(e.event_type, e.sub_event_type, e.actor1, e.actor2, e.fatalities, e.background) for e in doc.events]


def test_tel_aviv_struck_is_a_place_not_the_israeli_side():
    # "تل أبيب" as the target of a rocket salvo names the city, never the striker
    found = _events("أعلنت سرايا القدس اليوم الثلاثاء قصف مدينة تل أبيب برشقة من الصواريخ.")
    assert [e[:3] for e in found] == [("Explosions/Remote violence", "Shelling/artillery/missile attack",
                                       "Al Quds Brigades")]


def test_qassam_named_by_the_full_movement_name_is_the_actor():
    found = _events("أعلن الجناح العسكري لحركة المقاومة الإسلامية قصف مدينة حيفا بالصواريخ أمس.")
    assert found and found[0][2] == "Al Qassam Brigades"


def test_accusative_bombardment_with_a_nationality_names_its_author():
    found = _events("وصلت جثامين شهداء إلى المستشفى بعد قصفا إسرائيليا استهدف منزلا في مخيم البريج اليوم.")
    assert found and found[0][0] == "Explosions/Remote violence" and found[0][2] == "Military Forces of Israel (2022-)"


def test_settlers_raiding_a_village_attack_civilians():
    found = _events("هاجم مستوطنون بلدة سنجل شمال رام الله فجر اليوم الثلاثاء.")
    assert [e[:4] for e in found] == [("Violence against civilians", "Attack", "Settlers (Israel)", "Civilians (Palestine)")]


def test_a_raid_with_detentions_is_an_arrest_not_a_clash():
    found = _events("اقتحمت قوات الاحتلال بلدة عزون شرق قلقيلية اليوم الثلاثاء وشنت حملة دهم واعتقالات واسعة.")
    assert [e[:2] for e in found] == [("Strategic developments", "Arrests")]


def test_losses_inflicted_on_soldiers_by_a_claimant_are_a_clash():
    found = _events("قالت سرايا القدس إنها أوقعت جنودا إسرائيليين بين قتيل وجريح في حي الشجاعية اليوم.")
    assert found and found[0][:4] == ("Battles", "Armed clash", "Al Quds Brigades", "Military Forces of Israel (2022-)")


def test_nationals_killed_with_no_number_count_as_several():
    found = _events("استشهد فلسطينيون في غارة إسرائيلية على بلدة بني سهيلا شرق خان يونس اليوم.")
    assert found and found[0][4] == 3


def test_thousands_with_a_remainder_are_one_total_not_a_toll():
    found = _events("قصف الاحتلال مدينة رفح اليوم، فيما بلغت حصيلة الشهداء منذ بدء العدوان 38 ألفا و412 شهيدا.")
    assert found and found[0][4] == 0


def test_losses_on_all_fronts_are_a_total():
    found = _events("قتل جنديان في معارك بمدينة رفح اليوم، في حين بلغت خسائر الجيش نحو 700 قتيل على جميع الجبهات.")
    assert [e[4] for e in found if e[0] == "Battles"] == [2]


def test_an_analysts_undated_reading_is_background():
    found = _events("يرى الخبير العسكري أن جيش الاحتلال يقصف المنازل في مدينة غزة لإجبار السكان على النزوح.")
    assert found and all(e[5] for e in found)


def test_an_analyst_reporting_a_dated_act_keeps_it_as_news():
    found = _events("قال خبير عسكري إن طائرات الاحتلال قصفت أمس الاثنين مخيم النصيرات.")
    assert found and not any(e[5] for e in found)


def test_conditions_of_detention_name_no_arrest():
    found = _events("نظم ذوو الأسرى وقفة احتجاجية في مدينة دير البلح اليوم تنديدا بظروف اعتقال أبنائهم.")
    assert [e[:2] for e in found] == [("Protests", "Peaceful protest")]


def test_a_gaza_hospital_places_the_strike():
    doc = extract_text("استشهد 4 نازحين في قصف إسرائيلي استهدف خيمة في ساحة مستشفى شهداء الأقصى اليوم.", published=DAY)
    assert [e.admin2 for e in doc.events] == ["Deir Al-Balah"]


def test_experts_killed_in_a_strike_are_victims_not_analysts():
    found = _events("لقي ثلاثة من خبراء المتفجرات مصرعهم في غارة إسرائيلية على بلدة عيتا الشعب جنوبي لبنان.")
    assert found and not any(e[5] for e in found)


def test_a_journalist_killed_by_a_bombardment_is_a_strike():
    found = _events("استشهد الصحفي سامر علي بقصف إسرائيلي على خيمة للنازحين في مدينة خان يونس اليوم.")
    assert found and found[0][:3] == ("Explosions/Remote violence", "Air/drone strike", "Military Forces of Israel (2022-)")


def test_fire_opened_with_the_subject_after_the_verb_is_an_attack():
    # "النار" after its verb's subject is the verb's object, not an act told before
    found = _events("أطلق مستوطنون النار على رعاة أغنام قرب بلدة سنجل شمال رام الله صباح اليوم.")
    assert [e[:4] for e in found] == [("Violence against civilians", "Attack", "Settlers (Israel)", "Civilians (Palestine)")]
