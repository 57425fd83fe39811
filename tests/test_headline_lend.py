"""A toll or an author given only in a metadata headline goes to the body's one act of that kind."""

from __future__ import annotations

import datetime as dt

from marsad.pipeline import extract_text

DAY = dt.date(2024, 6, 8)
BODY = "قصفت طائرات الاحتلال منازل في مخيم النصيرات وسط قطاع غزة فجر اليوم السبت."


def _tolls(title: str, text: str = BODY) -> list[tuple[str, int]]:
    return [(e.sub_event_type, e.fatalities) for e in extract_text(text, title=title, published=DAY).events]


def test_headline_toll_fills_the_one_body_act_without_a_toll():
    assert _tolls("21 شهيدا في قصف إسرائيلي على مخيم النصيرات") == [("Air/drone strike", 21)]
    # a headline naming the area loosely (another place of the same governorate) still lends it
    assert _tolls("15 شهيدا في قصف إسرائيلي على وسط غزة") == [("Air/drone strike", 15)]


def test_body_toll_wins_and_a_headline_about_another_country_lends_nothing():
    told = "قصفت طائرات الاحتلال منازل في مخيم النصيرات فجر اليوم ما أدى إلى استشهاد 4 فلسطينيين."
    assert _tolls("21 شهيدا في قصف إسرائيلي على مخيم النصيرات", told) == [("Air/drone strike", 4)]
    assert _tolls("مقتل 12 جنديا في هجوم على قاعدة في شمال مالي") == [("Air/drone strike", 0)]


def test_several_acts_in_body_or_headline_lend_nothing():
    two_acts = BODY + " واندلعت اشتباكات بين المقاومين وقوات الاحتلال في مدينة رفح."
    assert [t for _, t in _tolls("21 شهيدا في قصف إسرائيلي على مخيم النصيرات", two_acts)] == [0, 0]
    assert _tolls("عشرات الشهداء بغزة ومقتل جندي إسرائيلي بمعارك شمال القطاع") == [("Air/drone strike", 0)]


def test_a_strike_or_protest_headline_never_lends_to_a_protest():
    protest = "تظاهر مئات الفلسطينيين في مدينة طولكرم اليوم تنديدا بالاقتحامات."
    assert _tolls("شهيد جنوب طوباس وإضراب في طولكرم", protest) == [("Peaceful protest", 0)]


def _authors(title: str, text: str) -> list[tuple[str | None, int]]:
    return [(e.actor1, e.fatalities) for e in extract_text(text, title=title, published=DAY).events]


def test_headline_author_replaces_an_unidentified_one():
    lead = "استشهد شاب فلسطيني وأصيب آخران بجروح اليوم في مدينة جنين شمال الضفة الغربية."
    assert _authors("شهيد برصاص الاحتلال في جنين", lead) == [("Military Forces of Israel (2022-)", 1)]
    lead = "قتل خمسة جنود في هجوم استهدف قاعدة عسكرية في ولاية بورنو شمال شرقي نيجيريا."
    assert [a for a, _ in _authors("مقتل 5 جنود بهجوم لبوكو حرام شمال شرقي نيجيريا", lead)] == [
        "Boko Haram - Jamaatu Ahli is-Sunnah lid-Dawati wal-Jihad"]


def test_a_named_body_author_is_kept():
    lead = "قصفت سرايا القدس بقذائف الهاون موقعا عسكريا شرق مخيم النصيرات اليوم."
    assert [a for a, _ in _authors("قصف إسرائيلي على مخيم النصيرات", lead)] == ["Al Quds Brigades"]


def test_a_speaker_quoted_by_the_headline_lends_no_authorship():
    lead = "نفت الحركة أن يكون قصف منطقة المواصي، الذي أسفر عن استشهاد 71 نازحا، قد استهدف قيادات فلسطينية."
    assert [a for a, _ in _authors("حماس: مزاعم الاحتلال باستهداف قيادات بخان يونس كاذبة", lead)] != [
        "Hamas Movement"]
