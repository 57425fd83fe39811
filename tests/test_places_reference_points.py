"""Places that only locate another: a far distance's reference point, a superlative's unit."""

from __future__ import annotations

from support import geocoded_doc
from support import place_doc as _doc


def _mention(doc, surface: str):
    return next(m for m in doc.of_kind("place") if m.attrs["surface_ar"] == surface)


def test_place_measured_from_far_away_is_a_reference_not_a_scene():
    doc = _doc("وقتل عشرة أشخاص في البلدة الواقعة على مسافة 450 كيلومترا تقريبا شرقي بنغازي.")
    assert _mention(doc, "بنغازي").attrs["in_title"]


def test_word_with_a_final_hamza_is_no_village_in_a_list():
    doc = _doc("قاد فصيلا في داريا، إحدى ضواحي دمشق، بدأ كفصيل صغير.")
    assert "بدأ" not in [m.attrs["surface_ar"] for m in doc.of_kind("place")]


def test_place_a_few_kilometres_away_still_locates_the_act():
    doc = _doc("وتقدمت القوات حتى صارت على بعد 4 كيلومترات من مدينة منبج.")
    assert not _mention(doc, "منبج").attrs["in_title"]


def test_unit_after_a_superlative_is_the_container_of_the_town_it_describes():
    doc = geocoded_doc("أعلنت الحكومة تحرير حلب كبرى مدن الشمال السوري بعد معارك طويلة.")
    assert _mention(doc, "الشمال السوري").attrs.get("locates") is _mention(doc, "حلب")


def test_ordinary_noun_after_amid_is_no_place():
    assert [m.attrs["surface_ar"] for m in _doc("وحوصر العشرات وسط القتال قرب مدينة مصراتة.").of_kind("place")] == ["مصراتة"]
    assert "حمص" in [m.attrs["surface_ar"] for m in _doc("وانفجرت سيارة وسط حمص.").of_kind("place")]


def test_nisba_adjective_of_a_definite_cue_noun_is_no_place():
    names = [m.attrs["surface_ar"] for m in _doc("وتظاهر المئات في العاصمة العراقية بغداد أمس.").of_kind("place")]
    assert names == ["بغداد"]
    assert [m.attrs["surface_ar"] for m in _doc("واعتقل ناشطون في المنطقة الشرقية.").of_kind("place")] == ["المنطقة الشرقية"]
