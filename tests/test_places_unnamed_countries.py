"""Places abroad in a country the story never names, capitals acting as
governments, names of craft, and a scene fronted before its act."""

from __future__ import annotations

import datetime as dt

from support import chosen_place as _chosen
from support import geocoded_doc as _geocoded
from support import place_doc as _doc
from support import place_names as _names

import marsad


def _flagged(text: str, surface: str) -> bool:
    """Whether the mention `surface` is flagged as no scene (`in_title`)."""
    return next(m.attrs["in_title"] for m in _doc(text).of_kind("place") if m.attrs["surface_ar"] == surface)


def test_small_place_abroad_in_a_country_the_story_never_names_is_a_word():
    names = _names(_doc("ذكرت مديرية الأمن العام أن دورية تعرضت لإطلاق نار في محافظة البلقاء.\n"
                        "وقال مصدر إنه بوشر التحقيق مع المتهمين."))
    assert "البلقاء" in names
    assert "الأمن" not in names and "بوشر" not in names


def test_verb_spelled_like_a_city_abroad_is_no_place_unless_its_country_is_named():
    assert "رشت" not in _names(_doc("قال المسعفون في محافظة إدلب إن مادة سامة رشت على المدنيين."))
    assert "رشت" in _names(_doc("وصل الوزير إلى رشت في شمال إيران."))


def test_village_after_a_town_noun_stays_a_place_whatever_the_gazetteer_knows():
    doc = _geocoded("قصفت طائرات التحالف مواقع قرب مدينة الموصل في محافظة نينوى.\nوأصابت الغارات قرية تل حسن.")
    assert "تل حسن" in _names(doc)


def test_district_word_prefers_a_namesake_at_home_to_a_capital_abroad():
    doc = _geocoded("عدن - شنت طائرات التحالف غارات على مواقع الحوثيين في لحج، "
                    "وأسفرت إحدى الضربات عن تدمير مخزن أسلحة في منطقة الرباط.")
    assert _chosen(doc, "الرباط").country_code == "YE"


def test_country_adjective_after_a_governed_name_places_it_in_that_country():
    doc = _geocoded("قتل ثلاثة مدنيين في غارة على صنعاء.\nوأشار إلى التفجير الذي استهدف مسجدا بالقطيف السعودية.")
    assert _chosen(doc, "القطيف").country_code == "SA"


def test_capital_doing_what_a_government_does_is_no_scene():
    assert _flagged("وهددت الولايات المتحدة بالرد إذا استخدمت دمشق الأسلحة الكيماوية.", "دمشق")
    assert _flagged("ويقاتل هؤلاء لصالح مشاريع طهران في المنطقة.", "طهران")
    assert _flagged("ومنذ عامين شنت موسكو عملية عسكرية لدعم النظام.", "موسكو")


def test_name_given_to_a_craft_is_no_place():
    assert "الدمام" not in _names(_doc("استهدف الحوثيون بارجة حربية تحمل اسم الدمام قبالة سواحل الحديدة."))


def test_place_fronted_before_the_act_is_its_scene():
    doc = marsad.extract("وفي مديرية المسراخ، قتلت ميليشيا الحوثي ثلاثة مدنيين بقذيفة في محافظة تعز.",
                         published=dt.date(2018, 8, 15))
    assert [e.location for e in doc.events] == ["Al Misrakh"]


def test_camp_noun_heading_a_sites_name_after_a_district_word_is_no_place():
    assert "معسكر" not in _names(_doc("قصفت الطائرات منطقة معسكر الطلائع قرب مدينة تدمر."))
    assert "معسكر" in _names(_doc("ضرب زلزال ولاية معسكر غرب الجزائر."))
