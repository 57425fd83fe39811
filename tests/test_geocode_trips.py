"""Geocoding: trips, foreign namesakes and units named in the sentence decide what is no scene."""

from __future__ import annotations

from support import scene_names


def test_reinforcements_sent_from_a_city_are_not_placed_there():
    text = "في مدينة الضالع قصفت الجماعة الأحياء السكنية بعد وصول تعزيزات قادمة من مدينة ذمار."
    assert scene_names(text, "قصفت") == ["الضالع"]


def test_a_list_of_origins_is_left_out_with_its_first_member():
    text = "في مدينة البيضاء هاجم المسلحون مواقع الجيش بتعزيزات تم الدفع بها من صنعاء وذمار."
    assert scene_names(text, "هاجم") == ["البيضاء"]


def test_travellers_held_on_their_way_to_a_city_are_not_placed_there():
    text = "اعتقل مسلحون عشرات المسافرين بحجة ذهابهم إلى عدن."
    assert scene_names(text, "اعتقل") == []


def test_a_withdrawal_toward_a_city_still_stays_at_the_town_left():
    text = "انسحبت القوات من بلدة تلكلخ باتجاه مدينة حمص."
    assert scene_names(text, "انسحبت") == ["تلكلخ"]


def test_bare_words_read_as_foreign_villages_do_not_vouch_for_each_other():
    text = ("تظاهر سكان الخرطوم أمس احتجاجا على انقطاع المياه في الخرطوم وأم درمان. "
            "واعتصم المحتجون في الميادين العامة، وقتل شاب في الجريف.")
    assert "الجريف" not in scene_names(text, "وقتل")


def test_a_foreign_city_named_twice_is_still_a_scene():
    text = "قال مسؤول عراقي إن الشرطة اعتقلت خمسة أشخاص في اسطنبول. وجرت المداهمات في اسطنبول ليلا."
    assert scene_names(text, "اعتقلت") == ["اسطنبول"]


def test_the_aden_palace_district_is_found_in_aden():
    from support import chosen_place, geocoded_doc

    place = chosen_place(geocoded_doc("دخلت القوات قصر الرئاسة في المعاشيق بمدينة عدن."), "المعاشيق")
    assert (place.country_code, place.admin1) == ("YE", "`Adan")


def test_a_village_known_only_outside_the_district_the_sentence_names_stays_unplaced():
    text = "وفي مديرية نهم شرق العاصمة صنعاء، قصفت المدفعية مواقع المسلحين شرق المتوحية."
    assert scene_names(text, "قصفت") == ["مديرية نهم"]


def test_a_village_placed_in_brackets_west_of_a_town_is_found_under_its_other_spelling():
    from support import chosen_place, geocoded_doc

    doc = geocoded_doc("قال ناشطون إن قرية الشيخ حديد (غرب عفرين) تعرضت لقصف مدفعي مساء الخميس.")
    village = chosen_place(doc, "الشيخ حديد")
    assert (village.admin1, village.feature_class) == ("Aleppo", "town")
    assert scene_names(doc.text, "لقصف") == ["الشيخ حديد"]


def test_curated_districts_of_tripoli_and_baghlan_are_scenes():
    assert scene_names("قتل مسلحون ثلاثة أشخاص في منطقة أبو سليم جنوب طرابلس.", "قتل") == ["منطقة أبو سليم"]
    assert scene_names("وقع تبادل لإطلاق النار في منطقة ده صلاح في ولاية بغلان.", "تبادل") == ["ده صلاح"]
