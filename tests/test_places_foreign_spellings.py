"""Foreign towns the news spells by ear (g as غ or ج, long vowels and the
final letter added or dropped) are read as the gazetteer's town, but only
after a cue word or beside "ب" + direction + country, and only in a country
outside the Arab states that the article names, or that a country's
adjective right after the town names."""

from __future__ import annotations

from support import chosen_place as _chosen
from support import geocoded_doc as _doc
from support import place_names as _names

from marsad.knowledge.gazetteer import spelling_skeleton


def test_skeleton_drops_the_letters_spellings_disagree_on():
    assert spelling_skeleton("ناغازاكي") == spelling_skeleton("ناجازاكي")
    assert spelling_skeleton("مروه") == spelling_skeleton("ماروا")
    assert spelling_skeleton("غومبيه") == spelling_skeleton("جومبي")


def test_city_after_its_cue_word_spelled_with_the_other_g():
    doc = _doc("ألقت طائرة قنبلة على مدينة ناغازاكي الساحلية في جنوب اليابان.")
    place = _chosen(doc, "ناغازاكي")
    assert (place.name, place.country_code) == ("Nagasaki", "JP")


def test_town_placed_by_direction_and_country_after_it():
    doc = _doc("قتل عشرون شخصا في تفجير محطة حافلات في غومبيه بشمال شرق نيجيريا.")
    assert _chosen(doc, "غومبيه").name == "Gombe"


def test_short_skeleton_needs_its_country_beside_it():
    assert _chosen(_doc("وقع الهجوم المزدوج في مروة بشمال الكاميرون ليلا."), "مروة").name == "Maroua"
    assert "مروة" not in _names(_doc("وقع هجوم في مروة ليلا، وفق الجيش في الكاميرون."))


def test_no_spelled_by_ear_place_without_its_country_named():
    assert "ناغازاكي" not in _names(_doc("ألقت طائرة قنبلة على مدينة ناغازاكي الساحلية."))


def test_no_spelled_by_ear_place_in_an_arab_country():
    # "حدودية" shares the skeleton of الحديدة: Arab towns are spelled natively.
    assert "حدودية" not in _names(_doc("اندلعت اشتباكات في منطقة حدودية شمال اليمن."))
    assert "حدودية" not in _names(_doc("اندلعت اشتباكات في قرى حدودية بشمال اليمن."))


def test_town_named_as_the_seat_of_a_province():
    doc = _doc("وطال آخر الهجمات صباح أمس داماتوري مركز ولاية يوبي شمال شرق نيجيريا.")
    assert _chosen(doc, "داماتوري").name == "Damaturu"


def test_curated_province_spelled_with_an_added_vowel():
    doc = _doc("انفجرت شاحنة مفخخة في ولاية لوغار جنوب العاصمة الأفغانية، وفق شرطة أفغانستان.")
    place = _chosen(doc, "لوغار")
    assert (place.name, place.country_code) == ("Logar", "AF")


def test_foreign_compound_name_is_not_the_village_of_its_first_word():
    # "سلطان" alone is an Iraqi village; with a second word spelled by ear it is Istanbul's Sultanbeyli
    doc = _doc("قتل شرطي في اشتباك مع مطلوبين في منطقة سلطان بايلي، بحسب وزارة الداخلية التركية.")
    place = _chosen(doc, "سلطان بايلي")
    assert (place.name, place.country_code) == ("Sultanbeyli", "TR")
    assert "سلطان" not in _names(doc)


def test_arab_village_followed_by_an_ordinary_word_stays_itself():
    doc = _doc("سقطت قذيفة على قرية سلطان بعد منتصف الليل في ريف الديوانية.")
    assert _chosen(doc, "سلطان").country_code == "IQ"


def test_a_country_adjective_after_the_town_names_its_country():
    # no country name anywhere, and a two-letter skeleton: the adjective stands beside the town
    doc = _doc("قتل خمسة أشخاص في تفجير انتحاري في مدينة كويتا الباكستانية.")
    assert (_chosen(doc, "كويتا").name, _chosen(doc, "كويتا").country_code) == ("Quetta", "PK")
    assert "كويتا" not in _names(_doc("قتل خمسة أشخاص في تفجير انتحاري في مدينة كويتا."))
