"""A family name right after a person's given name is not a village."""

from __future__ import annotations

from support import geocoded_doc as _doc
from support import place_names


def test_family_name_after_a_given_name_is_not_a_place():
    doc = _doc("واعتقل المسلحون خمسة من القياديين بينهم وليد المراني وياسر الحداء في تعز.")
    assert place_names(doc) == ["تعز"]


def test_same_name_after_a_preposition_is_still_a_place():
    doc = _doc("وصل الوفد إلى الحداء قادما من صنعاء.")
    assert "الحداء" in place_names(doc)


def test_city_after_a_given_name_with_a_proclitic_is_still_a_place():
    doc = _doc("وقتل المواطن ياسر بحلب أمس.")
    assert "حلب" in place_names(doc)


def test_family_name_two_words_after_a_rank_is_not_a_place():
    doc = _doc("قتل الرائد يوسف دادو خلال اشتباك مع مسلحين في خان يونس أمس.")
    assert place_names(doc) == ["خان يونس"]


def test_place_after_a_rank_and_a_preposition_is_still_a_place():
    doc = _doc("وصل العقيد إلى دادو أمس.")
    assert "دادو" in place_names(doc)


def test_clan_name_after_a_person_is_not_a_village():
    doc = _doc("وأوضح المتحدث باسم الدفاع المدني العقيد علي آل جرمان أن قذيفة سقطت في نجران.")
    assert place_names(doc) == ["نجران"]


def test_clan_village_after_a_preposition_is_still_a_place():
    doc = _doc("وسقطت قذيفة في آل جرمان بمحافظة صعدة.")
    assert "آل جرمان" in place_names(doc)
