"""A distance phrase measures from the first name after its unit only: a name joined to
that one by "و" is a further place of a list, not a point measured from; and a decimal
distance is read whole ("45.5 كيلومتر" is no 5)."""

from __future__ import annotations

from support import place_doc, place_mention


def test_a_town_joined_after_the_name_measured_from_is_no_reference():
    doc = place_doc("سقطت قذائف على مواقع تبعد نحو 100 كيلومتر إلى الجنوب الغربي من العاصمة بغداد ومدينة الفلوجة.")
    assert place_mention(doc, "بغداد").attrs["in_title"]
    assert not place_mention(doc, "الفلوجة").attrs["in_title"]


def test_a_bare_name_joined_by_waw_is_no_reference():
    doc = place_doc("سقطت قذائف على مواقع تبعد نحو 100 كيلومتر عن العاصمة بغداد والفلوجة.")
    assert not place_mention(doc, "الفلوجة").attrs["in_title"]


def test_a_decimal_distance_is_read_whole():
    doc = place_doc("وقع الهجوم على بعد 45.5 كيلومتر من مدينة الرمادي.")
    assert place_mention(doc, "الرمادي").attrs["in_title"]
