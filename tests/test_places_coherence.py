"""Namesakes chosen by the places around them: a compound name before its
governorate, a place located by a city's entrance, the paragraph's other
places, and a country after a locating preposition in a roundup."""

from __future__ import annotations

from support import chosen_place as _chosen
from support import geocoded_doc as _doc

from marsad.stages import geocode


def test_compound_village_name_before_its_governorate_is_read_inside_it():
    doc = _doc("سقطت قذائف على نقطة للجيش في تل كروم جبا بالقنيطرة صباحا.")
    place = _chosen(doc, "تل كروم")
    assert (place.country_code, place.admin1) == ("SY", "Quneitra")


def test_place_at_a_city_entrance_is_near_that_city():
    doc = _doc("سيطر المقاتلون على مدينة عدن بعد غارة على مخزن في الرباط عند المدخل الشمالي للمدينة.")
    place = _chosen(doc, "الرباط")
    aden = _chosen(doc, "عدن")
    assert geocode.distance_km(place.lat, place.lon, aden.lat, aden.lon) < 50


def test_village_takes_the_namesake_near_the_paragraphs_other_places():
    doc = _doc("تركز القصف على بلدات تسيل وحيط والشجرة، واستهدفت غارة موقعا غرب بلدة المعلقة المحاذية للحدود.")
    assert _chosen(doc, "المعلقة").admin1 == "Quneitra"


def test_country_after_a_locating_word_in_a_roundup_is_a_scene():
    text = ("في مثل هذا اليوم أعلنت ألمانيا قرارا جديدا.\n"
            "قال مسؤول إن 12 شخصا قتلوا عندما فجر انتحاري نفسه في شرق أفغانستان.")
    doc = _doc(text)
    scenes = geocode.event_places(doc, 0, len(text), text.index("فجر"))
    assert [m.attrs["place"].country_code for m in scenes] == ["AF"]


def test_country_after_min_is_never_the_scene_even_alone():
    text = "هاجم مسلحون القوات المدعومة من الولايات المتحدة."
    assert geocode.event_places(_doc(text), 0, len(text), text.index("هاجم")) == []


def test_country_named_only_as_a_party_yields_to_the_country_of_the_scene():
    text = ("قال وزير الخارجية العائد إلى واشنطن إن الولايات المتحدة تدعم القوات المدعومة من الولايات المتحدة.\n"
            "ووقعت المعارك قبل أسبوع في أوكرانيا.\n"
            "وقالت الولايات المتحدة إن العشرات قتلوا في هجوم.")
    doc = _doc(text)
    assert doc.country_hint == "US"
    place, precision, _ = geocode.fallback_place(doc, text.index("هجوم"))
    assert (place.country_code, precision) == ("UA", 3)
