"""Geocoding: every item of a list of places is a scene, even when quoted,
after a road or unknown to the gazetteer; destinations and addressees are not."""

from __future__ import annotations

from support import place_doc, scene_names


def test_quoted_names_keep_their_governorate_and_each_item_is_a_scene():
    text = "قصفت الطائرات مواقع في مديرية «زنجبار» بمحافظة «أبين» ومنطقة «حرض» بمحافظة «حجة»."
    assert scene_names(text, "قصفت") == ["زنجبار", "حرض"]


def test_an_item_missing_from_the_gazetteer_is_placed_by_its_district():
    text = ("قصفت الطائرات مواقع في مديرية لودر بمحافظة أبين، ومنطقة الحجيلة بمحافظة حجة، "
            "وقرية المقرعي بمديرية نعمان التابعة لمحافظة البيضاء.")
    assert scene_names(text, "قصفت")[-1] == "نعمان"


def test_the_list_goes_on_after_a_road_between_two_places():
    text = ("واستهدفت الغارات شاحنات على الطريق الذي يربط بين محافظة «ذمار» والعاصمة صنعاء، "
            "وفي منطقة «المقرعي» بمديرية «نعمان» التابعة لمحافظة «البيضاء».")
    assert scene_names(text, "واستهدفت")[-1] == "نعمان"


def test_a_district_reached_by_people_fleeing_is_not_a_list_item():
    text = "قتل مسلح في منطقة الحوطة بمحافظة لحج، وفر آخرون نحو قرية المقرعي بمديرية نعمان."
    assert "نعمان" not in scene_names(text, "قتل")


def test_a_convoy_on_its_way_to_a_governorate_is_not_hit_there():
    text = "هاجم مسلحون في منطقة الحوطة رتلا عسكريا كان في طريقه إلى محافظة إب."
    assert scene_names(text, "هاجم") == ["الحوطة"]


def test_the_government_a_demand_is_addressed_to_is_no_place():
    doc = place_doc("وكانت المنظمة قد دعت الشهر الماضي أنقرة إلى وقف القصف على القرى الحدودية.")
    assert [m.attrs.get("in_title") for m in doc.of_kind("place") if m.attrs["surface_ar"] == "أنقرة"] == [True]


def test_a_demand_by_two_bodies_still_addresses_the_capital():
    doc = place_doc("وطالب الاتحاد الأفريقي والجامعة العربية الخرطوم إلى فتح الممرات أمام المساعدات.")
    assert [m.attrs.get("in_title") for m in doc.of_kind("place") if m.attrs["surface_ar"] == "الخرطوم"] == [True]
