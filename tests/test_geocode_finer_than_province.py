"""A town the text names is not lost to its province: a name spelled with a
final hamza seat after a town cue, the edge of a governorate's seat, a region
whose name opens with a direction word after a definite noun, and a large
city abroad after a town cue."""

from __future__ import annotations

from support import chosen_place as _chosen
from support import geocoded_doc as _doc
from support import place_names as _names
from support import scene_names as _scenes

from marsad.stages import geocode


def test_town_spelled_with_a_final_hamza_seat_after_a_town_cue_is_a_place():
    doc = _doc("قتل عشرون مدنيا في غارات على مدينة المخأ بمحافظة تعز.")
    place = _chosen(doc, "المخأ")
    assert place.admin1 == "Ta`izz" and not place.is_admin
    assert _scenes("قتل عشرون مدنيا في غارات على مدينة المخأ بمحافظة تعز.", "غارات") == ["المخأ"]


def test_verb_with_a_final_hamza_seat_is_still_no_place():
    assert "بدأ" not in _names(_doc("بدأ القصف على مدينة تعز صباحا."))
    # a cue the list before it lends is no cue of its own
    assert "بدأ" not in _names(_doc("قاد لواء في داريا، إحدى ضواحي دمشق، بدأ كفصيل صغير."))


def test_near_a_governorate_seat_is_the_city_not_the_governorate():
    doc = _doc("قال سكان في العاصمة صنعاء إن الطائرات شنت غارات قرب صنعاء فجر أمس.")
    near = [m for m in doc.of_kind("place") if m.attrs["surface_ar"] == "صنعاء"][-1]
    assert near.attrs["place"].feature_class == "city" and near.attrs["precision"] == 2


def test_region_opening_with_a_direction_after_a_definite_adjective_is_a_place():
    text = "قتل شاب برصاص جنود الجيش الإسرائيلي شمال الضفة الغربية أمس."
    assert "شمال الضفة الغربية" in _names(_doc(text))
    assert _scenes(text, "برصاص") == ["شمال الضفة الغربية"]


def test_nisba_after_a_definite_noun_is_still_an_adjective():
    assert "السورية" not in _names(_doc("قالت الحكومة السورية إن الطرق مغلقة."))


def test_large_city_abroad_after_a_town_cue_is_a_scene():
    doc = _doc("تواصل القتال في عدن اليمنية، وفجر انتحاري نفسه في مسجد بالقرب من مدينة أبها.")
    mention = next(m for m in doc.of_kind("place") if m.attrs["surface_ar"] == "أبها")
    assert mention.attrs["place"].country_code == "SA" and geocode.plausible_scene(doc, mention)


def test_large_city_inheriting_a_list_cue_is_no_scene_abroad():
    doc = _doc("سقطت قذائف أطلقتها الفصائل على مناطق في بلدتي نبل والزهراء، عقبه قصف على مناطق في بلدة عندان.")
    assert not any(geocode.plausible_scene(doc, m) for m in doc.of_kind("place") if m.attrs["place"].country_code == "JO")


def test_towns_abroad_in_the_news_spelling_are_found():
    # curated spellings the sources lack (regions.tsv): ليجي for ليجا, جيليب for جلب
    assert _scenes("قتل متطرفان في ضربة جوية أمريكية قرب جيليب في الصومال.", "ضربة") == ["جيليب"]
    doc = _doc("قتل جنديان في انفجار عبوة ناسفة في منطقة ليجي بولاية ديار بكر جنوب شرق تركيا.")
    assert _chosen(doc, "ليجي").name == "Lice"
