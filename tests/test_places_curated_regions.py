"""Curated places of regions.tsv: protest squares, and quarters the sources know only by a far namesake."""

from __future__ import annotations

from support import chosen_place, geocoded_doc


def test_a_named_square_is_a_place_in_the_city_of_the_story():
    baghdad = geocoded_doc("وتظاهر الآلاف في ساحة التحرير احتجاجا على انقطاع الكهرباء في بغداد والبصرة.")
    assert chosen_place(baghdad, "ساحة التحرير").country_code == "IQ"
    cairo = geocoded_doc("واحتشد مئات الطلاب في ساحة التحرير قبل أن تفرقهم الشرطة في القاهرة.")
    assert chosen_place(cairo, "ساحة التحرير").country_code == "EG"
    assert chosen_place(geocoded_doc("اعتصم العشرات في ميدان التحرير أمس."), "ميدان التحرير").country_code == "EG"


def test_quarter_of_the_story_city_beats_a_far_namesake_village():
    doc = geocoded_doc("وقصفت المليشيات أحياء مدينة تعز من مواقعها في منطقة الحوبان شرقي المدينة.")
    assert chosen_place(doc, "الحوبان").admin1 == "Ta`izz"


def test_bare_philadelphi_is_the_gaza_corridor_not_the_american_city():
    doc = geocoded_doc("وقالت الحكومة إن الجيش لن ينسحب من فيلادلفيا على حدود رفح.")
    assert chosen_place(doc, "فيلادلفيا").country_code == "PS"


def test_cairo_quarter_beats_far_delta_villages_of_its_name():
    doc = geocoded_doc("وانفجرت عبوة أمام كنيسة في العباسية وسط القاهرة، وقتل شرطي.")
    assert chosen_place(doc, "العباسية").admin1 == "Cairo"
