"""The town the text names is the scene, not the unit, capital or region named
beside it: a far city measured from through a cue word or "إلى الشرق من", a
governorate after "في X في Y", a frequent word after "مدينة" that its unit
places, a unit after ", عاصمة", and towns the sources spell another way."""

from __future__ import annotations

from support import place_doc, place_mention, scene_names

from marsad.knowledge.gazetteer import load_gazetteer
from marsad.text import normalize


def test_capital_measured_from_through_a_direction_phrase_is_a_reference():
    doc = place_doc("وتقع المدينة على بعد 175 كيلومترا إلى الشمال من العاصمة بغداد.")
    assert place_mention(doc, "بغداد").attrs["in_title"]


def test_place_after_fi_behind_a_distance_is_told_plainly():
    doc = place_doc("سقطت القذائف على بعد 40 كيلومترا من الحدود في بلدة سنجار.")
    assert not place_mention(doc, "سنجار").attrs["in_title"]


def test_capital_spelled_by_ear_and_measured_from_is_a_reference():
    doc = place_doc("هاجم مسلحون ثكنة في بلدة سيفاري التي تبعد نحو 600 كيلومتر إلى الشرق من العاصمة بماكو في مالي.")
    assert place_mention(doc, "بماكو").attrs["in_title"]


def test_governorate_after_the_town_it_holds_yields_to_the_town():
    text = "قصفت الطائرات مدرسة للنازحين في خان يونس في غزة، وخلف القصف عشرات القتلى."
    assert scene_names(text, "القصف") == ["خان يونس"]


def test_frequent_word_after_city_noun_is_the_town_its_unit_places():
    text = "قتل أربعة في اشتباكات قرب مدينة بلد بمحافظة صلاح الدين."
    assert scene_names(text, "اشتباكات") == ["بلد"]


def test_unit_after_a_seat_noun_is_no_second_scene():
    text = "استهدفت المقاتلات قرى في منطقة رواندز في شرق أربيل، عاصمة إقليم كردستان العراق."
    assert scene_names(text, "استهدفت") == ["رواندز"]


def test_towns_the_sources_spell_another_way_are_found():
    gazetteer = load_gazetteer()
    for name, country in (("لافايت", "US"), ("موديعين", "IL"), ("لياج", "BE"), ("دنغارا", "TJ")):
        assert any(p.country_code == country and p.feature_class == "town" for p in gazetteer.lookup(normalize(name)))
