"""A side telling of its own act: a country that says "إنها" did it acted through its armed
forces; an army announcing the deaths of men it calls terrorists or takfiris killed them."""

from __future__ import annotations

import datetime as dt

import marsad

DAY = dt.date(2018, 3, 20)


def _sides(text: str) -> list[tuple[str, str | None, str | None, int]]:
    return [(e.sub_event_type, e.actor1, e.actor2, e.fatalities)
            for e in marsad.extract(text, published=DAY).events]


def test_a_country_that_says_it_struck_is_actor1_whichever_order_verb_and_name_come():
    sides = _sides("وكانت فرنسا قد قالت إنها قصفت مخازن أسلحة للمسلحين في مالي فجر الأحد.")
    assert sides and sides[0][1] == "Military Forces of France (2017-)"


def test_a_country_that_says_it_killed_in_strikes_named_after_the_verb_is_actor1():
    sides = _sides("وتقول روسيا إنها قتلت عشرات المسلحين بغارات على ريف حماة أمس.")
    assert sides and sides[0][1] == "Military Forces of Russia (2000-)"


def test_a_country_telling_with_a_masculine_pronoun_of_its_men_killed_is_no_author():
    sides = _sides("قالت تركيا إنه قتل أربعة جنود أتراك في هجوم على نقطة حدودية أمس.")
    assert all(s[1] != "Military Forces of Turkey (2016-)" for s in sides)


def test_an_army_announcing_takfiris_killed_is_actor1_and_they_are_actor2():
    sides = _sides("أعلنت القوات المسلحة المصرية أمس مقتل 4 عناصر تكفيرية في وسط سيناء.")
    assert sides == [("Armed clash", "Military Forces of Egypt (2014-)", "Unidentified Armed Group (Egypt)", 4)]


def test_an_army_announcing_terrorists_killed_in_its_operation_killed_them():
    sides = _sides("أعلن الجيش العراقي مقتل سبعة إرهابيين في عملية أمنية شمال بعقوبة أمس.")
    assert sides and sides[0][1] == "Military Forces of Iraq (2014-2018)"
    assert sides[0][2] == "Unidentified Armed Group (Iraq)" and sides[0][3] == 7


def test_men_of_a_movement_after_the_verb_are_its_subject_and_the_warship_after_them_is_hit():
    sides = _sides("استهدف مقاتلو حركة أنصار الله فرقاطة سعودية قبالة سواحل ميدي أمس.")
    assert sides and sides[0][1] == "Ansar Allah (Houthis)" and sides[0][2] == "Military Forces of Saudi Arabia (2015-)"


def test_a_warship_taken_into_the_verbs_trigger_is_the_side_hit_not_its_agent():
    sides = _sides("قال المتحدث إن مقاتلي حركة أنصار الله استهدفوا بارجة حربية سعودية قبالة ميدي.")
    assert sides and sides[0][1] == "Ansar Allah (Houthis)" and sides[0][2] == "Military Forces of Saudi Arabia (2015-)"


def test_a_plural_targeting_verb_has_its_subject_before_it_and_the_vehicle_after_it_is_hit():
    sides = _sides("قالت سرايا القدس إن مقاتليها استهدفوا جرافة عسكرية إسرائيلية شرق جباليا.")
    assert sides and sides[0][1] == "Al Quds Brigades" and sides[0][2] == "Military Forces of Israel (2009-2021)"


def test_a_ministry_telling_of_another_countrys_strikes_is_not_their_author():
    sides = _sides("ذكرت وزارة الدفاع الروسية أن تركيا استخدمت 12 طائرة وأطلقت صواريخ في الغارات على مواقع قرب منبج.")
    assert sides and sides[0][1] == "Military Forces of Turkey (2016-)"


def test_a_country_working_on_a_response_to_an_attack_is_not_its_author():
    sides = _sides("وقال متحدث باسم رئيس الوزراء الفرنسي أمس إن فرنسا تعمل مع شركائها على رد مشترك على الهجوم "
                   "بالغاز السام على مدينة دوما.")
    assert sides and all(s[1] != "Military Forces of France (2017-)" for s in sides)


def test_a_drone_named_with_a_groups_adjective_is_that_groups():
    sides = _sides("استهدفت طائرة مسيرة حوثية سفينة تجارية في البحر الأحمر أمس.")
    assert sides and sides[0][1] == "Ansar Allah (Houthis)"


def test_men_counted_dead_through_a_noun_of_people_do_not_make_the_next_arrest():
    sides = _sides("وجاء ذلك بعد إعلان الجيش مقتل 40 شخصا من المسلحين وإلقاء القبض على ستة آخرين في شمال سيناء.")
    arrests = [s for s in sides if s[0] == "Arrests"]
    assert arrests and arrests[0][1] == "Military Forces of Egypt (2014-)"


def test_the_dead_before_a_cause_word_are_not_the_side_named_after_it():
    sides = _sides("أعلنت وزارة الصحة استشهاد فتى بعد إطلاق قوات الاحتلال النار عليه قرب مدخل مخيم الجلزون.")
    assert sides and sides[0][1] == "Military Forces of Israel (2009-2021)"


def test_a_quote_opening_the_counted_sides_name_keeps_it_counted():
    sides = _sides('وجاء ذلك بعد إعلان الجيش مقتل 40 شخصا من "المسلحين" وإلقاء القبض على ستة آخرين في شمال سيناء.')
    arrests = [s for s in sides if s[0] == "Arrests"]
    assert arrests and arrests[0][1] == "Military Forces of Egypt (2014-)"
