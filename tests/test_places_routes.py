"""Road phrases name a route, not the town at one of its ends."""

from __future__ import annotations

from support import geocoded_doc, place_doc, scene_places

from marsad.stages import geocode


def _route_ids(text: str) -> dict[str, int | None]:
    return {m.attrs["surface_ar"]: m.attrs.get("route") for m in place_doc(text).of_kind("place")}


def test_two_towns_after_a_road_word_share_one_route():
    ids = _route_ids("نصب مسلحون كمينا لقافلة على طريق دمشق درعا فجر اليوم.")
    assert ids["دمشق"] is not None and ids["دمشق"] == ids["درعا"]


def test_road_between_two_named_units_is_one_route():
    ids = _route_ids("قطع مسلحون الطريق الدولي الذي يربط بين مدينة حلب ومدينة اللاذقية.")
    assert ids["حلب"] is not None and ids["حلب"] == ids["اللاذقية"]


def test_by_way_of_is_no_road():
    assert _route_ids("ودخلت الشحنة إلى البلاد عن طريق الحديدة أمس.")["الحديدة"] is None


def test_route_scene_is_the_middle_of_the_road_not_its_first_town():
    [scene] = scene_places("نصب مسلحون كمينا لقافلة على طريق دمشق درعا فجر اليوم.", "كمينا")
    place = scene.attrs["place"]
    assert place.name != "Damascus" and scene.attrs["precision"] == 3
    assert 32.6 < place.lat < 33.5  # between Daraa (32.6) and Damascus (33.5)


def test_town_named_on_the_road_is_the_scene():
    text = "وانفجرت عبوة ناسفة بدورية على طريق حمص-تدمر قرب بلدة الفرقلس."
    assert [m.attrs["surface_ar"] for m in scene_places(text, "انفجرت")] == ["الفرقلس"]


def test_route_end_in_the_story_province_is_the_scene_near_it():
    text = ("تظاهر المئات في البصرة أمس.\nوأغلق المحتجون في البصرة مبنى المحافظة.\n"
            "وقطع المحتجون الطريق السريع بين البصرة وبغداد.")
    doc = geocoded_doc(text)
    start = text.index("وقطع")
    [scene] = geocode.event_places(doc, start, len(text), start)
    assert scene.attrs["place"].name == "Basra" and scene.attrs["precision"] == 2


def test_road_named_by_one_town_is_near_it():
    doc = geocoded_doc("وانفجرت عبوة على طريق تدمر صباح اليوم.")
    [mention] = doc.of_kind("place")
    assert mention.attrs["precision"] == 2
