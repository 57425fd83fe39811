"""Countries that launch an act named by a noun, and places or addressees that take no part in it."""

from __future__ import annotations

import datetime as dt

from support import actor_doc, trigger_roles

DAY = dt.date(2018, 5, 10)


def _roles(text: str, trigger: str, country: str, **attrs) -> tuple[str | None, ...]:
    return trigger_roles(text, trigger, country, DAY, **attrs)


def test_a_country_launching_an_offensive_is_its_army():
    text = "وبدأت إيران الأسبوع الماضي هجوما صاروخيا على مواقع في أربيل."
    assert _roles(text, "هجوما", "IQ")[0] == "Military Forces of Iran (1989-)"


def test_listed_countries_launching_strikes_lead_and_back():
    text = "ووجهت الولايات المتحدة وبريطانيا وفرنسا ضربات جوية مشتركة فجر اليوم ضد مواقع قرب حمص."
    assert _roles(text, "ضربات", "SY")[:2] == (
        "Military Forces of the United States (2017-2021)", "Military Forces of the United Kingdom (2010-2024)")


def test_an_armed_adjective_after_the_act_does_not_outrank_the_launching_country():
    text = "وبدأت روسيا أمس هجوما جويا على ريف حماة لضرب المعارضة إذ تراها مرتبطة بتمرد مسلح."
    assert _roles(text, "هجوما", "SY")[0] == "Military Forces of Russia (2000-)"


def test_a_country_after_the_act_launches_nothing():
    text = "وشن مسلحون هجوما على دورية للشرطة قرب الحدود مع تركيا."
    assert _roles(text, "هجوما", "SY")[0] != "Military Forces of Turkey (2016-)"


def test_a_government_named_by_its_president_is_the_side_pushed_out():
    text = "وسيطر الحوثيون على مدينة عدن ودفع تقدمهم حكومة الرئيس عبد ربه منصور هادي إلى الخروج من البلاد."
    roles = _roles(text, "وسيطر", "YE", voice="active")
    assert roles[0] == "Ansar Allah (Houthis)"
    assert roles[2] is not None and "Yemen" in roles[2]


def test_where_someone_fled_to_or_came_from_is_no_side():
    text = "وهاجم المسلحون القرية ودفعوا أهلها إلى الفرار إلى قوات الجيش في المدينة."
    assert "Military Forces of Syria (2000-)" not in _roles(text, "وهاجم", "SY", voice="active")


def test_whom_criticism_was_addressed_to_is_no_side():
    text = "اعتقلت الشرطة ناشطا بعد وصوله إلى المطار، وكان قد وجه انتقادات إلى الجيش."
    assert _roles(text, "اعتقلت", "EG", voice="active")[2] != "Military Forces of Egypt (2014-)"


def test_the_occupant_named_in_a_relative_clause_on_the_object_is_the_target():
    text = ("وأعلنت مصادر قبلية سيطرة قوات العشائر أمس على عدد من القرى التي يتحصن فيها مسلحو حركة الشباب "
            "في إقليم هيران، بعد معارك عنيفة.")
    assert _roles(text, "معارك عنيفة", "SO") == ("Unidentified Tribal Militia (Somalia)", None, "Al Shabaab")



def test_the_owner_of_a_military_convoy_is_the_side_not_an_army():
    text = "وهاجم مسلحو القبائل قرب البيضاء رتلا عسكريا يضم تعزيزات عسكرية للحوثيين."
    assert _roles(text, "وهاجم", "YE", voice="active")[2] == "Ansar Allah (Houthis)"


def test_a_military_convoy_with_no_owner_is_still_the_army():
    text = "وهاجم مسلحون مجهولون رتلا عسكريا قرب العريش."
    assert _roles(text, "وهاجم", "EG", voice="active")[2] == "Military Forces of Egypt (2014-)"


def test_soldiers_in_construct_with_the_police_are_the_police():
    doc = actor_doc("وأسفر التفجير عن مقتل 7 من ضباط وجنود الشرطة في الإسماعيلية.", "EG", DAY)
    assert [m.value.name for m in doc.of_kind("actor")] == ["Police Forces of Egypt (2014-)"]
