"""Roundup pages: an implicit opponent comes from the item's own story; people named by
nationality inside a place name or joining a side are no victims."""

from __future__ import annotations

import datetime as dt

from support import actor_doc

from marsad.pipeline import extract_text
from marsad.stages import actors as stage

DAY = dt.date(2019, 3, 14)

ROUNDUP = ("قال زعيم جماعة الحوثي في اليمن، الأحد، إن مقاتليه لن ينسحبوا من مدينة الحديدة.\n"
           "شنت مقاتلات روسية، الأحد، غارات على بلدة معرة النعمان في ريف إدلب شمال سوريا.")


def _sides(text: str, sub_event_type: str) -> list[tuple[str | None, str | None]]:
    doc = extract_text(text, published=DAY)
    return [(e.actor1, e.actor2) for e in doc.events if e.sub_event_type == sub_event_type]


def test_roundup_item_in_another_country_starts_a_new_story():
    doc = extract_text(ROUNDUP, published=DAY)
    second = ROUNDUP.index("شنت")
    assert stage.story_span(doc, second) == (second, len(ROUNDUP))
    assert stage.story_span(doc, 0)[1] == second


def test_opponent_of_one_roundup_item_is_not_taken_from_another():
    sides = _sides(ROUNDUP, "Air/drone strike")
    assert sides and all(actor2 != "Ansar Allah (Houthis)" for _, actor2 in sides)


def test_paragraph_carrying_on_with_wa_stays_in_the_story_despite_a_foreign_capital():
    text = ("قتل ثلاثة مسلحين من تنظيم الدولة في اشتباكات مع الجيش السوري قرب مدينة تدمر شرق سوريا، الأحد.\n"
            "وقالت وزارة الدفاع في موسكو إن مقاتلات روسية شنت غارات على مواقع قرب تدمر.")
    doc = extract_text(text, published=DAY)
    assert stage.story_span(doc, text.index("وقالت")) == (0, len(text))
    assert ("Military Forces of Russia (2000-)", "Islamic State (Syria)") in _sides(text, "Air/drone strike")


def test_people_named_in_a_camp_name_are_not_victims():
    text = "اشتبك مسلحون من تنظيم الدولة مع قوات الأمن في مخيم خان الشيح للاجئين الفلسطينيين غرب دمشق."
    doc = extract_text(text, published=DAY)
    assert not [m for m in doc.of_kind("actor") if m.attrs["victim"]]
    assert all(e.actor2 != "Civilians (Palestine)" for e in doc.events)


def test_refugees_killed_keep_their_nationality():
    doc = actor_doc("قتل أربعة لاجئين فلسطينيين في قصف على بلدة قرب درعا", "SY", DAY)
    assert [m.value.name for m in doc.of_kind("actor") if m.attrs["victim"]] == ["Civilians (Palestine)"]


def test_nationals_joining_a_side_are_not_victims():
    doc = actor_doc("وقالت المصادر إن مئات العراقيين انضموا إلى معسكرات التدريب خلال الشهر الماضي", "IQ", DAY)
    assert not [m for m in doc.of_kind("actor") if m.attrs["victim"]]


def test_nationals_killed_are_still_victims():
    doc = actor_doc("وقالت المصادر إن مئات العراقيين قتلوا في الغارات خلال الشهر الماضي", "IQ", DAY)
    assert [m.value.name for m in doc.of_kind("actor") if m.attrs["victim"]] == ["Civilians (Iraq)"]


def test_residents_describing_a_place_are_not_the_target():
    text = "قصفت المدفعية التركية أحياء بلدة تل رفعت المكتظة بالنازحين شمال حلب"
    assert not [m for m in actor_doc(text, "SY", DAY).of_kind("actor") if m.attrs["victim"]]
    sheltered = "أغارت طائرات حربية على مدرسة تؤوي نازحين في مدينة أريحا"
    assert not [m for m in actor_doc(sheltered, "SY", DAY).of_kind("actor") if m.attrs["victim"]]


def test_displaced_people_hit_by_the_act_stay_victims():
    doc = actor_doc("أصيب عشرات النازحين في قصف مدفعي على مخيم قرب بلدة أطمة", "SY", DAY)
    assert [m.value.name for m in doc.of_kind("actor") if m.attrs["victim"]] == ["Civilians (Syria)"]


def test_coreference_does_not_reach_into_another_roundup_item():
    text = ("قال متحدث باسم جماعة الحوثي في اليمن، الأحد، إن مقاتليها سيطروا على مواقع جديدة في محافظة الجوف.\n"
            "أعلنت الشرطة الصومالية، الأحد، أن الجماعة نفذت هجوما على فندق في مقديشو.")
    doc = extract_text(text, published=DAY)
    second = text.index("أعلنت")
    assert all(m.value.name != "Ansar Allah (Houthis)" for m in doc.of_kind("actor") if m.start > second)


def test_coreference_inside_one_story_still_finds_its_antecedent():
    text = ("هاجم مسلحون من حركة الشباب قاعدة عسكرية قرب مدينة كسمايو جنوب الصومال، الأحد.\n"
            "وقالت الجماعة في بيان إن مقاتليها قتلوا عشرة جنود.")
    doc = extract_text(text, published=DAY)
    later = [m.value.name for m in doc.of_kind("actor") if m.start > text.index("وقالت")]
    assert later and later[0] == "Al Shabaab"


def test_kind_noun_before_a_quoted_group_keeps_the_area_marked_as_its_target():
    text = "وقصفت قوات النظام بعشرات القذائف مناطق سيطرة تنظيم \"الدولة الإسلامية\" في ريف حماة الشرقي."
    assert _sides(text, "Shelling/artillery/missile attack") == [
        ("Military Forces of Syria (2000-)", "Islamic State (Syria)")]
