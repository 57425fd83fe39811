"""One act told over several places is one event per place: two directions
sharing one name ("شمال وجنوب X") are two regions, a list in brackets after
a plural cue noun ("مديريات (X، Y)") is a list of scenes, a region joined
after another ("الجليل ووسط إسرائيل") is a scene of its own, and a village
listed with another is looked for near it, not at a far namesake."""

from __future__ import annotations

import datetime as dt

from support import geocoded_doc, place_doc

from marsad.pipeline import extract_text
from marsad.stages.geocode import admin1_of

DAY = dt.date(2024, 9, 25)


def _places(text: str, day: dt.date = DAY) -> list[str]:
    return sorted(e.location for e in extract_text(text, published=day).events)


def test_two_directions_of_one_country_are_two_regions() -> None:
    text = "وأعلنت جماعة مسلحة أنها قصفت بالصواريخ شمال وجنوب إسرائيل فجر اليوم."
    assert _places(text) == ["Northern Israel", "Southern Israel"]


def test_the_paired_direction_keeps_the_shared_name_in_its_arabic_form() -> None:
    doc = place_doc("وسقطت قذائف على شمال وجنوب إسرائيل.")
    assert [m.attrs["surface_ar"] for m in doc.of_kind("place")] == ["شمال إسرائيل", "جنوب إسرائيل"]


def test_one_direction_of_a_region_is_still_one_place() -> None:
    text = "وأعلنت جماعة مسلحة أنها قصفت بالصواريخ جنوب إسرائيل فجر اليوم."
    assert _places(text) == ["Southern Israel"]


def test_a_launch_point_named_by_two_directions_is_no_scene() -> None:
    text = "وأطلقت الفصائل صواريخ من شمال وجنوب قطاع غزة باتجاه عسقلان."
    assert "North Gaza" not in _places(text)


def test_a_bracketed_list_after_a_plural_cue_is_one_event_per_member() -> None:
    text = "وشنت طائرات التحالف غارات على مديريات (صرواح، مجزر، نهم) في محافظة مأرب."
    assert len(_places(text, dt.date(2018, 5, 14))) == 3


def test_a_central_region_joined_after_another_is_a_second_scene() -> None:
    text = "وكثف الحزب قصفه الصاروخي على مناطق بالجليل ووسط إسرائيل."
    assert _places(text) == ["Central Israel", "Galilee"]


def test_a_listed_village_is_not_its_far_namesake() -> None:
    text = ("وتقدمت القوات في جبال البياض بمديرية نهم شرقي صنعاء.\n"
            "وفي الحديدة، قصفت الجماعة قرى مديرية التحيتا بمحافظة الحديدة.\n"
            "واستهدفت الجماعة قريتي المحاريق والكدف بقذائف الهاون.")
    doc = geocoded_doc(text)
    mahariq = next(m for m in doc.of_kind("place") if m.attrs["surface_ar"] == "المحاريق")
    assert admin1_of(mahariq.attrs["place"]) == "Al Hudaydah"


def test_a_direction_carried_over_a_dual_list_locates_both_towns() -> None:
    text = "وقصفت الطائرات الحربية موقعين غرب مدينتي رفح وخان يونس الليلة الماضية."
    assert set(_places(text, dt.date(2018, 5, 27))) == {"Rafah", "Khan Yunis"}
