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


# Review 3 (session 29): a city named in the quarters' sentence only as where reinforcements
# came from, or where a source speaks, holds no quarter.

def _locations(text: str) -> list[str | None]:
    import datetime as dt

    from marsad.pipeline import extract_text

    return [e.location for e in extract_text(text, published=dt.date(2024, 5, 10)).events]


def test_a_city_the_reinforcements_came_from_holds_no_quarter():
    locations = _locations("تواصل القوات التركية هجومها على مدينة عفرين منذ أسابيع.\n"
                           "وسيطرت الفصائل على حيي الأشرفية والجميلية بعد وصول تعزيزات من مدينة إعزاز.")
    assert "Azaz" not in locations
    doc = _doc("تشهد مدينة تعز معارك عنيفة منذ أيام.\n"
               "وقصف الحوثيون أحياء عصيفرة والأشراف بالمدفعية بعد وصول تعزيزات لهم من مدينة إب، "
               "ما أدى إلى مقتل مدنيين.")
    assert _chosen(doc, "عصيفرة").admin1 == "Ta`izz"


def test_the_city_a_source_speaks_from_holds_no_quarter():
    locations = _locations("قال مصدر في مدينة إعزاز إن قذائف سقطت على حيي الأشرفية والشيخ مقصود "
                           "ما أدى إلى مقتل طفل.")
    assert locations == ["Sheikh Maqsoud"]


def test_a_city_opening_the_sentence_before_its_speaker_still_holds_the_quarter():
    # the city is the scene, the speaker comes after it
    doc = _doc("وفي جنوب مدينة الحديدة الساحلية، قالت مصادر محلية إن الميليشيات شنت قصفا على المنازل "
               "في حي المنظر، مما أسفر عن إصابة مدنيين.")
    assert _chosen(doc, "المنظر").admin1 == "Al Hudaydah"
