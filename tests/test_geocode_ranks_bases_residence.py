"""Place errors of 2015/2018 news: a rank read as a village, a known base missing, a residence read as the scene."""

from __future__ import annotations

from support import chosen_place as _chosen
from support import geocoded_doc as _doc
from support import place_names, scene_names


def test_rank_before_a_soldiers_name_is_no_village():
    doc = _doc("وأعلنت الوزارة مقتل العريف سالم الغامدي أثناء تأدية واجبه.")
    assert "العريف" not in place_names(doc)


def test_village_named_like_a_rank_is_still_found_after_a_cue():
    doc = _doc("وقصفت الطائرات قرية العريف في محافظة حجة.")
    assert _chosen(doc, "العريف").admin1 == "Hajjah"


def test_anad_air_base_is_found_in_lahij():
    doc = _doc("وشددت القوات حصارها على قاعدة العند الجوية من الجهتين الشرقية والغربية.")
    place = _chosen(doc, "قاعدة العند الجوية")
    assert (place.country_code, place.admin1) == ("YE", "Lahij")


def test_anad_base_is_not_the_village_named_base():
    doc = _doc("وتقدمت المقاومة نحو قاعدة العند بعد معارك عنيفة.")
    assert "القاعدة" not in place_names(doc)
    assert _chosen(doc, "قاعدة العند").admin1 == "Lahij"


def test_where_a_speaker_lives_is_not_the_scene():
    text = "وكان المحلل المقيم في القاهرة قد أكد أن المسلحين اقتحموا بلدة الشيخ زويد فجر اليوم."
    assert scene_names(text, "اقتحموا") == ["الشيخ زويد"]


def test_where_an_official_lives_is_not_the_scene_of_what_he_announced():
    text = "وأعلن الوزير المقيم في الرياض تحرير مدينة المكلا من المسلحين."
    assert scene_names(text, "تحرير") == ["المكلا"]


def test_word_joined_to_its_proclitics_is_no_family_village():
    doc = _doc("وتوعد المتحدث بأن تكون الأيام المقبلة وبال على خصومه.")
    assert place_names(doc) == []


def test_family_village_written_with_its_madda_keeps_its_proclitic():
    doc = _doc("وقتل رجلان بآل علي في محافظة صعدة.")
    assert _chosen(doc, "آل علي").admin1 == "Sa`dah"


def test_withdrawal_weighed_against_another_notion_is_no_event():
    import datetime as dt

    from marsad.pipeline import extract_text

    text = ("وسيطرت المقاومة على معسكر في مدينة زنجبار بمحافظة أبين.\n"
            "وقال القائد إن هناك فرقا بين الانسحاب وبين إعادة التموضع في قاعدة العند.")
    doc = extract_text(text, published=dt.date(2015, 8, 3))
    assert all(e.sub_event_type != "Non-violent transfer of territory" for e in doc.events)


def test_family_name_after_rank_and_given_name_is_no_town():
    doc = _doc("وأعلن الجيش مقتل الرائد زيف دادو في المعارك.")
    assert place_names(doc) == []


def test_place_after_rank_and_preposition_stays():
    doc = _doc("وأصيب العقيد في حمص برصاص قناص.")
    assert place_names(doc) == ["حمص"]


def test_definite_name_and_adjective_is_the_compound_village_not_its_short_namesake():
    doc = _doc("وقصفت الطائرات بلدة الغارية الغربية في ريف درعا الشرقي.")
    place = _chosen(doc, "الغارية")
    assert (place.admin1, place.feature_class) == ("Daraa", "village")


def test_short_name_without_the_adjective_keeps_its_place():
    doc = _doc("وقصفت الطائرات بلدة الغارية في ريف السويداء.")
    assert _chosen(doc, "الغارية").admin1 == "As-Suwayda"


def test_kibbutz_near_the_gaza_border_is_the_scene_not_the_strip():
    text = "واقتحم مسلحون كيبوتس بئيري قرب الحدود مع قطاع غزة وقتلوا عددا من سكانه."
    assert scene_names(text, "اقتحم") == ["بئيري"]
    assert _chosen(_doc(text), "بئيري").country_code == "IL"


def test_kibbutz_named_beside_the_strip_it_borders_is_the_scene():
    text = "وقتل المسلحون عشرات المدنيين في كيبوتس كفار عزة المحاذي لقطاع غزة."
    assert scene_names(text, "قتل") == ["كفار عزة"]


def test_settlement_is_a_locality_cue():
    doc = _doc("وهاجم مستوطنون قرية قريبة من مستوطنة يتسهار جنوب نابلس.")
    mention = next(m for m in doc.of_kind("place") if m.attrs["surface_ar"] == "يتسهار")
    assert mention.attrs.get("cue_type") == "locality"
