"""Events located by a country or governorate when their sentence names the town."""

from __future__ import annotations

import datetime as dt

from support import chosen_place as _chosen
from support import geocoded_doc as _doc
from support import scene_names as _scenes

from marsad.pipeline import extract_text
from marsad.stages import geocode


def test_country_of_the_clause_yields_to_a_town_its_sentence_names_after_it():
    text = "قتل قيادي في غارة جوية في اليمن بينما كان يستقل سيارة قرب رداع."
    clause_end = text.index("بينما")
    found = geocode.event_places(_doc(text), 0, clause_end, text.index("غارة"))
    assert [m.attrs["surface_ar"] for m in found] == ["رداع"]


def test_country_stays_when_the_town_is_far_from_the_trigger():
    text = ("قتل قيادي في غارة جوية في اليمن بحسب ما أعلنت وزارة الدفاع في بيان مطول "
            "نشرته صباح اليوم وتحدثت فيه أيضا عن المساعدات التي وصلت أمس إلى رداع.")
    assert _scenes(text, "غارة") == ["اليمن"]


def test_town_of_an_earlier_clause_does_not_locate_the_next_act():
    text = "قصفت الطائرات مواقع في مدينة إدلب وأصابت القذائف مناطق في سوريا."
    assert _scenes(text, "وأصابت") == ["سوريا"]


def test_town_before_a_relative_pronoun_is_the_scene_of_its_verb():
    text = "بدأت القوات بتوطين عائلات في قرى جنديرس التي احتلتها في سوريا."
    assert _scenes(text, "احتلتها") == ["جنديرس"]


def test_governorate_restated_as_its_city_is_located_at_the_city():
    text = "سيطرت القوات على ثالث أكبر مدن محافظة حضرموت وهي مدينة سيئون."
    assert _scenes(text, "سيطرت") == ["سيئون"]


def test_governorate_places_a_quarter_named_like_a_capital_abroad():
    doc = _doc("اندلعت اشتباكات في منطقة الرباط بمحافظة عدن.")
    assert _chosen(doc, "الرباط").country_code == "YE"
    doc = _doc("وصل الوزير إلى الرباط قادما من باريس.")
    assert _chosen(doc, "الرباط").country_code == "MA"


def test_fallback_skips_the_end_of_a_transfer():
    text = "وقتل عشرون شخصا خلال احتجاجات تزامنت مع نقل السفارة إلى القدس، في حين تظاهر الآلاف قرب حدود غزة."
    place, _precision, _name = geocode.fallback_place(_doc(text), text.index("وقتل"))
    assert place.name_ar != "القدس" and "غزة" in place.name_ar


def test_quarters_read_as_villages_abroad_do_not_vouch_for_each_other():
    doc = _doc("تظاهر السكان في الخرطوم وفي أحياء السلمة والصحافة، وقتل شاب في الجريف.")
    # a village abroad in a country the story never names is no place at all (places._abroad_unnamed)
    jereif = next((m for m in doc.of_kind("place") if m.attrs["surface_ar"] == "الجريف"), None)
    assert jereif is None or jereif.attrs["place"].country_code != "SD" and not geocode.plausible_scene(doc, jereif)


def test_bare_gaza_is_the_strip_and_the_city_needs_its_cue():
    doc = _doc("قصفت الطائرات مواقع في غزة.\nوقتل شاب في مدينة غزة.")
    bare, city = (m.attrs["place"] for m in doc.of_kind("place"))
    assert (bare.feature_class, city.feature_class) == ("admin1", "city")
    assert doc.of_kind("place")[0].attrs["precision"] == 3


def test_detail_paragraph_without_a_place_takes_the_leads_only_town_near():
    text = "هاجم رجل بسكين المارة في مدينة ليون الفرنسية.\nوأصاب المهاجم أربعة أشخاص قبل أن تعتقله الشرطة."
    place, precision, _name = geocode.fallback_place(_doc(text), text.index("وأصاب"))
    assert (place.country_code, place.feature_class, precision) == ("FR", "city", 2)


def test_governorate_of_the_clause_yields_to_a_town_of_it_named_after_it():
    text = "قصفت الطائرات مواقع في محافظة إدلب بينما كانت القوات تتقدم قرب بلدة سراقب."
    found = geocode.event_places(_doc(text), 0, text.index("بينما"), text.index("قصفت"))
    assert [m.attrs["surface_ar"] for m in found] == ["سراقب"]
    text = "قصفت الطائرات مواقع في محافظة إدلب بينما كانت القوات تتقدم قرب مدينة حماة."
    found = geocode.event_places(_doc(text), 0, text.index("بينما"), text.index("قصفت"))
    assert [m.attrs["surface_ar"] for m in found] == ["إدلب"]


def test_lead_town_does_not_place_a_detail_after_the_story_widens_to_its_province():
    text = ("قتل شاب برصاص الجنود قرب مدينة طولكرم.\n"
            "وتشهد مناطق محافظة نابلس مواجهات يومية منذ أسابيع.\n"
            "وأوقعت المواجهات عشرات الجرحى خلال الشهر الماضي.")
    place, precision, _name = geocode.fallback_place(_doc(text), text.index("وأوقعت"))
    assert place.name_ar != "طولكرم" and precision == 3


def test_lead_town_does_not_place_an_act_dated_to_an_earlier_year():
    text = ("قتل قيادي في غارة جوية قرب مدينة ليون الفرنسية.\n"
            "وكان القيادي قد استهدف بهجوم في مارس 2016 ونجا منه.")
    doc = extract_text(text, published=dt.date(2018, 5, 1))
    place, _precision, _name = geocode.fallback_place(doc, text.index("استهدف"))
    assert place.feature_class == "country"


def test_a_wide_unit_narrowed_by_a_specifier_yields_to_the_unit_named_after_it():
    # the small area is unknown to the gazetteer; the city placing it lies in a neighbouring province
    text = ("اندلعت اشتباكات بين الجيش الإيراني ومسلحين أكراد في مناطق متعددة من كردستان إيران، "
            "خاصة في منطقة بيرانوند التابعة لمدينة كرمانشاه.")
    assert _scenes(text, "اشتباكات") == ["كرمانشاه"]


def test_a_province_outside_the_frame_without_a_specifier_is_no_scene():
    text = "اندلعت اشتباكات بين الجيش الإيراني ومسلحين أكراد في كردستان إيران، وقال مسؤول في كرمانشاه إنها مستمرة."
    assert _scenes(text, "اشتباكات") == ["كردستان"]


def test_special_forces_are_no_specifier_of_a_place():
    text = "اشتبكت القوات العراقية مع مسلحين في محافظة الأنبار، وأرسلت قوات خاصة إلى مدينة تكريت."
    assert _scenes(text, "اشتبكت") == ["الأنبار"]
