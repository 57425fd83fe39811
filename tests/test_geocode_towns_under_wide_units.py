"""Acts placed at a country or region centre although their sentence names the town."""

from __future__ import annotations

from support import chosen_place as _chosen
from support import geocoded_doc as _doc
from support import place_names as _names
from support import scene_names as _scenes

from marsad.stages import geocode


def test_town_owning_a_site_after_a_preposition_is_the_scene_not_the_region():
    text = "أعدمت السلطات تسعة سجناء في سجن البصرة بجنوب العراق يوم الأحد."
    assert _scenes(text, "أعدمت") == ["البصرة"]


def test_town_owning_a_site_with_a_joined_preposition_is_the_scene():
    text = "انفجرت عبوة ناسفة بسوق كركوك بشمال العراق صباح اليوم."
    assert _scenes(text, "انفجرت") == ["كركوك"]


def test_site_left_or_reached_does_not_place_the_act_at_its_town():
    def owner(text: str) -> bool:
        doc = _doc(text)
        return geocode._site_owner(doc, next(m for m in doc.of_kind("place") if m.attrs["surface_ar"] == "البصرة"))

    assert owner("قتل حارسان في سجن البصرة فجر اليوم.")
    assert not owner("فر عشرات السجناء من سجن البصرة فجر اليوم.")
    assert not owner("نقل الجرحى إلى مستشفى البصرة فجر اليوم.")


def test_site_without_a_town_leaves_the_country_as_the_scene():
    text = "انفجرت عبوة ناسفة في سوق شعبي في العراق صباح اليوم."
    assert _scenes(text, "انفجرت") == ["العراق"]


def test_direction_before_a_city_noun_keeps_the_city_not_its_governorate():
    place = _chosen(_doc("سقطت قذائف على أحياء شمال مدينة عدن مساء الأحد."), "عدن")
    assert place.feature_class == "city"
    doc = _doc("سقطت قذائف على أحياء قرب مدينة تعز مساء الأحد.")
    assert _chosen(doc, "تعز").feature_class == "city"


def test_direction_before_a_governorate_noun_keeps_the_governorate():
    place = _chosen(_doc("سقطت قذائف على قرى شمال محافظة تعز مساء الأحد."), "تعز")
    assert place.feature_class == "admin1"


def test_great_city_often_written_as_a_club_is_a_place_after_in():
    assert _names(_doc("خرج آلاف المتظاهرين في برشلونة بإسبانيا للمطالبة بالاستقلال.")) == [
        "برشلونة", "إسبانيا"]
    assert _names(_doc("أطلق رجل النار على المارة في مدريد مساء الجمعة.")) == ["مدريد"]


def test_great_city_word_without_a_preposition_of_place_stays_no_place():
    assert _names(_doc("فاز برشلونة على منافسه بثلاثة أهداف.")) == []
