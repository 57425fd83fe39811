"""Quarters lie in a city: the one their sentence names, not a namesake in
another governorate, and a hamlet read elsewhere pins no governorate for
them (session 29, H323)."""

from __future__ import annotations

from support import chosen_place as _chosen
from support import geocoded_doc as _doc
from support import place_mention as _mention


def test_quarters_lie_in_the_city_their_sentence_names():
    # Aleppo governorate holds Afrin and the story names it too, but the
    # Ashrafiyah the gazetteer knows lie in other governorates: the quarter
    # taken with the city is the city's, not somewhere in the province.
    doc = _doc(
        "تواصل القوات التركية هجومها شمال حلب منذ أسابيع.\n"
        "وأعلنت الفصائل توغلها داخل مدينة عفرين والسيطرة على حيي الأشرفية والجميلية."
    )
    place = _chosen(doc, "الأشرفية")
    assert (place.name, place.feature_class) == ("Afrin", "town")
    assert _mention(doc, "الأشرفية").attrs["precision"] == 2


def test_a_quarters_namesake_in_another_governorate_yields_to_the_city_named_with_it():
    doc = _doc("وتقدم المسلحون في مدينة تعز وقصفوا أحياء عصيفرة والأشراف بالمدفعية.")
    place = _chosen(doc, "الأشراف")
    assert (place.name, place.admin1) == ("Ta'izz", "Ta`izz")


def test_a_hamlet_read_from_an_ordinary_word_pins_no_governorate_for_quarters():
    # "المواقع" (the positions) reads as a hamlet of Amran; it must not keep
    # Kilaba, a quarter the gazetteer knows only in Amran, out of Taiz.
    doc = _doc(
        "واصلت المقاومة هجماتها على مواقع الحوثيين في مدينة تعز.\n"
        "وشن المتمردون قصفا عشوائيا على الأحياء السكنية. واستهدف القصف أحياء كلابة والروضة.\n"
        "واستسلم عشرات المتمردين للمقاومة في محيط المواقع."
    )
    place = _chosen(doc, "كلابة")
    assert (place.name, place.feature_class) == ("Ta'izz", "city")
    assert _mention(doc, "كلابة").attrs["precision"] == 2


def test_a_quarter_near_the_city_its_sentence_names_keeps_its_own_place():
    # التحرير is a district of Sanaa, the city the sentence names.
    doc = _doc("وقصفت الطائرات مواقع في العاصمة صنعاء وأحياء التحرير.")
    assert _chosen(doc, "التحرير").admin1 == "Amanat Al Asimah"


def test_a_suburb_filed_under_the_next_governorate_stays_beside_the_city_named():
    # الحجر الأسود lies a few km south of Damascus but in Rif Dimashq: it is the
    # quarter itself, not a namesake to replace by the city.
    doc = _doc("وكثفت قوات النظام قصفها على أحياء في جنوب دمشق بينها حي الحجر الأسود.")
    place = _chosen(doc, "الحجر الأسود")
    assert (place.name, place.admin1) == ("Al Hajar al Aswad", "Rif Dimashq")


def test_a_district_of_a_metropolis_in_its_own_governorate_stays_itself():
    # Sultanbeyli lies 25 km from Istanbul's point, inside Istanbul province.
    doc = _doc("واستهدف هجوم انتحاري مركزا للشرطة في حي سلطان بيلي على الضفة الآسيوية في إسطنبول.")
    assert _chosen(doc, "سلطان بيلي").name == "Sultanbeyli"
