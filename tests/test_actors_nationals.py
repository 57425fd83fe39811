"""Victims named by nationality, speakers that leak into sides, and attributions read the right way round."""

from __future__ import annotations

import datetime as dt

from support import actor_doc, trigger_roles

from marsad.knowledge.actors import relocate

DAY = dt.date(2019, 3, 14)


def _actors(text: str, country: str) -> list[tuple[str, str]]:
    doc = actor_doc(text, country, DAY)
    return [(m.text, m.value.name) for m in doc.of_kind("actor")]


def _roles(text: str, trigger: str, country: str, **attrs) -> tuple[str | None, ...]:
    return trigger_roles(text, trigger, country, DAY, **attrs)


def test_counted_nationals_are_civilians_of_their_country():
    assert ("إيرانيين", "Civilians (Iran)") in _actors("أعلنت السلطات الكويتية اعتقال 9 إيرانيين دخلوا البلاد", "KW")


def test_nationality_keeps_its_country_wherever_the_event_happens():
    doc = actor_doc("قتلت الشرطة الإسرائيلية عشرات الفلسطينيين قرب باب العامود", "IL", DAY)
    victims = [m for m in doc.of_kind("actor") if m.attrs["victim"]]
    assert [relocate(m.value, "IL", DAY).name for m in victims] == ["Civilians (Palestine)"]


def test_person_noun_with_a_nationality_is_one_civilian_mention():
    assert _actors("أسفر سقوط الشظايا عن مقتل مقيم هندي في الدمام", "SA") == [("مقيم هندي", "Civilians (India)")]
    assert _actors("قتل مدنيين سوريين في قصف على عرسال", "LB") == [("مدنيين سوريين", "Civilians (Syria)")]


def test_counted_soldiers_of_a_nationality_stay_a_state_force():
    assert _actors("قتل 15 جنديا تركيا في اشتباكات قرب الباب", "SY") == [("جنديا تركيا", "Military Forces of Turkey (2016-)")]


def test_a_ministry_of_foreign_affairs_is_never_a_side():
    text = "أدانت الخارجية الأمريكية قصف الحوثيين مدينة جازان بالصواريخ"
    assert "Government of the United States (2017-2021)" not in _roles(text, "قصف", "SA")


def test_security_forces_in_an_army_spokesmans_quote_are_his_army():
    text = 'قال المتحدث باسم الجيش الإسرائيلي: "اعتقلت قوات الأمن الليلة الماضية 9 مطلوبين في الخليل".'
    assert ("قوات الأمن", "Military Forces of Israel (2009-2021)") in _actors(text, "PS")


def test_the_army_named_in_a_police_spokesmans_quote_stays_the_army():
    text = "قال الناطق باسم الشرطة الإسرائيلية: «اعتقل الجيش 4 شبان في طولكرم»."
    assert ("الجيش", "Military Forces of Israel (2009-2021)") in _actors(text, "PS")


def test_attack_ascribed_by_a_long_subject_to_a_group_makes_it_the_agent():
    text = "شهدت نيجيريا هجوما انتحاريا أوقع 20 قتيلا في مايدوغوري، نسبته السلطات النيجيرية المحلية إلى جماعة بوكو حرام."
    assert _roles(text, "هجوما انتحاريا", "NG") == (
        "Boko Haram - Jamaatu Ahli is-Sunnah lid-Dawati wal-Jihad", None, None)


def test_party_blamed_or_accused_of_carrying_out_the_act_is_the_agent():
    text = "قتل 12 مدنيا في تفجير بسوق في مقديشو، وحملت الحكومة الصومالية حركة الشباب المسؤولية عنه"
    assert _roles(text, "تفجير", "SO") == ("Al Shabaab", None, "Civilians (Somalia)")
    assert _roles("اتهم الجيش الأفغاني حركة طالبان بتنفيذ الهجوم على الحاجز في قندهار", "الهجوم", "AF")[0] == "Taliban"


def test_group_a_person_is_said_to_belong_to_is_no_side():
    text = "تتهم الحكومة المعارض بالانتماء إلى تنظيم القاعدة بعد اعتقاله"
    assert "Al Qaeda" not in _roles(text, "اعتقاله", "YE")


def test_group_named_responsible_wins_over_the_unnamed_gunmen():
    text = "قتل ثلاثة حراس في هجوم شنه مسلحون على مبنى البلدية في سرت، وقالت الحكومة إن تنظيم داعش هو المسؤول عنه"
    assert _roles(text, "هجوم", "LY")[0] == "Islamic State (Libya)"


def test_act_carried_out_by_a_group_names_it_the_agent():
    text = "قالت الشرطة إن الانفجار ناجم عن اعتداء قام به داعش في ديار بكر"
    assert _roles(text, "الانفجار", "TR")[0] == "Islamic State (Turkey)"


def test_the_assad_regime_named_as_the_attacker():
    assert _roles("تعرضت مدينة دوما لقصف عنيف من قبل نظام الأسد", "لقصف", "SY")[0] == "Government of Syria (2000-)"


def test_irans_militias_in_yemen_news_are_the_houthis():
    assert _actors("اختطفت الميليشيات الإيرانية 5 مواطنين في زبيد", "YE")[0][1] == "Ansar Allah (Houthis)"
    assert _actors("قصفت الميليشيات الإيرانية بلدة في ريف حلب", "SY")[0][1] == "Iranian-backed militias"


def test_backing_cue_before_a_noun_with_a_nationality_names_that_noun():
    text = "تتعرض الغوطة لقصف القوات الحكومية بمساندة الميليشيات الإيرانية"
    assert _roles(text, "لقصف", "SY")[:2] == ("Military Forces of Syria (2000-)", "Iranian-backed militias")
    assert _actors("تقدمت قوات النظام بدعم جوي روسي", "SY")[1] == ("بدعم جوي روسي", "Military Forces of Russia (2000-)")


def test_group_someone_was_going_to_join_is_no_side():
    text = "اعتقل مسلحو الحوثي 7 مسافرين في نقطة تفتيش بحجة ذهابهم للالتحاق بقوات المقاومة"
    assert "Popular Resistance (Yemen)" not in _roles(text, "اعتقل", "YE", voice="active")


def test_a_terrorist_cell_is_an_unidentified_armed_group():
    text = 'اشتبكت قوات الدرك مع "خلية إرهابية" تحصنت في مبنى بمدينة إربد'
    assert _roles(text, "اشتبكت", "JO", voice="active")[2] == "Unidentified Armed Group (Jordan)"


def test_the_terrorist_cells_refer_back_to_the_group_named_before():
    text = "قتل 5 من عناصر داعش في الأنبار، وتعهد الجيش بملاحقة الخلايا الإرهابية"
    assert _actors(text, "IQ")[-1] == ("الخلايا الإرهابية", "Islamic State (Iraq)")
