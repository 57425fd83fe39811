"""Who a victim stands for: a government hit through one of its civilian officials, a group through its counted members."""

from __future__ import annotations

import datetime as dt

from marsad.pipeline import extract_text

DAY = dt.date(2016, 4, 12)


def _sides(text: str) -> list[tuple[str | None, str | None]]:
    return [(e.actor1, e.actor2) for e in extract_text(text, published=DAY).events]


def test_kidnapped_minister_of_the_government_is_the_government_not_its_army():
    sides = _sides("قالت مصادر محلية إن مجهولين اختطفوا وزير الزراعة التابع للحكومة العراقية من منزله في مدينة كركوك.")
    assert sides == [("Unidentified Armed Group (Iraq)", "Government of Iraq (2014-2018)")]


def test_official_named_in_the_accusative_with_a_belonging_word_is_the_government():
    sides = _sides("اختطف مسلحون مجهولون مسؤولا تابعا للحكومة العراقية في مدينة كركوك.")
    assert sides == [("Unidentified Armed Group (Iraq)", "Government of Iraq (2014-2018)")]


def test_bomb_on_the_convoy_of_the_head_of_government_hits_the_government():
    sides = _sides("استهدفت عبوة ناسفة موكب رئيس الحكومة العراقية في مدينة كركوك.")
    assert [side for _, side in sides] == ["Government of Iraq (2014-2018)"]


def test_government_attacked_as_a_fighting_side_is_still_its_army():
    sides = _sides("هاجم الحوثيون مواقع الحكومة الشرعية في مأرب.")
    assert [side for _, side in sides] == ["Military Forces of Yemen (2012-2022)"]


def test_military_commander_belonging_to_the_government_is_its_army():
    sides = _sides("هاجم مسلحون قائدا عسكريا تابعا للحكومة العراقية في الأنبار.")
    assert [side for _, side in sides] == ["Military Forces of Iraq (2014-2018)"]


def test_counted_fighters_named_by_the_groups_adjective_are_that_group():
    sides = _sides("ألقت المقاومة الشعبية القبض على 40 مسلحا حوثيا في مدينة تعز اليمنية.")
    assert [side for _, side in sides] == ["Ansar Allah (Houthis)"]


def test_people_counted_among_an_armed_groups_members_are_that_group():
    sides = _sides("اعتقلت الشرطة التركية 12 شخصا من عناصر داعش في مدينة إزمير.")
    assert [side for _, side in sides] == ["Islamic State (Turkey)"]


def test_people_counted_among_a_villages_residents_stay_civilians():
    sides = _sides("قتل 30 شخصا من أهالي القرية في هجوم لداعش شرق سوريا.")
    assert [side for _, side in sides] == ["Civilians (Syria)"]
