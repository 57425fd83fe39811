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


def test_a_list_of_targets_each_with_its_place_gives_each_place():
    text = ("شنت الطائرات غارات على مواقع للمسلحين في مديرية ميدي بمحافظة حجة، ومعسكر قوات الأمن وعدة مواقع"
            " عسكرية في محافظة إب.")
    assert scene_names(text, "شنت")[-1] == "إب"


def test_a_count_of_strikes_on_another_place_is_another_item():
    text = "نفذ الطيران الحربي 9 غارات على مناطق في بلدة اليادودة، و12 على مناطق في أطراف مدينة درعا."
    assert scene_names(text, "غارات") == ["اليادودة", "درعا"]


def test_the_place_of_a_speaker_after_a_comma_is_no_list_item():
    text = "قصفت الطائرات بلدة كفرنبل، وقال مصدر طبي في مدينة إدلب إن ثلاثة قتلوا."
    assert scene_names(text, "قصفت") == ["كفرنبل"]


def test_a_side_acting_after_a_comma_opens_no_list_item():
    text = "قصفت الطائرات بلدة كفرنبل، واعتقلت قوات الأمن شابين في مدينة سراقب."
    assert "سراقب" not in scene_names(text, "قصفت")


def test_a_few_words_describing_a_place_do_not_end_its_list():
    text = "قتل تسعة أشخاص أمس في هجمات في مدينة قندهار جنوبي البلاد، وفي مدينة كابول."
    assert scene_names(text, "قتل") == ["قندهار", "كابول"]


def test_a_long_stretch_before_the_comma_ends_the_list():
    text = "قتل تسعة أشخاص في هجمات في مدينة قندهار ونقل الجرحى إلى المستشفيات القريبة، وفي مدينة كابول."
    assert scene_names(text, "قتل") == ["قندهار"]


def test_a_place_told_after_an_added_opener_is_one_more_item():
    text = "شنت الطائرات غارات على مواقع في بلدة كفرنبل، بالإضافة إلى مدينة سراقب."
    assert scene_names(text, "شنت") == ["كفرنبل", "سراقب"]
    text = "قصفت الطائرات مواقع في منطقة آل الصيفي بمديرية سحار إضافة إلى منطقة رحبان."
    assert scene_names(text, "قصفت") == ["آل الصيفي", "رحبان"]


def test_an_act_told_after_an_added_opener_is_no_item_of_the_first_list():
    text = "قصفت الطائرات مواقع في بلدة كفرنبل، إضافة إلى استهداف مقر للفصائل في مدينة سراقب."
    assert scene_names(text, "قصفت") == ["كفرنبل"]


def test_places_named_after_other_towns_among_them_are_scenes_too():
    text = "خرجت أمس مظاهرات في مدينة حمص وبلدات أخرى، منها تلبيسة والرستن، للمطالبة بالإفراج عن المعتقلين."
    assert scene_names(text, "مظاهرات") == ["حمص", "تلبيسة", "الرستن"]


def test_the_cities_among_several_after_a_first_one_are_each_a_scene():
    text = "قصفت الطائرات مدينة الموصل ومدنا عدة من بينها تكريت وبيجي."
    assert scene_names(text, "قصفت") == ["الموصل", "تكريت", "بيجي"]
