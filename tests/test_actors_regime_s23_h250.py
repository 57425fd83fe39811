"""The bare word "النظام" (the regime) names the Syrian state's forces in a Syrian story, never
a system or order ("النظام العام"), nor another country's regime; an ally named after an
alliance word + مع ("فصائل متحالفة مع النظام") describes the actor before it, not a side."""

from __future__ import annotations

import datetime as dt

from marsad.pipeline import extract_text

DAY = dt.date(2016, 5, 3)
SYRIA = "Military Forces of Syria (2000-)"


def _sides(text: str) -> list[tuple[str | None, str | None]]:
    return [(e.actor1, e.actor2) for e in extract_text(text, published=DAY).events]


def test_the_regime_shelling_a_syrian_town_is_the_syrian_military():
    assert _sides("وقصف النظام بلدة كفرنبل في ريف إدلب ما أدى إلى مقتل خمسة مدنيين.") \
        == [(SYRIA, "Civilians (Syria)")]


def test_the_regime_after_a_glued_preposition_is_the_shelling_side():
    assert _sides("وقتل ثلاثة مدنيين بقصف للنظام على مدينة دوما في الغوطة الشرقية.") \
        == [(SYRIA, "Civilians (Syria)")]


def test_public_order_is_no_actor():
    assert _sides("واعتقلت الشرطة المصرية عشرة أشخاص في القاهرة بتهمة الإخلال بالنظام العام.") \
        == [("Police Forces of Egypt (2014-)", "Civilians (Egypt)")]


def test_a_protest_against_the_regime_has_no_regime_side():
    assert _sides("وتظاهر المئات في مدينة درعا السورية للمطالبة بإسقاط النظام.") == [("Protesters (Syria)", None)]


def test_the_regime_of_another_country_is_not_syria():
    sides = _sides("وقمع النظام المتظاهرين في ميدان التحرير بالقاهرة واعتقل العشرات منهم.")
    assert all(SYRIA not in pair for pair in sides)


def test_an_ally_after_allied_with_is_not_the_side_attacked():
    sides = _sides('وهاجم مسلحو تنظيم "داعش" مقرات فصائل فلسطينية متحالفة مع النظام في مخيم اليرموك جنوب دمشق.')
    assert sides and all(SYRIA not in pair for pair in sides)


def test_the_party_to_talks_is_not_the_side_that_executes():
    sides = _sides("وأعدم مسلحون 20 شخصا في ريف درعا الغربي بعد تعثر المفاوضات مع النظام حول نقل المقاتلين.")
    assert sides and all(SYRIA not in pair for pair in sides)


def test_soldiers_of_a_named_group_are_its_fighters():
    assert _sides("وهاجم جنود تنظيم الدولة قرية في ريف حلب وقتلوا ثلاثة مدنيين.") \
        == [("Islamic State (Syria)", "Civilians (Syria)")]


def test_soldiers_of_a_group_named_in_quotes_are_its_fighters():
    sides = _sides('ثم اقتحم المسلح متجرا في بلدة تريب الفرنسية وهو يقول إنه أحد جنود تنظيم "الدولة الإسلامية" '
                   'ثم قتل أحد الزبائن.')
    assert ("Islamic State (France)", "Civilians (France)") in sides
    assert all("Military Forces of France (2017-)" not in pair for pair in sides)


def test_soldiers_of_the_occupation_stay_the_state_military():
    assert _sides("وقتل جنود الاحتلال شابا فلسطينيا في مدينة نابلس.") \
        == [("Military Forces of Israel (2009-2021)", "Civilians (Palestine)")]
