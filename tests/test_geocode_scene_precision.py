"""Geocoding: the scene is the most precise place the act's sentence names for it."""

from __future__ import annotations

import datetime as dt

from marsad.pipeline import extract_text

_DAY = dt.date(2019, 3, 4)


def _locations(text: str) -> list[tuple[str, int]]:
    """(location, geo_precision) of every event extracted from `text`."""
    return [(e.location, e.geo_precision) for e in extract_text(text, published=_DAY).events]


def test_a_village_where_strikes_on_a_region_killed_people_is_the_scene():
    text = "شنت الطائرات التركية أمس غارات على مواقع المتمردين في شمال العراق، أسفرت عن مقتل ثلاثة رعاة في قرية سيدكان."
    assert [name for name, _ in _locations(text)] == ["Sidakan"]


def test_a_town_where_shelling_of_a_country_killed_people_is_the_scene():
    text = "قصفت المدفعية أمس مواقع المسلحين في سوريا، ما أدى إلى مقتل أربعة مدنيين في بلدة الحفة."
    assert [name for name, _ in _locations(text)] == ["Al Haffah"]


def test_the_shooters_post_is_not_the_scene_of_their_shelling():
    text = "قصفت المليشيات المتمركزة في منطقة الحوبان أمس حي الروضة بمدينة تعز."
    assert [name for name, _ in _locations(text)] == ["Ta'izz"]


def test_the_post_of_the_forces_firing_yields_to_the_town_hit():
    text = "قتل ثلاثة مدنيين أمس بقصف من قوات النظام المتمركزة في جبل التركمان على بلدة الحفة."
    assert [name for name, _ in _locations(text)] == ["Al Haffah"]


def test_the_position_of_the_targets_is_the_scene():
    text = "شنت الطائرات أمس غارات على مواقع المسلحين المتحصنين في مدينة البوكمال."
    assert [name for name, _ in _locations(text)] == ["Abu Kamal"]


def test_the_launch_site_after_starting_from_is_not_the_scene():
    text = "أطلق مسلحون أمس صواريخ على مدينة سديروت انطلاقا من بلدة بيت حانون."
    assert [name for name, _ in _locations(text)] == ["Sderot"]


def test_a_post_named_alone_yields_to_the_city_the_story_opens_with():
    text = ("أكدت مصادر طبية في مدينة تعز توقف مستشفى المدينة عن العمل.\n"
            "وقال مدير المستشفى إن المبنى تضرر أمس جراء القصف العنيف من المسلحين المتمركزين في منطقة الحوبان.")
    assert [name for name, _ in _locations(text)] == ["Ta'izz"]


def _paragraph_places(*sentences: str) -> dict[str, tuple[str, str, int]]:
    """Surface -> (admin1, feature class, precision) of the places of a one-paragraph document."""
    from support import joined_sentences

    from marsad.stages import geocode, places

    doc = joined_sentences(*sentences, published=_DAY)
    places.process(doc)
    geocode.process(doc)
    return {
        m.attrs["surface_ar"]: (p.admin1 or p.name, p.feature_class, m.attrs["precision"])
        for m in doc.of_kind("place") if (p := m.attrs.get("place")) is not None
    }


def test_a_village_known_only_far_away_is_read_inside_the_district_just_named():
    found = _paragraph_places("وشنت الطائرات غارات على محافظة صعدة.", "وتواصلت الاشتباكات في عدة جبهات.",
                              "تقدمت القوات أمس في مديرية مودية بمحافظة أبين.",
                              "وقال قائد ميداني إن القوات دخلت قرية السلامية.")
    assert found["السلامية"][0] == "Abyan" and found["السلامية"][2] == 2


def test_a_village_of_the_governorate_named_after_it_keeps_its_own_place():
    found = _paragraph_places("سيطر المسلحون على مواقع في محافظة مأرب.",
                              "وهاجم المقاومون في منطقة الراهدة التابعة لمحافظة تعز رتلا.")
    assert found["الراهدة"][0] == "Ta`izz"
