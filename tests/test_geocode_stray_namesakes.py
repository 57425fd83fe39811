"""A village known only as a namesake far from the story is read in the story's province."""

from __future__ import annotations

from support import chosen_place as _chosen
from support import geocoded_doc as _doc


def test_village_named_only_in_a_far_province_is_read_in_the_storys_province():
    doc = _doc("قصفت الطائرات مدينة الميادين في محافظة دير الزور.\nوسيطرت القوات لاحقا على قرية تل جديد.")
    place = _chosen(doc, "تل جديد")
    assert (place.feature_class, place.name_ar) == ("admin1", "دير الزور")
    mention = next(m for m in doc.of_kind("place") if m.attrs["surface_ar"] == "تل جديد")
    assert mention.attrs["precision"] == 2


def test_village_stays_when_the_story_names_its_province():
    doc = _doc("قصفت الطائرات مدينة محردة في محافظة حماة.\nوسيطرت القوات لاحقا على قرية تل جديد.")
    assert _chosen(doc, "تل جديد").admin1 == "Hama"


def test_village_after_a_cue_in_a_country_the_story_never_names_is_read_at_home():
    doc = _doc("قصفت طائرات التحالف مواقع قرب مدينة الموصل في محافظة نينوى.\nوأصابت الغارات قرية تل حسن.")
    place = _chosen(doc, "تل حسن")
    assert (place.country_code, place.feature_class) == ("IQ", "admin1")


def test_name_that_is_also_a_district_of_the_country_keeps_its_place():
    doc = _doc("قصفت الطائرات مواقع في مدينة حجة وفي مديرية حرض بمحافظة حجة.\nواستهدفت الغارات اجتماعا غرب صرواح.")
    assert _chosen(doc, "صرواح").admin1 == "Ma'rib"
