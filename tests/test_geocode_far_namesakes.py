"""Namesakes the story's own places rule out: a town far from them, a district of another governorate."""

from __future__ import annotations

from support import chosen_place as _chosen
from support import geocoded_doc as _doc
from support import place_mention

from marsad.pipeline import extract_text
from marsad.stages.geocode import focus_province


def test_town_takes_the_namesake_near_the_towns_named_with_it():
    doc = _doc("اشتبك مقاتلون أكراد مع الجيش الإيراني في منطقة سردشت وعلى أطراف مدينة مريوان.")
    assert _chosen(doc, "سردشت").admin1 == "Azarbayjan-e Gharbi"


def test_the_name_keeps_that_namesake_in_a_later_paragraph():
    doc = _doc(
        "اشتبك مقاتلون أكراد مع الجيش الإيراني في منطقة سردشت وعلى أطراف مدينة مريوان.\n"
        "وقال قيادي كردي إن المدفعية الإيرانية قصفت مدينة سردشت ليلا."
    )
    mentions = [m for m in doc.of_kind("place") if m.attrs["surface_ar"] == "سردشت"]
    assert len(mentions) == 2
    assert {m.attrs["place"].admin1 for m in mentions} == {"Azarbayjan-e Gharbi"}


def test_district_of_another_governorate_is_not_the_area_named_in_a_governorate():
    doc = _doc("قصفت طائرات التحالف معسكرا في منطقة عمد شرق محافظة عمران.")
    place = place_mention(doc, "عمد").attrs.get("place")
    assert place is None or place.admin1 != "Hadramawt"


def test_act_in_an_unlisted_area_of_a_governorate_is_placed_in_that_governorate():
    doc = extract_text("قتل خمسة مسلحين في غارة جوية للتحالف على معسكر في منطقة عمد شرق محافظة عمران.")
    assert [e.admin1 for e in doc.events] == ["Amran"]


def test_a_region_spanning_provinces_does_not_outvote_the_province_named():
    doc = extract_text(
        "شن مسلحون هجمات متزامنة في مدينة السويداء جنوب سوريا.\n"
        "وقال ناشطون إن الهجمات على محافظة السويداء في جنوب سوريا هي الأعنف منذ سنوات.\n"
        "وتشهد مناطق جنوب سوريا ومنها محافظة درعا توترا منذ أشهر."
    )
    assert focus_province(doc).name == "As-Suwayda"


def test_a_story_naming_only_a_wide_region_keeps_its_province():
    doc = extract_text("تواصلت الاشتباكات في جنوب سوريا أمس.\nوقال ناشطون إن القصف تجدد في جنوب سوريا ليلا.")
    assert focus_province(doc).name == "Daraa"
